"""The sample plan: every kind, plausible nations and figures, positions that make sense.

Geography is checked directly against ``desktop/resources/geo`` with shapely and geographiclib,
independently of the product's own geo module.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from db import Library
from desktop import catalogue
from desktop.model import UNIT_KINDS, Plan
from desktop.planfile import parse_plan, plan_to_text
from desktop.sample import SAMPLE_NAME, ensure_sample, sample_plan

GEO = Path(__file__).resolve().parent.parent / "desktop" / "resources" / "geo"


@cache
def _features(name: str) -> list[dict[str, Any]]:
    return json.loads((GEO / name).read_text(encoding="utf-8"))["features"]  # type: ignore[no-any-return]


@cache
def _black_sea() -> BaseGeometry:
    (sea,) = [shape(f["geometry"]) for f in _features("water.geojson")
              if f["properties"]["name"] == "Black Sea"]  # fmt: skip
    return sea


@cache
def _ukraine() -> BaseGeometry:
    return shape(_features("ukraine_outline.geojson")[0]["geometry"])


def _macro_region(lon: float, lat: float) -> str | None:
    for f in _features("ukraine_oblasts.geojson"):
        if shape(f["geometry"]).contains(Point(lon, lat)):
            return str(f["properties"]["macro_region"])
    return None


def _place(name: str) -> tuple[float, float]:
    (coords,) = [f["geometry"]["coordinates"] for f in _features("places.geojson")
                 if f["properties"]["name"] == name]  # fmt: skip
    return coords[0], coords[1]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"]) / 1000


@pytest.fixture(scope="module")
def plan() -> Plan:
    return sample_plan()


def test_name_and_size(plan: Plan) -> None:
    assert plan.name == SAMPLE_NAME == "Sample — ceasefire posture (illustrative)"
    troops = sum(u.strength for u in plan.units_in_phase("ceasefire"))
    assert 20_000 <= troops <= 25_000


def test_every_unit_kind_is_there(plan: Plan) -> None:
    assert {u.kind for u in plan.units} == set(UNIT_KINDS)


def test_france_and_the_uk_lead_a_broad_coalition(plan: Plan) -> None:
    by_nation = Counter[str]()
    for unit in plan.units:
        by_nation[unit.nation] += unit.strength
    assert {n for n, _ in by_nation.most_common(2)} == {"FR", "GB"}
    assert {"DE", "PL", "NL", "NO", "SE", "IT", "CA", "RO", "TR", "BG", "FI"} <= set(by_nation)
    for nation in plan.nations():
        assert catalogue.nations()[nation].eligible


def test_contributions_include_german_funding_and_us_isr(plan: Plan) -> None:
    kinds = {(c.nation, c.kind) for c in plan.contributions}
    assert {("DE", "funding"), ("US", "isr")} <= kinds
    assert all(c.amount_eur for c in plan.contributions if c.kind == "funding")
    assert not any(u.nation == "US" for u in plan.units)  # US: support, not troops


def test_it_is_a_valid_plan_file(plan: Plan) -> None:
    assert parse_plan(plan_to_text(plan)) == plan


def test_every_sea_vertex_is_at_sea_in_the_black_sea(plan: Plan) -> None:
    sea_units = [u for u in plan.units if u.domain == "maritime"]
    assert {u.geometry.type for u in sea_units if u.kind == "sea.patrol"} == {
        "Point", "LineString", "Polygon"
    }  # fmt: skip
    for unit in sea_units:
        for lon, lat in unit.geometry.positions():
            assert _black_sea().contains(Point(lon, lat)), (unit.id, lon, lat)
    assert {u.nation for u in sea_units if u.kind == "sea.patrol"} >= {"BG", "RO", "TR"}


def test_the_mcm_group_is_off_odesa(plan: Plan) -> None:
    (mcm,) = [u for u in plan.units if u.kind == "sea.mcm"]
    assert _km(mcm.position, _place("Odesa")) < 30


def test_land_and_air_units_stand_in_free_ukraine(plan: Plan) -> None:
    occupied = shape(plan.geometry("occupied_area").geometry.to_geojson())  # type: ignore[union-attr]
    for unit in plan.units:
        for lon, lat in unit.geometry.positions():
            assert not occupied.contains(Point(lon, lat)), unit.id  # sea units too
            if unit.domain != "maritime":
                assert _ukraine().contains(Point(lon, lat)), unit.id


def test_combat_units_are_forward_but_not_in_the_east(plan: Plan) -> None:
    regions = {u.id: _macro_region(*u.position) for u in plan.units if u.kind == "land.combat"}
    assert set(regions.values()) <= {"north", "centre", "south"}
    combat = [u.position for u in plan.units if u.kind == "land.combat"]
    for city, km in (("Kyiv", 60), ("Chernihiv", 80), ("Dnipro", 30), ("Odesa", 40), ("Poltava", 30)):
        assert min(_km(p, _place(city)) for p in combat) < km, city


def test_entry_hubs_are_at_lviv_and_chernivtsi(plan: Plan) -> None:
    hubs = [u for u in plan.units if u.kind == "land.logistics"]
    assert all("entry_point" in u.roles for u in hubs)
    for city in ("Lviv", "Chernivtsi"):
        assert min(_km(u.position, _place(city)) for u in hubs) < 20, city
    assert all(_macro_region(*u.position) == "west" for u in hubs)


@pytest.mark.parametrize("site", ["Kyiv", "Odesa", "Dnipro", "Rivne NPP", "Khmelnytskyi NPP", "South Ukraine NPP"])
def test_air_defence_covers_the_cities_and_the_nuclear_plants(plan: Plan, site: str) -> None:
    batteries = [u for u in plan.units if u.kind == "air.defence"]
    assert all(u.range_km and u.system for u in batteries)
    assert any(_km(u.position, _place(site)) <= u.range_km for u in batteries)  # type: ignore[operator]


def test_fighters_fly_a_cap_area_and_are_modern(plan: Plan) -> None:
    fighters = [u for u in plan.units if u.kind == "air.policing"]
    assert "Polygon" in {u.geometry.type for u in fighters}
    assert all((u.generation or 0) >= 4 and u.count and u.aircraft for u in fighters)


def test_the_sketched_front_is_marked_illustrative(plan: Plan) -> None:
    line, area = plan.geometry("contact_line"), plan.geometry("occupied_area")
    assert line is not None and area is not None
    for sketch in (line, area):
        assert sketch.extra == {"note": "illustrative sketch, not survey data"}
    polygon = shape(area.geometry.to_geojson())
    assert polygon.is_valid and polygon.exterior.is_ccw
    assert polygon.contains(Point(_place("Zaporizhzhia NPP")))
    assert polygon.contains(Point(_place("Sevastopol")))
    for free in ("Kherson", "Zaporizhzhia", "Kharkiv", "Mykolaiv", "Nikopol"):
        assert not polygon.contains(Point(_place(free))), free


def test_ensure_sample_adds_it_on_first_run_only(fresh_db: Library) -> None:
    plan_id = ensure_sample(fresh_db)
    assert plan_id is not None
    assert fresh_db.load_plan(plan_id).name == SAMPLE_NAME
    assert ensure_sample(fresh_db) is None
    assert len(fresh_db.list_plans()) == 1


def test_the_sample_passes_ecfr_without_a_warning_and_shows_what_mfu_asks_beyond(plan: Plan) -> None:
    """doctrine.md, second reading: under ecfr no error and no warning (the Yavoriv training
    mission is shown as information); under mfu, Lviv outside every air-defence ring."""
    from desktop.doctrine import check_report

    ecfr = check_report(plan, profile="ecfr")
    assert [(f["severity"], f["rule"]) for f in ecfr["findings"]] == [("info", "GEO-WEST-SUPPORT")]
    mfu = check_report(plan, profile="mfu")
    assert [(f["severity"], f["rule"], f["sites"]) for f in mfu["findings"]] == [("warning", "AIR-COVERAGE", ["Lviv"])]
    for phase in ("settlement", "long_term"):  # the later phases keep the posture sound too
        assert not [f for f in check_report(plan, profile="ecfr", phase=phase)["findings"] if f["severity"] == "error"]
