"""One self-contained interactive HTML map (``export --format html``), built from the app's own
page modules, without folium.

The page opens offline in any browser and makes no network request:

- Leaflet (XStatic-Leaflet, the app's copy, its CSS images as ``data:`` URIs) and milsymbol.js
  (the npm package the set-up installs) are inlined, with the app's own page modules: the one
  symbol engine (``resources/symbols.js``), the one declutter and label placement
  (``resources/declutter.js``), the base map (``resources/basemap.js``, its ``fetch`` of
  ``geo/*.geojson`` answered from the embedded, simplified layers: :func:`base_layers`) and the
  page's own script (``resources/export.js``), so the export draws, stacks and labels units as
  the map page does. No ``http://``/``https://`` string is left anywhere in the file (written with
  an escaped colon, the same string at run time); a Content-Security-Policy ``<meta>`` forbids
  every fetch, so even a missed reference could not reach the network.
- Units are markers drawn from their stored codes, the name placed beside them, a popup of every
  field; groups per domain, range rings, routes and the contact line / occupied area, all in a
  layer control; units that stand together are a stack that opens into a fan on click or hover.
- The title, the classification banner top and bottom (colours as on the print), the figures of
  the plan and its nations in a side panel beside the map (it covers none of it), and the base
  map's attribution.

folium was dropped: once the page modules are shared it added only its templating, which had to
be worked around (emptied ``default_js``, private ids, planner text put in after rendering so
Jinja never saw it). Now planner text never becomes markup: the plan travels as JSON in a
``<script type="application/json">`` (``<``, ``>``, ``&`` and line separators escaped, so
``</script>`` cannot close it) that the page parses and puts into the DOM with ``textContent``;
server-side HTML (title, banner, panel) escapes every string with :func:`html.escape`.

Release mode (``released``): the plan is already :func:`desktop.release.release_plan`'s; the page
states the release note, hides the labels (they would only repeat the kind) and draws no range
rings or routes, like the print. Pure: no Qt.
"""

from __future__ import annotations

import base64
import html
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import shapely
import xstatic.pkg.leaflet
from shapely.geometry import mapping, shape

from desktop import catalogue, i18n, symbols
from desktop.doctrine import PROFILE_INFO, metrics
from desktop.exporters.common import ExportError, Progress, ProgressCallback, clean_text, kind_label, unit_fields
from desktop.fileio import atomic_write
from desktop.i18n import catalogue_label, format_number, nation_name, phase_label, translate, translate_noop
from desktop.model import UNIT_SPECS, Plan, Unit
from desktop.pagetext import page_strings
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
    "labels": ("kind", "name", "iso_3166_2"),  # the code: the oblast's name in the language (text.js)
}
SIMPLIFY_DEG = 0.005  # about 500 m: a pixel or two at zoom 9
ROUND_DECIMALS = 3

EXTRA_ATTRIBUTION = translate_noop(
    "HtmlExport", "Military symbols APP-6D, drawn with milsymbol · Exported with Posture (offline)"
)

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
        return translate("PrintSheet", "NO CLASSIFICATION MARKING SET"), "#616161", "#ffffff"
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
def milsymbol_js() -> str:
    """milsymbol.js as installed by the set-up (npm), never copied into the repository."""
    try:
        text = (symbols.milsymbol_dir() / "milsymbol.js").read_text(encoding="utf-8")
    except OSError as e:
        raise ExportError(f"milsymbol.js is not installed ({e}); run scripts/setup.sh") from None
    return script_safe(no_urls(text))


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


def _unit_json(u: Unit, released: bool) -> dict[str, Any]:
    lon, lat = u.position
    ring = None
    if not released and u.range_km and u.range_km > 0 and u.kind in ("air.defence", "air.isr"):
        ring = "ad" if u.kind == "air.defence" else "isr"
    shape_json = None if released or u.geometry.type == "Point" else rfc7946_geometry(u.geometry)
    d: dict[str, Any] = {
        "name": catalogue_label(clean_text(u.label())) if released else clean_text(u.label()),
        "domain": u.domain,
        "sidc": symbols.sidc_of(u),  # the page draws it (symbols.js, the one engine)
        "nation": u.nation,
        "lat": lat,
        "lng": lon,
        "range": float(u.range_km or 0),
        "ring": ring,
        "shape": shape_json,
        "fields": popup_fields(u, released),
    }
    designation = symbols.designation_of(u)
    if designation:
        d["designation"] = clean_text(designation)
    return d


