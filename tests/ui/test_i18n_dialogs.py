"""The dialogs and docks of the window in Ukrainian: no English left in what a planner reads.

Each dialog is opened over a real window on a real library (the sample plan), in Ukrainian
(``--lang uk``: Qt's translators and the core's catalogue), and every child widget's text,
tooltip, placeholder, combo item and header is read (tests/ui/english.py). What may stay in Latin
letters: codes (GB, SIDC digits, rule ids), the plan's own names (units, plans, systems), file
formats and units (PDF, km), and the drawing engine's APP-6 entity and modifier names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import catalogue, i18n, sidc, symbols
from desktop.model import UNIT_FIELDS, Plan
from desktop.ui.language import apply_language
from tests.ui.conftest import close_window, open_window
from tests.ui.english import english_in

pytestmark = pytest.mark.web


@pytest.fixture
def uk_window(qtbot, ui_library) -> Iterator:  # type: ignore[no-untyped-def]
    apply_language("uk")
    try:
        win = open_window(qtbot, ui_library)
    except BaseException:
        apply_language("en")
        raise
    yield win
    close_window(win)
    apply_language("en")


def plan_words(*plans: Plan) -> set[str]:
    """What may stay as it is: the plans' own names and codes, the catalogue's system names."""
    out: set[str] = set()
    for plan in plans:
        out.add(plan.name)
        for u in plan.units:
            out.update(x for x in (u.name, u.label(), u.id, u.nation, u.system, u.aircraft, u.designation) if x)
        out.update(g.id for g in plan.geometries)
        out.update(c.note for c in plan.contributions if c.note)
    for t in catalogue.all_templates():
        out.update(str(t.defaults[k]) for k in ("system", "aircraft") if t.defaults.get(k))
    out.update(catalogue.kinds())  # kind ids (land.combat) are codes
    out.update(UNIT_FIELDS)  # field names in files stay as they are (issue 17)
    return out


def engine_words(code: str) -> set[str]:
    """The drawing engine's names (APP-6 vocabulary, hundreds of standard terms) for a code's set."""
    names = symbols.engine_names(sidc.symbol_set(code))
    return set(names.modifier1.values()) | set(names.modifier2.values()) | set(names.entities.values())


def no_english(widget, allowed: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = english_in(widget, allowed)
    assert found == [], "English left in Ukrainian:\n" + "\n".join(f"  {w}: {t!r}" for w, t in found[:40])


def test_the_language_is_ukrainian(uk_window) -> None:
    assert i18n.language() == "uk"


@pytest.mark.parametrize("unit_id", ["gb-armd-bde", "gb-hq"])
def test_the_unit_form_in_ukrainian(uk_window, unit_id: str) -> None:
    from desktop.ui.unitform import UnitForm

    plan = uk_window.doc.plan
    unit = plan.unit(unit_id)
    form = UnitForm(unit, uk_window)
    try:
        allowed = plan_words(plan) | engine_words(form.sidc.effective())
        no_english(form, allowed)
    finally:
        form.deleteLater()


def test_the_unit_form_of_every_kind_in_ukrainian(uk_window) -> None:
    """Air defence (system, range), fighters (aircraft, generation, count), ships: their rows too."""
    from desktop.ui.unitform import UnitForm

    plan = uk_window.doc.plan
    seen: set[str] = set()
    for u in plan.units:
        if u.kind in seen:
            continue
        seen.add(u.kind)
        form = UnitForm(u, uk_window)
        try:
            no_english(form, plan_words(plan) | engine_words(form.sidc.effective()))
        finally:
            form.deleteLater()
    assert len(seen) >= 6


def test_the_unit_form_says_its_errors_in_ukrainian(uk_window) -> None:
    from desktop.ui.unitform import FormError, UnitForm

    plan = uk_window.doc.plan
    form = UnitForm(plan.unit("gb-armd-bde"), uk_window)
    try:
        for box in form.phases.values():
            box.setChecked(False)
        with pytest.raises(FormError) as e:
            form.result_unit()
        assert "фаз" in str(e.value)
        no_english(form, plan_words(plan) | engine_words(form.sidc.effective()))
        form.sidc.setText("10031000")  # not 20 digits
        assert "APP-6D" in form.sidc.meaning.text() and "is not" not in form.sidc.meaning.text()
        for typed in ("50.45 N 200 E", "36U ZZ 1 2", "forty north"):
            form.position.setText(typed)
            form._take_position()
            assert form.error.text().startswith("Координати:"), form.error.text()
            no_english(form, plan_words(plan) | engine_words(form.sidc.effective()) | {repr(typed), typed, "forty"})
        form.lat.setText("95")
        assert "Широта" in form.position_forms.text()
    finally:
        form.deleteLater()


@pytest.mark.parametrize("by_nation", [False, True])
def test_the_orbat_dock_in_ukrainian(uk_window, qtbot, by_nation: bool) -> None:
    uk_window.orbat_dock.show()
    uk_window.orbat_dock.raise_()
    dock = uk_window.orbat
    qtbot.waitUntil(lambda: dock.isVisible() and dock.tree.topLevelItemCount() > 0, timeout=5000)
    dock.by_nation.setChecked(by_nation)
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() > 0, timeout=5000)
    assert dock.tree.headerItem().text(0) == "Підрозділ"
    no_english(dock, plan_words(uk_window.doc.plan))


def test_the_english_finder_finds_english(uk_window, tmp_path: Path) -> None:
    """The helper itself: an English label is found, a Ukrainian one with codes is not."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    w = QWidget()
    lay = QVBoxLayout(w)
    lay.addWidget(QLabel("Батарея ППО · GB · 36U UA 23940 91604 · 50 km · SIDC 10031000001211000000", w))
    assert english_in(w) == []
    lay.addWidget(QLabel("Save the plan", w))
    assert [t for _, t in english_in(w)] == ["Save the plan"]
    w.deleteLater()


