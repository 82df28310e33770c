"""Deployment sketching through the real window: drop, drag, undo, edit, restart (issue 3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db import Library
from desktop.model import Geometry, Plan, Unit
from desktop.ui.bridge import Move
from tests.ui.conftest import close_window, js, open_window

pytestmark = pytest.mark.web


def unit_row(db_file: Path, plan_id: int, unit_id: str) -> dict | None:
    """Read the unit straight from the SQLite file, as another program would."""
    con = sqlite3.connect(db_file)
    con.row_factory = sqlite3.Row
    try:
        row = con.execute("SELECT * FROM units WHERE plan_id = ? AND id = ?", (plan_id, unit_id)).fetchone()
        return dict(row) if row else None
    finally:
        con.close()


def drop_template(win, template_id: str, x: int, y: int) -> None:  # type: ignore[no-untyped-def]
    """A real HTML5 drop on the page: Qt drag events with text/plain, as the palette sends them."""
    target = win.map.focusProxy()
    data = QMimeData()
    data.setText(template_id)
    pos = QPointF(x, y)
    actions = Qt.DropAction.CopyAction
    QApplication.sendEvent(
        target, QDragEnterEvent(pos.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    )
    QTest.qWait(50)
    QApplication.sendEvent(
        target, QDragMoveEvent(pos.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    )
    QTest.qWait(150)  # Chromium accepts the drop only once the page has answered the dragover
    QApplication.sendEvent(
        target, QDropEvent(pos, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    )


def mouse_drag(win, start: tuple[float, float], end: tuple[float, float], steps: int = 12) -> None:  # type: ignore[no-untyped-def]
    """A real mouse drag on the page (press, moves with the button held, release)."""
    target = win.map.focusProxy()
    sx, sy = start
    ex, ey = end
    QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(int(sx), int(sy)))
    for i in range(1, steps + 1):
        p = QPointF(sx + (ex - sx) * i / steps, sy + (ey - sy) * i / steps)
        ev = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            p,
            p,
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(target, ev)
        QTest.qWait(15)
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(int(ex), int(ey)))


def small_plan(library: Library) -> Plan:
    units = (
        Unit("gb-1", "land.combat", "GB", Geometry.point(31.0, 49.0), name="UK brigade", strength=5000),
        Unit("fr-1", "air.defence", "FR", Geometry.point(30.5, 50.4), name="SAMP/T Kyiv", strength=120, range_km=100),
    )
    pid = library.add_plan(Plan(name="Sketch test", units=units))
    return library.load_plan(pid)


def test_drop_at_a_pixel_creates_the_unit_there_in_the_sqlite_file(qtbot, ui_library: Library, db_file: Path) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        win.palette.nation.set_code("PL")
        x, y = 420, 330
        lat, lng = js(qtbot, win, f"app._latLngAt({x}, {y})")
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            drop_template(win, "ad.patriot", x, y)
        new = [u for u in win.doc.plan.units if u.id not in ("gb-1", "fr-1")]
        assert len(new) == 1
        u = new[0]
        assert (u.kind, u.nation, u.system, u.range_km) == ("air.defence", "PL", "Patriot PAC-3", 100)
        assert u.position == pytest.approx((lng, lat), abs=1e-6)
        row = unit_row(db_file, win.doc.plan.id, u.id)
        assert row is not None and row["nation"] == "PL"
        assert (row["lon"], row["lat"]) == pytest.approx((lng, lat), abs=1e-6)
        # and the page draws it where it was dropped
        px, py = js(qtbot, win, f"app._unitPoint({u.id!r})")
        assert (px, py) == pytest.approx((x, y), abs=1.0)
    finally:
        close_window(win)


def test_a_drag_moves_the_unit_and_one_undo_restores_it(qtbot, ui_library: Library, db_file: Path) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        before = win.doc.plan.unit("gb-1").position
        sx, sy = js(qtbot, win, "app._unitPoint('gb-1')")
        ex, ey = sx + 140, sy + 60
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            mouse_drag(win, (sx, sy), (ex, ey))
        lat, lng = js(qtbot, win, f"app._latLngAt({ex}, {ey})")
        moved = win.doc.plan.unit("gb-1").position
        assert moved == pytest.approx((lng, lat), abs=0.02)
        row = unit_row(db_file, win.doc.plan.id, "gb-1")
        assert (row["lon"], row["lat"]) == pytest.approx(moved)
        assert win.doc.undo_stack.count() == 1  # the whole drag is one step
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.act_undo.trigger()
        assert win.doc.plan.unit("gb-1").position == before
        row = unit_row(db_file, win.doc.plan.id, "gb-1")
        assert (row["lon"], row["lat"]) == pytest.approx(before)
        qtbot.waitUntil(
            lambda: js(qtbot, win, "app._unitPoint('gb-1')") == pytest.approx([sx, sy], abs=1.0), timeout=3000
        )
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.act_redo.trigger()
        assert win.doc.plan.unit("gb-1").position == moved
    finally:
        close_window(win)


def test_an_edit_through_the_form_is_saved(qtbot, ui_library: Library, db_file: Path, monkeypatch) -> None:
    from desktop.ui.unitform import UnitForm

    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        seen: list[UnitForm] = []

        def fill_and_save(form: UnitForm) -> int:
            seen.append(form)
            form.name.setText("Renamed <b>brigade</b>")
            form.strength.setValue(4321)
            form.phases["long_term"].setChecked(False)
            form.roles["protect_infrastructure"].setChecked(True)
            form._save()
            return form.result()

        monkeypatch.setattr(UnitForm, "exec", fill_and_save)
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.edit_unit("gb-1")
        u = win.doc.plan.unit("gb-1")
        assert (u.name, u.strength, u.phases, u.roles) == (
            "Renamed <b>brigade</b>",
            4321,
            ("ceasefire", "settlement"),
            ("protect_infrastructure",),
        )
        row = unit_row(db_file, win.doc.plan.id, "gb-1")
        assert row["name"] == "Renamed <b>brigade</b>" and row["strength"] == 4321
        # the name reaches the page as text, never markup
        text = js(qtbot, win, "[...document.querySelectorAll('.unit .name')].map(e => e.textContent)")
        assert "Renamed <b>brigade</b>" in text
        assert js(qtbot, win, "document.querySelectorAll('.unit .name b').length") == 0
    finally:
        close_window(win)


def test_a_bad_value_in_the_form_is_refused_with_a_message_naming_the_field(qtbot, ui_library: Library) -> None:
    from desktop.ui.unitform import UnitForm

    plan = small_plan(ui_library)
    form = UnitForm(plan.unit("gb-1"))
    qtbot.addWidget(form)
    form.lat.setText("north")
    form._save()
    assert "Latitude" in form.error.text() and form.result() == 0
    form.lat.setText("95")
    form._save()
    assert "Position" in form.error.text()
    form.lat.setText("49")
    form.sidc.setText("123")
    form._save()
    assert "Symbol code" in form.error.text()


def test_delete_key_removes_the_selection_and_undo_brings_it_back(qtbot, ui_library: Library, db_file: Path) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        win.controller.select(["fr-1"])
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.act_delete.trigger()
        assert not win.doc.plan.has_unit("fr-1")
        assert unit_row(db_file, win.doc.plan.id, "fr-1") is None
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.act_undo.trigger()
        assert [u.id for u in win.doc.plan.units] == ["gb-1", "fr-1"]  # back in its place
        assert unit_row(db_file, win.doc.plan.id, "fr-1") is not None
    finally:
        close_window(win)


def test_a_restart_on_the_same_file_shows_the_same_plan(qtbot, db_file: Path) -> None:
    lib = Library(db_file)
    win = open_window(qtbot, lib, small_plan(lib))
    try:
        x, y = 300, 300
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            drop_template(win, "sea.mcm_group", x, y)
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.controller._on_move(Move("gb-1", 48.5, 32.0, True))
        shown = win.doc.plan
    finally:
        close_window(win)
        lib.close()
    lib2 = Library(db_file)
    from desktop.ui.app import choose_plan

    win2 = open_window(qtbot, lib2, choose_plan(lib2, None))
    try:
        again = win2.doc.plan
        assert again.id == shown.id
        assert again.units == shown.units
        assert win2.doc.undo_stack.count() == 0  # history starts fresh
        assert js(qtbot, win2, "app._state().units") == len(shown.units)
    finally:
        close_window(win2)
        lib2.close()


def test_a_patrol_route_drawn_on_the_map_becomes_the_units_geometry(qtbot, ui_library: Library) -> None:
    units = (Unit("sea-1", "sea.patrol", "RO", Geometry.point(30.9, 45.9), name="Patrol", strength=300, ships=3),)
    pid = ui_library.add_plan(Plan(name="Route test", units=units))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    try:
        win.start_drawing("route", "sea-1")
        qtbot.waitUntil(lambda: js(qtbot, win, "app._state().mode") == "draw", timeout=3000)
        points = [(30.9, 45.9), (31.6, 45.5), (30.4, 45.1)]
        for lng, lat in points:
            x, y = js(qtbot, win, f"app._pointOf({lat}, {lng})")
            QTest.mouseClick(
                win.map.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(int(x), int(y))
            )
            QTest.qWait(60)
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            QTest.keyClick(win.map.focusProxy(), Qt.Key.Key_Return)
        g = win.doc.plan.unit("sea-1").geometry
        assert g.type == "LineString" and len(g.coordinates) == 3
        for (lng, lat), (glng, glat) in zip(points, g.coordinates, strict=True):
            assert (glng, glat) == pytest.approx((lng, lat), abs=0.02)
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.act_undo.trigger()
        assert win.doc.plan.unit("sea-1").geometry.type == "Point"
    finally:
        close_window(win)


def test_hostile_messages_from_the_page_change_nothing(qtbot, ui_library: Library) -> None:
    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        before = win.doc.plan
        bad = [
            "{",
            '{"type": "move", "id": "gb-1", "lat": 1e999, "lng": 0}',
            '{"type": "move", "id": "nope", "lat": 50, "lng": 30}',
            '{"type": "drop", "template": "no.such", "lat": 50, "lng": 30}',
            '{"type": "delete", "ids": ["gb-1", 7]}',
            '{"type": "draw", "kind": "route", "coordinates": [[30, 45]], "unit": "gb-1"}',
        ]
        for text in bad:
            win.map.bridge.send(text)
        assert win.doc.plan is before
        assert win.map.bridge.refused_count == len(bad)
        assert win.doc.undo_stack.count() == 0
    finally:
        close_window(win)


def test_an_edit_that_changes_nothing_leaves_no_undo_step(qtbot, ui_library: Library) -> None:
    from desktop.ui.commands import RemoveUnits

    win = open_window(qtbot, ui_library, small_plan(ui_library))
    try:
        assert win.doc.push(RemoveUnits(win.doc, ["no-such-unit"])) is False
        assert win.doc.undo_stack.count() == 0
    finally:
        close_window(win)
