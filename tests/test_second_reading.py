"""The principles, second reading (docs/doctrine.md, "Changes in the second reading"): one test per
change, each through ``check --json`` on a plan file (the CLI's own code path, in process; two
tests run the real program), and each failing on the first reading's engine.

Plans start from the baseline of test_doctrine (clean under both profiles) and change one thing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from test_doctrine import KHARKIV, KYIV, RZESZOW, add, baseline, drop, edit, move, unit, with_geometry

from desktop import cli, geo
from desktop.model import Contribution, Geometry, Plan
from desktop.planfile import plan_to_text

ROOT = Path(__file__).resolve().parents[1]

PRZEMYSL = (22.77, 49.78)  # Poland, 90 km from Lviv
CHELM = (23.47, 51.13)  # Poland, 42 km from the Ukraine–Belarus border
TIRASPOL = (29.63, 46.84)  # Transnistria (Moldova)
BELGOROD = (36.6, 50.6)  # Russia
DNIESTER_ESTUARY = (30.33, 46.24)
KHADZHIBEY_ESTUARY = (30.5166, 46.736)
KREMENCHUK_RESERVOIR = (32.7304, 49.2828)
BALTIC = (20.0, 55.0)
AZOV = (36.5, 46.3)
AEGEAN = (25.0, 35.5)  # outside the map's data


@pytest.fixture
def check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """``check(plan, *args)``: write the plan file, run ``check FILE --json *args``, return the
    report (the exit status in ``report["exit"]``)."""
    counter = iter(range(1000))

    def run(plan: Plan | str, *args: str) -> dict[str, Any]:
        path = tmp_path / f"plan-{next(counter)}.plan.geojson"
        path.write_text(plan if isinstance(plan, str) else plan_to_text(plan), encoding="utf-8")
        status = cli.run(["check", str(path), "--json", *args])
        out, err = capsys.readouterr()
        assert status in (0, 1), err
        report: dict[str, Any] = json.loads(out)
        report["exit"] = status
        return report

    return run


def rules(report: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule_id]


def the(report: dict[str, Any], rule_id: str) -> dict[str, Any]:
    found = rules(report, rule_id)
    assert len(found) == 1, found
    return found[0]


def point(lon: float, lat: float) -> Geometry:
    return Geometry.point(lon, lat)


# ---------------------------------------------------------------------------------------------
# Sea
# ---------------------------------------------------------------------------------------------


def test_sea_multinational_counts_patrols_only(check: Any) -> None:
    # French and British patrols beside a Bulgarian minehunter: no nearshore NATO patrol.
    plan = edit(edit(edit(baseline(), "u-20", nation="FR"), "u-22", nation="GB"), "u-21", nation="BG")
    f = the(check(plan), "SEA-MULTINATIONAL")
    assert f["severity"] == "error" and f["units"] == ["u-20", "u-22"] and f["nations"] == ["FR", "GB"]
    assert "nearshore NATO" in f["message"]
    assert the(check(plan, "--profile", "mfu"), "SEA-MULTINATIONAL")["severity"] == "warning"


@pytest.mark.parametrize("where", [BALTIC, AZOV])
def test_domain_sea_asks_for_a_patrol_in_the_black_sea(check: Any, where: tuple[float, float]) -> None:
    plan = move(move(baseline(), "u-20", *where), "u-22", *where)
    report = check(plan)
    assert the(report, "DOMAIN-SEA")["severity"] == "error"
    assert "in the Black Sea" in the(report, "DOMAIN-SEA")["message"]
    assert rules(report, "SEA-ON-LAND") == []  # at sea, only not in the Black Sea


def test_the_dniester_estuary_is_black_sea(check: Any) -> None:
    plan = move(drop(baseline(), "u-22"), "u-20", *DNIESTER_ESTUARY)
    report = check(plan)
    assert rules(report, "SEA-ON-LAND") == [] and rules(report, "DOMAIN-SEA") == []


@pytest.mark.parametrize("where", [KHADZHIBEY_ESTUARY, KREMENCHUK_RESERVOIR, AEGEAN])
def test_closed_estuaries_reservoirs_and_unknown_water_are_land_for_a_ship(
    check: Any, where: tuple[float, float]
) -> None:
    report = check(move(baseline(), "u-21", *where))
    assert the(report, "SEA-ON-LAND")["units"] == ["u-21"]
    # a minehunter ashore is not deployed: the plan has no mine countermeasures
    assert the(report, "SEA-DEMINING")["severity"] == "error"


# ---------------------------------------------------------------------------------------------
# Roles, the host, geography
# ---------------------------------------------------------------------------------------------


def test_role_monitoring_spares_air_isr_and_ukrainian_units(check: Any) -> None:
    monitor = ("ceasefire_monitoring",)
    plan = edit(baseline("mfu"), "u-9", roles=monitor)  # GB ISR drones
    plan = add(plan, unit("ua", "land.combat", "UA", 33.0, 49.0, roles=monitor))
    assert rules(check(plan), "ROLE-MONITORING") == []
    f = the(check(edit(plan, "u-3", roles=monitor)), "ROLE-MONITORING")
    assert f["units"] == ["u-3"] and f["severity"] == "warning"


def test_geo_west_support_shows_training_in_the_west(check: Any) -> None:
    plan = add(baseline(), unit("t", "land.training", "CA", 23.55, 49.95, name="Yavoriv trainers"))
    f = the(check(plan), "GEO-WEST-SUPPORT")
    assert f["severity"] == "info" and f["units"] == ["t"] and "Lviv Oblast" in f["message"]
    assert f["source"].startswith("ECFR") and "entry points" in f["source"]
    assert rules(check(plan), "GEO-WEST-ENTRY") == []
    assert rules(check(plan, "--profile", "mfu"), "GEO-WEST-SUPPORT") == []


def test_the_host_is_counted_by_no_rule(check: Any) -> None:
    # Ukraine's own brigade is not the mission's land component ...
    plan = add(drop(baseline(), "u-1", "u-2", "u-3"), unit("ua", "land.combat", "UA", *KYIV, 5000))
    report = check(plan)
    assert the(report, "DOMAIN-LAND")["severity"] == "error"
    assert report["metrics"]["troops"] == check(drop(baseline(), "u-1", "u-2", "u-3"))["metrics"]["troops"]
    # ... nor the largest contributor, nor a nation of the coalition's breadth
    big = add(replace(baseline(), parameters={"min_nations": 16}), unit("ua", "land.combat", "UA", *KYIV, 50_000))
    report = check(big)
    assert rules(report, "CORE-LARGEST") == []
    assert "Only 15 nations" in the(report, "COALITION-BREADTH")["message"]


def test_the_host_is_flagged_only_as_occupied_or_ashore(check: Any) -> None:
    ua = (
        unit("ua-1", "land.combat", "UA", *KHARKIV, roles=("ceasefire_monitoring",)),
        unit("ua-2", "air.defence", "UA", *RZESZOW, range_km=40),
        unit("ua-3", "sea.patrol", "UA", *KYIV),
        unit("ua-4", "land.logistics", "UA", 34.55, 49.59),
    )
    plan = with_geometry(add(baseline("mfu"), *ua), "occupied_area", "Polygon", [[
        [34.4, 49.4], [34.7, 49.4], [34.7, 49.7], [34.4, 49.7], [34.4, 49.4]]])  # fmt: skip
    flagged = {(f["rule"], u) for f in check(plan)["findings"] for u in f["units"] if u.startswith("ua")}
    assert flagged == {("SEA-ON-LAND", "ua-3"), ("GEO-OCCUPIED", "ua-4")}


def test_geo_outside_spares_jets_and_isr_abroad(check: Any) -> None:
    plan = move(move(baseline(), "u-8", *RZESZOW), "u-9", *RZESZOW)  # Rafales and drones in Poland
    plan = add(plan, unit("ad", "air.defence", "PL", *RZESZOW, range_km=40))
    report = check(plan)
    assert the(report, "GEO-OUTSIDE")["units"] == ["ad"]
    assert rules(report, "DOMAIN-AIR") == []  # the squadron still flies air policing


def test_geo_east_judges_land_units_and_air_defence_only(check: Any) -> None:
    plan = add(baseline("mfu"), unit("isr", "air.isr", "GB", *KHARKIV), unit("ad", "air.defence", "DE", *KHARKIV))
    f = the(check(plan), "GEO-EAST")
    assert f["units"] == ["ad"]


def test_geo_forward_does_not_judge_a_unit_outside_ukraine(check: Any) -> None:
    plan = add(baseline(), unit("md", "land.combat", "PL", *TIRASPOL, 150, name="Company in Transnistria"))
    report = check(plan)
    assert rules(report, "GEO-FORWARD") == []
    assert the(report, "GEO-OUTSIDE")["units"] == ["md"]


def test_geo_tripwire_does_not_judge_a_unit_outside_ukraine(check: Any) -> None:
    plan = add(baseline("mfu"), unit("ru", "land.logistics", "PL", *BELGOROD))
    line = [[BELGOROD[0] + 0.1, BELGOROD[1] - 1], [BELGOROD[0] + 0.1, BELGOROD[1] + 1]]
    assert rules(check(with_geometry(plan, "contact_line", "LineString", line)), "GEO-TRIPWIRE") == []


# ---------------------------------------------------------------------------------------------
# One meaning of "deployed"
# ---------------------------------------------------------------------------------------------


def test_a_combat_unit_staged_in_poland_is_not_deployed(check: Any) -> None:
    plan = move(move(move(baseline(), "u-1", *RZESZOW), "u-2", *RZESZOW), "u-3", *RZESZOW)
    report = check(plan)
    assert the(report, "DOMAIN-LAND")["severity"] == "error"
    assert the(report, "PHASE-CEASEFIRE")["severity"] == "error"


def test_a_staged_unit_does_not_protect_lviv(check: Any) -> None:
    plan = move(move(baseline("mfu"), "u-7", *PRZEMYSL), "u-17", *PRZEMYSL)  # the Lviv hub and battery
    report = check(plan)
    assert the(report, "PROTECT-PRIORITIES")["sites"] == ["Lviv"]
    assert the(report, "AIR-COVERAGE")["sites"] == ["Lviv"]


# ---------------------------------------------------------------------------------------------
# New rules
# ---------------------------------------------------------------------------------------------


def test_coalition_breadth_asks_for_min_nations_contributing_troops(check: Any) -> None:
    ecfr = check(replace(baseline(), parameters={"min_nations": 16}))
    f = the(ecfr, "COALITION-BREADTH")
    assert f["severity"] == "warning" and len(f["nations"]) == 15
    assert "as many countries as possible" in f["source"]
    assert the(check(replace(baseline("mfu"), parameters={"min_nations": 16})), "COALITION-BREADTH")["severity"] == (
        "info"
    )
    # the default is 8; a nation whose only unit is staged in Poland contributes no troops
    few = drop(baseline(), *[f"u-{i}" for i in (12, 13, 15, 16, 17, 18, 19, 40, 41)])  # 7 nations left
    assert rules(check(add(few, unit("x", "land.combat", "CZ", *RZESZOW))), "COALITION-BREADTH")
    assert rules(check(add(few, unit("x", "land.combat", "CZ", *KYIV))), "COALITION-BREADTH") == []


def test_geo_belarus_needs_a_combat_unit_within_reach_of_the_border(check: Any) -> None:
    south = move(move(baseline(), "u-1", 34.0, 49.5), "u-3", 33.5, 48.9)
    f = the(check(south), "GEO-BELARUS")
    assert f["severity"] == "warning" and "150 km" in f["message"]
    assert rules(check(south, "--profile", "mfu"), "GEO-BELARUS") == []
    assert rules(check(replace(south, parameters={"belarus_cover_km": 340})), "GEO-BELARUS") == []
    # a brigade staged at Chełm in Poland, 42 km from the border, is not deployed
    assert rules(check(add(south, unit("x", "land.combat", "GB", *CHELM, 3000))), "GEO-BELARUS")


US_DECLARED_CASES = [
    ("none", [], ["isr"], True),
    ("none", [], [], False),
    ("financial", [], ["funding"], False),
    ("financial", [], ["isr"], True),
    ("financial", [("air.isr", 0)], [], False),
    ("financial", [("air.isr", 40)], [], True),
    ("isr_air", [("air.defence", 90), ("air.isr", 40)], ["equipment"], False),
    ("isr_air", [("land.logistics", 50)], [], True),
    ("isr_air", [("sea.mcm", 150)], [], True),
    ("full", [("land.combat", 3000)], ["funding"], False),
]


def test_us_declared_agrees_with_the_us_units_and_pledges(check: Any) -> None:
    for declared, us, pledges, fires in US_DECLARED_CASES:
        plan = replace(
            baseline(),
            us_support=declared,
            contributions=tuple(Contribution("US", k, 1e9 if k == "funding" else None) for k in pledges),
        )
        where = {True: (31.0, 45.5), False: (30.5, 50.4)}
        plan = add(
            plan, *[unit(f"us-{i}", kind, "US", *where[kind.startswith("sea")], n) for i, (kind, n) in enumerate(us)]
        )
        found = rules(check(plan), "US-DECLARED")
        assert bool(found) is fires, (declared, us, pledges)
        if fires:
            assert found[0]["severity"] == "warning" and found[0]["nations"] == ["US"]


def test_us_declared_reads_every_phase(check: Any) -> None:
    plan = add(
        replace(baseline(), us_support="isr_air"),
        unit("us", "land.logistics", "US", *KYIV, 200, phases=("long_term",)),
    )
    f = the(check(plan), "US-DECLARED")  # the ceasefire phase is viewed
    assert f["units"] == ["us"] and "ISR and air support" in f["message"]


# ---------------------------------------------------------------------------------------------
# US dependence
# ---------------------------------------------------------------------------------------------


def _dependence(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = rules(report, "US-DEPENDENCE")
    assert all(f["severity"] == "warning" and f["nations"] == ["US"] for f in found)
    return {f["depends"]: f for f in found}


@pytest.mark.parametrize(
    ("rule_id", "make"),
    [
        ("DOMAIN-LAND", lambda p: edit(edit(edit(p, "u-1", nation="US"), "u-2", nation="US"), "u-3", nation="US")),
        ("DOMAIN-AIR", lambda p: edit(p, "u-8", nation="US")),
        ("DOMAIN-SEA", lambda p: edit(edit(p, "u-20", nation="US"), "u-22", nation="US")),
        ("SEA-DEMINING", lambda p: edit(p, "u-21", nation="US")),
        ("SEA-MULTINATIONAL", lambda p: edit(p, "u-22", nation="US")),  # RO and US patrols
        (
            "SIZE-MIN",
            lambda p: replace(
                add(p, unit("us", "land.combat", "US", 33.0, 49.0, 5000)), parameters={"min_troops": 25_000}
            ),
        ),
        ("AIR-COVERAGE", lambda p: edit(p, "u-14", nation="US")),  # the Rivne NPP battery
    ],
)
def test_us_dependence_one_finding_per_rule_naming_it(check: Any, rule_id: str, make: Any) -> None:
    report = check(make(baseline()))
    assert rules(report, rule_id) == []  # passes as the plan stands ...
    found = _dependence(report)
    assert rule_id in found  # ... but would fire without the US
    f = found[rule_id]
    assert f"({rule_id})" in f["message"] and f["message"].startswith("Without the United States")
    assert list(f) == ["rule", "severity", "units", "nations", "sites", "depends", "message", "source"]


def test_us_dependence_names_the_sites_only_us_air_defence_covers(check: Any) -> None:
    f = _dependence(check(edit(baseline(), "u-14", nation="US")))["AIR-COVERAGE"]
    assert f["sites"] == ["Rivne NPP"] and f["units"] == ["u-14"]


def test_us_dependence_never_depends_on_isr_gap(check: Any) -> None:
    # Only the US has ISR, and only the US demines: one dependence, on SEA-DEMINING.
    plan = replace(edit(drop(baseline(), "u-9"), "u-21", nation="US"), contributions=(Contribution("US", "isr"),))
    report = check(plan)
    assert the(report, "ISR-GAP")["nations"] == ["US"]
    assert list(_dependence(report)) == ["SEA-DEMINING"]
    assert all("depends" not in f for f in report["findings"] if f["rule"] != "US-DEPENDENCE")


# ---------------------------------------------------------------------------------------------
# Phases
# ---------------------------------------------------------------------------------------------


def test_phase_ceasefire_needs_land_combat_forces_whatever_phase_is_viewed(check: Any) -> None:
    late = replace(
        baseline(),
        units=tuple(
            replace(u, phases=("ceasefire",) if u.kind == "sea.mcm" else ("settlement",)) for u in baseline().units
        ),
    )
    for args in ((), ("--phase", "settlement"), ("--phase", "long_term")):
        f = the(check(late, *args), "PHASE-CEASEFIRE")
        assert f["severity"] == "error" and "ceasefire" in f["message"]
    early = edit(late, "u-1", phases=("ceasefire",))
    assert rules(check(early, "--phase", "settlement"), "PHASE-CEASEFIRE") == []


# ---------------------------------------------------------------------------------------------
# Priority sites, neutral states, parameters
# ---------------------------------------------------------------------------------------------


def test_the_odesa_ports_and_hydro_plants_are_default_sites(check: Any) -> None:
    report = check(drop(baseline(), "u-19", "u-40", "u-41"))  # the Izmail, Kremenchuk and Dniester batteries
    assert [f["sites"] for f in rules(report, "AIR-COVERAGE")] == [
        ["Port of Izmail"], ["Kremenchuk HPP"], ["Dniester HPP"]]  # fmt: skip


def test_a_custom_site_and_a_ukrainian_name(check: Any) -> None:
    text = plan_to_text(drop(baseline(), "u-10"))  # no battery at Kyiv
    doc = json.loads(text)
    doc["posture"]["priority_sites"] = ["Київ", {"name": "Ladyzhyn TPP", "lon": 29.24, "lat": 48.68}]
    report = check(json.dumps(doc, ensure_ascii=False))
    assert [f["sites"] for f in rules(report, "AIR-COVERAGE")] == [["Kyiv"], ["Ladyzhyn TPP"]]
    assert report["metrics"]["ad_coverage"]["sites"] == 2


@pytest.mark.parametrize(
    ("sites", "where"),
    [
        (["Atlantis"], "priority_sites[0]"),
        (["Kyiv", {"name": "Depot", "lon": 200, "lat": 49}], "priority_sites[1].lon"),
        ([{"lon": 30, "lat": 49}], "priority_sites[0].name is missing"),
    ],
)
def test_an_unknown_site_is_bad_input_naming_priority_sites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sites: list[Any], where: str
) -> None:
    doc = json.loads(plan_to_text(baseline()))
    doc["posture"]["priority_sites"] = sites
    path = tmp_path / "bad.plan.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert cli.run(["check", str(path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and where in err


def test_nat_neutral_is_a_warning_under_ecfr(check: Any) -> None:
    plan = add(baseline(), unit("at", "land.logistics", "AT", *KYIV))
    assert the(check(plan), "NAT-NEUTRAL")["severity"] == "warning"
    assert rules(check(plan, "--profile", "mfu"), "NAT-NEUTRAL") == []


# ---------------------------------------------------------------------------------------------
# The real program
# ---------------------------------------------------------------------------------------------


def _program(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)  # fmt: skip


def test_the_program_reports_depends_and_the_new_rules(tmp_path: Path) -> None:
    # the US minehunter makes a 16th nation; 17 are asked for
    plan = edit(replace(baseline(), us_support="none", parameters={"min_nations": 17}), "u-21", nation="US")
    path = tmp_path / "plan.plan.geojson"
    path.write_text(plan_to_text(plan), encoding="utf-8")
    done = _program("check", str(path), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    got = {(f["rule"], f.get("depends")) for f in report["findings"]}
    assert {("US-DEPENDENCE", "SEA-DEMINING"), ("US-DECLARED", None), ("COALITION-BREADTH", None)} <= got


def test_the_program_refuses_an_unknown_site(tmp_path: Path) -> None:
    doc = json.loads(plan_to_text(baseline()))
    doc["posture"]["priority_sites"] = ["Kyiv", "Atlantis"]
    path = tmp_path / "plan.plan.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = _program("check", str(path))
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "priority_sites[1]" in done.stderr
    assert "Traceback" not in done.stderr


def test_geo_helpers_agree_with_the_rules() -> None:
    assert geo.at_sea(*DNIESTER_ESTUARY) and not geo.on_land(*DNIESTER_ESTUARY)
    assert geo.sea_of_many(*zip(DNIESTER_ESTUARY, BALTIC, AZOV, strict=True)) == [
        "Black Sea",
        "Baltic Sea",
        "Sea of Azov",
    ]
    for where in (KHADZHIBEY_ESTUARY, KREMENCHUK_RESERVOIR, AEGEAN):
        assert not geo.at_sea(*where)
    assert geo.find_place("Київ") is not None and geo.find_place("Київ").name == "Kyiv"  # type: ignore[union-attr]
