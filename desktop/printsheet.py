"""The print sheet's content: everything a posture map shows, as plain JSON-ready data.

:func:`build_sheet` gives what the print page (``print.html``, ``print.js``) draws: the marking
banner (:func:`marking_style`), the title block with the date-time group (:func:`date_time_group`),
the units and their symbols, the legend, the contribution and findings tables, the priority sites
and the MGRS grid lines (:func:`mgrs_grid`). Planner text is only ever data here; the page sets it
as text. Release mode prints :func:`desktop.release.release_plan` of the plan: the sheet never
holds an exact position, a unit name or a note. The Qt side that renders and prints the sheet is
``desktop/ui/printing.py``. Pure: no Qt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import mgrs
import shapely

from desktop import catalogue, geo, i18n
from desktop.doctrine import (
    MANDATE_LABELS,
    PROFILE_INFO,
    US_LABELS,
    metrics,
    priority_site_points,
)
from desktop.doctrine.report import analyse
from desktop.formatting import money
from desktop.i18n import catalogue_label, format_number, nation_name, phase_label, place_name, translate
from desktop.model import Plan, Unit
from desktop.pagedata import unit_for_page
from desktop.pagetext import page_strings
from desktop.release import (
    FINDINGS_WITHHELD,
    RELEASED_PLAN_NAME,
    WITHHELD,
    release_note,
    release_plan,
    release_to,
)

PAPERS: tuple[str, ...] = ("A4", "A3")
ORIENTATIONS: tuple[str, ...] = ("landscape", "portrait")
#: Paper size in millimetres, portrait (width, height).
PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
#: Per paper: symbol size (milsymbol), unit-name font (CSS px), label zoom boost (paper is read
#: closer than a screen, so the base map shows the labels of a slightly closer zoom).
PAPER_STYLE: dict[str, dict[str, float]] = {
    "A4": {"symbol": 15, "legend_symbol": 15, "label_px": 7.0, "label_zoom_boost": 0.5},
    "A3": {"symbol": 19, "legend_symbol": 18, "label_px": 8.5, "label_zoom_boost": 1.0},
}
#: Ukraine's extent (as basemap.js UKRAINE) for the command line and "all of Ukraine".
UKRAINE_EXTENT = (44.38, 22.14, 52.38, 40.23)  # south, west, north, east
#: The most the command line's map grows to show units outside Ukraine (map.js maxBounds).
MAX_EXTENT = (38.5, 14.0, 59.0, 48.0)
ATTRIBUTION_EXTRA = "Military symbols APP-6D, drawn with milsymbol · Printed with Posture (offline)"


def attribution_extra() -> str:
    """:data:`ATTRIBUTION_EXTRA` in the current language."""
    return translate("PrintSheet", "Military symbols APP-6D, drawn with milsymbol · Printed with Posture (offline)")


#: Findings of one rule listed on the sheet before "… and N more".
FINDINGS_PER_RULE = 3


class PrintError(Exception):
    """The sheet could not be printed (one line, for the planner)."""


class PrintCancelled(Exception):
    """The planner cancelled the print; nothing was written."""


# -- what the sheet shows -----------------------------------------------------------------------


@dataclass(frozen=True)
class PrintOptions:
    """How to print. ``extent`` is (south, west, north, east) in degrees, None for all of Ukraine."""

    paper: str = "A4"
    orientation: str = "landscape"
    release: bool = False
    grid: bool = False
    author: str = ""
    extent: tuple[float, float, float, float] | None = None
    exclude_us: bool = False
    now: datetime | None = None  # the date-time group; default: now (UTC)
    release_to: tuple[str, ...] = ()  # recipients: only what is releasable to them (desktop.release)
    charts: bool = False  # a second page with the charts (desktop/charts.py, vector)
    orbat: bool = False  # … and the order of battle as a table

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise PrintError(
                translate("PrintSheet", "paper must be one of {papers}, not {paper}").format(
                    papers=", ".join(PAPERS), paper=repr(self.paper)
                )
            )
        if self.orientation not in ORIENTATIONS:
            raise PrintError(
                translate("PrintSheet", "orientation must be landscape or portrait, not {orientation}").format(
                    orientation=repr(self.orientation)
                )
            )
        if self.extent is not None:
            s, w, n, e = self.extent
            if not (all(math.isfinite(v) for v in self.extent) and -90 <= s < n <= 90 and w < e):
                raise PrintError(translate("PrintSheet", "not a map extent: {extent}").format(extent=repr(self.extent)))

    def page_size_mm(self) -> tuple[float, float]:
        """(width, height) of the sheet in millimetres."""
        w, h = PAPER_MM[self.paper]
        return (h, w) if self.orientation == "landscape" else (w, h)


#: Marking keyword -> (banner colour, text colour), most restrictive first. Colours of the usual
#: marking conventions (US/NATO): green unclassified, blue confidential, red secret, orange top secret.
_MARKINGS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(TOP SECRET|COSMIC)\b"), "#ff8c00", "#000000"),
    (re.compile(r"\bUNCLASSIFIED\b|\bPUBLIC\b|^OFFICIAL$|^OFFICIAL\b(?!.*SENSITIVE)"), "#007a33", "#ffffff"),
    (re.compile(r"\bSECRET\b"), "#c8102e", "#ffffff"),
    (re.compile(r"\bCONFIDENTIAL\b"), "#0033a0", "#ffffff"),
    (re.compile(r"\b(RESTRICTED|SENSITIVE|CUI)\b"), "#502b85", "#ffffff"),
)


def marking_style(marking: str) -> dict[str, str]:
    """The banner of a classification marking: ``{"text", "background", "color"}``.

    An empty marking prints as "NO CLASSIFICATION MARKING SET" on grey, so a sheet never looks
    marked when it is not; an unknown marking prints as it is, on dark grey.
    """
    text = " ".join(marking.split()).upper()
    if not text:
        return {
            "text": translate("PrintSheet", "NO CLASSIFICATION MARKING SET"),
            "background": "#616161",
            "color": "#ffffff",
        }
    for pattern, background, colour in _MARKINGS:
        if pattern.search(text):
            return {"text": text, "background": background, "color": colour}
    return {"text": text, "background": "#37474f", "color": "#ffffff"}


def date_time_group(when: datetime) -> str:
    """The NATO date-time group of ``when`` in UTC (Zulu): ``141530Z MAR 26``; the month in the
    current language (``141530Z БЕР 26``)."""
    return i18n.date_time_group(when)


def date_time_text(when: datetime) -> str:
    """The title block's date-time: the DTG, and in Ukrainian the date in words as well."""
    dtg = date_time_group(when)
    if i18n.language() == i18n.DEFAULT:
        return dtg
    return f"{dtg} ({i18n.format_date(when.astimezone(UTC))})"


