"""The plan as plain, immutable values: units, plan geometries, contributions, the plan itself.

Nothing here knows about Qt, SQLite or files. Every edit produces a new :class:`Plan`
(``dataclasses.replace`` or the ``with_*`` helpers); old values stay valid, which is what
the undo stack and the rules engine rely on.

Vocabulary and defaults follow ``shared/doctrine.md`` and ``shared/plan-format.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

#: Unit kind -> domain (doctrine.md, "Vocabulary").
UNIT_KINDS: dict[str, str] = {
    "land.combat": "land",
    "land.training": "land",
    "land.exercise": "land",
    "land.logistics": "land",
    "land.hq": "land",
    "air.defence": "air",
    "air.policing": "air",
    "air.isr": "air",
    "sea.patrol": "maritime",
    "sea.mcm": "maritime",
}
DOMAINS: tuple[str, ...] = ("land", "air", "maritime")

#: Plan geometries that are not units.
GEOMETRY_KINDS: tuple[str, ...] = ("contact_line", "occupied_area")

#: Which GeoJSON geometry types each kind may have (plan-format.md, "Features").
ALLOWED_GEOMETRIES: dict[str, frozenset[str]] = {
    **{kind: frozenset({"Point"}) for kind in UNIT_KINDS},
    "sea.patrol": frozenset({"Point", "LineString", "Polygon"}),
    "air.policing": frozenset({"Point", "Polygon"}),
    "contact_line": frozenset({"LineString", "MultiLineString"}),
    "occupied_area": frozenset({"Polygon", "MultiPolygon"}),
}

PHASES: tuple[str, ...] = ("ceasefire", "settlement", "long_term")
PROFILES: tuple[str, ...] = ("ecfr", "mfu")
MANDATES: tuple[str, ...] = ("deterrence", "reassurance", "peacekeeping")
US_SUPPORT: tuple[str, ...] = ("none", "financial", "isr_air", "full")
CONTRIBUTION_KINDS: tuple[str, ...] = ("funding", "isr", "equipment", "training", "logistics")

#: Known unit roles; other strings are allowed and kept.
KNOWN_ROLES: tuple[str, ...] = ("ceasefire_monitoring", "entry_point", "protect_infrastructure")

#: Properties that :class:`Unit` models as fields; every other property is kept in ``extra``.
UNIT_FIELDS: tuple[str, ...] = (
    "kind", "nation", "name", "strength", "phases", "roles", "sidc",
    "system", "range_km", "aircraft", "generation", "count", "ships",
)  # fmt: skip

DEFAULT_PLAN_NAME = "Untitled plan"
DEFAULT_CLASSIFICATION = "UNCLASSIFIED"


def domain_of(kind: str) -> str:
    """The domain (land / air / maritime) of a unit kind."""
    return UNIT_KINDS[kind]


# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------

Position = tuple[float, float]  # (lon, lat), as in GeoJSON


@dataclass(frozen=True)
class Geometry:
    """A GeoJSON geometry with coordinates as nested tuples of (lon, lat)."""

    type: str
    coordinates: Any

    @staticmethod
    def point(lon: float, lat: float) -> Geometry:
        return Geometry("Point", (float(lon), float(lat)))

    @staticmethod
    def from_geojson(obj: Mapping[str, Any]) -> Geometry:
        """Build from a GeoJSON geometry mapping (no validation: see ``desktop.planfile``)."""
        return Geometry(str(obj["type"]), _freeze(obj["coordinates"]))

    def to_geojson(self) -> dict[str, Any]:
        return {"type": self.type, "coordinates": _thaw(self.coordinates)}

    def positions(self) -> Iterator[Position]:
        """Every vertex, in order (rings and parts flattened)."""
        yield from _walk(self.coordinates)

    @property
    def anchor(self) -> Position:
        """The position that stands for the whole geometry: the point, or the first vertex."""
        return next(self.positions())

    def translated(self, dlon: float, dlat: float) -> Geometry:
        """The same shape moved by (dlon, dlat) degrees."""
        return Geometry(self.type, _shift(self.coordinates, dlon, dlat))

    def moved_to(self, lon: float, lat: float) -> Geometry:
        """The same shape moved so that its anchor is at (lon, lat)."""
        alon, alat = self.anchor
        if self.type == "Point":
            return Geometry.point(lon, lat)
        return self.translated(lon - alon, lat - alat)


def _is_position(value: Any) -> bool:
    return (
        isinstance(value, (tuple, list))
        and len(value) >= 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    )


def _walk(coords: Any) -> Iterator[Position]:
    if _is_position(coords):
        yield (float(coords[0]), float(coords[1]))
        return
    for part in coords:
        yield from _walk(part)


def _freeze(coords: Any) -> Any:
    if _is_position(coords):
        return tuple(float(v) for v in coords)
    return tuple(_freeze(c) for c in coords)


def _thaw(coords: Any) -> Any:
    if _is_position(coords):
        return list(coords)
    return [_thaw(c) for c in coords]


def _shift(coords: Any, dlon: float, dlat: float) -> Any:
    if _is_position(coords):
        return (coords[0] + dlon, coords[1] + dlat, *coords[2:])
    return tuple(_shift(c, dlon, dlat) for c in coords)


def valid_position(lon: float, lat: float) -> bool:
    """Finite WGS84 longitude/latitude in range."""
    return math.isfinite(lon) and math.isfinite(lat) and -180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0


# ---------------------------------------------------------------------------------------------
# Plan content
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One deployed (or staged) unit of a nation.

    ``phases`` empty means "all three phases" (plan-format.md); use :meth:`in_phase`.
    ``extra`` keeps properties this version does not model, so a round trip loses nothing.
    ``declared`` names the properties of :data:`UNIT_FIELDS` the plan file gave (``kind`` and
    ``nation`` always): the writer writes those even when they hold the default, and leaves out
    undeclared defaults. Empty (a unit made in the app) means "write as usual".
    ``id_is_int``: the file's feature id was a JSON integer (``id`` holds its decimal text).
    """

    id: str
    kind: str
    nation: str
    geometry: Geometry
    name: str = ""
    strength: int = 0
    phases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    sidc: str | None = None
    system: str | None = None
    range_km: float | None = None
    aircraft: str | None = None
    generation: float | None = None
    count: int | None = None
    ships: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    declared: frozenset[str] = frozenset()
    id_is_int: bool = False

    @property
    def domain(self) -> str:
        return UNIT_KINDS[self.kind]

    @property
    def position(self) -> Position:
        """(lon, lat) of the unit: its point, or the first vertex of its route or area."""
        return self.geometry.anchor

    def in_phase(self, phase: str) -> bool:
        return not self.phases or phase in self.phases

    def label(self) -> str:
        """What to call the unit when it has no name."""
        return self.name or f"{self.nation} {self.kind}"


