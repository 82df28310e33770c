"""The one schema check every library open goes through, before anything is written.

A library is a file colleagues pass around, and SQLite runs whatever triggers a file carries: a
planted ``AFTER INSERT ON units`` trigger could rewrite every imported unit, one on ``settings``
could delete every plan when the window merely opens. So the schema of a Posture library (every
table, column, index, trigger and view in ``sqlite_master``) must be exactly the one the
migrations create for its schema version; anything else is refused, naming what is foreign.

What "exactly" means: the entries ``(type, name, table, SQL)``, the SQL without comments and
with its white space normalised. The bookkeeping table of sqlite-utils (``_sqlite_migrations``
and its index) is compared by name only: its text is sqlite-utils', and may change with it.

Speed: the expected schema of each version is kept as a digest (:data:`db.schema.SCHEMA_DIGESTS`)
so that a start needs no sqlite-utils; only when a file does not match is the expected schema
built by running the migrations on an in-memory database, which gives the exact difference (and
a digest that was not brought up to date cannot refuse a good library).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from functools import cache

from db import schema
from desktop.i18n import translate, translate_noop

Entry = tuple[str, str, str, str]

#: Created by sqlite-utils' Migrations: compared by name, not by text.
_BOOKKEEPING = frozenset({"_sqlite_migrations", "idx__sqlite_migrations_migration_set_name"})


def _normal(sql: str | None) -> str:
    if not sql:
        return ""
    text = re.sub(r"--[^\n]*", " ", sql)
    text = " ".join(text.split())
    return re.sub(r"\s*([(),])\s*", r"\1", text)


def schema_of(conn: sqlite3.Connection) -> frozenset[Entry]:
    """The normalised entries of ``sqlite_master`` (``fetchall``: no cursor is left open)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((str(t), str(n), str(tbl), "" if n in _BOOKKEEPING else _normal(sql)) for t, n, tbl, sql in rows)


def digest(entries: frozenset[Entry]) -> str:
    text = "\n".join("\x1f".join(e) for e in sorted(entries))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def expected_schema(version: int) -> frozenset[Entry]:
    """What the first ``version`` migrations create, built on an in-memory database."""
    if version <= 0:
        return frozenset()
    from sqlite_utils import Database

    from db import migrations

    conn = sqlite3.connect(":memory:")
    try:
        names = [m.name for m in migrations.MIGRATIONS._migrations]
        stop = names[version] if version < len(names) else None
        migrations.MIGRATIONS.apply(Database(conn, execute_plugins=False), stop_before=stop)
        return schema_of(conn)
    finally:
        conn.close()


#: The kinds of schema entry, for the catalogue (SQLite's words: table, index, trigger, view).
_KINDS = {
    "table": translate_noop("Library", "table"),
    "index": translate_noop("Library", "index"),
    "trigger": translate_noop("Library", "trigger"),
    "view": translate_noop("Library", "view"),
}


def _describe(entry: Entry) -> str:
    kind, name, table, _ = entry
    shown = translate("Library", _KINDS[kind]) if kind in _KINDS else kind
    if kind in ("index", "trigger") and table != name:
        return translate("Library", "{kind} {name} on {table}").format(kind=shown, name=name, table=table)
    return f"{shown} {name}"


def differences(found: frozenset[Entry], version: int) -> list[str]:
    """What in ``found`` is not what the migrations create for ``version`` (empty: it is)."""
    if schema.SCHEMA_DIGESTS.get(version) == digest(found):
        return []
    expected = expected_schema(version)
    if found == expected:
        return []
    by_name = {(e[0], e[1]): e for e in expected}
    found_names = {(e[0], e[1]) for e in found}
    out = []
    for e in sorted(found - expected, key=lambda e: (e[0] != "trigger", e[0] != "view", e[1])):
        text = (
            translate("Library", "a changed {entry}")
            if (e[0], e[1]) in by_name
            else translate("Library", "a foreign {entry}")
        )
        out.append(text.format(entry=_describe(e)))
    for key, e in sorted(by_name.items()):
        if key not in found_names:
            out.append(translate("Library", "no {entry}").format(entry=_describe(e)))
    return out
