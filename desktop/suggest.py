"""From findings to fixes: proposals that mend the plan's findings (``suggest``, shared/cli.md).

Pure (no Qt, no database, no files). Every proposal is a short list of edits (move a unit, add a
unit from a catalogue template, change a unit's fields), and is kept only when, applied to the
plan, it clears the finding it answers and brings in no error-severity finding: each candidate is
judged by the same engine that ``check`` runs (:func:`desktop.doctrine.evaluate`).

Air-defence placement is solved as what it is, a maximal covering location problem
(:func:`place_air_defence`), with ``scipy.optimize.milp`` (HiGHS). Candidate positions are the
finite dominating set of the planar problem (Church 1984): the priority sites themselves and the
intersection points of the range circles drawn round every pair of sites, for each battery
range; plus the batteries' own positions and a coarse grid, all filtered by the principles (inside
Ukraine, not on the occupied side, beyond the tripwire distance, not in the east under ``mfu``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy as np

from desktop import catalogue, geo
from desktop.doctrine import evaluate
from desktop.doctrine.engine import context as doctrine_context
from desktop.doctrine.registry import Finding
from desktop.edits import Delta
from desktop.i18n import catalogue_label, format_number, phase_label, place_name, translate
from desktop.model import UNIT_KINDS, Geometry, Plan, Unit

# ---------------------------------------------------------------------------------------------
# Proposals
# ---------------------------------------------------------------------------------------------

#: The host nation: its forces are context, never moved or added by a proposal (doctrine.md).
HOST = "UA"
#: Kilometres kept clear of a limit when a position is chosen (a proposal must not sit on the edge).
MARGIN_KM = 5.0
#: How many of the nearest allowed positions are judged by the full engine per unit.
TRIES = 6
#: Grid step (degrees) of the candidate positions on land and at sea.
LAND_STEP = 0.2
SEA_STEP = 0.1


@dataclass(frozen=True)
class Edit:
    """One change to the plan: ``move`` a unit to ``to``, ``add`` a unit (``fields`` describe it,
    ``to`` its position), or ``change`` some of a unit's ``fields``."""

    op: str
    id: str
    to: tuple[float, float] | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.op, "id": self.id}
        if self.to is not None:
            out["to"] = [round(self.to[0], 5), round(self.to[1], 5)]
        if self.fields:
            out["fields"] = {k: list(v) if isinstance(v, tuple) else v for k, v in self.fields.items()}
        return out


@dataclass(frozen=True)
class Proposal:
    """A fix for ``finding``: the edits, the findings they clear (keys, see :func:`finding_key`)
    and one sentence saying what changes."""

    finding: Finding
    edits: tuple[Edit, ...]
    clears: tuple[str, ...]
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "finding": {
                "rule": self.finding.rule,
                "units": list(self.finding.units),
                "sites": list(self.finding.sites),
                "nations": list(self.finding.nations),
            },
            "edits": [e.to_dict() for e in self.edits],
            "clears": list(self.clears),
            "summary": self.summary,
        }


def finding_key(f: Finding) -> str:
    """A finding's identity across evaluations: ``RULE`` or ``RULE:what it concerns``."""
    depends = getattr(f, "depends", None)
    what = f.units or f.sites or f.nations
    parts = ([depends] if depends else []) + list(what)
    return f"{f.rule}:{','.join(parts)}" if parts else f.rule


# ---------------------------------------------------------------------------------------------
# Applying edits
# ---------------------------------------------------------------------------------------------


def apply_edits(plan: Plan, edits: Iterable[Edit]) -> Plan:
    """The plan with the edits made, in order (``KeyError`` for a unit that is not there)."""
    for e in edits:
        if e.op == "move":
            assert e.to is not None
            u = plan.unit(e.id)
            plan = plan.with_unit(replace(u, geometry=u.geometry.moved_to(*e.to)))
        elif e.op == "add":
            assert e.to is not None
            values = dict(e.fields)
            values["phases"] = tuple(values.get("phases", ()))
            values["roles"] = tuple(values.get("roles", ()))
            plan = plan.with_unit(Unit(id=e.id, geometry=Geometry.point(*e.to), **values))
        elif e.op == "change":
            u = plan.unit(e.id)
            values = {k: tuple(v) if isinstance(v, list) else v for k, v in e.fields.items()}
            plan = plan.with_unit(replace(u, **values))
        else:
            raise ValueError(f"unknown edit {e.op!r}")
    return plan


# ---------------------------------------------------------------------------------------------
# Where a unit may stand
# ---------------------------------------------------------------------------------------------


@cache
def _land_grid() -> tuple[np.ndarray, np.ndarray]:
    w, s, e, n = 22.0, 44.3, 40.3, 52.4
    lon, lat = np.meshgrid(np.arange(w, e, LAND_STEP), np.arange(s, n, LAND_STEP))
    lon, lat = lon.ravel(), lat.ravel()
    inside = geo.in_ukraine_many(lon, lat)
    return lon[inside], lat[inside]


@cache
def _black_sea_grid() -> tuple[np.ndarray, np.ndarray]:
    lon, lat = np.meshgrid(np.arange(27.5, 42.0, SEA_STEP), np.arange(41.0, 47.0, SEA_STEP))
    lon, lat = lon.ravel(), lat.ravel()
    keep = np.array([s == "Black Sea" for s in geo.sea_of_many(lon, lat)], dtype=bool)
    return lon[keep], lat[keep]


