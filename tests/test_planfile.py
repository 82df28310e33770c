"""The plan exchange file: strict reading (docs/plan-format.md "Bad input"), round trip, writing."""

from __future__ import annotations

import dataclasses
import json
import math
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Library
from desktop import planfile
from desktop.model import (
    ALLOWED_GEOMETRIES,
    CONTRIBUTION_KINDS,
    GEOMETRY_KINDS,
    MANDATES,
    MAX_AIRCRAFT,
    MAX_RANGE_KM,
    MAX_SHIPS,
    MAX_STRENGTH,
    PHASES,
    PROFILES,
    UNIT_FIELDS,
    UNIT_KINDS,
    UNIT_SPECS,
    US_SUPPORT,
    Contribution,
    Geometry,
    Plan,
    PlanGeometry,
    Unit,
)
from desktop.planfile import (
    PlanFileError,
    parse_plan,
    parse_plan_geometries,
    plan_to_geojson,
    plan_to_text,
    read_plan_file,
    read_plan_geometries,
    write_plan_file,
)

DATA = Path(__file__).resolve().parent / "data"
REPO = DATA.parent.parent
BAD = DATA / "bad"
BAD_CASES: dict[str, list[str]] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
#: Symbol codes valid by structure (desktop/sidc.py): land units with any echelon, air, space and
#: sea surface without one; any entity and modifiers (the engine draws unknown ones as a parent).
VALID_SIDC = st.from_regex(
    r"\A(10|11|13|14)[0-2][0-6]((10|11)[0-5][0-7](00|1[1-8]|2[1-6])|(01|05|30)[0-5][0-7]00)[0-9]{10}\Z"
)


