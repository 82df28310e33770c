"""Drawing a route or an area for a unit that has one asks before replacing it (issue 12, item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from db import Library
from desktop.model import Geometry, Plan, Unit
from tests.ui.conftest import close_window, js, open_window

pytestmark = pytest.mark.web


def test_a_new_route_for_a_unit_with_one_asks_first(qtbot, ui_library: Library, monkeypatch) -> None:
    route = Geometry("LineString", ((30.9, 46.1), (31.2, 45.9), (31.5, 45.8)))
    units = (
        Unit("tr-1", "sea.patrol", "TR", route, name="Turkish frigates <b>", strength=600),
        Unit("ro-1", "sea.patrol", "RO", Geometry.point(30.2, 45.2), name="Romanian boats", strength=120),
    )
    pid = ui_library.add_plan(Plan(name="Routes", units=units))
    win = open_window(qtbot, ui_library, ui_library.load_plan(pid))
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.Cancel}

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        win.start_drawing("route", "tr-1")  # cancelled: no drawing starts
        qtbot.wait(200)
        assert len(asked) == 1 and "Turkish frigates <b>" in asked[0]
        assert js(qtbot, win, "app._state()")["mode"] == "select"
        answer["button"] = QMessageBox.StandardButton.Yes
        win.start_drawing("route", "tr-1")
        qtbot.waitUntil(lambda: js(qtbot, win, "app._state()")["mode"] != "select", timeout=5000)
        win.map.bridge.call("setMode", "select", {})
        win.start_drawing("route", "ro-1")  # a point: nothing to replace, nothing asked
        assert len(asked) == 2
    finally:
        close_window(win)
