"""desktop.release: the principle of ambiguity (doctrine.md) applied to a plan, as release-mode
prints and exports use it. Pure: no Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop import catalogue, geo
from desktop.doctrine import metrics
from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit
from desktop.release import (
    GEOMETRY_GRID_DEG,
    RELEASED_PLAN_NAME,
    areas_of,
    generalise_geometry,
    public_designations,
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
    originals = {p for u in sample.units for p in u.geometry.positions()}
    names = {u.name for u in sample.units}
    ids = {u.id for u in sample.units} | {g.id for g in sample.geometries}
    kinds = {v["label"] for v in catalogue.kinds().values()}
    for u in released.units:
        assert u.geometry.type == "Point" and u.position not in originals
        assert u.name in kinds and u.name not in names
        assert u.id not in ids and u.id.startswith("r-")
        assert u.sidc is None and u.roles == () and dict(u.extra) == {}
        assert u.strength == round_strength(u.strength)
    assert all(c.note == "" and set(c.extra) <= {"troops"} for c in released.contributions)
    troops = [c.extra["troops"] for c in released.contributions if c.kind == "troops"]
    assert troops and all(t == round_strength(t) for t in troops)  # troop pledges rounded like strengths
    assert dict(released.extra) == {} and released.id is None
    for g in released.geometries:
        assert g.id not in ids and dict(g.extra) == {}
        for lon, lat in g.geometry.positions():
            assert (lon / GEOMETRY_GRID_DEG).is_integer() and (lat / GEOMETRY_GRID_DEG).is_integer()


def test_each_unit_stays_in_its_area_and_units_sharing_one_are_spread(sample: Plan, released: Plan) -> None:
    """Released units are ordered by kind and nation, so compare areas as multisets."""
    label_points = {p for kind in ("oblast", "country", "sea") for p in geo.label_points(kind).values()}
    before = sorted((a.kind, a.key) for a in areas_of([u.position for u in sample.units]))
    after_areas = areas_of([u.position for u in released.units])
    assert sorted((a.kind, a.key) for a in after_areas) == before
    positions = [u.position for u in released.units]
    assert len(set(positions)) == len(positions), "two released units at one point"
    by_area: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for a, p in zip(after_areas, positions, strict=True):
        by_area.setdefault((a.kind, a.key), []).append(p)
    shared = [ps for ps in by_area.values() if len(ps) > 1]
    assert shared, "the sample has an oblast holding several units"
    for key, ps in by_area.items():
        assert geo.label_point(*key) in ps  # the first of an area stands at its label point
        assert sum(p in label_points for p in ps) == 1


def test_many_units_in_a_small_area_stay_inside_it_and_apart() -> None:
    """Twelve batteries in Kyiv city (a small area) and nine patrols in the Sea of Azov."""
    kyiv = [Unit(f"k{i}", "air.defence", "DE", Geometry.point(30.52 + i * 0.001, 50.45), "x", 90) for i in range(12)]
    azov = [Unit(f"a{i}", "sea.patrol", "RO", Geometry.point(36.5 + i * 0.01, 46.0), "y", 50) for i in range(9)]
    released = release_plan(Plan(units=(*kyiv, *azov)))
    areas = areas_of([u.position for u in released.units])
    assert sorted((a.kind, a.key) for a in areas) == [("oblast", "UA-30")] * 12 + [("sea", "Sea of Azov")] * 9
    assert len({u.position for u in released.units}) == 21
    assert all(geo.at_sea(*u.position) for u in released.units if u.kind == "sea.patrol")


def test_release_keeps_what_describes_the_force(sample: Plan, released: Plan) -> None:
    def composition(p: Plan, public: bool) -> list[tuple[object, ...]]:
        return sorted(
            (u.kind, u.nation, u.phases, u.system if not public or u.system in public_designations() else None,
             u.count, u.ships) for u in p.units
        )  # fmt: skip

    assert composition(released, False) == composition(sample, True)
    for field in ("profile", "phase", "classification"):
        assert getattr(released, field) == getattr(sample, field)
    assert {g.kind for g in released.geometries} == {"contact_line", "occupied_area"}


def test_release_withholds_the_mandate_us_support_parameters_and_free_text() -> None:
    plan = Plan(
        name="Option B: push to Kharkiv",
        mandate="peacekeeping",
        us_support="full",
        parameters={"min_troops": 12345},
        priority_sites=("Kyiv", "Київ", {"name": "Secret depot 7", "lon": 30.1, "lat": 50.2}),
        units=(
            Unit("u1", "air.defence", "DE", Geometry.point(30.5, 50.4), "Secret battery", 95, system="Patriot PAC-3"),
            Unit("u2", "air.defence", "DE", Geometry.point(30.6, 50.4), "x", 95, system="SAMP/T moving 3 Dec"),
            Unit("u3", "air.policing", "FR", Geometry.point(30.6, 50.5), "x", 95, aircraft="Rafale (hidden base)"),
        ),
    )
    released = release_plan(plan)
    assert released.name == RELEASED_PLAN_NAME
    assert (released.mandate, released.us_support, dict(released.parameters)) == ("deterrence", "none", {})
    assert released.priority_sites == ("Kyiv", "Київ")
    assert sorted(str(u.system) for u in released.units) == ["None", "None", "Patriot PAC-3"]
    assert all(u.aircraft is None for u in released.units)
    from desktop.planfile import plan_to_text

    text = plan_to_text(released)
    for secret in ("Kharkiv", "peacekeeping", "full", "12345", "Secret", "moving", "hidden", "mandate", "us_support"):
        assert secret not in text


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
    released = release_plan(Plan(name="Empty"))
    assert replace(released, declared=frozenset()) == Plan(name=RELEASED_PLAN_NAME)


def test_contributions_lose_notes_and_round_amounts() -> None:
    plan = Plan(contributions=(Contribution("DE", "funding", 1_234_567.0, "secret note", {"x": 1}),))
    assert release_plan(plan).contributions == (Contribution("DE", "funding", 1_200_000.0),)


def test_release_note_states_the_rules() -> None:
    note = release_note()
    for words in ("oblast", "nearest 100", "nearest 10", "kind", "0.25°", "mandate", "findings", "withheld"):
        assert words in note