def _typed(value: Any, key: str = "") -> Any:
    """``value`` with every leaf tagged by its JSON type (``100`` is not ``100.0``); coordinates
    as floats (``[30, 50]`` and ``[30.0, 50.0]`` are the same position)."""
    if key == "coordinates":
        return json.loads(json.dumps(value), parse_int=float)
    if isinstance(value, dict):
        return {k: _typed(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _units_first(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with its features in the order the writer writes them: units, then geometries."""
    features = doc["features"]
    geometry = [f["properties"]["kind"] in GEOMETRY_KINDS for f in features]
    ordered = [f for f, g in zip(features, geometry, strict=True) if not g]
    ordered += [f for f, g in zip(features, geometry, strict=True) if g]
    return {**doc, "features": ordered}


# -- reading ------------------------------------------------------------------------------------


def test_example_of_the_spec_reads_as_documented() -> None:
    plan = read_plan_file(DATA / "example.plan.geojson")
    assert plan.name == "Ceasefire posture, option B"
    assert (plan.profile, plan.phase, plan.mandate, plan.us_support) == (
        "ecfr", "ceasefire", "deterrence", "financial"
    )  # fmt: skip
    assert plan.parameters == {"min_troops": 15000, "tripwire_km": 25}
    assert plan.priority_sites == ("Kyiv", "Odesa", "Dnipro")
    assert plan.contributions == (
        Contribution("DE", "funding", 2500000000, "ISR procurement"),
        Contribution("US", "isr", None, "satellite imagery"),
    )
    assert [u.id for u in plan.units] == ["u-1", "u-2", "u-3"]
    gb = plan.unit("u-1")
    assert gb.geometry == Geometry.point(35.05, 48.46)
    assert (gb.strength, gb.phases, gb.roles, gb.sidc) == (5000, ("ceasefire", "settlement"), (), None)
    assert plan.unit("u-2").range_km == 100 and isinstance(plan.unit("u-2").range_km, int)
    assert plan.unit("u-3").geometry.type == "LineString"
    assert [(g.id, g.kind) for g in plan.geometries] == [("line", "contact_line")]
    assert plan.id is None and plan.extra == {}


def test_full_file_round_trips_exactly() -> None:
    """Import -> export gives back every unit, geometry and property, unknown ones included."""
    original = json.loads((DATA / "full.plan.geojson").read_text(encoding="utf-8"))
    plan = read_plan_file(DATA / "full.plan.geojson")
    assert plan_to_geojson(plan) == original
    assert plan.extra == {"author": {"cell": "J5 plans", "version": [1, 2]}, "x-review": None}
    assert plan.unit("gb-1").extra["readiness"] == {"days": 30, "notes": None}
    assert plan.contributions[4].extra == {"x-hub": {"city": "Rzeszów", "open": True}}
    assert plan.geometry("contact_line").extra == {  # type: ignore[union-attr]
        "note": "illustrative", "source": {"date": "2025-06-01"}
    }  # fmt: skip
    assert plan.priority_sites == ()  # an empty list is not "the profile's default" (None)


def test_example_file_is_the_example_of_the_spec() -> None:
    spec = (REPO / "docs" / "plan-format.md").read_text(encoding="utf-8")
    block = spec.split("```json\n", 1)[1].split("```", 1)[0]
    assert json.loads(block) == json.loads((DATA / "example.plan.geojson").read_text(encoding="utf-8"))


def test_example_round_trips_exactly() -> None:
    original = json.loads((DATA / "example.plan.geojson").read_text(encoding="utf-8"))
    plan = read_plan_file(DATA / "example.plan.geojson")
    assert _typed(plan_to_geojson(plan)) == _typed(original)  # "roles": [] included
    assert plan.unit("u-1").declared == {"kind", "nation", "name", "strength", "phases", "roles"}
    assert plan.unit("u-2").declared == frozenset()  # the writer would write it so anyway
    assert plan.declared == frozenset() and all(not c.declared for c in plan.contributions)


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "roundtrip").glob("*.plan.geojson")))
def test_tricky_file_round_trips_exactly(name: str) -> None:
    original = json.loads((DATA / "roundtrip" / name).read_text(encoding="utf-8"))
    plan = read_plan_file(DATA / "roundtrip" / name)
    assert _typed(plan_to_geojson(plan)) == _typed(_units_first(original))
    assert parse_plan(plan_to_text(plan)) == plan


def test_absent_members_stay_absent() -> None:
    plan = read_plan_file(DATA / "roundtrip" / "absent-members.plan.geojson")
    bare = plan.unit("bare")
    assert (bare.strength, bare.declared) == (0, {"kind", "nation"})
    assert plan_to_geojson(plan)["features"][0]["properties"] == {"kind": "land.combat", "nation": "GB"}
    posture = plan_to_geojson(plan)["posture"]
    assert set(posture) == {"format", "phase", "contributions"}
    assert posture["contributions"][0] == {"nation": "DE", "kind": "funding"}


def test_a_posture_of_only_format_comes_back_so() -> None:
    plan = read_plan_file(DATA / "roundtrip" / "format-only.plan.geojson")
    assert plan.declared == {"format"} and plan.name == "Untitled plan"
    assert plan_to_geojson(plan)["posture"] == {"format": 1}
    renamed = dataclasses.replace(plan, name="Option C", mandate="peacekeeping")
    assert plan_to_geojson(renamed)["posture"] == {"format": 1, "name": "Option C", "mandate": "peacekeeping"}


def test_declared_members_are_written_even_at_their_default() -> None:
    plan = read_plan_file(DATA / "roundtrip" / "empty-members.plan.geojson")
    props = plan_to_geojson(plan)["features"][0]["properties"]
    assert props == {"kind": "land.combat", "nation": "GB", "name": "", "strength": 0, "phases": [], "roles": []}
    notes = read_plan_file(DATA / "roundtrip" / "empty-notes.plan.geojson")
    assert [c["note"] for c in plan_to_geojson(notes)["posture"]["contributions"]] == ["", ""]


def test_editing_a_unit_keeps_what_its_file_declared() -> None:
    plan = read_plan_file(DATA / "roundtrip" / "absent-members.plan.geojson")
    unit = plan.unit("bare")
    moved = dataclasses.replace(unit, geometry=unit.geometry.moved_to(31, 49), name="Renamed")
    props = plan_to_geojson(plan.with_unit(moved))["features"][0]["properties"]
    assert props == {"kind": "land.combat", "nation": "GB", "name": "Renamed"}  # still no strength
    reset = dataclasses.replace(moved, name="")
    assert "name" not in plan_to_geojson(plan.with_unit(reset))["features"][0]["properties"]
    stronger = dataclasses.replace(unit, strength=300)
    assert plan_to_geojson(plan.with_unit(stronger))["features"][0]["properties"]["strength"] == 300


def test_values_made_in_the_app_are_written_as_before() -> None:
    """Nothing declared: every posture member, ``strength`` always, other members when set."""
    unit = Unit("a", "land.hq", "FR", Geometry.point(30, 50), roles=())
    doc = plan_to_geojson(Plan(units=(unit,), contributions=(Contribution("DE", "funding", note=""),)))
    assert set(doc["posture"]) == {"format", "name", "profile", "phase", "mandate", "us_support",
                                   "classification", "contributions"}  # fmt: skip
    assert doc["posture"]["contributions"] == [{"nation": "DE", "kind": "funding"}]
    assert doc["features"][0]["properties"] == {"kind": "land.hq", "nation": "FR", "strength": 0}
    assert doc["features"][0]["id"] == "a"


def test_a_file_written_by_the_app_reads_back_equal() -> None:
    """``declared`` stays empty when the file gives exactly what the app writes anyway."""
    plan = read_plan_file(DATA / "full.plan.geojson")
    assert plan.declared == frozenset()
    assert all(not u.declared for u in plan.units) and all(not c.declared for c in plan.contributions)


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_file_is_rejected_with_one_clear_line(case: str) -> None:
    path = BAD / f"{case}.plan.geojson"
    with pytest.raises(PlanFileError) as caught:
        read_plan_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    for fragment in BAD_CASES[case]:
        assert fragment in message


def test_every_bad_case_has_a_file() -> None:
    files = {p.name.removesuffix(".plan.geojson") for p in BAD.glob("*.plan.geojson")}
    assert files == set(BAD_CASES)


def test_missing_file_is_a_plan_file_error(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match=r"nope\.plan\.geojson: cannot read"):
        read_plan_file(tmp_path / "nope.plan.geojson")


def test_source_names_the_data_in_messages(example_doc: dict[str, Any]) -> None:
    example_doc["features"][0]["properties"]["nation"] = "XX"
    with pytest.raises(PlanFileError, match=r'^dropped\.json: feature #1 \(id "u-1"\)'):
        parse_plan(json.dumps(example_doc), source="dropped.json")


def test_parsed_mapping_with_nan_is_rejected(example_doc: dict[str, Any]) -> None:
    example_doc["features"][1]["geometry"]["coordinates"] = [math.nan, 50.0]
    with pytest.raises(PlanFileError, match=r"coordinates\[0\] NaN is not a finite number"):
        parse_plan(example_doc)


def test_parsed_mapping_with_a_non_json_extra_is_rejected(example_doc: dict[str, Any]) -> None:
    example_doc["features"][1]["properties"]["when"] = object()
    with pytest.raises(PlanFileError, match=r"properties\.when .* is not a JSON value"):
        parse_plan(example_doc)


def test_bytes_with_a_bom_are_read(example_doc: dict[str, Any]) -> None:
    data = "\ufeff".encode() + json.dumps(example_doc).encode()
    assert parse_plan(data).name == example_doc["posture"]["name"]


def test_features_without_id_get_stable_unique_ids(example_doc: dict[str, Any]) -> None:
    features = example_doc["features"]
    del features[0]["id"]  # would be u-1 ...
    features[1]["id"] = "u-1"  # ... which is taken
    del features[2]["id"]
    del features[3]["id"]
    first = parse_plan(json.dumps(example_doc))
    again = parse_plan(json.dumps(example_doc))
    assert [u.id for u in first.units] == ["u-1-2", "u-1", "u-3"]
    assert [g.id for g in first.geometries] == ["contact_line"]
    assert first == again
    reread = parse_plan(plan_to_text(first))
    assert reread == first  # assigned ids are written, so they stay


def test_integer_feature_id_is_a_string_that_is_written_as_an_integer(example_doc: dict[str, Any]) -> None:
    example_doc["features"][0]["id"] = 7
    example_doc["features"][3]["id"] = -12
    plan = parse_plan(example_doc)
    assert (plan.units[0].id, plan.units[0].id_is_int) == ("7", True)
    assert (plan.geometries[0].id, plan.geometries[0].id_is_int) == ("-12", True)
    assert (plan.units[1].id, plan.units[1].id_is_int) == ("u-2", False)
    assert [f["id"] for f in plan_to_geojson(plan)["features"]] == [7, "u-2", "u-3", -12]
    assert plan.has_unit("7") and parse_plan(plan_to_text(plan)) == plan


def test_an_integer_id_and_its_text_are_the_same_id(example_doc: dict[str, Any]) -> None:
    example_doc["features"][0]["id"] = 7
    example_doc["features"][1]["id"] = "7"
    with pytest.raises(PlanFileError, match=r'feature #2 \(id "7"\): id "7" is also the id of feature #1'):
        parse_plan(example_doc)


def test_a_string_id_of_digits_stays_a_string(example_doc: dict[str, Any]) -> None:
    example_doc["features"][0]["id"] = "007"
    plan = parse_plan(example_doc)
    assert plan_to_geojson(plan)["features"][0]["id"] == "007"
    assert (
        plan_to_geojson(dataclasses.replace(plan, units=(dataclasses.replace(plan.units[0], id_is_int=True),)))[
            "features"
        ][0]["id"]
        == "007"
    )  # not an integer's text: written as it is


def test_null_optional_members_mean_absent_and_come_back_as_null(example_doc: dict[str, Any]) -> None:
    props = example_doc["features"][1]["properties"]
    props.update(sidc=None, range_km=None, name=None, strength=None)
    example_doc["posture"]["priority_sites"] = None
    plan = parse_plan(example_doc)
    unit = plan.unit("u-2")
    assert (unit.sidc, unit.range_km, unit.name, unit.strength) == (None, None, "", 0)
    assert unit.extra == {"sidc": None, "range_km": None, "name": None, "strength": None}
    assert plan.priority_sites is None
    doc = plan_to_geojson(plan)
    assert doc["features"][1]["properties"] == props
    assert doc["posture"]["priority_sites"] is None
    named = plan.with_unit(dataclasses.replace(unit, name="SAMP/T", strength=120))
    assert plan_to_geojson(named)["features"][1]["properties"] == {**props, "name": "SAMP/T", "strength": 120}


def test_priority_sites_by_name_name_uk_or_custom_position(example_doc: dict[str, Any]) -> None:
    """doctrine.md: a place of the geo data by ``name`` or ``name_uk``, or ``{name, lon, lat}``."""
    from desktop.doctrine import effective_priority_sites, priority_site_points, unknown_sites

    alpha = {"name": "Forward Base Alpha", "lon": 25.3, "lat": 50.1}
    example_doc["posture"]["priority_sites"] = ["Kyiv", "Одеса", alpha]
    plan = parse_plan(example_doc)
    assert plan.priority_sites == ("Kyiv", "Одеса", alpha)
    assert unknown_sites(plan) == []
    assert effective_priority_sites(plan) == ["Kyiv", "Odesa", "Forward Base Alpha"]
    assert priority_site_points(plan)[2] == ("Forward Base Alpha", 25.3, 50.1)
    assert plan_to_geojson(plan)["posture"]["priority_sites"] == ["Kyiv", "Одеса", alpha]


@pytest.mark.parametrize(
    ("sites", "message"),
    [(["Kyiv", ""], r'priority_sites\[1\] "" is empty'), ([3], r"priority_sites\[0\] 3 is not an object"),
     ("Kyiv", r'priority_sites "Kyiv" is not a list'),
     (["Kyiv", "Atlantis"], r'priority_sites\[1\] "Atlantis" is not a place of the map data'),
     ([{"name": "Depot", "lon": 30}], r"priority_sites\[0\].lat is missing"),
     ([{"name": "Depot", "lon": 30, "lat": 95}], r"priority_sites\[0\].lat 95 is out of range"),
     ([{"name": " ", "lon": 30, "lat": 45}], r'priority_sites\[0\].name " " is empty')],
)  # fmt: skip
def test_priority_sites_must_be_names(example_doc: dict[str, Any], sites: Any, message: str) -> None:
    example_doc["posture"]["priority_sites"] = sites
    with pytest.raises(PlanFileError, match=message):
        parse_plan(example_doc)


@pytest.mark.parametrize("field", ["strength", "count", "ships", "range_km", "generation"])
def test_a_whole_number_the_library_cannot_hold_is_refused(example_doc: dict[str, Any], field: str) -> None:
    example_doc["features"][1]["properties"][field] = 2**63
    with pytest.raises(PlanFileError, match=rf"properties\.{field} 9223372036854775808 is too large"):
        parse_plan(example_doc)


@pytest.mark.parametrize(
    ("field", "top", "words"),
    [("strength", 1_000_000, "1,000,000 personnel"), ("range_km", 5000, "5,000 km"),
     ("count", UNIT_SPECS["count"].maximum, "aircraft"), ("ships", UNIT_SPECS["ships"].maximum, "ships"),
     ("generation", 6, "6")],
)  # fmt: skip
def test_numbers_are_bounded_at_the_door_naming_the_field(
    example_doc: dict[str, Any], field: str, top: float, words: str
) -> None:
    """plan-format.md: a strength above 1,000,000, a range above 5,000 km… is bad input naming the field."""
    example_doc["features"][1]["properties"][field] = int(top)
    assert getattr(parse_plan(example_doc).unit("u-2"), field) == top
    example_doc["features"][1]["properties"][field] = int(top) + 1
    with pytest.raises(
        PlanFileError, match=rf'feature #2 \(id "u-2"\): properties\.{field} {int(top) + 1} is above .*{words}'
    ):
        parse_plan(example_doc)
    example_doc["features"][1]["properties"][field] = float("nan")
    with pytest.raises(PlanFileError, match=rf"properties\.{field} NaN is not a finite number"):
        parse_plan(json.dumps(example_doc))


def test_a_contribution_amount_is_bounded_at_the_door(example_doc: dict[str, Any]) -> None:
    example_doc["posture"]["contributions"] = [{"nation": "DE", "kind": "funding", "amount_eur": 10**13 + 1}]
    with pytest.raises(PlanFileError, match=r"contributions\[0\]\.amount_eur 10000000000001 is above 10\^13 EUR"):
        parse_plan(example_doc)


def test_unit_checkers_cover_every_modelled_field() -> None:
    assert set(planfile._UNIT_PROPERTIES) | {"kind", "nation"} == set(UNIT_FIELDS)


def test_sidc_is_kept_when_given(example_doc: dict[str, Any]) -> None:
    example_doc["features"][0]["properties"]["sidc"] = "10031000181205000000"
    plan = parse_plan(example_doc)
    assert plan.unit("u-1").sidc == "10031000181205000000"
    assert plan_to_geojson(plan)["features"][0]["properties"]["sidc"] == "10031000181205000000"


def test_three_dimensional_positions_are_kept(example_doc: dict[str, Any]) -> None:
    example_doc["features"][0]["geometry"]["coordinates"] = [35.05, 48.46, 120.5]
    plan = parse_plan(example_doc)
    assert plan_to_geojson(plan)["features"][0]["geometry"]["coordinates"] == [35.05, 48.46, 120.5]


# -- writing ------------------------------------------------------------------------------------


def test_export_writes_only_what_is_set() -> None:
    plan = Plan(units=(Unit("a", "land.hq", "FR", Geometry.point(30, 50)),))
    doc = plan_to_geojson(plan)
    assert doc["posture"] == {
        "format": 1, "name": "Untitled plan", "profile": "ecfr", "phase": "ceasefire",
        "mandate": "deterrence", "us_support": "none", "classification": "UNCLASSIFIED",
    }  # fmt: skip
    assert doc["features"] == [
        {"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [30.0, 50.0]},
         "properties": {"kind": "land.hq", "nation": "FR", "strength": 0}}
    ]  # fmt: skip


def test_extra_never_overrides_a_modelled_field() -> None:
    unit = Unit("a", "land.hq", "FR", Geometry.point(30, 50), extra={"kind": "x", "nation": "RU"})
    plan = Plan(units=(unit,), extra={"format": 9, "name": "evil"})
    doc = plan_to_geojson(plan)
    assert doc["features"][0]["properties"]["kind"] == "land.hq"
    assert doc["features"][0]["properties"]["nation"] == "FR"
    assert (doc["posture"]["format"], doc["posture"]["name"]) == (1, "Untitled plan")


def test_written_file_reads_back_and_has_one_feature_per_line(tmp_path: Path) -> None:
    plan = read_plan_file(DATA / "full.plan.geojson")
    out = tmp_path / "out.plan.geojson"
    write_plan_file(plan, out)
    assert read_plan_file(out) == plan
    text = out.read_text(encoding="utf-8")
    assert json.loads(text) == plan_to_geojson(plan)
    feature_lines = [line for line in text.splitlines() if line.startswith('  {"type": "Feature"')]
    assert len(feature_lines) == len(plan.units) + len(plan.geometries)
    assert "Rzeszów" in text  # UTF-8, not \u escapes
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)


def test_empty_plan_writes_valid_json(tmp_path: Path) -> None:
    out = tmp_path / "empty.plan.geojson"
    write_plan_file(Plan(), out)
    assert read_plan_file(out) == Plan()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.plan.geojson"
    out.write_text("old content")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_plan_file(read_plan_file(DATA / "full.plan.geojson"), out)
    assert out.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.plan.geojson"]


def test_writing_into_a_missing_folder_fails_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_plan_file(Plan(), tmp_path / "missing" / "out.plan.geojson")
    assert list(tmp_path.iterdir()) == []


def test_a_non_finite_number_is_never_written(tmp_path: Path) -> None:
    unit = Unit("a", "air.defence", "FR", Geometry.point(30, 50), range_km=math.inf)
    with pytest.raises(ValueError):
        write_plan_file(Plan(units=(unit,)), tmp_path / "x.plan.geojson")
    assert list(tmp_path.iterdir()) == []


# -- property: any valid plan survives export -> import -------------------------------------------

_finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
_text = st.text(st.characters(codec="utf-8"), max_size=12)
_json_leaf = st.none() | st.booleans() | st.integers(-(10**12), 10**12) | _finite | _text
_json = st.recursive(
    _json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=6,
)
_position = st.tuples(st.floats(-180, 180, allow_nan=False), st.floats(-90, 90, allow_nan=False))


def _geometry(kind: str) -> st.SearchStrategy[Geometry]:
    def build(gtype: str, points: list[tuple[float, float]]) -> Geometry:
        if gtype == "Point":
            return Geometry("Point", points[0])
        if gtype == "LineString":
            return Geometry(gtype, tuple(points))
        ring = (*points, points[0])
        if gtype == "Polygon":
            return Geometry(gtype, (ring,))
        if gtype == "MultiLineString":
            return Geometry(gtype, (tuple(points), tuple(reversed(points))))
        return Geometry(gtype, ((ring,),))

    return st.builds(
        build,
        st.sampled_from(sorted(ALLOWED_GEOMETRIES[kind])),
        st.lists(_position, min_size=3, max_size=5),
    )


@st.composite
def _units(draw: st.DrawFn, uid: str) -> Unit:
    kind = draw(st.sampled_from(sorted(UNIT_KINDS)))
    return Unit(
        id=uid, kind=kind, nation=draw(st.sampled_from(["GB", "FR", "US", "UA", "RU", "JP"])),
        geometry=draw(_geometry(kind)), name=draw(_text),
        strength=draw(st.integers(0, 10**6)),
        phases=tuple(draw(st.lists(st.sampled_from(PHASES), max_size=3))),
        roles=tuple(draw(st.lists(_text.filter(str.strip), max_size=2))),
        sidc=draw(st.none() | VALID_SIDC),
        system=draw(st.none() | _text),
        range_km=draw(st.none() | st.integers(0, 5000) | st.floats(0, 5000)),
        aircraft=draw(st.none() | _text),
        generation=draw(st.none() | st.sampled_from([4, 4.5, 5])),
        count=draw(st.none() | st.integers(0, MAX_AIRCRAFT)), ships=draw(st.none() | st.integers(0, MAX_SHIPS)),
        extra=draw(st.dictionaries(_text.filter(lambda k: k not in UNIT_FIELDS), _json,
                                   max_size=3)),
    )  # fmt: skip


@st.composite
def _plans(draw: st.DrawFn) -> Plan:
    n = draw(st.integers(0, 5))
    units = tuple(draw(_units(f"u{i}")) for i in range(n))
    geometries = tuple(
        PlanGeometry(f"g{i}", kind, draw(_geometry(kind)), draw(st.dictionaries(
            _text.filter(lambda k: k != "kind"), _json, max_size=2)))
        for i, kind in enumerate(draw(st.lists(st.sampled_from(["contact_line", "occupied_area"]),
                                               max_size=2)))
    )  # fmt: skip
    contributions = tuple(
        Contribution(nation, kind, amount, note)
        for nation, kind, amount, note in draw(st.lists(st.tuples(
            st.sampled_from(["DE", "US", "NO"]), st.sampled_from(CONTRIBUTION_KINDS),
            st.none() | st.integers(0, 10**10) | st.floats(0, 1e10), _text), max_size=3))
    )  # fmt: skip
    return Plan(
        name=draw(_text), profile=draw(st.sampled_from(PROFILES)),
        phase=draw(st.sampled_from(PHASES)), mandate=draw(st.sampled_from(MANDATES)),
        us_support=draw(st.sampled_from(US_SUPPORT)), classification=draw(_text),
        parameters=draw(st.dictionaries(_text, st.integers(0, 10**5) | st.floats(0, 1e5),
                                        max_size=3)),
        priority_sites=draw(st.none() | st.lists(st.sampled_from(["Kyiv", "Odesa", "Rivne NPP"]),
                                                 max_size=3).map(tuple)),
        contributions=contributions, units=units, geometries=geometries,
        extra=draw(st.dictionaries(_text.filter(lambda k: k not in planfile._POSTURE
                                                and k != "format"), _json, max_size=2)),
    )  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plans())
def test_any_valid_plan_survives_export_then_import(plan: Plan) -> None:
    # Polygons come back with RFC 7946's winding (outer rings counter-clockwise, holes clockwise).
    assert parse_plan(plan_to_text(plan)) == _wound(plan)


def _wound(plan: Plan) -> Plan:
    def shape(g: Geometry) -> Geometry:
        return Geometry.from_geojson(planfile.rfc7946_geometry(g))

    return dataclasses.replace(
        plan,
        units=tuple(dataclasses.replace(u, geometry=shape(u.geometry)) for u in plan.units),
        geometries=tuple(dataclasses.replace(g, geometry=shape(g.geometry)) for g in plan.geometries),
    )


# -- property: any valid plan FILE comes back exactly from import -> library -> export ---------------

_ABSENT = object()
_int = st.integers(-(10**15), 10**15)
_number = _int | _finite
_coordinate = st.integers(-180, 180) | st.floats(-180, 180, allow_nan=False)
_latitude = st.integers(-90, 90) | st.floats(-90, 90, allow_nan=False)


def _member(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """An optional member: absent, ``null``, or a value."""
    return st.just(_ABSENT) | st.none() | values


def _object_of(members: dict[str, st.SearchStrategy[Any]], known: tuple[str, ...]) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object with the optional ``members`` (present or not) and unknown members."""

    def build(values: dict[str, Any], unknown: dict[str, Any]) -> dict[str, Any]:
        return {**{k: v for k, v in values.items() if v is not _ABSENT}, **unknown}

    unknown = st.dictionaries(_text.filter(lambda k: k not in known), _json, max_size=3)
    return st.builds(build, st.fixed_dictionaries({k: _member(v) for k, v in members.items()}), unknown)


def _geojson_geometry(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    def build(gtype: str, points: list[list[Any]]) -> dict[str, Any]:
        ring = [*points, points[0]]
        coordinates = {
            "Point": points[0], "LineString": points, "Polygon": [ring],
            "MultiLineString": [points, points[::-1]], "MultiPolygon": [[ring], [ring[::-1]]],
        }[gtype]  # fmt: skip
        return {"type": gtype, "coordinates": coordinates}

    position = st.tuples(_coordinate, _latitude, st.lists(_number, max_size=1)).map(lambda p: [p[0], p[1], *p[2]])
    gtype = st.sampled_from(sorted(ALLOWED_GEOMETRIES[kind]))
    return st.builds(build, gtype, st.lists(position, min_size=3, max_size=4))


_UNIT_MEMBERS: dict[str, st.SearchStrategy[Any]] = {
    "name": _text, "strength": st.integers(0, MAX_STRENGTH),
    "phases": st.lists(st.sampled_from(PHASES), max_size=3),
    "roles": st.lists(_text.filter(str.strip), max_size=2),
    "sidc": VALID_SIDC, "system": _text,
    "range_km": st.integers(0, MAX_RANGE_KM) | st.floats(0, MAX_RANGE_KM), "aircraft": _text,
    "generation": st.sampled_from([4, 4.5, 5, 5.0]) | st.floats(1, 6),
    "count": st.integers(0, MAX_AIRCRAFT), "ships": st.integers(0, MAX_SHIPS),
}  # fmt: skip
_CONTRIBUTION = st.fixed_dictionaries(
    {"nation": st.sampled_from(["DE", "US", "NO"]), "kind": st.sampled_from(CONTRIBUTION_KINDS)}
).flatmap(
    lambda head: _object_of(
        {"amount_eur": st.integers(0, 10**12) | st.floats(0, 1e12), "note": _text},
        ("nation", "kind", "amount_eur", "note"),
    ).map(lambda rest: {**head, **rest})
)
_POSTURE_MEMBERS: dict[str, st.SearchStrategy[Any]] = {
    "name": _text, "profile": st.sampled_from(PROFILES), "phase": st.sampled_from(PHASES),
    "mandate": st.sampled_from(MANDATES), "us_support": st.sampled_from(US_SUPPORT),
    "classification": _text, "parameters": st.dictionaries(_text, _number, max_size=3),
    "priority_sites": st.lists(
        st.sampled_from(["Kyiv", "Київ", "Port of Izmail"])
        | st.fixed_dictionaries({"name": _text.filter(str.strip), "lon": st.floats(-180, 180),
                                 "lat": st.floats(-90, 90)}),
        max_size=3,
    ),
    "contributions": st.lists(_CONTRIBUTION, max_size=3),
}  # fmt: skip


@st.composite
def _features(draw: st.DrawFn, index: int) -> dict[str, Any]:
    kind = draw(st.sampled_from([*UNIT_KINDS, *GEOMETRY_KINDS]))
    fid = draw(st.sampled_from([index, -index, f"f-{index}", f"{index}a"]))
    if kind in GEOMETRY_KINDS:
        props = {"kind": kind, **draw(st.dictionaries(_text.filter(lambda k: k != "kind"), _json, max_size=2))}
    else:
        head = {"kind": kind, "nation": draw(st.sampled_from(["GB", "FR", "US", "UA", "JP"]))}
        props = {**head, **draw(_object_of(_UNIT_MEMBERS, UNIT_FIELDS))}
    return {"type": "Feature", "id": fid, "geometry": draw(_geojson_geometry(kind)), "properties": props}


@st.composite
def _plan_files(draw: st.DrawFn) -> dict[str, Any]:
    posture = {"format": 1, **draw(_object_of(_POSTURE_MEMBERS, ("format", *planfile._POSTURE)))}
    features = [draw(_features(i + 1)) for i in range(draw(st.integers(0, 6)))]
    return {"type": "FeatureCollection", "posture": posture, "features": features}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plan_files())
def test_any_valid_plan_file_round_trips_exactly_through_the_library(doc: dict[str, Any]) -> None:
    """Features in the written order (units first); every id, geometry, property and posture
    member comes back with the same value and JSON type."""
    plan = parse_plan(json.dumps(doc, ensure_ascii=False))
    with Library(":memory:") as lib:
        stored = lib.load_plan(lib.add_plan(plan))
    assert stored == dataclasses.replace(plan, id=stored.id)
    exported = json.loads(plan_to_text(stored))
    assert _typed(exported) == _typed(_units_first(_rfc7946(doc)))


def _rfc7946(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with its polygons wound as RFC 7946 says (how the writer writes them)."""
    features = []
    for f in doc["features"]:
        g = f["geometry"]
        if g["type"] == "Polygon":
            g = {**g, "coordinates": planfile._wound(g["coordinates"])}
        elif g["type"] == "MultiPolygon":
            g = {**g, "coordinates": [planfile._wound(p) for p in g["coordinates"]]}
        features.append({**f, "geometry": g})
    return {**doc, "features": features}


# -- importing a contact line / occupied area from any GeoJSON ---------------------------------------


def test_plan_geometries_of_a_plan_file() -> None:
    found = read_plan_geometries(DATA / "full.plan.geojson")
    assert [(g.id, g.kind, g.geometry.type) for g in found] == [
        ("line", "contact_line", "MultiLineString"),
        ("occ", "occupied_area", "MultiPolygon"),
    ]


def test_plan_geometries_of_plain_geojson(tmp_path: Path) -> None:
    square = [[[36, 47], [37, 47], [37, 48], [36, 47]]]
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": square},
         "properties": {"date": "2025-06-01"}},
        {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [square, square]},
         "properties": None},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30, 50]}, "properties": {}},
        {"type": "Feature", "geometry": None, "properties": {}},
    ]}  # fmt: skip
    path = tmp_path / "deepstate.geojson"
    path.write_text(json.dumps(doc))
    (area,) = read_plan_geometries(path)
    assert (area.id, area.kind, area.geometry.type) == ("occupied_area", "occupied_area", "MultiPolygon")
    assert len(area.geometry.coordinates) == 3
    assert area.extra == {"source": "deepstate.geojson"}


def test_plan_geometries_of_a_bare_line() -> None:
    (line,) = parse_plan_geometries('{"type": "LineString", "coordinates": [[37, 50], [36, 47]]}')
    assert line.kind == "contact_line" and line.geometry == Geometry("LineString", ((37.0, 50.0), (36.0, 47.0)))


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"type": "Point", "coordinates": [30, 50]}, "holds no contact line or occupied area"),
        ({"type": "Topology"}, 'not GeoJSON (type is "Topology")'),
        ({"type": "FeatureCollection", "features": [
            {"type": "Feature", "id": "a", "properties": {"kind": "contact_line"},
             "geometry": {"type": "Polygon", "coordinates": [[[1, 2], [2, 3], [3, 1], [1, 2]]]}}]},
         'feature #1 (id "a"): geometry.type "Polygon" is not allowed for kind "contact_line"'),
        ({"type": "Feature", "properties": {},
          "geometry": {"type": "LineString", "coordinates": [[37, 50], [36, 95]]}},
         "feature #1: geometry.coordinates[1][1] 95 is not a latitude"),
    ],
    ids=["points only", "not geojson", "kind and shape disagree", "bad latitude"],
)  # fmt: skip
def test_plan_geometries_bad_input(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(PlanFileError) as caught:
        parse_plan_geometries(json.dumps(doc), source="line.geojson")
    assert str(caught.value).startswith("line.geojson: ") and message in str(caught.value)
