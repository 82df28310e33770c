"""The window refuses what the command line refuses (tests/test_safety.py): File › Export and
File › Print never write over the open library, and a damaged setting never stops the start."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import Library
from desktop.ui.exporting import ExportDialog, export_dialog
from desktop.ui.printing import PrintDialog

pytestmark = pytest.mark.web

REPO = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _aliases(db_file: Path, tmp_path: Path) -> list[Path]:
    """The library by its name, through a symlink and a hard link."""
    link = tmp_path / "link.sqlite"
    link.symlink_to(db_file)
    hard = tmp_path / "hard.plan.geojson"
    os.link(db_file, hard)
    return [db_file, link, hard, db_file.with_name(db_file.name + "-wal")]


@pytest.mark.parametrize("fmt", ["geojson", "csv", "png"])
def test_the_export_dialog_refuses_the_open_library(
    qtbot, window, db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("desktop.ui.exporting.show_error", lambda parent, title, text: shown.append((title, text)))
    targets = _aliases(db_file, tmp_path)
    before = _digest(db_file)
    for target in targets:

        def choose(dlg: ExportDialog, target: Path = target) -> int:
            dlg.format.setCurrentIndex(dlg.format.findData(fmt))
            dlg.path.setText(str(target))
            dlg._accept()
            return dlg.result()

        monkeypatch.setattr(ExportDialog, "exec", choose)
        export_dialog(window)
    assert len(shown) == len(targets)  # one dialog each
    for (title, text), target in zip(shown, targets, strict=True):
        assert title == "Export" and "refused" in text and "plan library" in text, (target, text)
    assert _digest(db_file) == before
    assert "Exported" not in window.statusBar().currentMessage()
    assert window.library.list_plans()  # the library still opens and reads


def test_the_print_dialog_refuses_the_open_library(
    qtbot, window, db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("desktop.ui.printing.show_error", lambda parent, title, text: shown.append((title, text)))
    dialog = PrintDialog(window)
    rendered: list[object] = []
    dialog.renderStarted.connect(rendered.append)
    before = _digest(db_file)
    targets = _aliases(db_file, tmp_path)
    try:
        for target in targets:
            assert dialog.save_pdf(target) is False
    finally:
        dialog.deleteLater()
    assert len(shown) == len(targets) and all("refused" in text for _, text in shown), shown
    assert rendered == []  # refused before the sheet was drawn
    assert _digest(db_file) == before


@pytest.mark.parametrize("value", ["garbage{", '"abc"', "[1]", "1e999", "true"])
def test_a_damaged_last_plan_setting_is_ignored_with_one_log_line(tmp_path: Path, value: str) -> None:
    db = tmp_path / "posture.sqlite"
    Library(db).close()
    from desktop.sample import ensure_sample

    with Library(db) as lib:
        ensure_sample(lib)
    conn = sqlite3.connect(db)
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('last_plan', ?)", (value,))
    conn.commit()
    conn.close()
    shot = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "POSTURE_DB"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--screenshot", str(shot), "--size", "800x600", "--db", str(db)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    lines = [line for line in done.stderr.splitlines() if "last_plan" in line]
    assert len(lines) == 1 and "ignored" in lines[0], done.stderr
    assert "Traceback" not in done.stderr
