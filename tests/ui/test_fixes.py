"""Proposed fixes in the real window: previewed as ghosts on the page, applied as one undo step,
committed to the SQLite file (issue 18)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from db import Library
from desktop.model import Geometry, Plan
from desktop.sample import sample_plan
from tests.ui.conftest import close_window, js, open_window

pytestmark = pytest.mark.web


def moved(plan: Plan, uid: str, lon: float, lat: float) -> Plan:
    return plan.with_unit(replace(plan.unit(uid), geometry=Geometry.point(lon, lat)))


def stored(library: Library, plan_id: int) -> Plan:
    with Library(library.path, read_only=True) as other:  # a second connection reads the file
        return other.load_plan(plan_id)


def test_propose_fixes_previews_applies_in_one_step_and_undo_restores(qtbot, ui_library: Library) -> None:
    plan = moved(replace(sample_plan(), name="Fix me"), "fr-bde", 24.1, 49.85)  # a brigade in Lviv
    pid = ui_library.add_plan(plan)
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        assert "GEO-WEST-ENTRY" in win.side.findings.rules_shown()
        steps = win.doc.undo_stack.count()
        dialog = win.open_fixes("fixes")
        assert dialog.proposals, "a brigade in the west has a fix"
        qtbot.waitUntil(lambda: (js(qtbot, win, "app._previewState()") or {}).get("items", 0) > 0, timeout=5000)
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            dialog.apply()
        assert win.doc.undo_stack.count() == steps + 1
        assert "GEO-WEST-ENTRY" not in win.side.findings.rules_shown()
        assert stored(ui_library, pid).unit("fr-bde").position != (24.1, 49.85)
        qtbot.waitUntil(lambda: js(qtbot, win, "app._previewState()")["items"] == 0, timeout=5000)
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.act_undo.trigger()
        assert stored(ui_library, pid).unit("fr-bde").position == (24.1, 49.85)
        assert "GEO-WEST-ENTRY" in win.side.findings.rules_shown()
    finally:
        close_window(win)


def test_place_air_defence_previews_ghosts_and_moves_the_batteries(qtbot, ui_library: Library) -> None:
    plan = replace(sample_plan(), name="Thin air defence", profile="mfu")
    plan = moved(moved(plan, "it-sampt-odesa", 29.0, 50.9), "gb-camm-odesa", 28.0, 49.0)
    pid = ui_library.add_plan(plan)
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        before = win.side.findings.rules_shown().count("AIR-COVERAGE")
        assert before > 0
        dialog = win.open_fixes("air_defence")
        assert dialog.placement.moves
        assert dialog.table.rowCount() == len(dialog.placement.moves)
        qtbot.waitUntil(lambda: (js(qtbot, win, "app._previewState()") or {}).get("layers", 0) > 0, timeout=5000)
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            dialog.apply()
        assert win.side.findings.rules_shown().count("AIR-COVERAGE") < before
        after = stored(ui_library, pid)
        for e in dialog.placement.moves:
            assert after.unit(e.id).position == pytest.approx(e.to)
    finally:
        close_window(win)


def test_a_fix_for_one_finding_from_the_findings_list(qtbot, ui_library: Library, monkeypatch) -> None:
    plan = moved(replace(sample_plan(), name="Ship ashore"), "bg-patrol", 30.3, 46.9)
    pid = ui_library.add_plan(plan)
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        from desktop.ui import fixes

        index = win.side.findings.index_of("SEA-ON-LAND")
        finding = win.side.findings.model.finding(index)
        assert finding is not None
        monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Apply)
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            fixes.propose_fix(win, finding)
        assert "SEA-ON-LAND" not in win.side.findings.rules_shown()
        assert stored(ui_library, pid).unit("bg-patrol").position != (30.3, 46.9)
    finally:
        close_window(win)
