"""Metrics of the side panel and the ``check`` report (plan-format.md), on a small hand-made plan
whose figures are worked out here by hand."""

from __future__ import annotations

import json

import pytest

from desktop import geo
from desktop.doctrine import (
    DEFAULT_PRIORITY_SITES,
    ROTATION_FACTOR,
    check_report,
    evaluate,
    format_report,
    has_errors,
    metrics,
)
from desktop.model import Contribution, Geometry, Plan, Unit

KYIV = (30.52, 50.45)
RZESZOW = (22.0, 50.04)  # Poland: outside Ukraine


def small_plan() -> Plan:
    route = Geometry.from_geojson({"type": "LineString", "coordinates": [[31.0, 45.5], [31.5, 45.0]]})
    units = (
        Unit("u1", "land.combat", "GB", Geometry.point(*KYIV), "UK brigade", 5000, ("ceasefire", "settlement")),
        Unit("u2", "air.defence", "FR", Geometry.point(*KYIV), "SAMP/T", 120, range_km=100),
        Unit("u3", "sea.patrol", "RO", route, "Patrol", 400, ships=3),
        Unit("u4", "land.logistics", "PL", Geometry.point(*RZESZOW), "Hub", 600),  # staging
        Unit("u5", "air.policing", "FR", Geometry.point(*RZESZOW), "Rafales", 250, generation=4.5, count=12),
        Unit("u6", "land.training", "DE", Geometry.point(24.03, 49.84), "Trainers", 300, ("long_term",)),
    )
    contributions = (
        Contribution("DE", "funding", 2.5e9),
        Contribution("DE", "funding", 0.5e9),
        Contribution("US", "isr", note="imagery"),
        Contribution("NL", "equipment"),
    )
    return Plan(name="Small plan", units=units, contributions=contributions)


def test_troops_follow_the_counting_rule() -> None:
    m = metrics(small_plan())
    # GB 5,000; FR 120 + 250 (an air unit outside Ukraine still counts); RO 400; PL's land hub in
    # Poland is staging and counts 0; DE's trainers are not in the ceasefire phase.
    assert m["troops"] == 5000 + 370 + 400
    assert m["by_nation"] == {"DE": 0, "FR": 370, "GB": 5000, "NL": 0, "PL": 0, "RO": 400, "US": 0}
    assert m["staging_units"] == 1 and m["units"] == 5
    assert m["by_phase"] == {"ceasefire": 5770, "settlement": 5770, "long_term": 120 + 400 + 250 + 300}
    assert metrics(small_plan(), "long_term")["troops"] == 1070


def test_per_nation_figures() -> None:
    n = metrics(small_plan())["nations"]
    fr = n["FR"]
    assert fr["name"] == "France"
    assert fr["units"] == {"land": 0, "air": 2, "maritime": 0}
    assert (fr["aircraft"], fr["ad_batteries"], fr["ships"]) == (12, 1, 0)
    assert fr["share"] == pytest.approx(370 / 5770, abs=1e-4)
    assert n["RO"]["ships"] == 3
    assert n["PL"]["staging_units"] == 1 and n["PL"]["troops"] == 0
    assert n["DE"]["funding_eur"] == 3e9 and n["DE"]["contributions"]["funding"] == 2
    assert n["US"]["contributions"]["isr"] == 1 and n["US"]["funding_eur"] == 0
    assert sum(row["share"] for row in n.values()) == pytest.approx(1.0, abs=1e-3)


def test_totals_reference_figures_and_rotation() -> None:
    m = metrics(small_plan())
    assert m["by_domain"] == {
        "land": {"units": 2, "troops": 5000},
        "air": {"units": 2, "troops": 370},
        "maritime": {"units": 1, "troops": 400},
    }
    assert (m["aircraft"], m["ships"], m["ad_batteries"], m["funding_eur"]) == (12, 3, 1, 3e9)
    assert m["min_troops"] == 10000
    assert metrics(small_plan(), profile="mfu")["min_troops"] == 20000
    assert {r["key"]: r["troops"] for r in m["reference"]} == {
        "debate_low": 10000,
        "debate_high": 30000,
        "mfu": 20000,
        "zelensky_total": 200000,
        "zelensky_rotating": 100000,
    }
    assert ROTATION_FACTOR == 3 and m["to_generate"] == 3 * 5770


def test_air_defence_coverage_share() -> None:
    cov = metrics(small_plan())["ad_coverage"]
    sites = DEFAULT_PRIORITY_SITES["ecfr"]
    covered = [s for s in sites if geo.geodesic_km(*geo.place(s), *KYIV) <= 100]
    assert covered == ["Kyiv", "Kyiv HPP"]  # Chernihiv is about 125 km from Kyiv
    assert cov["sites"] == len(sites) and cov["covered"] == 2
    assert cov["share"] == pytest.approx(2 / len(sites), abs=1e-4)
    assert cov["uncovered"] == [s for s in sites if s not in covered]


def test_check_report_has_the_json_shape_of_plan_format() -> None:
    plan = small_plan()
    report = check_report(plan)
    assert list(report) == ["plan", "profile", "phase", "findings", "metrics"]
    assert (report["plan"], report["profile"], report["phase"]) == ("Small plan", "ecfr", "ceasefire")
    assert [f["rule"] for f in report["findings"]] == [f.rule for f in evaluate(plan)]
    for f in report["findings"]:
        assert list(f) == ["rule", "severity", "units", "nations", "sites", "message", "source"]
    assert report["metrics"]["troops"] == 5770 and report["metrics"]["by_nation"]["GB"] == 5000
    assert json.loads(json.dumps(report)) == report  # plain JSON values only
    assert has_errors(report)  # e.g. no sea.mcm unit


def test_check_report_overrides_profile_and_phase() -> None:
    report = check_report(small_plan(), profile="mfu", phase="long_term")
    assert (report["profile"], report["phase"]) == ("mfu", "long_term")
    assert report["metrics"]["troops"] == 1070
    assert report["findings"] == [f.to_dict() for f in evaluate(small_plan(), "mfu", "long_term")]


def test_format_report_groups_findings_by_severity_then_troops() -> None:
    report = check_report(small_plan())
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0] == "Small plan: profile ecfr (Forward deterrence), ceasefire phase"
    errors = sum(f["severity"] == "error" for f in report["findings"])
    warnings = sum(f["severity"] == "warning" for f in report["findings"])
    assert f"Errors ({errors})" in lines and f"Warnings ({warnings})" in lines
    assert lines.index(f"Errors ({errors})") < lines.index(f"Warnings ({warnings})")
    for f in report["findings"]:
        assert any(f["rule"] in line and f["message"] in line for line in lines)
    troops = lines.index(next(line for line in lines if line.startswith("Troops: 5,770")))
    assert lines[troops + 1].split()[:2] == ["GB", "United"]  # largest contributor first


def test_format_report_without_findings() -> None:
    report = {"plan": "P", "profile": "mfu", "phase": "settlement", "findings": [], "metrics": {"troops": 0}}
    text = format_report(report)
    assert "No findings" in text and "Troops: 0" in text
