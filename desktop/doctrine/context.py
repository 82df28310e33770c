"""One plan seen under one profile in one phase: the facts every rule and metric reads.

A :class:`Context` is built once per evaluation. Cheap facts (units in the phase, troop counts)
are plain attributes; geographic facts are computed on first use, in one vectorised call for all
the units that need them, and kept (``cached_property``), so each costs at most once per check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

import numpy as np

from desktop import geo
from desktop.catalogue import in_group
from desktop.doctrine.params import effective_parameters, priority_site_points
from desktop.model import UNIT_KINDS, Geometry, Plan, Position, Unit

#: The United States: its units and contributions are the subject of the US-support rules.
US = "US"


def is_us(code: str) -> bool:
    return in_group(code, "us")


def is_host(code: str) -> bool:
    """Ukraine (the ``host`` group): its own forces are context, not the mission (doctrine.md)."""
    return in_group(code, "host")


def without_us(plan: Plan) -> Plan:
    """The plan with every US unit and every US contribution removed (nothing else changes)."""
    return replace(
        plan,
        units=tuple(u for u in plan.units if not is_us(u.nation)),
        contributions=tuple(c for c in plan.contributions if not is_us(c.nation)),
    )


def domain(kind: str) -> str | None:
    return UNIT_KINDS.get(kind)


def anchor(u: Unit) -> Position:
    """The unit's single position (its point, or its first vertex); fast path for points."""
    g = u.geometry
    if g.type == "Point":
        c = g.coordinates
        return (float(c[0]), float(c[1]))
    return u.position


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