#: A unit field's title in the popup (the field's own title, desktop/model.py), for the catalogue.
FIELD_TITLES = {
    "kind": translate_noop("Fields", "Kind"),
    "nation": translate_noop("Fields", "Nation"),
    "name": translate_noop("Fields", "Name"),
    "strength": translate_noop("Fields", "Strength"),
    "phases": translate_noop("Fields", "Phases"),
    "roles": translate_noop("Fields", "Roles"),
    "sidc": translate_noop("Fields", "Symbol code (SIDC)"),
    "system": translate_noop("Fields", "System"),
    "range_km": translate_noop("Fields", "Range (km)"),
    "aircraft": translate_noop("Fields", "Aircraft"),
    "generation": translate_noop("Fields", "Generation"),
    "count": translate_noop("Fields", "Aircraft count"),
    "ships": translate_noop("Fields", "Ships"),
    "releasable_to": translate_noop("Fields", "Releasable to"),
    "package": translate_noop("Fields", "From package"),
    "parent": translate_noop("Fields", "Commander"),
    "designation": translate_noop("Fields", "Unique designation"),
}


def _number_text(value: float) -> str:
    """A field's number in the language's conventions (``4.5``, ``4,5``; ``5,000``, ``5 000``)."""
    if isinstance(value, float) and not value.is_integer():
        return format_number(value, len(repr(value).split(".")[1]))
    return format_number(value)


def role_label(role: str) -> str:
    """A unit's role (:data:`desktop.model.KNOWN_ROLES`) in words, in the current language."""
    labels = {
        "ceasefire_monitoring": translate("HtmlExport", "ceasefire monitoring"),
        "entry_point": translate("HtmlExport", "entry point"),
        "protect_infrastructure": translate("HtmlExport", "protection of critical infrastructure"),
    }
    return labels.get(role, role)


def popup_fields(u: Unit, released: bool = False) -> list[list[str]]:
    """The popup's rows of a unit: ``[title, text]`` in the current language (names, codes and
    what the planner typed as they are; a released unit's name is its kind's label, translated)."""
    rows = []
    for key, label, text in unit_fields(u):
        if key == "name" and released:
            text = catalogue_label(text)
        title = translate("Fields", FIELD_TITLES[key]) if key in FIELD_TITLES else label
        value = getattr(u, key, None)
        spec = UNIT_SPECS.get(key)
        if key == "kind":
            text = f"{catalogue_label(kind_label(u.kind))} ({u.kind})"
        elif key == "nation":
            text = f"{nation_name(u.nation, catalogue.nation_name(u.nation))} ({u.nation})"
        elif key == "phases":
            text = ", ".join(phase_label(p) for p in u.phases) if u.phases else translate("HtmlExport", "all phases")
        elif key == "roles":
            text = ", ".join(f"{role_label(r)} ({r})" if role_label(r) != r else r for r in u.roles)
        elif spec is not None and spec.type in (int, float) and isinstance(value, (int, float)):
            text = _number_text(value)
        rows.append([title, text])
    return rows


LAYERS = (
    ("land", translate_noop("HtmlExport", "Land units")),
    ("air", translate_noop("HtmlExport", "Air units")),
    ("maritime", translate_noop("HtmlExport", "Maritime units")),
    ("rings", translate_noop("HtmlExport", "Range rings")),
    ("routes", translate_noop("HtmlExport", "Routes and patrol areas")),
    ("plangeo", translate_noop("HtmlExport", "Contact line and occupied area")),
)


