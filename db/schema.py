"""What identifies a Posture library and its schema version (no sqlite-utils needed to check).

The migrations themselves live in :mod:`db.migrations`, imported only when a library must be
created or upgraded (sqlite-utils and numpy cost about 0.2 s to import, at every start).
"""

#: ``PRAGMA application_id`` of a Posture library: the bytes "Pstr".
APPLICATION_ID = 0x50737472

#: The schema version this build writes (``PRAGMA user_version``): the number of migrations.
SCHEMA_VERSION = 2

#: Tables a library at :data:`SCHEMA_VERSION` must have (schema 2 added columns, no table).
TABLES = frozenset({"plans", "units", "contributions", "geometries", "parameters", "settings"})

#: Digest of the schema the first N migrations create (:mod:`db.schemacheck`), by N. A library
#: whose schema has this digest opens without building the expected schema (sqlite-utils);
#: ``tests/test_safety.py`` fails when a migration is added and this is not brought up to date.
SCHEMA_DIGESTS: dict[int, str] = {
    1: "428c3070ddc383216cb07bfab10952b0ae3177bb44c0112dc678553034afe159",
    2: "a45fdb0f5b3f82a48b8fb0341c13dee729713241ff5c4f437a574523c1699183",
}
