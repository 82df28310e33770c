"""Release mode and releasability: what a plan shows to someone who may not see all of it.

Two pure transformations of a plan; every released output (export, print, package, compare) is
built from their result only, so nothing they leave out can reach the output. No Qt, no files.

**Release mode** (:func:`release_plan`, ``--release``): the principle of ambiguity of doctrine.md
(second reading). The rules (also printed on the sheet, :func:`release_note`):

* **Positions.** Each unit is moved to the label point (pole of inaccessibility,
  ``geo/labels.geojson``) of the area holding its position (the doctrine's anchor: the point, or
  the first vertex of a route or area): its oblast in Ukraine (Kyiv and Sevastopol cities are
  first-level units of their own); outside Ukraine, the neighbour country holding it, else the
  sea holding it, else the nearest neighbour country or sea. A route or area becomes that point.
  Units that share an area are **spread** around its label point on a hexagonal grid (about
  12 km apart, closer in a small area), each slot inside the same area, in the release order (kind,
  nation, rounded strength…), never in the plan's order or by the exact position, so they stay
  distinguishable and say nothing more about where they are. A unit stays in or out of Ukraine
  (and at sea), so the doctrine's counting rule (staging) is unchanged.
* **Strengths** are rounded half up: to the nearest 100 from 100 up, below 100 to the nearest 10
  (a unit with any troops keeps at least 10; 0 stays 0).
* **Free text** is withheld unless it is a public place name of the geo data: unit names become
  the kind's label ("Air-defence battery"); the plan's name becomes :data:`RELEASED_PLAN_NAME`;
  an equipment designation (``system``, ``aircraft``) is kept only when it is one of the
  catalogue's (public designations such as "SAMP/T"), else dropped; priority sites are kept only
  when they are places of the geo data (a planner's own site, with its position, is dropped);
  contribution notes are dropped. **Ids** become opaque sequence ids (``r-1``, ``r-2``…, in the
  release order); the unit's own symbol code, its roles (its tasking) and unknown properties are
  dropped; a ``parent`` is re-pointed to its released id.
* **Withheld** (doctrine.md): the mandate, the declared US support and the parameters (a released
  plan holds the defaults and a released plan file does not state them; outputs say
  :data:`WITHHELD`), the findings and the coverage gaps (outputs say the findings were withheld).
* **Contact line and occupied area** are simplified and snapped to a 0.25° grid (about 25 km);
  a shape that vanishes is dropped.
* **Contributions** lose their notes and unknown properties; amounts are rounded to two
  significant figures, troop pledges like strengths.
* Kept: kind, nation, phases, the classification marking, profile and phase, ``releasable_to``
  (nation codes), and equipment figures (range, generation, aircraft count, ships).

**Releasability** (:func:`release_to`, ``--release-to XX``; plan-format.md ``releasable_to``): a
unit or contribution is releasable to the nations of its ``releasable_to`` (``["ALL"]``: to
every nation); absent, to those of the plan's ``releasable_to``; absent too, to its own nation
only. :func:`release_to` keeps the objects releasable to every recipient (a recipient's own
objects always), the shared plan geometry, and appends ``REL TO <nations>`` to the marking;
parents it does not release are re-pointed to the nearest released ancestor or dropped, so the
result stays a valid plan file. Both combine: ``release_plan(release_to(plan, "PL"))``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from desktop import catalogue, geo, orbat
from desktop.i18n import translate, translate_noop
from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit

#: The name a released plan carries (the plan's own name is free text).
RELEASED_PLAN_NAME = translate_noop("Release", "Released plan")
#: What outputs state for a withheld field (mandate, US support, parameters).
WITHHELD = translate_noop("Release", "withheld (release)")
#: What a released output states instead of its findings.
FINDINGS_WITHHELD = translate_noop("Release", "Findings withheld: a released map does not show the plan's weaknesses.")
#: ``releasable_to`` value meaning every nation.
ALL = "ALL"
#: Spacing (degrees of latitude) of the grid that spreads units sharing an area.
SPREAD_STEP_DEG = 0.11
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


@cache
def public_designations() -> frozenset[str]:
    """The equipment designations (``system``, ``aircraft``) of the catalogue's templates: public
    names a released output may state."""
    out: set[str] = set()
    for t in catalogue.templates():
        values = t.unit_values()
        out.update(str(values[k]) for k in ("system", "aircraft") if values.get(k))
    return frozenset(out)


def _public(text: str | None) -> str | None:
    return text if text is not None and text in public_designations() else None


def _area_test(area: Area) -> Any:
    """A function (lons, lats) -> bool array: the positions that lie in ``area`` (None when the
    area does not hold its own label point, i.e. the unit lies outside the data)."""
    if area.kind == "oblast":
        iso = area.key
        infos = geo.oblasts()
        return lambda x, y: np.array([i >= 0 and infos[i].iso == iso for i in geo.oblast_index_many(x, y)], dtype=bool)
    if area.kind == "country":
        return lambda x, y: np.array([c == area.key for c in geo.country_of_many(x, y)], dtype=bool)
    return lambda x, y: (
        np.array([s == area.key for s in geo.sea_of_many(x, y)], dtype=bool) & ~geo.in_ukraine_many(x, y)
    )


def _hex_offsets(rings: int) -> list[tuple[float, float]]:
    """(dx, dy) of a hexagonal grid of unit spacing, ring by ring from the centre (0, 0)."""
    out = [(0.0, 0.0)]
    corners = [(math.cos(math.radians(60 * k)), math.sin(math.radians(60 * k))) for k in range(7)]
    for r in range(1, rings + 1):
        for side in range(6):
            (x0, y0), (x1, y1) = corners[side], corners[side + 1]
            for step in range(r):
                t = step / r
                out.append((r * (x0 + (x1 - x0) * t), r * (y0 + (y1 - y0) * t)))
    return out


def spread_points(area: Area, n: int) -> list[tuple[float, float]]:
    """``n`` distinct positions inside ``area``: its label point first, then the nearest slots of a
    hexagonal grid around it (:data:`SPREAD_STEP_DEG`, halved until enough slots fall inside)."""
    if n <= 1:
        return [(area.lon, area.lat)][:n]
    inside = _area_test(area)
    step = SPREAD_STEP_DEG
    rings = 1
    while 1 + 3 * rings * (rings + 1) < n:
        rings += 1
    for _ in range(6):
        offsets = _hex_offsets(rings + 3)
        cos_lat = max(math.cos(math.radians(area.lat)), 0.2)
        xs = np.array([area.lon + dx * step / cos_lat for dx, dy in offsets])
        ys = np.array([area.lat + dy * step for dx, dy in offsets])
        ok = inside(xs, ys)
        ok[0] = True  # the label point lies in its area (tests/test_release.py)
        chosen = [(round(float(x), 4), round(float(y), 4)) for x, y, k in zip(xs, ys, ok, strict=True) if k]
        if len(chosen) >= n:
            return chosen[:n]
        step /= 2
    # A sliver of an area: a tight spiral around the label point (still distinguishable).
    offsets = _hex_offsets(rings + 1)
    return [(round(area.lon + dx * 0.005, 4), round(area.lat + dy * 0.005, 4)) for dx, dy in offsets[:n]]


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
            system=_public(u.system),
            range_km=u.range_km,
            aircraft=_public(u.aircraft),
            generation=u.generation,
            count=u.count,
            ships=u.ships,
        )
        for u, a in zip(units, areas, strict=True)
    ]
    released = [_with_releasability(r, u) for r, u in zip(released, units, strict=True)]

    def order_key(i: int) -> tuple[Any, ...]:
        r, a = released[i], areas[i]
        return (
            kind_order.get(r.kind, 99), r.nation, a.kind, a.key, r.strength, r.phases,
            r.system or "", r.aircraft or "", r.range_km or 0, r.generation or 0, r.count or 0, r.ships or 0,
        )  # fmt: skip

    order = sorted(range(len(released)), key=order_key)
    # Spread the units of each area, in the release order.
    by_area: dict[tuple[str, str], list[int]] = {}
    for i in order:
        by_area.setdefault((areas[i].kind, areas[i].key), []).append(i)
    position: dict[int, tuple[float, float]] = {}
    for members in by_area.values():
        for i, p in zip(members, spread_points(areas[members[0]], len(members)), strict=True):
            position[i] = p
    new_ids = {units[i].id: f"r-{n}" for n, i in enumerate(order, start=1)}
    out = []
    for i in order:
        r = replace(released[i], id=new_ids[units[i].id], geometry=Geometry.point(*position[i]))
        parent = orbat.parent_of(units[i])
        out.append(orbat.with_parent(r, new_ids.get(parent) if parent is not None else None))
    return tuple(out)


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


def public_sites(sites: tuple[str | Mapping[str, Any], ...] | None) -> tuple[str, ...] | None:
    """The priority sites a released plan keeps: the places of the geo data, by ``name`` or
    ``name_uk`` (None stays None; a custom {name, lon, lat} site is the plan's own, so withheld)."""
    if sites is None:
        return None
    return tuple(s for s in sites if isinstance(s, str) and geo.find_place(s) is not None)


def _release_contribution(c: Contribution) -> Contribution:
    out = Contribution(c.nation, c.kind, round_amount(c.amount_eur))
    troops = c.extra.get("troops")  # a "troops" pledge (desktop.pledges): rounded like a strength
    if c.kind == "troops" and isinstance(troops, int) and not isinstance(troops, bool):
        out = replace(out, extra={"troops": round_strength(troops)})
    return _with_releasability(out, c)


#: The ``posture`` members a released plan file states (the others hold defaults: withheld).
_RELEASED_DECLARED = frozenset({"format", "name", "profile", "phase", "classification"})


def release_plan(plan: Plan) -> Plan:
    """The plan as released under the principle of ambiguity (module docstring: the rules)."""
    released = Plan(
        name=RELEASED_PLAN_NAME,
        profile=plan.profile,
        phase=plan.phase,
        classification=plan.classification,
        priority_sites=public_sites(plan.priority_sites),
        contributions=tuple(_release_contribution(c) for c in plan.contributions),
        units=_release_units(plan.units),
        geometries=_release_geometries(plan.geometries),
    )
    default = plan_releasable_to(plan)
    if default is not None:
        released = set_plan_releasable_to(released, default)
    return replace(released, declared=_RELEASED_DECLARED)


def release_note() -> str:
    """One paragraph for the reader of a released output: what was generalised and how (in the
    current language)."""
    return translate(
        "Release",
        "Release version (principle of ambiguity): each unit is shown near the centre of its oblast "
        "(outside Ukraine: of its country or sea), not at its position, units of one oblast spread "
        "around it; strengths are rounded to the nearest 100 (below 100: to the nearest 10); unit "
        "names are replaced by their kind; the contact line and occupied area are generalised to a "
        "0.25° grid; amounts are rounded to two significant figures; the mandate, US support, "
        "parameters, findings and coverage gaps are withheld; notes and other free text are left out.",
    )


# ---------------------------------------------------------------------------------------------
# Releasability (plan-format.md ``releasable_to``; ``--release-to XX``)
# ---------------------------------------------------------------------------------------------


def _codes(value: Any) -> tuple[str, ...] | None:
    """A ``releasable_to`` value as a tuple of codes; None when absent or not a list of strings."""
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def releasable_to_of(obj: Unit | Contribution) -> tuple[str, ...] | None:
    """The object's own ``releasable_to`` (None: the plan's default applies)."""
    if hasattr(obj, "releasable_to"):
        return _codes(obj.releasable_to)
    return _codes(obj.extra.get("releasable_to"))


def _with_releasability(new: Any, old: Unit | Contribution) -> Any:
    """``new`` carrying ``old``'s own ``releasable_to`` (nation codes: not free text)."""
    codes = releasable_to_of(old)
    if codes is None:
        return new
    if hasattr(new, "releasable_to"):
        return replace(new, releasable_to=codes)
    return replace(new, extra={**new.extra, "releasable_to": list(codes)})


def plan_releasable_to(plan: Plan) -> tuple[str, ...] | None:
    """The plan's default ``releasable_to`` (None: each object to its own nation only)."""
    if hasattr(plan, "releasable_to"):
        return _codes(plan.releasable_to)
    return _codes(plan.extra.get("releasable_to"))


def set_plan_releasable_to(plan: Plan, codes: Sequence[str] | None) -> Plan:
    """``plan`` with this default ``releasable_to`` (None removes it)."""
    value = tuple(codes) if codes is not None else None
    if hasattr(plan, "releasable_to"):
        return replace(plan, releasable_to=value)  # type: ignore[call-arg]
    extra = {k: v for k, v in plan.extra.items() if k != "releasable_to"}
    if value is not None:
        extra["releasable_to"] = list(value)
    return replace(plan, extra=extra)


def releasable_nations(obj: Unit | Contribution, plan: Plan) -> tuple[str, ...]:
    """Who may receive ``obj``: its own nation first, then the nations it is released to
    (``ALL`` for every nation)."""
    codes = releasable_to_of(obj)
    if codes is None:
        codes = plan_releasable_to(plan) or ()
    return (obj.nation, *(c for c in codes if c != obj.nation))


def is_releasable(obj: Unit | Contribution, plan: Plan, recipient: str) -> bool:
    """Whether ``obj`` may be given to ``recipient`` (plan-format.md ``releasable_to``)."""
    nations = releasable_nations(obj, plan)
    return recipient == obj.nation or ALL in nations or recipient in nations


def parse_recipients(text: str) -> tuple[str, ...]:
    """``"PL"`` or ``"PL,FR"`` as nation codes (upper case, in order, without repeats); ValueError
    naming the code that is not an ISO 3166-1 alpha-2 code of the catalogue."""
    codes: list[str] = []
    for part in text.split(","):
        code = part.strip().upper()
        if not code:
            continue
        if not catalogue.is_nation_code(code):
            raise ValueError(
                translate("Release", "--release-to: {code} is not an ISO 3166-1 alpha-2 nation code").format(
                    code=repr(part.strip())
                )
            )
        if code not in codes:
            codes.append(code)
    if not codes:
        raise ValueError(translate("Release", "--release-to: name at least one nation (e.g. PL, or PL,FR)"))
    return tuple(codes)


def parse_releasable(text: str) -> tuple[str, ...] | None:
    """A ``releasable_to`` as typed: ``""`` (None: the default), ``"ALL"``, or codes such as
    ``"PL, FR"`` (upper case, without repeats); ValueError naming a code that is not a nation's."""
    if not text.strip():
        return None
    parts = [p.strip().upper() for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    if ALL in parts:
        return (ALL,)
    codes: list[str] = []
    for code in parts:
        if not catalogue.is_nation_code(code):
            text = translate("Release", "releasable to: {code} is not an ISO 3166-1 alpha-2 nation code (or ALL)")
            raise ValueError(text.format(code=repr(code)))
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def releasable_text(codes: Sequence[str] | None) -> str:
    """The inverse of :func:`parse_releasable`."""
    return ", ".join(codes) if codes else ""


def rel_to_marking(classification: str, recipients: Sequence[str]) -> str:
    """The marking of a file released to ``recipients``: ``… // REL TO PL, FR``."""
    mark = "REL TO " + ", ".join(recipients)
    base = classification.strip()
    return f"{base} // {mark}" if base else mark


def release_to(plan: Plan, nation: str | Sequence[str]) -> Plan:
    """What ``plan`` shows to ``nation`` (a code, or several: releasable to each of them).

    Keeps the units and contributions releasable to every recipient (plan-format.md
    ``releasable_to``; a recipient's own objects always), the plan's shared geometry (contact
    line, occupied area) and every plan-level field; appends ``REL TO <nations>`` to the
    classification marking; re-points a ``parent`` it does not release to the nearest released
    ancestor (or drops it). The result is a valid plan file. Pure; ``plan`` is not changed.
    """
    recipients = (nation,) if isinstance(nation, str) else tuple(nation)
    if not recipients:
        raise ValueError("release_to: no recipient nation")
    withheld = [u.id for u in plan.units if not all(is_releasable(u, plan, r) for r in recipients)]
    contributions = tuple(c for c in plan.contributions if all(is_releasable(c, plan, r) for r in recipients))
    repointed = {u.id: u for u in orbat.repointed_after_removal(plan, withheld)}
    gone = set(withheld)
    return replace(
        plan,
        units=tuple(repointed.get(u.id, u) for u in plan.units if u.id not in gone),
        contributions=contributions,
        classification=rel_to_marking(plan.classification, recipients),
    )


def withheld_counts(plan: Plan, nation: str | Sequence[str]) -> tuple[int, int]:
    """(units, contributions) of ``plan`` that :func:`release_to` leaves out for ``nation``."""
    shown = release_to(plan, nation)
    return len(plan.units) - len(shown.units), len(plan.contributions) - len(shown.contributions)
