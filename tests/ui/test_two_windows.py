"""Two windows, one library: a second program's edits show up, and no edit is silently lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db import Library
from tests.ui.conftest import close_window, js, open_window
from tests.ui.test_sketching import small_plan

pytestmark = pytest.mark.web
ROOT = Path(__file__).resolve().parents[2]

OTHER_PROGRAM = """
import sys
from db import Library
from desktop.edits import PlanSession, move_unit
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