def _count(n: int) -> str:
    return format_number(n) if n else "–"


def _money(amount_eur: float | None) -> str:
    """:func:`desktop.formatting.money` in the current language: ``€2.5 bn``, ``2,5 млрд €``."""
    if i18n.language() == i18n.DEFAULT or not amount_eur or not math.isfinite(amount_eur):
        return money(amount_eur)
    if amount_eur >= 1e9:
        return translate("PrintSheet", "€{n} bn").format(n=format_number(amount_eur / 1e9, 1))
    if amount_eur >= 1e6:
        return translate("PrintSheet", "€{n} m").format(n=format_number(amount_eur / 1e6, 1))
    return translate("PrintSheet", "€{n}").format(n=format_number(amount_eur))


def _percent(value: float) -> str:
    return f"{format_number(value, 1)} %"


def contribution_table(figures: dict[str, Any], phase: str) -> dict[str, Any]:
    """The contribution table of the sheet from :func:`desktop.doctrine.metrics` figures: one row
    per nation (most troops first), cells as text, and the total row."""
    nations = figures["nations"]
    order = sorted(nations, key=lambda c: (-nations[c]["troops"], -nations[c]["funding_eur"], nations[c]["name"]))
    rows = []
    for code in order:
        r = nations[code]
        other = [k for k, n in r["contributions"].items() if n and k != "funding"]
        rows.append(
            [
                f"{nation_name(code, r['name'])} ({code})",
                _count(r["troops"]),
                _percent(100 * r["share"]) if r["troops"] else "–",
                _count(r["units"]["land"]),
                _count(r["units"]["air"]),
                _count(r["units"]["maritime"]),
                _count(r["ad_batteries"]),
                _count(r["aircraft"]),
                _count(r["ships"]),
                ", ".join(_pledge_label(k) for k in other) or "–",
                _money(r["funding_eur"]),
            ]
        )
    dom = figures["by_domain"]
    total = [
        translate("PrintSheet", "Total (%n nation(s))", None, len(order)),
        _count(figures["troops"]),
        "100 %" if figures["troops"] else "–",
        _count(dom["land"]["units"]),
        _count(dom["air"]["units"]),
        _count(dom["maritime"]["units"]),
        _count(figures["ad_batteries"]),
        _count(figures["aircraft"]),
        _count(figures["ships"]),
        "",
        _money(figures["funding_eur"]),
    ]
    return {
        "head": translate("PrintSheet", "Contributions by nation · {phase} phase").format(phase=phase_label(phase)),
        "rows": rows,
        "total": total if order else None,
        "empty": translate("PrintSheet", "No nation contributes troops or pledges in this phase."),
    }


