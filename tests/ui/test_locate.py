"""Find and locate in the real window: positions typed in MGRS / DMS in the unit form and in
"Add unit at a position", and the search box (Ctrl+K) flying the map page there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop import coords, geo
from desktop.ui.unitform import UnitForm
from tests.ui.conftest import js

pytestmark = pytest.mark.web


def test_an_mgrs_typed_in_the_unit_form_lands_the_unit_within_10_m(window, qtbot, monkeypatch, ui_library) -> None:
    target = (30.7233, 46.4825)  # Odesa port
    ref = coords.mgrs_of(*target)
    assert ref is not None

    def type_and_save(form: UnitForm) -> int:
        form.show()
        form.position.setFocus()
        QTest.keyClicks(form.position, ref)
        QTest.keyClick(form.position, Qt.Key.Key_Return)
        assert "MGRS " + ref in form.position_forms.text()  # all three forms shown
        assert "°" in form.position_forms.text() and "″" in form.position_forms.text()
        form._save()
        return form.result()

    monkeypatch.setattr(UnitForm, "exec", type_and_save)
    window.edit_unit("it-mech-bde")
    lon, lat = window.doc.plan.unit("it-mech-bde").position
    assert geo.geodesic_km(lon, lat, *target) < 0.010
    stored = ui_library.load_plan(window.doc.plan.id).unit("it-mech-bde").position
    assert geo.geodesic_km(*stored, *target) < 0.010
    # and the map page draws it there
    qtbot.waitUntil(
        lambda: geo.geodesic_km(*reversed(js(qtbot, window, "app._unitLatLng('it-mech-bde')")), *target) < 0.010,
        timeout=5000,
    )


def test_dms_typed_in_the_form_and_a_bad_position_named(window, qtbot) -> None:
    form = UnitForm(window.doc.plan.unit("fr-bde"), window)
    qtbot.addWidget(form)
    form.position.setText("48°27′54″N 35°02′46″E")
    form._take_position()
    u = form.result_unit()
    assert u.position == pytest.approx((35 + 2 / 60 + 46 / 3600, 48 + 27 / 60 + 54 / 3600), abs=1e-6)
    form.position.setText("36U ZZ 1 2")
    form._save()
    assert form.error.text().startswith("Position: ") and form.result() == 0


def _centre(qtbot, window) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    lat, lng = js(qtbot, window, "[app.map.getCenter().lat, app.map.getCenter().lng]")
    return lng, lat


def test_a_search_for_odesa_flies_the_map_there(window, qtbot) -> None:
    odesa = geo.place("Odesa")
    assert geo.geodesic_km(*_centre(qtbot, window), *odesa) > 100  # the start view: all of Ukraine
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_box.hasFocus(), timeout=3000)
    QTest.keyClicks(window.search_box, "Odesa")
    assert window.search_box.hits[0].kind == "place" and window.search_box.hits[0].label == "Odesa"
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: geo.geodesic_km(*_centre(qtbot, window), *odesa) < 2, timeout=5000)
    assert js(qtbot, window, "app.map.getZoom()") >= 8
    assert "Odesa" in window.statusBar().currentMessage()


def test_a_search_selects_a_unit_and_a_typed_mgrs_goes_there(window, qtbot) -> None:
    box = window.search_box
    box.setFocus()
    QTest.keyClicks(box, "finnish")
    hit = box.hits[0]
    assert (hit.kind, hit.ref) == ("unit", "fi-bg")
    box.choose(hit)
    qtbot.waitUntil(lambda: js(qtbot, window, "app._state().selection") == ["fi-bg"], timeout=5000)
    window.orbat_dock.show()
    window.orbat_dock.raise_()  # the order of battle, built when shown, shows the same selection
    qtbot.waitUntil(lambda: window.orbat.selected_ids() == ["fi-bg"], timeout=5000)
    target = (24.0297, 49.8397)  # Lviv
    box.clear()
    QTest.keyClicks(box, coords.mgrs_of(*target) or "")
    assert box.hits[0].kind == "position"
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: geo.geodesic_km(*_centre(qtbot, window), *target) < 1, timeout=5000)


def test_nothing_found_says_so(window, qtbot) -> None:
    box = window.search_box
    box.setFocus()
    QTest.keyClicks(box, "zzqqx")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "Nothing found for “zzqqx”."


def test_add_unit_at_a_typed_dms_position(window, qtbot, monkeypatch) -> None:
    from desktop.ui.addat import AddAtDialog

    def fill(dlg: AddAtDialog) -> int:
        dlg.template.setCurrentIndex(dlg.template.findData("ad.nasams"))
        dlg.position.setText("not a place")
        dlg._add()
        assert dlg.result() == 0 and dlg.forms.text().startswith("Position: ")
        dlg.position.setText("46°58′30″N 31°59′40″E")  # Mykolaiv
        assert "MGRS 36T" in dlg.forms.text()
        dlg._add()
        return dlg.result()

    monkeypatch.setattr(AddAtDialog, "exec", fill)
    before = len(window.doc.plan.units)
    window.add_at_position()
    assert len(window.doc.plan.units) == before + 1
    u = window.doc.plan.units[-1]
    assert u.system == "NASAMS"
    assert geo.geodesic_km(*u.position, 31 + 59 / 60 + 40 / 3600, 46 + 58.5 / 60) < 0.001
    assert window.controller.selection == [u.id]
