"""The order-of-battle dock in the real window: the tree, a drag that re-parents, undo, selection
in step with the map page, filters, grouping by nation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop import orbat
from tests.ui.conftest import js

pytestmark = pytest.mark.web


def _show_dock(win, qtbot) -> None:  # type: ignore[no-untyped-def]
    win.orbat_dock.show()
    win.orbat_dock.raise_()
    qtbot.waitUntil(lambda: win.orbat.isVisible() and win.orbat.tree.topLevelItemCount() > 0, timeout=5000)


def _drag_rows(tree, ids: list[str], onto: str | None) -> None:  # type: ignore[no-untyped-def]
    """Drag the rows of ``ids`` onto the row of ``onto`` (None: the empty space below the rows),
    as Qt delivers a drag: enter, move, drop, on the tree's viewport."""
    tree.clearSelection()
    items = [tree.parent().item_of(i) for i in ids]
    for it in items:
        it.setSelected(True)
    data = tree.mimeData(items)
    if onto is None:  # the empty space below the last row shown
        point = QPoint(tree.viewport().width() // 2, tree.viewport().height() - 4)
        assert tree.itemAt(point) is None, "no empty space below the rows"
    else:
        target = tree.parent().item_of(onto)
        tree.scrollToItem(target)
        point = tree.visualItemRect(target).center()
    vp = tree.viewport()
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(vp, QDragEnterEvent(point, actions, data, buttons, mods))
    move = QDragMoveEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(vp, move)
    QApplication.sendEvent(vp, QDropEvent(QPointF(point), actions, data, buttons, mods))


def test_the_dock_shows_the_sample_by_command_with_rolled_up_strength(window, qtbot) -> None:
    _show_dock(window, qtbot)
    dock = window.orbat
    hq = dock.item_of("gb-hq")
    assert hq.parent() is None
    assert {hq.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(hq.childCount())} == {
        "gb-armd-bde", "fr-bde", "it-mech-bde"}  # fmt: skip
    total = orbat.total_strengths(window.doc.plan)["gb-hq"]
    assert total == 400 + 5000 + 5000 + 3500 + 1200 + 1200
    assert hq.text(3) == f"{total:,}" and hq.text(2) == "400" and hq.text(1) == "GB"
    assert not hq.icon(0).isNull()  # the unit's symbol
    assert dock.item_of("fi-bg").parent() is dock.item_of("fr-bde")


def test_a_drag_in_the_tree_re_parents_in_one_undo_step_and_undo_restores(window, qtbot, ui_library) -> None:
    _show_dock(window, qtbot)
    dock, doc = window.orbat, window.doc
    steps = doc.undo_stack.count()
    assert orbat.parent_of(doc.plan.unit("pl-exr")) is None
    _drag_rows(dock.tree, ["pl-exr", "pl-log"], "gb-hq")
    qtbot.waitUntil(lambda: dock.item_of("pl-exr").parent() is dock.item_of("gb-hq"), timeout=5000)
    assert orbat.parent_of(doc.plan.unit("pl-exr")) == "gb-hq" == orbat.parent_of(doc.plan.unit("pl-log"))
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Put 2 units under Multinational force HQ (Kyiv)"
    # committed at once: the library holds it
    stored = ui_library.load_plan(doc.plan.id)
    assert orbat.parent_of(stored.unit("pl-exr")) == "gb-hq"
    assert dock.item_of("gb-hq").text(3) == f"{orbat.total_strengths(doc.plan)['gb-hq']:,}"
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: dock.item_of("pl-exr").parent() is None, timeout=5000)
    assert orbat.parent_of(doc.plan.unit("pl-exr")) is None and orbat.parent_of(doc.plan.unit("pl-log")) is None
    assert orbat.parent_of(ui_library.load_plan(doc.plan.id).unit("pl-exr")) is None
    # onto empty space: independent (the Finnish units alone shown, so there is space below)
    dock.nation.setCurrentIndex(dock.nation.findData("FI"))
    _drag_rows(dock.tree, ["fi-bg"], None)
    qtbot.waitUntil(lambda: dock.item_of("fi-bg").parent() is None, timeout=5000)
    assert orbat.parent_of(doc.plan.unit("fi-bg")) is None


