"""The units' tooltips on the real map page: the plan is drawn first and its tooltips follow
(``setTips``, not built for 10,000 units before the first frame); once they are there every unit's
tooltip is the one desktop/pagedata.py writes, in the planner's language, and a typed name stays text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.pagedata import tooltip
from tests.ui.conftest import close_window, js, open_window

pytestmark = pytest.mark.web


def _page_tips(qtbot, win) -> dict[str, str]:  # type: ignore[no-untyped-def]
    units = js(qtbot, win, "app._unitsAt(0, 0, 1e9)")
    return {u["id"]: u["tip"] for u in units}


def test_every_unit_gets_its_tooltip_after_the_plan_is_drawn(qtbot, ui_library) -> None:  # type: ignore[no-untyped-def]
    from desktop.sample import sample_plan

    plan = sample_plan()
    first = plan.units[0]
    typed = replace(first, name='<img src=x onerror="alert(1)"> 1st Bde')
    plan = replace(plan, units=(typed, *plan.units[1:]))
    win = open_window(qtbot, ui_library, ui_library.load_plan(ui_library.add_plan(plan)))
    try:
        assert win.controller._tips_owed is False  # sent once the plan was drawn
        want = {u.id: tooltip(u) for u in win.doc.plan.units}
        qtbot.waitUntil(lambda: _page_tips(qtbot, win) == want, timeout=10_000)
        # the name is text in the title attribute, not markup anywhere on the page
        assert js(qtbot, win, "document.querySelectorAll('img[src=\"x\"]').length") == 0
    finally:
        close_window(win)
