"""Release and releasability in the window's Export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ui.exporting import ExportDialog, export_dialog

pytestmark = pytest.mark.web


def test_a_png_with_release_ticked_is_refused_and_nothing_written(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "view.png"
    seen: dict[str, object] = {}

    def png_released(dlg: ExportDialog) -> int:
        dlg.format.setCurrentIndex(dlg.format.findData("png"))
        dlg.release.setChecked(True)
        dlg.path.setText(str(out))
        dlg._accept()
        seen["enabled"], seen["error"] = dlg.release.isEnabled(), dlg.error.text()
        return dlg.result()

    monkeypatch.setattr(ExportDialog, "exec", png_released)
    export_dialog(window)
    assert not out.exists()
    assert seen["enabled"] is True and "cannot be released" in str(seen["error"])
