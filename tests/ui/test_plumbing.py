"""The window's plumbing: a drag is not echoed back to the page (``Change.source``), handlers get
their payload class, the document takes plan commands."""

from __future__ import annotations

import json

import pytest

from db import Library
from desktop.ui.bridge import Bridge, Drop, Move
from tests.ui.conftest import close_window, js, open_window
from tests.ui.test_sketching import mouse_drag, small_plan

pytestmark = pytest.mark.web


def _upserted(sent: list[str]) -> list[str]:
    """Ids of the units the page was told to redraw."""
    calls = [json.loads(t) for t in sent]
    return [u["id"] for c in calls if c["fn"] == "upsertUnits" for u in c["args"][0]]


def test_a_dragged_unit_is_not_echoed_back_to_the_page_but_undo_redraws_it(qtbot, ui_library: Library) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        sent: list[str] = []
        win.map.bridge.toPage.connect(sent.append)
        sx, sy = js(qtbot, win, "app._unitPoint('gb-1')")
        ex, ey = sx + 140, sy + 60
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            mouse_drag(win, (sx, sy), (ex, ey))
        lat, lng = js(qtbot, win, f"app._latLngAt({ex}, {ey})")
        assert win.doc.plan.unit("gb-1").position == pytest.approx((lng, lat), abs=0.02)
        qtbot.wait(200)
        assert "gb-1" not in _upserted(sent)  # the page already shows it where it was dropped
        assert js(qtbot, win, "app._unitPoint('gb-1')") == pytest.approx([ex, ey], abs=3.0)
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.act_undo.trigger()
        qtbot.waitUntil(lambda: "gb-1" in _upserted(sent), timeout=3000)  # not the page's doing: redrawn
        qtbot.waitUntil(lambda: js(qtbot, win, "app._unitPoint('gb-1')") == pytest.approx([sx, sy], abs=1.0))
    finally:
        close_window(win)


def test_handlers_get_the_payload_class_they_asked_for() -> None:
    bridge = Bridge()
    moves: list[Move] = []
    drops: list[Drop] = []
    bridge.on(Move, moves.append)
    bridge.on(Drop, drops.append)
    bridge.send(json.dumps({"type": "move", "id": "u-1", "lat": 50.0, "lng": 30.0, "final": True}))
    bridge.send(json.dumps({"type": "drop", "template": "x", "lat": 50.0, "lng": 30.0}))
    bridge.send(json.dumps({"type": "move", "id": "u-1", "lat": 95.0, "lng": 30.0}))  # refused at the door
    assert moves == [Move("u-1", 50.0, 30.0, True)] and drops == [Drop("x", 50.0, 30.0)]
    assert bridge.refused_count == 1
