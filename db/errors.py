"""What can go wrong with the plan library, as small named exceptions (one line: what, where).

:func:`translated` turns the ``sqlite3`` errors a user can cause or meet (a locked, read-only,
full or damaged file) into these; other ``sqlite3`` errors are bugs and propagate unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.climessages import sqlite_error_text
from desktop.i18n import translate


class LibraryError(Exception):
    """The plan library could not be used."""


class LibraryMissing(LibraryError):
    """There is no plan library at this path (and it was opened read-only, so none is made)."""


class PlanNotFound(LibraryError):
    """No plan in the library has this id or name."""


class AmbiguousPlanName(PlanNotFound):
    """Several plans have this name; the caller must give an id."""


class PlanOutOfDate(LibraryError):
    """The stored plan is not the ``before`` value an edit was computed from; nothing was saved."""


class LibraryCorrupt(LibraryError):
    """The file is damaged, is not an SQLite database, or belongs to another application."""


class LibraryForeign(LibraryCorrupt):
    """The schema is not the one Posture's migrations create (a planted trigger or view, a
    changed table): the file may run code on every write, so it is not opened."""


class LibraryTooNew(LibraryError):
    """The library was written by a newer build (a schema version this build does not know)."""


class LibraryReadOnly(LibraryError):
    """The library cannot be written (read-only file, folder or medium, or opened read-only)."""


class LibraryFull(LibraryError):
    """The disk (or the library's size limit) is full; the change was not saved."""


class LibraryLocked(LibraryError):
    """Another program kept the library locked for longer than the busy timeout."""


def library_error(error: sqlite3.Error, path: Path) -> LibraryError | None:
    """The :class:`LibraryError` for an ``sqlite3`` error, or ``None`` if it is a bug."""
    name = getattr(error, "sqlite_errorname", "") or ""
    detail = " ".join(str(error).split())  # one line: SQLite quotes damaged schema text verbatim
    detail = detail if len(detail) <= 160 else detail[:157] + "..."
    shown = sqlite_error_text(detail)  # SQLite's own words, in the language where they are known
    if isinstance(error, sqlite3.OperationalError) and detail.startswith("Could not decode to UTF-8"):
        return LibraryCorrupt(damaged(path, shown))  # Python's, not SQLite's
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        text = translate("Library", "{path}: the plan library is in use by another program ({detail})")
        return LibraryLocked(text.format(path=path, detail=shown))
    if name.startswith("SQLITE_READONLY"):
        text = translate("Library", "{path}: the plan library cannot be written ({detail})")
        return LibraryReadOnly(text.format(path=path, detail=shown))
    if name == "SQLITE_FULL":
        text = translate("Library", "{path}: the disk is full; the change was not saved ({detail})")
        return LibraryFull(text.format(path=path, detail=shown))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or (
        name == "SQLITE_ERROR" and detail.startswith(("no such table", "no such column", "table "))
    ):  # this build's SQL names only tables and columns it made: a schema without them is damaged
        return LibraryCorrupt(damaged(path, shown))
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM", "SQLITE_AUTH")):
        return LibraryError(cannot_use(path, shown))
    return None


def damaged(path: object, detail: object) -> str:
    """``PATH: the plan library is damaged (DETAIL)`` in the current language."""
    return translate("Library", "{path}: the plan library is damaged ({detail})").format(path=path, detail=detail)


def cannot_use(path: object, detail: object) -> str:
    """``PATH: cannot use the plan library (DETAIL)`` in the current language."""
    return translate("Library", "{path}: cannot use the plan library ({detail})").format(path=path, detail=detail)


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Re-raise ``sqlite3`` errors a user can meet as :class:`LibraryError` naming ``path``."""
    try:
        yield
    except sqlite3.Error as e:
        mapped = library_error(e, path)
        if mapped is None:
            raise
        raise mapped from e
    except UnicodeDecodeError as e:  # a name in a damaged schema that is not UTF-8
        why = translate("Library", "text that is not UTF-8: {reason}").format(reason=e.reason)
        raise LibraryCorrupt(damaged(path, why)) from e
