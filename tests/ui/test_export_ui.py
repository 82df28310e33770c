"""File › Export from the window: written on a worker with progress; Cancel writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from bench.plans import generated_plan
from db import Library
from desktop.ui.exporting import ExportDialog, export_dialog, run_export
from tests.ui.conftest import close_window, open_window

pytestmark = pytest.mark.web


def test_the_csv_ledger_is_written_from_the_window(qtbot, window, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    assert run_export(window, window.doc.plan, "csv", out, release=False)
    text = out.read_text(encoding="utf-8-sig")
    assert "United Kingdom" in text and "France" in text


def test_cancel_stops_a_long_export_and_leaves_no_file(qtbot, ui_library: Library, tmp_path: Path) -> None:
    pid = ui_library.add_plan(generated_plan(10_000, seed=5))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        folder = tmp_path / "exports"
        folder.mkdir()
        out = folder / "big.kml"

        def cancel_when_shown() -> None:
            dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
            if dialogs:
                dialogs[0].cancel()
            else:
                QTimer.singleShot(50, cancel_when_shown)

        QTimer.singleShot(50, cancel_when_shown)
        assert run_export(win, win.doc.plan, "kml", out, release=False) is False
        assert [p.name for p in folder.iterdir()] == []  # no KML, no icon folder, no temporary file
    finally:
        close_window(win)


def test_a_png_of_the_current_view(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "view.png"

    def choose_png(dlg: ExportDialog) -> int:
        dlg.format.setCurrentIndex(dlg.format.findData("png"))
        dlg.path.setText(str(out))
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(ExportDialog, "exec", choose_png)
    export_dialog(window)
    assert out.exists() and out.stat().st_size > 10_000
    assert "Exported" in window.statusBar().currentMessage()
