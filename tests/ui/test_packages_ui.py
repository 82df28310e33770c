"""Coalition packages in the window: File › Merge packages… as one undo step with the findings
before and after; a conflicting package changes nothing; View › Provenance colours and filters
units on the real page; File › Export › National package… writes a package."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.model import Geometry, Unit
from desktop.packages import make_package, package_info, provenance_of
from desktop.planfile import read_plan_file, write_plan_file
from desktop.ui import packagesui
from desktop.ui.packagesui import MergeDialog, PackageDialog, export_package_dialog, merge_packages_dialog
from tests.ui.conftest import js

pytestmark = pytest.mark.web


def _pl_package(window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    package = make_package(window.doc.plan, "PL")
    # A combat battlegroup in Lviv: a GEO-WEST-ENTRY finding the plan did not have.
    new = Unit("pl-new-bg", "land.combat", "PL", Geometry.point(24.03, 49.84), "PL battlegroup", 1100)
    moved = replace(package.units[0], strength=package.units[0].strength + 50)
    path = tmp_path / "pl.plan.geojson"
    write_plan_file(replace(package, units=(moved, *package.units[1:], new)), path)
    return path


def test_merge_is_one_undo_step_with_findings_before_and_after(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    path = _pl_package(window, tmp_path)
    before = window.doc.plan
    steps = window.doc.undo_stack.count()
    seen: dict[str, object] = {}

    def accept(dlg: MergeDialog) -> int:
        seen["before"] = [dlg.before.item(i).text() for i in range(dlg.before.count())]
        seen["after"] = [dlg.after.item(i).text() for i in range(dlg.after.count())]
        seen["enabled"] = dlg.merge_button.isEnabled()
        return 1

    monkeypatch.setattr(MergeDialog, "exec", accept)
    assert merge_packages_dialog(window, [str(path)])
    assert seen["enabled"] is True
    assert not any("GEO-WEST-ENTRY" in t for t in seen["before"])  # type: ignore[attr-defined]
    assert any(t.startswith("NEW · WARNING · GEO-WEST-ENTRY") for t in seen["after"])  # type: ignore[attr-defined]
    plan = window.doc.plan
    assert window.doc.undo_stack.count() == steps + 1
    assert plan.has_unit("pl-new-bg") and provenance_of(plan.unit("pl-new-bg")) is not None
    assert window.library.load_plan(plan.id) == plan  # committed at once
    assert not merge_packages_dialog(window, [str(path)])  # the second merge: nothing to merge
    assert window.doc.undo_stack.count() == steps + 1
    window.doc.undo_stack.undo()
    assert window.doc.plan.units == before.units and window.library.load_plan(plan.id).units == before.units


def test_a_conflicting_package_shows_its_conflicts_and_changes_nothing(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    package = make_package(window.doc.plan, "FR")
    gb = next(u for u in window.doc.plan.units if u.nation == "GB")
    path = tmp_path / "fr.plan.geojson"
    write_plan_file(replace(package, units=(*package.units, replace(gb, nation="FR", strength=1))), path)
    before, steps = window.doc.plan, window.doc.undo_stack.count()
    seen: dict[str, object] = {}

    def look(dlg: MergeDialog) -> int:
        seen["conflicts"] = [dlg.conflicts.item(i).text() for i in range(dlg.conflicts.count())]
        seen["enabled"] = dlg.merge_button.isEnabled()
        return 1  # even "accepted", nothing is merged

    monkeypatch.setattr(MergeDialog, "exec", look)
    assert not merge_packages_dialog(window, [str(path)])
    assert seen["enabled"] is False and any(gb.id in c for c in seen["conflicts"])  # type: ignore[union-attr]
    assert window.doc.plan == before and window.doc.undo_stack.count() == steps


def test_a_file_that_is_not_a_plan_is_one_dialog(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "bad.plan.geojson"
    bad.write_text("{not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(packagesui, "show_error", lambda _w, _t, text: shown.append(text))
    before = window.doc.plan
    assert not merge_packages_dialog(window, [str(bad)])
    assert len(shown) == 1 and "bad.plan.geojson" in shown[0] and window.doc.plan == before


def test_units_are_coloured_and_filtered_by_provenance_on_the_page(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(MergeDialog, "exec", lambda dlg: 1)
    assert merge_packages_dialog(window, [str(_pl_package(window, tmp_path))])
    window.provenance.set(colour=True)
    qtbot.waitUntil(
        lambda: (js(qtbot, window, "app._unitLook('pl-new-bg')") or {}).get("tint") is not None, timeout=5000
    )
    look = js(qtbot, window, "app._unitLook('pl-new-bg')")
    assert look["tint"] == "#e69f00" and "solid" in (look["outline"] or "")
    assert js(qtbot, window, "app._unitLook('gb-hq')")["tint"] is None
    window.provenance.set(only="PL")
    qtbot.waitUntil(lambda: js(qtbot, window, "app._unitLook('gb-hq')")["dim"] is True, timeout=5000)
    assert js(qtbot, window, "app._unitLook('pl-new-bg')")["dim"] is False
    window.provenance.set(colour=False, only=None)
    qtbot.waitUntil(lambda: js(qtbot, window, "app._unitLook('gb-hq')")["dim"] is False, timeout=5000)
    assert js(qtbot, window, "app._unitLook('pl-new-bg')")["tint"] is None


def test_export_national_package_from_the_window(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "fr.plan.geojson"

    def choose(dlg: PackageDialog) -> int:
        dlg.nation.setCurrentIndex(dlg.nation.findData("FR"))
        dlg.path.setText(str(out))
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(PackageDialog, "exec", choose)
    assert export_package_dialog(window)
    package = read_plan_file(out)
    info = package_info(package)
    assert info is not None and info.nation == "FR" and {u.nation for u in package.units} == {"FR"}
