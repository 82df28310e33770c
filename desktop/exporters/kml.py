"""KML 2.2 export for Google Earth and GDAL (``export --format kml``).

The document: the plan's name and a description (its figures and marking), then one Folder per
domain (Land, Air, Maritime) with one Placemark per unit, a "Range rings" folder (air-defence and
ISR rings as geodesic polygons, :func:`desktop.geo.range_ring`; none in release mode, like the
print) and a "Contact line and occupied area" folder, both in red. Each unit's Placemark has its
name, an HTML description table, ``ExtendedData`` (every field: kind, nation, strength, phases,
roles, system, range, aircraft…, which GDAL reads as columns; see :data:`SCHEMA`) and
a Style whose IconStyle is the unit's milsymbol symbol (:mod:`desktop.symbols`, as the app draws
it). A route or patrol area is a MultiGeometry of the anchor point (the symbol) and the shape.

Icons, decided: Google Earth does not draw SVG icons and does not reliably draw ``data:`` URIs,
so every distinct symbol is rasterised to PNG (:mod:`desktop.exporters.raster`, no Qt) and
written beside the document, referenced by a relative href that works offline:

- ``OUT.kmz`` (the output name ends in ``.kmz``): one zip, ``doc.kml`` first, icons under
  ``files/``; the file to share.
- any other name (``OUT.kml``): the KML plus a folder ``OUT_files/`` of icons next to it. The
  icons are written first and the KML last, each atomically; if anything fails, icons this
  export added are removed again and no KML is left behind.

A symbol the rasteriser cannot draw is written as its SVG instead (QGIS and browsers show it).

Text: the document is built with :mod:`xml.etree.ElementTree`, which escapes every value.
Descriptions are HTML for Google Earth's balloon, so their planner text is HTML-escaped first
(then XML-escaped by the writer); the balloon shows only the description (BalloonStyle
``$[description]``), so a name is never read as markup.
"""

from __future__ import annotations

import contextlib
import html
import io
import urllib.parse
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from desktop import geo, symbols
from desktop.catalogue import nation_name
from desktop.doctrine import metrics
from desktop.exporters import raster
from desktop.exporters.common import (
    Progress,
    ProgressCallback,
    clean_text,
    field_text,
    fmt_coord,
    kind_label,
    plan_fields,
    unit_fields,
)
from desktop.fileio import atomic_write, check_output
from desktop.model import DOMAINS, UNIT_TABLE, Geometry, Plan, PlanGeometry, Unit

KML_NS = "http://www.opengis.net/kml/2.2"
#: Symbols are rasterised at this many pixels per milsymbol size unit (2 = sharp on HiDPI).
ICON_PIXEL_SCALE = 2.0
#: Google Earth draws an icon of scale 1 at 32 px; the app's symbols are about 40 px tall.
GE_ICON_PX = 32.0
RING_VERTICES = 72

DOMAIN_FOLDERS = {"land": "Land", "air": "Air", "maritime": "Maritime"}

#: KML colours are aabbggrr. Same palette as the map page (resources/map.js).
COLOURS = {
    "ring_ad_line": "e6c06515",  # #1565c0
    "ring_ad_fill": "1fc06515",
    "ring_isr_line": "8ca21f7b",  # #7b1fa2
    "route_maritime": "ff8c470d",  # #0d47a1
    "route_air": "ff8c144a",  # #4a148c
    "area_fill": "268c470d",
    "contact_line": "f21c1cb7",  # #b71c1c
    "occupied_line": "991c1cb7",
    "occupied_fill": "292f2fd3",  # #d32f2f at 16%
}

#: The unit's ExtendedData: (field, type, display name). Typed: the Document declares them in a
#: ``Schema`` of ``SimpleField``s (:data:`SCHEMA_ID`) and each Placemark gives its ``SchemaData``,
#: so GDAL reads ``strength`` as an Integer and ``range_km`` as a Real. In a KMZ they are untyped
#: ``Data`` elements instead: GDAL (libkml, 3.6 to 3.12) reads no ``SchemaData`` at all from a KMZ,
#: and ``Data`` from a KMZ as strings (which ``import`` reads back as numbers). Lists (``phases``,
#: ``roles``) are comma-separated. The unit's name is the Placemark's own
#: ``name``, which GDAL reads as the ``Name`` column. After the columns that are not unit fields
#: (or say one in other words), every field of the table (:data:`~desktop.model.UNIT_TABLE`).
SCHEMA_ID = "posture_unit"
_HEAD: tuple[tuple[str, str, str], ...] = (
    ("unit_id", "string", "Unit id"),
    ("feature_id", "string", "Feature id"),  # the contact line's and occupied area's
    ("kind", "string", "Kind"),
    ("kind_label", "string", "Kind (label)"),
    ("domain", "string", "Domain"),
    ("nation", "string", "Nation (ISO)"),
    ("nation_name", "string", "Nation"),
)
_KML_TYPES = {int: "int", float: "double"}
SCHEMA: tuple[tuple[str, str, str], ...] = _HEAD + tuple(
    (spec.name, _KML_TYPES.get(spec.type, "string"), spec.title)
    for spec in UNIT_TABLE
    if spec.name not in ("kind", "nation", "name")
)


