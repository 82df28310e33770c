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
