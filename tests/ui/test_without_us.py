""" "Without the United States" is a what-is-left view: US units leave the map, a banner says the
view is filtered, and nothing in the plan or the library changes (issue 12, item 4)."""

from __future__ import annotations

import hashlib

import pytest

from db import Library
from desktop.model import Geometry, Plan, Unit
from tests.ui.conftest import close_window, js, open_window

pytestmark = pytest.mark.web


def test_without_the_us_takes_us_units_off_the_map_and_back(qtbot, ui_library: Library) -> None:
    units = (
        Unit("gb-1", "land.combat", "GB", Geometry.point(31.0, 49.0), name="UK brigade", strength=5000),
        Unit("us-1", "air.defence", "US", Geometry.point(30.6, 50.4), name="US Patriot", strength=90, range_km=100),
        Unit("us-2", "air.isr", "US", Geometry.point(29.0, 49.5), name="US drone", strength=20),
    )
    pid = ui_library.add_plan(Plan(name="With US", units=units))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        assert js(qtbot, win, "app._state()")["units"] == 3
        before = hashlib.sha256(ui_library.path.read_bytes()).hexdigest()
        steps = win.doc.undo_stack.count()
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.side.no_us.setChecked(True)
        qtbot.waitUntil(lambda: js(qtbot, win, "app._state()")["units"] == 1, timeout=5000)
        assert win.side.findings.banner.isVisible() and "off the map" in win.side.findings.banner.text()
        assert win.doc.undo_stack.count() == steps and win.doc.plan.has_unit("us-1")
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.side.no_us.setChecked(False)
        qtbot.waitUntil(lambda: js(qtbot, win, "app._state()")["units"] == 3, timeout=5000)
        assert not win.side.findings.banner.isVisible()
        assert hashlib.sha256(ui_library.path.read_bytes()).hexdigest() == before
    finally:
        close_window(win)
