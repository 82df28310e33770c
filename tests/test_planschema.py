"""docs/plan.schema.json (desktop/planschema.py): a JSON Schema of the plan file that other tools
can validate with, checked with the ``jsonschema`` package against every test plan and every
plan file the product writes; and RFC 7946 (geojson-validator) on every GeoJSON we write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import geojson_validator
import jsonschema
import pytest

from desktop.export import export_plan
from desktop.model import Geometry, Plan, PlanGeometry
from desktop.planfile import plan_to_geojson, read_plan_file
from desktop.planschema import schema_text
from desktop.sample import sample_plan

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SCHEMA = ROOT / "docs" / "plan.schema.json"
GOOD = sorted([*DATA.glob("*.plan.geojson"), *DATA.glob("roundtrip/*.plan.geojson")])
BAD = sorted(DATA.glob("bad/*.plan.geojson"))
#: Bad files only the product can refuse: a schema cannot see duplicate ids or unclosed rings, and
#: NaN is not JSON at all (a JSON parser that reads it hands the validator a float).
BEYOND_A_SCHEMA = {"duplicate-id", "extra-nan", "nan-coordinate", "ring-not-closed"}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_published_schema_is_the_generated_one() -> None:
    hint = "run: python -m desktop.planschema > docs/plan.schema.json"
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), hint


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_every_test_plan_is_valid(path: Path, validator: jsonschema.Draft202012Validator) -> None:
    errors = [e.message for e in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
    assert errors == []


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_bad_plans_are_invalid(path: Path, validator: jsonschema.Draft202012Validator) -> None:
    try:
        doc = json.loads(path.read_bytes())
    except ValueError:
        pytest.skip("not JSON: no schema applies")
    stem = path.name.removesuffix(".plan.geojson")
    valid = validator.is_valid(doc)
    assert valid == (stem in BEYOND_A_SCHEMA)


def _written(plan: Plan, tmp_path: Path, release: bool = False) -> Any:
    out = tmp_path / "out.plan.geojson"
    export_plan(plan, "geojson", out, release=release)
    return json.loads(out.read_text(encoding="utf-8"))


PLANS = {"sample": sample_plan, "full": lambda: read_plan_file(DATA / "full.plan.geojson")}


@pytest.mark.parametrize("release", [False, True], ids=["exact", "release"])
@pytest.mark.parametrize("name", sorted(PLANS))
def test_what_we_write_is_a_valid_plan_and_rfc7946(name: str, release: bool, tmp_path: Path,
                                                   validator: jsonschema.Draft202012Validator) -> None:  # fmt: skip
    doc = _written(PLANS[name](), tmp_path, release)
    assert [e.message for e in validator.iter_errors(doc)] == []
    assert geojson_validator.validate_structure(doc) == {}
    checked = geojson_validator.validate_geometries(doc)
    assert checked["invalid"] == {}, checked


def _clockwise_area() -> Plan:
    outer = ((30.0, 46.0), (30.0, 47.0), (32.0, 47.0), (32.0, 46.0), (30.0, 46.0))  # clockwise
    hole = ((30.5, 46.2), (31.5, 46.2), (31.5, 46.8), (30.5, 46.8), (30.5, 46.2))  # counter-clockwise
    area = PlanGeometry("occupied_area", "occupied_area", Geometry("Polygon", (outer, hole)))
    multi = PlanGeometry("contact_line", "contact_line", Geometry("LineString", ((30.0, 48.0), (31.0, 48.5))))
    return Plan(geometries=(area, multi))


def test_rings_wound_the_other_way_are_written_counter_clockwise_with_clockwise_holes() -> None:
    plan = _clockwise_area()
    raw = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": g.geometry.to_geojson()}
        for g in plan.geometries]}  # fmt: skip
    assert set(geojson_validator.validate_geometries(raw)["invalid"]) == {"exterior_not_ccw", "interior_not_cw"}
    written = plan_to_geojson(plan)
    assert geojson_validator.validate_geometries(written)["invalid"] == {}
    ring = written["features"][0]["geometry"]["coordinates"][0]
    assert ring == [list(p) for p in reversed(plan.geometries[0].geometry.coordinates[0])]
    assert read_plan_file_like(written).geometries[0].geometry.type == "Polygon"


def read_plan_file_like(doc: dict[str, Any]) -> Plan:
    from desktop.planfile import parse_plan

    return parse_plan({**doc, "posture": {"format": 1}})