def _pledge_label(kind: str) -> str:
    """A kind of non-troop contribution (plan-format.md: contributions) as the sheet names it."""
    labels = {
        "isr": translate("PrintSheet", "ISR"),
        "equipment": translate("PrintSheet", "equipment"),
        "training": translate("PrintSheet", "training"),
        "logistics": translate("PrintSheet", "logistics"),
        "troops": translate("PrintSheet", "troops"),
    }
    return labels.get(kind, kind)


def _profile_name(profile: str) -> str:
    return translate("Profiles", PROFILE_INFO[profile].name) if profile in PROFILE_INFO else profile


def findings_table(analysis_findings: Any, profile: str, release: bool) -> dict[str, Any]:
    """The findings summary: a count line and one row per finding, at most
    :data:`FINDINGS_PER_RULE` per rule and then "… and N more" (so every rule shows on the sheet);
    release: withheld (doctrine.md), the summary says so."""
    findings = list(analysis_findings)
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    name = _profile_name(profile)
    summary = (
        " · ".join(
            (
                translate("PrintSheet", "%n error(s)", None, counts["error"]),
                translate("PrintSheet", "%n warning(s)", None, counts["warning"]),
                translate("PrintSheet", "%n information", None, counts["info"]),
            )
        )
        if findings
        else translate(
            "PrintSheet", "No findings: the plan meets every principle of the {profile} profile ({name})."
        ).format(profile=profile.upper(), name=name)
    )
    head = translate("PrintSheet", "Findings · {profile} profile").format(profile=profile.upper())
    if release:  # doctrine.md: a released map does not show the plan's weaknesses
        return {"head": head, "summary": translate("Release", FINDINGS_WITHHELD), "rows": []}
    else:
        rows = []
        shown: dict[str, int] = {}
        for f in findings:
            shown[f.rule] = shown.get(f.rule, 0) + 1
            if shown[f.rule] <= FINDINGS_PER_RULE:
                row = {"severity": f.severity, "rule": f.rule, "text": f.message}
                if shown[f.rule] == 1:
                    row["source"] = f.source  # the principle it comes from, once per rule
                rows.append(row)
        for rule_id, n in shown.items():
            if n > FINDINGS_PER_RULE:
                last = max(i for i, r in enumerate(rows) if r["rule"] == rule_id)
                more = {
                    "severity": rows[last]["severity"],
                    "rule": rule_id,
                    "text": translate("PrintSheet", "… and %n more", None, n - FINDINGS_PER_RULE),
                }
                rows.insert(last + 1, more)
    return {"head": head, "summary": summary, "rows": rows, "severities": _severities()}


def _severities() -> dict[str, str]:
    """The severities as the findings table names them (the page writes them, codes stay codes)."""
    return {
        "error": translate("PrintSheet", "error"),
        "warning": translate("PrintSheet", "warning"),
        "info": translate("PrintSheet", "info"),
    }


def _sites(plan: Plan, figures: dict[str, Any]) -> list[dict[str, Any]]:
    uncovered = set(figures["ad_coverage"]["uncovered"])
    out = []
    for name, lon, lat in priority_site_points(plan, figures.get("profile")):
        out.append({"name": name, "label": place_name(name), "lng": lon, "lat": lat, "covered": name not in uncovered})
    return out


