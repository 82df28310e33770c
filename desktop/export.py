"""Exporting a plan to the formats of docs/cli.md (``export PLAN --format … -o OUT``).

One writer per format in :data:`WRITERS`; a format without a writer yet raises
:class:`ExportError`. To add one (kml, csv ledger, html page): write
``_write_<fmt>(plan, path, release)`` that builds the bytes in memory and hands them to
:func:`desktop.planfile.atomic_write`, so a failed export never leaves a half-written file, and
register it. Pure: no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop.model import Plan
from desktop.planfile import write_plan_file

#: Every format the command line offers (docs/cli.md), whether or not this build writes it yet.
FORMATS: tuple[str, ...] = ("geojson", "kml", "csv", "html")

Writer = Callable[[Plan, Path, bool], None]


class ExportError(Exception):
    """A plan could not be exported (unknown or unavailable format, unwritable file)."""


def _write_geojson(plan: Plan, path: Path, release: bool) -> None:
    if release:
        # Refusing is safer than writing exact positions to a file the planner believes is
        # generalised (doctrine.md, "Principle of ambiguity").
        raise ExportError("--release is not available for geojson yet; nothing was written")
    write_plan_file(plan, path)


#: Format -> writer. Formats of :data:`FORMATS` missing here are not implemented yet.
WRITERS: dict[str, Writer] = {
    "geojson": _write_geojson,
}


def export_plan(plan: Plan, fmt: str, path: str | os.PathLike[str], release: bool = False) -> None:
    """Write ``plan`` to ``path`` in format ``fmt``; ``release`` applies the ambiguity rules.

    Raises :class:`ExportError` (one line naming the format or the file) when the format is not
    available or the file cannot be written; an existing file at ``path`` is then left as it was.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        known = "one of " + ", ".join(FORMATS) if fmt not in FORMATS else "not available yet"
        raise ExportError(f"export to {fmt!r}: {known}")
    target = Path(path)
    try:
        writer(plan, target, release)
    except OSError as e:
        raise ExportError(f"{target}: cannot write ({e.strerror or e})") from None
