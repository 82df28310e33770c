"""A 10,000-unit plan stays usable: it opens, draws on one canvas, and a unit can be dragged."""

from __future__ import annotations

import pytest

from bench.plans import generated_plan
from db import Library
from tests.ui.conftest import close_window, js, open_window
from tests.ui.test_sketching import mouse_drag

pytestmark = pytest.mark.web


def test_a_10000_unit_plan_opens_on_the_canvas_and_a_unit_can_be_dragged(qtbot, ui_library: Library) -> None:
    pid = ui_library.add_plan(generated_plan(10_000, seed=3))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        state = js(qtbot, win, "app._state()")
        assert state["units"] == 10_000 and state["canvas"] is True
        # Zoom on one unit so that it is not under others, then drag it.
        uid = "g-77"
        lon, lat = win.doc.plan.unit(uid).position
        js(qtbot, win, f"(app.map.setView([{lat}, {lon}], 11, {{animate: false}}), 1)")
        qtbot.wait(200)
        sx, sy = js(qtbot, win, f"app._unitPoint({uid!r})")
        with qtbot.waitSignal(win.doc.changed, timeout=10_000):
            mouse_drag(win, (sx, sy), (sx + 90, sy + 40))
        elat, elng = js(qtbot, win, f"app._latLngAt({sx + 90}, {sy + 40})")
        assert win.doc.plan.unit(uid).position == pytest.approx((elng, elat), abs=1e-3)
        assert ui_library.load_plan(pid).unit(uid).position == win.doc.plan.unit(uid).position
    finally:
        close_window(win)
