"""``export --format xlsx`` (desktop/exporters/workbook.py): a real workbook read back with
openpyxl and with GDAL's XLSX driver; numbers are number cells, planner text is text (a formula
in a name stays its text, with no leading quote), one sheet per table."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.export import export_plan
from desktop.exporters.ledger import ledger_bytes
from desktop.sample import sample_plan
from tests.test_export import hostile_plan


def _book(path: Path) -> openpyxl.Workbook:
    assert zipfile.is_zipfile(path)
    return openpyxl.load_workbook(path)


def test_the_workbook_holds_the_ledger_with_number_cells(tmp_path: Path) -> None:
    plan = sample_plan()
    out = tmp_path / "ledger.xlsx"
    export_plan(plan, "xlsx", out)
    book = _book(out)
    assert book.sheetnames == ["Ledger", "Pledges", "Units", "Plan"]
    rows = [[c.value for c in row] for row in book["Ledger"].iter_rows()]
    csv_rows = list(csv.reader(io.StringIO(ledger_bytes(plan).decode("utf-8-sig"))))
    assert rows[0] == csv_rows[0] and len(rows) == len(csv_rows)
    header = rows[0]
    troops = header.index("troops")
    for row, text_row in zip(rows[1:], csv_rows[1:], strict=True):
        assert isinstance(row[troops], int) and str(row[troops]) == text_row[troops]
        assert isinstance(row[header.index("share_pct")], (int, float))
    assert rows[-1][0] == "TOTAL" and rows[-1][troops] == sum(r[troops] for r in rows[1:-1])
    cell = book["Ledger"].cell(row=2, column=troops + 1)
    assert cell.data_type == "n"
    units = [[c.value for c in row] for row in book["Units"].iter_rows()]
    assert len(units) == len(plan.units) + 1 and isinstance(units[1][6], float)
    assert book["Ledger"].freeze_panes == "A2"


def test_formulas_in_planner_text_are_text_cells_without_a_quote(tmp_path: Path) -> None:
    plan = hostile_plan()
    out = tmp_path / "h.xlsx"
    export_plan(plan, "xlsx", out)
    book = _book(out)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    notes = {c.value for c in cells if isinstance(c.value, str)}
    assert '=HYPERLINK("http://x","click")' in notes and "@SUM(A1:A2)" in notes
    assert not any(isinstance(v, str) and v.startswith("'=") for v in notes)
    with zipfile.ZipFile(out) as z:  # no formula element anywhere in the sheets
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_a_released_workbook_has_no_unit_sheet(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    export_plan(sample_plan(), "xlsx", out, release=True)
    assert _book(out).sheetnames == ["Ledger", "Pledges", "Plan"]


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo (apt gdal-bin)")
def test_gdal_reads_the_workbook_with_integer_columns(tmp_path: Path) -> None:
    out = tmp_path / "ledger.xlsx"
    export_plan(sample_plan(), "xlsx", out)
    done = subprocess.run(["ogrinfo", "-ro", "-so", str(out), "Ledger"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "troops: Integer" in done.stdout and "nation: String" in done.stdout
