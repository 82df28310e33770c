"""The library's schema, as ``sqlite_utils.Migrations`` applied at start-up.

Each migration runs in a transaction with the record of it (sqlite-utils), and :mod:`db.open`
runs all pending ones inside ONE outer transaction, so an upgrade either completes or leaves the
file as it was. Every migration ends by setting ``PRAGMA user_version`` to its number, which is
how an older build recognises a file it must not touch (:class:`~db.errors.LibraryTooNew`).
``PRAGMA application_id`` marks the file as Posture's, so a foreign SQLite file is recognised.

Columns that hold numbers from plan files (``range_km``, ``generation``, ``amount_eur``,
``parameters.value``) are declared without a type: SQLite then stores ``100`` and ``4.5`` as
given, so a plan file's numbers come back with their JSON type.

Schema history: 1 ``0001_initial``; 2 ``0002_declared_members`` (what a plan file declared, for
an exact round trip: ``declared`` on plans, units and contributions, ``id_is_int`` on units and
geometries). A migration only adds; a library of an older schema is copied aside first
(:func:`db.connection.open_connection`).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from db.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "TABLES"]

MIGRATIONS = Migrations("posture")


@MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    """Plans and everything in them, plus the user's settings."""
    statements = [
        """CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            profile TEXT NOT NULL,
            phase TEXT NOT NULL,
            mandate TEXT NOT NULL,
            us_support TEXT NOT NULL,
            classification TEXT NOT NULL,
            priority_sites TEXT,                -- JSON list; NULL = the profile's default list
            extra TEXT NOT NULL DEFAULT '{}',   -- JSON object: unknown members of "posture"
            created TEXT NOT NULL,              -- ISO 8601, UTC
            modified TEXT NOT NULL
        )""",
        """CREATE TABLE units (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            seq INTEGER NOT NULL,               -- order in the plan (gaps left for insertions)
            kind TEXT NOT NULL,
            nation TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            strength INTEGER NOT NULL DEFAULT 0 CHECK (strength >= 0),
            phases TEXT NOT NULL DEFAULT '[]',  -- JSON list
            roles TEXT NOT NULL DEFAULT '[]',   -- JSON list
            sidc TEXT,
            system TEXT,
            range_km,
            aircraft TEXT,
            generation,
            "count" INTEGER,
            ships INTEGER,
            geometry TEXT NOT NULL,             -- GeoJSON geometry
            lon REAL NOT NULL,                  -- anchor (point or first vertex), for queries
            lat REAL NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',   -- JSON object: unknown properties
            PRIMARY KEY (plan_id, id)
        )""",
        "CREATE INDEX units_order ON units (plan_id, seq)",
        """CREATE TABLE contributions (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            nation TEXT NOT NULL,
            kind TEXT NOT NULL,
            amount_eur,
            note TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (plan_id, seq)
        )""",
        """CREATE TABLE geometries (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,                 -- contact_line | occupied_area
            geometry TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (plan_id, id)
        )""",
        """CREATE TABLE parameters (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value NOT NULL,
            PRIMARY KEY (plan_id, name)
        )""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL                 -- JSON
        )""",
        f"PRAGMA application_id = {APPLICATION_ID}",
        "PRAGMA user_version = 1",
    ]
    for sql in statements:
        db.execute(sql)


@MIGRATIONS(name="0002_declared_members")
def declared_members(db: Database) -> None:
    """What the plan file declared, so that import -> export gives the file back exactly.

    ``declared``: JSON list of the modelled members the file gave (``Plan.declared``,
    ``Unit.declared``, ``Contribution.declared``); ``[]`` for values made in the app and for
    every row written by schema 1, which are then written as before. ``id_is_int``: 1 when the
    feature id was a JSON integer (``Unit.id_is_int``, ``PlanGeometry.id_is_int``).
    """
    statements = [
        "ALTER TABLE plans ADD COLUMN declared TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE units ADD COLUMN declared TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE units ADD COLUMN id_is_int INTEGER NOT NULL DEFAULT 0 CHECK (id_is_int IN (0, 1))",
        "ALTER TABLE contributions ADD COLUMN declared TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE geometries ADD COLUMN id_is_int INTEGER NOT NULL DEFAULT 0 CHECK (id_is_int IN (0, 1))",
        "PRAGMA user_version = 2",
    ]
    for sql in statements:
        db.execute(sql)
