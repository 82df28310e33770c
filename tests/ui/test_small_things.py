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


def test_a_placed_unit_saved_as_my_template(qtbot, ui_library) -> None:  # type: ignore[no-untyped-def]
    from desktop import catalogue
    from tests.ui.conftest import close_window, open_window

    win = open_window(qtbot, ui_library)
    try:
        assert win.save_as_template("de-iris-chernihiv", "German IRIS-T SLM (north)")
        mine = [i for i in win.palette.items() if i.data(0, 0x0100) == "user.german_iris_t_slm_north"]
        assert len(mine) == 1 and mine[0].text(0) == "★ German IRIS-T SLM (north)"
        win._add_at("user.german_iris_t_slm_north", 31.3, 51.5)
        made = win.doc.plan.units[-1]
        source = win.doc.plan.unit("de-iris-chernihiv")
        assert (made.kind, made.system, made.range_km, made.strength) == (
            source.kind, source.system, source.range_km, source.strength)  # fmt: skip
    finally:
        close_window(win)
    # kept in the library: the next window offers it again
    win = open_window(qtbot, ui_library)
    try:
        assert "user.german_iris_t_slm_north" in {t.id for t in catalogue.all_templates()}
    finally:
        close_window(win)
        catalogue.set_user_templates(())
