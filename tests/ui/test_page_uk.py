"""The map page in Ukrainian: the real window's QWebEngineView page started in Ukrainian gets its
strings from Python (``app://posture/strings.js``, desktop/pagetext.py) and writes no English of
its own: the stack tooltip, the unit tooltips, the base map's place names, the zoom buttons, the
scale, the attribution and the measuring panel."""

from __future__ import annotations

import pytest

from tests.ui.conftest import close_window, js, open_window
from tests.ui.test_i18n_window import KEPT, english_words, plan_words, settings_in  # noqa: F401 (a fixture)

pytestmark = pytest.mark.web

KYIV = (50.45, 30.6)


@pytest.fixture
def uk_page(qtbot, ui_library, settings_in):  # type: ignore[no-untyped-def]  # noqa: F811
    from desktop.ui.language import apply_language

    apply_language("uk")
    win = None
    try:
        win = open_window(qtbot, ui_library)
        js(qtbot, win, f"(app.map.setView([{KYIV[0]}, {KYIV[1]}], 8, {{animate: false}}), 1)")
        qtbot.wait(400)  # the stacks and labels are placed in the next frames
        yield win
    finally:
        if win is not None:
            close_window(win)
        apply_language("en")


def test_the_stack_tooltip_is_ukrainian(qtbot, uk_page) -> None:  # type: ignore[no-untyped-def]
    titles = js(qtbot, uk_page, "[...document.querySelectorAll('.stack')].map((e) => e.title)")
    assert titles, "no stack at Kyiv, zoom 8"
    for title in titles:
        head, _, tail = title.partition("\n")
        assert head.startswith("Тут ") and "підрозділ" in head, title
        assert tail == "Клацніть, щоб відкрити", title


def test_the_map_page_writes_no_english_of_its_own(qtbot, uk_page) -> None:  # type: ignore[no-untyped-def]
    win = uk_page
    typed = " ".join(f"{u.system or ''} {u.aircraft or ''}" for u in win.doc.plan.units)  # equipment: as typed
    kept = KEPT | plan_words(win) | set(typed.split()) | {"Runfola", "et", "al"}
    page = js(
        qtbot,
        win,
        "JSON.stringify({text: document.body.innerText,"
        " titles: [...document.querySelectorAll('[title]')].map((e) => e.title),"
        " lang: document.documentElement.lang})",
    )
    import json

    shown = json.loads(page)
    assert shown["lang"] == "uk"
    assert "Київ" in shown["text"]  # the base map's names (name_uk)
    assert "Збільшити" in shown["titles"] and "Зменшити" in shown["titles"]
    assert any("осіб" in t or "особ" in t for t in shown["titles"])  # a unit's tooltip (pagedata.tooltip)
    bad = [t for t in [shown["text"], *shown["titles"]] if english_words(t.replace("\n", " "), kept)]
    assert bad == [], f"English on the Ukrainian map page: {[english_words(t, kept) for t in bad][:10]}"


def test_the_measuring_panel_is_ukrainian(qtbot, uk_page) -> None:  # type: ignore[no-untyped-def]
    win = uk_page
    js(qtbot, win, "(app.startMeasure(), 1)")
    qtbot.wait(50)
    text = js(qtbot, win, "document.querySelector('.leaflet-container').innerText")
    assert "Вимірювання" in text and "Клацайте точки на карті" in text
    js(qtbot, win, "(app.stopMeasure(), 1)")
