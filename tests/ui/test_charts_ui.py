"""The Charts tab and the pledges in the ledger, in the real window, updated live."""

from __future__ import annotations

import pytest

from desktop import charts
from desktop.ui.commands import MoveUnit

pytestmark = pytest.mark.web


def test_the_charts_follow_the_plan_live(window, qtbot) -> None:
    window.side.tabs.setCurrentWidget(window.charts)
    qtbot.waitUntil(lambda: "coverage" in window.charts.svg, timeout=10_000)
    data = charts.chart_data(window.doc.plan)
    covered, sites = sum(1 for _, n in data.coverage if n), len(data.coverage)
    assert f"Priority sites under air defence: {covered} of {sites}" in window.charts.svg["coverage"]
    assert not window.charts.widgets["coverage"].renderer().defaultSize().isEmpty()
    # the Kyiv Patriot battery moves to Lviv: Kyiv (and the Kyiv HPP) lose their cover, the chart says so
    window.doc.push(MoveUnit(window.doc, "nl-patriot-kyiv", 24.03, 49.84))
    after = sum(1 for _, n in charts.chart_data(window.doc.plan).coverage if n)
    assert after < covered
    qtbot.waitUntil(lambda: f"{after} of {sites}" in window.charts.svg["coverage"], timeout=10_000)
    assert "not covered" in window.charts.svg["coverage"]
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: f"{covered} of {sites}" in window.charts.svg["coverage"], timeout=10_000)


def test_the_ledger_shows_pledged_and_gap(window, qtbot) -> None:
    table = window.side.ledger.table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    pledged, gap = heads.index("Pledged"), heads.index("Gap")
    rows = {table.item(r, 0).text()[:2]: (table.item(r, pledged).text(), table.item(r, gap).text())
            for r in range(table.rowCount())}  # fmt: skip
    placed = charts.chart_data(window.doc.plan).by_nation["PL"]
    assert rows["PL"] == ("2,000", f"{2000 - placed:+,}")
    assert rows["IT"] == ("3,500", f"{3500 - charts.chart_data(window.doc.plan).by_nation['IT']:+,}")
    assert rows["FR"] == ("–", "–")
    assert rows["GB"] == ("–", "–")
