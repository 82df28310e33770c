"""File › Import of a GIS file in the real window: the preview dialog maps the file with the
import's options, refuses what cannot be mapped with the one message the command line gives
(Import off), and Import adds the plan to the library and opens it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from desktop.ui import gisimportui

CSV = "name,kind,strength,lat,lon,phases\nAlpha,land.combat,5000,50.1,30.2,\"ceasefire,settlement\"\n" \
      "Bravo,air.defence,120,49.9,31.0,\n"  # fmt: skip


def test_the_preview_maps_the_file_with_the_options(qtbot: Any, tmp_path: Path) -> None:
    src = tmp_path / "units.csv"
    src.write_text(CSV, encoding="utf-8")
    dialog = gisimportui.GisImportDialog(str(src))
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "row 2: nation is missing" in dialog.summary.text()
    dialog.nation.setCurrentIndex(dialog.nation.findData("GB"))
    assert dialog.import_button.isEnabled() and dialog.result is not None
    assert dialog.table.rowCount() == 2
    first = [dialog.table.item(0, c).text() for c in range(6)]
    assert first == ["row 2", "unit", "land.combat", "GB", "Alpha", "5,000"]
    assert "2 units" in dialog.summary.text() and "“units”" in dialog.summary.text()
    dialog.name.setText("Option from GIS")
    dialog.name.editingFinished.emit()
    assert dialog.result.plan.name == "Option from GIS"


def test_import_adds_the_plan_and_opens_it(qtbot: Any, window: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    src = tmp_path / "units.csv"
    src.write_text(CSV, encoding="utf-8")
    before = len(window.library.list_plans())

    def accept(self: gisimportui.GisImportDialog) -> int:
        self.nation.setCurrentIndex(self.nation.findData("FR"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(gisimportui.GisImportDialog, "exec", accept)
    window.import_plan(str(src))
    plans = window.library.list_plans()
    assert len(plans) == before + 1
    qtbot.waitUntil(lambda: window.doc.plan.name == "units", timeout=10_000)
    assert {u.nation for u in window.doc.plan.units} == {"FR"}


def test_a_file_no_option_can_help_is_one_message_and_nothing_imported(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "broken.gpkg"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = len(window.library.list_plans())
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.mainwindow.show_error", lambda parent, title, text: shown.append(text))
    window.import_plan(str(junk))  # no preview dialog (it would fail the test as a modal)
    assert len(shown) == 1 and "broken.gpkg" in shown[0] and "Nothing was imported" in shown[0]
    assert len(window.library.list_plans()) == before
