"""Readable where forces mass: the real map page at Kyiv, Odesa and Lviv.

Units that would overlap at a zoom are one stack (count and nations) that opens into a fan with
leader lines; no shown label covers a symbol or another label; the capital, the regional capitals
and the priority sites keep their names at every zoom; a unit arriving in a later phase is drawn
with the planned status (dashed frame).
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import js

pytestmark = pytest.mark.web

VIEWS = {"Kyiv": (50.45, 30.6), "Odesa": (46.5, 30.8), "Lviv": (49.85, 24.0)}


STACKS_SHOWN = (
    "[...document.querySelectorAll('.stack')]"
    ".map((e) => [e.querySelector('.count').textContent, e.querySelector('.nations').textContent])"
)
SVG_OF_YAVORIV = (
    "(function(){ for (const el of document.querySelectorAll('.leaflet-marker-icon.unit-icon')) {"
    " if (el.textContent.includes('Yavoriv')) return el.innerHTML; } return ''; })()"
)


def _set_view(qtbot, win, lat: float, lng: float, zoom: float) -> None:  # type: ignore[no-untyped-def]
    js(qtbot, win, f"(app.map.setView([{lat}, {lng}], {zoom}, {{animate: false}}), 1)")
    qtbot.wait(400)  # the stacks and labels are placed in the next frames


def _overlap(a: list[float], b: list[float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0.5 and h > 0.5 else 0.0


@pytest.mark.parametrize("zoom", [5.5, 7, 8, 9.5])
def test_no_label_covers_a_symbol_or_another_label_and_cities_keep_their_names(window, qtbot, zoom: float) -> None:  # type: ignore[no-untyped-def]
    for city, (lat, lng) in VIEWS.items():
        _set_view(qtbot, window, lat, lng, zoom)
        boxes = js(qtbot, window, "app._boxes()")
        assert js(qtbot, window, f"app._placeShown({city!r})"), f"{city} lost its name at zoom {zoom}"
        labels = boxes["labels"]
        for lab in labels:
            for sym in boxes["symbols"]:
                assert _overlap(lab, sym) == 0, f"label {lab[4]!r} covers a symbol at {city}, zoom {zoom}"
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                assert _overlap(a, b) < 4, f"{a[4]!r} and {b[4]!r} overlap at {city}, zoom {zoom}"
        visible_symbols = boxes["symbols"]
        for i, a in enumerate(visible_symbols):
            for b in visible_symbols[i + 1 :]:
                assert _overlap(a, b) < 16, f"two symbols overlap at {city}, zoom {zoom}"


def test_units_standing_together_are_a_stack_that_opens_into_a_fan(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _set_view(qtbot, window, *VIEWS["Kyiv"], 8)
    stacks = js(qtbot, window, "app._stacks()")
    kyiv = next(s for s in stacks if "gb-hq" in s["ids"])
    assert {"gb-hq", "nl-patriot-kyiv"} <= set(kyiv["ids"]) and {"GB", "NL"} <= set(kyiv["nations"])
    # the stack shows its count and nations
    shown = js(qtbot, window, STACKS_SHOWN)
    assert [str(len(kyiv["ids"])), " · ".join(kyiv["nations"])] in shown
    spots = js(qtbot, window, "app._fan('gb-hq')")
    assert sorted(s[0] for s in spots) == sorted(kyiv["ids"])
    qtbot.wait(200)
    # every member now shows at its own spot, with a leader line to where it stands
    boxes = js(qtbot, window, "app._boxes()")
    assert len(boxes["symbols"]) >= len(kyiv["ids"])
    leaders = js(qtbot, window, "document.querySelectorAll('.leaflet-routes-pane path').length")
    assert leaders >= len(kyiv["ids"])
    for i, a in enumerate(spots):
        for b in spots[i + 1 :]:
            assert abs(a[1] - b[1]) > 20 or abs(a[2] - b[2]) > 20  # apart
    # zooming in far enough separates them: no stack holds the HQ any more
    _set_view(qtbot, window, 50.45, 30.55, 11)
    assert not any("gb-hq" in s["ids"] for s in js(qtbot, window, "app._stacks()"))


def test_a_unit_arriving_in_a_later_phase_is_drawn_planned(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop.ui import commands

    u = window.doc.plan.unit("ca-trg")
    window.doc.push(commands.EditUnit(window.doc, replace(u, phases=("settlement", "long_term"))))
    qtbot.wait(300)
    svg = js(qtbot, window, SVG_OF_YAVORIV)
    assert "stroke-dasharray" in svg


def test_a_code_the_engine_cannot_draw_is_kept_drawn_as_its_parent_and_named_in_the_panel(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop.ui import commands

    code = "10031000181299990000"  # valid structure, no such land entity icon
    u = window.doc.plan.unit("fr-bde")
    window.doc.push(commands.EditUnit(window.doc, replace(u, sidc=code)))
    qtbot.waitUntil(lambda: window.side.symbol_note.isVisible(), timeout=5000)
    note = window.side.symbol_note.text()
    assert u.name in note and code in note and "10031000181200000000" in note
    assert window.doc.plan.unit("fr-bde").sidc == code  # never rewritten
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.side.symbol_note.isVisible(), timeout=5000)
