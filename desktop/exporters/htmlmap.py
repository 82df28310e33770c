"""One self-contained interactive HTML map, built with folium (``export --format html``).

The page opens offline in any browser and makes no network request:

- folium's CDN scripts and styles (Leaflet, jQuery, Bootstrap, Font Awesome, awesome-markers) are
  all dropped from the map instance; Leaflet's own ``leaflet.js``/``leaflet.css`` (XStatic-Leaflet,
  the app's copy) are inlined, the CSS's images as ``data:`` URIs. No ``http://``/``https://``
  string is left anywhere in the file (the SVG namespace inside leaflet.js is written with an
  escaped colon, the same string at run time); a Content-Security-Policy ``<meta>`` forbids every
  fetch, so even a missed reference could not reach the network.
- The base map is the app's own (``resources/basemap.js``, its colours, panes and labels, with
  ``map.css``), its GeoJSON layers embedded simplified (:func:`base_layers`: Douglas–Peucker at
  :data:`SIMPLIFY_DEG`, coordinates rounded to :data:`ROUND_DECIMALS`, unused properties dropped:
  about 0.25 MB instead of 0.85 MB); basemap.js's ``fetch`` of ``geo/*.geojson`` is answered from
  that embedded data (a local ``fetch`` in its scope; the page's own is untouched).
- Units are markers with their milsymbol SVG (:mod:`desktop.symbols`, the app's symbols, inline
  as Leaflet ``divIcon``s), the name below, a popup of every field; folium FeatureGroups per domain,
  range rings, routes and the contact line / occupied area, all in a LayerControl.
- The title, the classification banner top and bottom (colours as on the print), the figures of
  the plan and its nations, and the base map's attribution.

Planner text never becomes markup, nor a template: branca compiles what every folium element
renders as a Jinja template, so planner text (and the inlined resources) are put in after
rendering, in place of slots (:data:`SLOT`). folium's ``Popup`` builds its content with jQuery and its
``Tooltip`` pastes the text into a JavaScript template literal (so a name holding ``${…}`` would
run), so neither is used for planner text: unit data travel as one JSON object (``<``, ``>``, ``&``
and line separators escaped, so ``</script>`` cannot close the script) and the page's script puts
every planner string into the DOM with ``textContent``. Server-side HTML (title, banner, panel)
escapes every string with :func:`html.escape`. Only the symbols' SVG is inserted as markup: it is
built from validated SIDCs and ISO codes, never from planner text (desktop/symbols.py).

Release mode (``released``): the plan is already :func:`desktop.release.release_plan`'s; the page
states the release note, hides the labels (they would only repeat the kind) and draws no range
rings or routes, like the print. Pure: no Qt.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import folium
import shapely
import xstatic.pkg.leaflet
from branca.element import Element, Figure, MacroElement
from jinja2 import Template
from shapely.geometry import mapping, shape

from desktop import symbols
from desktop.doctrine import metrics
from desktop.exporters.common import ExportError, Progress, ProgressCallback, clean_text, plan_fields, unit_fields
from desktop.fileio import atomic_write
from desktop.model import Plan, Unit
from desktop.planfile import rfc7946_geometry

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
GEO_DIR = RESOURCES / "geo"
LEAFLET_DIR = Path(xstatic.pkg.leaflet.BASE_DIR)

#: Base layers as basemap.js loads them, and the properties basemap.js reads of each.
BASE_LAYERS: dict[str, tuple[str, ...]] = {
    "neighbours": ("kind",),
    "water": ("kind", "rank"),
    "ukraine_oblasts": (),
    "ukraine_outline": (),
    "places": ("kind", "name", "capital"),
    "labels": ("kind", "name"),
}
SIMPLIFY_DEG = 0.005  # about 500 m: a pixel or two at zoom 9
ROUND_DECIMALS = 3

EXTRA_ATTRIBUTION = "Military symbols APP-6D, drawn with milsymbol · Exported with Posture (offline)"

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
    "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
)

#: Classification banners: the same colours as the print (desktop/ui/printing.py marking_style).
_MARKINGS = (
    (re.compile(r"\bTOP SECRET\b"), "#ff8c00", "#000000"),
    (re.compile(r"\bUNCLASSIFIED\b|\bPUBLIC\b|^OFFICIAL$|^OFFICIAL\b(?!.*SENSITIVE)"), "#007a33", "#ffffff"),
    (re.compile(r"\bSECRET\b"), "#c8102e", "#ffffff"),
    (re.compile(r"\bCONFIDENTIAL\b"), "#0033a0", "#ffffff"),
    (re.compile(r"\b(RESTRICTED|SENSITIVE|CUI)\b"), "#502b85", "#ffffff"),
)


def marking_style(marking: str) -> tuple[str, str, str]:
    """(text, background, colour) of the classification banner; an empty marking says so."""
    text = " ".join(clean_text(marking).split()).upper()
    if not text:
        return "NO CLASSIFICATION MARKING SET", "#616161", "#ffffff"
    for pattern, background, colour in _MARKINGS:
        if pattern.search(text):
            return text, background, colour
    return text, "#37474f", "#ffffff"


# -- embedded resources ----------------------------------------------------------------------------

_URL = re.compile(r"(https?):(//)")


def no_urls(text: str) -> str:
    """``http://`` and ``https://`` written with a JavaScript-escaped colon (``http\\x3a//``): the
    same string inside a JS string literal (Leaflet's SVG namespace), inert text in a comment."""
    return _URL.sub(r"\1\\x3a\2", text)


def script_safe(text: str) -> str:
    """Text that cannot end an inline ``<script>`` or ``<style>`` early."""
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


@cache
def leaflet_js() -> str:
    return script_safe(no_urls((LEAFLET_DIR / "leaflet.js").read_text(encoding="utf-8")))


@cache
def leaflet_css() -> str:
    css = (LEAFLET_DIR / "leaflet.css").read_text(encoding="utf-8")

    def inline(m: re.Match[str]) -> str:
        image = LEAFLET_DIR / m.group(1)
        data = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)
    css = css.replace("behavior: url(#default#VML);", "")
    return script_safe(no_urls(css))