def test_the_palette_in_ukrainian(uk_window) -> None:
    palette = uk_window.palette
    assert palette.tree.topLevelItem(0).text(0) == "Суходіл"
    no_english(palette, plan_words(uk_window.doc.plan))


def test_the_plan_library_in_ukrainian(uk_window, ui_library) -> None:
    from desktop.ui.dialogs import PlanLibraryDialog

    dialog = PlanLibraryDialog(ui_library, uk_window.doc.plan.id, uk_window)
    try:
        assert dialog.table.horizontalHeaderItem(1).text() == "Назва"
        no_english(dialog, plan_words(uk_window.doc.plan))
    finally:
        dialog.deleteLater()


def test_the_export_dialog_and_what_a_recipient_gets_in_ukrainian(uk_window) -> None:
    from desktop.ui.exporting import ExportDialog

    plan = uk_window.doc.plan
    dialog = ExportDialog(plan, uk_window)
    try:
        allowed = plan_words(plan) | {str(dialog.path.text()), plan.classification or ""}
        no_english(dialog, allowed)
        dialog.recipient.setCurrentIndex(dialog.recipient.findData("PL"))
        dialog.release.setChecked(True)
        assert "буде передано" in dialog.preview.head.text()
        no_english(dialog, allowed)
        dialog.format.setCurrentIndex(dialog.format.findData("png"))
        dialog._accept()  # a released picture is refused, in Ukrainian
        assert dialog.error.text() and not english_in(dialog, allowed | {str(dialog.path.text())})
    finally:
        dialog.deleteLater()


