"""Release and releasability in the window's Export dialog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.ui.exporting import ExportDialog, export_dialog

pytestmark = pytest.mark.web


def test_a_png_with_release_ticked_is_refused_and_nothing_written(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "view.png"
    seen: dict[str, object] = {}

    def png_released(dlg: ExportDialog) -> int:
        dlg.format.setCurrentIndex(dlg.format.findData("png"))
        dlg.release.setChecked(True)
        dlg.path.setText(str(out))
        dlg._accept()
        seen["enabled"], seen["error"] = dlg.release.isEnabled(), dlg.error.text()
        return dlg.result()

    monkeypatch.setattr(ExportDialog, "exec", png_released)
    export_dialog(window)
    assert not out.exists()
    assert seen["enabled"] is True and "cannot be released" in str(seen["error"])


def test_the_export_dialog_previews_what_a_recipient_receives_and_writes_only_that(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from desktop.planfile import read_plan_file
    from desktop.release import is_releasable

    plan = window.doc.plan
    expected = {u.id for u in plan.units if is_releasable(u, plan, "PL")}
    assert 0 < len(expected) < len(plan.units)  # the sample: PL's own units only
    out = tmp_path / "pl.plan.geojson"
    seen: dict[str, object] = {}

    def to_pl(dlg: ExportDialog) -> int:
        dlg.format.setCurrentIndex(dlg.format.findData("geojson"))
        dlg.recipient.setCurrentIndex(dlg.recipient.findData("PL"))
        seen["head"] = dlg.preview.head.text()
        seen["items"] = [dlg.preview.items.item(i).text() for i in range(dlg.preview.items.count())]
        dlg.path.setText(str(out))
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(ExportDialog, "exec", to_pl)
    export_dialog(window)
    head = str(seen["head"])
    assert f"receive {len(expected)} of {len(plan.units)} units" in head and "REL TO PL" in head
    names = {plan.unit(i).label() for i in expected}
    assert {t.split(" · ")[1] for t in seen["items"] if " personnel" in t} == names  # type: ignore[union-attr]
    back = read_plan_file(out)
    assert {u.id for u in back.units} == expected and back.classification.endswith("REL TO PL")


def test_the_print_dialog_prints_only_what_is_releasable(qtbot, window) -> None:
    from desktop.ui.printing import PrintDialog, build_sheet

    dlg = PrintDialog(window)
    try:
        dlg.recipient.setCurrentIndex(dlg.recipient.findData("PL"))
        options = dlg.options()
        assert options.release_to == ("PL",)
        sheet = build_sheet(window.doc.plan, options)
        assert {u["nation"] for u in sheet["units"]} == {"PL"}
        assert "REL TO PL" in str(sheet["marking"])
    finally:
        dlg.close()


def test_plan_settings_set_the_plans_default_releasability(qtbot, window) -> None:
    from desktop.release import is_releasable, plan_releasable_to

    window.ensure_analysis()
    view = window.side.settings
    steps = window.doc.undo_stack.count()
    view.releasable.setText("pl, fr")
    view.releasable.editingFinished.emit()
    plan = window.doc.plan
    assert plan_releasable_to(plan) == ("PL", "FR") and window.doc.undo_stack.count() == steps + 1
    assert plan_releasable_to(window.library.load_plan(plan.id)) == ("PL", "FR")  # committed at once
    gb = next(u for u in plan.units if u.nation == "GB")
    assert is_releasable(gb, plan, "PL") and not is_releasable(gb, plan, "DE")
    view.releasable.setText("PL, XX")
    view.releasable.editingFinished.emit()
    assert view.releasable_error.isVisibleTo(view) and "'XX'" in view.releasable_error.text()
    assert plan_releasable_to(window.doc.plan) == ("PL", "FR") and window.doc.undo_stack.count() == steps + 1
    window.doc.undo_stack.undo()
    assert plan_releasable_to(window.doc.plan) is None and view.releasable.text() == ""


def test_the_unit_form_edits_releasability_and_keeps_provenance(qtbot, window) -> None:
    from desktop.ui.unitform import FormError, UnitForm

    unit = replace(window.doc.plan.units[0], package={"nation": "GB", "made": "2026-12-01T10:00:00Z"})
    form = UnitForm(unit, window)
    try:
        line = form.inputs["releasable_to"].line
        assert line is not None and line.text() == "" and form.inputs["package"].widget is None
        line.setText("PL, FR, PL")
        edited = form.result_unit()
        assert edited.releasable_to == ("PL", "FR") and edited.package == unit.package
        line.setText("ALL")
        assert form.result_unit().releasable_to == ("ALL",)
        line.setText("PL, XX")
        with pytest.raises(FormError, match="Releasable to: 'XX'"):
            form.result_unit()
        line.setText("")
        assert form.result_unit().releasable_to is None  # the plan's default again
    finally:
        form.close()


def test_contributions_carry_their_own_releasability(qtbot, window) -> None:
    from desktop.model import Contribution
    from desktop.release import is_releasable, releasable_to_of
    from desktop.ui.panel import ContributionsDialog

    pledges = (Contribution("DE", "funding", 1e9, "x", {"other": 1}), Contribution("NO", "isr"))
    dlg = ContributionsDialog(pledges, window)
    try:
        assert dlg.table.item(0, 4).text() == ""
        dlg.table.item(0, 4).setText("pl, ALL")
        dlg.table.item(1, 4).setText("SE")
        dlg._save()
        de, no = dlg.result_contributions
        assert releasable_to_of(de) == ("ALL",) and de.extra["other"] == 1 and releasable_to_of(no) == ("SE",)
        assert is_releasable(no, window.doc.plan, "SE") and not is_releasable(no, window.doc.plan, "PL")
        dlg.table.item(1, 4).setText("QQ")
        dlg._save()
        assert "Row 2" in dlg.error.text() and "'QQ'" in dlg.error.text()
    finally:
        dlg.close()
