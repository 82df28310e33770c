"""Readable on paper: the real print page, laid out by the same declutter module as the map.

On the A3 and A4 sheets of the sample (and of its release version, where the sea units share one
spot): no unit name or place name over a symbol or another name, symbols that stand together are
spread with leader lines to where they stand, the capital and the regional capitals keep their
names, and the MGRS grid labels never overprint (the 35U/36U zone edge runs through Kyiv oblast).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desktop.sample import sample_plan
from desktop.ui.printing import PrintOptions, SheetRenderer, build_sheet

pytestmark = pytest.mark.web

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

PROBE = """JSON.stringify((function () {
  const rect = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const shown = (e) => getComputedStyle(e).display !== 'none' && e.style.visibility !== 'hidden'
    && !(e.closest('.minz-7,.minz-8') && getComputedStyle(e.closest('.minz-7,.minz-8')).display === 'none');
  return {
    symbols: [...document.querySelectorAll('.punit')].map(rect),
    names: [...document.querySelectorAll('.plabel')].map((e) => rect(e).concat([e.textContent])),
    places: [...document.querySelectorAll('.lbl-place')].filter(shown).map((e) => rect(e).concat([e.textContent])),
    grid: [...document.querySelectorAll('.gridlabel')].map((e) => rect(e).concat([e.textContent])),
    leaders: document.querySelectorAll('svg.leaders line').length,
  };
})())"""


def _overlap(a: list[float], b: list[float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0.5 and h > 0.5 else 0.0


def _laid_out(qtbot, options: PrintOptions, plan=None) -> dict:  # type: ignore[no-untyped-def, type-arg]
    renderer = SheetRenderer()
    try:
        renderer.render_pdf(build_sheet(plan or sample_plan(), options))
        with qtbot.waitCallback(timeout=10_000) as cb:
            renderer.page.runJavaScript(PROBE, 0, cb)
        assert renderer.console_errors() == []
        return json.loads(cb.args[0])  # type: ignore[no-any-return]
    finally:
        renderer.close()


@pytest.mark.parametrize(("paper", "release"), [("A3", False), ("A4", False), ("A3", True)])
def test_no_name_over_a_symbol_and_stacked_units_are_spread(qtbot, paper: str, release: bool) -> None:  # type: ignore[no-untyped-def]
    got = _laid_out(qtbot, PrintOptions(paper, "landscape", release=release, now=NOW))
    symbols = got["symbols"]
    assert symbols, "no symbol drawn"
    for i, a in enumerate(symbols):
        for b in symbols[i + 1 :]:
            assert _overlap(a, b) < 9, f"two symbols overlap on the {paper} sheet"
    texts = got["names"] + got["places"]
    for t in texts:
        for s in symbols:
            assert _overlap(t, s) == 0, f"{t[4]!r} is printed over a symbol ({paper}, release={release})"
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            assert _overlap(a, b) < 4, f"{a[4]!r} and {b[4]!r} overprint ({paper})"
    places = {t[4] for t in got["places"]}
    assert {"Kyiv", "Odesa", "Lviv"} <= places
    assert got["leaders"] >= 2  # Kyiv's and Odesa's units spread with leader lines


def test_mgrs_grid_labels_never_overprint(qtbot) -> None:  # type: ignore[no-untyped-def]
    # around Kyiv: the 35U/36U zone edge (30° E) runs through the extent
    got = _laid_out(qtbot, PrintOptions("A3", "landscape", grid=True, extent=(49.6, 28.8, 51.2, 32.2), now=NOW))
    grid = got["grid"]
    assert len(grid) > 10
    for i, a in enumerate(grid):
        for b in grid[i + 1 :]:
            assert _overlap(a, b) == 0, f"grid labels {a[4]!r} and {b[4]!r} overprint"
