"""The contribution ledger as a spreadsheet workbook (``export --format xlsx``), with openpyxl.

One sheet per table, each with one header row (bold, frozen, filtered) and numbers as number
cells, so a spreadsheet opens it without an import dialog and sums and sorts right away:

- ``Ledger``: the rows of the CSV ledger (:func:`desktop.exporters.ledger.ledger_rows`), the
  TOTAL row last;
- ``Pledges``: one row per contribution (nation, kind, amount in EUR, troops, note);
- ``Units``: one row per unit (id, name, kind, nation, strength, phases, longitude, latitude);
  left out in release mode, which publishes no unit list (doctrine.md, "Principle of ambiguity");
- ``Plan``: the plan's settings (name, classification, profile, phase, mandate, US support).

Planner text is stored as text cells (``t="s"``/inline strings), never as formulas: a name such
as ``=HYPERLINK(…)`` shows as itself, without the CSV's leading ``'``. Characters XML forbids
become U+FFFD (:func:`desktop.exporters.common.clean_text`).

Pure: no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.exporters.common import Progress, ProgressCallback, clean_text, plan_fields
from desktop.exporters.ledger import ledger_rows
from desktop.fileio import atomic_write
from desktop.model import Plan


def _sheet(book: Any, title: str, rows: Iterable[Sequence[Any]], widths: dict[int, float] | None = None) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    last_col = 0
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, bool):
                cell.value = "yes" if value else "no"
            elif isinstance(value, (int, float)):
                cell.value = value
            else:
                cell.value = clean_text(value)
                cell.data_type = "s"  # text, even when it starts like a formula
            if r == 1:
                cell.font = Font(bold=True)
            last_col = max(last_col, c)
    if sheet.max_row >= 1 and last_col:
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(last_col)}{sheet.max_row}"
    for c in range(1, last_col + 1):
        width = (widths or {}).get(c)
        if width is None:
            longest = max((len(str(v.value)) for v in sheet[get_column_letter(c)] if v.value is not None), default=8)
            width = min(48.0, max(8.0, longest + 2.0))
        sheet.column_dimensions[get_column_letter(c)].width = width


def _pledge_rows(plan: Plan, released: bool) -> list[list[Any]]:
    rows: list[list[Any]] = [["nation", "kind", "amount_eur", "troops", "note"]]
    for c in plan.contributions:
        troops = getattr(c, "troops", None)
        rows.append([c.nation, c.kind, c.amount_eur, troops, "" if released else c.note])
    return rows


def _unit_rows(plan: Plan) -> list[list[Any]]:
    rows: list[list[Any]] = [["id", "name", "kind", "nation", "strength", "phases", "longitude", "latitude"]]
    for u in plan.units:
        lon, lat = u.position[:2]
        rows.append([u.id, u.name, u.kind, u.nation, u.strength, ", ".join(u.phases) or "all", lon, lat])
    return rows


def workbook_bytes(plan: Plan, released: bool = False, progress: Progress | None = None) -> bytes:
    """The ledger workbook of ``plan`` (already released when ``released``), as bytes."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Ledger", ledger_rows(plan, released, progress, text=clean_text))
    _sheet(book, "Pledges", _pledge_rows(plan, released))
    if not released:
        _sheet(book, "Units", _unit_rows(plan))
    from desktop.doctrine import metrics

    troops = int(metrics(plan)["troops"])
    numbers = {"Units": len(plan.units), "Troops in the phase": troops}
    settings = ([label, numbers.get(label, text)] for label, text in plan_fields(plan, troops, released))
    _sheet(book, "Plan", [["field", "value"], *settings])
    book.properties.title = clean_text(plan.name)
    book.properties.creator = "Posture"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_workbook(plan: Plan, path: Path, released: bool = False, progress: ProgressCallback | None = None) -> None:
    """Write the ledger workbook of ``plan`` to ``path``, atomically."""
    steps = Progress(progress, len(plan.nations()) + 2)
    steps.check()
    data = workbook_bytes(plan, released, steps)
    steps.finish()
    atomic_write(path, data)
