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
from desktop.doctrine.params import effective_parameters, known_priority_sites
from desktop.model import UNIT_KINDS, Geometry, Plan, Position, Unit

#: The United States: its units and contributions are the subject of the US-support rules.
US = "US"


def is_us(code: str) -> bool:
    return in_group(code, "us")


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

    ``units`` are the units deployed in the phase, in plan order; index arrays (``np.intp``)
    returned by the helpers refer to positions in ``units``.
    """

    def __init__(self, plan: Plan, profile: str, phase: str) -> None:
        self.plan = plan
        self.profile = profile
        self.phase = phase
        self.params = effective_parameters(plan, profile)
        self.units: tuple[Unit, ...] = plan.units_in_phase(phase)
        self.kinds: list[str] = [u.kind for u in self.units]
        self._selections: dict[tuple[str, frozenset[str]], np.ndarray] = {}

    # -- selections --------------------------------------------------------------------------

    def of_kinds(self, *kinds: str) -> np.ndarray:
        """Indices of the units of these kinds (read-only; kept, the rules ask the same often)."""
        key = ("kind", frozenset(kinds))
        idx = self._selections.get(key)
        if idx is None:
            wanted = key[1]
            idx = self._selections[key] = _frozen(
                np.fromiter((i for i, k in enumerate(self.kinds) if k in wanted), np.intp)
            )
        return idx

    def of_domains(self, *domains: str) -> np.ndarray:
        """Indices of the units of these domains (read-only, kept as :meth:`of_kinds`)."""
        key = ("domain", frozenset(domains))
        idx = self._selections.get(key)
        if idx is None:
            wanted = key[1]
            found = (i for i, k in enumerate(self.kinds) if domain(k) in wanted)
            idx = self._selections[key] = _frozen(np.fromiter(found, np.intp))
        return idx

    def has_kind(self, kind: str) -> bool:
        return kind in self.kind_set

    @cached_property
    def kind_set(self) -> frozenset[str]:
        return frozenset(self.kinds)

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
    def land_or_air(self) -> np.ndarray:
        return self.of_domains("land", "air")

    @cached_property
    def outside_ukraine(self) -> np.ndarray:
        """Indices of land and air units whose position lies outside Ukraine."""
        idx = self.land_or_air
        return idx[~geo.in_ukraine_many(*self.xy(idx))] if idx.size else idx

    @cached_property
    def staging(self) -> frozenset[int]:
        """Indices of land units outside Ukraine: staging, so left out of the troop count."""
        return frozenset(int(i) for i in self.outside_ukraine if domain(self.kinds[i]) == "land")

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
        """Nation -> its units in the phase, in plan order (one pass, shared by the rules)."""
        out: dict[str, list[Unit]] = {}
        for u in self.units:
            out.setdefault(u.nation, []).append(u)
        return out

    @cached_property
    def troops_by_nation(self) -> dict[str, int]:
        """Nation -> troops in the phase (doctrine.md "Counting"), for every nation with a unit
        in the phase, sorted by nation code; staging land units outside Ukraine count 0."""
        out: dict[str, int] = {}
        staging = self.staging
        for i, u in enumerate(self.units):
            out[u.nation] = out.get(u.nation, 0) + (0 if i in staging else int(u.strength))
        return dict(sorted(out.items()))

    @cached_property
    def total_troops(self) -> int:
        return sum(self.troops_by_nation.values())

    def contributes_troops(self, code: str) -> bool:
        return self.troops_by_nation.get(code, 0) > 0

    # -- priority sites ----------------------------------------------------------------------

    @cached_property
    def sites(self) -> list[str]:
        """Effective priority sites that the geo data can place, in order."""
        return known_priority_sites(self.plan, self.profile)

    def sites_within(self, idx: np.ndarray, radii_km: np.ndarray | float) -> np.ndarray:
        """For each site: is one of the units ``idx`` within its radius (edge included)."""
        lon, lat = self.xy(idx)
        return geo.places_within_km(self.sites, lon, lat, radii_km)

    # -- variants ----------------------------------------------------------------------------

    #: Facts that do not depend on the profile (shared by :meth:`for_profile`).
    SHARED_FACTS: tuple[str, ...] = (
        "kind_set", "lonlat", "land_or_air", "outside_ukraine", "staging", "oblast_index",
        "contact_lines", "occupied_areas", "units_by_nation", "troops_by_nation", "total_troops",
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
        """The same check on the plan with every US unit and contribution removed."""
        return Context(without_us(self.plan), self.profile, self.phase)
