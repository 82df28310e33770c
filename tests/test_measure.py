"""Measurements (desktop/measure.py): legs, bearings, areas on WGS84, kept measurements in the
plan file and the library, and a unit's distances as the rules measure them. Pure."""

from __future__ import annotations

from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic

from db import Library
from desktop import geo, measure
from desktop.planfile import parse_plan, plan_to_text
from desktop.sample import sample_plan


def test_legs_total_and_bearing_are_geodesic() -> None:
    kyiv, lviv, odesa = geo.place("Kyiv"), geo.place("Lviv"), geo.place("Odesa")
    m = measure.measure([kyiv, lviv, odesa])
    truth = Geodesic.WGS84.Inverse(kyiv[1], kyiv[0], lviv[1], lviv[0])
    assert m.legs[0].km == pytest.approx(truth["s12"] / 1000, abs=1e-6)
    assert m.legs[0].bearing == pytest.approx(truth["azi1"] % 360)
    assert m.total_km == pytest.approx(m.legs[0].km + geo.geodesic_km(*lviv, *odesa))
    assert m.area_km2 is None and m.summary().endswith("in 2 legs")
    assert 460 < m.legs[0].km < 475


def test_a_closed_shape_has_its_ellipsoidal_area() -> None:
    m = measure.measure([(30, 49), (32, 49), (32, 50), (30, 50)], closed=True)
    assert len(m.legs) == 4 and m.closed
    assert m.area_km2 == pytest.approx(16_080, rel=0.01)
    assert "around" in m.summary() and "km²" in m.summary()
    assert measure.measure([(30, 49), (32, 49)], closed=True).area_km2 is None  # two points close nothing


def test_kept_measurements_round_trip_through_file_and_library(tmp_path: Path) -> None:
    plan = sample_plan()
    extra = measure.with_annotation(plan, [(30.5, 50.4), (24.0, 49.8)], closed=False)
    from dataclasses import replace

    plan = replace(plan, extra=extra)
    again = parse_plan(plan_to_text(plan))
    assert measure.kept(again) == [{"kind": "measure", "coordinates": [[30.5, 50.4], [24.0, 49.8]],
                                           "closed": False}]  # fmt: skip
    with Library(tmp_path / "lib.sqlite") as lib:
        assert measure.kept(lib.load_plan(lib.add_plan(again))) == measure.kept(again)
    page = measure.for_page(again)
    assert page[0]["label"].startswith("4") and "bearing" in page[0]["label"]
    assert measure.without_annotations(again) == {k: v for k, v in again.extra.items() if k != "annotations"}


def test_malformed_annotations_are_kept_but_not_drawn() -> None:
    from dataclasses import replace

    plan = replace(sample_plan(), extra={"annotations": [{"kind": "measure", "coordinates": [[999, 0], [0, 0]]},
                                                          "text", {"kind": "note"}]})  # fmt: skip
    assert measure.kept(plan) == [] and measure.for_page(plan) == []


def test_a_units_distances_are_the_rules_numbers() -> None:
    plan = sample_plan()
    u = plan.unit("gb-armd-bde")
    d = measure.unit_distances(plan, u)
    line = plan.geometry("contact_line")
    assert line is not None
    assert d.contact_line_km == geo.distance_km(line.geometry, *u.position)
    assert d.belarus_km == geo.distance_to_border_km("BY", *u.position) < 50
    assert d.russia_km == geo.distance_to_border_km("RU", *u.position)
    assert d.nearest_site is not None and d.nearest_site[0] in geo.places()
    assert not d.in_occupied_area
