"""Small things a planner expects: the on-screen legend, Help › Keyboard shortcuts, About with
the version, in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import __version__, symbols
from desktop.ui.commands import RemoveUnits

pytestmark = pytest.mark.web


def test_the_legend_lists_the_plans_symbols_and_follows_the_plan(window, qtbot) -> None:
    legend = window.legend
    assert not legend.isVisible()
    window.act_legend.setChecked(True)
    assert legend.isVisible()
    codes = {symbols.sidc_of(u) for u in window.doc.plan.units}
    assert {r[0] for r in legend.rows} == codes
    assert sum(r[3] for r in legend.rows) == len(window.doc.plan.units)
    # it sits inside the map, in its lower right corner
    g = legend.geometry()
    assert g.right() <= window.map.width() and g.bottom() <= window.map.height() and g.left() > window.map.width() / 2
    mcm = [u.id for u in window.doc.plan.units if u.kind == "sea.mcm"]
    window.doc.push(RemoveUnits(window.doc, mcm))
    assert {r[0] for r in legend.rows} == {symbols.sidc_of(u) for u in window.doc.plan.units}
    window.act_legend.setChecked(False)
    assert not legend.isVisible()


def test_keyboard_shortcuts_and_about(window, qtbot, monkeypatch) -> None:
    window.act_shortcuts.trigger()
    dlg = window.shortcuts_dialog
    rows = {dlg.table.item(r, 1).text(): dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())}
    assert rows["Find"] == "Ctrl+K, Ctrl+F"
    assert rows["Measure distance and area"] == "Ctrl+M"
    assert "Undo" in rows and "Map: delete the selected units" in rows
    dlg.close()
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: seen.append(text))
    window.about()
    assert seen and seen[0].startswith(f"Posture {__version__}")
