"""Opening a library file: inspect it without touching it, then configure and migrate.

A file that is not a Posture library (not SQLite, truncated, damaged, another application's
database, a newer schema) is recognised through a read-only look and refused with a
:class:`~db.errors.LibraryError`; its bytes are never changed. Only a file that passed is opened
for writing, switched to WAL and upgraded (all pending migrations in one transaction, after a
backup copy of the old file).

Durability: ``journal_mode=WAL`` with ``synchronous=FULL``. WAL alone already keeps every
committed edit when the *process* is killed (the commit is in the ``-wal`` file, which SQLite
replays); ``FULL`` also fsyncs the WAL at every commit, so an edit shown as saved survives an
*operating-system crash or power cut* too (``NORMAL`` may lose the last commits there). Edits are
human-paced, and one fsync per edit costs a few milliseconds (see ``tests/test_db.py``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import platformdirs

from db import schema, schemacheck
from db.errors import (
    LibraryCorrupt,
    LibraryError,
    LibraryForeign,
    LibraryFull,
    LibraryMissing,
    LibraryReadOnly,
    LibraryTooNew,
    cannot_use,
    damaged,
    translated,
)
from desktop.climessages import os_error_text, sqlite_error_text
from desktop.i18n import translate

#: How long a write waits for another program's transaction before :class:`LibraryLocked`.
BUSY_TIMEOUT_S = 5.0

MEMORY = ":memory:"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def default_db_path() -> Path:
    """``posture.sqlite`` in the user's data folder (platformdirs), e.g. ``~/.local/share/…``."""
    return platformdirs.user_data_path("Posture", appauthor=False) / "posture.sqlite"


