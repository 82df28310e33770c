"""Charts and pledges (desktop/charts.py, desktop/pledges.py): the rules' counting, vector SVG,
no Qt. Pure."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from desktop import charts, pledges
from desktop.doctrine import check_report
from desktop.model import Contribution
from desktop.planfile import PlanFileError, parse_plan, plan_to_geojson, plan_to_text
from desktop.sample import sample_plan

REPO = Path(__file__).resolve().parent.parent


def test_the_figures_are_the_rules_figures() -> None:
    plan = sample_plan()
    d = charts.chart_data(plan)
    report = check_report(plan)
    assert d.by_nation == {
        n: t for n, t in report["metrics"]["by_nation"].items() if n in {u.nation for u in plan.units}
    }
    assert list(d.by_nation)[:2] == ["GB", "FR"] and {"GB", "FR"} <= d.core
    for phase in ("ceasefire", "settlement", "long_term"):
        total = check_report(plan, phase=phase)["metrics"]["troops"]
        assert sum(d.by_phase[phase].values()) == total
    uncovered = set(report["metrics"].get("ad_coverage", {}).get("uncovered", []))
    assert {s for s, n in d.coverage if n == 0} == uncovered


def test_pledged_against_placed() -> None:
    plan = sample_plan()
    placed = charts.chart_data(plan).by_nation
    got = pledges.pledges(plan, placed)
    assert got["PL"].pledged == 2000 and got["PL"].placed == placed["PL"] > 0
    assert got["PL"].gap == 2000 - placed["PL"] > 0
    assert set(got) == {"PL", "IT"}
    assert got["IT"].gap == 3500 - placed["IT"] < 0  # more placed than pledged
    # a pledge is not counted as deployed
    more = replace(plan, contributions=(*plan.contributions, Contribution("SE", "troops", extra={"troops": 900})))
    assert check_report(more)["metrics"]["troops"] == check_report(plan)["metrics"]["troops"]
    assert pledges.pledged_by_nation(more)["SE"] == 900


def test_a_troops_pledge_round_trips_and_bad_numbers_are_refused() -> None:
    doc = plan_to_geojson(sample_plan())
    back = parse_plan(plan_to_text(sample_plan()))
    assert pledges.pledged_by_nation(back) == {"PL": 2000, "IT": 3500}
    for bad, says in ((-5, "is negative"), (2.5, "is not a whole number"), (2_000_000, "1,000,000"),
                      ("many", "is not a number")):  # fmt: skip
        d = {**doc, "posture": {**doc["posture"], "contributions": [{"nation": "PL", "kind": "troops", "troops": bad}]}}
        with pytest.raises(PlanFileError) as e:
            parse_plan(d, source="p.geojson")
        assert str(e.value).startswith("p.geojson: posture.contributions[0].troops ") and says in str(e.value)


def test_the_charts_are_vector_svg_with_their_labels_as_text() -> None:
    data = charts.chart_data(sample_plan())
    svgs = charts.all_svgs(data)
    for name, svg in svgs.items():
        root = ET.fromstring(svg)
        assert root.tag.endswith("svg"), name
        assert "<image" not in svg  # no raster inside
    texts = svgs["troops_by_nation"]
    assert "GB United Kingdom  ★ core" in texts and "FR France  ★ core" in texts
    assert f"pledged 2,000; {2000 - data.by_nation['PL']:,} to place" in texts
    assert "Ceasefire (viewed)" in svgs["troops_by_phase"]
    covered = sum(1 for _, n in data.coverage if n)
    assert f"Priority sites under air defence: {covered} of {len(data.coverage)}" in svgs["coverage"]
    assert all(site in svgs["coverage"] for site, _ in data.coverage)
    assert svgs == charts.all_svgs(charts.chart_data(sample_plan()))  # the same plan, the same file


def test_an_empty_plan_says_so() -> None:
    from desktop.model import Plan

    svgs = charts.all_svgs(charts.chart_data(Plan()))
    assert "No troops placed or pledged yet." in svgs["troops_by_nation"]


def test_the_charts_need_no_qt() -> None:
    code = ("import sys; from desktop import charts; from desktop.sample import sample_plan; "
            "charts.all_svgs(charts.chart_data(sample_plan())); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_coverage_counts_every_battery_that_reaches_each_site() -> None:
    """Counted against each battery alone, with the exact geodesic distance."""
    from bench.plans import generated_plan
    from desktop import geo
    from desktop.doctrine.context import Context

    plan = generated_plan(300, seed=9)
    d = charts.chart_data(plan)
    viewed = Context(plan, plan.profile, plan.phase)
    batteries = [viewed.units[int(i)] for i in viewed.of_kinds("air.defence")]
    for name, count in d.coverage:
        lon, lat = geo.place(name)
        within = [u for u in batteries if u.range_km and geo.geodesic_km(lon, lat, *u.position) <= u.range_km]
        assert count == len(within), name
    assert sum(c for _, c in d.coverage) > 0