def build_sheet(plan: Plan, options: PrintOptions) -> dict[str, Any]:
    """Everything the print page shows, as JSON-ready data (print.js ``setSheet``).

    The findings and figures are those of :func:`desktop.doctrine.report.analyse` (the side panel's),
    with US units and contributions left out when ``options.exclude_us``. In release mode the
    units, figures and geometries come from :func:`desktop.release.release_plan` only, the
    findings, mandate and US support are withheld, and range rings, routes, areas, sites and unit names are not drawn.
    """
    if options.release_to:
        plan = release_to(plan, options.release_to)
    analysis = analyse(plan, options.exclude_us)
    release = options.release
    shown = release_plan(analysis.plan) if release else analysis.plan
    figures = metrics(shown) if release else analysis.metrics
    style = PAPER_STYLE[options.paper]
    in_phase = shown.units_in_phase()
    units = []
    for u in in_phase:
        d = unit_for_page(u, shown.phase, sheet=True)
        if release:
            d.pop("geom", None)
        units.append(d)
    extent = options.extent
    fit = extent or _fit_extent(in_phase)
    hidden = len(shown.units) - len(in_phase)
    phase = phase_label(shown.phase)
    profile_name = _profile_name(shown.profile)
    troops = translate("PrintSheet", "{troops} in %n unit(s)", None, len(in_phase)).format(
        troops=format_number(figures["troops"])
    )
    if not release:  # the minimum beside the troops is a finding (SIZE-MIN): withheld in release
        troops += translate("PrintSheet", " (minimum {minimum})").format(minimum=format_number(figures["min_troops"]))
    withheld = translate("Release", WITHHELD)
    hidden_note = translate("PrintSheet", " (%n unit(s) of other phases not shown)", None, hidden) if hidden else ""
    map_note = (
        translate("PrintSheet", "Extent shown on screen") if extent else translate("PrintSheet", "All of Ukraine")
    )
    if options.grid:
        map_note += translate("PrintSheet", " · MGRS grid")
    fields = [
        [translate("PrintSheet", "Profile"), f"{shown.profile.upper()} · {profile_name}"],
        [translate("PrintSheet", "Phase"), phase + hidden_note],
        [translate("PrintSheet", "Mandate"), withheld if release else mandate_label(shown.mandate)],
        [translate("PrintSheet", "US support"), withheld if release else us_label(shown.us_support)],
        [translate("PrintSheet", "Troops"), troops],
        [translate("PrintSheet", "Date-time"), date_time_text(options.now or datetime.now(UTC))],
        [translate("PrintSheet", "Author"), " ".join(options.author.split())[:120]],
        [translate("PrintSheet", "Map"), map_note],
    ]
    if options.exclude_us:
        fields.append(
            [translate("PrintSheet", "Evaluated"), translate("PrintSheet", "without US units and contributions")]
        )
    note = translate(
        "PrintSheet",
        "Boxed letters right of a symbol: the nation's ISO code (see Contributions). Symbols that "
        "stand together are spread around their place, a leader line to where they stand.",
    )
    if release:
        note += " " + translate(
            "PrintSheet", "Each symbol stands at the centre of its oblast, country or sea, not at the unit's position."
        )
    title = (
        translate("PrintSheet", "{plan} — posture map (release)")
        if release
        else translate("PrintSheet", "{plan} — posture map")
    )
    plan_name = translate("Release", RELEASED_PLAN_NAME) if release and shown.name == RELEASED_PLAN_NAME else shown.name
    return {
        "paper": options.paper,
        "orientation": options.orientation,
        "lang": i18n.language(),
        "text": page_strings(),
        "documentTitle": title.format(plan=plan_name),
        "marking": marking_style(shown.classification),
        "title": {"plan": plan_name, "fields": fields},
        "release": release,
        "releaseNote": release_note() if release else "",
        "extent": {"south": fit[0], "west": fit[1], "north": fit[2], "east": fit[3], "exact": extent is not None},
        "units": units,
        "symbolSize": int(style["symbol"]),  # the page draws the symbols (symbols.js, the one engine)
        "legendSymbolSize": int(style["legend_symbol"]),
        "kinds": {k: catalogue_label(v["label"]) for k, v in catalogue.kinds().items()},
        "kindOrder": list(catalogue.kinds()),
        "legendNote": note,
        "geometries": [{"id": g.id, "kind": g.kind, "geometry": g.geometry.to_geojson()} for g in shown.geometries],
        "sites": [] if release else _sites(shown, figures),
        "grid": mgrs_grid(*_padded(fit)) if options.grid else None,
        "options": {"labels": not release, "rings": not release, "routes": not release},
        "labelPx": style["label_px"],
        "labelZoomBoost": style["label_zoom_boost"],
        "contributions": contribution_table(figures, shown.phase),
        "findings": findings_table(analysis.findings, shown.profile, release),
        "attribution": attribution_extra() + _base_map_attribution(),
        "tiles": _tiles(),
        **extra_page(shown, options, release),
    }


