"""The side panel follows the plan live: findings, ledger, profile and phase (issue 4)."""

from __future__ import annotations

import pytest

from db import Library
from desktop.model import Geometry, Plan, Unit
from tests.ui.conftest import close_window, js, open_window
from tests.ui.test_sketching import mouse_drag

pytestmark = pytest.mark.web

LVIV = (24.03, 49.84)


def central_plan(library: Library) -> Plan:
    units = (
        Unit("gb-1", "land.combat", "GB", Geometry.point(31.0, 49.0), name="UK brigade", strength=5000),
        Unit("fr-1", "land.combat", "FR", Geometry.point(35.0, 48.5), name="French brigade", strength=5000),
    )
    return library.load_plan(library.add_plan(Plan(name="Panel test", units=units)))


def shown_rules(win) -> list[str]:  # type: ignore[no-untyped-def]
    return win.side.findings.rules_shown()


def test_dragging_a_brigade_west_shows_geo_west_entry_and_undo_removes_it(qtbot, ui_library: Library) -> None:
    win = open_window(qtbot, ui_library, central_plan(ui_library))
    try:
        assert win.doc.plan.profile == "ecfr"
        assert "GEO-WEST-ENTRY" not in shown_rules(win)
        start = js(qtbot, win, "app._unitPoint('gb-1')")
        end = js(qtbot, win, f"app._pointOf({LVIV[1]}, {LVIV[0]})")
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            mouse_drag(win, start, end)
        qtbot.waitUntil(lambda: "GEO-WEST-ENTRY" in shown_rules(win), timeout=5000)
        index = win.side.findings.index_of("GEO-WEST-ENTRY")
        assert index.isValid()
        finding = win.side.findings.model.finding(index)
        assert finding is not None and finding.units == ("gb-1",)
        # a click on it selects the unit on the map
        with qtbot.waitSignal(win.controller.selectionChanged, timeout=5000):
            win.side.findings._clicked(index)
        assert win.controller.selection == ["gb-1"]
        assert "warnings" in win.findings_label.text()
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.act_undo.trigger()
        assert "GEO-WEST-ENTRY" not in shown_rules(win)
    finally:
        close_window(win)


def test_switching_the_profile_changes_the_findings_at_once(qtbot, ui_library: Library) -> None:
    units = (Unit("gb-1", "land.combat", "GB", Geometry.point(37.5, 49.9), name="Kharkiv brigade", strength=5000),)
    pid = ui_library.add_plan(Plan(name="East", units=units))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        assert "GEO-EAST" not in shown_rules(win)  # not evaluated under ecfr
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.side.profile.setCurrentIndex(win.side.profile.findData("mfu"))
        assert win.doc.plan.profile == "mfu"
        assert "GEO-EAST" in shown_rules(win)
        assert ui_library.load_plan(pid).profile == "mfu"  # saved at once
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.act_undo.trigger()
        assert win.side.profile.currentData() == "ecfr" and "GEO-EAST" not in shown_rules(win)
    finally:
        close_window(win)


def test_the_ledger_lists_each_nation_with_its_troops(qtbot, ui_library: Library) -> None:
    win = open_window(qtbot, ui_library, central_plan(ui_library))
    try:
        table = win.side.ledger.table
        rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
        assert rows == {"GB  United Kingdom": "5,000", "FR  France": "5,000"}
        assert "10,000 troops" in win.side.ledger.totals.text()
    finally:
        close_window(win)


def test_without_the_us_view_shows_the_dependence(qtbot, ui_library: Library) -> None:
    units = (
        Unit("us-ad", "air.defence", "US", Geometry.point(30.5, 50.4), name="US Patriot", strength=90, range_km=100),
        Unit("gb-1", "land.combat", "GB", Geometry.point(31.0, 49.0), name="UK brigade", strength=5000),
        Unit("gb-f", "air.policing", "GB", Geometry.point(32.0, 49.5), name="Typhoons", generation=4.5, count=12),
    )
    pid = ui_library.add_plan(Plan(name="US", units=units))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        before = shown_rules(win)
        assert "US-DEPENDENCE" in before
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.side.no_us.setChecked(True)
        assert win.side.findings.banner.isVisible()
        assert "1 US units" in win.side.findings.banner.text()
        assert "US-TROOPS" not in shown_rules(win)
        assert win.doc.plan.has_unit("us-ad")  # the plan itself is untouched
    finally:
        close_window(win)