@dataclass(frozen=True)
class PlanGeometry:
    """A plan-level geometry that is not a unit: the contact line or the occupied area.

    ``id_is_int`` as for :class:`Unit`.
    """

    id: str
    kind: str  # "contact_line" | "occupied_area"
    geometry: Geometry
    extra: Mapping[str, Any] = field(default_factory=dict)
    id_is_int: bool = False


@dataclass(frozen=True)
class Contribution:
    """A non-troop pledge of a nation (funding, ISR, equipment, training, logistics).

    ``declared`` names the members the plan file gave, as for :class:`Unit`.
    """

    nation: str
    kind: str
    amount_eur: float | None = None
    note: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)
    declared: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Plan:
    """A whole deployment plan.

    ``id`` is the library's id (``None`` for a plan read from a file and not stored).
    ``priority_sites`` ``None`` means "the profile's default list".
    ``parameters`` holds only the planner's overrides; defaults live with the doctrine.
    ``extra`` keeps unknown members of the file's ``posture`` object.
    ``declared`` names the ``posture`` members the plan file gave (``format`` always); empty (a
    plan made in the app) means the writer writes every plan-level field.
    """

    name: str = DEFAULT_PLAN_NAME
    profile: str = "ecfr"
    phase: str = "ceasefire"
    mandate: str = "deterrence"
    us_support: str = "none"
    classification: str = DEFAULT_CLASSIFICATION
    parameters: Mapping[str, float] = field(default_factory=dict)
    priority_sites: tuple[str, ...] | None = None
    contributions: tuple[Contribution, ...] = ()
    units: tuple[Unit, ...] = ()
    geometries: tuple[PlanGeometry, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    id: int | None = None
    declared: frozenset[str] = frozenset()

    # -- look-ups -------------------------------------------------------------------------

    @cached_property
    def _unit_index(self) -> dict[str, int]:
        return {u.id: i for i, u in enumerate(self.units)}

    def unit(self, unit_id: str) -> Unit:
        """The unit with this id; ``KeyError`` when there is none."""
        return self.units[self._unit_index[unit_id]]

    def has_unit(self, unit_id: str) -> bool:
        return unit_id in self._unit_index

    def geometry(self, kind: str) -> PlanGeometry | None:
        """The first plan geometry of this kind, if any."""
        for g in self.geometries:
            if g.kind == kind:
                return g
        return None

    def units_in_phase(self, phase: str | None = None) -> tuple[Unit, ...]:
        ph = phase or self.phase
        return tuple(u for u in self.units if u.in_phase(ph))

    def nations(self) -> list[str]:
        """Every nation with a unit or a contribution, sorted."""
        return sorted({u.nation for u in self.units} | {c.nation for c in self.contributions})

    # -- edits (each returns a new plan) ---------------------------------------------------

    def with_unit(self, unit: Unit, index: int | None = None) -> Plan:
        """Add ``unit`` (at ``index``, default the end) or replace the unit with its id."""
        if unit.id in self._unit_index:
            i = self._unit_index[unit.id]
            units = self.units[:i] + (unit,) + self.units[i + 1 :]
        elif index is None:
            units = self.units + (unit,)
        else:
            units = self.units[:index] + (unit,) + self.units[index:]
        return replace(self, units=units)

    def without_unit(self, unit_id: str) -> Plan:
        i = self._unit_index[unit_id]
        return replace(self, units=self.units[:i] + self.units[i + 1 :])

    def unit_position_index(self, unit_id: str) -> int:
        return self._unit_index[unit_id]

    def new_unit_id(self, prefix: str = "u-") -> str:
        """An id not used by any unit or plan geometry of this plan."""
        used = set(self._unit_index) | {g.id for g in self.geometries}
        n = len(self.units) + 1
        while f"{prefix}{n}" in used:
            n += 1
        return f"{prefix}{n}"