def test_a_commander_cannot_be_dragged_under_its_own_unit(window, qtbot) -> None:
    _show_dock(window, qtbot)
    dock, doc = window.orbat, window.doc
    steps = doc.undo_stack.count()
    _drag_rows(dock.tree, ["gb-hq"], "fi-bg")
    qtbot.wait(100)
    assert orbat.parent_of(doc.plan.unit("gb-hq")) is None
    assert doc.undo_stack.count() == steps
    assert "cannot be put under" in window.statusBar().currentMessage()


def test_selection_follows_the_map_both_ways(window, qtbot) -> None:
    _show_dock(window, qtbot)
    dock = window.orbat
    # tree -> map page
    rect = dock.tree.visualItemRect(dock.item_of("fr-bde"))
    QTest.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.waitUntil(lambda: js(qtbot, window, "app._state().selection") == ["fr-bde"], timeout=5000)
    assert window.controller.selection == ["fr-bde"]
    # map page -> tree: a real click on the unit's symbol
    js(qtbot, window, "(app.map.setView([46.75, 30.95], 9, {animate: false}), 1)")
    qtbot.wait(200)
    x, y = js(qtbot, window, "app._unitPoint('it-mech-bde')")
    QTest.mouseClick(window.map.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(x), int(y)))  # fmt: skip
    qtbot.waitUntil(lambda: dock.selected_ids() == ["it-mech-bde"], timeout=5000)


def test_double_click_opens_the_unit_form(window, qtbot, monkeypatch) -> None:
    _show_dock(window, qtbot)
    opened: list[str] = []
    monkeypatch.setattr(window, "edit_unit", lambda uid: opened.append(uid))
    window.orbat.editRequested.disconnect()
    window.orbat.editRequested.connect(window.edit_unit)
    item = window.orbat.item_of("ca-bg")
    window.orbat.tree.itemDoubleClicked.emit(item, 0)
    assert opened == ["ca-bg"]


def test_filters_and_grouping_by_nation(window, qtbot) -> None:
    _show_dock(window, qtbot)
    dock = window.orbat
    dock.nation.setCurrentIndex(dock.nation.findData("FI"))
    visible = dock.visible_ids()
    # the Finnish battlegroup, with its chain of command (greyed) above it
    assert visible == ["gb-hq", "fr-bde", "fi-bg"]
    assert dock.item_of("fr-bde").foreground(0).color().name() == "#9e9e9e"
    dock.nation.setCurrentIndex(0)
    dock.domain.setCurrentIndex(dock.domain.findData("maritime"))
    assert set(dock.visible_ids()) == {u.id for u in window.doc.plan.units if u.domain == "maritime"}
    dock.domain.setCurrentIndex(0)
    dock.phase.setCurrentIndex(dock.phase.findData("long_term"))
    assert "gb-armd-bde" not in dock.visible_ids() or dock.item_of("gb-armd-bde").foreground(0).color().name() == (
        "#9e9e9e")  # fmt: skip
    dock.phase.setCurrentIndex(0)
    dock.by_nation.setChecked(True)
    heads = [dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())]
    codes = [h.data(0, Qt.ItemDataRole.UserRole + 1) for h in heads]
    assert set(codes) == {u.nation for u in window.doc.plan.units}
    fr = heads[codes.index("FR")]
    assert dock.item_of("fr-bde").parent() is fr
    assert dock.item_of("fi-bg").parent() is heads[codes.index("FI")]  # its commander is French
    assert dock.item_of("gb-armd-bde").parent() is dock.item_of("gb-hq")


def test_a_commander_typed_in_the_form_is_checked(window, qtbot, monkeypatch) -> None:
    from desktop.ui.unitform import UnitForm

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("desktop.ui.mainwindow.show_error", lambda _parent, title, text: shown.append((title, text)))

    def type_commander(text: str):  # type: ignore[no-untyped-def]
        def run(form: UnitForm) -> int:
            line = form.inputs["parent"].line
            assert line is not None
            line.setText(text)
            form._save()
            return form.result()

        return run

    monkeypatch.setattr(UnitForm, "exec", type_commander("pl-log"))
    window.edit_unit("pl-exr")
    assert orbat.parent_of(window.doc.plan.unit("pl-exr")) == "pl-log" and shown == []
    monkeypatch.setattr(UnitForm, "exec", type_commander("pl-exr"))
    window.edit_unit("pl-log")  # pl-log under pl-exr, which it commands: a cycle
    assert orbat.parent_of(window.doc.plan.unit("pl-log")) is None
    assert len(shown) == 1 and shown[0][0] == "Edit unit" and "cycle of command" in shown[0][1]
