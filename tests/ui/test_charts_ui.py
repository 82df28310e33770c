"""The Charts tab and the pledges in the ledger, in the real window, updated live."""

from __future__ import annotations

import pytest

from desktop.ui.commands import MoveUnit

pytestmark = pytest.mark.web


def test_the_charts_follow_the_plan_live(window, qtbot) -> None:
    window.side.tabs.setCurrentWidget(window.charts)
    qtbot.waitUntil(lambda: "coverage" in window.charts.svg, timeout=10_000)
    assert "Priority sites under air defence: 7 of 7" in window.charts.svg["coverage"]
    assert not window.charts.widgets["coverage"].renderer().defaultSize().isEmpty()
    # the Kyiv Patriot battery moves to Lviv: Kyiv is no longer covered, the chart says so
    window.doc.push(MoveUnit(window.doc, "nl-patriot-kyiv", 24.03, 49.84))
    qtbot.waitUntil(lambda: "6 of 7" in window.charts.svg["coverage"], timeout=10_000)
    assert "not covered" in window.charts.svg["coverage"]
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: "7 of 7" in window.charts.svg["coverage"], timeout=10_000)


def test_the_ledger_shows_pledged_and_gap(window, qtbot) -> None:
    table = window.side.ledger.table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    pledged, gap = heads.index("Pledged"), heads.index("Gap")
    rows = {table.item(r, 0).text()[:2]: (table.item(r, pledged).text(), table.item(r, gap).text())
            for r in range(table.rowCount())}  # fmt: skip
    assert rows["PL"] == ("2,000", "+600")
    assert rows["FR"] == ("5,370", "met")
    assert rows["GB"] == ("–", "–")