def extra_page(shown: Plan, options: PrintOptions, release: bool) -> dict[str, Any]:
    """The second page: charts as SVG (in release mode without the air-defence coverage, which
    would show where the batteries stand) and the order of battle, one row per unit."""
    out: dict[str, Any] = {}
    if options.charts:
        from desktop import charts

        svgs = charts.all_svgs(charts.chart_data(shown), width=5.2)
        if release:
            svgs.pop("coverage")
        out["charts"] = list(svgs.items())
    if options.orbat:
        from desktop import orbat

        kinds = catalogue.kinds()
        note = translate("PrintSheet", "Total: own strength and every unit commanded, all phases.")
        if len(shown.units) > ORBAT_ROWS:  # a table of thousands of rows on one sheet: a summary
            summary = translate(
                "PrintSheet",
                "The plan has %n units, too many for one sheet: one row per nation, with its units by "
                "echelon (or kind) and its strength (File › Export has every unit).",
                None,
                len(shown.units),
            )
            out["orbat"] = {"rows": orbat_summary(shown), "note": summary}
            return out
        rows = [
            {"depth": depth, "name": catalogue_label(n.unit.label()) if release else n.unit.label(),
             "nation": n.unit.nation,
             "kind": catalogue_label(kinds[n.unit.kind]["label"]),
             "strength": n.unit.strength, "total": n.total_strength, "children": bool(n.children)}
            for root in orbat.tree(shown) for depth, n in root.walk()
        ]  # fmt: skip
        out["orbat"] = {"rows": rows, "note": note}
    return out


#: From this many units, the second page's order of battle is a summary (:func:`orbat_summary`):
#: an A3 sheet holds about a hundred rows, and the page would lay out thousands only to cut them.
ORBAT_ROWS = 150


def orbat_summary(plan: Plan) -> list[dict[str, Any]]:
    """The order of battle of a big plan as rows of the second page: one per nation, most troops
    first, with its units and strength, and in the kind column how many of each echelon (land
    units: their symbol's echelon) or, for units without one, of each kind. Every unit of the
    plan, all phases."""
    from desktop import sidc, symbols

    kinds = catalogue.kinds()
    groups: dict[str, dict[str, int]] = {}
    strength: dict[str, int] = {}
    for u in plan.units:
        code = symbols.sidc_of(u)
        amp = code[8:10]
        if sidc.has_echelon(code) and amp in sidc.ECHELONS and amp != "00":
            what = sidc.word(sidc.ECHELONS[amp])
        else:
            what = catalogue_label(kinds[u.kind]["label"])
        g = groups.setdefault(u.nation, {})
        g[what] = g.get(what, 0) + 1
        strength[u.nation] = strength.get(u.nation, 0) + u.strength
    rows: list[dict[str, Any]] = []
    for nation in sorted(groups, key=lambda n: (-strength[n], n)):
        g = groups[nation]
        most = sorted(g.items(), key=lambda kv: (-kv[1], kv[0]))
        parts = " · ".join(f"{what} {format_number(n)}" for what, n in most)
        units = translate("PrintSheet", "%n unit(s)", None, sum(g.values()))
        name = nation_name(nation, catalogue.nation_name(nation))
        rows.append({"depth": 0, "name": f"{name} ({nation})", "nation": nation, "kind": f"{units}: {parts}",
                     "strength": strength[nation], "total": strength[nation], "children": False})  # fmt: skip
    return rows


def _tiles() -> dict[str, Any] | None:
    """The raster base map the window shows (File › Base map…), drawn under the printed plan too."""
    from desktop import tileset

    return tileset.active()


