"""Printing posture maps: one sheet (A4 or A3, landscape or portrait) to PDF or to a printer.

The sheet is the page ``app://posture/print.html`` (print.js, print.css), rendered off screen in
the same offline profile as the map. Python builds everything the sheet shows (:func:`build_sheet`:
plain JSON data; planner text is only ever set as text by the page), hands it over a tiny
QWebChannel bridge (:class:`PrintBridge`, which validates every message back), waits for the page to
say it is laid out, and asks Chromium for the PDF (:class:`SheetRenderer`). The PDF reaches its
file only whole (:func:`desktop.fileio.atomic_write`): a failed or cancelled print leaves no file
and no half-written one. A printer gets the same PDF, drawn page by page (:func:`paint_pdf`), and
the preview shows exactly that.

Release mode prints :func:`desktop.release.release_plan` of the plan: the page never receives an
exact position, a unit name or a note (see desktop/release.py for the rules).

Entry points: :func:`run_print_command` (``main.py print``), :func:`print_dialog` (File > Print).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import mgrs
import shapely
import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPainter, QStandardItemModel
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
)

from desktop import catalogue, geo, symbols
from desktop.doctrine import PHASE_LABELS, PROFILE_INFO, metrics, priority_site_points
from desktop.fileio import STDOUT, FileRefused, atomic_write, check_output
from desktop.formatting import money
from desktop.model import Plan, Unit
from desktop.pagedata import unit_for_page
from desktop.release import FINDINGS_WITHHELD, WITHHELD, release_note, release_plan, release_to
from desktop.ui.analysis import analyse
from desktop.ui.dialogs import show_error
from desktop.ui.mapview import MapPage
from desktop.ui.panel import MANDATE_LABELS, US_LABELS
from desktop.ui.web import make_profile

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)


PRINT_URL = "app://posture/print.html"
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
RENDER_TIMEOUT_S = 180.0
#: Findings of one rule listed on the sheet before "… and N more".
FINDINGS_PER_RULE = 3
MAX_PRINT_DPI = 600
PREVIEW_DPI = 150


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
            raise PrintError(f"paper must be one of {', '.join(PAPERS)}, not {self.paper!r}")
        if self.orientation not in ORIENTATIONS:
            raise PrintError(f"orientation must be landscape or portrait, not {self.orientation!r}")
        if self.extent is not None:
            s, w, n, e = self.extent
            if not (all(math.isfinite(v) for v in self.extent) and -90 <= s < n <= 90 and w < e):
                raise PrintError(f"not a map extent: {self.extent!r}")

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
        return {"text": "NO CLASSIFICATION MARKING SET", "background": "#616161", "color": "#ffffff"}
    for pattern, background, colour in _MARKINGS:
        if pattern.search(text):
            return {"text": text, "background": background, "color": colour}
    return {"text": text, "background": "#37474f", "color": "#ffffff"}


_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def date_time_group(when: datetime) -> str:
    """The NATO date-time group of ``when`` in UTC (Zulu): ``141530Z MAR 26``."""
    z = when.astimezone(UTC)
    return f"{z:%d%H%M}Z {_MONTHS[z.month - 1]} {z:%y}"


def _count(n: int) -> str:
    return f"{n:,}" if n else "–"


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
                f"{r['name']} ({code})",
                _count(r["troops"]),
                f"{100 * r['share']:.1f} %" if r["troops"] else "–",
                _count(r["units"]["land"]),
                _count(r["units"]["air"]),
                _count(r["units"]["maritime"]),
                _count(r["ad_batteries"]),
                _count(r["aircraft"]),
                _count(r["ships"]),
                ", ".join("ISR" if k == "isr" else k for k in other) or "–",
                money(r["funding_eur"]),
            ]
        )
    dom = figures["by_domain"]
    total = [
        f"Total ({len(order)} nations)",
        _count(figures["troops"]),
        "100 %" if figures["troops"] else "–",
        _count(dom["land"]["units"]),
        _count(dom["air"]["units"]),
        _count(dom["maritime"]["units"]),
        _count(figures["ad_batteries"]),
        _count(figures["aircraft"]),
        _count(figures["ships"]),
        "",
        money(figures["funding_eur"]),
    ]
    return {
        "head": f"Contributions by nation · {PHASE_LABELS.get(phase, phase)} phase",
        "rows": rows,
        "total": total if order else None,
        "empty": "No nation contributes troops or pledges in this phase.",
    }


def findings_table(analysis_findings: Any, profile: str, release: bool) -> dict[str, Any]:
    """The findings summary: a count line and one row per finding, at most
    :data:`FINDINGS_PER_RULE` per rule and then "… and N more" (so every rule shows on the sheet);
    release: withheld (doctrine.md), the summary says so."""
    findings = list(analysis_findings)
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    name = PROFILE_INFO[profile].name if profile in PROFILE_INFO else profile
    summary = (
        f"{counts['error']} errors · {counts['warning']} warnings · {counts['info']} information"
        if findings
        else f"No findings: the plan meets every principle of the {profile.upper()} profile ({name})."
    )
    if release:  # doctrine.md: a released map does not show the plan's weaknesses
        return {"head": f"Findings · {profile.upper()} profile", "summary": FINDINGS_WITHHELD, "rows": []}
    else:
        rows = []
        shown: dict[str, int] = {}
        for f in findings:
            shown[f.rule] = shown.get(f.rule, 0) + 1
            if shown[f.rule] <= FINDINGS_PER_RULE:
                rows.append({"severity": f.severity, "rule": f.rule, "text": f.message})
        for rule_id, n in shown.items():
            if n > FINDINGS_PER_RULE:
                last = max(i for i, r in enumerate(rows) if r["rule"] == rule_id)
                more = {
                    "severity": rows[last]["severity"],
                    "rule": rule_id,
                    "text": f"… and {n - FINDINGS_PER_RULE} more",
                }
                rows.insert(last + 1, more)
    return {"head": f"Findings · {profile.upper()} profile", "summary": summary, "rows": rows}


def _sites(plan: Plan, figures: dict[str, Any]) -> list[dict[str, Any]]:
    uncovered = set(figures["ad_coverage"]["uncovered"])
    out = []
    for name, lon, lat in priority_site_points(plan, figures.get("profile")):
        out.append({"name": name, "lng": lon, "lat": lat, "covered": name not in uncovered})
    return out


def build_sheet(plan: Plan, options: PrintOptions) -> dict[str, Any]:
    """Everything the print page shows, as JSON-ready data (print.js ``setSheet``).

    The findings and figures are those of :func:`desktop.ui.analysis.analyse` (the side panel's),
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
        d = unit_for_page(u, shown.phase)
        d.pop("tip", None)
        d.pop("dim", None)
        if release:
            d.pop("geom", None)
        units.append(d)
    sidcs = sorted({symbols.sidc_of(u) for u in in_phase})
    extent = options.extent
    fit = extent or _fit_extent(in_phase)
    hidden = len(shown.units) - len(in_phase)
    phase = PHASE_LABELS.get(shown.phase, shown.phase)
    profile_name = PROFILE_INFO[shown.profile].name if shown.profile in PROFILE_INFO else shown.profile
    troops = f"{figures['troops']:,} in {len(in_phase):,} units"
    if not release:  # the minimum beside the troops is a finding (SIZE-MIN): withheld in release
        troops += f" (minimum {figures['min_troops']:,})"
    fields = [
        ["Profile", f"{shown.profile.upper()} · {profile_name}"],
        ["Phase", phase + (f" ({hidden} units of other phases not shown)" if hidden else "")],
        ["Mandate", WITHHELD if release else MANDATE_LABELS.get(shown.mandate, shown.mandate)],
        ["US support", WITHHELD if release else US_LABELS.get(shown.us_support, shown.us_support)],
        ["Troops", troops],
        ["Date-time", date_time_group(options.now or datetime.now(UTC))],
        ["Author", " ".join(options.author.split())[:120]],
        ["Map", ("Extent shown on screen" if extent else "All of Ukraine") + (" · MGRS grid" if options.grid else "")],
    ]
    if options.exclude_us:
        fields.append(["Evaluated", "without US units and contributions"])
    note = "Letters beside a symbol: the nation's ISO code (see Contributions)."
    if release:
        note += " Each symbol stands at the centre of its oblast, country or sea, not at the unit's position."
    return {
        "paper": options.paper,
        "orientation": options.orientation,
        "documentTitle": f"{shown.name} — posture map" + (" (release)" if release else ""),
        "marking": marking_style(shown.classification),
        "title": {"plan": shown.name, "fields": fields},
        "release": release,
        "releaseNote": release_note() if release else "",
        "extent": {"south": fit[0], "west": fit[1], "north": fit[2], "east": fit[3], "exact": extent is not None},
        "units": units,
        "symbols": {k: s.as_page() for k, s in symbols.symbols_for(in_phase, int(style["symbol"])).items()},
        "legendSymbols": {s: symbols.render(s, "", int(style["legend_symbol"])).as_page() for s in sidcs},
        "kinds": {k: v["label"] for k, v in catalogue.kinds().items()},
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
        "attribution": ATTRIBUTION_EXTRA + _base_map_attribution(),
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
        rows = [
            {"depth": depth, "name": n.unit.label(), "nation": n.unit.nation, "kind": kinds[n.unit.kind]["label"],
             "strength": n.unit.strength, "total": n.total_strength, "children": bool(n.children)}
            for root in orbat.tree(shown) for depth, n in root.walk()
        ]  # fmt: skip
        out["orbat"] = {"rows": rows, "note": "Total: own strength and every unit commanded, all phases."}
    return out


def _tiles() -> dict[str, Any] | None:
    """The raster base map the window shows (File › Base map…), drawn under the printed plan too."""
    from desktop import tileset

    return tileset.active()


def _base_map_attribution() -> str:
    tiles = _tiles()
    text = (tiles or {}).get("attribution") or (tiles or {}).get("name") or ""
    return f" · Base map: {text}" if tiles and text else ""


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


# -- the page and its bridge ---------------------------------------------------------------------


@dataclass(frozen=True)
class LaidOut:
    """What the page reports once the sheet is laid out."""

    units: int
    legend: int
    labels: int
    scale: float
    trimmed: dict[str, int] = field(default_factory=dict)
    ms: float = 0.0


def _int(d: dict[str, Any], key: str, hi: int = 10_000_000) -> int:
    v = d.get(key)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or not 0 <= v <= hi:
        raise ValueError(f"{key} must be a number from 0 to {hi}")
    return int(v)


def parse_page_message(text: str) -> tuple[str, Any]:
    """Validate one message of the print page: ``("ready", None)``, ``("laidout", LaidOut)`` or
    ``("log", (level, message))``. Raises ``ValueError`` with the reason otherwise."""
    if not isinstance(text, str) or len(text) > 100_000:
        raise ValueError("a message must be JSON text of at most 100,000 characters")
    d = json.loads(text)
    if not isinstance(d, dict):
        raise ValueError("a message must be a JSON object")
    kind = d.get("type")
    if kind == "ready":
        return "ready", None
    if kind == "laidout":
        trimmed = d.get("trimmed", {})
        if not isinstance(trimmed, dict) or not all(isinstance(k, str) for k in trimmed):
            raise ValueError("trimmed must be an object")
        return "laidout", LaidOut(
            _int(d, "units"),
            _int(d, "legend"),
            _int(d, "labels"),
            float(_int(d, "scale", 10**10)),
            {k[:40]: _int(trimmed, k) for k in list(trimmed)[:10]},
            float(_int(d, "ms", 10**9)),
        )
    if kind == "log":
        level, message = d.get("level"), d.get("message")
        if level not in ("error", "warning", "info") or not isinstance(message, str):
            raise ValueError("log needs a level (error, warning, info) and a message")
        return "log", (level, message[:2000])
    raise ValueError(f"unknown message type {str(kind)[:40]!r}")


class PrintBridge(QObject):
    """The print page's only object (``printer`` in JavaScript): one call in, a few messages out."""

    toPage = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_ready = False
        self.laid_out: LaidOut | None = None
        self.errors: list[str] = []
        self.refused = 0

    @Slot(str)
    def send(self, text: str) -> None:
        try:
            kind, payload = parse_page_message(text)
        except ValueError as e:
            self.refused += 1
            log.warning("print page: refused a message: %s", e)
            return
        if kind == "ready":
            self.is_ready = True
        elif kind == "laidout":
            self.laid_out = payload
        else:
            level, message = payload
            if level == "error":
                log.error("print page: %s", message)
                self.errors.append(message)
            else:
                log.info("print page %s: %s", level, message)

    def set_sheet(self, sheet: dict[str, Any]) -> None:
        self.toPage.emit(json.dumps({"fn": "setSheet", "args": [sheet]}, allow_nan=False))


class SheetRenderer(QObject):
    """Renders one sheet to PDF bytes off screen; single use (:meth:`render_pdf`, then :meth:`close`).

    ``progress(percent, text)`` reports the steps; :meth:`cancel` (e.g. from a progress dialog)
    makes :meth:`render_pdf` raise :class:`PrintCancelled` at the next step.
    """

    progress = Signal(int, str)

    def __init__(self, parent: QObject | None = None, url: str = PRINT_URL) -> None:
        super().__init__(parent)
        self.url = url  # the sheet's page: print.html, or another sheet speaking the same protocol
        self.profile, self.scheme_handler, self.interceptor = make_profile(self)
        self.page = MapPage(self.profile, self)
        s = self.page.settings()
        for attr, on in (
            (QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False),
            (QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False),
            (QWebEngineSettings.WebAttribute.PluginsEnabled, False),
            (QWebEngineSettings.WebAttribute.PdfViewerEnabled, False),
            (QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False),
            (QWebEngineSettings.WebAttribute.PrintElementBackgrounds, True),
        ):
            s.setAttribute(attr, on)
        self.bridge = PrintBridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("printer", self.bridge)
        self.page.setWebChannel(self.channel)
        # A view that is never on screen: Chromium lays out and paints as for a visible page.
        self.view = QWebEngineView()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.view.setPage(self.page)
        self._cancelled = False
        self._load_failed = False
        self._pdf: bytes | None = None
        self._pdf_done = False
        self.page.loadFinished.connect(self._loaded)

    def cancel(self) -> None:
        self._cancelled = True

    def _loaded(self, ok: bool) -> None:
        if not ok:
            self._load_failed = True

    def console_errors(self) -> list[str]:
        return [t for lvl, t in self.page.console if lvl == "error"] + list(self.bridge.errors)

    def _wait(self, done: Callable[[], bool], what: str, deadline: float) -> None:
        # A local event loop in short slices (never processEvents(flags, maxtime): it crashes
        # PySide 6.12 while QWebChannel delivers messages).
        while not done():
            if self._cancelled:
                raise PrintCancelled("the print was cancelled")
            if self._load_failed:
                raise PrintError("the print page could not be loaded")
            errors = self.console_errors()
            if errors:
                raise PrintError(f"the print page failed while {what}: {errors[0][:300]}")
            if time.monotonic() > deadline:
                raise PrintError(f"the print page did not finish {what} in time")
            loop = QEventLoop()
            QTimer.singleShot(15, loop.quit)
            loop.exec()

    def render_pdf(self, sheet: dict[str, Any], timeout_s: float = RENDER_TIMEOUT_S) -> bytes:
        """The sheet as PDF bytes (one page). Raises :class:`PrintError` or :class:`PrintCancelled`."""
        deadline = time.monotonic() + timeout_s
        w_mm, h_mm = PrintOptions(sheet["paper"], sheet["orientation"]).page_size_mm()
        self.view.resize(math.ceil(w_mm / 25.4 * 96), math.ceil(h_mm / 25.4 * 96))
        self.view.show()
        self.progress.emit(5, "Loading the print page…")
        self.page.load(QUrl(self.url))
        self._wait(lambda: self.bridge.is_ready, "loading", deadline)
        self.progress.emit(25, "Drawing the map and tables…")
        self.bridge.set_sheet(sheet)
        self._wait(lambda: self.bridge.laid_out is not None, "laying out the sheet", deadline)
        self.progress.emit(70, "Writing the PDF…")
        paper = QPageSize.PageSizeId.A3 if sheet["paper"] == "A3" else QPageSize.PageSizeId.A4
        orient = (
            QPageLayout.Orientation.Landscape
            if sheet["orientation"] == "landscape"
            else QPageLayout.Orientation.Portrait
        )
        layout = QPageLayout(QPageSize(paper), orient, QMarginsF(0, 0, 0, 0))
        self.page.printToPdf(self._got_pdf, layout)
        # Chromium cannot stop a PDF half way: wait for it even when cancelled, then drop it.
        cancelled, self._cancelled = self._cancelled, False
        self._wait(lambda: self._pdf_done, "writing the PDF", deadline)
        if cancelled or self._cancelled:
            raise PrintCancelled("the print was cancelled")
        if not self._pdf or not self._pdf.startswith(b"%PDF"):
            raise PrintError("Chromium produced no PDF")
        self.progress.emit(100, "Done")
        return self._pdf

    def _got_pdf(self, data: QByteArray | bytes) -> None:
        self._pdf = bytes(data.data()) if isinstance(data, QByteArray) else bytes(data)
        self._pdf_done = True

    def laid_out(self) -> LaidOut | None:
        return self.bridge.laid_out

    def close(self) -> None:
        """Delete the view and the page before their profile (Qt warns and may crash otherwise)."""
        for obj in (self.view, self.page):
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)
        if shiboken6.isValid(self.profile):
            shiboken6.delete(self.profile)


def render_sheet(
    sheet: dict[str, Any], on_renderer: Callable[[SheetRenderer], None] | None = None, url: str = PRINT_URL
) -> bytes:
    """Render ``sheet`` to PDF bytes in a fresh off-screen page (``url``), and clean up.

    ``on_renderer`` is called with the renderer before it starts (to connect progress and cancel).
    """
    renderer = SheetRenderer(url=url)
    try:
        if on_renderer is not None:
            on_renderer(renderer)
        return renderer.render_pdf(sheet)
    finally:
        renderer.close()
        shiboken6.delete(renderer)


def write_pdf(plan: Plan, options: PrintOptions, path: str | os.PathLike[str], **kw: Any) -> bytes:
    """Print ``plan`` to the PDF file ``path`` whole or not at all; returns the bytes written."""
    target = Path(path)
    check_target(target)
    data = render_sheet(build_sheet(plan, options), **kw)
    atomic_write(target, data)
    return data


def check_target(target: Path) -> None:
    """Refuse, before any work, a PDF path that cannot or must not be written
    (:func:`desktop.fileio.check_output`: the library, an input, a folder, a block device…)."""
    if os.fspath(target) == STDOUT:
        raise PrintError("a PDF is not text: give a file name, not - (standard output)")
    try:
        check_output(target)
    except FileRefused as e:
        raise PrintError(str(e)) from None


# -- printers ----------------------------------------------------------------------------------


def paint_pdf(pdf: bytes, printer: QPrinter, dpi: int | None = None) -> int:
    """Draw every page of ``pdf`` on ``printer`` (a real printer, a PDF printer or a preview),
    each scaled to fit its printable area, centred. Pages are rendered in bands at the printer's
    resolution (at most :data:`MAX_PRINT_DPI`; :data:`PREVIEW_DPI` for a preview), so memory stays
    small at A3. Returns the number of pages drawn."""
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        raise PrintError("the PDF to print could not be read")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be opened")
    try:
        preview = painter.paintEngine() is not None and painter.paintEngine().type() == QPaintEngine.Type.Picture
        res = dpi or (PREVIEW_DPI if preview else min(printer.resolution(), MAX_PRINT_DPI))
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            pt = doc.pagePointSize(i)
            w_px, h_px = round(pt.width() / 72 * res), round(pt.height() / 72 * res)
            scale = min(area.width() / pt.width(), area.height() / pt.height())
            dw, dh = pt.width() * scale, pt.height() * scale
            x0 = (area.width() - dw) / 2
            y0 = (area.height() - dh) / 2
            band = 512
            for top in range(0, h_px, band):
                rows = min(band, h_px - top)
                opts = QPdfDocumentRenderOptions()
                opts.setScaledClipRect(QRect(0, top, w_px, rows))
                opts.setScaledSize(QSize(w_px, h_px))
                img = doc.render(i, QSize(w_px, h_px), opts)
                if img.isNull():
                    raise PrintError(f"page {i + 1} could not be drawn")
                src = img.copy(0, 0, w_px, rows) if img.height() != rows else img
                painter.drawImage(QRectF(x0, y0 + top * dh / h_px, dw, rows * dh / h_px), src)
        return doc.pageCount()
    finally:
        painter.end()


# -- command line ------------------------------------------------------------------------------


def run_print_command(args: argparse.Namespace) -> int:
    """``main.py print PLAN --pdf OUT [--paper] [--orientation] [--release] [--release-to XX]``: all
    of Ukraine.

    0 when the PDF was written. Bad input raises; :func:`desktop.cli.run` turns it into one
    line on stderr and exit 2 (no file is written).
    """
    from desktop.library import EXIT_OK, UsageError, resolve_plan

    try:
        target = Path(args.pdf)
        check_target(target)
        plan = resolve_plan(args.plan, args)
        options = PrintOptions(
            paper=args.paper,
            orientation=args.orientation,
            release=bool(args.release),
            release_to=tuple(getattr(args, "release_to", None) or ()),
        )
        write_pdf(plan, options, target)
    except (PrintError, PrintCancelled) as e:
        raise UsageError(str(e)) from None
    return EXIT_OK


# -- File > Print ------------------------------------------------------------------------------


def suggested_file_name(plan_name: str, options: PrintOptions) -> str:
    """``Sample-ceasefire-posture-A3-release.pdf``: the plan's name made safe for any file system."""
    stem = re.sub(r"[^\w.-]+", "-", plan_name, flags=re.UNICODE).strip("-._")[:80] or "posture"
    rel_to = "".join(f"-REL-{c}" for c in options.release_to)
    return f"{stem}-{options.paper}{'-release' if options.release else ''}{rel_to}.pdf"


class PrintDialog(QDialog):
    """File > Print: paper, orientation, map extent, MGRS grid, release mode and author; then
    Preview, Print (to a printer) or Save PDF. Long work shows a progress dialog with Cancel.

    ``renderStarted(renderer)`` is emitted when a :class:`SheetRenderer` starts (tests use it to
    cancel); ``last_pdf`` holds the bytes of the last rendered sheet.
    """

    renderStarted = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Print posture map")
        self.last_pdf: bytes | None = None
        lib = window.library
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(_setting(lib, "print_paper", "A4", PAPERS))
        self.orientation = QComboBox(self)
        for o in ORIENTATIONS:
            self.orientation.addItem(o.capitalize(), o)
        self.orientation.setCurrentIndex(
            ORIENTATIONS.index(_setting(lib, "print_orientation", "landscape", ORIENTATIONS))
        )
        self.extent = QComboBox(self)
        self.extent.addItem("Extent on screen", "screen")
        self.extent.addItem("All of Ukraine", "ukraine")
        if window.controller.view_extent is None:
            self.extent.setCurrentIndex(1)
            model = self.extent.model()
            assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
            model.item(0).setEnabled(False)
        self.grid = QCheckBox("MGRS grid", self)
        self.grid.setToolTip("Draw the MGRS grid: 100 km squares, or 10 km / 1 km lines on a close-up")
        self.charts = QCheckBox("Second page: charts", self)
        self.charts.setToolTip("Troops by nation and by phase, air-defence coverage of the priority sites (vector)")
        self.orbat = QCheckBox("Second page: order of battle", self)
        self.orbat.setToolTip("The tree by command as a table, with each unit's rolled-up strength")
        self.release = QCheckBox("Release version (principle of ambiguity)", self)
        self.release.setToolTip(release_note())
        from desktop.ui.packagesui import recipient_box

        self.recipient = recipient_box(window.doc.plan, self)
        self.recipient.setToolTip("Print only what is releasable to this nation, marked REL TO")
        self.author = QLineEdit(self)
        self.author.setMaxLength(120)
        self.author.setPlaceholderText("Name and appointment (left blank: a line to sign)")
        self.author.setText(lib.get_setting("print_author", kind=str) or "")
        form = QFormLayout()
        form.addRow("Paper", self.paper)
        form.addRow("Orientation", self.orientation)
        form.addRow("Map", self.extent)
        form.addRow("", self.grid)
        form.addRow("", self.charts)
        form.addRow("", self.orbat)
        form.addRow("", self.release)
        form.addRow("Release to", self.recipient)
        form.addRow("Author", self.author)
        buttons = QDialogButtonBox(self)
        self.preview_button = buttons.addButton("Pre&view…", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton("&Print…", QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton("&Save PDF…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(lambda: self.print_to_printer())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> PrintOptions:
        w = self.window_
        view = w.controller.view_extent if self.extent.currentData() == "screen" else None
        extent = None if view is None else (view.south, view.west, view.north, view.east)
        return PrintOptions(
            paper=self.paper.currentText(),
            orientation=self.orientation.currentData(),
            release=self.release.isChecked(),
            grid=self.grid.isChecked(),
            author=self.author.text(),
            extent=extent,
            exclude_us=w.ensure_analysis().exclude_us,
            release_to=(str(self.recipient.currentData()),) if self.recipient.currentData() else (),
            charts=self.charts.isChecked(),
            orbat=self.orbat.isChecked(),
        )

    def _remember(self, options: PrintOptions) -> None:
        lib = self.window_.library
        try:
            lib.set_setting("print_paper", options.paper)
            lib.set_setting("print_orientation", options.orientation)
            lib.set_setting("print_author", options.author)
        except Exception as e:  # the library may be read-only; printing must not fail for it
            log.warning("could not remember the print settings: %s", e)

    def render(self) -> bytes | None:  # type: ignore[override]  # not QWidget.render: the sheet
        """Build and render the sheet with a progress dialog; None when cancelled or failed (said)."""
        try:
            options = self.options()
        except PrintError as e:
            show_error(self, "Print", str(e))
            return None
        self._remember(options)
        progress = QProgressDialog("Preparing the sheet…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Printing")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)

        def started(renderer: SheetRenderer) -> None:
            def advance(value: int, text: str) -> None:
                progress.setLabelText(text)
                progress.setValue(value)

            renderer.progress.connect(advance)
            progress.canceled.connect(renderer.cancel)
            self.renderStarted.emit(renderer)

        try:
            sheet = build_sheet(self.window_.doc.viewed, options)  # the profile and phase viewed
            self.last_pdf = render_sheet(sheet, on_renderer=started)
            return self.last_pdf
        except PrintCancelled:
            return None
        except PrintError as e:
            show_error(self, "Print", f"The sheet could not be printed.\n\n{e}")
            return None
        finally:
            progress.reset()
            progress.deleteLater()

    def save_pdf(self, path: str | os.PathLike[str] | None = None) -> bool:
        """Render and write a PDF (asking where when ``path`` is None); True when written."""
        if path is None:
            lib = self.window_.library
            folder = lib.get_setting("print_folder", kind=str) or str(Path.home())
            name = suggested_file_name(self.window_.doc.plan.name, self.options())
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save the posture map as PDF", str(Path(folder) / name), "PDF (*.pdf)"
            )
            if not chosen:
                return False
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
            try:
                lib.set_setting("print_folder", str(Path(path).parent))
            except Exception as e:
                log.warning("could not remember the folder: %s", e)
        target = Path(path)
        try:
            check_target(target)
        except PrintError as e:
            show_error(self, "Save PDF", str(e))
            return False
        data = self.render()
        if data is None:
            return False
        try:
            atomic_write(target, data)
        except FileRefused as e:
            show_error(self, "Save PDF", str(e))
            return False
        except OSError as e:
            show_error(self, "Save PDF", f"{target}: {e.strerror or e}. Nothing was written.")
            return False
        self.window_.statusBar().showMessage(f"Saved the posture map to {target}", 6000)
        return True

    def _printer(self) -> QPrinter:
        o = self.options()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3 if o.paper == "A3" else QPageSize.PageSizeId.A4))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if o.orientation == "landscape" else QPageLayout.Orientation.Portrait
        )
        printer.setDocName(suggested_file_name(self.window_.doc.plan.name, o).removesuffix(".pdf"))
        return printer

    def print_to_printer(self, printer: QPrinter | None = None) -> bool:
        """Render, choose a printer (unless given) and print; True when sent to the printer."""
        if printer is None:
            printer = self._printer()
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        data = self.render()
        if data is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint_pdf(data, printer)
        except PrintError as e:
            QApplication.restoreOverrideCursor()
            show_error(self, "Print", str(e))
            return False
        QApplication.restoreOverrideCursor()
        self.window_.statusBar().showMessage("Sent the posture map to the printer", 6000)
        return True

    def preview(self) -> None:
        """Render, then show the sheet in a print preview (which can print it too)."""
        data = self.render()
        if data is None:
            return
        printer = self._printer()  # the dialog does not own its printer: keep it alive until it closes
        dlg = QPrintPreviewDialog(printer, self)
        dlg.setWindowTitle("Print preview")
        dlg.paintRequested.connect(lambda printer: paint_pdf(data, printer))
        dlg.resize(1100, 800)
        dlg.exec()


def _setting(library: Any, key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = library.get_setting(key, kind=str)
    return value if value in allowed else default


def print_dialog(window: MainWindow) -> None:
    """File > Print (Ctrl+P): the :class:`PrintDialog` for the window's plan."""
    PrintDialog(window).exec()
