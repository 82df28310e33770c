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


def _cli_check(library: Library, plan_id: int) -> dict:  # type: ignore[type-arg]
    """``check PLAN --json`` on the library as a separate program (what it says the plan declares)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "main.py"), "check", str(plan_id), "--db", str(library.path),
                           "--json"], capture_output=True, text=True, timeout=120, cwd=root)  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_another_profile_or_phase_is_a_view_not_an_edit(qtbot, ui_library: Library) -> None:
    """Issue 12, item 4: no undo step, nothing saved; ``check`` checks what the plan declares."""
    units = (
        Unit("gb-1", "land.combat", "GB", Geometry.point(37.5, 49.9), name="Kharkiv brigade", strength=5000),
        Unit("fr-1", "land.combat", "FR", Geometry.point(31.0, 49.0), name="Late brigade", strength=4000,
             phases=("settlement",)),
    )  # fmt: skip
    pid = ui_library.add_plan(Plan(name="East", units=units))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        assert "GEO-EAST" not in shown_rules(win)  # not evaluated under ecfr
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.side.profile.setCurrentIndex(win.side.profile.findData("mfu"))
        assert "GEO-EAST" in shown_rules(win)  # the findings change at once
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.side.phase.setCurrentIndex(win.side.phase.findData("settlement"))
        assert win.side.findings.model.findings and win.analyzer.latest.metrics["phase"] == "settlement"
        assert win.analyzer.latest.metrics["troops"] == 9000 and "(settlement)" in win.summary_label.text()
        assert win.side.view_note.isVisible() and "declares the ecfr profile" in win.side.view_note.text()
        # a view: the plan, the library and the undo history are untouched
        assert (win.doc.plan.profile, win.doc.plan.phase) == ("ecfr", "ceasefire")
        assert win.doc.undo_stack.count() == 0 and not win.act_undo.isEnabled()
        stored = ui_library.load_plan(pid)
        assert (stored.profile, stored.phase) == ("ecfr", "ceasefire")
        report = _cli_check(ui_library, pid)
        assert (report["profile"], report["phase"]) == ("ecfr", "ceasefire")
        assert report["metrics"]["troops"] == 5000
        # the declared phase is a deliberate act in Plan settings: one undo step, saved at once
        settings = win.side.settings
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            settings.declared_phase.setCurrentIndex(settings.declared_phase.findData("settlement"))
        assert win.doc.plan.phase == "settlement" and ui_library.load_plan(pid).phase == "settlement"
        assert win.doc.undo_stack.count() == 1
        assert _cli_check(ui_library, pid)["phase"] == "settlement"
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            settings.declared_profile.setCurrentIndex(settings.declared_profile.findData("mfu"))
        assert ui_library.load_plan(pid).profile == "mfu" and win.doc.undo_stack.count() == 2
        assert not win.side.view_note.isVisible()  # the view is what the plan declares
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            win.act_undo.trigger()
        assert win.doc.plan.profile == "ecfr" and win.side.profile.currentData() == "ecfr"
        assert "GEO-EAST" not in shown_rules(win)
    finally:
        close_window(win)


def test_new_parameters_are_edited_in_plan_settings(qtbot, ui_library: Library) -> None:
    win = open_window(qtbot, ui_library, central_plan(ui_library))
    try:
        spins = win.side.settings.params
        assert spins["min_nations"].value() == 8 and spins["belarus_cover_km"].value() == 150
        assert spins["min_nations"].singleStep() == 1 and spins["belarus_cover_km"].suffix() == " km"
        assert "COALITION-BREADTH" in shown_rules(win)  # two nations
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            spins["min_nations"].setValue(2)
        assert "COALITION-BREADTH" not in shown_rules(win)
        assert ui_library.load_plan(win.doc.plan.id).parameters == {"min_nations": 2}
        with qtbot.waitSignal(win.side.analysisShown, timeout=10_000):
            spins["belarus_cover_km"].setValue(400)
        assert "GEO-BELARUS" not in shown_rules(win)
        assert win.doc.undo_stack.count() == 2
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
        assert "1 US unit " in win.side.findings.banner.text()  # the plural of the language: 1 unit, 2 units
        assert "US-TROOPS" not in shown_rules(win)
        assert win.doc.plan.has_unit("us-ad")  # the plan itself is untouched
    finally:
        close_window(win)
