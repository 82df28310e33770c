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
from desktop.model import Plan
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
