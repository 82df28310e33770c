"""Measuring in the real window: clicks on the page give geodesic legs, bearings and areas; Esc
ends; a kept measurement is one undo step saved with the plan; the selected unit's distances are
the rules' numbers."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop import geo, measure
from tests.ui.conftest import js

pytestmark = pytest.mark.web


def _click(window, qtbot, lat: float, lng: float) -> None:  # type: ignore[no-untyped-def]
    x, y = js(qtbot, window, f"app._pointOf({lat}, {lng})")
    target = window.map.focusProxy()
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(round(x), round(y)))
    qtbot.wait(120)


def _press(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """A click on a button of the measuring panel (in the page)."""
    js(qtbot, window, f"([...document.querySelectorAll('.measure-panel button')].find(b => b.textContent === '{text}')"
       ".click(), 1)")  # fmt: skip


def _start(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.act_measure.trigger()
    qtbot.waitUntil(lambda: js(qtbot, window, "app._measure().on") is True, timeout=5000)


def test_kyiv_to_lviv_reads_the_geodesic_distance(window, qtbot) -> None:
    kyiv, lviv = geo.place("Kyiv"), geo.place("Lviv")
    _start(window, qtbot)
    _click(window, qtbot, kyiv[1], kyiv[0])
    _click(window, qtbot, lviv[1], lviv[0])
    QTest.keyClick(window.map.focusProxy(), Qt.Key.Key_Return)  # or a double-click
    qtbot.waitUntil(lambda: js(qtbot, window, "app._measure().done") is True, timeout=5000)
    state = js(qtbot, window, "app._measure()")
    assert state["done"] and len(state["points"]) == 2
    truth = Geodesic.WGS84.Inverse(kyiv[1], kyiv[0], lviv[1], lviv[0])
    page_km = float(js(qtbot, window, "document.querySelector('.measure-total').dataset.km"))
    assert abs(page_km - truth["s12"] / 1000) < 1.0  # a click lands on a pixel: a few hundred metres at zoom 6
    bearing = state["result"]["legs"][0]["bearing"]
    assert abs(bearing - truth["azi1"] % 360) < 0.5
    text = js(qtbot, window, "document.querySelector('.measure-panel').textContent")
    assert "Leg 1:" in text and "bearing 2" in text  # west-south-west, about 260°
    # keep it: one undo step, committed, drawn with geographiclib's figures
    steps = window.doc.undo_stack.count()
    _press(window, qtbot, "Keep on map")
    qtbot.waitUntil(lambda: len(measure.kept(window.doc.plan)) == 1, timeout=5000)
    assert window.doc.undo_stack.count() == steps + 1
    kept = measure.kept(window.library.load_plan(window.doc.plan.id))
    assert len(kept) == 1 and not kept[0]["closed"]
    qtbot.waitUntil(lambda: js(qtbot, window, "document.querySelectorAll('.measure-label').length") == 1, timeout=5000)
    label = js(qtbot, window, "document.querySelector('.measure-label').textContent")
    assert label.endswith("°") and " km · bearing " in label
    # Esc ends the tool
    QTest.keyClick(window.map.focusProxy(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: js(qtbot, window, "app._measure().on") is False, timeout=5000)
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: js(qtbot, window, "document.querySelectorAll('.measure-label').length") == 0, timeout=5000)


def test_a_closed_shape_has_an_area(window, qtbot) -> None:
    corners = [(49.0, 30.0), (49.0, 32.0), (50.0, 32.0), (50.0, 30.0)]
    _start(window, qtbot)
    for lat, lng in corners:
        _click(window, qtbot, lat, lng)
    _click(window, qtbot, *corners[0])  # back on the first point closes it
    state = js(qtbot, window, "app._measure()")
    assert state["closed"] and state["done"]
    page = float(js(qtbot, window, "document.querySelector('.measure-area').dataset.km2"))
    truth = measure.measure([(lng, lat) for lat, lng in state["points"]], closed=True).area_km2
    assert truth is not None and abs(page - truth) / truth < 0.005
    assert 15_000 < truth < 17_000, state["points"]  # 2° x 1° at 49.5° N
    _press(window, qtbot, "Discard")
    assert js(qtbot, window, "app._measure().points.length") == 0
    js(qtbot, window, "(app.stopMeasure(), 1)")


def test_the_detail_pane_shows_the_rules_distances(window, qtbot) -> None:
    window.controller.select(["gb-armd-bde"])
    u = window.doc.plan.unit("gb-armd-bde")
    d = measure.unit_distances(window.doc.plan, u)
    assert window.details.rows["belarus"].text() == measure.format_km(geo.distance_to_border_km("BY", *u.position))
    assert window.details.rows["russia"].text() == measure.format_km(d.russia_km)
    line = window.doc.plan.geometry("contact_line")
    assert line is not None
    assert (
        window.details.rows["contact"].text().startswith(measure.format_km(geo.distance_km(line.geometry, *u.position)))
    )
    name, km = d.nearest_site
    assert window.details.rows["site"].text() == f"{name}, {measure.format_km(km)}"
    assert window.details.rows["mgrs"].text().startswith("36U")
    assert window.details.rows["commander"].text() == "Multinational force HQ (Kyiv)"
    window.controller.select([])
    assert window.details.empty.isVisibleTo(window.details)
