"""Release mode: the principle of ambiguity of docs/doctrine.md applied to a plan.

"Printing and exporting offer a release mode that generalises every position to its oblast and
rounds every strength." :func:`release_plan` turns a plan into the plan a released print or export
shows; every output in release mode is built from its result only, so nothing the planner drew
exactly (positions, routes, names, notes) can reach the output. Pure: no Qt, no files.

The rules (also printed on the sheet, :func:`release_note`):

* **Positions.** Each unit is moved to the label point (pole of inaccessibility,
  ``geo/labels.geojson``) of the area holding its position (the doctrine's anchor: the point, or
  the first vertex of a route or area): its oblast in Ukraine (Kyiv and Sevastopol cities are
  first-level units of their own); outside Ukraine, the neighbour country holding it, else the
  sea holding it, else the nearest neighbour country or sea. A route or area becomes that point.
  A unit stays in or out of Ukraine, so the doctrine's counting rule (staging) is unchanged.
* **Strengths** are rounded half up: to the nearest 100 from 100 up, below 100 to the nearest 10
  (a unit with any troops keeps at least 10; 0 stays 0).
* **Names** become the kind's label ("Air-defence battery"); **ids** become opaque sequence ids
  (``r-1``, ``r-2``…, ordered by kind, nation and area, not by the plan's order); the unit's own
  symbol code, its roles (its tasking) and unknown properties are dropped.
* **Contact line and occupied area** are simplified and snapped to a 0.25° grid (about 25 km);
  a shape that vanishes is dropped.
* **Contributions** lose their notes and unknown properties; amounts are rounded to two
  significant figures.
* The plan keeps its name, marking, profile, phase, mandate, US support, parameters and priority
  sites (public place names); its unknown properties and library id are dropped.

Kept on purpose: kind, nation, phases, and equipment figures (system, range, aircraft type,
generation and count, ships): they describe the force's composition, not where it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from desktop import catalogue, geo
from desktop.doctrine import Finding, rule
from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit

#: Grid (degrees) the contact line and occupied area are snapped to.
GEOMETRY_GRID_DEG = 0.25
#: Douglas–Peucker tolerance (degrees) applied before snapping.
GEOMETRY_SIMPLIFY_DEG = 0.1


@dataclass(frozen=True)
class Area:
    """Where a released unit is shown: the named area and its label point."""

    kind: str  # "oblast" | "country" | "sea"
    key: str  # ISO 3166-2, ISO 3166-1 alpha-2 or the sea's name
    name: str  # e.g. "Lviv", "Poland", "Black Sea"
    lon: float
    lat: float


def round_half_up(value: float, step: int) -> int:
    """``value`` rounded to a multiple of ``step``, halves away from zero (banker's rounding is not
    what a reader expects of 150 → 200)."""
    return int((Decimal(str(value)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * step


def round_strength(strength: int) -> int:
    """A strength as released: nearest 100 from 100 up; below, nearest 10 but at least 10; 0 stays 0."""
    if strength <= 0:
        return 0
    if strength >= 100:
        return round_half_up(strength, 100)
    return max(10, round_half_up(strength, 10))


def round_amount(amount: float | None) -> float | None:
    """A contribution amount rounded to two significant figures (None stays None)."""
    if amount is None or amount == 0:
        return amount
    digits = len(str(int(abs(amount)))) if abs(amount) >= 1 else 1
    step = 10 ** max(digits - 2, 0)
    return float(round_half_up(amount, step))


def _area_names() -> dict[tuple[str, str], str]:
    names = {("oblast", o.iso): o.name_en.removesuffix(" Oblast") for o in geo.oblasts()}
    names.update({("country", c): catalogue.nation_name(c) for c in geo.label_points("country")})
    names.update({("sea", s): s for s in geo.label_points("sea")})
    return names


def areas_of(positions: Sequence[tuple[float, float]]) -> list[Area]:
    """The :class:`Area` each (lon, lat) position is generalised to (see the module docstring)."""
    if not positions:
        return []
    lons, lats = geo.positions_xy(positions)
    names = _area_names()
    oblast_idx = geo.oblast_index_many(lons, lats)
    countries = geo.country_of_many(lons, lats)
    seas = geo.sea_of_many(lons, lats)
    infos = geo.oblasts()
    fallback = [("country", k, p) for k, p in geo.label_points("country").items()]
    fallback += [("sea", k, p) for k, p in geo.label_points("sea").items()]
    out = []
    for i, (lon, lat) in enumerate(positions):
        if oblast_idx[i] >= 0:
            kind, key = "oblast", infos[oblast_idx[i]].iso
        elif countries[i] is not None:
            kind, key = "country", str(countries[i])
        elif seas[i] is not None:
            kind, key = "sea", str(seas[i])
        else:
            d = geo.geodesic_km_many(lon, lat, [p[0] for *_, p in fallback], [p[1] for *_, p in fallback])
            kind, key, _ = fallback[int(np.argmin(d))]
        plon, plat = geo.label_point(kind, key)
        out.append(Area(kind, key, names[(kind, key)], plon, plat))
    return out


def kind_label(kind: str) -> str:
    """The catalogue's label of a unit kind ("Air-defence battery")."""
    return str(catalogue.kinds()[kind]["label"])


