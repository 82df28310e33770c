"""Import of the GIS files planners already have (``import FILE``, File › Import; shared/cli.md).

Any vector file GDAL reads (KML/KMZ, GeoPackage, shapefile, GeoJSON without ``posture``, CSV,
FlatGeobuf, GPX, MapInfo, spreadsheets) is read with ``pyogrio`` (GDAL bundled in its wheel), every
layer, and mapped to a plan:

- the unit kind from a ``kind`` attribute, else from ``sidc`` (APP-6D 20 digits, or a 2525C
  letter code in any case), see :func:`kind_of_sidc`;
- the nation from ``nation`` or ``country`` (ISO 3166-1 alpha-2, any case), else ``--nation``;
- ``name``, ``strength``, ``phases`` / ``roles`` / ``releasable_to`` (a list, a JSON list, GDAL's
  ``(2:a,b)`` list text, or a comma-separated string), ``parent``, ``system`` … as in plan files;
- CSV positions from ``lat``/``lon`` (or ``latitude``/``longitude``) columns, or an ``mgrs``
  column (or a ``WKT`` geometry column, which GDAL reads);
- lines and areas without a unit kind become the contact line / occupied area only when asked
  (``as_kind``), else they are skipped and counted (a KML's range rings, say);
- a feature ``kind`` of ``contact_line`` / ``occupied_area`` is that plan geometry (our own
  GeoPackage export writes it).

Attribute names match in any letter case. Other attributes are kept as the unit's unknown
properties (JSON columns parsed back), except what GDAL adds to every KML placemark and the
columns our own exports derive (``kind_label``, ``domain``, ``nation_name``).

The mapped features are then validated exactly like a plan file (:func:`desktop.planfile.parse_plan`),
so what cannot be mapped refuses the whole file with ONE line naming the file, the feature (its
number, layer and id; for CSV the row) and the field. Nothing is imported in part.

Offline: only local files of the listed extensions are opened, with drivers that read nothing
beyond the file (no VRT, GML schemas or web services).

Pure: no Qt, no library.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.climessages import os_error_text
from desktop.fileio import FileRefused, check_input, read_input
from desktop.i18n import translate
from desktop.model import GEOMETRY_KINDS, UNIT_KINDS, Plan
from desktop.planfile import PlanFileError, feature_pattern, feature_word, parse_plan

#: File endings this importer opens (lower case); anything else is refused before GDAL sees it.
EXTENSIONS: tuple[str, ...] = (
    ".kml", ".kmz", ".gpkg", ".shp", ".geojson", ".json", ".csv", ".fgb", ".gpx", ".tab", ".mif",
    ".xlsx", ".ods", ".sqlite",
)  # fmt: skip
#: GDAL drivers allowed to read them (none reaches the network or other files than the dataset).
DRIVERS: frozenset[str] = frozenset(
    {"KML", "LIBKML", "GPKG", "ESRI Shapefile", "GeoJSON", "CSV", "FlatGeobuf", "GPX", "MapInfo File",
     "XLSX", "ODS", "SQLite"}
)  # fmt: skip
#: Coordinate systems read as they are (longitude, latitude on WGS 84).
_GEOGRAPHIC = ("EPSG:4326", "OGC:CRS84", "EPSG:4258", "EPSG:4979", "WGS 84")

AS_KINDS: tuple[str, ...] = GEOMETRY_KINDS
_LINES = ("LineString", "MultiLineString")
_AREAS = ("Polygon", "MultiPolygon")
_SHAPE_OF_KIND = {"contact_line": _LINES, "occupied_area": _AREAS}

#: Attributes (lower case) -> the plan-file property they give.
_FIELD_NAMES: dict[str, str] = {
    "kind": "kind", "nation": "nation", "country": "nation", "name": "name", "strength": "strength",
    "phases": "phases", "roles": "roles", "sidc": "sidc", "system": "system", "range_km": "range_km",
    "aircraft": "aircraft", "generation": "generation", "count": "count", "ships": "ships",
    "parent": "parent", "releasable_to": "releasable_to", "note": "note",
}  # fmt: skip
_LIST_FIELDS = frozenset({"phases", "roles", "releasable_to"})
_INT_FIELDS = frozenset({"strength", "count", "ships"})
_REAL_FIELDS = frozenset({"range_km", "generation"})
#: Position columns of a CSV (lower case).
_LAT, _LON, _MGRS = ("lat", "latitude"), ("lon", "lng", "long", "longitude"), ("mgrs",)
#: Columns that are never kept: ids (used as the feature id), what our exports derive, KML noise.
_ID_FIELDS = ("unit_id", "feature_id", "id")
_DERIVED = frozenset({"kind_label", "domain", "nation_name"})
_KML_NOISE = frozenset({
    "description", "timestamp", "begin", "end", "altitudemode", "tessellate", "extrude", "visibility",
    "draworder", "icon", "snippet",
})  # fmt: skip


class GisImportError(PlanFileError):
    """A GIS file could not be imported (one line: file, feature, field).

    ``whole_file``: the file itself cannot be read (no option of the import would help).
    """

    def __init__(self, message: str, whole_file: bool = False) -> None:
        super().__init__(message)
        self.whole_file = whole_file


@dataclass(frozen=True)
class MappedFeature:
    """One feature of the file as the import maps it (for the window's preview)."""

    where: str  # "feature #3 (layer "Land")", "row 4"
    layer: str
    result: str  # "unit" | "contact_line" | "occupied_area" | "skipped"
    kind: str = ""
    nation: str = ""
    name: str = ""
    strength: int | None = None
    geometry: str = ""
    note: str = ""  # why skipped, where the kind came from


@dataclass(frozen=True)
class GisImport:
    """What :func:`read_gis_file` made of a file: the plan, and how each feature was mapped."""

    plan: Plan
    driver: str
    features: tuple[MappedFeature, ...]
    columns: Mapping[str, str] = field(default_factory=dict)  # file column -> plan field

    @property
    def skipped(self) -> int:
        return sum(1 for f in self.features if f.result == "skipped")


# ---------------------------------------------------------------------------------------------
# Symbol codes
# ---------------------------------------------------------------------------------------------


def kind_of_sidc(code: str) -> str | None:
    """The unit kind a symbol code stands for, or ``None`` when it names none of ours.

    APP-6D (20 digits): symbol set 10 land unit (air defence 1301…, headquarters by the HQ digit
    or command and control 11…, sustainment 16… logistics, other manoeuvre and fires combat),
    01 air (fighters 110104/110105 policing, other air ISR), 05 space (ISR), 30 sea surface
    (mine warfare 1204… MCM, else patrol), 35 subsurface (patrol). MIL-STD-2525C (15 letters,
    any case): the battle dimension (G ground, A air, P space, S sea surface, U subsurface) and
    the function id, the same way.
    """
    c = code.strip().upper()
    if len(c) == 20 and c.isdigit():
        symbol_set, hq, entity = c[4:6], c[7], c[10:16]
        if symbol_set == "10":
            if entity.startswith("1301"):
                return "air.defence"
            if hq in "2367" or entity.startswith("11"):
                return "land.hq"
            if entity.startswith("16"):
                return "land.logistics"
            return "land.combat" if entity[:2] in ("12", "13", "14", "15") else None
        if symbol_set == "01":
            return "air.policing" if entity.startswith(("110104", "110105")) else "air.isr"
        if symbol_set == "05":
            return "air.isr"
        if symbol_set == "30":
            return "sea.mcm" if entity.startswith("1204") else "sea.patrol"
        if symbol_set == "35":
            return "sea.patrol"
        return None
    if len(c) >= 10 and c[0] == "S" and c.replace("-", "").replace("*", "").isalnum():
        dimension, function, modifier = c[2], c[4:10], c[10:12] if len(c) >= 12 else ""
        if dimension == "G":
            if function.startswith("UCD"):
                return "air.defence"
            if modifier[:1] in ("A", "B", "C", "D"):
                return "land.hq"
            if function.startswith("US"):
                return "land.logistics"
            return "land.combat" if function.startswith("U") else None
        if dimension == "A":
            return "air.policing" if function.startswith("MFF") else "air.isr"
        if dimension == "P":
            return "air.isr"
        if dimension == "S":
            return "sea.mcm" if function.startswith("CM") else "sea.patrol"
        if dimension == "U":
            return "sea.patrol"
    return None


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value pyogrio returned as plain Python; ``None`` for nulls (NaN, NaT, empty text)."""
    if value is None:
        return None
    if hasattr(value, "tolist") and getattr(value, "ndim", 0) > 0:  # a GDAL list field
        return [_plain(v) for v in value.tolist()]
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)):
        try:
            value = value.item()
        except (ValueError, TypeError):
            value = str(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        if value in ("", "NaT"):
            return None
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


_GDAL_LIST = re.compile(r"^\((\d+):(.*)\)$", re.S)


def _as_list(value: Any) -> Any:
    """A list attribute: a list, a JSON list, GDAL's ``(2:a,b)``, or ``a, b`` / ``a b``."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, list):
            return parsed
    m = _GDAL_LIST.match(text)
    if m:
        text = m.group(2)
    parts = text.split(",") if "," in text else text.split()
    return [p.strip() for p in parts if p.strip()]


def _as_number(value: Any, whole: bool) -> Any:
    """A number given as text (CSV, spreadsheets) as a number; anything else as it was, for the
    plan-file checks to name."""
    if not isinstance(value, str):
        return value
    text = value.strip().replace("\u202f", "").replace("\u00a0", "")
    try:
        return int(text) if whole and re.fullmatch(r"[+-]?\d+", text) else float(text)
    except ValueError:
        return value


def _mgrs_position(value: str) -> tuple[float, float] | None:
    import mgrs

    try:
        lat, lon = mgrs.MGRS().toLatLon(re.sub(r"\s+", "", value).upper())
    except Exception:
        return None
    return float(lon), float(lat)


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


def _fail(message: str, whole_file: bool = False) -> GisImportError:
    return GisImportError(message, whole_file)


def _open_check(path: Path) -> None:
    name = os.fspath(path)
    if name.startswith("/vsi") or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", name):
        raise _fail(
            translate("GisImport", "{file}: only files on this computer can be imported").format(file=name), True
        )
    if path.suffix.lower() not in EXTENSIONS:
        known = ", ".join(EXTENSIONS)
        text = translate("GisImport", "{file}: not a GIS file this import reads (the name ends in one of {known})")
        raise _fail(text.format(file=name, known=known), True)
    try:
        if not path.is_file():
            text = (
                translate("GisImport", "{file}: cannot read (no such file)")
                if not path.exists()
                else translate("GisImport", "{file}: not a file")
            )
            raise _fail(text.format(file=name), True)
        check_input(path, what="GIS file")  # a regular file within the size limit, protected from outputs
        with path.open("rb"):
            pass
    except FileRefused as e:
        raise _fail(str(e), True) from None
    except OSError as e:
        raise _fail(
            translate("Files", "{file}: cannot read ({why})").format(file=name, why=os_error_text(e)), True
        ) from None


def _layers(path: Path) -> list[str]:
    import pyogrio

    try:
        listed = pyogrio.list_layers(path)
    except Exception as e:
        text = translate("GisImport", "{file}: not a GIS file GDAL can read ({detail})")
        raise _fail(text.format(file=path, detail=_gdal_message(e)), True) from None
    return [str(row[0]) for row in listed]


def _gdal_message(e: BaseException) -> str:
    text = " ".join(str(e).split())
    return text[:160] or type(e).__name__


@dataclass
class _Layer:
    name: str
    driver: str
    crs: str | None
    fields: list[str]
    subtypes: list[str]
    fids: list[Any]
    geometries: list[Any]  # GeoJSON mappings or None
    columns: list[list[Any]]
    json_columns: frozenset[str] = frozenset()
    posture: Any = None  # our own GeoPackage's plan-level member


def _read_layer(path: Path, layer: str) -> _Layer:
    import pyogrio
    import pyogrio.raw
    import shapely

    try:
        info = pyogrio.read_info(path, layer=layer)
        driver = str(info.get("driver") or "")
        if driver not in DRIVERS:
            text = translate("GisImport", "{file}: {driver} files are not imported (use KML, GeoPackage, "
                             "shapefile, GeoJSON or CSV)")  # fmt: skip
            raise _fail(text.format(file=path, driver=driver or translate("GisImport", "this format's")), True)
        meta, fids, wkb, data = pyogrio.raw.read(path, layer=layer, return_fids=True, datetime_as_string=True)
    except GisImportError:
        raise
    except Exception as e:
        text = translate("GisImport", "{file}: layer {layer} cannot be read ({detail})")
        raise _fail(text.format(file=path, layer=repr(layer), detail=_gdal_message(e)), True) from None
    geometries: list[Any] = []
    if wkb is not None:
        for blob in wkb:
            if blob is None:
                geometries.append(None)
                continue
            try:
                shape = shapely.from_wkb(blob)
            except Exception:
                geometries.append({"type": "Invalid"})
                continue
            if shape.is_empty:
                geometries.append(None)
                continue
            if shape.has_z and not shapely.get_coordinates(shape, include_z=True)[:, 2].any():
                shape = shapely.force_2d(shape)  # Google Earth's ",0" altitudes
            geometries.append(shapely.geometry.mapping(shape))
    else:
        geometries = [None] * (len(data[0]) if data else len(fids if fids is not None else []))
    n = len(geometries)
    from desktop.exporters.gpkg import JSON_COLUMNS_KEY, PLAN_KEY

    layer_meta = info.get("layer_metadata") or {}
    dataset_meta = info.get("dataset_metadata") or {}
    posture = None
    if driver == "GPKG" and isinstance(dataset_meta.get(PLAN_KEY), str):
        try:
            posture = json.loads(dataset_meta[PLAN_KEY])
        except ValueError:
            text = translate("GisImport", "{file}: the plan stored in its metadata ({key}) is not valid JSON")
            raise _fail(text.format(file=path, key=PLAN_KEY), True) from None
    json_columns = frozenset(c for c in str(layer_meta.get(JSON_COLUMNS_KEY) or "").split(",") if c)
    return _Layer(
        name=layer, driver=driver, crs=meta.get("crs"),
        fields=[str(f) for f in meta["fields"]],
        subtypes=list(meta.get("ogr_subtypes") or ["OFSTNone"] * len(meta["fields"])),
        fids=[_plain(f) for f in fids] if fids is not None else [None] * n,
        geometries=geometries,
        columns=[list(col) for col in data],
        json_columns=json_columns, posture=posture,
    )  # fmt: skip


def _thawed(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_thawed(v) for v in value]
    if isinstance(value, dict):
        return {k: _thawed(v) for k, v in value.items()}
    return value


def _geometry(mapping: Any) -> dict[str, Any] | None:
    """A GeoJSON geometry for the plan: collections of one shape and a point (our KML's route with
    its symbol point) become the shape; collections of one type become the Multi type."""
    if mapping is None:
        return None
    g = _thawed(mapping)
    if g.get("type") != "GeometryCollection":
        return g
    parts = [p for p in g.get("geometries", []) if p]
    shapes = [p for p in parts if p.get("type") != "Point"]
    if not shapes:
        return parts[0] if len(parts) == 1 else {"type": "MultiPoint", "coordinates": [p["coordinates"] for p in parts]}
    if len(shapes) == 1:
        return shapes[0]
    types = {p["type"].removeprefix("Multi") for p in shapes}
    if len(types) == 1:
        single = types.pop()
        coords = [
            c for p in shapes for c in (p["coordinates"] if p["type"].startswith("Multi") else [p["coordinates"]])
        ]
        return {"type": f"Multi{single}", "coordinates": coords}
    return g


# ---------------------------------------------------------------------------------------------
# Mapping
# ---------------------------------------------------------------------------------------------


@dataclass
class _Context:
    source: str
    nation: str | None
    as_kind: str | None
    csv: bool
    many_layers: bool
    columns: dict[str, str] = field(default_factory=dict)


def _label(ctx: _Context, layer: _Layer, number: int, row: int, fid: str | None) -> str:
    if ctx.csv:
        base = translate("GisImport", "row {number}").format(number=row + 2)  # the header is line 1
    else:
        base = feature_word(number)
        if ctx.many_layers:
            base = translate("GisImport", '{feature} (layer "{layer}")').format(feature=base, layer=layer.name)
    return f'{base} (id "{fid}")' if fid else base


def _attributes(layer: _Layer, row: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, subtype, column in zip(layer.fields, layer.subtypes, layer.columns, strict=True):
        value = _plain(column[row])
        if value is None:
            continue
        if isinstance(value, str) and (
            subtype == "OFSTJSON"
            or name in layer.json_columns
            or (name.lower() not in _FIELD_NAMES and value.lstrip()[:1] in ("[", "{"))
        ):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        out[name] = value
    return out


def _feature_id(attrs: Mapping[str, Any], layer: _Layer, row: int) -> tuple[str | None, set[str]]:
    """The feature's id and the attribute names used for it."""
    lower = {k.lower(): k for k in attrs}
    kml = layer.driver in ("KML", "LIBKML")
    for key in ("unit_id", "feature_id", "id2" if kml else "", "id" if not kml else ""):
        if key and key in lower:
            value = attrs[lower[key]]
            text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
            if text:
                return text, {lower[key], *([lower["id"]] if kml and "id" in lower else [])}
    used = {lower["id"]} if kml and "id" in lower else set()
    fid = layer.fids[row]
    if layer.driver == "GeoJSON" and fid is not None and not isinstance(fid, int):
        return str(fid), used
    return None, used


def _position_from_columns(attrs: Mapping[str, Any], where: str, ctx: _Context) -> dict[str, Any] | None:
    lower = {k.lower(): k for k in attrs}
    lat_key = next((lower[k] for k in _LAT if k in lower), None)
    lon_key = next((lower[k] for k in _LON if k in lower), None)
    mgrs_key = next((lower[k] for k in _MGRS if k in lower), None)
    if lat_key and lon_key:
        lat, lon = _as_number(attrs[lat_key], False), _as_number(attrs[lon_key], False)
        for key, value in ((lat_key, lat), (lon_key, lon)):
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
                shown = json.dumps(attrs[key], ensure_ascii=False)
                text = translate("GisImport", "{file}: {where}: {field} {value} is not a number")
                raise _fail(text.format(file=ctx.source, where=where, field=key, value=shown))
        ctx.columns.setdefault(lat_key, "latitude")
        ctx.columns.setdefault(lon_key, "longitude")
        return {"type": "Point", "coordinates": [float(lon), float(lat)]}
    if mgrs_key:
        text = attrs[mgrs_key]
        pos = _mgrs_position(text) if isinstance(text, str) else None
        if pos is None:
            shown = json.dumps(text, ensure_ascii=False)
            text = translate("GisImport", "{file}: {where}: {field} {value} is not an MGRS grid reference")
            raise _fail(text.format(file=ctx.source, where=where, field=mgrs_key, value=shown))
        ctx.columns.setdefault(mgrs_key, "position (MGRS)")
        return {"type": "Point", "coordinates": [pos[0], pos[1]]}
    return None


def _position_keys(attrs: Mapping[str, Any]) -> set[str]:
    return {k for k in attrs if k.lower() in (*_LAT, *_LON, *_MGRS)}


def _properties(attrs: Mapping[str, Any], used: set[str], layer: _Layer, ctx: _Context) -> tuple[dict[str, Any], str]:
    """Plan-file properties from the attributes, and where the kind came from."""
    props: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    kml = layer.driver in ("KML", "LIBKML")
    for name, value in attrs.items():
        if name in used:
            continue
        low = name.lower()
        target = _FIELD_NAMES.get(low)
        if target is None:
            if low in _DERIVED or (kml and low in _KML_NOISE):
                continue
            extra[name] = value
            continue
        if target in props:  # "nation" and "country" both given: the first wins, the other is kept
            extra[name] = value
            continue
        if target in _LIST_FIELDS:
            value = _as_list(value)
        elif target in _INT_FIELDS or target in _REAL_FIELDS:
            value = _as_number(value, target in _INT_FIELDS)
        elif target in ("nation", "kind") and isinstance(value, str):
            value = value.strip().upper() if target == "nation" else value.strip()
        props[target] = value
        if name != target:
            ctx.columns.setdefault(name, target)
    how = translate("GisImport", "kind")
    sidc = props.get("sidc")
    if isinstance(sidc, str):
        code = sidc.strip().upper()
        if not (len(code) == 20 and code.isdigit()):
            extra.setdefault("sidc_source", sidc)  # a 2525C code: kept as it was, not drawn
            del props["sidc"]
        else:
            props["sidc"] = code
        if "kind" not in props:
            derived = kind_of_sidc(code)
            if derived is not None:
                props["kind"] = derived
                how = translate("GisImport", "from sidc")
                column = next(k for k in attrs if k.lower() == "sidc")
                ctx.columns.setdefault(column, translate("GisImport", "kind (from the symbol code)"))
    if "nation" not in props and ctx.nation:
        props["nation"] = ctx.nation
        how += translate("GisImport", ", nation from --nation")
    return {**props, **{k: v for k, v in extra.items() if k not in props}}, how


def _unit_name(props: dict[str, Any], kml: bool) -> None:
    """Our KML names a unit without a name "<nation> <kind>" (Unit.label): that is no name."""
    if kml and props.get("name") == f"{props.get('nation')} {props.get('kind')}":
        props["name"] = ""


def _check_one(feature: dict[str, Any], source: str, where: str) -> None:
    """Validate one feature as a plan file would, naming it as the file does."""
    sentinel = "\x00gis\x00"
    # Alone, a parent cannot be found: the whole file's check names it.
    alone = {**feature, "properties": {k: v for k, v in feature["properties"].items() if k != "parent"}}
    try:
        parse_plan({"type": "FeatureCollection", "posture": {"format": 1}, "features": [alone]}, source=sentinel)
    except PlanFileError as e:
        text = str(e)
        head = re.match(rf"^{re.escape(sentinel)}: {feature_pattern()}(?: \(id \"[^\"]*\"\))?: ?", text)
        rest = text[head.end() :] if head else text.removeprefix(sentinel + ": ")
        rest = re.sub(r"(?:^|(?<= ))properties\.", "", rest)
        raise _fail(f"{source}: {where}: {rest}") from None


def _merge(kind: str, shapes: Sequence[dict[str, Any]]) -> dict[str, Any]:
    if len(shapes) == 1:
        return shapes[0]
    single, multi = ("LineString", "MultiLineString") if kind == "contact_line" else ("Polygon", "MultiPolygon")
    coords = [c for s in shapes for c in ([s["coordinates"]] if s["type"] == single else s["coordinates"])]
    return {"type": multi, "coordinates": coords}


def read_gis_file(
    path: str | os.PathLike[str],
    nation: str | None = None,
    as_kind: str | None = None,
    name: str | None = None,
) -> GisImport:
    """The plan a GIS file maps to (module docstring); :class:`GisImportError` when it cannot be.

    ``nation`` is the ISO code for features that give none; ``as_kind`` (``contact_line`` or
    ``occupied_area``) makes lines or areas without a unit kind that plan geometry; ``name`` names
    the plan (else the file's name).
    """
    p = Path(path)
    source = os.fspath(path)
    if nation is not None:
        from desktop.catalogue import is_nation_code

        nation = nation.strip().upper()
        if not is_nation_code(nation):
            raise _fail(
                translate("GisImport", "--nation {code} is not an ISO 3166-1 alpha-2 code").format(code=repr(nation))
            )
    if as_kind is not None and as_kind not in AS_KINDS:
        text = translate("GisImport", "--as {kind} is not one of {choices}")
        raise _fail(text.format(kind=repr(as_kind), choices=", ".join(AS_KINDS)))
    _open_check(p)
    layer_names = _layers(p)
    layers = [_read_layer(p, name_) for name_ in layer_names]
    drivers = {layer.driver for layer in layers}
    driver = next(iter(drivers)) if len(drivers) == 1 else ", ".join(sorted(drivers))
    ctx = _Context(source, nation, as_kind, csv=driver == "CSV", many_layers=len(layers) > 1)
    for layer in layers:
        crs = layer.crs
        if crs and crs not in _GEOGRAPHIC and any(g is not None for g in layer.geometries):
            text = translate("GisImport", "{file}: layer {layer} is in {crs}, not longitude/latitude (WGS 84); "
                             "reproject it first (ogr2ogr -t_srs EPSG:4326)")  # fmt: skip
            raise _fail(text.format(file=source, layer=repr(layer.name), crs=crs), True)

    features: list[dict[str, Any]] = []
    labels: list[str] = []  # of the units, in order
    mapped: list[MappedFeature] = []
    shapes: dict[str, list[tuple[dict[str, Any], str | None, dict[str, Any]]]] = {}
    number = 0
    for layer in layers:
        kml = layer.driver in ("KML", "LIBKML")
        for row in range(len(layer.geometries)):
            number += 1
            attrs = _attributes(layer, row)
            fid, used = _feature_id(attrs, layer, row)
            where = _label(ctx, layer, number, row, fid)
            geometry = _geometry(layer.geometries[row])
            if geometry is None:
                geometry = _position_from_columns(attrs, where, ctx)
                if geometry is not None:
                    used |= _position_keys(attrs)
            elif ctx.csv:
                used |= _position_keys(attrs)
            props, how = _properties(attrs, used, layer, ctx)
            kind = props.get("kind")
            shape = geometry.get("type") if geometry else None
            if kind is None and shape in (*_LINES, *_AREAS):
                wanted = ctx.as_kind if ctx.as_kind and shape in _SHAPE_OF_KIND[ctx.as_kind] else None
                if wanted is None:
                    why = translate("GisImport", "a line or area without a unit kind "
                                                 "(import with --as contact_line or occupied_area)")  # fmt: skip
                    mapped.append(MappedFeature(where, layer.name, "skipped", geometry=str(shape), note=why))
                    continue
                _check_one({"type": "Feature", "geometry": geometry, "properties": {"kind": wanted}}, source, where)
                shapes.setdefault(wanted, []).append((geometry, None, {}))  # type: ignore[arg-type]
                mapped.append(MappedFeature(where, layer.name, wanted, kind=wanted, geometry=str(shape),
                                            note="--as " + wanted))  # fmt: skip
                continue
            if geometry is None:
                if ctx.csv:
                    text = translate(
                        "GisImport",
                        "{file}: {where}: position is missing (give lat/lon, latitude/longitude or mgrs columns)",
                    )
                else:
                    text = translate("GisImport", "{file}: {where}: position is missing")
                raise _fail(text.format(file=source, where=where))
            if kind is None:
                text = translate("GisImport", "{file}: {where}: kind is missing (give a kind or a sidc attribute)")
                raise _fail(text.format(file=source, where=where))
            if kind in GEOMETRY_KINDS:
                _check_one({"type": "Feature", "geometry": geometry, "properties": {"kind": kind}}, source, where)
                rest = {k: v for k, v in props.items() if k != "kind" and k != "nation"}
                shapes.setdefault(str(kind), []).append((geometry, fid, rest))
                mapped.append(MappedFeature(where, layer.name, str(kind), kind=str(kind), geometry=str(shape)))
                continue
            if kind in UNIT_KINDS and "nation" not in props:
                text = translate("GisImport", "{file}: {where}: nation is missing (give a nation or country attribute, "
                                 "or --nation XX)")  # fmt: skip
                raise _fail(text.format(file=source, where=where))
            _unit_name(props, kml)
            feature: dict[str, Any] = {"type": "Feature", "geometry": geometry, "properties": props}
            if fid is not None:
                feature["id"] = fid
            _check_one(feature, source, where)
            features.append(feature)
            labels.append(where)
            strength = props.get("strength")
            mapped.append(MappedFeature(
                where, layer.name, "unit", kind=str(kind), nation=str(props.get("nation", "")),
                name=str(props.get("name") or ""),
                strength=int(strength) if isinstance(strength, (int, float)) else None,
                geometry=str(shape), note=how,
            ))  # fmt: skip
    for kind, parts in sorted(shapes.items()):
        if len(parts) == 1 and parts[0][1] is not None:  # one feature that says what it is: as it was
            geometry, fid, rest = parts[0]
            features.append({"type": "Feature", "id": fid, "geometry": geometry, "properties": {"kind": kind, **rest}})
        else:
            merged = _merge(kind, [part[0] for part in parts])
            features.append({"type": "Feature", "id": kind, "geometry": merged,
                             "properties": {"kind": kind, "source": p.name}})  # fmt: skip
    stored = next((layer.posture for layer in layers if isinstance(layer.posture, dict)), None)
    if not features and stored is None:  # our own GeoPackage of a plan without units comes back whole
        if as_kind:
            text = translate("GisImport", "{file}: holds no unit to import (no feature with a kind or sidc)")
        else:
            text = translate(
                "GisImport",
                "{file}: holds no unit to import (no feature with a kind or sidc; lines and areas need --as)",
            )
        raise _fail(text.format(file=source))
    posture: dict[str, Any] = dict(stored) if stored else {"format": 1, "name": _file_title(p)}
    if name is not None and name.strip():
        posture["name"] = name
    doc = {"type": "FeatureCollection", "posture": posture, "features": features}
    try:
        plan = parse_plan(doc, source=source)
    except PlanFileError as e:  # e.g. two features with the same id, a parent that is not there
        text = re.sub(r"(?<=[: ])properties\.", "", str(e))  # the GIS file's attributes have no prefix
        head = re.match(rf"^{re.escape(source)}: {feature_pattern()}(?: \(id \"[^\"]*\"\))?", text)
        if head and 0 < int(head.group("number")) <= len(labels):
            tail = re.sub(
                feature_pattern(),
                lambda m: (
                    re.sub(r' \(id "[^"]*"\)$', "", labels[int(m.group("number")) - 1])
                    if 0 < int(m.group("number")) <= len(labels)
                    else m.group(0)
                ),
                text[head.end() :],
            )
            text = f"{source}: {labels[int(head.group('number')) - 1]}{tail}"
        raise _fail(text) from None
    return GisImport(replace(plan, declared=frozenset()), driver, tuple(mapped), dict(ctx.columns))


def _file_title(path: Path) -> str:
    name = path.name
    for ending in (".plan.geojson", *EXTENSIONS):
        if name.lower().endswith(ending):
            return name[: -len(ending)] or name
    return path.stem or name


# ---------------------------------------------------------------------------------------------
# One door for `import`: plan files and GIS files
# ---------------------------------------------------------------------------------------------


def is_plan_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is read as a plan file: ``*.plan.geojson``, or GeoJSON with ``posture``
    (other GeoJSON is a GIS file). Unreadable or not JSON: a plan file (its reader says why)."""
    name = os.fspath(path).lower()
    if name.endswith(".plan.geojson"):
        return True
    if not name.endswith((".geojson", ".json")):
        return False
    try:
        data = read_input(path)  # never blocks on a FIFO, never reads /dev/zero whole
    except OSError:
        return True  # the plan file reader says why
    if b'"posture"' in data[: 1 << 16]:
        return True
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return True
    return isinstance(doc, dict) and "posture" in doc


def read_import_file(
    path: str | os.PathLike[str],
    nation: str | None = None,
    as_kind: str | None = None,
    name: str | None = None,
) -> Plan:
    """The plan ``import FILE`` adds: a plan file as it is (renamed by ``name``), or a GIS file
    mapped by :func:`read_gis_file`. Raises :class:`PlanFileError` (one line)."""
    if is_plan_file(path):
        from desktop.planfile import read_plan_file

        plan = read_plan_file(path)
        return replace(plan, name=name) if name is not None and name.strip() else plan
    return read_gis_file(path, nation=nation, as_kind=as_kind, name=name).plan