def open_connection(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A configured connection to the library at ``path`` (``":memory:"`` for a throw-away one).

    Read-write: creates the file and its folders when missing, applies pending migrations.
    Read-only: the file must exist and be current; nothing is ever written.
    Raises :class:`~db.errors.LibraryError` subclasses; a refused file is left untouched.
    """
    if str(path) == MEMORY:
        if read_only:
            raise LibraryMissing(
                translate("Library", "{path}: an in-memory library cannot be opened read-only").format(path=path)
            )
        return _writable(_connect(path), path)
    if not _has_content(path):
        if read_only:
            raise LibraryMissing(_nothing_here(path))
        _make_folder(path)
        return _writable(_connect(path), path)
    _check_header(path)
    cannot_write = _cannot_write(path)
    if cannot_write is not None and not read_only:
        raise cannot_write  # before SQLite makes a -wal or -shm it could not remove
    # Reading where nothing can be written: ``immutable`` makes SQLite create no -wal or -shm.
    conn, uri_read_only = _connect_for_inspection(path, immutable=cannot_write is not None and not _wal_exists(path))
    try:
        version = _inspect(conn, path)
        if read_only:
            _require_current(version, path)
            return conn
        if uri_read_only:
            conn.close()
            conn = _connect(path)
        if 0 < version < schema.SCHEMA_VERSION:
            _backup(conn, path, version)
        conn.execute("PRAGMA query_only = OFF")
    except BaseException:
        conn.close()
        raise
    return _writable(conn, path)


def _has_content(path: Path) -> bool:
    """Whether ``path`` holds something (a new library is made where nothing is). Anything but a
    regular file (a device, a FIFO, a folder, a socket) is refused before SQLite sees it, so it
    never leaves a -journal or -wal beside a device."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    except OSError as e:
        raise LibraryError(cannot_use(path, os_error_text(e))) from None
    if not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            kind = translate("Library", "it is a folder, not a file")
        else:
            kind = translate("Library", "it is a device, FIFO or socket, not a file")
        raise LibraryCorrupt(_not_posture(path, kind))
    return st.st_size > 0


#: A library is not opened for writing with less free space than this (its -shm alone is 32 KiB).
MIN_FREE_BYTES = 256 * 1024


def _cannot_write(path: Path) -> LibraryError | None:
    """Why SQLite could not write at ``path`` (read-only file or folder, full disk), or ``None``."""
    if not os.access(path, os.W_OK):
        return LibraryReadOnly(f"{path}: the plan library cannot be written (the file is read-only)")
    if not os.access(Path(os.path.realpath(path)).parent, os.W_OK | os.X_OK):
        return LibraryReadOnly(
            f"{path}: the plan library cannot be written (its folder is read-only, and SQLite keeps "
            "its journal next to the library)"
        )
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return None
    if free < MIN_FREE_BYTES:
        return LibraryFull(f"{path}: the disk is full ({free // 1024} KiB free); free some space and try again")
    return None


def _wal(path: Path) -> Path:
    """The library's -wal: SQLite keeps it beside the file a symlink points to, so a refused
    library reached through a link is looked at (and never checkpointed) where its WAL is."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + "-wal")


def _wal_exists(path: Path) -> bool:
    return _wal(path).exists()


def _wal_has_content(path: Path) -> bool:
    wal = _wal(path)
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _connect(path: Path) -> sqlite3.Connection:
    with translated(path):
        return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)


def _connect_for_inspection(path: Path, immutable: bool = False) -> tuple[sqlite3.Connection, bool]:
    """A connection that cannot change the file, and whether it is a ``mode=ro`` one.

    Normally a read-write connection with ``query_only``: when it closes it removes the
    ``-wal``/``-shm`` files it made (there is nothing to checkpoint). When a WAL with content
    exists (another program is running, or one crashed), a ``mode=ro`` connection instead, so
    that closing it never checkpoints into a file that may turn out to be refused.
    ``immutable`` (no WAL, and nothing can be written here): ``mode=ro&immutable=1``, which
    creates no file at all.
    """
    with translated(path):
        if immutable:
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S)
            conn.execute("PRAGMA query_only = ON")
            return conn, True
        if _wal_has_content(path):
            uri = path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
            conn.execute("PRAGMA query_only = ON")
            return conn, True
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        conn.execute("PRAGMA query_only = ON")
        return conn, False


def _not_posture(path: Path, what: str) -> str:
    return translate("Library", "{path}: not a Posture plan library ({what})").format(path=path, what=what)


def _nothing_here(path: Path) -> str:
    return translate("Library", "{path}: there is no plan library here yet").format(path=path)


def _foreign(path: Path, what: str) -> LibraryCorrupt:
    return LibraryCorrupt(_not_posture(path, what))


def _another_application(path: Path) -> LibraryCorrupt:
    return _foreign(path, translate("Library", "an SQLite database of another application"))


def _too_new(path: Path, version: int) -> LibraryTooNew:
    text = translate(
        "Library",
        "{path}: the plan library was written by a newer Posture (schema {version}; this build knows up to {known})",
    )
    return LibraryTooNew(text.format(path=path, version=version, known=schema.SCHEMA_VERSION))


def _check_header(path: Path) -> None:
    """Refuse from the raw 100-byte header, before SQLite opens the file (which could change it).

    Refuses files that are not SQLite, belong to another application, are too new or cut short.
    The header can lag behind a WAL with content, so then only the first two checks apply.
    """
    try:
        with path.open("rb") as f:
            header = f.read(_HEADER_SIZE)
        size = path.stat().st_size
    except OSError as e:
        text = translate("Library", "{path}: cannot read the plan library ({detail})")
        raise LibraryError(text.format(path=path, detail=os_error_text(e))) from None
    if len(header) < _HEADER_SIZE or not header.startswith(_SQLITE_MAGIC):
        raise _foreign(path, translate("Library", "not an SQLite database"))

    def field(offset: int) -> int:  # a 4-byte big-endian header field
        return int.from_bytes(header[offset : offset + 4], "big")

    app_id, version, schema_cookie = field(68), field(60), field(40)
    if app_id not in (0, schema.APPLICATION_ID):
        raise _another_application(path)
    if _wal_has_content(path):
        return
    if app_id == 0 and schema_cookie != 0:
        raise _another_application(path)
    if version > schema.SCHEMA_VERSION:
        raise _too_new(path, version)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if field(24) == field(92) and size < field(28) * page_size:
        raise LibraryCorrupt(damaged(path, translate("Library", "the file is truncated")))


def _inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version (0: an empty database) of the file; raises if it is not usable."""
    with translated(path):
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        # fetchall(): a cursor left open by a failed read would keep the file open after close()
        found = schemacheck.schema_of(conn)
        tables = {name for kind, name, _, _ in found if kind == "table"}
        if app_id != schema.APPLICATION_ID:
            if found:
                raise _another_application(path)
            return 0
        if version > schema.SCHEMA_VERSION:
            raise _too_new(path, version)
        if version == schema.SCHEMA_VERSION and not tables >= schema.TABLES:
            missing = ", ".join(sorted(schema.TABLES - tables))
            raise LibraryCorrupt(damaged(path, translate("Library", "no table {table}").format(table=missing)))
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
        if problems != ["ok"]:
            first = " ".join(problems[0].split())  # SQLite's report spans several lines
            first = first if len(first) <= 120 else first[:117] + "..."
            why = translate("Library", "integrity check: {report}").format(report=sqlite_error_text(first))
            raise LibraryCorrupt(damaged(path, why))
        foreign = schemacheck.differences(found, version)
        if foreign:  # a planted trigger or view, a changed table: refused before anything is written
            more = translate("Library", " and {n} more").format(n=len(foreign) - 2) if len(foreign) > 2 else ""
            text = translate(
                "Library",
                "{path}: refused: the plan library holds what Posture did not create ({what}); "
                "it was not opened and is unchanged",
            )
            raise LibraryForeign(text.format(path=path, what="; ".join(foreign[:2]) + more))
    return version


def _require_current(version: int, path: Path) -> None:
    if version == 0:
        raise LibraryMissing(_nothing_here(path))
    if version < schema.SCHEMA_VERSION:
        text = translate(
            "Library",
            "{path}: the plan library needs an upgrade; open it once for writing (for example `posture plans`)",
        )
        raise LibraryError(text.format(path=path))


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except PermissionError as e:
        raise LibraryReadOnly(_no_folder(path, e)) from None
    except OSError as e:
        raise LibraryError(_no_folder(path, e)) from None


def _no_folder(path: Path, e: OSError) -> str:
    text = translate("Library", "{path}: cannot create the library's folder ({detail})")
    return text.format(path=path, detail=os_error_text(e))


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the library before upgrading it: ``<name>.schema<version>.bak`` next to it."""
    target = path.with_name(f"{path.name}.schema{version}.bak")
    with translated(target):
        copy = sqlite3.connect(target)
        try:
            conn.backup(copy)
        finally:
            copy.close()
    return target


def _writable(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """``conn`` switched to WAL with the library's pragmas, and migrated (closed on failure)."""
    try:
        with translated(path):
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply every pending migration in one transaction: all of them, or none."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    if version == schema.SCHEMA_VERSION and app_id == schema.APPLICATION_ID:
        return  # up to date: every migration sets user_version as its last step
    from sqlite_utils import Database

    from db import migrations

    db = Database(conn, execute_plugins=False)
    if not migrations.MIGRATIONS.pending(db):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrations.MIGRATIONS.apply(db)
        conn.commit()
    except sqlite3.Error:
        conn.rollback()
        raise
    except Exception as e:
        conn.rollback()
        text = translate("Library", "{path}: upgrading the plan library failed ({detail}); it was left as it was")
        raise LibraryError(text.format(path=path, detail=e)) from e
