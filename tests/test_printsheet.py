"""The print sheet's content, built without Qt (desktop/printsheet.py): banner, date-time group,
title block, legend entries, tables and the MGRS grid lines, from the sample plan."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime

from desktop import symbols
from desktop.printsheet import PrintOptions, build_sheet, date_time_group, marking_style, mgrs_grid
from desktop.sample import sample_plan

NOW = datetime(2026, 3, 14, 15, 30, tzinfo=UTC)


def test_the_sheet_is_built_without_qt() -> None:
    code = (
        "import sys; from desktop.printsheet import PrintOptions, build_sheet; from desktop.sample import sample_plan;"
        "s = build_sheet(sample_plan(), PrintOptions()); assert s['units'];"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop.ui'))], 'Qt imported'"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]


def test_banner_date_time_group_and_title_block() -> None:
    plan = replace(sample_plan(), classification="SECRET // REL TO NATO")
    sheet = build_sheet(plan, PrintOptions(paper="A3", author="Maj  A. Planner", now=NOW))
    assert sheet["marking"] == marking_style("SECRET // REL TO NATO") and sheet["marking"]["text"]
    assert date_time_group(NOW) == "141530Z MAR 26"
    fields = dict(sheet["title"]["fields"])
    assert fields["Date-time"] == "141530Z MAR 26" and fields["Author"] == "Maj A. Planner"
    assert fields["Troops"].startswith(f"{sum(u.strength for u in plan.units_in_phase()):,} in ")
    assert sheet["paper"] == "A3" and sheet["title"]["plan"] == plan.name


def test_legend_entries_are_the_symbols_of_the_units_shown() -> None:
    plan = sample_plan()
    sheet = build_sheet(plan, PrintOptions(now=NOW))
    in_phase = plan.units_in_phase()
    # the page draws the legend's symbols from the units' codes (symbols.js), at the paper's size
    assert {u["sidc"] for u in sheet["units"]} == {symbols.sidc_of(u) for u in in_phase}
    assert sheet["legendSymbolSize"] > 0 and sheet["symbolSize"] > 0
    assert len(sheet["units"]) == len(in_phase) and all("tip" not in u for u in sheet["units"])


def test_release_sheet_withholds_names_and_findings() -> None:
    plan = sample_plan()
    sheet = build_sheet(plan, PrintOptions(release=True, now=NOW))
    names = {u.name for u in plan.units if u.name}
    assert not names & {u.get("name") for u in sheet["units"]}
    assert sheet["sites"] == [] and sheet["release"] is True
    assert dict(sheet["title"]["fields"])["Mandate"] != plan.mandate


def test_mgrs_grid_lines_are_drawn_only_when_asked() -> None:
    assert build_sheet(sample_plan(), PrintOptions(now=NOW))["grid"] is None
    grid = build_sheet(sample_plan(), PrintOptions(grid=True, now=NOW))["grid"]
    assert grid["features"] and grid == mgrs_grid(*_padded_extent(grid))


def _padded_extent(grid: dict) -> tuple[float, float, float, float]:
    from desktop.printsheet import _fit_extent, _padded

    return _padded(_fit_extent(sample_plan().units_in_phase()))


def test_a_big_plans_order_of_battle_is_one_row_per_nation_and_says_so() -> None:
    from collections import Counter

    from bench.plans import generated_plan
    from desktop.printsheet import ORBAT_ROWS

    plan = generated_plan(ORBAT_ROWS + 50, seed=4)
    orbat = build_sheet(plan, PrintOptions("A3", orbat=True, now=NOW))["orbat"]
    rows = orbat["rows"]
    assert len(rows) == len({u.nation for u in plan.units})  # every nation once, every unit counted
    strength = Counter()
    for u in plan.units:
        strength[u.nation] += u.strength
    assert {r["nation"]: r["strength"] for r in rows} == dict(strength)
    assert [r["strength"] for r in rows] == sorted((r["strength"] for r in rows), reverse=True)
    counts = Counter(u.nation for u in plan.units)
    for r in rows:  # "601 units: Battalion / squadron 112 · Fighter squadron 106 · …" adds up
        head, parts = r["kind"].split(": ", 1)
        assert head == f"{counts[r['nation']]} units"
        assert sum(int(p.rsplit(" ", 1)[1].replace(",", "")) for p in parts.split(" · ")) == counts[r["nation"]]
    assert f"The plan has {len(plan.units)} units, too many for one sheet" in orbat["note"]
    # a plan of ORBAT_ROWS units or fewer keeps its tree, one row per unit
    small = build_sheet(generated_plan(40, seed=4), PrintOptions("A3", orbat=True, now=NOW))["orbat"]
    assert len(small["rows"]) == 40 and "too many" not in small["note"]