def _base_map_attribution() -> str:
    tiles = _tiles()
    text = (tiles or {}).get("attribution") or (tiles or {}).get("name") or ""
    return translate("PrintSheet", " · Base map: {name}").format(name=text) if tiles and text else ""


def mandate_label(mandate: str) -> str:
    """A plan's mandate as the sheet names it (:data:`MANDATE_LABELS`), in the current language."""
    labels = {
        "deterrence": translate("PrintSheet", "Deterrence"),
        "reassurance": translate("PrintSheet", "Reassurance"),
        "peacekeeping": translate("PrintSheet", "Peacekeeping (UN-style)"),
    }
    return labels.get(mandate, MANDATE_LABELS.get(mandate, mandate))


def us_label(us_support: str) -> str:
    """A plan's declared US support as the sheet names it (:data:`US_LABELS`), translated."""
    labels = {
        "none": translate("PrintSheet", "None declared"),
        "financial": translate("PrintSheet", "Financial"),
        "isr_air": translate("PrintSheet", "ISR and air support"),
        "full": translate("PrintSheet", "Full backstop"),
    }
    return labels.get(us_support, US_LABELS.get(us_support, us_support))


def _fit_extent(units: tuple[Unit, ...]) -> tuple[float, float, float, float]:
    """All of Ukraine, grown to show every unit (staging areas, the Black Sea) within
    :data:`MAX_EXTENT`: (south, west, north, east)."""
    s, w, n, e = UKRAINE_EXTENT
    ms, mw, mn, me = MAX_EXTENT
    for u in units:
        lon, lat = u.position
        if ms <= lat <= mn and mw <= lon <= me:
            s, w, n, e = min(s, lat), min(w, lon), max(n, lat), max(e, lon)
    return s, w, n, e


# -- MGRS grid ----------------------------------------------------------------------------------

_MGRS = mgrs.MGRS()


def _padded(extent: tuple[float, float, float, float], by: float = 0.6) -> tuple[float, float, float, float]:
    """The extent grown by ``by`` of its size on each side (the printed map is wider or taller)."""
    s, w, n, e = extent
    dy, dx = (n - s) * by, (e - w) * by
    return max(s - dy, -80.0), w - dx, min(n + dy, 84.0), e + dx


def _utm_to_lonlat(zone: int, easting: float, northing: float) -> tuple[float, float] | None:
    try:
        lat, lon = _MGRS.toLatLon(_MGRS.UTMToMGRS(zone, "N", easting, northing, 5))
    except Exception:  # the mgrs library raises its own error type for out-of-range values
        return None
    return float(lon), float(lat)


def _lonlat_to_utm(lon: float, lat: float) -> tuple[int, float, float] | None:
    try:
        zone, _hemi, e, n = _MGRS.MGRSToUTM(_MGRS.toMGRS(lat, lon, MGRSPrecision=5))
    except Exception:
        return None
    return int(zone), float(e), float(n)


def _grid_spacing_m(south: float, west: float, north: float, east: float) -> int:
    """100 km lines for a country-wide map, 10 km for a region, 1 km for a close-up."""
    span_km = max(
        geo.geodesic_km(west, (south + north) / 2, east, (south + north) / 2), geo.geodesic_km(west, south, west, north)
    )
    if span_km > 600:
        return 100_000
    if span_km > 60:
        return 10_000
    return 1_000


