"""The compare view (File › Compare…) on a real page: maps side by side in step, one map with the
differences drawn, the matrix with the best values and clickable rule rows, the differences list;
the library unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from db import Library
from desktop.compare import compare_plans, matrix_rows
from desktop.model import Geometry, Unit
from desktop.planfile import write_plan_file
from desktop.sample import sample_plan
from desktop.ui.compareview import ComparePicker, CompareWindow
from tests.ui.conftest import close_window, open_window

pytestmark = pytest.mark.web
FileState = Callable[[Path], dict[str, str]]


def three_changes() -> tuple[Any, Any]:
    a = sample_plan()
    b = replace(a, name="Option B (three changes)")
    b = b.with_unit(replace(b.unit("fi-bg"), geometry=Geometry.point(36.4, 49.9)))  # moved into the east
    b = b.with_unit(replace(b.unit("gb-armd-bde"), strength=4200))
    dk = Unit("dk-bg", "land.combat", "DK", Geometry.point(33.4, 49.1), name="Danish battlegroup", strength=900)
    return a, b.with_unit(dk)


def state(qtbot: Any, w: CompareWindow) -> dict[str, Any]:
    with qtbot.waitCallback(timeout=10_000) as cb:
        w.map.page().runJavaScript("window.__compareState()", 0, cb)
    return json.loads(cb.args[0])


def call(qtbot: Any, w: CompareWindow, body: str) -> Any:
    with qtbot.waitCallback(timeout=10_000) as cb:
        w.map.page().runJavaScript(f"JSON.stringify((function(){{ {body} }})())", 0, cb)
    return None if cb.args[0] in (None, "") else json.loads(cb.args[0])


@pytest.fixture
def view(qtbot: Any) -> Iterator[CompareWindow]:
    a, b = three_changes()
    w = CompareWindow([a, b])
    w.resize(1500, 900)
    with qtbot.waitSignal(w.map.bridge.drawn, timeout=30_000):
        w.show()
    yield w
    errors = w.map.console_errors()
    w.shutdown()
    w.close()
    shiboken6.delete(w)
    assert errors == [], errors


def test_side_by_side_in_step(qtbot: Any, view: CompareWindow) -> None:
    s = state(qtbot, view)
    assert s["mode"] == "side" and [m["name"] for m in s["maps"]] == [p.name for p in view.plans]
    # every unit of each plan in the phase; the maps in step (to half a pixel: Leaflet rounds
    # the pixel origin of maps of different widths)
    in_phase = [len(p.units_in_phase("ceasefire")) for p in view.plans]
    assert [m["units"] for m in s["maps"]] == in_phase and in_phase[1] == in_phase[0] + 1
    assert (
        s["maps"][0]["center"] == pytest.approx(s["maps"][1]["center"], abs=0.04)
        and s["maps"][0]["zoom"] == s["maps"][1]["zoom"]
    )
    # pan and zoom the second map: the first follows
    moved = call(qtbot, view, "return JSON.parse(window.__compareSetView(1, 47.5, 31.0, 8));")
    assert moved["maps"][1]["center"] == pytest.approx([47.5, 31.0], abs=0.01) and moved["maps"][1]["zoom"] == 8
    assert moved["maps"][0]["center"] == pytest.approx([47.5, 31.0], abs=0.01) and moved["maps"][0]["zoom"] == 8


def test_differences_on_one_map_and_rule_rows(qtbot: Any, view: CompareWindow) -> None:
    with qtbot.waitSignal(view.map.bridge.drawn, timeout=30_000) as sig:
        view.set_mode("diff", 1)
    assert sig.args[0]["mode"] == "diff" and sig.args[0]["maps"] == 1
    s = state(qtbot, view)
    assert s["maps"][0]["marks"] == {"added": 1, "changed": 1, "moved": 1, "removed": 0}
    assert s["maps"][0]["units"] == len(view.plans[1].units_in_phase("ceasefire"))
    # the matrix: best value of each row marked, as matrix_rows says
    rows = matrix_rows(view.result)
    for i, r in enumerate(rows):
        starred = [j for j in range(len(view.plans)) if view.matrix.item(i, j).text().startswith("★ ")]
        assert starred == r.best(), r.key
    # GEO-EAST fires under mfu in option B only (the Finnish battlegroup moved into Kharkiv oblast)
    view.show_rule("GEO-EAST", "mfu")
    qtbot.waitUntil(lambda: state(qtbot, view)["maps"][0]["highlighted"] == ["fi-bg"], timeout=5000)
    assert "Finnish battlegroup" in view.why.text() and "passes" in view.why.text()
    with qtbot.waitSignal(view.map.bridge.drawn, timeout=30_000):
        view.set_mode("side")
    s = state(qtbot, view)  # the rule stays shown when the maps change
    assert [m["highlighted"] for m in s["maps"]] == [[], ["fi-bg"]]


def test_differences_list_matches_compare(view: CompareWindow) -> None:
    top = view.diffs.topLevelItem(0)
    lines = [top.child(i).text(0) for i in range(top.childCount())]
    km = view.result["differences"][0]["moved"][0]["km"]
    assert lines == [
        "+ added    dk-bg (Danish battlegroup)",
        f"> moved    fi-bg (Finnish battlegroup (Poltava, Kharkiv axis)) by {km:,.1f} km",
        "~ changed  gb-armd-bde (UK armoured brigade (Belarus direction)): strength",
    ]
    assert [top.child(i).data(0, 0x0100) for i in range(3)] == ["dk-bg", "fi-bg", "gb-armd-bde"]
    assert view.result == compare_plans(view.plans)


def test_picker_and_menu_leave_the_library_unchanged(
    qtbot: Any,
    ui_library: Library,
    db_file: Path,
    tmp_path: Path,
    file_state: FileState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = three_changes()
    first, second = ui_library.add_plan(a), ui_library.add_plan(b)
    win = open_window(qtbot, ui_library, ui_library.load_plan(first))
    try:
        assert win.act_compare.text() == "Comp&are…"
        path = tmp_path / "option-c.plan.geojson"
        write_plan_file(replace(a.without_unit("se-globaleye"), name="Option C (file)"), path)
        bad = tmp_path / "bad.plan.geojson"
        bad.write_text('{"type": "FeatureCollection", "posture": {"format": 2}, "features": []}', encoding="utf-8")
        before = file_state(db_file)
        picker = ComparePicker(ui_library, win.doc.plan.id, win)
        assert len(picker.ticked()) == 1 and not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()
        picker.list.item(1).setCheckState(Qt.CheckState.Checked)
        shown: list[str] = []
        monkeypatch.setattr("desktop.ui.compareview.show_error", lambda parent, title, text: shown.append(text))
        assert not picker.add_plan_file(str(bad))
        assert len(shown) == 1 and "bad.plan.geojson" in shown[0] and picker.list.count() == 2
        assert picker.add_plan_file(str(path))
        assert [p.name for p in picker.chosen()] == [win.doc.plan.name, "Option B (three changes)", "Option C (file)"]
        monkeypatch.setattr(ComparePicker, "exec", lambda self: 1)
        monkeypatch.setattr(ComparePicker, "chosen", lambda self: [win.doc.plan, ui_library.load_plan(second)])
        win.compare_plans()
        view = win._compare_windows[-1]
        qtbot.waitUntil(lambda: view.map.bridge.last_drawn is not None, timeout=30_000)
        assert view.map.console_errors() == []
        view.close()
        # comparing read the library and wrote nothing: the database and its WAL are byte for
        # byte the same (-shm is SQLite's shared read index, which every reader updates)
        after = file_state(db_file)
        assert set(after) == set(before)
        assert {k: v for k, v in after.items() if not k.endswith("-shm")} == {
            k: v for k, v in before.items() if not k.endswith("-shm")
        }
    finally:
        close_window(win)


def test_phase_and_profile_change_the_matrix_and_the_pdf_honours_release(
    qtbot: Any, view: CompareWindow, tmp_path: Path
) -> None:
    import subprocess

    from desktop.doctrine import check_report

    with qtbot.waitSignal(view.map.bridge.drawn, timeout=30_000):
        view.set_phase("settlement", "mfu")
    assert view.result["phase"] == "settlement" and view.result["profile"] == "mfu"
    troops = next(i for i, r in enumerate(view.rows) if r.key == "troops")
    for j, plan in enumerate(view.plans):
        want = check_report(plan, profile="mfu", phase="settlement")["metrics"]["troops"]
        assert view.matrix.item(troops, j).text().removeprefix("★ ") == f"{want:,}"
    assert "settlement phase · MFU" in view.statusBar().currentMessage()
    view.act_release.setChecked(True)
    out = tmp_path / "released.pdf"
    assert view.save_pdf(str(out))
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "RELEASE VERSION" in text and "Danish battlegroup" not in text and "1 unit added" in text