@dataclass(frozen=True)
class Rules:
    """The geographic limits a proposed land or air-defence position keeps (the plan's own
    parameters under the profile)."""

    profile: str
    occupied: tuple[Geometry, ...]
    contact: tuple[Geometry, ...]
    tripwire_km: float
    threat_km: float
    belarus_km: float

    @staticmethod
    def of(plan: Plan, profile: str, phase: str) -> Rules:
        ctx = doctrine_context(plan, profile, phase)
        p = ctx.params
        return Rules(
            profile=ctx.profile,
            occupied=tuple(ctx.occupied_areas),
            contact=tuple(ctx.contact_lines),
            tripwire_km=float(p.get("tripwire_km", 30)),
            threat_km=float(p.get("max_threat_distance_km", 250)),
            belarus_km=float(p.get("belarus_cover_km", 150)),
        )

    def contact_km(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        d = np.full(lon.shape, np.inf)
        for line in self.contact:
            d = np.minimum(d, geo.distance_km_many(line, lon, lat))
        return d

    def allowed(self, kind: str, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Which positions a unit of ``kind`` may be proposed at (inside Ukraine, off the occupied
        side, beyond the tripwire, out of the east under mfu, out of the west for combat units and
        headquarters under ecfr, near a threat for combat units under ecfr)."""
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        ok = geo.in_ukraine_many(lon, lat)
        for area in self.occupied:
            ok &= ~geo.inside_many(area, lon, lat)
        if self.contact:
            ok &= self.contact_km(lon, lat) > self.tripwire_km + MARGIN_KM
        regions = np.array(geo.macro_regions_of_many(lon, lat), dtype=object)
        if self.profile == "mfu":
            ok &= regions != "east"
        if self.profile == "ecfr" and kind in ("land.combat", "land.hq"):
            ok &= regions != "west"
        if self.profile == "ecfr" and kind == "land.combat":
            near = np.minimum(
                geo.distance_to_border_km_many(geo.RUSSIA, lon, lat),
                geo.distance_to_border_km_many(geo.BELARUS, lon, lat),
            )
            near = np.minimum(near, self.contact_km(lon, lat))
            ok &= near < self.threat_km - MARGIN_KM
        return ok


def _nearest(
    lon0: float, lat0: float, lon: np.ndarray, lat: np.ndarray, count: int = TRIES
) -> list[tuple[float, float]]:
    if not lon.size:
        return []
    d = geo.geodesic_km_many(lon0, lat0, lon, lat)
    order = np.argsort(d, kind="stable")[:count]
    return [(float(lon[i]), float(lat[i])) for i in order]


def _closer(
    start: tuple[float, float], good: tuple[float, float], ok: Callable[[float, float], bool]
) -> tuple[float, float]:
    """Walk from ``good`` back towards ``start`` while ``ok`` holds (bisection, 8 steps): the
    nearest allowed point on that line, so a unit moves no farther than it must."""
    lo, hi = 0.0, 1.0  # fraction of the way from start to good; hi is known good
    for _ in range(8):
        mid = (lo + hi) / 2
        p = (start[0] + (good[0] - start[0]) * mid, start[1] + (good[1] - start[1]) * mid)
        if ok(*p):
            hi = mid
        else:
            lo = mid
    return (start[0] + (good[0] - start[0]) * hi, start[1] + (good[1] - start[1]) * hi)


# ---------------------------------------------------------------------------------------------
# Judging a candidate fix with the engine
# ---------------------------------------------------------------------------------------------


class _Judge:
    """The plan's findings before, and the test every candidate fix must pass."""

    def __init__(self, plan: Plan, profile: str, phase: str) -> None:
        self.plan, self.profile, self.phase = plan, profile, phase
        self.before = evaluate(plan, profile, phase)
        self.before_keys = {finding_key(f) for f in self.before}
        self.rules = Rules.of(plan, profile, phase)

    def outcome(self, edits: Sequence[Edit]) -> tuple[set[str], set[str], int] | None:
        """(cleared keys, new error keys, new finding count), or None when the edits do not apply."""
        try:
            after = evaluate(apply_edits(self.plan, edits), self.profile, self.phase)
        except (KeyError, ValueError, TypeError):
            return None
        keys = {finding_key(f) for f in after}
        new_errors = {finding_key(f) for f in after if f.severity == "error"} - self.before_keys
        return self.before_keys - keys, new_errors, len(keys - self.before_keys)

    def best(self, target: str, options: Iterable[tuple[Sequence[Edit], str]]) -> Proposal | None:
        """The first-ranked option that clears ``target`` and adds no error, preferring those that
        add the fewest new findings (options come nearest first)."""
        chosen: tuple[int, int, Sequence[Edit], str, set[str]] | None = None
        for rank, (edits, summary) in enumerate(options):
            out = self.outcome(edits)
            if out is None:
                continue
            cleared, new_errors, new_count = out
            if target not in cleared or new_errors:
                continue
            if chosen is None or (new_count, rank) < (chosen[0], chosen[1]):
                chosen = (new_count, rank, edits, summary, cleared)
            if new_count == 0:
                break
        if chosen is None:
            return None
        finding = next(f for f in self.before if finding_key(f) == target)
        return Proposal(finding, tuple(chosen[2]), tuple(sorted(chosen[4])), chosen[3])


# ---------------------------------------------------------------------------------------------
# Fixes, one small function per kind of finding
# ---------------------------------------------------------------------------------------------

Fixer = Callable[[_Judge, Finding], Proposal | None]


def _label(u: Unit) -> str:
    return u.name or f"{u.nation} {u.kind}"


def _place_name(lon: float, lat: float) -> str:
    """The nearest city of the geo data, to say where a position is."""
    best, best_d = "", math.inf
    for p in geo.places().values():
        if p.kind != "city":
            continue
        d = geo.geodesic_km(lon, lat, p.lon, p.lat)
        if d < best_d:
            best, best_d = p.name, d
    if best_d > 5:
        return translate("Suggest", "{km} km from {place}").format(km=format_number(best_d), place=place_name(best))
    return translate("Suggest", "at {place}").format(place=place_name(best))


def _move_options(judge: _Judge, u: Unit) -> Iterator[tuple[Sequence[Edit], str]]:
    lon0, lat0 = u.position
    rules = judge.rules
    lon, lat = _land_grid()
    ok = rules.allowed(u.kind, lon, lat)
    for p in _nearest(lon0, lat0, lon[ok], lat[ok]):
        q = _closer((lon0, lat0), p, lambda x, y: bool(rules.allowed(u.kind, np.array([x]), np.array([y]))[0]))
        km = geo.geodesic_km(lon0, lat0, *q)
        text = translate("Suggest", "Move {unit} {km} km, to {where}.")
        yield [Edit("move", u.id, q)], text.format(unit=_label(u), km=format_number(km), where=_place_name(*q))


def fix_move_unit(judge: _Judge, f: Finding) -> Proposal | None:
    """Move the unit to the nearest position where the geographic rules hold."""
    if not f.units or not judge.plan.has_unit(f.units[0]):
        return None
    u = judge.plan.unit(f.units[0])
    if u.geometry.type != "Point":
        return None
    return judge.best(finding_key(f), _move_options(judge, u))


def _all_at_sea(g: Geometry) -> bool:
    lon, lat = geo.positions_xy(g.positions())
    return bool(geo.at_sea_many(lon, lat).all())


def fix_ship_on_land(judge: _Judge, f: Finding) -> Proposal | None:
    """Move a ship (or its route or area) to the nearest position where every vertex is at sea."""
    if not f.units or not judge.plan.has_unit(f.units[0]):
        return None
    u = judge.plan.unit(f.units[0])
    lon0, lat0 = u.position
    slon, slat = _black_sea_grid()

    def ok(x: float, y: float) -> bool:
        return _all_at_sea(u.geometry.moved_to(x, y))

    def options() -> Iterator[tuple[Sequence[Edit], str]]:
        tried = 0
        for p in _nearest(lon0, lat0, slon, slat, count=60):
            if not ok(*p):
                continue
            q = _closer((lon0, lat0), p, ok)
            km = geo.geodesic_km(lon0, lat0, *q)
            text = translate("Suggest", "Move {unit} {km} km out to sea.").format(unit=_label(u), km=format_number(km))
            yield [Edit("move", u.id, q)], text
            tried += 1
            if tried >= TRIES:
                return

    return judge.best(finding_key(f), options())


def fix_monitoring(judge: _Judge, f: Finding) -> Proposal | None:
    """Give the ceasefire monitoring role back to Ukrainian forces and Western surveillance."""
    if not f.units or not judge.plan.has_unit(f.units[0]):
        return None
    u = judge.plan.unit(f.units[0])
    roles = tuple(r for r in u.roles if r != "ceasefire_monitoring")
    return judge.best(
        finding_key(f),
        [([Edit("change", u.id, fields={"roles": roles})], f"Drop the monitoring role of {_label(u)}.")],
    )


def fix_core_largest(judge: _Judge, f: Finding) -> Proposal | None:
    """Re-assign one unit of the largest contributor to a core nation's command."""
    ctx = doctrine_context(judge.plan, judge.profile, judge.phase)
    troops = ctx.troops_by_nation
    core = [c for c in sorted(catalogue.nation_groups().get("core", ())) if c in troops] or ["GB"]
    top = max((n for n in troops if n not in core), key=lambda n: troops[n], default=None)
    if top is None:
        return None
    lead = max(core, key=lambda c: troops.get(c, 0))
    gap = troops[top] - troops.get(lead, 0)
    units = sorted((u for u in ctx.units if u.nation == top and u.strength * 2 > gap), key=lambda u: u.strength)
    return judge.best(
        finding_key(f),
        (
            ([Edit("change", u.id, fields={"nation": lead})], f"Put {_label(u)} under {lead} command.")
            for u in units[:TRIES]
        ),
    )


def fix_phase_ceasefire(judge: _Judge, f: Finding) -> Proposal | None:
    """Deploy a combat unit already in Ukraine from the ceasefire on, else add one."""
    options: list[tuple[Sequence[Edit], str]] = []
    for u in judge.plan.units:
        if u.kind == "land.combat" and u.phases and "ceasefire" not in u.phases:
            phases = tuple(p for p in ("ceasefire", "settlement", "long_term") if p in u.phases or p == "ceasefire")
            edit = Edit("change", u.id, fields={"phases": phases})
            options.append(([edit], translate("Suggest", "Deploy {unit} from the ceasefire.").format(unit=_label(u))))
    options.extend(_add_options(judge, "land.combat", phases=("ceasefire", "settlement", "long_term")))
    return judge.best(finding_key(f), options)


# -- adding what is missing ----------------------------------------------------------------------

#: What to add for a missing component: (kind, template id), in order of preference.
_TEMPLATE_FOR = {
    "land.combat": "land.battlegroup",
    "land.training": "land.training",
    "land.exercise": "land.exercise",
    "air.defence": "ad.sampt",
    "air.policing": "ftr.typhoon",
    "air.isr": "isr.male_uav",
    "sea.patrol": "sea.frigate_group",
    "sea.mcm": "sea.mcm_group",
}
_FIGHTER_OF = {"FR": "ftr.rafale", "SE": "ftr.gripen", "HU": "ftr.gripen", "CZ": "ftr.gripen",
               "NL": "ftr.f35", "NO": "ftr.f35", "DK": "ftr.f35", "BE": "ftr.f16", "PL": "ftr.f16",
               "RO": "ftr.f16", "PT": "ftr.f16", "GR": "ftr.f16", "TR": "ftr.f16"}  # fmt: skip
_AD_OF = {"GB": "ad.camm", "DE": "ad.iris_slm", "NO": "ad.nasams", "NL": "ad.patriot", "PL": "ad.patriot"}
_PATROL_BOATS = frozenset({"RO", "BG"})
#: Where a new unit of a domain goes when nothing says better (a place of the geo data).
_ANCHOR = {"land": "Kyiv", "air": "Vinnytsia", "maritime": "Odesa"}


def _template_id(kind: str, nation: str) -> str:
    if kind == "air.policing":
        return _FIGHTER_OF.get(nation, _TEMPLATE_FOR[kind])
    if kind == "air.defence":
        return _AD_OF.get(nation, _TEMPLATE_FOR[kind])
    if kind == "sea.patrol" and nation in _PATROL_BOATS:
        return "sea.patrol_boats"
    return _TEMPLATE_FOR[kind]


def _contributors(judge: _Judge, kind: str, *, avoid_us: bool = False, group: str | None = None) -> list[str]:
    """Nations that could provide a unit of ``kind``: contributors first (core, then by troops),
    eligible and not excluded, never the host; with ``group``, only its members (adding one of
    the group's first members when none contributes)."""
    ctx = doctrine_context(judge.plan, judge.profile, judge.phase)
    troops = ctx.troops_by_nation
    groups = catalogue.nation_groups()
    core = groups.get("core", frozenset())

    def fit(n: str) -> bool:
        return (
            catalogue.in_group(n, "eligible")
            and not catalogue.in_group(n, "excluded")
            and n != HOST
            and not (avoid_us and catalogue.in_group(n, "us"))
            and (group is None or n in groups.get(group, frozenset()))
        )

    have = [n for n in troops if fit(n)]
    have.sort(key=lambda n: (n not in core, -troops[n], n))
    if group is not None:
        have += [n for n in sorted(groups.get(group, frozenset())) if fit(n) and n not in have]
    return have[:3]


def _anchor_position(judge: _Judge, kind: str, near: tuple[float, float] | None) -> list[tuple[float, float]]:
    domain = UNIT_KINDS[kind]
    base = near or geo.place(_ANCHOR[domain])
    if domain == "maritime":
        lon, lat = _black_sea_grid()
        return _nearest(*base, lon, lat, count=3)
    lon, lat = _land_grid()
    ok = judge.rules.allowed(kind, lon, lat)
    return _nearest(*base, lon[ok], lat[ok], count=3)


def _add_options(
    judge: _Judge,
    kind: str,
    *,
    near: tuple[float, float] | None = None,
    avoid_us: bool = False,
    group: str | None = None,
    nations: Sequence[str] | None = None,
    phases: tuple[str, ...] = (),
) -> Iterator[tuple[Sequence[Edit], str]]:
    new_id = judge.plan.new_unit_id("fix-")
    for nation in nations if nations is not None else _contributors(judge, kind, avoid_us=avoid_us, group=group):
        t = catalogue.template(_template_id(kind, nation))
        values = {k: v for k, v in t.unit_values().items() if v is not None and v != ()}
        values.update(nation=nation, name=f"{nation} {t.label}")
        if phases:
            values["phases"] = phases
        for pos in _anchor_position(judge, kind, near):
            yield (
                [Edit("add", new_id, pos, values)],
                translate("Suggest", "Add a {nation} {unit}, {where}.").format(
                    nation=nation, unit=catalogue_label(t.label), where=_place_name(*pos)
                ),
            )


def _missing_kinds(f: Finding) -> list[str]:
    """The kinds a 'no … unit' finding names (its message says which are missing)."""
    text = f.message
    names = {
        "land.combat": ("combat",),
        "land.training": ("training",),
        "land.exercise": ("exercise",),
        "air.defence": ("air-defence", "air defence"),
        "air.policing": ("policing", "fighter"),
        "air.isr": ("isr",),
        "sea.patrol": ("patrol",),
        "sea.mcm": ("mine", "demining", "mcm"),
    }
    low = text.lower()
    return [k for k, words in names.items() if any(w in low for w in words)]


_RULE_KINDS = {
    "DOMAIN-LAND": ["land.combat"],
    "DOMAIN-SEA": ["sea.patrol"],
    "SEA-DEMINING": ["sea.mcm"],
    "ISR-GAP": ["air.isr"],
}


def fix_missing(judge: _Judge, f: Finding) -> Proposal | None:
    """Add the missing component from a template of a contributing nation at a sensible place."""
    kinds = _RULE_KINDS.get(f.rule) or [k for k in _missing_kinds(f) if k != "sea.patrol" or f.rule == "DOMAIN-SEA"]
    avoid_us = f.rule == "ISR-GAP"
    options: list[tuple[Sequence[Edit], str]] = []
    for kind in kinds:
        options.extend(_add_options(judge, kind, avoid_us=avoid_us))
    return judge.best(finding_key(f), options)


def fix_core_lead(judge: _Judge, f: Finding) -> Proposal | None:
    """Add a battlegroup of the core nation that contributes no troops."""
    nations = [n for n in f.nations if catalogue.in_group(n, "core")]
    return judge.best(finding_key(f), _add_options(judge, "land.combat", nations=nations))


def fix_sea_multinational(judge: _Judge, f: Finding) -> Proposal | None:
    """Add a patrol group of a nearshore NATO navy (or of a second nation)."""
    options = list(_add_options(judge, "sea.patrol", group="black_sea_nato"))
    options += list(_add_options(judge, "sea.patrol"))
    return judge.best(finding_key(f), options)


def fix_protect(judge: _Judge, f: Finding) -> Proposal | None:
    """Add an air-defence battery of a contributing nation by the unprotected site."""
    if not f.sites:
        return None
    pos = _site_position(judge.plan, f.sites[0])
    if pos is None:
        return None
    return judge.best(finding_key(f), _add_options(judge, "air.defence", near=pos))


def fix_belarus(judge: _Judge, f: Finding) -> Proposal | None:
    """Move the combat unit nearest the Belarusian border to within reach of it, else add one."""
    rules = judge.rules
    limit = rules.belarus_km - MARGIN_KM
    lon, lat = _land_grid()
    ok = rules.allowed("land.combat", lon, lat) & (geo.distance_to_border_km_many(geo.BELARUS, lon, lat) < limit)
    glon, glat = lon[ok], lat[ok]
    combat = [
        u
        for u in judge.plan.units_in_phase(judge.phase)
        if u.kind == "land.combat" and u.geometry.type == "Point" and u.nation != HOST and geo.in_ukraine(*u.position)
    ]
    combat.sort(key=lambda u: geo.distance_to_border_km(geo.BELARUS, *u.position))

    def cond(x: float, y: float) -> bool:
        xs, ys = np.array([x]), np.array([y])
        return bool(rules.allowed("land.combat", xs, ys)[0]) and geo.distance_to_border_km(geo.BELARUS, x, y) < limit

    options: list[tuple[Sequence[Edit], str]] = []
    for u in combat[:3]:
        for p in _nearest(*u.position, glon, glat, count=2):
            q = _closer(u.position, p, cond)
            km = geo.geodesic_km(*u.position, *q)
            text = translate("Suggest", "Move {unit} {km} km, to {where}, within reach of the Belarusian border.")
            options.append(
                ([Edit("move", u.id, q)], text.format(unit=_label(u), km=format_number(km), where=_place_name(*q)))
            )
    near = _nearest(*geo.place("Chernihiv"), glon, glat, count=1)
    if near:
        options.extend(_add_options(judge, "land.combat", near=near[0]))
    return judge.best(finding_key(f), options)


def fix_us_dependence(judge: _Judge, f: Finding) -> Proposal | None:
    """Add a non-US unit that does what only US forces do now."""
    depends = getattr(f, "depends", None) or ""
    kinds = {
        "DOMAIN-LAND": ["land.combat"],
        "DOMAIN-SEA": ["sea.patrol"],
        "SEA-DEMINING": ["sea.mcm"],
        "SEA-MULTINATIONAL": ["sea.patrol"],
        "DOMAIN-AIR": ["air.defence", "air.policing"],
    }.get(depends) or _missing_kinds(f)
    options: list[tuple[Sequence[Edit], str]] = []
    if depends == "AIR-COVERAGE" and f.sites:
        pos = _site_position(judge.plan, f.sites[0])
        if pos is not None:
            options.extend(_add_options(judge, "air.defence", near=pos, avoid_us=True))
    for kind in kinds:
        options.extend(_add_options(judge, kind, avoid_us=True))
    return judge.best(finding_key(f), options)


FIXERS: dict[str, Fixer] = {
    "GEO-WEST-ENTRY": fix_move_unit,
    "GEO-TRIPWIRE": fix_move_unit,
    "GEO-OCCUPIED": fix_move_unit,
    "GEO-EAST": fix_move_unit,
    "GEO-FORWARD": fix_move_unit,
    "GEO-OUTSIDE": fix_move_unit,
    "SEA-ON-LAND": fix_ship_on_land,
    "ROLE-MONITORING": fix_monitoring,
    "CORE-LARGEST": fix_core_largest,
    "CORE-LEAD": fix_core_lead,
    "PHASE-CEASEFIRE": fix_phase_ceasefire,
    "DOMAIN-LAND": fix_missing,
    "DOMAIN-LAND-SUPPORT": fix_missing,
    "DOMAIN-AIR": fix_missing,
    "DOMAIN-SEA": fix_missing,
    "SEA-DEMINING": fix_missing,
    "ISR-GAP": fix_missing,
    "SEA-MULTINATIONAL": fix_sea_multinational,
    "PROTECT-PRIORITIES": fix_protect,
    "GEO-BELARUS": fix_belarus,
    "US-DEPENDENCE": fix_us_dependence,
}
#: Findings no edit of units mends (the plan's mandate, its size, its nations): shown, not fixed.
NO_FIX = ("NAT-EXCLUDED", "NAT-NONALLIED", "NAT-NEUTRAL", "COALITION-BREADTH", "AIR-GENERATION",
          "MANDATE-PEACEKEEPING", "SIZE-MIN", "US-TROOPS", "US-DECLARED", "GEO-WEST-SUPPORT")  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Air-defence placement: a maximal covering location problem
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """The solver's answer: where each battery should stand, what that covers, and how many more
    batteries of the plan's longest range would cover every coverable site."""

    moves: tuple[Edit, ...]
    sites: tuple[str, ...]
    covered_before: tuple[str, ...]
    covered_after: tuple[str, ...]
    mip_gap: float
    extra_batteries: int | None
    extra_positions: tuple[tuple[float, float], ...]
    uncoverable: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sites": list(self.sites),
            "covered_before": list(self.covered_before),
            "covered_after": list(self.covered_after),
            "moves": [m.to_dict() for m in self.moves],
            "mip_gap": self.mip_gap,
            "extra_batteries": self.extra_batteries,
            "extra_positions": [[round(x, 5), round(y, 5)] for x, y in self.extra_positions],
            "uncoverable": list(self.uncoverable),
        }


#: Importance of a priority site by its kind in the geo data (the capital counts as 3).
SITE_WEIGHTS = {"nuclear_plant": 3.0, "city": 2.0, "port": 2.0, "hydro_plant": 1.5}


def _site_position(plan: Plan, name: str) -> tuple[float, float] | None:
    try:
        return geo.place(name)
    except KeyError:
        pass
    for s in plan.priority_sites or ():
        if isinstance(s, Mapping) and s.get("name") == name:
            return (float(s["lon"]), float(s["lat"]))
    return None


def site_weight(name: str) -> float:
    p = geo.places().get(name)
    if p is None:
        return 1.0
    if name == "Kyiv":
        return 3.0
    return SITE_WEIGHTS.get(p.kind, 1.0)


def _circle_intersections(sites: np.ndarray, r_km: float) -> tuple[np.ndarray, np.ndarray]:
    """Intersection points of circles of radius ``r_km`` round every pair of sites (in a local
    equirectangular plane, radius shrunk a little so each point lies inside both discs)."""
    lat0 = float(np.mean(sites[:, 1])) if len(sites) else 48.5
    kx, ky = 111.32 * math.cos(math.radians(lat0)), 110.57
    xy = np.column_stack([sites[:, 0] * kx, sites[:, 1] * ky])
    r = max(r_km * 0.985 - 0.5, 0.0)
    out = []
    for i in range(len(xy)):
        for j in range(i + 1, len(xy)):
            d = float(np.hypot(*(xy[j] - xy[i])))
            if d == 0 or d > 2 * r:
                continue
            a = d / 2
            h = math.sqrt(max(r * r - a * a, 0.0))
            mid = (xy[i] + xy[j]) / 2
            ux, uy = (xy[j] - xy[i]) / d
            out.append((mid[0] - uy * h, mid[1] + ux * h))
            out.append((mid[0] + uy * h, mid[1] - ux * h))
    if not out:
        return np.empty(0), np.empty(0)
    pts = np.array(out)
    return pts[:, 0] / kx, pts[:, 1] / ky


def _coverage(site_xy: np.ndarray, lon: np.ndarray, lat: np.ndarray, r_km: float) -> np.ndarray:
    """cover[i, j]: site i within r_km of candidate j (geodesic)."""
    cov = np.zeros((len(site_xy), lon.size), dtype=bool)
    for i, (sx, sy) in enumerate(site_xy):
        cov[i] = geo.geodesic_km_many(sx, sy, lon, lat) <= r_km
    return cov


def _batteries(plan: Plan, phase: str) -> list[Unit]:
    return [
        u
        for u in plan.units_in_phase(phase)
        if u.kind == "air.defence" and (u.range_km or 0) > 0 and u.geometry.type == "Point" and u.nation != HOST
    ]


def place_air_defence(plan: Plan, profile: str | None = None, phase: str | None = None) -> Placement:
    """Positions for the plan's air-defence batteries that cover the most priority sites.

    Lexicographic objective: the number of sites covered first, then the sites' weights and the
    sites already covered (nothing is uncovered to cover something else when it can be helped),
    then the fewest moves, then the shortest. Then, with the same model as a set cover, how many more
    batteries of the plan's longest range would cover every site that can be covered at all.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    ctx = doctrine_context(plan, profile, phase)
    rules = Rules.of(plan, ctx.profile, ctx.phase)
    names = [s for s in ctx.sites if _site_position(plan, s) is not None]
    site_xy = np.array([_site_position(plan, s) for s in names], dtype=float).reshape(-1, 2)
    bats = _batteries(plan, ctx.phase)
    ranges = sorted({float(b.range_km or 0) for b in bats})

    # candidates: sites, pairwise circle intersections per range, a coarse grid, the batteries
    glon, glat = _land_grid()
    cand_lon = [site_xy[:, 0], glon[::4], np.array([b.position[0] for b in bats])]
    cand_lat = [site_xy[:, 1], glat[::4], np.array([b.position[1] for b in bats])]
    for r in ranges:
        x, y = _circle_intersections(site_xy, r)
        cand_lon.append(x)
        cand_lat.append(y)
    lon, lat = np.concatenate(cand_lon), np.concatenate(cand_lat)
    ok = rules.allowed("air.defence", lon, lat)
    lon, lat = lon[ok], lat[ok]

    def covered_by(positions: Sequence[tuple[float, float]], radii: Sequence[float]) -> set[int]:
        out: set[int] = set()
        for (x, y), r in zip(positions, radii, strict=True):
            if len(site_xy):
                d = geo.geodesic_km_many(x, y, site_xy[:, 0], site_xy[:, 1])
                out |= {int(i) for i in np.flatnonzero(d <= r)}
        return out

    before = covered_by([b.position for b in bats], [float(b.range_km or 0) for b in bats])
    n_s, n_c, n_b = len(names), lon.size, len(bats)
    gap = 0.0
    moves: list[Edit] = []
    after = set(before)
    if n_b and n_s and n_c:
        # variables: x[b, j] (battery b at candidate j), stay[b], y[i]
        cov = {r: _coverage(site_xy, lon, lat, r) for r in ranges}
        n_x = n_b * n_c
        n_var = n_x + n_b + n_s
        weights = np.array([site_weight(s) for s in names])
        secondary = np.array([100.0 * w + (50.0 if i in before else 0.0) for i, w in enumerate(weights)])
        big = float(secondary.sum()) + 2.0 * n_b + 1.0
        c = np.zeros(n_var)
        c[n_x + n_b :] = -(big + secondary)
        for b, u in enumerate(bats):  # a move costs 1, and a little more the farther it goes
            c[b * n_c : (b + 1) * n_c] = geo.geodesic_km_many(*u.position, lon, lat) * 1e-4
        c[n_x : n_x + n_b] = -1.0  # a battery that stays where it is saves one move
        rows, lo, hi = [], [], []
        for b in range(n_b):  # each battery stands at one candidate or stays
            row = np.zeros(n_var)
            row[b * n_c : (b + 1) * n_c] = 1.0
            row[n_x + b] = 1.0
            rows.append(row)
            lo.append(1.0)
            hi.append(1.0)
        here = [covered_by([bats[b].position], [float(bats[b].range_km or 0)]) for b in range(n_b)]
        for i in range(n_s):  # y[i] <= sum of the placements that cover site i
            row = np.zeros(n_var)
            row[n_x + n_b + i] = 1.0
            for b, u in enumerate(bats):
                row[b * n_c : (b + 1) * n_c] -= cov[float(u.range_km or 0)][i]
                if i in here[b]:
                    row[n_x + b] -= 1.0
            rows.append(row)
            lo.append(-np.inf)
            hi.append(0.0)
        res = milp(
            c,
            constraints=LinearConstraint(np.array(rows), lo, hi),
            integrality=np.ones(n_var),
            bounds=Bounds(0, 1),
            options={"time_limit": 20.0},
        )
        if res.x is not None:
            gap = float(getattr(res, "mip_gap", 0.0) or 0.0)
            x = np.round(res.x).astype(int)
            positions = []
            for b, u in enumerate(bats):
                if x[n_x + b]:
                    positions.append(u.position)
                    continue
                j = int(np.flatnonzero(x[b * n_c : (b + 1) * n_c])[0])
                positions.append((float(lon[j]), float(lat[j])))
                moves.append(Edit("move", u.id, (float(lon[j]), float(lat[j]))))
            after = covered_by(positions, [float(u.range_km or 0) for u in bats])
            if len(after) < len(before) or (len(after) == len(before) and after == before):
                moves, after = [], set(before)

    # how many more batteries of the longest range would cover every coverable site
    extra, extra_pos, uncoverable = _extra_batteries(site_xy, lon, lat, after, max(ranges) if ranges else 100.0)
    return Placement(
        moves=tuple(moves),
        sites=tuple(names),
        covered_before=tuple(names[i] for i in sorted(before)),
        covered_after=tuple(names[i] for i in sorted(after)),
        mip_gap=gap,
        extra_batteries=extra,
        extra_positions=extra_pos,
        uncoverable=tuple(names[i] for i in uncoverable),
    )


def _extra_batteries(
    site_xy: np.ndarray, lon: np.ndarray, lat: np.ndarray, covered: set[int], r_km: float
) -> tuple[int | None, tuple[tuple[float, float], ...], list[int]]:
    """Set cover: the fewest candidates of range ``r_km`` covering every uncovered site."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    todo = [i for i in range(len(site_xy)) if i not in covered]
    if not todo:
        return 0, (), []
    x, y = _circle_intersections(site_xy[todo], r_km)
    clon = np.concatenate([lon, site_xy[todo, 0], x])
    clat = np.concatenate([lat, site_xy[todo, 1], y])
    cov = _coverage(site_xy[todo], clon, clat, r_km)
    reachable = cov.any(axis=1)
    uncoverable = [todo[k] for k in np.flatnonzero(~reachable)]
    need = cov[reachable]
    if not need.shape[0]:
        return None, (), uncoverable
    res = milp(
        np.ones(clon.size),
        constraints=LinearConstraint(need.astype(float), 1.0, np.inf),
        integrality=np.ones(clon.size),
        bounds=Bounds(0, 1),
        options={"time_limit": 20.0},
    )
    if res.x is None:
        return None, (), uncoverable
    chosen = np.flatnonzero(np.round(res.x) > 0)
    return len(chosen), tuple((float(clon[j]), float(clat[j])) for j in chosen), uncoverable


def fix_air_coverage(judge: _Judge, f: Finding) -> Proposal | None:
    """Reposition the batteries as the covering model says; if that is not enough, add batteries."""
    placement = place_air_defence(judge.plan, judge.profile, judge.phase)
    options: list[tuple[Sequence[Edit], str]] = []
    if placement.moves:
        n = len(placement.moves)
        text = translate("Suggest", "Reposition %n air-defence battery(ies) to cover more priority sites.", None, n)
        options.append((list(placement.moves), text))
    pos = _site_position(judge.plan, f.sites[0]) if f.sites else None
    if pos is not None:
        options.extend(_add_options(judge, "air.defence", near=pos))
    return judge.best(finding_key(f), options)


FIXERS["AIR-COVERAGE"] = fix_air_coverage


# ---------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------


def fix_for(plan: Plan, finding: Finding, profile: str | None = None, phase: str | None = None) -> Proposal | None:
    """A fix for one finding of the plan as it stands, or None when Posture knows none."""
    ctx = doctrine_context(plan, profile, phase)
    fixer = FIXERS.get(finding.rule)
    return fixer(_Judge(plan, ctx.profile, ctx.phase), finding) if fixer else None


def suggest(plan: Plan, profile: str | None = None, phase: str | None = None) -> tuple[list[Proposal], Plan]:
    """Proposals for the plan's findings, each judged on the plan with the earlier ones applied
    (so they can all be applied together), and the plan with all of them applied."""
    ctx = doctrine_context(plan, profile, phase)
    profile, phase = ctx.profile, ctx.phase
    proposals: list[Proposal] = []
    tried: set[str] = set()
    for _ in range(50):  # each round fixes one finding; a plan has few kinds of finding
        judge = _Judge(plan, profile, phase)
        todo = [f for f in judge.before if finding_key(f) not in tried and f.rule in FIXERS]
        if not todo:
            break
        f = todo[0]
        tried.add(finding_key(f))
        p = FIXERS[f.rule](judge, f)
        if p is None:
            continue
        proposals.append(p)
        tried.update(p.clears)
        plan = apply_edits(plan, p.edits)
    return proposals, plan


def suggest_report(plan: Plan, profile: str | None = None, phase: str | None = None) -> dict[str, Any]:
    """What ``suggest --json`` prints (shared/cli.md), with the air-defence placement."""
    ctx = doctrine_context(plan, profile, phase)
    proposals, _ = suggest(plan, ctx.profile, ctx.phase)
    return {
        "plan": plan.name,
        "profile": ctx.profile,
        "phase": ctx.phase,
        "proposals": [p.to_dict() for p in proposals],
        "air_defence": place_air_defence(plan, ctx.profile, ctx.phase).to_dict(),
    }


def format_report(report: Mapping[str, Any]) -> str:
    """The plain-text form of :func:`suggest_report`."""
    head = translate("Suggest", "Plan: {plan} — profile {profile}, phase {phase}")
    lines = [head.format(plan=report["plan"], profile=report["profile"], phase=phase_label(report["phase"]))]
    if not report["proposals"]:
        lines.append(translate("Suggest", "No fix to propose: every finding Posture can mend is already mended."))
    for n, p in enumerate(report["proposals"], 1):
        clears = translate("Suggest", "clears {findings}").format(findings=", ".join(p["clears"]))
        lines.append(f"{n}. {p['summary']}  ({clears})")
    ad = report["air_defence"]
    if ad["sites"]:
        text = translate(
            "Suggest",
            "Air defence: {covered} of {sites} priority sites covered as placed, {best} at best with the same "
            "batteries (optimality gap {gap}).",
        )
        lines.append(
            text.format(
                covered=len(ad["covered_before"]),
                sites=len(ad["sites"]),
                best=len(ad["covered_after"]),
                gap=format_number(100 * ad["mip_gap"], 2) + "\u202f%",
            )
        )
        if ad["extra_batteries"]:
            more = translate(
                "Suggest",
                "%n more battery(ies) of the longest range would cover every site an allowed position can reach.",
                None,
                int(ad["extra_batteries"]),
            )
            lines.append("  " + more)
        if ad["uncoverable"]:
            none = translate("Suggest", "No allowed position covers: {sites}.")
            lines.append("  " + none.format(sites=", ".join(ad["uncoverable"])))
    return "\n".join(lines)


def as_delta(plan: Plan, edits: Sequence[Edit]) -> Delta:
    """The edits as one :class:`~desktop.edits.Delta` of the plan (one undo step in the window)."""
    after = apply_edits(plan, edits)
    put = []
    for i, u in enumerate(after.units):
        if not plan.has_unit(u.id) or plan.unit(u.id) != u:
            put.append((i, u))
    return Delta(put=tuple(put))