def _release_units(units: Sequence[Unit]) -> tuple[Unit, ...]:
    areas = areas_of([u.position for u in units])
    kind_order = {k: i for i, k in enumerate(catalogue.kinds())}
    released = [
        Unit(
            id="",
            kind=u.kind,
            nation=u.nation,
            geometry=Geometry.point(a.lon, a.lat),
            name=kind_label(u.kind),
            strength=round_strength(u.strength),
            phases=u.phases,
            system=u.system,
            range_km=u.range_km,
            aircraft=u.aircraft,
            generation=u.generation,
            count=u.count,
            ships=u.ships,
        )
        for u, a in zip(units, areas, strict=True)
    ]
    order = sorted(
        range(len(released)),
        key=lambda i: (kind_order.get(released[i].kind, 99), released[i].nation, areas[i].kind, areas[i].key),
    )
    return tuple(replace(released[i], id=f"r-{n}") for n, i in enumerate(order, start=1))


def generalise_geometry(geometry: Geometry) -> Geometry | None:
    """A contact line or occupied area simplified and snapped to the :data:`GEOMETRY_GRID_DEG` grid;
    None when nothing is left."""
    g = shapely.simplify(shape(geometry.to_geojson()), GEOMETRY_SIMPLIFY_DEG, preserve_topology=True)
    g = shapely.set_precision(g, GEOMETRY_GRID_DEG)
    if g.is_empty:
        return None
    if g.geom_type == "GeometryCollection":  # snapping can split a shape into mixed parts
        parts = [p for p in shapely.get_parts(g) if p.geom_type.endswith(("Polygon", "LineString"))]
        if not parts:
            return None
        g = shapely.unary_union(parts)
    if geometry.type.endswith("Polygon") and not g.geom_type.endswith("Polygon"):
        return None
    if geometry.type.endswith("LineString") and not g.geom_type.endswith("LineString"):
        return None
    return Geometry.from_geojson(mapping(g))


def _release_geometries(geometries: Iterable[PlanGeometry]) -> tuple[PlanGeometry, ...]:
    out: list[PlanGeometry] = []
    for g in geometries:
        generalised = generalise_geometry(g.geometry)
        if generalised is not None:
            out.append(PlanGeometry(f"g-{len(out) + 1}", g.kind, generalised))
    return tuple(out)


def release_plan(plan: Plan) -> Plan:
    """The plan as released under the principle of ambiguity (module docstring: the rules)."""
    return Plan(
        name=plan.name,
        profile=plan.profile,
        phase=plan.phase,
        mandate=plan.mandate,
        us_support=plan.us_support,
        classification=plan.classification,
        parameters=dict(plan.parameters),
        priority_sites=plan.priority_sites,
        contributions=tuple(Contribution(c.nation, c.kind, round_amount(c.amount_eur)) for c in plan.contributions),
        units=_release_units(plan.units),
        geometries=_release_geometries(plan.geometries),
    )


def release_note() -> str:
    """One paragraph for the reader of a released output: what was generalised and how."""
    return (
        "Release version (principle of ambiguity): each unit is shown at the centre of its oblast "
        "(outside Ukraine: of its country or sea), not at its position; strengths are rounded to the "
        "nearest 100 (below 100: to the nearest 10); unit names are replaced by their kind; the "
        "contact line and occupied area are generalised to a 0.25° grid; amounts are rounded to two "
        "significant figures; notes are left out."
    )


@dataclass(frozen=True)
class ReleasedFinding:
    """A finding as a released output states it: the rule, not the details (which name units,
    sites and distances)."""

    rule: str
    severity: str
    count: int
    text: str


def release_findings(findings: Iterable[Finding]) -> list[ReleasedFinding]:
    """The findings of the exact plan, one line per rule (in the order first met) with how many
    findings it had and the rule's own description instead of the messages."""
    seen: dict[str, list[Finding]] = {}
    for f in findings:
        seen.setdefault(f.rule, []).append(f)
    return [ReleasedFinding(r, fs[0].severity, len(fs), rule(r).description) for r, fs in seen.items()]