# -- small builders ------------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = clean_text(text)
    return el


def _coords(positions: Iterable[Sequence[float]]) -> str:
    return " ".join(f"{fmt_coord(p[0])},{fmt_coord(p[1])}" for p in positions)


def _html_table(rows: Iterable[tuple[str, str]]) -> str:
    """An HTML table for a balloon; every cell escaped."""
    cells = "".join(
        f"<tr><th align='left'>{html.escape(label)}</th><td>{html.escape(clean_text(value))}</td></tr>"
        for label, value in rows
    )
    return f"<table>{cells}</table>"


def _line(parent: ET.Element, positions: Iterable[Sequence[float]]) -> None:
    ls = _sub(parent, "LineString")
    _sub(ls, "tessellate", "1")
    _sub(ls, "coordinates", _coords(positions))


def _polygon(parent: ET.Element, rings: Sequence[Sequence[Sequence[float]]]) -> None:
    poly = _sub(parent, "Polygon")
    _sub(poly, "tessellate", "1")
    for i, ring in enumerate(rings):
        boundary = _sub(poly, "outerBoundaryIs" if i == 0 else "innerBoundaryIs")
        closed = list(ring) if tuple(ring[0]) == tuple(ring[-1]) else [*ring, ring[0]]
        _sub(_sub(boundary, "LinearRing"), "coordinates", _coords(closed))


def _geometry(parent: ET.Element, g: Geometry) -> None:
    """A GeoJSON geometry as KML geometry (Multi* become a MultiGeometry)."""
    if g.type == "Point":
        _sub(_sub(parent, "Point"), "coordinates", _coords([g.coordinates]))
    elif g.type == "LineString":
        _line(parent, g.coordinates)
    elif g.type == "Polygon":
        _polygon(parent, g.coordinates)
    elif g.type == "MultiLineString":
        multi = _sub(parent, "MultiGeometry")
        for part in g.coordinates:
            _line(multi, part)
    elif g.type == "MultiPolygon":
        multi = _sub(parent, "MultiGeometry")
        for part in g.coordinates:
            _polygon(multi, part)
    else:  # never produced by planfile / edits
        raise ValueError(f"unsupported geometry type {g.type!r}")


# -- styles ---------------------------------------------------------------------------------------


def _line_style(parent: ET.Element, colour: str, width: float) -> None:
    ls = _sub(parent, "LineStyle")
    _sub(ls, "color", colour)
    _sub(ls, "width", fmt_coord(width))


def _poly_style(parent: ET.Element, colour: str | None) -> None:
    ps = _sub(parent, "PolyStyle")
    if colour is None:
        _sub(ps, "fill", "0")
    else:
        _sub(ps, "color", colour)


def _balloon(parent: ET.Element) -> None:
    _sub(_sub(parent, "BalloonStyle"), "text", "$[description]")


def _symbol_style(
    doc: ET.Element, style_id: str, href: str | None, sym: symbols.Symbol, scale: float, route_colour: str
) -> None:
    """The style of every unit drawn with this symbol: the icon (none without ``href``), and its
    route or area."""
    style = _sub(doc, "Style", id=style_id)
    icon_style = _sub(style, "IconStyle")
    _sub(icon_style, "scale", f"{sym.height / GE_ICON_PX:.3f}")
    if href is not None:
        _sub(_sub(icon_style, "Icon"), "href", href)
    # hotSpot: the unit's position inside the image, in pixels from the lower left.
    _sub(
        icon_style,
        "hotSpot",
        x=f"{sym.anchor_x * scale:.1f}",
        y=f"{(sym.height - sym.anchor_y) * scale:.1f}",
        xunits="pixels",
        yunits="pixels",
    )
    _sub(_sub(style, "LabelStyle"), "scale", "0.8")
    _line_style(style, route_colour, 2.4)
    _poly_style(style, COLOURS["area_fill"])
    _balloon(style)


def _fixed_styles(doc: ET.Element) -> None:
    for style_id, line, width, fill in (
        ("ring-ad", COLOURS["ring_ad_line"], 1.5, COLOURS["ring_ad_fill"]),
        ("ring-isr", COLOURS["ring_isr_line"], 1.2, None),
        ("contact-line", COLOURS["contact_line"], 3.2, None),
        ("occupied-area", COLOURS["occupied_line"], 1.0, COLOURS["occupied_fill"]),
    ):
        style = _sub(doc, "Style", id=style_id)
        _line_style(style, line, width)
        _poly_style(style, fill)
        _balloon(style)