def mgrs_grid(south: float, west: float, north: float, east: float) -> dict[str, Any]:
    """The MGRS grid over an extent (northern hemisphere) as a GeoJSON FeatureCollection.

    LineStrings have ``kind`` "zone" (UTM zone meridians and latitude-band parallels) or "line"
    (grid lines every 100 km, 10 km or 1 km depending on the extent; 10 km and 1 km lines also
    carry ``axis`` "e" or "n" and ``label``, their kilometre digits, which the page writes where
    the line meets the map's edge). Points are the 100 km square ids (``kind`` "square", ``label``
    e.g. "36U UA") at the centre of each square's visible part. ``spacing_km`` gives the lines' spacing.
    Lines are computed in each UTM zone with the ``mgrs`` package and clipped to the zone.
    The special zones of Norway and Svalbard are not handled (far from the theatre).
    """
    south, north = max(south, 0.0), min(north, 84.0)
    if south >= north or west >= east:
        return {"type": "FeatureCollection", "features": [], "spacing_km": 100}
    spacing = _grid_spacing_m(south, west, north, east)
    view = shapely.box(west, south, east, north)
    feats: list[dict[str, Any]] = []

    def line(coords: list[tuple[float, float]], kind: str, clip: Any, **props: str) -> None:
        if len(coords) < 2:
            return
        part = shapely.intersection(shapely.linestrings(coords), clip)
        for g in shapely.get_parts(part):
            if g.geom_type == "LineString" and g.length > 0:
                feats.append(_feature(shapely.geometry.mapping(g), {"kind": kind, **props}))

    def label(lon: float, lat: float, text: str, kind: str) -> None:
        feats.append(
            _feature({"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}, {"kind": kind, "label": text})
        )

    first, last = int((west + 180) // 6) + 1, int((east + 180) // 6) + 1
    for zone in range(max(first, 1), min(last, 60) + 1):
        lon0, lon1 = zone * 6 - 186.0, zone * 6 - 180.0
        band = shapely.box(max(lon0, west), south, min(lon1, east), north)
        if band.is_empty or band.area == 0:
            continue
        bw, bs, be, bn = band.bounds
        edge_pts = [(bw + (be - bw) * i / 8, y) for i in range(9) for y in (bs, bn)]
        edge_pts += [(x, bs + (bn - bs) * i / 8) for i in range(9) for x in (bw, be)]
        utm = [u for u in (_lonlat_to_utm(min(max(x, lon0 + 1e-6), lon1 - 1e-6), y) for x, y in edge_pts) if u]
        utm = [u for u in utm if u[0] == zone]
        if not utm:
            continue
        e_min, e_max = min(u[1] for u in utm), max(u[1] for u in utm)
        n_min, n_max = min(u[2] for u in utm), max(u[2] for u in utm)
        step = spacing / 10 if spacing > 1000 else 200.0
        es = range(math.ceil(e_min / spacing) * spacing, int(e_max) + 1, spacing)
        ns = range(math.ceil(n_min / spacing) * spacing, int(n_max) + 1, spacing)
        samples_n, samples_e = _samples(n_min, n_max, step), _samples(e_min, e_max, step)
        digits = spacing < 100_000  # 10 km and 1 km lines carry their kilometre digits
        for e in es:
            pts = [p for p in (_utm_to_lonlat(zone, e, n) for n in samples_n) if p]
            line(pts, "line", band, **({"axis": "e", "label": f"{(e % 100_000) // 1000:02d}"} if digits else {}))
        for n in ns:
            pts = [p for p in (_utm_to_lonlat(zone, e, n) for e in samples_e) if p]
            line(pts, "line", band, **({"axis": "n", "label": f"{(n % 100_000) // 1000:02d}"} if digits else {}))
        for e in range(int(e_min // 100_000) * 100_000, int(e_max) + 1, 100_000):
            for n in range(int(n_min // 100_000) * 100_000, int(n_max) + 1, 100_000):
                corners = [
                    _utm_to_lonlat(zone, e + de, n + dn)
                    for de, dn in ((1, 1), (99_999, 1), (99_999, 99_999), (1, 99_999))
                ]
                if not all(corners):
                    continue
                full = shapely.Polygon(corners)
                square = shapely.intersection(full, band)
                if square.is_empty or square.area < 0.3 * full.area:
                    continue  # a sliver at a zone edge or the map's edge: no room for a label
                p = shapely.point_on_surface(square)
                m = _MGRS.toMGRS(p.y, p.x, MGRSPrecision=0)
                m = m.decode() if isinstance(m, bytes) else str(m)
                label(p.x, p.y, f"{m[:-2]} {m[-2:]}", "square")
        if lon0 > west:
            line([(lon0, south), (lon0, north)], "zone", view)
    for lat in range(math.ceil(south / 8) * 8, int(north) + 1, 8):
        line([(west, float(lat)), (east, float(lat))], "zone", view)
    return {"type": "FeatureCollection", "features": feats, "spacing_km": spacing // 1000}


def _samples(lo: float, hi: float, step: float) -> list[float]:
    """Evenly spaced values from ``lo`` to ``hi`` (both included), at most ``step`` apart."""
    n = max(1, math.ceil((hi - lo) / step))
    return [lo + (hi - lo) * i / n for i in range(n + 1)]


def _feature(geometry: dict[str, Any], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": properties}
