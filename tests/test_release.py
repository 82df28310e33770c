"""desktop.release: the principle of ambiguity (doctrine.md) applied to a plan, as release-mode
prints and exports use it. Pure: no Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop import catalogue, geo
from desktop.doctrine import evaluate, metrics
from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit
from desktop.release import (
    GEOMETRY_GRID_DEG,
    areas_of,
    generalise_geometry,
    release_findings,
    release_note,
    release_plan,
    round_amount,
    round_strength,
)
from desktop.sample import sample_plan


@pytest.mark.parametrize(
    ("strength", "released"),
    [(0, 0), (1, 10), (4, 10), (14, 10), (15, 20), (94, 90), (95, 100), (100, 100), (149, 100),
     (150, 200), (151, 200), (1250, 1300), (5000, 5000), (20_049, 20_000)],
)  # fmt: skip
def test_strengths_round_half_up_to_100_or_to_10_below_100(strength: int, released: int) -> None:
    assert round_strength(strength) == released


@pytest.mark.parametrize(
    ("amount", "released"),
    [(None, None), (0, 0), (2_500_000_000, 2_500_000_000), (1_234_567, 1_200_000), (1_250_000, 1_300_000),
     (999, 1000), (15, 15), (7, 7)],
)  # fmt: skip
def test_amounts_round_to_two_significant_figures(amount: float | None, released: float | None) -> None:
    assert round_amount(amount) == released


def test_every_position_goes_to_the_label_point_of_its_area() -> None:
    areas = areas_of(
        [
            (30.52, 50.45),  # Kyiv city
            (24.03, 49.84),  # Lviv
            (21.0, 52.2),  # Warsaw: Poland
            (31.0, 44.0),  # Black Sea
            (5.0, 45.0),  # France: outside the data, nearest neighbour or sea
        ]
    )
    assert [(a.kind, a.key) for a in areas[:4]] == [
        ("oblast", "UA-30"),
        ("oblast", "UA-46"),
        ("country", "PL"),
        ("sea", "Black Sea"),
    ]
    assert areas[1].name == "Lviv" and areas[2].name == "Poland"
    assert areas[4].kind in ("country", "sea")
    for a in areas:
        assert (a.lon, a.lat) == geo.label_point(a.kind, a.key)


def test_label_points_lie_in_their_own_area() -> None:
    for iso, (lon, lat) in geo.label_points("oblast").items():
        ob = geo.oblast_of(lon, lat)
        assert ob is not None and ob.iso == iso
    for code, (lon, lat) in geo.label_points("country").items():
        assert geo.country_of_many([lon], [lat]) == [code]
    for name, (lon, lat) in geo.label_points("sea").items():
        assert geo.sea_of_many([lon], [lat]) == [name]


@pytest.fixture(scope="module")
def sample() -> Plan:
    return sample_plan()


@pytest.fixture(scope="module")
def released(sample: Plan) -> Plan:
    return release_plan(sample)


def test_release_keeps_no_exact_position_name_id_or_note(sample: Plan, released: Plan) -> None:
    assert len(released.units) == len(sample.units)
    label_points = {p for kind in ("oblast", "country", "sea") for p in geo.label_points(kind).values()}
    originals = {p for u in sample.units for p in u.geometry.positions()}
    names = {u.name for u in sample.units}
    ids = {u.id for u in sample.units} | {g.id for g in sample.geometries}
    kinds = {v["label"] for v in catalogue.kinds().values()}
    for u in released.units:
        assert u.geometry.type == "Point" and u.position in label_points and u.position not in originals
        assert u.name in kinds and u.name not in names
        assert u.id not in ids and u.id.startswith("r-")
        assert u.sidc is None and u.roles == () and dict(u.extra) == {}
        assert u.strength == round_strength(u.strength)
    assert all(c.note == "" and dict(c.extra) == {} for c in released.contributions)
    assert dict(released.extra) == {} and released.id is None
    for g in released.geometries:
        assert g.id not in ids and dict(g.extra) == {}
        for lon, lat in g.geometry.positions():
            assert (lon / GEOMETRY_GRID_DEG).is_integer() and (lat / GEOMETRY_GRID_DEG).is_integer()


def test_release_keeps_what_describes_the_force(sample: Plan, released: Plan) -> None:
    def composition(p: Plan) -> list[tuple[str, str, tuple[str, ...], str | None, int | None, int | None]]:
        return sorted((u.kind, u.nation, u.phases, u.system, u.count, u.ships) for u in p.units)

    assert composition(released) == composition(sample)
    for field in ("name", "profile", "phase", "mandate", "us_support", "classification", "priority_sites"):
        assert getattr(released, field) == getattr(sample, field)
    assert {g.kind for g in released.geometries} == {"contact_line", "occupied_area"}


def test_the_counting_rule_survives_generalisation(sample: Plan, released: Plan) -> None:
    """Units stay in or out of Ukraine, so troops per nation are the rounded strengths' sums."""
    staged = replace(
        sample,
        units=(*sample.units, Unit("pl-staging", "land.combat", "PL", Geometry.point(22.5, 50.5), "", 1234)),
    )
    before, after = metrics(staged), metrics(release_plan(staged))
    assert after["staging_units"] == before["staging_units"] == 1
    expected: dict[str, int] = {}
    for u in staged.units_in_phase():
        if u.id != "pl-staging":
            expected[u.nation] = expected.get(u.nation, 0) + round_strength(u.strength)
    assert {code: n for code, n in after["by_nation"].items() if n} == expected


def test_unit_ids_do_not_follow_the_plans_order(sample: Plan) -> None:
    a = release_plan(sample)
    b = release_plan(replace(sample, units=tuple(reversed(sample.units))))
    assert [(u.id, u.kind, u.nation, u.position) for u in a.units] == [
        (u.id, u.kind, u.nation, u.position) for u in b.units
    ]


def test_routes_and_areas_become_one_point_where_their_anchor_is() -> None:
    route = Unit("r", "sea.patrol", "TR", Geometry("LineString", ((30.9, 46.2), (31.3, 45.85))), "Route", 600)
    plan = release_plan(Plan(units=(route,)))
    assert plan.units[0].geometry == Geometry.point(*geo.label_point("sea", "Black Sea"))


def test_a_geometry_that_vanishes_on_the_grid_is_dropped() -> None:
    tiny = Geometry("Polygon", (((30.01, 50.01), (30.05, 50.01), (30.05, 50.05), (30.01, 50.01)),))
    assert generalise_geometry(tiny) is None
    plan = release_plan(Plan(geometries=(PlanGeometry("occ", "occupied_area", tiny, {"note": "x"}),)))
    assert plan.geometries == ()


def test_empty_plan_releases_to_an_empty_plan() -> None:
    assert release_plan(Plan(name="Empty")) == Plan(name="Empty")


def test_contributions_lose_notes_and_round_amounts() -> None:
    plan = Plan(contributions=(Contribution("DE", "funding", 1_234_567.0, "secret note", {"x": 1}),))
    assert release_plan(plan).contributions == (Contribution("DE", "funding", 1_200_000.0),)


def test_released_findings_state_rules_not_details(sample: Plan) -> None:
    findings = evaluate(sample, profile="mfu")
    rows = release_findings(findings)
    assert [r.rule for r in rows] == list(dict.fromkeys(f.rule for f in findings))
    assert sum(r.count for r in rows) == len(findings)
    for r in rows:
        assert not any(f.message in r.text for f in findings)


def test_release_note_states_the_rules() -> None:
    note = release_note()
    for words in ("oblast", "nearest 100", "nearest 10", "kind", "0.25°"):
        assert words in note
