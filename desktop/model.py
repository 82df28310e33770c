"""The plan as plain, immutable values: units, plan geometries, contributions, the plan itself.

Nothing here knows about Qt, SQLite or files. Every edit produces a new :class:`Plan`
(``dataclasses.replace`` or the ``with_*`` helpers); old values stay valid, which is what
the undo stack and the rules engine rely on.

Vocabulary and defaults follow ``shared/doctrine.md`` and ``shared/plan-format.md``.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from desktop.i18n import format_number, language, translate, translate_noop

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
CONTRIBUTION_KINDS: tuple[str, ...] = ("funding", "isr", "equipment", "training", "logistics", "troops")

#: Known unit roles; other strings are allowed and kept.
KNOWN_ROLES: tuple[str, ...] = ("ceasefire_monitoring", "entry_point", "protect_infrastructure")

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
        c = self.coordinates
        if self.type == "Point" and _is_position(
            c
        ):  # most units: no generator walk (a 10,000-unit print asks 30,000 times)
            return (float(c[0]), float(c[1]))
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


# ---------------------------------------------------------------------------------------------
# A unit's fields, declared once
# ---------------------------------------------------------------------------------------------

#: Kinds that carry a weapon system and its range, fighters, ships (plan-format.md, "Features").
RANGED_KINDS = ("air.defence", "air.isr")
FIGHTER_KINDS = ("air.policing",)
SHIP_KINDS = ("sea.patrol", "sea.mcm")

#: The key of a :class:`FieldSpec` in the metadata of a :class:`Unit` attribute.
_SPEC = "posture.field"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a unit, as every surface needs it: one row of :data:`UNIT_TABLE`.

    The row is declared on the :class:`Unit` attribute itself (:func:`field_info`), so adding a
    field is one line there; ``name``, ``type`` and ``default`` come from the attribute. The
    library (``db/store.py``), the plan-file reader and writer (``desktop/planfile.py``), the
    exporters (``desktop/exporters/common.py``, ``kml.py``) and the unit form
    (``desktop/ui/unitform.py``) all read this table; ``desktop/release.py`` does not (it lists
    what a release keeps by hand, on purpose).

    ``type`` is the value's type without ``None``: ``str``, ``int`` (a whole number),
    ``float`` (any finite number; the JSON type, 100 or 100.0, is kept), ``tuple`` (a list of
    strings) or ``dict`` (a JSON object). ``kinds``: the unit kinds that carry the field (the form
    shows it for those); ``None`` means every kind. The plan file accepts it on any kind.
    """

    name: str
    type: type
    default: Any
    label: str  #: the form's label
    tooltip: str = ""
    heading: str = ""  #: the column / line heading in exports (default: ``label``)
    suffix: str = ""  #: unit after a number, in the form and in messages (" km")
    kinds: tuple[str, ...] | None = None
    required: bool = False  #: a plan file must give it (``kind``, ``nation``)
    minimum: float | None = None  #: numbers: bounds, checked at the door (plan file, form)
    maximum: float | None = None
    choices: tuple[str, ...] = ()  #: allowed values (of each item, for a list)
    suggestions: tuple[str, ...] = ()  #: values the form offers (others allowed)
    #: A further check of a value (of each item, for a list): the problem ("is not …"), or None.
    check: Callable[[Any], str | None] | None = None
    always: bool = False  #: written and shown even when it holds the default (``strength``)
    empty_text: str = ""  #: shown in exports when empty (``phases``: "all phases"); else left out
    shown: bool = True  #: listed in the exports' description of a unit
    #: Stored in a column of its own (the fields of schema 1). Any other field is stored in the
    #: unit row's JSON object ``extra`` under its name: a new field needs no migration.
    column: bool = False

    @property
    def optional(self) -> bool:
        """``None`` is a value of the field (absent)."""
        return self.default is None and not self.required

    @property
    def title(self) -> str:
        return self.heading or self.label

    def carried_by(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds

    def has_type(self, value: Any) -> bool:
        """Whether ``value`` is of the field's type (what the library checks of a stored value)."""
        if value is None:
            return self.optional
        if self.type is str:
            return type(value) is str
        if self.type is int:
            return type(value) is int and (self.minimum is None or value >= self.minimum)
        if self.type is float:
            return type(value) in (int, float) and math.isfinite(value)
        if self.type is tuple:
            return type(value) is tuple and all(type(v) is str for v in value) and (
                not self.choices or all(v in self.choices for v in value))  # fmt: skip
        return isinstance(value, Mapping)

    def bound_problem(self, value: float) -> str | None:
        """A number outside the field's bounds: the problem ("is above 5,000 km"), else None."""
        if self.minimum is not None and value < self.minimum:
            if self.minimum == 0:
                return translate("PlanFile", "is negative")
            return translate("PlanFile", "is below {limit}").format(limit=_number(self.minimum) + _suffix(self.suffix))
        if self.maximum is not None and value > self.maximum:
            return translate("PlanFile", "is above {limit}").format(limit=_number(self.maximum) + _suffix(self.suffix))
        return None

    def to_json(self, value: Any) -> Any:
        """The value as JSON (a tuple becomes a list, a mapping a dict)."""
        if isinstance(value, tuple):
            return list(value)
        if isinstance(value, Mapping):
            return dict(value)
        return value

    def from_json(self, value: Any) -> Any:
        """The inverse of :meth:`to_json`."""
        return tuple(value) if self.type is tuple and value is not None else value


def _number(value: float) -> str:
    if float(value).is_integer():
        return format_number(value)
    return f"{value:g}".replace(".", ",") if language() == "uk" else f"{value:g}"


#: The units after a number in messages (``FieldSpec.suffix``), for the catalogue.
_SUFFIXES = (
    translate_noop("FieldSuffix", " personnel"),
    translate_noop("FieldSuffix", " km"),
    translate_noop("FieldSuffix", " aircraft"),
    translate_noop("FieldSuffix", " ships"),
)


def _suffix(suffix: str) -> str:
    return translate("FieldSuffix", suffix) if suffix in _SUFFIXES else suffix


def field_info(
    label: str,
    *,
    tooltip: str = "",
    heading: str = "",
    suffix: str = "",
    kinds: tuple[str, ...] | None = None,
    required: bool = False,
    minimum: float | None = None,
    maximum: float | None = None,
    choices: tuple[str, ...] = (),
    suggestions: tuple[str, ...] = (),
    check: Callable[[Any], str | None] | None = None,
    always: bool = False,
    empty_text: str = "",
    shown: bool = True,
    column: bool = False,
) -> dict[str, Any]:
    """The metadata that makes a :class:`Unit` attribute a unit field (a row of :data:`UNIT_TABLE`):
    ``sidc: str | None = field(default=None, metadata=field_info("Symbol code", ...))``."""
    options = dict(
        label=label, tooltip=tooltip, heading=heading, suffix=suffix, kinds=kinds, required=required,
        minimum=minimum, maximum=maximum, choices=choices, suggestions=suggestions, check=check,
        always=always, empty_text=empty_text, shown=shown, column=column,
    )  # fmt: skip
    return {_SPEC: options}


def _sidc_problem(value: Any) -> str | None:
    """The code's structure (version, context, identity, symbol set, status, HQ/TF/dummy, echelon
    valid for the set: :func:`desktop.sidc.problem`); a valid code is kept even when the engine
    has no icon for it (it draws the nearest parent entity)."""
    from desktop.sidc import problem

    return problem(value)


def _blank_problem(value: Any) -> str | None:
    return translate("PlanFile", "is empty") if isinstance(value, str) and not value.strip() else None


def _releasable_item_problem(value: Any) -> str | None:
    from desktop.packages import releasable_item_problem  # the coalition rules live there

    return releasable_item_problem(value)


def _parent_problem(value: Any) -> str | None:
    """A ``parent`` is a unit id (the reader turns an integer id into its text)."""
    if isinstance(value, str) and not value.strip():
        return translate("PlanFile", "is not the id of a unit (an empty string)")
    return None


def _provenance_problem(value: Any) -> str | None:
    from desktop.packages import provenance_problem

    return provenance_problem(value)


#: Bounds at the door (plan-format.md): a unit's strength, a range, aircraft, ships.
MAX_STRENGTH = 1_000_000
MAX_RANGE_KM = 5_000
MAX_AIRCRAFT = 1_000
MAX_SHIPS = 500


@dataclass(frozen=True)
class Unit:
    """One deployed (or staged) unit of a nation.

    Every attribute with :func:`field_info` metadata is a unit field: a row of
    :data:`UNIT_TABLE`, which the library, the plan file, the exporters and the unit form follow.
    To add a field, add one such attribute (before ``extra``); nothing else is needed for it to
    be stored, read, written, exported and edited (``desktop/release.py`` keeps it out of a
    release until it is listed there).

    ``phases`` empty means "all three phases" (plan-format.md); use :meth:`in_phase`.
    ``extra`` keeps properties this version does not model, so a round trip loses nothing.
    ``declared`` names the properties of :data:`UNIT_FIELDS` the plan file gave (``kind`` and
    ``nation`` always): the writer writes those even when they hold the default, and leaves out
    undeclared defaults. Empty (a unit made in the app) means "write as usual".
    ``id_is_int``: the file's feature id was a JSON integer (``id`` holds its decimal text).
    """

    # fmt: off
    id: str
    kind: str = field(metadata=field_info(
        "Kind", required=True, choices=tuple(UNIT_KINDS), column=True,
        tooltip="Only kinds that allow this unit's geometry (point, route or area) can be chosen"))
    nation: str = field(metadata=field_info(
        "Nation", required=True, column=True, tooltip="The contributing nation (ISO 3166-1 alpha-2 code)"))
    geometry: Geometry
    name: str = field(default="", metadata=field_info(
        "Name", column=True, tooltip="The unit's name; empty shows the kind's label"))
    strength: int = field(default=0, metadata=field_info(
        "Strength", suffix=" personnel", minimum=0, maximum=MAX_STRENGTH, always=True, column=True,
        tooltip="Personnel deployed with the unit"))
    phases: tuple[str, ...] = field(default=(), metadata=field_info(
        "Phases", choices=PHASES, empty_text="all phases", column=True,
        tooltip="The phases the unit is deployed in"))
    roles: tuple[str, ...] = field(default=(), metadata=field_info(
        "Roles", check=_blank_problem, column=True,
        tooltip="What the unit is there for; other roles are kept as text"))
    sidc: str | None = field(default=None, metadata=field_info(
        "Symbol code", heading="Symbol code (SIDC)", check=_sidc_problem, shown=False, column=True,
        tooltip="APP-6D 20-digit symbol code; leave empty for the kind's default"))
    system: str | None = field(default=None, metadata=field_info(
        "System", kinds=RANGED_KINDS, column=True, tooltip="The weapon or sensor system (e.g. Patriot PAC-3)"))
    range_km: float | None = field(default=None, metadata=field_info(
        "Range", heading="Range (km)", suffix=" km", kinds=RANGED_KINDS, minimum=0, maximum=MAX_RANGE_KM,
        column=True, tooltip="Nominal range of the system in kilometres (drawn as a ring)"))
    aircraft: str | None = field(default=None, metadata=field_info(
        "Aircraft", kinds=FIGHTER_KINDS, column=True, tooltip="The aircraft type (e.g. Dassault Rafale)"))
    generation: float | None = field(default=None, metadata=field_info(
        "Generation", kinds=FIGHTER_KINDS, minimum=1, maximum=6, suggestions=("3", "3.5", "4", "4.5", "5"),
        column=True, tooltip="Fighter generation, a number from 1 to 6 (e.g. 4, 4.5, 5)"))
    count: int | None = field(default=None, metadata=field_info(
        "Aircraft count", suffix=" aircraft", kinds=FIGHTER_KINDS, minimum=0, maximum=MAX_AIRCRAFT,
        column=True, tooltip="How many aircraft the squadron flies"))
    ships: int | None = field(default=None, metadata=field_info(
        "Ships", suffix=" ships", kinds=SHIP_KINDS, minimum=0, maximum=MAX_SHIPS, column=True,
        tooltip="How many ships the group sails"))
    releasable_to: tuple[str, ...] | None = field(default=None, metadata=field_info(
        "Releasable to", check=_releasable_item_problem,
        tooltip="Nations this unit may be given to, comma-separated (ALL: every nation); "
                "empty: the plan's default (Plan settings), else its own nation only"))
    package: Mapping[str, Any] | None = field(default=None, metadata=field_info(
        "From package", check=_provenance_problem, shown=False,
        tooltip="The national package this unit was merged from (nation and time); written by merge"))
    parent: str | None = field(default=None, metadata=field_info(
        "Commander", check=_parent_problem, shown=False,
        tooltip="The id of the unit that commands this one (typically a headquarters); "
                "empty: none. Drag it in the order of battle to change it."))
    designation: str | None = field(default=None, metadata=field_info(
        "Designation", heading="Unique designation", check=_blank_problem,
        tooltip="The unit's own designation (e.g. 7 Armd Bde), drawn in the symbol's "
                "unique-designation field; the name is the label beside it"))
    # New fields go here, each with its field_info (no ``column``: stored without a migration).
    # fmt: on
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


def _value_type(hint: Any) -> type:
    """``int`` of ``int | None``, ``tuple`` of ``tuple[str, ...]``, ``dict`` of a mapping."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        (hint,) = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint) or hint
    if origin is tuple:
        return tuple
    if isinstance(origin, type) and issubclass(origin, Mapping):
        return dict
    if origin in (str, int, float):
        return typing.cast(type, origin)
    raise TypeError(f"a unit field cannot be of type {hint!r}")


def _unit_table() -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(Unit)
    return tuple(
        FieldSpec(name=f.name, type=_value_type(hints[f.name]),
                  default=None if f.default is dataclasses.MISSING else f.default, **f.metadata[_SPEC])
        for f in dataclasses.fields(Unit) if _SPEC in f.metadata
    )  # fmt: skip


#: A unit's fields, in the order files and exports list them (see :class:`FieldSpec`).
UNIT_TABLE: tuple[FieldSpec, ...] = _unit_table()
#: The field of each name.
UNIT_SPECS: Mapping[str, FieldSpec] = {spec.name: spec for spec in UNIT_TABLE}
#: Properties that :class:`Unit` models as fields; every other property is kept in ``extra``.
UNIT_FIELDS: tuple[str, ...] = tuple(spec.name for spec in UNIT_TABLE)


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
    ``priority_sites`` ``None`` means "the profile's default list"; an entry is a place name of
    the geo data (``name`` or ``name_uk``) or a custom site ``{"name", "lon", "lat"}``.
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
    priority_sites: tuple[str | Mapping[str, Any], ...] | None = None
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
            plan = replace(self, units=self.units[:i] + (unit,) + self.units[i + 1 :])
            # The same ids in the same places: the new plan shares the index (never mutated), so
            # an edit of one unit costs no rebuild of a 10,000-entry look-up.
            plan.__dict__["_unit_index"] = self._unit_index
            return plan
        units = self.units + (unit,) if index is None else self.units[:index] + (unit,) + self.units[index:]
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