@cache
def app_resource(name: str) -> str:
    return script_safe(no_urls((RESOURCES / name).read_text(encoding="utf-8")))


def _round(coords: Any) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), ROUND_DECIMALS)
    return [_round(c) for c in coords]


@cache
def base_layers() -> dict[str, dict[str, Any]]:
    """``geo/<name>.geojson`` -> the layer simplified for the page (module docstring)."""
    out: dict[str, dict[str, Any]] = {}
    for name, keep in BASE_LAYERS.items():
        doc = json.loads((GEO_DIR / f"{name}.geojson").read_text(encoding="utf-8"))
        features = []
        for f in doc["features"]:
            geom = f["geometry"]
            if geom["type"] != "Point":
                g = shapely.simplify(shape(geom), SIMPLIFY_DEG, preserve_topology=True)
                if g.is_empty:
                    continue
                geom = mapping(g)
            props = {k: f["properties"][k] for k in keep if f["properties"].get(k) is not None}
            features.append(
                {
                    "type": "Feature",
                    "properties": props,
                    "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"])},
                }
            )
        out[f"geo/{name}.geojson"] = {"type": "FeatureCollection", "features": features}
    return out


def json_for_script(value: Any) -> str:
    """JSON that is safe inside an inline ``<script>``: ``<``, ``>``, ``&`` and the line separators
    escaped (so ``</script>`` or ``<!--`` in planner text stays inside the string), and ``://``
    written ``:\\/\\/`` (the same string) so planner text holding a URL adds no reference."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text.replace("://", ":\\/\\/")


def text_html(value: str) -> str:
    """Planner text as HTML text: escaped, characters XML forbids replaced, and ``://`` written
    with an entity (``&#58;//``, the same text on screen) so a URL in it adds no reference."""
    return html.escape(clean_text(value)).replace("://", "&#58;//")


# -- page data -------------------------------------------------------------------------------------


def _inline_svg(svg: str) -> str:
    """A symbol's SVG for insertion in HTML: the namespace attribute is implied there."""
    return svg.replace(' xmlns="http://www.w3.org/2000/svg"', "")


def _unit_json(u: Unit, slot: int, released: bool) -> dict[str, Any]:
    lon, lat = u.position
    ring = None
    if not released and u.range_km and u.range_km > 0 and u.kind in ("air.defence", "air.isr"):
        ring = "ad" if u.kind == "air.defence" else "isr"
    shape_json = None if released or u.geometry.type == "Point" else rfc7946_geometry(u.geometry)
    return {
        "name": clean_text(u.label()),
        "domain": u.domain,
        "sym": symbols.key_of(u),
        "lat": lat,
        "lng": lon,
        "slot": slot,
        "range": float(u.range_km or 0),
        "ring": ring,
        "shape": shape_json,
        "fields": [[label, text] for _, label, text in unit_fields(u)],
    }


def page_data(plan: Plan, released: bool, progress: Progress) -> dict[str, Any]:
    """Everything the page's script draws: symbols, units, embedded base layers, attribution."""
    syms = symbols.symbols_for(plan.units)
    seen: Counter[tuple[float, float]] = Counter()
    units = []
    for u in plan.units:
        pos = u.position
        units.append(_unit_json(u, seen[pos], released))
        seen[pos] += 1
        progress.advance()
    return {
        "symbols": {k: {**s.as_page(), "svg": _inline_svg(s.svg)} for k, s in syms.items()},
        "units": units,
        "geo": base_layers(),
        "attribution": EXTRA_ATTRIBUTION,
        "labels": not released,
    }


# -- folium elements -------------------------------------------------------------------------------


class _Script(MacroElement):
    """A script run after the map and its layers exist (folium renders children in order)."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "PostureScript"
        self.code = code


PAGE_CSS = """
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
html body #map_main { flex: 1 1 auto; height: auto; min-height: 0; background: #bcd6e8; order: 2; }
.banner.bottom { order: 3; }
.banner { flex: none; text-align: center; font: bold 12px/20px "DejaVu Sans", Arial, sans-serif;
          letter-spacing: 0.08em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 0 8px; }
.titlebar { flex: none; display: flex; gap: 16px; align-items: baseline; padding: 4px 10px;
            background: #263238; color: #fff; font-size: 13px; }
.titlebar .plan { font-weight: bold; font-size: 15px; unicode-bidi: plaintext; overflow: hidden;
                  text-overflow: ellipsis; white-space: nowrap; max-width: 60%; }
.titlebar .release { background: #ffb300; color: #000; padding: 0 6px; border-radius: 2px; font-weight: bold; }
.info { background: rgba(255, 255, 255, 0.94); padding: 6px 8px; border-radius: 4px; font-size: 11px;
        max-height: 60vh; overflow: auto; max-width: 340px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
.info summary { cursor: pointer; font-weight: bold; font-size: 12px; }
.info table { border-collapse: collapse; margin-top: 4px; }
.info th, .info td { text-align: left; padding: 1px 6px 1px 0; vertical-align: top; }
.info td.n { text-align: right; }
.info p { margin: 4px 0; }
.popup table { border-collapse: collapse; font-size: 12px; }
.popup th { text-align: left; padding: 1px 8px 1px 0; color: #555; font-weight: normal; white-space: nowrap; }
.popup td { unicode-bidi: plaintext; max-width: 260px; overflow-wrap: anywhere; }
.popup .title { font-weight: bold; font-size: 13px; margin-bottom: 4px; unicode-bidi: plaintext;
                overflow-wrap: anywhere; max-width: 320px; }
"""

#: The page's script (runs after folium's map and layers). Planner strings only via textContent.
PAGE_JS = """
(function () {
  const DATA = %(data)s;
  const map = %(map)s;
  const groups = %(groups)s;
  // basemap.js loads geo/*.geojson with fetch(); answer from the embedded layers instead.
  const localFetch = (path) => Promise.resolve(DATA.geo[path]
    ? { ok: true, status: 200, json: () => Promise.resolve(DATA.geo[path]) }
    : { ok: false, status: 404, json: () => Promise.reject(new Error(path)) });
  (function (fetch) {
%(basemap)s
  })(localFetch);
  const base = window.PostureBase;
  const renderers = base.createPanes(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(base.ATTRIBUTION);
  map.attributionControl.addAttribution(DATA.attribution);
  map.on('zoomend', () => base.setZoomClasses(map));
  map.fitBounds(base.UKRAINE, { padding: [8, 8], animate: false });
  base.setZoomClasses(map);
  if (!DATA.labels) map.getContainer().classList.add('labels-off');
  base.drawBaseMap(map, renderers).catch((e) => console.error(e));

  function text(tag, value, cls) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }
  function popup(u) {
    const box = document.createElement('div');
    box.className = 'popup';
    box.appendChild(text('div', u.name, 'title'));
    const table = document.createElement('table');
    for (const [label, value] of u.fields) {
      const tr = document.createElement('tr');
      tr.appendChild(text('th', label));
      const td = text('td', value);
      td.dir = 'auto';
      tr.appendChild(td);
      table.appendChild(tr);
    }
    box.appendChild(table);
    return box;
  }
  // Units sharing a position (released plans: one per oblast) fan out around it, on screen only.
  function offset(slot) {
    if (!slot) return [0, 0];
    const ring = Math.floor((Math.sqrt(8 * slot + 1) - 1) / 2) + 1, a = slot * 2.4;
    return [Math.round(Math.cos(a) * 22 * ring), Math.round(Math.sin(a) * 22 * ring)];
  }
  const ringRenderer = L.svg({ pane: 'rings', padding: 0.3 });
  for (const u of DATA.units) {
    const s = DATA.symbols[u.sym];
    const el = document.createElement('div');
    el.className = 'unit';
    el.style.width = s.w + 'px';
    el.style.height = s.h + 'px';
    const sym = document.createElement('div');
    sym.className = 'sym';
    sym.innerHTML = s.svg;  // milsymbol SVG from validated codes only, never planner text
    el.appendChild(sym);
    el.appendChild(text('div', u.name, 'name'));
    const [dx, dy] = offset(u.slot);
    const icon = L.divIcon({
      className: 'unit-icon', html: el, iconSize: [s.w, s.h], iconAnchor: [s.ax - dx, s.ay - dy] });
    const marker = L.marker([u.lat, u.lng], {
      icon: icon, pane: 'units', title: u.name, keyboard: true, riseOnHover: true });
    marker.bindPopup(() => popup(u), { maxWidth: 360 });
    marker.addTo(groups[u.domain]);
    if (u.ring) {
      const ad = u.ring === 'ad';
      L.circle([u.lat, u.lng], {
        renderer: ringRenderer, pane: 'rings', radius: u.range * 1000, interactive: false,
        color: ad ? '#1565c0' : '#7b1fa2', weight: ad ? 1.2 : 0.9, opacity: ad ? 0.9 : 0.55,
        fill: ad, fillColor: '#1e88e5', fillOpacity: 0.07, dashArray: ad ? null : '5 4',
      }).addTo(groups.rings);
    }
    if (u.shape) {
      const sea = u.domain === 'maritime';
      L.geoJSON(u.shape, { pane: 'routes', interactive: false, style: () => ({
        color: sea ? '#0d47a1' : '#4a148c', weight: 2.4,
        dashArray: u.shape.type === 'LineString' ? '8 5' : '4 4', fillOpacity: 0.08 }) }).addTo(groups.routes);
    }
  }
  document.documentElement.dataset.units = String(DATA.units.length);
})();
"""


def _figure_html(plan: Plan, m: dict[str, Any], released: bool) -> tuple[str, str, str]:
    """(top of the body, info panel, bottom of the body), every planner string escaped."""
    marking, background, colour = marking_style(plan.classification)
    style = f"background:{background};color:{colour}"
    banner = f'<div class="banner" style="{style}">{text_html(marking)}</div>'
    bottom = f'<div class="banner bottom" style="{style}">{text_html(marking)}</div>'
    rows = "".join(
        f"<tr><th>{text_html(k)}</th><td>{text_html(v)}</td></tr>"
        for k, v in plan_fields(plan, m["troops"], released)
        if k not in ("Plan", "Classification", "Release")
    )
    nations = "".join(
        f"<tr><td>{text_html(code)}</td><td>{text_html(n['name'])}</td>"
        f"<td class='n'>{n['troops']:,}</td><td class='n'>{n['share'] * 100:.1f}%</td></tr>"
        for code, n in sorted(m["nations"].items(), key=lambda kv: (-kv[1]["troops"], kv[0]))
    )
    note = ""
    if released:
        from desktop.release import release_note

        note = f"<p><b>Release version.</b> {text_html(release_note())}</p>"
    info = (
        '<details class="info" open><summary>Plan</summary>'
        f"<table>{rows}</table>{note}"
        "<table><tr><th>Nation</th><th></th><th>Troops</th><th>Share</th></tr>"
        f"{nations}</table></details>"
    )
    release_tag = '<span class="release">RELEASE VERSION</span>' if released else ""
    top = (
        f"{banner}<div class='titlebar'><span class='plan' dir='auto'>{text_html(plan.name)}</span>"
        f"<span>{text_html(plan.profile)} · {text_html(plan.phase)} · {m['troops']:,} troops</span>"
        f"{release_tag}</div>"
    )
    return top, info, bottom


#: Where text that must not pass through folium's templates goes: branca compiles every element's
#: output as a Jinja template (``Element(text)``), so planner text there would be evaluated
#: (``{{ 7*7 }}`` would print 49). The page is rendered with these slots, then each is replaced
#: once, in one pass, by its text (:func:`_fill`).
SLOT = "@@POSTURE_{}@@"
_SLOT_RE = re.compile(r"@@POSTURE_([A-Z_]+)@@")


def _fill(page: str, texts: dict[str, str]) -> str:
    """Every slot of ``page`` replaced by its text; inserted text is not scanned again."""
    return _SLOT_RE.sub(lambda m: texts[m.group(1)], page)


def build_map(plan: Plan, released: bool, progress: Progress) -> tuple[folium.Map, dict[str, str]]:
    """The folium map of the page (module docstring), and the texts of its slots."""
    m = folium.Map(location=[48.6, 31.2], zoom_start=6, tiles=None, control_scale=True, prefer_canvas=False)
    m._id = "main"
    # Nothing from a CDN: Leaflet is inlined below, folium's other defaults are not needed.
    m.default_js = []
    m.default_css = []
    root = m.get_root()
    assert isinstance(root, Figure)
    figures = metrics(plan)
    title = f"{clean_text(plan.name)} — posture map" + (" (release)" if released else "")
    top, info, bottom = _figure_html(plan, figures, released)
    texts: dict[str, str] = {
        "TITLE": text_html(title),
        "LEAFLET_CSS": leaflet_css(),
        "MAP_CSS": app_resource("map.css"),
        "PAGE_CSS": PAGE_CSS,
        "LEAFLET_JS": leaflet_js(),
        "TOP": top,
        "BOTTOM": bottom,
    }
    header = root.header
    header.add_child(Element(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'), name="csp", index=0)
    header.add_child(Element(f"<title>{SLOT.format('TITLE')}</title>"), name="title")
    for name in ("LEAFLET_CSS", "MAP_CSS", "PAGE_CSS"):
        header.add_child(Element(f"<style>{SLOT.format(name)}</style>"), name=name.lower())
    header.add_child(Element(f"<script>{SLOT.format('LEAFLET_JS')}</script>"), name="leaflet_js")
    root.html.add_child(Element(SLOT.format("TOP")), name="top", index=0)

    layers = {
        "land": "Land units",
        "air": "Air units",
        "maritime": "Maritime units",
        "rings": "Range rings",
        "routes": "Routes and patrol areas",
        "plangeo": "Contact line and occupied area",
    }
    groups: dict[str, folium.FeatureGroup] = {}
    for key, name in layers.items():
        if released and key in ("rings", "routes"):
            fg = folium.FeatureGroup(name=name, show=False, control=False)
        else:
            fg = folium.FeatureGroup(name=name)
        fg._id = key
        groups[key] = fg
    for g in plan.geometries:
        occupied = g.kind == "occupied_area"
        style = (
            {"color": "#b71c1c", "weight": 0.8, "opacity": 0.6, "fillColor": "#d32f2f", "fillOpacity": 0.16}
            if occupied
            else {"color": "#b71c1c", "weight": 3.2, "opacity": 0.95, "fill": False}
        )
        gj = folium.GeoJson(
            {"type": "Feature", "properties": {}, "geometry": rfc7946_geometry(g.geometry)},
            style_function=lambda _f, s=style: s,
            interactive=False,
            control=False,
        )
        gj._id = f"plangeo_{len(groups['plangeo']._children)}"
        gj.add_to(groups["plangeo"])
    for fg in groups.values():
        fg.add_to(m)

    texts["DATA"] = json_for_script(page_data(plan, released, progress))
    texts["BASEMAP"] = app_resource("basemap.js")
    texts["INFO"] = json_for_script(info)
    code = PAGE_JS % {
        "data": SLOT.format("DATA"),
        "map": m.get_name(),
        "groups": "{" + ", ".join(f"{k}: {fg.get_name()}" for k, fg in groups.items()) + "}",
        "basemap": SLOT.format("BASEMAP"),
    }
    m.add_child(_Script(code), name="posture")
    info_control = _Script(
        "(function () {"
        "  const info = L.control({ position: 'bottomleft' });"
        f"  info.onAdd = () => {{ const d = L.DomUtil.create('div'); d.innerHTML = {SLOT.format('INFO')};"
        "    L.DomEvent.disableClickPropagation(d); L.DomEvent.disableScrollPropagation(d); return d; };"
        f"  info.addTo({m.get_name()});"
        "})();"
    )
    m.add_child(info_control, name="info")
    lc = folium.LayerControl(collapsed=False, position="topright")
    lc._id = "layers"
    lc.add_to(m)
    root.html.add_child(Element(SLOT.format("BOTTOM")), name="bottom")
    return m, texts


def html_bytes(plan: Plan, released: bool = False, progress: Progress | None = None) -> bytes:
    """The page's bytes (UTF-8); contains no ``http://`` or ``https://`` anywhere."""
    steps = progress or Progress(None, len(plan.units) + 2)
    m, texts = build_map(plan, released, steps)
    page = _fill(m.get_root().render(), texts)
    page = page.replace("<html>", '<html lang="en">', 1)
    found = _URL.search(page)
    if found:  # a folium or resource change brought one back: fail rather than ship it
        raise ExportError(f"the HTML page would reference the network ({found.group(0)}…); nothing was written")
    return page.encode("utf-8")


def write_html(plan: Plan, path: Path, released: bool = False, progress: ProgressCallback | None = None) -> None:
    """Write the page for ``plan`` (already released when ``released``) to ``path``, atomically."""
    steps = Progress(progress, len(plan.units) + 2)
    steps.check()
    data = html_bytes(plan, released, steps)
    steps.finish()
    atomic_write(path, data)
