"""A JSON Schema (draft 2020-12) of the plan file (shared/plan-format.md), for other tools.

``docs/plan.schema.json`` is :func:`plan_schema` as written by ``python -m desktop.planschema``
(a test keeps the two the same and checks every test plan against it). The schema says what a
validator can say: structure, types, the vocabularies (kinds, phases, profiles, nations …),
numbers within their bounds, and which geometry each kind allows. What only the product checks
is left to it: unique ids, closed rings, parents that exist and form no cycle, lone surrogates.
Unknown members are allowed everywhere (a plan file keeps them).

Pure: no Qt.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from desktop import catalogue
from desktop.model import (
    ALLOWED_GEOMETRIES,
    CONTRIBUTION_KINDS,
    GEOMETRY_KINDS,
    MANDATES,
    PHASES,
    PROFILES,
    UNIT_KINDS,
    US_SUPPORT,
)

SCHEMA_ID = "https://posture.invalid/plan.schema.json"  # an identifier, never fetched
MAX_COUNT = 1_000_000
MAX_AMOUNT = 10**13
MAX_RANGE_KM = 5000


def _position() -> dict[str, Any]:
    return {
        "type": "array", "minItems": 2, "maxItems": 3,
        "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                        {"type": "number", "minimum": -90, "maximum": 90}, {"type": "number"}],
    }  # fmt: skip


def _geometries() -> dict[str, Any]:
    pos = {"$ref": "#/$defs/position"}
    line = {"type": "array", "minItems": 2, "items": pos}
    ring = {"type": "array", "minItems": 4, "items": pos}
    polygon = {"type": "array", "minItems": 1, "items": ring}

    def geometry(name: str, coordinates: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "required": ["type", "coordinates"],
                "properties": {"type": {"const": name}, "coordinates": coordinates}}  # fmt: skip

    return {
        "Point": geometry("Point", pos),
        "LineString": geometry("LineString", line),
        "Polygon": geometry("Polygon", polygon),
        "MultiLineString": geometry("MultiLineString", {"type": "array", "minItems": 1, "items": line}),
        "MultiPolygon": geometry("MultiPolygon", {"type": "array", "minItems": 1, "items": polygon}),
    }


def _nation_list() -> dict[str, Any]:
    return {"type": "array", "items": {"anyOf": [{"$ref": "#/$defs/nation"}, {"const": "ALL"}]}}


def _count(maximum: int | None = MAX_COUNT) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "integer", "minimum": 0}
    if maximum is not None:
        out["maximum"] = maximum
    return out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """A modelled member may be ``null`` (it then means absent)."""
    return {"anyOf": [schema, {"type": "null"}]}


def sidc_pattern() -> str:
    """A regular expression of the structurally possible 20-digit SIDCs (desktop.sidc's tables:
    version, context, identity, symbol set, status, HQ/TF/dummy, and the echelon or mobility each
    symbol set allows)."""
    try:
        from desktop import sidc
    except ImportError:
        return "^[0-9]{20}$"

    def one_of(values: Any) -> str:
        return "(?:" + "|".join(sorted(values)) + ")"

    status, hq = one_of(sidc.STATUSES), one_of(sidc.HQ_TF_DUMMY)
    sets = "|".join(
        f"{s}{status}{hq}{one_of(sidc._AMPLIFIERS.get(s, sidc._ANY_AMPLIFIER))}" for s in sorted(sidc.SYMBOL_SETS)
    )
    return f"^{one_of(sidc.VERSIONS)}{one_of(sidc.CONTEXTS)}{one_of(sidc.IDENTITIES)}(?:{sets})[0-9]{{10}}$"


def _unit_properties() -> dict[str, Any]:
    props: dict[str, dict[str, Any]] = {
        "kind": {"enum": list(UNIT_KINDS)},
        "nation": {"$ref": "#/$defs/nation"},
        "name": {"type": "string"},
        "strength": _count(),
        "phases": {"type": "array", "items": {"enum": list(PHASES)}},
        "roles": {"type": "array", "items": {"type": "string", "minLength": 1, "pattern": "\\S"}},
        "sidc": {"type": "string", "pattern": sidc_pattern()},
        "system": {"type": "string"},
        "range_km": {"type": "number", "minimum": 0, "maximum": MAX_RANGE_KM},
        "aircraft": {"type": "string"},
        "generation": {"type": "number", "exclusiveMinimum": 0},
        "count": _count(),
        "ships": _count(),
        "parent": {"type": ["string", "integer"]},
        "releasable_to": _nation_list(),
        "package": {"type": "object"},
    }
    props.update(_from_field_table())
    return {k: (v if k in ("kind", "nation") else _nullable(v)) for k, v in props.items()}


def _from_field_table() -> dict[str, dict[str, Any]]:
    """Bounds of the unit fields from the model's field table (desktop.model.UNIT_TABLE), so the
    schema says what the product checks."""
    try:
        from desktop.model import UNIT_TABLE
    except ImportError:  # an older model: the hand-written bounds above
        return {}
    out: dict[str, dict[str, Any]] = {}
    for spec in UNIT_TABLE:
        if spec.name in ("kind", "nation", "sidc", "parent", "releasable_to", "package", "phases", "roles"):
            continue
        if spec.type is int:
            schema: dict[str, Any] = {"type": "integer"}
        elif spec.type is float:
            schema = {"type": "number"}
        elif spec.type is str:
            schema = {"type": "string"}
        else:
            continue
        if spec.minimum is not None:
            schema["minimum"] = spec.minimum
        if spec.maximum is not None:
            schema["maximum"] = spec.maximum
        if spec.name == "generation":
            schema["exclusiveMinimum"] = 0
        out[spec.name] = schema
    return out


def plan_schema() -> dict[str, Any]:
    """The schema, as a JSON value."""
    geometries = _geometries()
    unit_cases = [
        {"if": {"properties": {"properties": {"properties": {"kind": {"const": kind}}}}},
         "then": {"properties": {"geometry": {"anyOf": [{"$ref": f"#/$defs/{t}"} for t in sorted(allowed)]}}}}
        for kind, allowed in ALLOWED_GEOMETRIES.items()
    ]  # fmt: skip
    contribution = {
        "type": "object", "required": ["nation", "kind"],
        "properties": {
            "nation": {"$ref": "#/$defs/nation"},
            "kind": {"enum": [*CONTRIBUTION_KINDS, *(["troops"] if "troops" not in CONTRIBUTION_KINDS else [])]},
            "amount_eur": _nullable({"type": "number", "minimum": 0, "maximum": MAX_AMOUNT}),
            "troops": _nullable(_count()),
            "note": _nullable({"type": "string"}),
            "releasable_to": _nullable(_nation_list()),
        },
    }  # fmt: skip
    posture = {
        "type": "object", "required": ["format"],
        "properties": {
            "format": {"const": 1},
            "name": _nullable({"type": "string"}),
            "profile": _nullable({"enum": list(PROFILES)}),
            "phase": _nullable({"enum": list(PHASES)}),
            "mandate": _nullable({"enum": list(MANDATES)}),
            "us_support": _nullable({"enum": list(US_SUPPORT)}),
            "classification": _nullable({"type": "string"}),
            "parameters": _nullable({"type": "object", "additionalProperties": {"type": "number"}}),
            "priority_sites": _nullable({"type": "array", "items": {"anyOf": [
                {"type": "string", "pattern": "\\S"},
                {"type": "object", "required": ["name", "lon", "lat"], "properties": {
                    "name": {"type": "string", "pattern": "\\S"},
                    "lon": {"type": "number", "minimum": -180, "maximum": 180},
                    "lat": {"type": "number", "minimum": -90, "maximum": 90}}},
            ]}}),
            "contributions": _nullable({"type": "array", "items": contribution}),
            "releasable_to": _nullable(_nation_list()),
            "package": _nullable({"type": "object"}),
        },
    }  # fmt: skip
    unit_feature = {
        "properties": {"properties": {"required": ["kind", "nation"], "properties": _unit_properties()}},
    }
    geometry_feature = {"properties": {"properties": {"required": ["kind"]}}}
    feature = {
        "type": "object", "required": ["type", "geometry", "properties"],
        "properties": {
            "type": {"const": "Feature"},
            "id": {"anyOf": [{"type": "string", "pattern": "\\S"}, {"type": "integer"}]},
            "geometry": {"type": "object"},
            "properties": {"type": "object", "required": ["kind"],
                           "properties": {"kind": {"enum": [*UNIT_KINDS, *GEOMETRY_KINDS]}}},
        },
        "allOf": [
            {"if": {"properties": {"properties": {"properties": {"kind": {"enum": list(UNIT_KINDS)}}}}},
             "then": unit_feature, "else": geometry_feature},
            *unit_cases,
        ],
    }  # fmt: skip
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Posture plan file (*.plan.geojson), format 1",
        "description": "One plan as a GeoJSON FeatureCollection (RFC 7946) with the plan-level data in the "
        "foreign member 'posture'. See plan-format.md. Unknown members are allowed and kept.",
        "type": "object",
        "required": ["type", "posture", "features"],
        "properties": {
            "type": {"const": "FeatureCollection"},
            "posture": posture,
            "features": {"type": "array", "items": {"$ref": "#/$defs/feature"}},
        },
        "$defs": {
            "nation": {"enum": sorted(catalogue.nations())},
            "position": _position(),
            **geometries,
            "feature": feature,
        },
    }


def schema_text() -> str:
    """The text of ``docs/plan.schema.json``."""
    return json.dumps(plan_schema(), indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # python -m desktop.planschema > docs/plan.schema.json
    sys.stdout.write(schema_text())
