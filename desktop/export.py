"""Exporting a plan to the formats of docs/cli.md (``export PLAN --format … -o OUT``).

Formats (:data:`FORMATS`, one writer each in :data:`WRITERS`):

- ``geojson``: the plan file (docs/plan-format.md); import -> export is a round trip.
- ``kml``: KML 2.2 for Google Earth and GDAL, with the app's milsymbol symbols as PNG icons in a
  ``<name>_files/`` folder beside the file, or everything in one KMZ when the output ends in
  ``.kmz`` (:mod:`desktop.exporters.kml`).
- ``kmz``: the same document and icons in one KMZ (zip) file, whatever the output's name.
- ``gpkg``: a GeoPackage (layers ``units`` and ``plan_geometries``, the plan-level members in
  its metadata) that GDAL and QGIS open and ``import`` reads back whole
  (:mod:`desktop.exporters.gpkg`).
- ``csv``: the contribution ledger, one row per nation and a TOTAL row
  (:mod:`desktop.exporters.ledger`).
- ``xlsx``: the same ledger as a workbook, one sheet per table, numbers as number cells, text as
  text cells (:mod:`desktop.exporters.workbook`).
- ``html``: one self-contained interactive page from the app's page modules; Leaflet inlined, no http(s)
  reference (:mod:`desktop.exporters.htmlmap`).

Contracts, for every format:

- ``release=True`` writes :func:`desktop.release.release_plan` of the plan and nothing else of it:
  no unit name, exact position, note or id reaches the output (doctrine.md, "Principle of
  ambiguity"). ``release_to=("PL",)`` writes :func:`desktop.release.release_to` of it: only the
  objects releasable to PL, marked ``REL TO PL``.
- Planner text (names, notes, the plan's name and marking) comes out as text: escaped for XML
  and HTML, neutralised against spreadsheet formulas in CSV.
- Files are written with :func:`desktop.fileio.atomic_write`: a failed or cancelled export
  leaves no half-written file and no temporary file, and an existing file at ``path`` as it was.
  An output that is the library or an input is refused before any work (:mod:`desktop.fileio`).
- ``path`` ``-`` is standard output, for the text formats (:data:`TEXT_FORMATS`).
- ``progress(done, total)`` is called as the work goes on; returning False cancels
  (:class:`ExportCancelled`, nothing written).

Pure: no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop.climessages import os_error_text
from desktop.exporters.common import ExportCancelled, ExportError, Progress, ProgressCallback
from desktop.fileio import STDOUT, FileRefused, atomic_write, check_output
from desktop.i18n import translate
from desktop.model import Plan
from desktop.planfile import plan_to_text

__all__ = ["FORMATS", "WRITERS", "ExportCancelled", "ExportError", "ProgressCallback", "Writer", "export_plan"]

#: Every format the command line offers (docs/cli.md).
FORMATS: tuple[str, ...] = ("geojson", "kml", "kmz", "gpkg", "csv", "xlsx", "html")

#: Formats that may be written to standard output (``-o -``).
TEXT_FORMATS: frozenset[str] = frozenset({"geojson", "kml", "csv", "html"})

#: ``writer(plan, path, released, progress)``: ``plan`` is already released when ``released``.
Writer = Callable[[Plan, Path, bool, ProgressCallback | None], None]


def with_symbol_codes(plan: Plan) -> Plan:
    """``plan`` with every unit's symbol code: its own, or the one derived from its kind and its
    strength's echelon (plan-format.md: ``sidc`` is written for every unit on export, so other
    tools draw the same symbol; a valid code is never rewritten)."""
    from dataclasses import replace

    from desktop import catalogue, sidc

    def code(kind: str, strength: int) -> str:
        return sidc.with_strength_echelon(catalogue.default_sidc(kind), strength)

    units = tuple(u if u.sidc else replace(u, sidc=code(u.kind, u.strength)) for u in plan.units)
    return plan if all(a is b for a, b in zip(units, plan.units, strict=True)) else replace(plan, units=units)


def _write_geojson(plan: Plan, path: Path, released: bool, progress: ProgressCallback | None) -> None:
    steps = Progress(progress, 2)
    steps.check()
    data = plan_to_text(with_symbol_codes(plan)).encode("utf-8")
    steps.finish()
    atomic_write(path, data)


def _write_kml(plan: Plan, path: Path, released: bool, progress: ProgressCallback | None) -> None:
    from desktop.exporters import kml

    kml.write_kml(plan, path, released=released, progress=progress)


def _write_kmz(plan: Plan, path: Path, released: bool, progress: ProgressCallback | None) -> None:
    from desktop.exporters import kml

    kml.write_kml(plan, path, released=released, progress=progress, kmz=True)


def _write_gpkg(plan: Plan, path: Path, released: bool, progress: ProgressCallback | None) -> None:
    from desktop.exporters import gpkg

    gpkg.write_gpkg(plan, path, released=released, progress=progress)


def _write_csv(plan: Plan, path: Path, released: bool, progress: ProgressCallback | None) -> None:
    from desktop.exporters import ledger

    ledger.write_ledger(plan, path, released=released, progress=progress)


def _write_xlsx(plan: Plan, path: Path, released: bool, progress: ProgressCallback | None) -> None:
    from desktop.exporters import workbook

    workbook.write_workbook(plan, path, released=released, progress=progress)


def _write_html(plan: Plan, path: Path, released: bool, progress: ProgressCallback | None) -> None:
    from desktop.exporters import htmlmap

    htmlmap.write_html(plan, path, released=released, progress=progress)


#: Format -> writer.
WRITERS: dict[str, Writer] = {
    "geojson": _write_geojson,
    "kml": _write_kml,
    "kmz": _write_kmz,
    "gpkg": _write_gpkg,
    "csv": _write_csv,
    "xlsx": _write_xlsx,
    "html": _write_html,
}


def export_plan(
    plan: Plan,
    fmt: str,
    path: str | os.PathLike[str],
    release: bool = False,
    progress: ProgressCallback | None = None,
    release_to: tuple[str, ...] = (),
) -> None:
    """Write ``plan`` to ``path`` in format ``fmt``; ``release`` applies the ambiguity rules,
    ``release_to`` (nation codes) keeps only what is releasable to those nations (both combine).

    Raises :class:`ExportError` (one line naming the format or the file) when the format is
    unknown or the file cannot be written, :class:`ExportCancelled` when ``progress`` returned
    False; an existing file at ``path`` is then left as it was.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        if fmt not in FORMATS:
            known = translate("CommandLine", "one of {choices}").format(choices=", ".join(FORMATS))
        else:
            known = translate("Export", "not available yet")
        raise ExportError(translate("Export", "export to {format}: {known}").format(format=repr(fmt), known=known))
    target = Path(path)
    if os.fspath(path) == STDOUT and fmt not in TEXT_FORMATS:
        text = translate("Export", "export to standard output: {format} is not a text format; give a file name")
        raise ExportError(text.format(format=fmt))
    try:
        check_output(path)  # refused before any work: the library, an input, a device…
        if release_to:
            from desktop.release import release_to as releasable_part

            plan = releasable_part(plan, release_to)
        if release:
            from desktop.release import release_plan

            plan = release_plan(plan)
        from desktop.symbols import with_codes

        # KML, CSV, workbook and HTML write each unit's full symbol code, derived from kind and
        # strength when the unit has none; the plan file and the GeoPackage (which import reads
        # back whole) write the stored code only, so they round-trip exactly (a unit made in the
        # window carries its template's code)
        if fmt not in ("geojson", "gpkg"):
            plan = with_codes(plan)
        writer(plan, target, release, progress)
    except FileRefused as e:
        raise ExportError(str(e)) from None
    except OSError as e:
        text = translate("Files", "{file}: cannot write ({why})")
        raise ExportError(text.format(file=target, why=os_error_text(e))) from None
    except UnicodeEncodeError as e:  # a lone surrogate (plan files refuse them; a damaged library might not)
        text = translate(
            "Export", "{file}: the plan holds text that is not valid Unicode ({reason}); nothing was written"
        )
        raise ExportError(text.format(file=target, reason=e.reason)) from None