def page_data(plan: Plan, released: bool, progress: Progress) -> dict[str, Any]:
    """Everything the page's script draws: units, geometries, embedded base layers, attribution."""
    from desktop.doctrine import effective_priority_sites

    units = []
    for u in plan.units:
        units.append(_unit_json(u, released))
        progress.advance()
    return {
        "units": units,
        "geometries": [{"kind": g.kind, "geometry": rfc7946_geometry(g.geometry)} for g in plan.geometries],
        "layers": [[key, translate("HtmlExport", name)] for key, name in LAYERS],
        "hidden": ["rings", "routes"] if released else [],
        "sites": [] if released else list(effective_priority_sites(plan)),
        "geo": base_layers(),
        "attribution": translate("HtmlExport", EXTRA_ATTRIBUTION),
        "labels": not released,
        "text": page_strings(),  # the page's own strings in the plan's language (text.js)
    }


# -- the page ------------------------------------------------------------------------------------


PAGE_CSS = """
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
.middle { flex: 1 1 auto; display: flex; min-height: 0; }
#map_main { flex: 1 1 auto; min-width: 0; background: #bcd6e8; }
.banner { flex: none; text-align: center; font: bold 12px/20px "DejaVu Sans", Arial, sans-serif;
          letter-spacing: 0.08em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 0 8px; }
.titlebar { flex: none; display: flex; gap: 16px; align-items: baseline; padding: 4px 10px;
            background: #263238; color: #fff; font-size: 13px; }
.titlebar .plan { font-weight: bold; font-size: 15px; unicode-bidi: plaintext; overflow: hidden;
                  text-overflow: ellipsis; white-space: nowrap; max-width: 60%; }
.titlebar .release { background: #ffb300; color: #000; padding: 0 6px; border-radius: 2px; font-weight: bold; }
.info { flex: none; width: 290px; background: #fff; padding: 6px 10px; font-size: 11px; overflow: auto;
        border-left: 1px solid #90a4ae; box-sizing: border-box; }
.info[open] { width: 290px; }
.info:not([open]) { width: auto; }
@media (max-width: 800px) { .middle { flex-direction: column; } .info { width: auto; max-height: 30vh;
        border-left: none; border-top: 1px solid #90a4ae; } }
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


def _figure_html(plan: Plan, m: dict[str, Any], released: bool) -> tuple[str, str, str]:
    """(top of the body, info panel, bottom of the body), every planner string escaped."""
    marking, background, colour = marking_style(plan.classification)
    style = f"background:{background};color:{colour}"
    banner = f'<div class="banner" style="{style}">{text_html(marking)}</div>'
    bottom = f'<div class="banner bottom" style="{style}">{text_html(marking)}</div>'
    rows = "".join(f"<tr><th>{text_html(k)}</th><td>{text_html(v)}</td></tr>" for k, v in _plan_rows(plan, m, released))
    nations = "".join(
        f"<tr><td>{text_html(code)}</td><td>{text_html(nation_name(code, n['name']))}</td>"
        f"<td class='n'>{format_number(n['troops'])}</td><td class='n'>{format_number(n['share'] * 100, 1)}%</td></tr>"
        for code, n in sorted(m["nations"].items(), key=lambda kv: (-kv[1]["troops"], kv[0]))
    )
    note = ""
    if released:
        from desktop.release import release_note

        note = f"<p><b>{text_html(translate('HtmlExport', 'Release version.'))}</b> {text_html(release_note())}</p>"
    heads = "".join(
        f"<th>{text_html(h)}</th>"
        for h in (
            translate("HtmlExport", "Nation"),
            "",
            translate("HtmlExport", "Troops"),
            translate("HtmlExport", "Share"),
        )
    )
    info = (
        f'<details class="info" open><summary>{text_html(translate("HtmlExport", "Plan"))}</summary>'
        f"<table>{rows}</table>{note}"
        f"<table><tr>{heads}</tr>"
        f"{nations}</table></details>"
    )
    release_tag = (
        f'<span class="release">{text_html(translate("HtmlExport", "RELEASE VERSION"))}</span>' if released else ""
    )
    troops = translate("HtmlExport", "%n troop(s)", None, m["troops"])
    top = (
        f"{banner}<div class='titlebar'><span class='plan' dir='auto'>{text_html(plan_name(plan, released))}</span>"
        f"<span>{text_html(plan.profile.upper())} · {text_html(phase_label(plan.phase))} · {text_html(troops)}</span>"
        f"{release_tag}</div>"
    )
    return top, info, bottom


def plan_name(plan: Plan, released: bool) -> str:
    """The plan's name as the page shows it (a released plan's, in the current language)."""
    from desktop.release import RELEASED_PLAN_NAME

    return translate("Release", RELEASED_PLAN_NAME) if released and plan.name == RELEASED_PLAN_NAME else plan.name


def _plan_rows(plan: Plan, m: dict[str, Any], released: bool) -> list[tuple[str, str]]:
    """The plan box's lines in the current language (the plan-level lines of
    :func:`desktop.exporters.common.plan_fields`, their values named, not coded)."""
    from desktop.printsheet import mandate_label, us_label
    from desktop.release import FINDINGS_WITHHELD, WITHHELD

    withheld = translate("Release", WITHHELD)
    name = translate("Profiles", PROFILE_INFO[plan.profile].name) if plan.profile in PROFILE_INFO else ""
    rows = [
        (translate("HtmlExport", "Profile"), f"{plan.profile.upper()} · {name}" if name else plan.profile),
        (translate("HtmlExport", "Phase"), phase_label(plan.phase)),
        (translate("HtmlExport", "Mandate"), withheld if released else mandate_label(plan.mandate)),
        (translate("HtmlExport", "US support"), withheld if released else us_label(plan.us_support)),
        (translate("HtmlExport", "Units"), format_number(len(plan.units))),
        (translate("HtmlExport", "Troops in the phase"), format_number(m["troops"])),
    ]
    if released:
        rows.append((translate("HtmlExport", "Findings"), translate("Release", FINDINGS_WITHHELD)))
    return rows


def _script(code: str) -> str:
    return f"<script>{code}</script>\n"


def html_bytes(plan: Plan, released: bool = False, progress: Progress | None = None) -> bytes:
    """The page's bytes (UTF-8); contains no ``http://`` or ``https://`` anywhere."""
    steps = progress or Progress(None, len(plan.units) + 2)
    figures = metrics(plan)
    title = (
        translate("PrintSheet", "{plan} — posture map (release)")
        if released
        else translate("PrintSheet", "{plan} — posture map")
    ).format(plan=clean_text(plan_name(plan, released)))
    top, info, bottom = _figure_html(plan, figures, released)
    data = json_for_script(page_data(plan, released, steps))
    page = "".join(
        [
            f'<!DOCTYPE html>\n<html lang="{i18n.language()}">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{text_html(title)}</title>\n",
            f"<style>{leaflet_css()}</style>\n<style>{app_resource('map.css')}</style>\n<style>{PAGE_CSS}</style>\n",
            "</head>\n<body>\n",
            top,
            f'<div class="middle"><div id="map_main"></div>{info}</div>\n',
            bottom,
            f'\n<script type="application/json" id="posture-data">{data}</script>\n',
            _script("window.POSTURE_TEXT = JSON.parse(document.getElementById('posture-data').textContent).text;"),
            _script(app_resource("text.js")),
            _script(leaflet_js()),
            _script(milsymbol_js()),
            _script(app_resource("symbols.js")),
            _script(app_resource("declutter.js")),
            _script(app_resource("export.js")),
            _script("(function (fetch) {\n" + app_resource("basemap.js") + "\n})(window.PostureExport.localFetch);"),
            _script("window.PostureExport.start();"),
            "\n</body>\n</html>\n",
        ]
    )
    found = _URL.search(page)
    if found:  # a resource change brought one back: fail rather than ship it
        raise ExportError(f"the HTML page would reference the network ({found.group(0)}…); nothing was written")
    return page.encode("utf-8")


def write_html(plan: Plan, path: Path, released: bool = False, progress: ProgressCallback | None = None) -> None:
    """Write the page for ``plan`` (already released when ``released``) to ``path``, atomically."""
    steps = Progress(progress, len(plan.units) + 2)
    steps.check()
    data = html_bytes(plan, released, steps)
    steps.finish()
    atomic_write(path, data)
