"""What the command line and the window share to find a plan and to end a run.

The exit codes, :class:`UsageError`, the library's path (``--db``, ``$POSTURE_DB``, the user data
folder), :func:`resolve_plan` (a library id, an exact name, or a plan file) and :func:`choose_plan`
(the plan the window opens) live here, below
both ``desktop/cli.py`` and ``desktop/ui/``, so that the window never imports the command line.
No Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from db import AmbiguousPlanName, Library, LibraryError, default_db_path
from desktop.model import Plan
from desktop.sample import ensure_sample

#: Exit status (cli.md): done, ``check`` found an error-severity finding, bad input or usage,
#: interrupted (Ctrl+C).
EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """The command line asked for something that cannot be done (exit 2)."""


def db_path(args: object) -> Path:
    """``--db`` (``args.db``), else ``$POSTURE_DB``, else the user data folder (cli.md)."""
    given = getattr(args, "db", None)
    if given:
        return Path(given)
    env = os.environ.get("POSTURE_DB")
    return Path(env) if env else default_db_path()


def looks_like_file(ref: str) -> bool:
    """Whether a plan reference names a plan file rather than a library id or name."""
    return ref.endswith((".geojson", ".json")) or os.sep in ref or Path(ref).is_file()


def resolve_plan(ref: str, args: object) -> Plan:
    """A plan id or exact name in the library (``db_path(args)``, read only), or a plan file
    read without being added.

    A name that is also a path, or holds ``/``, is still found by name in the library first
    (cli.md); a path is read as a file only when the library has no such plan (or there is no
    usable library: a file given by path does not need one).
    """
    if not looks_like_file(ref):
        with Library(db_path(args), read_only=True) as lib:
            return lib.load_plan(lib.find_plan(ref))
    try:
        with Library(db_path(args), read_only=True) as lib:
            return lib.load_plan(lib.find_plan(ref))
    except AmbiguousPlanName:
        raise
    except LibraryError:
        pass  # not in the library (or no usable library): the file
    from desktop.planfile import read_plan_file  # numpy and shapely under it: only when a file is read

    return read_plan_file(ref)


def choose_plan(library: Library, ref: str | None) -> Plan:
    """The plan to open: ``ref`` (id or name), else the last one opened, else the sample."""
    if ref:
        return library.load_plan(library.find_plan(ref))
    ensure_sample(library)
    last = library.get_setting("last_plan", kind=int)  # a damaged setting is ignored (one log line)
    plans = library.list_plans()
    ids = {p.id for p in plans}
    if last is not None and last in ids:
        return library.load_plan(last)
    return library.load_plan(plans[0].id)