def test_the_package_and_merge_dialogs_in_ukrainian(uk_window, tmp_path: Path) -> None:
    from dataclasses import replace

    from desktop.export import export_plan
    from desktop.packages import make_package, merge_packages
    from desktop.ui.packagesui import MergeDialog, PackageDialog, read_packages

    plan = uk_window.doc.plan
    dialog = PackageDialog(plan, uk_window)
    try:
        no_english(dialog, plan_words(plan) | {dialog.path.text()})
        assert "пакет" in dialog.summary.text().lower()
    finally:
        dialog.deleteLater()
    package = make_package(plan, "PL")
    package = package.with_unit(replace(package.units[0], strength=package.units[0].strength + 100))
    good, bad = tmp_path / "pl.plan.geojson", tmp_path / "bad.plan.geojson"
    export_plan(package, "geojson", good)
    export_plan(package.with_unit(replace(package.units[0], nation="CZ")), "geojson", bad)
    for files in ([str(good)], [str(bad)]):
        packages = read_packages(files)
        result = merge_packages(plan, packages)
        merge = MergeDialog(plan, files, result, uk_window)
        try:
            names = plan_words(plan, result.plan, *(p for _, p in packages))
            names |= set(files) | {Path(f).name for f in files}
            no_english(merge, names)
        finally:
            merge.deleteLater()
    menu = uk_window.menuBar()
    provenance = [a for a in menu.actions() for b in a.menu().actions() if b.menu() and "Походження" in b.text()]
    assert provenance, "View › Provenance in Ukrainian"


def test_the_gis_import_preview_in_ukrainian(uk_window, tmp_path: Path) -> None:
    import json

    from desktop.ui.gisimportui import GisImportDialog

    src = tmp_path / "sketch.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
         "properties": {"name": "Alpha", "kind": "land.combat", "nation": "PL", "strength": 800}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [31.0, 49.9]},
         "properties": {"name": "Bravo", "sidc": "10031000001211000000"}},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[36, 48], [37, 48.5]]},
         "properties": {"name": "front"}},
    ]}), encoding="utf-8")  # fmt: skip
    dialog = GisImportDialog(str(src), uk_window)
    try:
        dialog.nation.setCurrentIndex(dialog.nation.findData("GB"))
        assert dialog.import_button.isEnabled() and dialog.table.rowCount() == 3
        no_english(dialog, {"Alpha", "Bravo", "sketch", src.name, "GeoJSON", "land.combat", "--as", "--nation",
                            "--name", "contact_line", "occupied_area", "nation", "country", "sidc"})  # fmt: skip
    finally:
        dialog.deleteLater()


def test_the_base_map_dialog_in_ukrainian(uk_window) -> None:
    from desktop.ui.basemapui import DEFAULTS, BaseMapDialog

    dialog = BaseMapDialog(dict(DEFAULTS), "", uk_window)
    try:
        no_english(dialog, set())
    finally:
        dialog.deleteLater()


def test_the_compare_picker_and_view_in_ukrainian(uk_window, ui_library, qtbot) -> None:
    from dataclasses import replace

    import shiboken6

    from desktop.model import Geometry
    from desktop.ui.compareview import ComparePicker, CompareWindow

    a = uk_window.doc.plan
    b = replace(a, id=None, name="Option B")
    b = b.with_unit(replace(b.unit("fi-bg"), geometry=Geometry.point(36.4, 49.9)))
    b = b.with_unit(replace(b.unit("gb-armd-bde"), strength=4200))
    ui_library.add_plan(b)
    picker = ComparePicker(ui_library, a.id, uk_window)
    try:
        no_english(picker, plan_words(a, b))
    finally:
        picker.deleteLater()
    view = CompareWindow([a, b])
    try:
        view.resize(1500, 900)
        with qtbot.waitSignal(view.map.bridge.drawn, timeout=30_000):
            view.show()
        rule_rows = [i for i, r in enumerate(view.rows) if r.rule]
        assert rule_rows, "the two plans differ in a rule"
        view._row_clicked(rule_rows[0])
        messages = {f["message"] for c in view.cols for p in c.reports.values() for f in p["findings"]}
        allowed = plan_words(a, b) | {r.rule or "" for r in view.rows} | {"ECFR", "MFU"}
        no_english(view, allowed)
        assert not english_in(view.statusBar(), allowed) and "лише перегляд" in view.statusBar().currentMessage()
        assert all(not english_in_text(m, allowed) for m in messages)
        # the comparison page's own text (pane titles, legend, the rule bar) is the language's too
        with qtbot.waitCallback(timeout=10_000) as cb:
            view.map.page().runJavaScript("document.body.innerText", 0, cb)
        page_lines = [ln for ln in str(cb.args[0]).splitlines() if ln.strip()]
        assert page_lines, "the comparison page shows text"
        left = [ln for ln in page_lines if "©" not in ln and english_in_text(ln, allowed | {"GB", "FI", "DE"})]
        assert left == [], left
    finally:
        errors = view.map.console_errors()
        view.shutdown()
        view.close()
        shiboken6.delete(view)
    assert errors == []


