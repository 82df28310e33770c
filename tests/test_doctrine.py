"""The rules engine against docs/doctrine.md: registry, every rule firing and staying silent under
each profile, counting, phases, ordering. Pure: plans are built from the model dataclasses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic

from desktop import geo
from desktop.doctrine import (
    DEFAULT_PARAMETERS,
    DEFAULT_PRIORITY_SITES,
    RULES,
    Finding,
    effective_parameters,
    effective_priority_sites,
    evaluate,
    rule,
    rules_for,
    unknown_sites,
    without_us,
)
from desktop.model import PROFILES, Contribution, Geometry, Plan, PlanGeometry, Unit

DOCTRINE = Path(__file__).resolve().parents[1] / "docs" / "doctrine.md"
LETTERS = {"E": "error", "W": "warning", "I": "info", "—": None}

# ---------------------------------------------------------------------------------------------
# The doctrine table, read from the specification itself
# ---------------------------------------------------------------------------------------------


def doctrine_table() -> list[tuple[str, str | None, str | None]]:
    """(rule id, ecfr severity, mfu severity) for every row of doctrine.md's rules table."""
    text = DOCTRINE.read_text(encoding="utf-8")
    section = text.split("## Rules", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        m = re.match(r"\|\s*`([A-Z-]+)`\s*\|\s*(\S+)\s*\|\s*(\S+)\s*\|", line)
        if m:
            rows.append((m[1], LETTERS[m[2]], LETTERS[m[3]]))
    return rows


TABLE = doctrine_table()
EXPECTED = {rid: {"ecfr": e, "mfu": m} for rid, e, m in TABLE}


def test_table_is_parsed() -> None:
    assert len(TABLE) >= 28
    assert TABLE[0][0] == "NAT-EXCLUDED"


def test_registry_matches_the_doctrine_table_exactly() -> None:
    assert [r.id for r in RULES] == [rid for rid, _, _ in TABLE]
    for r in RULES:
        assert {p: r.severity(p) for p in PROFILES} == EXPECTED[r.id], r.id


def test_every_rule_has_description_source_and_function() -> None:
    for r in RULES:
        assert len(r.description) > 15, r.id
        assert re.match(r"(ECFR|MFU|Common sense|Counting)", r.source), r.id
        assert callable(r.check), r.id
    assert rule("SEA-DEMINING").id == "SEA-DEMINING"
    assert [r.id for r in rules_for("mfu")] == [rid for rid, _, m in TABLE if m is not None]


# ---------------------------------------------------------------------------------------------
# Building plans
# ---------------------------------------------------------------------------------------------


def unit(uid: str, kind: str, nation: str, lon: float, lat: float, strength: int = 100,
         **kw: object) -> Unit:  # fmt: skip
    return Unit(uid, kind, nation, Geometry.point(lon, lat), strength=strength, **kw)  # type: ignore[arg-type]


AD_SITES = (
    ("FR", "Kyiv"), ("GB", "Odesa"), ("DE", "Dnipro"), ("NL", "Chernihiv"), ("IT", "Rivne NPP"),
    ("ES", "Khmelnytskyi NPP"), ("SE", "South Ukraine NPP"), ("DK", "Lviv"), ("NO", "Mykolaiv"),
    ("FI", "Port of Izmail"),
)  # fmt: skip


def baseline(profile: str = "ecfr") -> Plan:
    """A plan with no finding at all under either profile (see test_baseline_is_clean).

    FR and GB lead with forward brigades near Kyiv and Poltava (within 250 km of Belarus or
    Russia, outside the west and the east), DE's within 150 km of Belarus; an air-defence
    battery (100 km) stands on or near every priority site of both profiles; Romania and
    Türkiye provide the sea patrols, Türkiye the mine countermeasures; 15 nations, 21,740 troops.
    """
    units = [
        unit("u-1", "land.combat", "FR", 30.6, 50.5, 7000, name="French brigade"),
        unit("u-2", "land.combat", "GB", 34.55, 49.59, 7000, name="British brigade"),
        unit("u-3", "land.combat", "DE", 31.3, 51.45, 3000, name="German brigade"),
        unit("u-4", "land.hq", "FR", 30.52, 50.45, 400, name="Force HQ"),
        unit("u-5", "land.training", "GB", 30.7, 46.48, 300, name="Training mission"),
        unit("u-6", "land.exercise", "PL", 32.0, 46.97, 800, name="Exercise force"),
        unit("u-7", "land.logistics", "PL", 24.03, 49.84, 600, name="Lviv hub",
             roles=("entry_point",)),
        unit("u-8", "air.policing", "FR", 28.47, 49.23, 250, name="Rafale squadron",
             aircraft="Dassault Rafale", generation=4.5, count=12),
        unit("u-9", "air.isr", "GB", 30.45, 50.4, 40, name="ISR drones", range_km=250),
    ]  # fmt: skip
    for i, (nation, site) in enumerate(AD_SITES):
        lon, lat = geo.place(site)
        units.append(unit(f"u-{10 + i}", "air.defence", nation, lon, lat, 100,
                          name=f"AD {site}", range_km=100))  # fmt: skip
    for uid, nation, site in (("u-40", "BE", "Kremenchuk HPP"), ("u-41", "CZ", "Dniester HPP")):
        lon, lat = geo.place(site)
        units.append(unit(uid, "air.defence", nation, lon, lat, 100, name=f"AD {site}", range_km=100))
    units += [
        unit("u-20", "sea.patrol", "RO", 31.0, 45.5, 600, name="Black Sea patrol", ships=3),
        unit("u-21", "sea.mcm", "TR", 30.9, 46.2, 150, name="MCM group", ships=3),
        unit("u-22", "sea.patrol", "TR", 30.5, 44.5, 400, name="Turkish patrol", ships=2),
    ]
    return Plan(
        name="Baseline",
        profile=profile,
        units=tuple(units),
        contributions=(Contribution("DE", "funding", 2.5e9),),
    )


def add(plan: Plan, *units: Unit) -> Plan:
    return replace(plan, units=plan.units + units)


def drop(plan: Plan, *ids: str) -> Plan:
    return replace(plan, units=tuple(u for u in plan.units if u.id not in ids))


def edit(plan: Plan, uid: str, **changes: object) -> Plan:
    return plan.with_unit(replace(plan.unit(uid), **changes))  # type: ignore[arg-type]


def move(plan: Plan, uid: str, lon: float, lat: float) -> Plan:
    return edit(plan, uid, geometry=Geometry.point(lon, lat))


def offset(lon: float, lat: float, km: float, azimuth: float = 90.0) -> tuple[float, float]:
    g = Geodesic.WGS84.Direct(lat, lon, azimuth, km * 1000)
    return (g["lon2"], g["lat2"])


def with_geometry(plan: Plan, kind: str, gtype: str, coords: object) -> Plan:
    g = Geometry.from_geojson({"type": gtype, "coordinates": coords})
    return replace(plan, geometries=(*plan.geometries, PlanGeometry(kind, kind, g)))


def line_near(lon: float, lat: float, km: float) -> list[list[float]]:
    """A north-south line 300 km long passing ``km`` east of (lon, lat)."""
    x, y = offset(lon, lat, km, 90.0)
    return [list(offset(x, y, 150, 0.0)), list(offset(x, y, 150, 180.0))]


def box(lon: float, lat: float, half_deg: float) -> list[list[list[float]]]:
    w, e, s, n = lon - half_deg, lon + half_deg, lat - half_deg, lat + half_deg
    return [[[w, s], [e, s], [e, n], [w, n], [w, s]]]


def of(findings: list[Finding], rule_id: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule_id]


def the_only(findings: list[Finding], rule_id: str) -> Finding:
    found = of(findings, rule_id)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("profile", PROFILES)
def test_baseline_is_clean(profile: str) -> None:
    assert evaluate(baseline(profile)) == []


# ---------------------------------------------------------------------------------------------
# Every rule: a plan where it fires and a near miss where it stays silent
# ---------------------------------------------------------------------------------------------

Change = Callable[[Plan], Plan]
KYIV = (30.52, 50.45)
ZHYTOMYR = (28.66, 50.25)
ODESA_INLAND = (30.55, 46.6)
KHARKIV = (36.23, 49.99)
RZESZOW = (22.0, 50.04)


def _tripwire_line(plan: Plan, km: float) -> Plan:
    return with_geometry(plan, "contact_line", "LineString", line_near(34.55, 49.59, km))


CASES: dict[str, tuple[Change, Change]] = {
    "NAT-EXCLUDED": (
        lambda p: add(p, unit("x", "land.logistics", "RU", *KYIV)),
        lambda p: add(p, unit("x", "land.logistics", "MD", *KYIV)),
    ),
    "NAT-NONALLIED": (
        lambda p: add(p, unit("x", "land.logistics", "CN", *KYIV)),
        lambda p: add(p, unit("x", "land.logistics", "AU", *KYIV)),
    ),
    "COALITION-BREADTH": (
        lambda p: replace(p, parameters={"min_nations": 16}),  # 15 nations contribute troops
        lambda p: replace(p, parameters={"min_nations": 15}),
    ),
    "NAT-NEUTRAL": (
        lambda p: add(p, unit("x", "land.logistics", "AT", *KYIV)),
        # Neutral states may contribute money; only their units are flagged.
        lambda p: replace(p, contributions=(Contribution("AT", "funding", 1e8),)),
    ),
    "CORE-LEAD": (
        lambda p: drop(p, "u-2", "u-5", "u-9", "u-11"),  # every GB unit
        lambda p: edit(drop(p, "u-2", "u-5", "u-9"), "u-11", strength=1),
    ),
    "CORE-LARGEST": (
        lambda p: edit(p, "u-3", strength=7651),  # DE 7,751 > FR 7,750
        lambda p: edit(p, "u-3", strength=7650),  # DE 7,750 = FR 7,750: FR is (one of) the largest
    ),
    "DOMAIN-LAND": (
        lambda p: drop(p, "u-1", "u-2", "u-3"),
        lambda p: drop(p, "u-1", "u-2"),
    ),
    "DOMAIN-LAND-SUPPORT": (
        lambda p: drop(p, "u-6"),
        lambda p: edit(p, "u-6", phases=("ceasefire",)),
    ),
    "DOMAIN-AIR": (
        lambda p: drop(p, "u-8"),
        lambda p: drop(p, *[f"u-{i}" for i in range(11, 20)]),  # one AD battery is enough
    ),
    "AIR-GENERATION": (
        lambda p: edit(p, "u-8", generation=3.5, aircraft="MiG-23"),
        lambda p: edit(p, "u-8", generation=4, aircraft="F-16"),
    ),
    "AIR-COVERAGE": (
        lambda p: move(p, "u-14", *offset(*geo.place("Rivne NPP"), 101)),
        lambda p: move(p, "u-14", *offset(*geo.place("Rivne NPP"), 99)),
    ),
    "DOMAIN-SEA": (
        lambda p: drop(p, "u-20", "u-22"),
        lambda p: edit(drop(p, "u-22"), "u-20", phases=("ceasefire",)),
    ),
    "SEA-MULTINATIONAL": (
        lambda p: edit(p, "u-22", nation="RO"),
        lambda p: edit(p, "u-22", nation="GB"),
    ),
    "SEA-DEMINING": (
        lambda p: drop(p, "u-21"),
        lambda p: edit(p, "u-21", nation="BG"),
    ),
    "SEA-ON-LAND": (
        lambda p: edit(
            p,
            "u-20",
            geometry=Geometry.from_geojson(
                {"type": "LineString", "coordinates": [[31.0, 45.5], [31.2, 46.9], [31.5, 45.0]]}
            ),
        ),
        lambda p: edit(
            p,
            "u-20",
            geometry=Geometry.from_geojson(
                {"type": "LineString", "coordinates": [[31.0, 45.5], [31.2, 45.9], [31.5, 45.0]]}
            ),
        ),
    ),
    "GEO-OUTSIDE": (
        lambda p: add(p, unit("x", "land.logistics", "PL", *RZESZOW)),
        lambda p: add(p, unit("x", "land.logistics", "PL", 24.1, 49.9)),
    ),
    "GEO-OCCUPIED": (
        lambda p: with_geometry(p, "occupied_area", "Polygon", box(34.55, 49.59, 0.2)),
        lambda p: with_geometry(p, "occupied_area", "Polygon", box(37.8, 48.0, 0.5)),
    ),
    "GEO-WEST-ENTRY": (
        lambda p: add(p, unit("x", "land.combat", "PL", 24.1, 49.9)),
        lambda p: add(p, unit("x", "land.logistics", "PL", 25.6, 49.55)),
    ),
    "GEO-WEST-SUPPORT": (
        lambda p: add(p, unit("x", "land.training", "PL", 23.55, 49.95)),  # Yavoriv, Lviv Oblast
        lambda p: add(p, unit("x", "land.training", "PL", *ZHYTOMYR)),
    ),
    "GEO-FORWARD": (
        lambda p: move(p, "u-2", *ODESA_INLAND),
        lambda p: move(p, "u-2", *ZHYTOMYR),  # 130 km from Belarus
    ),
    "GEO-EAST": (
        lambda p: add(p, unit("x", "land.logistics", "PL", *KHARKIV)),
        lambda p: add(p, unit("x", "land.logistics", "PL", 34.55, 49.59)),  # Poltava: centre
    ),
    "GEO-TRIPWIRE": (
        lambda p: _tripwire_line(p, 25),
        lambda p: _tripwire_line(p, 35),
    ),
    "ROLE-MONITORING": (
        lambda p: edit(p, "u-3", roles=("ceasefire_monitoring",)),
        lambda p: edit(p, "u-3", roles=("protect_infrastructure",)),
    ),
    "MANDATE-PEACEKEEPING": (
        lambda p: replace(p, mandate="peacekeeping"),
        lambda p: replace(p, mandate="reassurance"),
    ),
    "PROTECT-PRIORITIES": (
        lambda p: move(p, "u-14", *offset(*geo.place("Rivne NPP"), 101)),
        lambda p: edit(
            p,
            "u-14",
            kind="land.logistics",
            geometry=Geometry.point(*offset(*geo.place("Rivne NPP"), 99)),
        ),
    ),
    "SIZE-MIN": (
        lambda p: edit(edit(p, "u-1", strength=500), "u-2", strength=500),  # 8,140 troops
        lambda p: replace(p, parameters={"min_troops": 21140}),  # exactly the total
    ),
    "PHASE-CEASEFIRE": (
        lambda p: replace(p, units=tuple(replace(u, phases=("settlement",)) for u in p.units)),
        lambda p: replace(
            p,
            units=tuple(replace(u, phases=("settlement",) if u.id != "u-1" else ("ceasefire",)) for u in p.units),
        ),
    ),
    "US-TROOPS": (
        lambda p: add(p, unit("x", "land.logistics", "US", *KYIV, strength=50)),
        lambda p: add(p, unit("x", "air.isr", "US", *KYIV, strength=0)),
    ),
    "US-DEPENDENCE": (
        lambda p: edit(p, "u-8", nation="US"),
        lambda p: add(p, unit("x", "air.policing", "US", *KYIV, generation=5, count=12)),
    ),
    "US-DECLARED": (
        lambda p: add(p, unit("x", "air.isr", "US", *KYIV, strength=0)),  # declared: none
        lambda p: replace(add(p, unit("x", "air.isr", "US", *KYIV, strength=0)), us_support="isr_air"),
    ),
    "GEO-BELARUS": (
        lambda p: move(move(p, "u-1", 34.0, 49.5), "u-3", 33.5, 48.9),
        lambda p: replace(move(move(p, "u-1", 34.0, 49.5), "u-3", 33.5, 48.9), parameters={"belarus_cover_km": 340}),
    ),
    "ISR-GAP": (
        lambda p: drop(p, "u-9"),
        lambda p: replace(drop(p, "u-9"), contributions=(Contribution("FR", "isr"),)),
    ),
}


def test_every_rule_has_cases() -> None:
    assert set(CASES) == {r.id for r in RULES}


RULE_PROFILES = [(rid, p) for rid, *_ in TABLE for p in PROFILES]


@pytest.mark.parametrize(("rule_id", "profile"), RULE_PROFILES)
def test_rule_fires(rule_id: str, profile: str) -> None:
    fire, _ = CASES[rule_id]
    findings = of(evaluate(fire(baseline(profile))), rule_id)
    expected = EXPECTED[rule_id][profile]
    if expected is None:
        assert findings == [], f"{rule_id} is not evaluated under {profile}"
    else:
        assert findings, f"{rule_id} should fire under {profile}"
        assert {f.severity for f in findings} == {expected}
        for f in findings:
            assert f.message.endswith(".") and f.message[0].isupper()
            assert f.source == rule(rule_id).source


@pytest.mark.parametrize(("rule_id", "profile"), RULE_PROFILES)
def test_rule_stays_silent(rule_id: str, profile: str) -> None:
    _, silent = CASES[rule_id]
    assert of(evaluate(silent(baseline(profile))), rule_id) == []


# ---------------------------------------------------------------------------------------------
# What the findings say and concern
# ---------------------------------------------------------------------------------------------


def test_nation_rules_give_one_finding_per_nation_with_units_and_contributions() -> None:
    plan = add(baseline(), unit("r1", "land.combat", "RU", *KYIV), unit("r2", "land.hq", "RU", *KYIV))
    plan = replace(plan, contributions=(*plan.contributions, Contribution("BY", "equipment")))
    found = of(evaluate(plan), "NAT-EXCLUDED")
    assert [(f.nations, f.units) for f in found] == [(("BY",), ()), (("RU",), ("r1", "r2"))]
    assert found[0].message.startswith("Belarus is excluded")
    assert "Russia" in found[1].message


def test_core_lead_one_finding_per_missing_nation_named_in_words() -> None:
    plan = replace(baseline(), units=tuple(u for u in baseline().units if u.nation not in {"FR", "GB"}))
    found = of(evaluate(plan), "CORE-LEAD")
    assert [f.nations for f in found] == [("FR",), ("GB",)]
    assert found[0].message == "France contributes no troops in the ceasefire phase."
    assert found[1].message == "The United Kingdom contributes no troops in the ceasefire phase."


def test_core_lead_counts_staging_land_units_as_no_troops() -> None:
    # Every GB unit except a land unit staged in Poland: GB contributes no troops.
    plan = move(drop(baseline(), "u-5", "u-9", "u-11"), "u-2", *RZESZOW)
    f = the_only(evaluate(plan), "CORE-LEAD")
    assert f.nations == ("GB",) and f.units == ("u-2",)
    assert "outside Ukraine" in f.message


def test_air_units_outside_ukraine_still_count_as_troops() -> None:
    # Only land units are left out when they stand outside Ukraine (counting rule).
    plan = edit(drop(baseline(), "u-2", "u-5", "u-9"), "u-11", geometry=Geometry.point(*RZESZOW))
    findings = evaluate(plan)
    assert of(findings, "CORE-LEAD") == []
    assert the_only(findings, "GEO-OUTSIDE").units == ("u-11",)


def test_core_largest_names_the_largest_contributor() -> None:
    f = the_only(evaluate(edit(baseline(), "u-3", strength=9000)), "CORE-LARGEST")
    assert f.nations == ("DE",)
    assert f.message.startswith("Germany is the largest troop contributor (9,100 troops")


def test_domain_findings_name_what_is_missing() -> None:
    plan = drop(baseline(), "u-5", "u-6", "u-8", "u-40", "u-41", *[f"u-{i}" for i in range(10, 20)])
    findings = evaluate(plan)
    assert "no training mission and no exercise force" in the_only(findings, "DOMAIN-LAND-SUPPORT").message
    assert "no air-defence battery and no air-policing squadron" in the_only(findings, "DOMAIN-AIR").message


def test_air_generation_names_the_squadron_and_threshold() -> None:
    f = the_only(evaluate(edit(baseline(), "u-8", generation=3)), "AIR-GENERATION")
    assert f.units == ("u-8",) and f.nations == ("FR",)
    assert "Rafale squadron (FR)" in f.message and "generation 4 or later" in f.message


def test_air_generation_follows_the_parameter_and_flags_unknown_generation() -> None:
    plan = replace(baseline(), parameters={"min_fighter_generation": 5})
    assert the_only(evaluate(plan), "AIR-GENERATION").units == ("u-8",)
    assert the_only(evaluate(edit(baseline(), "u-8", generation=None)), "AIR-GENERATION")


def test_air_coverage_one_finding_per_uncovered_site() -> None:
    plan = drop(baseline(), "u-10", "u-11")  # the Kyiv and Odesa batteries
    found = of(evaluate(plan), "AIR-COVERAGE")
    # priority-site order of ecfr; the ports near Odesa and the Kyiv HPP lose their cover too
    assert [f.sites for f in found] == [
        ("Odesa",),
        ("Kyiv",),
        ("Port of Odesa",),
        ("Port of Chornomorsk",),
        ("Kyiv HPP",),
    ]
    assert found[0].message == "Odesa lies outside every air-defence range ring."


def test_sea_multinational_message_names_both_problems() -> None:
    plan = edit(edit(baseline(), "u-20", nation="FR"), "u-22", nation="FR")
    f = the_only(evaluate(plan), "SEA-MULTINATIONAL")
    assert f.nations == ("FR",) and f.units == ("u-20", "u-22")  # the patrols, not the MCM group
    assert "one nation only (France)" in f.message and "nearshore NATO" in f.message


def test_sea_multinational_needs_a_nearshore_navy_even_with_two_nations() -> None:
    plan = edit(edit(baseline(), "u-20", nation="FR"), "u-22", nation="GB")
    f = the_only(evaluate(plan), "SEA-MULTINATIONAL")
    assert "one nation" not in f.message and "nearshore NATO member" in f.message


@pytest.mark.parametrize(
    ("gtype", "coords", "fires"),
    [
        ("Point", [31.0, 45.5], False),
        ("Point", [30.52, 50.45], True),
        (
            "Polygon",
            [[[31.0, 45.0], [31.5, 45.0], [31.5, 45.5], [31.0, 45.5], [31.0, 45.0]]],
            False,
        ),
        # Only one corner of the area (near Mykolaiv) is on land: every vertex counts.
        ("Polygon", [[[31.0, 45.0], [31.5, 45.0], [32.0, 47.2], [31.0, 45.5], [31.0, 45.0]]], True),
    ],
)
def test_sea_on_land_looks_at_every_vertex(gtype: str, coords: object, fires: bool) -> None:
    g = Geometry.from_geojson({"type": gtype, "coordinates": coords})
    found = of(evaluate(edit(baseline(), "u-20", geometry=g)), "SEA-ON-LAND")
    assert bool(found) is fires
    if fires:
        assert found[0].units == ("u-20",)


def test_sea_units_outside_ukraine_are_not_flagged_as_outside() -> None:
    assert of(evaluate(baseline()), "GEO-OUTSIDE") == []  # the sea units stand at sea


def test_geo_outside_units_are_staging() -> None:
    plan = add(baseline(), unit("x", "land.combat", "GB", *RZESZOW, strength=3000))
    findings = evaluate(plan)
    assert the_only(findings, "GEO-OUTSIDE").units == ("x",)
    # Its 3,000 troops are not counted, so the force is no larger than the baseline's.
    lowered = replace(plan, parameters={"min_troops": 21741})
    assert the_only(evaluate(lowered), "SIZE-MIN").message.startswith("The force totals 21,740")


def test_geo_occupied_only_with_an_occupied_area() -> None:
    plan = with_geometry(baseline(), "occupied_area", "MultiPolygon", [box(*KYIV, 0.3)])
    found = of(evaluate(plan), "GEO-OCCUPIED")
    assert {f.units[0] for f in found} == {"u-1", "u-4", "u-9", "u-10"}
    assert of(evaluate(baseline()), "GEO-OCCUPIED") == []


def test_geo_west_entry_allows_entry_points_and_air_defence_but_not_hq() -> None:
    plan = add(baseline(), unit("h", "land.hq", "FR", 24.1, 49.9, name="Forward HQ"))
    f = the_only(evaluate(plan), "GEO-WEST-ENTRY")
    assert f.units == ("h",)
    assert f.message == (
        "Forward HQ (FR) stands in western Ukraine (Lviv Oblast), which the mission uses only for entry points."
    )


def test_geo_forward_names_the_distance_and_nearest_source() -> None:
    f = the_only(evaluate(move(baseline(), "u-2", *ODESA_INLAND)), "GEO-FORWARD")
    d = min(geo.distance_to_border_km(c, *ODESA_INLAND) for c in ("RU", "BY"))
    assert f.units == ("u-2",)
    assert f"{d:,.0f} km" in f.message and "farther than 250 km" in f.message


def test_geo_forward_uses_the_contact_line_as_a_threat_source() -> None:
    plan = move(baseline(), "u-2", *ODESA_INLAND)
    with_line = with_geometry(plan, "contact_line", "LineString", line_near(*ODESA_INLAND, 200))
    assert of(evaluate(with_line), "GEO-FORWARD") == []
    far_line = with_geometry(plan, "contact_line", "LineString", line_near(*ODESA_INLAND, 300))
    assert the_only(evaluate(far_line), "GEO-FORWARD").units == ("u-2",)


def test_geo_forward_follows_the_parameter() -> None:
    plan = replace(move(baseline(), "u-2", *ZHYTOMYR), parameters={"max_threat_distance_km": 100})
    assert the_only(evaluate(plan), "GEO-FORWARD").units == ("u-2",)


def test_geo_east_concerns_every_kind_of_unit() -> None:
    plan = add(baseline("mfu"), unit("a", "air.defence", "DE", *KHARKIV, range_km=40))
    f = the_only(evaluate(plan), "GEO-EAST")
    assert f.units == ("a",) and "Kharkiv Oblast" in f.message


def test_geo_tripwire_skipped_without_a_contact_line_and_follows_the_parameter() -> None:
    assert of(evaluate(baseline("mfu")), "GEO-TRIPWIRE") == []
    plan = _tripwire_line(baseline("mfu"), 35)
    assert of(evaluate(plan), "GEO-TRIPWIRE") == []
    f = the_only(evaluate(replace(plan, parameters={"tripwire_km": 40})), "GEO-TRIPWIRE")
    assert f.units == ("u-2",) and f.severity == "error"
    assert "35 km from the contact line" in f.message


def test_geo_tripwire_concerns_land_units_only() -> None:
    plan = _tripwire_line(drop(baseline("mfu"), "u-2"), 5)
    plan = add(plan, unit("a", "air.defence", "DE", 34.55, 49.59, range_km=40))
    assert of(evaluate(plan), "GEO-TRIPWIRE") == []


def test_protect_priorities_one_finding_per_site_and_follows_the_parameter() -> None:
    plan = drop(baseline(), "u-14", "u-15")  # Rivne and Khmelnytskyi NPP batteries
    found = of(evaluate(plan), "PROTECT-PRIORITIES")
    assert [f.sites for f in found] == [("Rivne NPP",), ("Khmelnytskyi NPP",)]
    assert found[0].message == "No land unit or air-defence battery stands within 100 km of Rivne NPP."
    wide = replace(plan, parameters={"protect_radius_km": 400})
    assert of(evaluate(wide), "PROTECT-PRIORITIES") == []


def test_plan_priority_sites_replace_the_profile_list() -> None:
    plan = replace(baseline(), priority_sites=("Kharkiv", "Atlantis"))
    findings = evaluate(plan)
    assert [f.sites for f in of(findings, "PROTECT-PRIORITIES")] == [("Kharkiv",)]
    assert [f.sites for f in of(findings, "AIR-COVERAGE")] == [("Kharkiv",)]
    assert unknown_sites(plan) == ["Atlantis"]
    assert effective_priority_sites(plan) == ["Kharkiv", "Atlantis"]


def test_size_min_follows_the_profile() -> None:
    plan = edit(edit(baseline(), "u-1", strength=3000), "u-2", strength=3000)  # 13,740 troops
    assert of(evaluate(plan, profile="ecfr"), "SIZE-MIN") == []
    f = the_only(evaluate(plan, profile="mfu"), "SIZE-MIN")
    assert f.message == ("The force totals 13,740 troops in the ceasefire phase, below the minimum of 20,000.")


def test_phase_ceasefire_looks_at_the_whole_plan_whatever_the_phase_viewed() -> None:
    fire, _ = CASES["PHASE-CEASEFIRE"]
    plan = fire(baseline())
    assert the_only(evaluate(plan, phase="settlement"), "PHASE-CEASEFIRE")
    assert the_only(evaluate(Plan()), "PHASE-CEASEFIRE")


def test_us_troops_one_finding_listing_the_units() -> None:
    plan = add(baseline(), unit("a", "land.logistics", "US", *KYIV, strength=50),
               unit("b", "air.isr", "US", *KYIV, strength=0),
               unit("c", "air.defence", "US", *KYIV, strength=90))  # fmt: skip
    f = the_only(evaluate(plan), "US-TROOPS")
    assert f.units == ("a", "c") and f.nations == ("US",) and f.severity == "info"
    assert "140 troops" in f.message


def test_us_dependence_names_what_would_be_missing() -> None:
    plan = edit(edit(drop(baseline(), "u-22"), "u-8", nation="US"), "u-20", nation="US")
    found = of(evaluate(plan), "US-DEPENDENCE")
    assert [(f.depends, f.units, f.nations) for f in found] == [
        ("DOMAIN-AIR", ("u-8",), ("US",)),
        ("DOMAIN-SEA", ("u-20",), ("US",)),
    ]
    assert found[0].message == (
        "Without the United States, the plan would have no air-policing squadron in the ceasefire phase (DOMAIN-AIR)."
    )


def test_us_dependence_only_for_checks_that_pass_as_the_plan_stands() -> None:
    # DOMAIN-AIR already fails (no air policing): losing the US batteries adds no finding.
    plan = drop(baseline(), "u-8")
    plan = replace(plan, units=tuple(
        replace(u, nation="US") if u.kind == "air.defence" else u for u in plan.units))  # fmt: skip
    findings = evaluate(plan)
    assert the_only(findings, "DOMAIN-AIR")
    # Only the per-site AIR-COVERAGE passes now and would fail without the US batteries.
    assert [f.depends for f in of(findings, "US-DEPENDENCE")] == ["AIR-COVERAGE"]


def test_us_dependence_counts_contributions_and_isr_gap_names_us_only_isr() -> None:
    plan = replace(drop(baseline(), "u-9"), contributions=(Contribution("US", "isr"),))
    findings = evaluate(plan)
    f = the_only(findings, "ISR-GAP")
    assert f.nations == ("US",) and f.message.startswith("Only the United States provides ISR")
    # ISR-GAP ignores the US by definition, so removing the US cannot turn it from pass to fail.
    assert of(findings, "US-DEPENDENCE") == []


def test_isr_gap_without_any_isr() -> None:
    f = the_only(evaluate(drop(baseline(), "u-9")), "ISR-GAP")
    assert f.nations == () and f.message.startswith("No nation provides")


def test_without_us_removes_us_units_and_contributions_only() -> None:
    plan = add(baseline(), unit("a", "air.isr", "US", *KYIV))
    plan = replace(plan, contributions=(*plan.contributions, Contribution("US", "funding", 1.0)))
    out = without_us(plan)
    assert [u.id for u in out.units] == [u.id for u in baseline().units]
    assert out.contributions == baseline().contributions
    assert out.name == plan.name and out.parameters == plan.parameters


# ---------------------------------------------------------------------------------------------
# Phases, profiles, parameters, order
# ---------------------------------------------------------------------------------------------


def test_units_without_phases_are_in_every_phase_and_listed_phases_restrict() -> None:
    plan = edit(edit(baseline(), "u-20", phases=("settlement", "long_term")), "u-22", phases=("settlement",))
    assert the_only(evaluate(plan), "DOMAIN-SEA")
    assert of(evaluate(plan, phase="settlement"), "DOMAIN-SEA") == []
    assert of(evaluate(replace(plan, phase="long_term")), "DOMAIN-SEA") == []  # u-20 patrols then
    msg = the_only(evaluate(drop(plan, "u-21"), phase="settlement"), "SEA-DEMINING").message
    assert msg.endswith("in the settlement phase.")


def test_nation_rules_only_see_units_of_the_phase() -> None:
    plan = add(baseline(), unit("x", "land.logistics", "RU", *KYIV, phases=("long_term",)))
    assert of(evaluate(plan), "NAT-EXCLUDED") == []
    assert the_only(evaluate(plan, phase="long_term"), "NAT-EXCLUDED").units == ("x",)


def test_profile_argument_overrides_the_plans_own() -> None:
    plan = add(baseline("ecfr"), unit("x", "land.logistics", "PL", *KHARKIV))
    assert of(evaluate(plan), "GEO-EAST") == []
    assert the_only(evaluate(plan, profile="mfu"), "GEO-EAST").units == ("x",)


def test_unknown_profile_or_phase_is_refused() -> None:
    with pytest.raises(ValueError, match="profile"):
        evaluate(baseline(), profile="nato")
    with pytest.raises(ValueError, match="phase"):
        evaluate(baseline(), phase="war")


def test_findings_are_in_registry_order_then_unit_order_and_deterministic() -> None:
    plan = add(
        baseline("mfu"),
        unit("z", "land.logistics", "RU", *KHARKIV, roles=("ceasefire_monitoring",)),
        unit("a", "land.logistics", "CN", 37.5, 48.0),
    )
    plan = replace(plan, mandate="peacekeeping")
    findings = evaluate(plan)
    order = [r.id for r in RULES]
    ranks = [order.index(f.rule) for f in findings]
    assert ranks == sorted(ranks)
    east = of(findings, "GEO-EAST")
    assert [f.units for f in east] == [("z",), ("a",)]  # plan order, not id order
    assert evaluate(plan) == findings


def test_effective_parameters_merge_plan_overrides() -> None:
    plan = replace(baseline("mfu"), parameters={"tripwire_km": 25, "bogus": 1, "min_troops": -5})
    params = effective_parameters(plan)
    assert params["tripwire_km"] == 25.0
    assert params["min_troops"] == 20000.0  # a negative override is ignored
    assert "bogus" not in params
    assert effective_parameters(plan, "ecfr")["min_troops"] == 10000.0


def test_default_parameters_and_sites_follow_the_doctrine() -> None:
    for profile in PROFILES:
        p = DEFAULT_PARAMETERS[profile]
        assert p["min_fighter_generation"].value == 4
        assert p["max_threat_distance_km"].value == 250
        assert p["tripwire_km"].value == 30
        assert p["protect_radius_km"].value == 100
        for param in p.values():
            assert param.description and param.unit and param.label
            assert all(r in {x.id for x in RULES} for r in param.rules)
    assert DEFAULT_PARAMETERS["ecfr"]["min_troops"].value == 10000
    assert DEFAULT_PARAMETERS["mfu"]["min_troops"].value == 20000
    text = DOCTRINE.read_text(encoding="utf-8")
    sites = text.split("- `ecfr`:", 1)[1].split("(Zaporizhzhia", 1)[0]
    ecfr, mfu = sites.split("- `mfu`:")
    assert list(DEFAULT_PRIORITY_SITES["ecfr"]) == re.findall(r"`([^`]+)`", ecfr)
    assert list(DEFAULT_PRIORITY_SITES["mfu"]) == re.findall(r"`([^`]+)`", mfu)
    assert all(s in geo.places() for v in DEFAULT_PRIORITY_SITES.values() for s in v)


def test_core_lead_with_units_of_no_personnel_gives_no_staging_reason() -> None:
    plan = edit(drop(baseline(), "u-2", "u-5", "u-11"), "u-9", strength=0)  # GB: a 0-strength ISR asset
    f = the_only(evaluate(plan), "CORE-LEAD")
    assert f.units == ("u-9",)
    assert f.message == "The United Kingdom contributes no troops in the ceasefire phase."


def test_core_largest_names_every_tied_leader() -> None:
    plan = edit(edit(baseline(), "u-3", strength=9000), "u-6", strength=8500)  # DE 9,100; PL 8,500 + 600
    f = the_only(evaluate(plan), "CORE-LARGEST")
    assert f.nations == ("DE", "PL")
    assert f.message.startswith("Germany and Poland are the largest troop contributors (9,100 troops")