class Context:
    """The plan, the profile and phase being checked, and the facts derived from them.

    ``units`` are the units listed in the phase, in plan order, the host's (UA) included; index
    arrays (``np.intp``) returned by the helpers refer to positions in ``units``. The helpers
    that select units (:meth:`of_kinds`, :meth:`of_domains`, :meth:`deployed_of_kinds`) give
    the mission's units only: the host's are counted and flagged by no rule but GEO-OCCUPIED and
    SEA-ON-LAND (doctrine.md, "Nation groups").
    """

    def __init__(self, plan: Plan, profile: str, phase: str) -> None:
        self.plan = plan
        self.profile = profile
        self.phase = phase
        self.params = effective_parameters(plan, profile)
        self.units: tuple[Unit, ...] = plan.units_in_phase(phase)
        self.kinds: list[str] = [u.kind for u in self.units]
        self._selections: dict[tuple[str, frozenset[str]], np.ndarray] = {}
        self._phases: dict[str, Context] = {}  # other phases asked for (:meth:`in_phase`)

    # -- selections --------------------------------------------------------------------------

    @cached_property
    def host(self) -> np.ndarray:
        """For each unit: is it the host's (UA)."""
        return np.fromiter((is_host(u.nation) for u in self.units), dtype=bool, count=len(self.units))

    @cached_property
    def _host_list(self) -> list[bool]:
        return self.host.tolist()  # plain bools: indexing a list is far cheaper than an array

    def _mission(self, wanted: Iterable[int]) -> np.ndarray:
        host = self._host_list
        return np.fromiter((i for i in wanted if not host[i]), dtype=np.intp)

    def of_kinds(self, *kinds: str) -> np.ndarray:
        """The mission's units of these kinds (listed in the phase, wherever they stand; the
        host's left out). Read-only; kept, the rules ask the same often."""
        key = ("kind", frozenset(kinds))
        idx = self._selections.get(key)
        if idx is None:
            wanted = key[1]
            idx = self._selections[key] = _frozen(self._mission(i for i, k in enumerate(self.kinds) if k in wanted))
        return idx

    def of_domains(self, *domains: str) -> np.ndarray:
        """The mission's units of these domains (read-only, kept as :meth:`of_kinds`)."""
        key = ("domain", frozenset(domains))
        idx = self._selections.get(key)
        if idx is None:
            wanted = key[1]
            found = (i for i, k in enumerate(self.kinds) if domain(k) in wanted)
            idx = self._selections[key] = _frozen(self._mission(found))
        return idx

    def deployed_of_kinds(self, *kinds: str) -> np.ndarray:
        """The mission's units of these kinds deployed in the phase (doctrine.md, "Deployed")."""
        idx = self.of_kinds(*kinds)
        return idx[self.deployed[idx]] if idx.size else idx

    def has_kind(self, kind: str) -> bool:
        """Whether a mission unit of this kind is deployed in the phase."""
        return kind in self.kind_set

    @cached_property
    def kind_counts(self) -> dict[str, int]:
        """Kind -> how many of the mission's units of that kind are deployed (a running count the
        incremental engine keeps up to date, desktop/doctrine/incremental.py)."""
        counts: dict[str, int] = {}
        for i in np.flatnonzero(self.deployed & ~self.host).tolist():
            counts[self.kinds[i]] = counts.get(self.kinds[i], 0) + 1
        return counts

    @cached_property
    def kind_set(self) -> frozenset[str]:
        """The kinds of the mission's deployed units."""
        return frozenset(k for k, n in self.kind_counts.items() if n)

    def pick(self, idx: Iterable[int]) -> list[Unit]:
        return [self.units[int(i)] for i in idx]

    # -- positions and where they are --------------------------------------------------------

    @cached_property
    def lonlat(self) -> tuple[np.ndarray, np.ndarray]:
        """Anchor (lon, lat) of every unit in the phase, as two arrays."""
        return geo.positions_xy(anchor(u) for u in self.units)

    def xy(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        lon, lat = self.lonlat
        return lon[idx], lat[idx]

    @cached_property
    def inside(self) -> np.ndarray:
        """For each unit: does its position lie inside Ukraine (sea units: False, not judged)."""
        out = np.zeros(len(self.units), dtype=bool)
        idx = np.fromiter((i for i, k in enumerate(self.kinds) if domain(k) != "maritime"), dtype=np.intp)
        if idx.size:
            out[idx] = geo.in_ukraine_many(*self.xy(idx))
        return out

    @cached_property
    def sea_vertices(self) -> dict[int, list[str | None]]:
        """Sea unit index -> the sea of each of its distinct vertices (None: not at sea)."""
        idx = [i for i, k in enumerate(self.kinds) if domain(k) == "maritime"]
        vertices = [list(dict.fromkeys(self.units[i].geometry.positions())) for i in idx]
        seas = geo.sea_of_many(*geo.positions_xy(p for vs in vertices for p in vs))
        out, start = {}, 0
        for i, vs in zip(idx, vertices, strict=True):
            out[i] = seas[start : start + len(vs)]
            start += len(vs)
        return out

    @cached_property
    def deployed(self) -> np.ndarray:
        """For each unit: deployed where its kind serves (doctrine.md, "Deployed"): land units and
        air-defence batteries inside Ukraine, sea units with a vertex at sea, jets and ISR
        anywhere."""
        out = self.inside.copy()
        out[np.fromiter((k in _FLY_FROM_ANYWHERE for k in self.kinds), dtype=bool, count=len(self.kinds))] = True
        for i, seas in self.sea_vertices.items():
            out[i] = any(s is not None for s in seas)
        return out

    def in_black_sea(self, i: int) -> bool:
        """Whether the sea unit ``i`` has its point or a vertex in the Black Sea."""
        return "Black Sea" in self.sea_vertices.get(i, ())

    @cached_property
    def black_sea(self) -> np.ndarray:
        """For each unit: is it a sea unit with its point or a vertex in the Black Sea."""
        out = np.zeros(len(self.units), dtype=bool)
        for i, seas in self.sea_vertices.items():
            out[i] = "Black Sea" in seas
        return out

    @cached_property
    def outside_ukraine(self) -> np.ndarray:
        """Indices of the mission's land units and air-defence batteries outside Ukraine."""
        idx = np.union1d(self.of_domains("land"), self.of_kinds("air.defence"))
        return idx[~self.inside[idx]] if idx.size else idx

    @cached_property
    def staging(self) -> frozenset[int]:
        """Indices of land units outside Ukraine: staging, so left out of the troop count."""
        inside = self.inside.tolist()
        return frozenset(i for i, k in enumerate(self.kinds) if not inside[i] and domain(k) == "land")

    @cached_property
    def oblast_index(self) -> np.ndarray:
        """Index into ``geo.oblasts()`` of every unit's oblast (-1 outside Ukraine)."""
        return geo.oblast_index_many(*self.lonlat)

    def region_of(self, idx: np.ndarray) -> list[geo.Oblast | None]:
        infos = geo.oblasts()
        return [infos[j] if j >= 0 else None for j in self.oblast_index[idx].tolist()]

    # -- plan geometries ---------------------------------------------------------------------

    def plan_geometries(self, kind: str) -> list[Geometry]:
        return [g.geometry for g in self.plan.geometries if g.kind == kind]

    @cached_property
    def contact_lines(self) -> list[Geometry]:
        return self.plan_geometries("contact_line")

    @cached_property
    def occupied_areas(self) -> list[Geometry]:
        return self.plan_geometries("occupied_area")

    def contact_line_km(self, idx: np.ndarray) -> np.ndarray:
        """Distance of the given units to the nearest contact line (inf when there is none)."""
        lon, lat = self.xy(idx)
        d = np.full(lon.shape, np.inf)
        for line in self.contact_lines:
            d = np.minimum(d, geo.distance_km_many(line, lon, lat))
        return d

    # -- counting ----------------------------------------------------------------------------

    @cached_property
    def units_by_nation(self) -> dict[str, list[Unit]]:
        """Nation -> its units in the phase, in plan order (the host's left out)."""
        out: dict[str, list[Unit]] = {}
        for u, host in zip(self.units, self._host_list, strict=True):
            if not host:
                out.setdefault(u.nation, []).append(u)
        return out

    @cached_property
    def troops_by_nation(self) -> dict[str, int]:
        """Nation -> troops in the phase (doctrine.md "Counting"), for every nation with a unit
        in the phase, sorted by nation code; staging land units outside Ukraine and the host's
        units count 0."""
        out: dict[str, int] = {}
        staging = self.staging
        host = self._host_list
        for i, u in enumerate(self.units):
            out[u.nation] = out.get(u.nation, 0) + (0 if i in staging or host[i] else int(u.strength))
        return dict(sorted(out.items()))

    @cached_property
    def total_troops(self) -> int:
        return sum(self.troops_by_nation.values())

    def contributes_troops(self, code: str) -> bool:
        return self.troops_by_nation.get(code, 0) > 0

    # -- priority sites ----------------------------------------------------------------------

    @cached_property
    def site_points(self) -> list[tuple[str, float, float]]:
        """Effective priority sites the rules can place: (name, lon, lat), in order."""
        return priority_site_points(self.plan, self.profile)

    @cached_property
    def sites(self) -> list[str]:
        """Names of the effective priority sites that can be placed, in order."""
        return [name for name, _, _ in self.site_points]

    def _cover(self, idx: np.ndarray, radii_km: np.ndarray | float) -> np.ndarray:
        """(sites × units): is the site within ``radii_km`` of the unit (columns of ``idx`` only)."""
        out = np.zeros((len(self.site_points), len(self.units)), dtype=bool)
        if idx.size and self.site_points:
            lon, lat = self.xy(idx)
            r = np.broadcast_to(np.asarray(radii_km, dtype=float), lon.shape)
            for j, (_, x, y) in enumerate(self.site_points):
                out[j, idx] = geo.geodesic_km_many(x, y, lon, lat) <= r
        return out

    @cached_property
    def ad_cover(self) -> np.ndarray:
        """(sites × units): does the site lie inside the range ring of the unit, a deployed air-
        defence battery of the mission (AIR-COVERAGE; a column per unit, so one unit's move
        changes one column)."""
        ad = self.deployed_of_kinds("air.defence")
        return self._cover(ad, np.array([self.units[i].range_km or 0.0 for i in ad.tolist()], dtype=float))

    @cached_property
    def protect_cover(self) -> np.ndarray:
        """(sites × units): does the unit, a deployed land unit or air-defence battery of the
        mission, stand within protect_radius_km of the site (PROTECT-PRIORITIES)."""
        idx = np.union1d(self.deployed_of_kinds(*LAND_KINDS), self.deployed_of_kinds("air.defence"))
        return self._cover(idx, self.params["protect_radius_km"])

    @cached_property
    def belarus_km(self) -> np.ndarray:
        """For each unit: km to the Belarusian border if it is a deployed combat-ready land unit of
        the mission, else inf (GEO-BELARUS)."""
        out = np.full(len(self.units), np.inf)
        idx = self.deployed_of_kinds("land.combat")
        if idx.size:
            out[idx] = geo.distance_to_border_km_many(geo.BELARUS, *self.xy(idx))
        return out

    def sites_within(self, idx: np.ndarray, radii_km: np.ndarray | float) -> np.ndarray:
        """For each site: is one of the units ``idx`` within its radius (edge included)."""
        lon, lat = self.xy(idx)
        return geo.points_within_km([(x, y) for _, x, y in self.site_points], lon, lat, radii_km)

    # -- variants ----------------------------------------------------------------------------

    #: Facts that do not depend on the profile (shared by :meth:`for_profile`).
    SHARED_FACTS: tuple[str, ...] = (
        "kind_counts", "kind_set", "belarus_km", "black_sea", "lonlat", "host", "inside", "sea_vertices", "deployed",
        "outside_ukraine", "staging", "oblast_index", "contact_lines", "occupied_areas", "units_by_nation",
        "troops_by_nation", "total_troops",
    )  # fmt: skip

    def for_profile(self, profile: str) -> Context:
        """The same plan and phase under another profile, reusing the facts already computed that
        do not depend on the profile (positions, regions, counts), so a second profile costs only
        its rules."""
        other = Context(self.plan, profile, self.phase)
        other._selections = self._selections
        for name in self.SHARED_FACTS:
            if name in self.__dict__:
                other.__dict__[name] = self.__dict__[name]
        if "without_us" in self.__dict__:
            other.__dict__["without_us"] = self.__dict__["without_us"].for_profile(profile)
        return other

    @cached_property
    def without_us(self) -> Context:
        """The same check on the plan with every US unit and contribution removed.

        Its units are this context's minus the US's, in the same order, so the facts about each
        unit already known here (positions, inside Ukraine, deployed, the host's) are carried over
        rather than computed again."""
        bare = Context(without_us(self.plan), self.profile, self.phase)
        keep = np.fromiter((not is_us(u.nation) for u in self.units), dtype=bool, count=len(self.units))
        index = np.cumsum(keep) - 1  # position in ``bare.units`` of each kept unit
        for name in ("host", "inside", "deployed"):
            if name in self.__dict__:
                bare.__dict__[name] = self.__dict__[name][keep]
        if "lonlat" in self.__dict__:
            lon, lat = self.__dict__["lonlat"]
            bare.__dict__["lonlat"] = (lon[keep], lat[keep])
        if "sea_vertices" in self.__dict__:
            bare.__dict__["sea_vertices"] = {int(index[i]): v for i, v in self.sea_vertices.items() if keep[i]}
        return bare

    def in_phase(self, phase: str) -> Context:
        """The same check in another phase (this context when it is the one viewed); kept, so
        the incremental engine can carry it from one edit to the next."""
        if phase == self.phase:
            return self
        other = self._phases.get(phase)
        if other is None:
            other = self._phases[phase] = Context(self.plan, self.profile, phase)
        return other


#: The kinds of the land domain.
LAND_KINDS = tuple(k for k, d in UNIT_KINDS.items() if d == "land")

#: Kinds that serve from anywhere: jets and sensors fly from bases outside the country.
_FLY_FROM_ANYWHERE = frozenset({"air.policing", "air.isr"})
