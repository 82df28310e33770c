"""GeoPackage export (``export --format gpkg``): what GDAL and QGIS open and ``import`` reads back.

Written with ``pyogrio`` (GDAL): a layer ``units`` (one feature per unit, its plan-file id in
``id``) and, when the plan has them, a layer ``plan_geometries`` (``kind`` ``contact_line`` /
``occupied_area``), both in EPSG:4326. The columns are the unit's plan-file properties
(:func:`desktop.planfile.plan_to_geojson`: every modelled field and every unknown member), typed
by what they hold: whole numbers Integer64, numbers Real, text String; lists (``phases``,
``roles`` …), objects and booleans are JSON text, and the layer's metadata names those JSON
columns (``POSTURE_JSON_COLUMNS``) so :mod:`desktop.gisimport` turns them back into lists.
The dataset's metadata holds the plan-level ``posture`` member (name, profile, contributions …)
as JSON (``POSTURE_PLAN``), so an import gets the whole plan back.

Written in a temporary folder, then moved into place with :func:`desktop.fileio.atomic_write`.
Pure: no Qt.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop.exporters.common import Progress, ProgressCallback
from desktop.fileio import atomic_write
from desktop.model import Plan
from desktop.planfile import plan_to_geojson

#: Layer metadata key: the columns that hold JSON text.
JSON_COLUMNS_KEY = "POSTURE_JSON_COLUMNS"
#: Dataset metadata key: the plan's ``posture`` member as JSON.
PLAN_KEY = "POSTURE_PLAN"


#: Modelled numbers that are real whatever the plan holds (a range of 100 km is still a Real column).
_REAL = frozenset({"range_km", "generation", "amount_eur"})


def _column_type(name: str, values: Sequence[Any]) -> str:
    present = [v for v in values if v is not None]
    if name in _REAL and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "real"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "real"
    if all(isinstance(v, str) for v in present):
        return "str"
    return "json"


def _layer(rows: Sequence[Mapping[str, Any]], ids: Sequence[str]) -> tuple[list[str], list[Any], list[Any], list[str]]:
    """(field names, numpy arrays, null masks, JSON columns) of ``rows``."""
    import numpy as np

    names = ["id"]
    for row in rows:
        for key in row:
            if key not in names and key.lower() not in ("id", "fid", "geom"):
                names.append(key)
    arrays: list[Any] = [np.array(list(ids), dtype=object)]
    masks: list[Any] = [np.zeros(len(ids), dtype=bool)]
    json_columns: list[str] = []
    for name in names[1:]:
        values = [row.get(name) for row in rows]
        kind = _column_type(name, values)
        mask = np.array([v is None for v in values], dtype=bool)
        if kind == "int" and all(-(2**63) <= v < 2**63 for v in values if v is not None):
            arrays.append(np.array([0 if v is None else v for v in values], dtype=np.int64))
        elif kind in ("int", "real"):
            arrays.append(np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64))
        elif kind == "str":
            arrays.append(np.array(values, dtype=object))
        else:
            json_columns.append(name)
            text = [None if v is None else json.dumps(v, ensure_ascii=False, allow_nan=False) for v in values]
            arrays.append(np.array(text, dtype=object))
        masks.append(mask)
    return names, arrays, masks, json_columns


def _write_layer(path: Path, layer: str, features: Sequence[Mapping[str, Any]], append: bool,
                 dataset_metadata: dict[str, str] | None) -> None:  # fmt: skip
    import numpy as np
    import pyogrio.raw
    import shapely

    rows = [dict(f["properties"]) for f in features]
    ids = [str(f["id"]) for f in features]
    names, arrays, masks, json_columns = _layer(rows, ids)
    geometry = np.array([shapely.to_wkb(shapely.geometry.shape(f["geometry"])) for f in features], dtype=object)
    metadata = {JSON_COLUMNS_KEY: ",".join(json_columns)} if json_columns else None
    pyogrio.raw.write(
        path, geometry, arrays, names, field_mask=masks, layer=layer, driver="GPKG",
        geometry_type="Unknown", crs="EPSG:4326", encoding="UTF-8", append=append,
        dataset_metadata=dataset_metadata, layer_metadata=metadata,
        dataset_options=None if append else {"VERSION": "1.3"},  # GDAL 3.6 / QGIS 3.28 read 1.3 without a warning
    )  # fmt: skip


def gpkg_bytes(plan: Plan, progress: Progress | None = None) -> bytes:
    """The GeoPackage file of ``plan``, as bytes."""
    doc = plan_to_geojson(plan)
    features = doc["features"]
    units = [f for f in features if f["properties"]["kind"] not in ("contact_line", "occupied_area")]
    shapes = [f for f in features if f["properties"]["kind"] in ("contact_line", "occupied_area")]
    posture = json.dumps(doc["posture"], ensure_ascii=False, allow_nan=False)
    with tempfile.TemporaryDirectory(prefix="posture-gpkg-") as folder:
        out = Path(folder) / "plan.gpkg"
        _write_layer(out, "units", units, append=False, dataset_metadata={PLAN_KEY: posture})
        if progress is not None:
            progress.advance(len(units))
        if shapes:
            _write_layer(out, "plan_geometries", shapes, append=True, dataset_metadata=None)
        return out.read_bytes()


def write_gpkg(plan: Plan, path: Path, released: bool = False, progress: ProgressCallback | None = None) -> None:
    """Write ``plan`` (already released when ``released``) as a GeoPackage at ``path``, atomically."""
    steps = Progress(progress, len(plan.units) + 2)
    steps.check()
    data = gpkg_bytes(plan, steps)
    steps.finish()
    atomic_write(path, data)