def english_in_text(text: str, allowed: set[str]) -> bool:
    from tests.ui.english import is_english

    return is_english(text, allowed)


@pytest.fixture
def uk_window_of(qtbot, ui_library) -> Iterator:  # type: ignore[no-untyped-def]
    """A Ukrainian window on a plan of the test's own (call it with the plan)."""
    opened = []

    def open_on(plan: Plan):  # type: ignore[no-untyped-def]
        apply_language("uk")
        pid = ui_library.add_plan(plan)
        opened.append(open_window(qtbot, ui_library, ui_library.load_plan(pid)))
        return opened[-1]

    yield open_on
    for win in opened:
        close_window(win)
    apply_language("en")


def test_the_fixes_dialogs_in_ukrainian(uk_window_of) -> None:
    from dataclasses import replace

    from desktop.model import Geometry
    from desktop.sample import sample_plan

    plan = replace(sample_plan(), name="Fix me", profile="mfu")
    plan = plan.with_unit(replace(plan.unit("fr-bde"), geometry=Geometry.point(24.1, 49.85)))
    for uid, lon, lat in (("it-sampt-odesa", 29.0, 50.9), ("gb-camm-odesa", 28.0, 49.0)):
        plan = plan.with_unit(replace(plan.unit(uid), geometry=Geometry.point(lon, lat)))
    win = uk_window_of(plan)
    allowed = plan_words(win.doc.plan)
    fixes = win.open_fixes("fixes")
    try:
        assert fixes.proposals
        no_english(fixes, allowed | {f.rule for p in fixes.proposals for f in (p.finding,)} | {
            c for p in fixes.proposals for c in p.clears})  # fmt: skip
    finally:
        fixes.close()
    air = win.open_fixes("air_defence")
    try:
        assert air.placement.moves
        no_english(air, allowed | set(air.placement.sites) | set(air.placement.uncoverable))
    finally:
        air.close()


def test_the_ukrainian_fits_the_unit_form_and_the_export_dialog(uk_window, qtbot) -> None:
    """At the size they open with on a desktop screen (their size hint), no label, check box or
    button of the unit form, the export dialog or the base map dialog is cut."""
    from desktop.ui.basemapui import DEFAULTS, BaseMapDialog
    from desktop.ui.exporting import ExportDialog
    from desktop.ui.unitform import UnitForm
    from tests.ui.english import clipped

    plan = uk_window.doc.plan
    for make in (
        lambda: UnitForm(plan.unit("it-sampt-odesa"), uk_window),
        lambda: UnitForm(plan.unit("gb-armd-bde"), uk_window),
        lambda: ExportDialog(plan, uk_window),
        lambda: BaseMapDialog(dict(DEFAULTS), "", uk_window),
    ):
        dialog = make()
        try:
            dialog.show()
            dialog.resize(dialog.sizeHint())
            qtbot.wait(50)
            assert clipped(dialog) == [], f"{dialog.windowTitle()}: {clipped(dialog)}"
            assert dialog.width() <= 900, "fits a laptop screen"
        finally:
            dialog.close()
            dialog.deleteLater()