# -- placemarks -----------------------------------------------------------------------------------


def _unit_data(unit: Unit) -> dict[str, Any]:
    """The ExtendedData values of :data:`SCHEMA`: every unit field (lists comma-separated), the
    symbol code as drawn (derived when the unit has none)."""
    data: dict[str, Any] = {
        "unit_id": unit.id,
        "feature_id": None,
        "kind": unit.kind,
        "kind_label": kind_label(unit.kind),
        "domain": unit.domain,
        "nation": unit.nation,
        "nation_name": nation_name(unit.nation),
    }
    for spec in UNIT_TABLE:
        if spec.name not in data and spec.name != "name":
            value = getattr(unit, spec.name)
            if spec.type is tuple:
                value = ",".join(value or ())
            elif spec.type is dict and value is not None:
                value = field_text(spec, value)
            data[spec.name] = value
    data["sidc"] = symbols.sidc_of(unit)
    return data


def _simple_value(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _extended_data(pm: ET.Element, values: dict[str, Any], typed: bool) -> None:
    if typed:
        data = _sub(_sub(pm, "ExtendedData"), "SchemaData", schemaUrl=f"#{SCHEMA_ID}")
        for name, text in values.items():
            _sub(data, "SimpleData", text, name=name)
        return
    data = _sub(pm, "ExtendedData")
    for name, text in values.items():
        field = _sub(data, "Data", name=name)
        _sub(field, "displayName", _LABELS.get(name, name))
        _sub(field, "value", text)


_LABELS = {name: label for name, _, label in SCHEMA}


def _unit_placemark(folder: ET.Element, unit: Unit, style_id: str, typed: bool = True) -> None:
    pm = _sub(folder, "Placemark")
    _sub(pm, "name", unit.label())
    _sub(pm, "description", _html_table((label, text) for _, label, text in unit_fields(unit)))
    _sub(pm, "styleUrl", f"#{style_id}")
    values = _unit_data(unit)
    texts = {name: _simple_value(values[name]) for name, _, _label in SCHEMA}
    _extended_data(pm, {k: v for k, v in texts.items() if v is not None}, typed)
    if unit.geometry.type == "Point":
        _geometry(pm, unit.geometry)
    else:  # the symbol at the anchor, and the route or area itself
        multi = _sub(pm, "MultiGeometry")
        _sub(_sub(multi, "Point"), "coordinates", _coords([unit.position]))
        _geometry(multi, unit.geometry)


def _ring_placemark(folder: ET.Element, unit: Unit) -> None:
    km = float(unit.range_km or 0)
    pm = _sub(folder, "Placemark")
    what = "air-defence range" if unit.kind == "air.defence" else "ISR range"
    _sub(pm, "name", f"{unit.label()} — {what} {km:g} km")
    rows = [("Unit", clean_text(unit.label())), ("Range (km)", f"{km:g}"), ("System", clean_text(unit.system or ""))]
    _sub(pm, "description", _html_table(rows))
    _sub(pm, "styleUrl", "#ring-ad" if unit.kind == "air.defence" else "#ring-isr")
    lon, lat = unit.position
    _polygon(pm, [geo.range_ring(lon, lat, km, RING_VERTICES)])


GEOMETRY_NAMES = {"contact_line": "Contact line", "occupied_area": "Occupied area"}


def _plan_geometry_placemark(folder: ET.Element, g: PlanGeometry, typed: bool = True) -> None:
    pm = _sub(folder, "Placemark")
    _sub(pm, "name", GEOMETRY_NAMES.get(g.kind, g.kind))
    raw_note = g.extra.get("note")
    note = raw_note if isinstance(raw_note, str) else ""
    _sub(pm, "description", _html_table([("Kind", g.kind), ("Note", note)]))
    _sub(pm, "styleUrl", "#contact-line" if g.kind == "contact_line" else "#occupied-area")
    _extended_data(pm, {"feature_id": g.id, "kind": g.kind}, typed)
    _geometry(pm, g.geometry)


def has_ring(unit: Unit) -> bool:
    """Air-defence and ISR units with a positive range get a range ring."""
    return unit.kind in ("air.defence", "air.isr") and bool(unit.range_km and unit.range_km > 0)


# -- document -------------------------------------------------------------------------------------


def kml_document(
    plan: Plan, released: bool, icon_folder: str | None, progress: Progress, typed: bool = True
) -> tuple[bytes, dict[str, bytes]]:
    """The KML text and its icon files (relative file path -> bytes) for ``plan``; ``typed``: the
    ExtendedData as a typed Schema (a KML), else as untyped Data (a KMZ; see :data:`SCHEMA`).

    Each icon's href is its path URL-escaped (a folder named ``Plan #1 100%_files`` is
    ``Plan%20%231%20100%25_files`` in the href). ``icon_folder=None`` (standard output, a device):
    no icon files and no icon href, so viewers draw their default pin."""
    units = plan.units
    syms = symbols.symbols_for(units, size=symbols.DEFAULT_SIZE)
    root = ET.Element("kml", xmlns=KML_NS)
    doc = _sub(root, "Document", id="posture")
    _sub(doc, "name", plan.name)
    _sub(doc, "open", "1")
    m = metrics(plan)
    _sub(doc, "description", _html_table(plan_fields(plan, m["troops"], released)))
    _fixed_styles(doc)
    if typed:
        schema = _sub(doc, "Schema", name=SCHEMA_ID, id=SCHEMA_ID)
        for name, kind, label in SCHEMA:
            _sub(_sub(schema, "SimpleField", name=name, type=kind), "displayName", label)

    files: dict[str, bytes] = {}
    style_of: dict[str, str] = {}
    for n, (key, sym) in enumerate(sorted(syms.items()), start=1):
        href: str | None = None
        png = None
        if icon_folder is not None:
            png = raster.svg_to_png(sym.svg, ICON_PIXEL_SCALE)
            ext, data = ("png", png) if png is not None else ("svg", sym.svg.encode("utf-8"))
            relative = f"{icon_folder}/sym-{n:03d}.{ext}"
            files[relative] = data
            href = urllib.parse.quote(relative)
        style_id = f"sym-{n:03d}"
        style_of[key] = style_id
        # Routes are sea patrols (symbol set 30, sea surface) or air patrol areas.
        route = COLOURS["route_maritime"] if key[4:6] == "30" else COLOURS["route_air"]
        _symbol_style(doc, style_id, href, sym, ICON_PIXEL_SCALE if png is not None else 1.0, route)
        progress.advance()

    folders = {d: _sub(doc, "Folder") for d in DOMAINS}
    for d, f in folders.items():
        _sub(f, "name", DOMAIN_FOLDERS[d])
    for u in units:
        _unit_placemark(folders[u.domain], u, style_of[symbols.key_of(u)], typed)
        progress.advance()

    if not released:
        rings = _sub(doc, "Folder")
        _sub(rings, "name", "Range rings")
        for u in units:
            if has_ring(u):
                _ring_placemark(rings, u)
                progress.advance()

    plan_geo = _sub(doc, "Folder")
    _sub(plan_geo, "name", "Contact line and occupied area")
    for g in plan.geometries:
        _plan_geometry_placemark(plan_geo, g, typed)
        progress.advance()

    ET.indent(root, space=" ")
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8"), files


def icon_folder_name(path: Path) -> str:
    """``plan.kml`` -> ``plan_files``: the folder of icons next to a plain KML file."""
    stem = path.name[: -len(".kml")] if path.name.lower().endswith(".kml") else path.name
    return f"{stem}_files"


def kmz_bytes(kml: bytes, files: dict[str, bytes]) -> bytes:
    """A KMZ: ``doc.kml`` first (Google Earth reads the first .kml), then the icons."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("doc.kml", kml)
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def _steps(plan: Plan, released: bool) -> int:
    rings = 0 if released else sum(1 for u in plan.units if has_ring(u))
    return len(plan.units) * 2 + rings + len(plan.geometries) + 2


def write_kml(
    plan: Plan, path: Path, released: bool = False, progress: ProgressCallback | None = None, kmz: bool | None = None
) -> None:
    """Write ``plan`` (already released when ``released``) as KMZ when ``kmz`` (by default: when
    ``path`` ends in ``.kmz``), else as KML with an icon folder beside it (module docstring).
    Raises ``OSError``."""
    steps = Progress(progress, _steps(plan, released))
    steps.check()
    out = check_output(path)
    if kmz is None:
        kmz = path.name.lower().endswith(".kmz")
    folder = "files" if kmz else icon_folder_name(Path(out.path)) if out.kind == "replace" else None
    kml, files = kml_document(plan, released, folder, steps, typed=not kmz)
    steps.finish()
    if kmz:
        atomic_write(path, kmz_bytes(kml, files))
        return
    if folder is None:  # standard output or a device: the KML alone
        atomic_write(path, kml)
        return
    beside = Path(out.path).parent  # beside the file itself when ``path`` is a symlink
    icon_dir = beside / folder
    created_dir = not icon_dir.exists()
    added: list[Path] = []
    try:
        icon_dir.mkdir(exist_ok=True)
        for href, data in files.items():
            target = beside / href
            if not target.exists():
                added.append(target)
            atomic_write(target, data)
        atomic_write(path, kml)
    except BaseException:
        for f in added:
            with contextlib.suppress(OSError):
                f.unlink()
        if created_dir:
            with contextlib.suppress(OSError):
                icon_dir.rmdir()
        raise
