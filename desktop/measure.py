"""Measuring: geodesic legs, bearings and areas of clicked points, the measurements a planner keeps
on the map (plan annotations), and a unit's distances to what the rules measure from.

Every figure is on the WGS84 ellipsoid (geographiclib, as desktop/geo.py). A unit's distances are
those the rules use: the contact line through ``geo.distance_km``, the Russian and Belarusian
borders through ``geo.distance_to_border_km``, priority sites through ``geo.geodesic_km``.

Kept measurements travel in the plan file's ``posture`` as the foreign member ``annotations``
(a list of ``{"kind": "measure", "coordinates": [[lon, lat], …], "closed": bool}``), which
other tools ignore and Posture keeps. Pure: no Qt.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geographiclib.geodesic import Geodesic

from desktop import geo
from desktop.model import Plan, Unit

#: The plan-level member (``Plan.extra``) holding kept measurements.
ANNOTATIONS = "annotations"
MAX_POINTS = 500


@dataclass(frozen=True)
class Leg:
    km: float
    bearing: float  # initial true bearing, degrees 0–360


@dataclass(frozen=True)
class Measurement:
    points: tuple[tuple[float, float], ...]  # (lon, lat)
    closed: bool
    legs: tuple[Leg, ...]
    total_km: float
    area_km2: float | None  # closed shapes only

    def summary(self) -> str:
        """One line: ``468.2 km`` (one leg: with its bearing), or the perimeter and area."""
        if self.closed and self.area_km2 is not None:
            return f"{format_km(self.total_km)} around · {format_area(self.area_km2)}"
        if len(self.legs) == 1:
            return f"{format_km(self.total_km)} · bearing {self.legs[0].bearing:05.1f}°"
        return f"{format_km(self.total_km)} in {len(self.legs)} legs"


def format_km(km: float) -> str:
    return f"{km * 1000:,.0f} m" if km < 1 else f"{km:,.1f} km"


def format_area(km2: float) -> str:
    return f"{km2:,.1f} km²" if km2 < 100 else f"{km2:,.0f} km²"


def measure(points: Sequence[tuple[float, float]], closed: bool = False) -> Measurement:
    """Legs (distance and initial bearing), total, and the area when ``closed`` (≥ 3 points)."""
    pts = tuple((float(lon), float(lat)) for lon, lat in points)
    if len(pts) > MAX_POINTS:
        raise ValueError(f"a measurement has at most {MAX_POINTS} points")
    closed = closed and len(pts) >= 3
    path = pts + (pts[0],) if closed else pts
    legs = []
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(path):
        r = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
        legs.append(Leg(r["s12"] / 1000, r["azi1"] % 360))
    area = None
    if closed:
        poly = Geodesic.WGS84.Polygon()
        for lon, lat in pts:
            poly.AddPoint(lat, lon)
        _, _, a = poly.Compute(False, True)
        area = abs(a) / 1e6
    return Measurement(pts, closed, tuple(legs), sum(leg.km for leg in legs), area)


# -- kept measurements (plan annotations) ----------------------------------------------------


def kept(plan: Plan) -> list[dict[str, Any]]:
    """The plan's kept measurements that are well formed (others are kept but not drawn)."""
    raw = plan.extra.get(ANNOTATIONS)
    out = []
    for a in raw if isinstance(raw, list) else []:
        if not isinstance(a, Mapping) or a.get("kind") != "measure":
            continue
        pts = a.get("coordinates")
        if not isinstance(pts, list) or not 2 <= len(pts) <= MAX_POINTS:
            continue
        ok = all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, (int, float)) and math.isfinite(v) for v in p)
            and -180 <= p[0] <= 180 and -90 <= p[1] <= 90
            for p in pts
        )  # fmt: skip
        if ok:
            out.append({"kind": "measure", "coordinates": pts, "closed": bool(a.get("closed"))})
    return out


def for_page(plan: Plan) -> list[dict[str, Any]]:
    """Kept measurements with their label, for the map page."""
    out = []
    for i, a in enumerate(kept(plan)):
        m = measure([tuple(p) for p in a["coordinates"]], a["closed"])
        out.append({"index": i, "coordinates": a["coordinates"], "closed": m.closed, "label": m.summary()})
    return out


def with_annotation(plan: Plan, points: Sequence[tuple[float, float]], closed: bool) -> dict[str, Any]:
    """The plan's ``extra`` with one more kept measurement."""
    raw = plan.extra.get(ANNOTATIONS)
    kept = list(raw) if isinstance(raw, list) else []
    kept.append({"kind": "measure", "coordinates": [[lon, lat] for lon, lat in points], "closed": bool(closed)})
    return {**plan.extra, ANNOTATIONS: kept}


def without_annotations(plan: Plan) -> dict[str, Any]:
    """The plan's ``extra`` with no kept measurement."""
    return {k: v for k, v in plan.extra.items() if k != ANNOTATIONS}


# -- a unit's distances ------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitDistances:
    contact_line_km: float | None  # None: the plan has no contact line
    russia_km: float
    belarus_km: float
    nearest_site: tuple[str, float] | None  # (name, km) of the nearest priority site
    in_occupied_area: bool


def unit_distances(plan: Plan, unit: Unit) -> UnitDistances:
    """What the rules measure for ``unit``: contact line, borders, nearest priority site."""
    from desktop.doctrine import priority_site_points

    lon, lat = unit.position
    lines = [g.geometry for g in plan.geometries if g.kind == "contact_line"]
    contact = min((geo.distance_km(line, lon, lat) for line in lines), default=None)
    occupied = any(geo.inside(g.geometry, lon, lat) for g in plan.geometries if g.kind == "occupied_area")
    sites = [(name, geo.geodesic_km(lon, lat, x, y)) for name, x, y in priority_site_points(plan)]
    nearest = min(sites, key=lambda s: s[1]) if sites else None
    return UnitDistances(
        contact,
        geo.distance_to_border_km(geo.RUSSIA, lon, lat),
        geo.distance_to_border_km(geo.BELARUS, lon, lat),
        nearest,
        occupied,
    )
