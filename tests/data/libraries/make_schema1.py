"""How ``schema1.sqlite`` was made: a plan library written by schema version 1 (commit fbd46d7).

The file is a frozen fixture: ``tests/test_db.py`` opens a copy of it to check that a library of
an older build upgrades (every plan and unit kept) and that a failing upgrade leaves it byte for
byte as it was. ``schema1.expected.json`` holds what that build exported for each plan
(``plan_to_geojson``), so the test can check that an upgraded old plan exports as it did.

This script only works with the code of schema version 1 (``db.migrations.SCHEMA_VERSION == 1``):
later builds write a newer schema, so it will NOT reproduce the fixture any more. It is kept to
document what is in the file. It was run as::

    git worktree add /tmp/v1 fbd46d7 && cd /tmp/v1 && python tests/data/libraries/make_schema1.py
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from db import Library, migrations  # noqa: E402
from desktop.model import Geometry  # noqa: E402
from desktop.planfile import parse_plan, plan_to_geojson, read_plan_file  # noqa: E402
from desktop.sample import sample_plan  # noqa: E402

#: Odd units: an integer id, no strength, empty lists and name, 3-D position, nested unknown
#: properties, 100 vs 100.0 vs 4.5, an integer plan-geometry id, a posture with only ``format``.
ODD = {
    "type": "FeatureCollection",
    "posture": {"format": 1},
    "features": [
        {
            "type": "Feature",
            "id": 7,
            "geometry": {"type": "Point", "coordinates": [30.5, 50.45]},
            "properties": {"kind": "land.hq", "nation": "FR"},
        },
        {
            "type": "Feature",
            "id": "empty",
            "geometry": {"type": "Point", "coordinates": [31, 49, 120.5]},
            "properties": {
                "kind": "land.combat",
                "nation": "GB",
                "name": "",
                "roles": [],
                "phases": [],
                "x-meta": {"a": [1, 2.0, {"b": None}], "ok": True},
            },
        },
        {
            "type": "Feature",
            "id": "ad",
            "geometry": {"type": "Point", "coordinates": [30.52, 50.4]},
            "properties": {"kind": "air.defence", "nation": "NL", "strength": 90, "range_km": 100.0},
        },
        {
            "type": "Feature",
            "id": "cap",
            "geometry": {"type": "Point", "coordinates": [27.2, 49.75]},
            "properties": {"kind": "air.policing", "nation": "SE", "generation": 4.5, "count": 8, "range": 100},
        },
        {
            "type": "Feature",
            "id": 12,
            "geometry": {"type": "LineString", "coordinates": [[37, 50.2], [37.9, 48]]},
            "properties": {"kind": "contact_line"},
        },
    ],
}


def main() -> None:
    assert migrations.SCHEMA_VERSION == 1, "this script only reproduces the schema-1 fixture"
    target = HERE / "schema1.sqlite"
    for path in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        path.unlink(missing_ok=True)
    data = REPO / "tests" / "data"
    with Library(target) as lib:
        ids = [
            lib.add_plan(sample_plan()),
            lib.add_plan(read_plan_file(data / "example.plan.geojson")),
            lib.add_plan(read_plan_file(data / "full.plan.geojson")),
        ]
        odd_id = lib.add_plan(parse_plan(json.dumps(ODD), source="odd"))
        # An edit through the edit path, so the seq numbers are not all evenly spaced.
        before = lib.load_plan(odd_id)
        moved = before.with_unit(dataclasses.replace(before.units[0], geometry=Geometry.point(30.6, 50.5)))
        after = moved.without_unit("ad").with_unit(before.unit("ad"), index=0)
        lib.save_changes(odd_id, before, after)
        ids.append(odd_id)
        lib.set_setting("last_plan", odd_id)
        expected = {str(i): plan_to_geojson(lib.load_plan(i)) for i in ids}
    (HERE / "schema1.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
