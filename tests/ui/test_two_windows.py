"""Two windows, one library: a second program's edits show up, and no edit is silently lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db import Library
from db.session import PlanSession
from desktop.edits import move_unit
from desktop.ui.bridge import Move
from tests.ui.conftest import close_window, js, open_window
from tests.ui.test_sketching import small_plan

pytestmark = pytest.mark.web
ROOT = Path(__file__).resolve().parents[2]

OTHER_PROGRAM = """
import sys
from db import Library
from db.session import PlanSession
from desktop.edits import move_unit
lib = Library(sys.argv[1])
s = PlanSession(lib, lib.load_plan(int(sys.argv[2])))
s.apply(move_unit(s.plan, "gb-1", 33.3, 48.8))
lib.close()
"""


def test_the_window_shows_what_another_program_committed(qtbot, ui_library: Library, db_file: Path) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        pid = win.doc.plan.id
        subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(db_file), str(pid)], cwd=ROOT, check=True, timeout=60)
        with qtbot.waitSignal(win.doc.external, timeout=5000) as sig:
            pass  # the document polls the library's data_version
        assert sig.args == ["reloaded"]
        assert win.doc.plan.unit("gb-1").position == (33.3, 48.8)
        x, y = js(qtbot, win, "app._unitPoint('gb-1')")
        assert (x, y) == pytest.approx(js(qtbot, win, "app._pointOf(48.8, 33.3)"), abs=1)
        assert win.doc.undo_stack.count() == 0
    finally:
        close_window(win)


def _other_program_moves(db_file: Path, plan_id: int, unit_id: str, lon: float, lat: float) -> None:
    other = Library(db_file)
    try:
        s = PlanSession(other, other.load_plan(plan_id))
        s.apply(move_unit(s.plan, unit_id, lon, lat))
    finally:
        other.close()


def test_edits_of_different_units_in_two_programs_both_stay(qtbot, ui_library: Library, db_file: Path) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        win.doc.stop()  # the window has not yet seen the other program's edit
        _other_program_moves(db_file, win.doc.plan.id, "fr-1", 31.0, 47.0)
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.controller._on_move(Move("gb-1", 49.5, 32.5, True))
        with Library(db_file) as stored:
            plan = stored.load_plan(win.doc.plan.id)
        assert plan.unit("fr-1").position == (31.0, 47.0)  # theirs
        assert plan.unit("gb-1").position == (32.5, 49.5)  # ours
        assert win.doc.check_external_changes()  # and the window catches up
        assert win.doc.plan.unit("fr-1").position == (31.0, 47.0)
    finally:
        close_window(win)


def test_an_edit_of_a_unit_another_program_changed_is_refused(qtbot, ui_library: Library, db_file: Path) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        win.doc.stop()
        _other_program_moves(db_file, win.doc.plan.id, "gb-1", 33.0, 48.0)
        with qtbot.waitSignal(win.doc.failed, timeout=5000) as failed:
            win.controller._on_move(Move("gb-1", 49.5, 32.5, True))
        assert "changed this plan" in failed.args[0]
        assert win.doc.plan.unit("gb-1").position == (33.0, 48.0)  # the window now shows theirs
        with Library(db_file) as stored:
            assert stored.load_plan(win.doc.plan.id).unit("gb-1").position == (33.0, 48.0)  # theirs kept
        assert win.doc.undo_stack.count() == 0
    finally:
        close_window(win)
