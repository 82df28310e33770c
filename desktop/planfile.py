"""The plan exchange file (``*.plan.geojson``, docs/plan-format.md): strict reading, writing.

Reading is all or nothing: :func:`parse_plan` either returns a whole :class:`~desktop.model.Plan`
or raises :class:`PlanFileError` with ONE line that names the file, the feature (its 1-based
index, and its id when it has one) and the field, e.g.::

    plan.geojson: feature #3 (id "u-3"): properties.nation "XX" is not an ISO 3166-1 alpha-2 code

Nothing here touches the library or any open plan, so a rejected file changes nothing.

Round trip: import -> export gives back every feature's ``id`` (an integer id stays an integer:
``Unit.id_is_int`` / ``PlanGeometry.id_is_int``), ``geometry`` and ``properties``, and the members
of ``posture``, exactly:

* modelled members the file gave are recorded in ``declared`` (:class:`~desktop.model.Unit`,
  :class:`~desktop.model.Contribution`, :class:`~desktop.model.Plan`) and written back even when
  they hold the default (``"roles": []``, ``"name": ""``, ``"note": ""``, ``"strength": 0``); a
  member the file left out is not written unless its value was changed from the default (a unit
  without ``strength`` comes back without it; a ``posture`` of only ``format`` comes back so);
* a modelled member given as ``null`` means absent; the ``null`` itself is kept with the unknown
  members (``extra``), so it comes back as ``null``;
* unknown members (``Unit.extra``, ``PlanGeometry.extra``, ``Contribution.extra``, ``Plan.extra``)
  are kept as JSON values;
* numbers keep their JSON type (``100`` stays ``100``, ``100.0`` stays ``100.0``); coordinates
  come back as equal numbers (floats); polygon rings are written with RFC 7946's winding (outer
  rings counter-clockwise, holes clockwise), so a ring another tool wound the other way comes
  back reversed (the same shape).

Values made in the app have an empty ``declared`` and are written as usual: every plan-level
field, ``strength`` always, other members only when set. Reading leaves ``declared`` empty too
when the file gives exactly the members that usual writing gives (a file the app wrote), so
such a file reads back equal to the value that was written. Editing a value keeps its
``declared`` (``dataclasses.replace``). What is not kept: the order of keys within an object,
and the order of features across kinds (units are written before plan geometries; each keeps
its own order). A feature without ``id`` gets one (plan-format.md), and it is written.

``priority_sites`` (doctrine.md): a place of the map data by its ``name`` or ``name_uk``, or an
object ``{"name", "lon", "lat"}`` for a place the data lacks; a bare name the data does not hold
is bad input. Beyond plan-format.md, a whole number in a modelled field must fit in 64 bits (the
library stores it so).

Pure: no Qt, no library; only :func:`read_plan_file` and the writers touch files.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from desktop import catalogue, orbat
from desktop.climessages import json_error_text
from desktop.fileio import FileRefused, atomic_write, read_input  # atomic_write: re-exported for older callers
from desktop.i18n import format_number, translate
from desktop.model import (
    ALLOWED_GEOMETRIES,
    CONTRIBUTION_KINDS,
    GEOMETRY_KINDS,
    MANDATES,
    PHASES,
    PROFILES,
    UNIT_FIELDS,
    UNIT_KINDS,
    UNIT_TABLE,
    US_SUPPORT,
    Contribution,
    FieldSpec,
    Geometry,
    Plan,
    PlanGeometry,
    Unit,
)

#: The only file format version this build reads and writes (``posture.format``).
FORMAT = 1

#: Unit ids assigned to features without an id are ``u-<n>``; plan geometries get their kind.
UNIT_ID_PREFIX = "u-"


class PlanFileError(Exception):
    """A plan file could not be read."""

    def __init__(self, message: str) -> None:
        # The message quotes the file: a lone surrogate in it is shown escaped (\ud800), so that
        # the message can be printed, logged and shown anywhere.
        super().__init__(message.encode("utf-8", "backslashreplace").decode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------


class _NonFinite:
    """A ``NaN`` / ``Infinity`` / ``-Infinity`` token of the JSON text, kept to be reported."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token


def _show(value: Any) -> str:
    """A value as it would appear in the file, shortened for a one-line message."""
    if isinstance(value, _NonFinite):
        return value.token
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True, default=repr)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fail(where: str, path: str, value: Any, problem: str) -> NoReturn:
    """``where: path value problem``; ``problem`` ("is not a number") already in the language."""
    raise PlanFileError(f"{where}: {path} {_show(value)} {problem}")


def _missing(where: str, path: str) -> NoReturn:
    raise PlanFileError(translate("PlanFile", "{where}: {field} is missing").format(where=where, field=path))


# ---------------------------------------------------------------------------------------------
# Value checkers: (value, path, where) -> the value as the model wants it
# ---------------------------------------------------------------------------------------------

Checker = Callable[[Any, str, str], Any]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


#: The largest whole number a modelled field may hold: the library stores it as a 64-bit integer.
_MAX_INT = 2**63 - 1


def _finite(value: Any, path: str, where: str) -> int | float:
    if isinstance(value, _NonFinite) or (isinstance(value, float) and not math.isfinite(value)):
        _fail(where, path, value, translate("PlanFile", "is not a finite number"))
    if not _is_number(value):
        _fail(where, path, value, translate("PlanFile", "is not a number"))
    if isinstance(value, int) and not -_MAX_INT - 1 <= value <= _MAX_INT:
        _fail(where, path, value, translate("PlanFile", "is too large (a whole number is at most 2^63 - 1)"))
    return value


def _non_negative(value: Any, path: str, where: str) -> int | float:
    number = _finite(value, path, where)
    if number < 0:
        _fail(where, path, value, translate("PlanFile", "is negative"))
    return number


def _count(value: Any, path: str, where: str) -> int:
    """A whole number >= 0 (``5000``, or ``5000.0`` as GIS tools write whole numbers in real
    columns; not ``5000.5``, ``"5000"`` or ``true``)."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        _finite(value, path, where)  # names NaN / non-numbers precisely
        _fail(where, path, value, translate("PlanFile", "is not a whole number"))
    if value < 0:
        _fail(where, path, value, translate("PlanFile", "is negative"))
    _finite(value, path, where)  # not too large
    return value


#: A UTF-16 surrogate on its own (JSON's ``"\ud800"``): not a character; no file or library can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(value: str, path: str, where: str) -> str:
    if not value.isascii() and _LONE_SURROGATE.search(value):
        _fail(where, path, value, translate("PlanFile", "is not valid Unicode (it holds a lone surrogate)"))
    return value


def _text(value: Any, path: str, where: str) -> str:
    if not isinstance(value, str):
        _fail(where, path, value, translate("PlanFile", "is not a string"))
    return _unicode(value, path, where)


def _name(value: Any, path: str, where: str) -> str:
    if not _text(value, path, where).strip():
        _fail(where, path, value, translate("PlanFile", "is empty"))
    return value


def _choice(allowed: Sequence[str]) -> Checker:
    def check(value: Any, path: str, where: str) -> str:
        if not isinstance(value, str) or value not in allowed:
            _fail(
                where, path, value, translate("PlanFile", "is not one of {choices}").format(choices=", ".join(allowed))
            )
        return value

    return check


def _list(value: Any, path: str, where: str) -> list[Any] | tuple[Any, ...]:
    if not isinstance(value, (list, tuple)):
        _fail(where, path, value, translate("PlanFile", "is not a list"))
    return value


def _list_of(item: Checker) -> Checker:
    def check(value: Any, path: str, where: str) -> tuple[Any, ...]:
        items = _list(value, path, where)
        return tuple(item(v, f"{path}[{i}]", where) for i, v in enumerate(items))

    return check


def _object(value: Any, path: str, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        _fail(where, path, value, translate("PlanFile", "is not an object"))
    return value


def _nation(value: Any, path: str, where: str) -> str:
    if not catalogue.is_nation_code(value):
        _fail(where, path, value, translate("PlanFile", "is not an ISO 3166-1 alpha-2 code"))
    return value


def _sidc(value: Any, path: str, where: str) -> str:
    if not isinstance(value, str) or len(value) != 20 or not value.isascii() or not value.isdigit():
        _fail(where, path, value, translate("PlanFile", "is not a 20-digit APP-6D symbol code"))
    return value


def _parameters(value: Any, path: str, where: str) -> dict[str, int | float]:
    return {name: _finite(number, f"{path}.{name}", where) for name, number in _object(value, path, where).items()}


#: How deeply an unknown member may nest lists and objects (deeper is refused, not a crash).
MAX_DEPTH = 32


def _json_value(value: Any, path: str, where: str, depth: int = 0) -> Any:
    """A copy of a JSON value (for ``extra``), refusing NaN/Infinity, non-JSON objects, lone
    surrogates and nesting deeper than :data:`MAX_DEPTH`."""
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, str):
        return _unicode(value, path, where)
    if isinstance(value, (float, _NonFinite)):
        return _finite(value, path, where)
    if depth >= MAX_DEPTH and isinstance(value, (Mapping, list, tuple)):
        _fail(
            where, path, "[…]", translate("PlanFile", "is nested more than {depth} levels deep").format(depth=MAX_DEPTH)
        )
    if isinstance(value, Mapping):
        return {
            _text(k, f"{path} key", where): _json_value(v, f"{path}.{k}", where, depth + 1) for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_json_value(v, f"{path}[{i}]", where, depth + 1) for i, v in enumerate(value)]
    _fail(where, path, value, translate("PlanFile", "is not a JSON value"))


def _extra(obj: Mapping[str, Any], known: Sequence[str], path: str, where: str) -> dict[str, Any]:
    """The members of ``obj`` this version does not model, kept for the round trip.

    A modelled member given as ``null`` (which means absent) is kept here too, so that it is
    written back as ``null``.
    """
    return {k: _json_value(v, f"{path}.{k}", where) for k, v in obj.items() if k not in known or v is None}


def _declared(obj: Mapping[str, Any], known: Sequence[str]) -> frozenset[str]:
    """The modelled members ``obj`` gives (present and not ``null``)."""
    return frozenset(k for k in known if obj.get(k) is not None)


_Declaring = TypeVar("_Declaring", Unit, Contribution, Plan)


def _canonical(value: _Declaring, members: Callable[[_Declaring], Mapping[str, Any]]) -> _Declaring:
    """``value``, with ``declared`` emptied when it makes no difference to the writer.

    When the file gives exactly the members the writer writes for a value made in the app (a
    file the app wrote, or written the same way), ``declared`` is left empty: such a file reads
    back equal to the value that was written, and the library stores nothing extra for it.
    """
    plain = dataclasses.replace(value, declared=frozenset())
    return plain if members(plain).keys() == value.declared else value


def _fields(obj: Mapping[str, Any], checkers: Mapping[str, Checker], path: str, where: str) -> dict[str, Any]:
    """The optional members of ``obj`` that are present and not null, checked."""
    return {key: check(obj[key], f"{path}.{key}", where) for key, check in checkers.items() if obj.get(key) is not None}


def _required(obj: Mapping[str, Any], key: str, check: Checker, path: str, where: str) -> Any:
    if obj.get(key) is None:
        _missing(where, f"{path}.{key}")
    return check(obj[key], f"{path}.{key}", where)


# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------


def _position(value: Any, path: str, where: str) -> None:
    if not isinstance(value, (list, tuple)) or not 2 <= len(value) <= 3:
        _fail(where, path, value, translate("PlanFile", "is not a position [longitude, latitude]"))
    for i, v in enumerate(value):
        _finite(v, f"{path}[{i}]", where)
    if not -180.0 <= value[0] <= 180.0:
        _fail(where, f"{path}[0]", value[0], translate("PlanFile", "is not a longitude in [-180, 180]"))
    if not -90.0 <= value[1] <= 90.0:
        _fail(where, f"{path}[1]", value[1], translate("PlanFile", "is not a latitude in [-90, 90]"))


def _positions(value: Any, path: str, where: str, minimum: int) -> None:
    items = _list(value, path, where)
    if len(items) < minimum:
        _fail(where, path, value, translate("PlanFile", "has fewer than {minimum} positions").format(minimum=minimum))
    for i, v in enumerate(items):
        _position(v, f"{path}[{i}]", where)


def _line(value: Any, path: str, where: str) -> None:
    _positions(value, path, where, minimum=2)


def _polygon(value: Any, path: str, where: str) -> None:
    rings = _list(value, path, where)
    if not rings:
        _fail(where, path, value, translate("PlanFile", "has no ring"))
    for i, ring in enumerate(rings):
        _positions(ring, f"{path}[{i}]", where, minimum=4)
        if list(ring[0]) != list(ring[-1]):
            _fail(where, f"{path}[{i}]", ring, translate("PlanFile", "is not closed (first and last positions differ)"))


def _parts(part: Callable[[Any, str, str], None]) -> Callable[[Any, str, str], None]:
    def check(value: Any, path: str, where: str) -> None:
        parts = _list(value, path, where)
        if not parts:
            _fail(where, path, value, translate("PlanFile", "is empty"))
        for i, v in enumerate(parts):
            part(v, f"{path}[{i}]", where)

    return check


#: GeoJSON geometry type -> checker of its ``coordinates`` (RFC 7946, section 3.1).
_COORDINATES: dict[str, Callable[[Any, str, str], None]] = {
    "Point": _position,
    "LineString": _line,
    "Polygon": _polygon,
    "MultiLineString": _parts(_line),
    "MultiPolygon": _parts(_polygon),
}


def _geometry(value: Any, kind: str, where: str) -> Geometry:
    if value is None:
        _missing(where, "geometry")
    obj = _object(value, "geometry", where)
    allowed = ALLOWED_GEOMETRIES[kind]
    if not isinstance(obj.get("type"), str) or obj.get("type") not in allowed:
        names = ", ".join(sorted(allowed))
        problem = translate("PlanFile", 'is not allowed for kind "{kind}" (allowed: {names})').format(
            kind=kind, names=names
        )
        _fail(where, "geometry.type", obj.get("type"), problem)
    if obj.get("coordinates") is None:
        _missing(where, "geometry.coordinates")
    _COORDINATES[obj["type"]](obj["coordinates"], "geometry.coordinates", where)
    return Geometry.from_geojson(obj)


# ---------------------------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------------------------


def _bounded(spec: FieldSpec, check: Checker) -> Checker:
    """``check``, then the field's bounds (plan-format.md: numbers are bounded at the door)."""
    if spec.minimum is None and spec.maximum is None:
        return check

    def bounded(value: Any, path: str, where: str) -> Any:
        number = check(value, path, where)
        problem = spec.bound_problem(number)
        if problem:
            _fail(where, path, value, problem)
        return number

    return bounded


def _further(spec: FieldSpec, check: Checker) -> Checker:
    """The field's own check (``spec.check``) first, then ``check``."""
    own = spec.check
    if own is None:
        return check

    def checked(value: Any, path: str, where: str) -> Any:
        problem = own(value)
        if problem:
            _fail(where, path, value, problem)
        return check(value, path, where)

    return checked


def _json_object(value: Any, path: str, where: str) -> dict[str, Any]:
    return dict(_json_value(_object(value, path, where), path, where))


def _field_checker(spec: FieldSpec) -> Checker:
    """The checker of a unit field's value in a plan file, from its row of the field table."""
    if spec.type is tuple:
        item = _choice(spec.choices) if spec.choices else _text
        return _list_of(_further(spec, item))
    if spec.choices:
        return _choice(spec.choices)
    base: Checker = {str: _text, int: _count, float: _finite, dict: _json_object}[spec.type]
    return _bounded(spec, _further(spec, base))


#: Optional unit properties -> checker (plan-format.md, "Features"), from the field table;
#: ``kind`` and ``nation`` are required and checked first.
_UNIT_PROPERTIES: dict[str, Checker] = {spec.name: _field_checker(spec) for spec in UNIT_TABLE if not spec.required}


def _parent(value: Any, path: str, where: str) -> str:
    """A unit id: a string, or an integer (GeoJSON ids may be numbers), read as its text."""
    if _is_int_id(value):
        return str(value)
    return str(_PARENT_TEXT(value, path, where))


_PARENT_TEXT = _UNIT_PROPERTIES["parent"]
_UNIT_PROPERTIES["parent"] = _parent
_KINDS: tuple[str, ...] = (*UNIT_KINDS, *GEOMETRY_KINDS)


def feature_word(number: int) -> str:
    """``feature #3`` in the current language (messages name features by their number from 1)."""
    return translate("PlanFile", "feature #{number}").format(number=number)


def feature_pattern() -> str:
    """A regular expression matching :func:`feature_word` in the current language; the number is
    its group ``number`` (for readers that rename features in messages, desktop.gisimport)."""
    word = re.escape(translate("PlanFile", "feature #{number}"))
    return word.replace(re.escape("{number}"), r"(?P<number>\d+)")


def _feature_label(source: str, index: int, fid: str | None) -> str:
    label = f"{source}: {feature_word(index + 1)}"
    return f'{label} (id "{fid}")' if fid else label


def _is_int_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _feature_id(value: Any, where: str) -> str | None:
    """The feature's id as a string (GeoJSON allows a string or a number); ``None`` if absent.

    An integer id becomes its decimal text; the caller records that it was an integer.
    """
    if value is None:
        return None
    if _is_int_id(value):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        _fail(where, "id", value, translate("PlanFile", "is not a non-empty string or an integer"))
    return _unicode(value, "id", where)


def _assigned_ids(features: Sequence[Mapping[str, Any]], ids: list[str | None]) -> list[str]:
    """Ids for the features that have none: stable (the same file always gets the same ids)."""
    used = {i for i in ids if i is not None}
    out: list[str] = []
    for index, (feature, fid) in enumerate(zip(features, ids, strict=True)):
        if fid is None:
            kind = feature["properties"]["kind"]
            base = kind if kind in GEOMETRY_KINDS else f"{UNIT_ID_PREFIX}{index + 1}"
            fid, n = base, 1
            while fid in used:
                n += 1
                fid = f"{base}-{n}"
            used.add(fid)
        out.append(fid)
    return out


def _unit(fid: str, kind: str, geometry: Geometry, props: Mapping[str, Any], where: str, id_is_int: bool) -> Unit:
    nation = _required(props, "nation", _nation, "properties", where)
    unit = Unit(
        id=fid, kind=kind, nation=nation, geometry=geometry,
        **_fields(props, _UNIT_PROPERTIES, "properties", where),
        extra=_extra(props, UNIT_FIELDS, "properties", where),
        declared=_declared(props, UNIT_FIELDS), id_is_int=id_is_int,
    )  # fmt: skip
    return _canonical(unit, _unit_members)


def _feature(feature: Mapping[str, Any], fid: str, where: str) -> Unit | PlanGeometry:
    props = feature["properties"]
    kind = props["kind"]
    geometry = _geometry(feature.get("geometry"), kind, where)
    id_is_int = _is_int_id(feature.get("id"))
    if kind in GEOMETRY_KINDS:
        return PlanGeometry(fid, kind, geometry, _extra(props, ("kind",), "properties", where), id_is_int)
    return _unit(fid, kind, geometry, props, where, id_is_int)


def _check_feature_head(value: Any, where: str) -> Mapping[str, Any]:
    """The feature object, with its ``type`` and ``properties.kind`` checked."""
    if not isinstance(value, Mapping):
        text = translate("PlanFile", "{where}: {value} is not a GeoJSON Feature object")
        raise PlanFileError(text.format(where=where, value=_show(value)))
    feature: Mapping[str, Any] = value
    if feature.get("type") != "Feature":
        _fail(where, "type", feature.get("type"), translate("PlanFile", 'is not "Feature"'))
    if feature.get("properties") is None:
        _missing(where, "properties")
    props = _object(feature["properties"], "properties", where)
    _required(props, "kind", _choice(_KINDS), "properties", where)
    return feature


def _features(value: Any, source: str) -> tuple[tuple[Unit, ...], tuple[PlanGeometry, ...], list[str]]:
    """The units and plan geometries of ``features``, and each unit's feature label (for messages)."""
    if value is None:
        _missing(source, "features")
    items = _list(value, "features", source)
    ids: list[str | None] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        raw_id = item.get("id") if isinstance(item, Mapping) else None
        where = _feature_label(source, index, raw_id if isinstance(raw_id, str) else None)
        fid = _feature_id(raw_id, where)
        _check_feature_head(item, _feature_label(source, index, fid))
        if fid is not None and fid in seen:
            problem = translate("PlanFile", "is also the id of {feature}").format(feature=feature_word(seen[fid] + 1))
            _fail(_feature_label(source, index, fid), "id", fid, problem)
        if fid is not None:
            seen[fid] = index
        ids.append(fid)
    units: list[Unit] = []
    geometries: list[PlanGeometry] = []
    labels: list[str] = []
    for index, (item, fid) in enumerate(zip(items, _assigned_ids(items, ids), strict=True)):
        label = _feature_label(source, index, ids[index])
        built = _feature(item, fid, label)
        if isinstance(built, Unit):
            units.append(built)
            labels.append(label)
        else:
            geometries.append(built)
    return tuple(units), tuple(geometries), labels


# ---------------------------------------------------------------------------------------------
# Plan level (``posture``)
# ---------------------------------------------------------------------------------------------


#: Members of a contribution that :class:`Contribution` models.
_CONTRIBUTION_FIELDS = ("nation", "kind", "amount_eur", "note")


#: The largest pledge a contribution may state (plan-format.md: bounded at the door).
MAX_AMOUNT_EUR = 10**13


def _amount(value: Any, path: str, where: str) -> int | float:
    number = _non_negative(value, path, where)
    if number > MAX_AMOUNT_EUR:
        _fail(where, path, value, translate("PlanFile", "is above 10^13 EUR"))
    return number


def _coalition_members(obj: Mapping[str, Any], members: Sequence[str], path: str, where: str) -> None:
    """``releasable_to`` and ``package`` members kept with the unknown ones (contributions and
    ``posture``, plan-format.md) are checked at the door too."""
    from desktop.packages import package_problem, releasable_problem

    checks = {"releasable_to": releasable_problem, "package": package_problem}
    for key in members:
        if obj.get(key) is not None:
            problem = checks[key](obj[key])
            if problem:
                _fail(where, f"{path}.{key}", obj[key], problem)


def _contribution(value: Any, path: str, where: str) -> Contribution:
    obj = _object(value, path, where)
    _coalition_members(obj, ("releasable_to",), path, where)
    contribution = Contribution(
        nation=_required(obj, "nation", _nation, path, where),
        kind=_required(obj, "kind", _choice(CONTRIBUTION_KINDS), path, where),
        **_fields(obj, {"amount_eur": _amount, "note": _text}, path, where),
        extra=_extra(obj, _CONTRIBUTION_FIELDS, path, where),
        declared=_declared(obj, _CONTRIBUTION_FIELDS),
    )
    if obj.get("troops") is not None:  # personnel pledged (plan-format.md): a whole number, kept in extra
        _pledged_troops(obj["troops"], f"{path}.troops", where)
    return _canonical(contribution, _contribution_members)


#: The largest troop count a plan may hold (plan-format.md, "Numbers are bounded at the door").
MAX_TROOPS = 1_000_000


def _pledged_troops(value: Any, path: str, where: str) -> int:
    n = _count(value, path, where)
    if n > MAX_TROOPS:
        _fail(
            where,
            path,
            value,
            translate("PlanFile", "is more than {limit} troops").format(limit=format_number(MAX_TROOPS)),
        )
    return n


def _site(value: Any, path: str, where: str) -> str | dict[str, Any]:
    """A priority site (doctrine.md): a place of the geo data by its ``name`` or ``name_uk``, or
    an object ``{"name", "lon", "lat"}`` for a place the data lacks (its other members kept)."""
    if isinstance(value, str):
        from desktop import geo  # the geo data (numpy, shapely): only for a plan that names a site

        if geo.find_place(_name(value, path, where)) is None:
            problem = translate(
                "PlanFile", 'is not a place of the map data (give {"name", "lon", "lat"} for another place)'
            )
            _fail(where, path, value, problem)
        return value
    site = _object(value, path, where)
    for key in ("name", "lon", "lat"):
        if key not in site:
            _missing(where, f"{path}.{key}")
    _name(site["name"], f"{path}.name", where)
    for key, limit in (("lon", 180), ("lat", 90)):
        number = site[key]
        if not isinstance(number, (int, float)) or isinstance(number, bool) or not math.isfinite(number):
            _fail(where, f"{path}.{key}", number, translate("PlanFile", "is not a number"))
        if not -limit <= number <= limit:
            _fail(
                where,
                f"{path}.{key}",
                number,
                translate("PlanFile", "is out of range (-{limit} to {limit})").format(limit=limit),
            )
    return dict(site)


#: Optional ``posture`` members (named as the Plan fields they fill) -> checker.
_POSTURE: dict[str, Checker] = {
    "name": _text,
    "profile": _choice(PROFILES),
    "phase": _choice(PHASES),
    "mandate": _choice(MANDATES),
    "us_support": _choice(US_SUPPORT),
    "classification": _text,
    "parameters": _parameters,
    "priority_sites": _list_of(_site),
    "contributions": _list_of(_contribution),
}


def _posture(doc: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Plan fields from the ``posture`` member (everything but units and geometries)."""
    if doc.get("posture") is None:
        raise PlanFileError(
            translate("PlanFile", '{file}: posture is missing (a plan file has a "posture" member)').format(file=source)
        )
    posture = _object(doc["posture"], "posture", source)
    version = _required(posture, "format", lambda v, p, w: v, "posture", source)
    if version != FORMAT or not isinstance(version, int) or isinstance(version, bool):
        problem = translate("PlanFile", "is not supported (this build reads format {format})").format(format=FORMAT)
        _fail(source, "posture.format", version, problem)
    fields = _fields(posture, _POSTURE, "posture", source)
    _coalition_members(posture, ("releasable_to", "package"), "posture", source)
    fields["extra"] = _extra(posture, ("format", *_POSTURE), "posture", source)
    fields["declared"] = _declared(posture, ("format", *_POSTURE))
    return fields


# ---------------------------------------------------------------------------------------------
# Public API: reading
# ---------------------------------------------------------------------------------------------


def _load_json(data: str | bytes, source: str) -> Any:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise PlanFileError(
                translate("PlanFile", "{file}: not UTF-8 text (byte {byte})").format(file=source, byte=e.start)
            ) from None
    try:
        return json.loads(data.removeprefix("\ufeff"), parse_constant=_NonFinite)
    except json.JSONDecodeError as e:
        text = translate("PlanFile", "{file}: not valid JSON ({problem} at line {line}, column {column})")
        problem = json_error_text(e.msg)
        raise PlanFileError(text.format(file=source, problem=problem, line=e.lineno, column=e.colno)) from None
    except (ValueError, RecursionError) as e:  # e.g. an integer of 5,000 digits, deep nesting
        raise PlanFileError(
            translate("PlanFile", "{file}: not valid JSON ({problem})").format(file=source, problem=e)
        ) from None


def parse_plan(data: str | bytes | Mapping[str, Any], source: str = "plan") -> Plan:
    """The plan in ``data`` (JSON text, UTF-8 bytes or an already parsed mapping).

    ``source`` names the data in messages (the file name). The returned plan has ``id=None``.
    Raises :class:`PlanFileError` (one line: file, feature, field) when anything is wrong;
    nothing is returned in part.
    """
    doc = _load_json(data, source) if isinstance(data, (str, bytes)) else data
    if not isinstance(doc, Mapping) or doc.get("type") != "FeatureCollection":
        found = doc.get("type") if isinstance(doc, Mapping) else doc
        text = translate("PlanFile", "{file}: not a GeoJSON FeatureCollection (type is {type})")
        raise PlanFileError(text.format(file=source, type=_show(found)))
    fields = _posture(doc, source)
    units, geometries, where = _features(doc.get("features"), source)
    _check_parents(units, where, source, package="package" in fields["extra"])
    return _canonical(Plan(units=units, geometries=geometries, **fields), _posture_members)


def _check_parents(units: Sequence[Unit], where: Sequence[str], source: str, package: bool) -> None:
    """Every ``parent`` names another unit of the plan, and command has no cycle (plan-format.md);
    a national package may name units outside itself. ``where``: each unit's feature label."""
    bad = orbat.parent_problem(units, allow_unknown=package)
    if bad is None:
        return
    i = next(i for i, u in enumerate(units) if u.id == bad.unit_id)
    _fail(where[i], "properties.parent", units[i].parent, bad.problem)


def read_plan_file(path: str | os.PathLike[str]) -> Plan:
    """The plan stored in the file at ``path``; :class:`PlanFileError` if it cannot be read."""
    return parse_plan(_read(path), source=os.fspath(path))


#: The plan geometry a plain GeoJSON shape becomes when it does not say (``properties.kind``).
_KIND_OF_SHAPE = {
    "LineString": "contact_line",
    "MultiLineString": "contact_line",
    "Polygon": "occupied_area",
    "MultiPolygon": "occupied_area",
}


def _plain_features(doc: Any, source: str) -> list[Any]:
    """The features of a GeoJSON FeatureCollection, Feature or bare geometry."""
    kind = doc.get("type") if isinstance(doc, Mapping) else None
    kind = kind if isinstance(kind, str) else None  # a list or an object is no type (nor a dict key)
    if kind == "FeatureCollection":
        return list(_list(doc.get("features"), "features", source))
    if kind == "Feature":
        return [doc]
    if kind in _COORDINATES:
        return [{"type": "Feature", "geometry": doc, "properties": {}}]
    text = translate("PlanFile", "{file}: not GeoJSON (type is {type})")
    raise PlanFileError(text.format(file=source, type=_show(kind if kind else doc)))


def _plain_geometries(doc: Any, source: str) -> list[tuple[str, Mapping[str, Any], str]]:
    """(kind, geometry, where) for every line or polygon of plain GeoJSON; points are skipped."""
    out = []
    for index, feature in enumerate(_plain_features(doc, source)):
        fid = feature.get("id") if isinstance(feature, Mapping) else None
        where = _feature_label(source, index, fid if isinstance(fid, str) else None)
        geometry = _object(_object(feature, "feature", where).get("geometry") or {}, "geometry", where)
        props = feature.get("properties")
        kind = props.get("kind") if isinstance(props, Mapping) else None
        shape = geometry.get("type")
        kind = kind if kind in GEOMETRY_KINDS else _KIND_OF_SHAPE.get(shape) if isinstance(shape, str) else None
        if kind is not None:
            out.append((kind, geometry, where))
    return out


def _merged(kind: str, geometries: Sequence[Geometry]) -> Geometry:
    """One geometry of ``kind`` from several: the only one, or a Multi* of all their parts."""
    if len(geometries) == 1:
        return geometries[0]
    single, multi = ("LineString", "MultiLineString") if kind == "contact_line" else (
        "Polygon", "MultiPolygon")  # fmt: skip
    parts = tuple(part for g in geometries for part in ((g.coordinates,) if g.type == single else g.coordinates))
    return Geometry(multi, parts)


def parse_plan_geometries(
    data: str | bytes | Mapping[str, Any], source: str = "geometries"
) -> tuple[PlanGeometry, ...]:
    """The contact line and/or occupied area in ``data``, at most one of each.

    ``data`` is a plan file (its ``contact_line`` / ``occupied_area`` features), or any GeoJSON
    FeatureCollection, Feature or geometry (a line from another tool, a map of occupied
    territory): lines become the contact line, polygons the occupied area, several parts are
    merged into one Multi geometry, points are ignored. Imported geometries get the ids
    ``contact_line`` / ``occupied_area`` and ``extra`` ``{"source": <file name>}``.
    Raises :class:`PlanFileError` (one line naming feature and field), also when there is
    neither a line nor a polygon.
    """
    doc = _load_json(data, source) if isinstance(data, (str, bytes)) else data
    if isinstance(doc, Mapping) and doc.get("posture") is not None:
        found = parse_plan(doc, source).geometries
    else:
        by_kind: dict[str, list[Geometry]] = {}
        for kind, geometry, where in _plain_geometries(doc, source):
            by_kind.setdefault(kind, []).append(_geometry(geometry, kind, where))
        name = Path(source).name
        found = tuple(
            PlanGeometry(kind, kind, _merged(kind, parts), {"source": name}) for kind, parts in sorted(by_kind.items())
        )
    if not found:
        text = translate("PlanFile", "{file}: holds no contact line or occupied area (no line or polygon)")
        raise PlanFileError(text.format(file=source))
    firsts = {g.kind: g for g in reversed(found)}  # the first of each kind
    return tuple(g for g in found if firsts[g.kind] is g)


def read_plan_geometries(path: str | os.PathLike[str]) -> tuple[PlanGeometry, ...]:
    """:func:`parse_plan_geometries` of the file at ``path``."""
    return parse_plan_geometries(_read(path), source=os.fspath(path))


def _read(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes through :func:`desktop.fileio.read_input`: a regular file, within the size limit."""
    try:
        return read_input(path)
    except FileRefused as e:
        raise PlanFileError(str(e)) from None


# ---------------------------------------------------------------------------------------------
# Public API: writing
# ---------------------------------------------------------------------------------------------


def _defaults(cls: type) -> dict[str, Any]:
    """Field name -> default value of a dataclass (fields without a default are left out)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            out[f.name] = f.default_factory()
    return out


_UNIT_DEFAULTS = {spec.name: spec.default for spec in UNIT_TABLE}
_CONTRIBUTION_DEFAULTS = _defaults(Contribution)
_PLAN_DEFAULTS = _defaults(Plan)


def _written(value: Any, key: str, declared: frozenset[str], defaults: Mapping[str, Any]) -> bool:
    """Whether a modelled member of a value read from a file is written: it is set, and the file
    gave it or it no longer holds the default."""
    return value is not None and (key in declared or value != defaults[key])


def _json_value_of(value: Any) -> Any:
    """A model value as JSON: tuples become lists, mappings dicts."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _json_id(fid: str, id_is_int: bool) -> str | int:
    """The feature id as the file had it: an integer when it was one."""
    if id_is_int and fid.lstrip("-").isdigit() and fid.isascii() and str(int(fid)) == fid:
        return int(fid)
    return fid


def _unit_members(unit: Unit) -> dict[str, Any]:
    """The modelled properties of ``unit`` as written (see the module docstring)."""
    props: dict[str, Any] = {"kind": unit.kind, "nation": unit.nation}
    for spec in _OPTIONAL_UNIT_FIELDS:
        value = getattr(unit, spec.name)
        if unit.declared:  # read from a file: what it gave, and what changed since
            written = _written(value, spec.name, unit.declared, _UNIT_DEFAULTS)
        else:  # made in the app: the fields that hold more than their default
            written = value is not None and (spec.always or value != spec.default)
        if written:
            props[spec.name] = spec.to_json(value)
    return props


_OPTIONAL_UNIT_FIELDS = tuple(spec for spec in UNIT_TABLE if not spec.required)


def _with_extra(known: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``known`` followed by the unknown members; a modelled field always wins over extra."""
    return {**known, **{k: v for k, v in extra.items() if k not in known}}


def _contribution_members(c: Contribution) -> dict[str, Any]:
    out: dict[str, Any] = {"nation": c.nation, "kind": c.kind}
    if c.declared:
        for key in _CONTRIBUTION_FIELDS[2:]:
            if _written(getattr(c, key), key, c.declared, _CONTRIBUTION_DEFAULTS):
                out[key] = getattr(c, key)
        return out
    if c.amount_eur is not None:
        out["amount_eur"] = c.amount_eur
    if c.note:
        out["note"] = c.note
    return out


def _contribution_json(c: Contribution) -> dict[str, Any]:
    return _with_extra(_contribution_members(c), c.extra)


def _posture_members(plan: Plan) -> dict[str, Any]:
    """The modelled members of ``posture`` as written; contributions with their unknown members."""
    out: dict[str, Any] = {"format": FORMAT}
    if plan.declared:  # read from a file: what it gave, and what changed since
        for key in _POSTURE:
            value = getattr(plan, key)
            if _written(value, key, plan.declared, _PLAN_DEFAULTS):
                out[key] = [_contribution_json(c) for c in value] if key == "contributions" else _json_value_of(value)
        return out
    out.update(
        name=plan.name,
        profile=plan.profile,
        phase=plan.phase,
        mandate=plan.mandate,
        us_support=plan.us_support,
        classification=plan.classification,
    )
    if plan.parameters:
        out["parameters"] = dict(plan.parameters)
    if plan.priority_sites is not None:
        out["priority_sites"] = [_json_value_of(site) for site in plan.priority_sites]
    if plan.contributions:
        out["contributions"] = [_contribution_json(c) for c in plan.contributions]
    return out


def _posture_json(plan: Plan) -> dict[str, Any]:
    return _with_extra(_posture_members(plan), plan.extra)


def _ring_area(ring: Sequence[Sequence[float]]) -> float:
    """Twice the signed area of a ring in lon/lat (positive: counter-clockwise)."""
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in itertools.pairwise(ring))


def _wound(rings: Sequence[Any]) -> list[Any]:
    out = []
    for i, ring in enumerate(rings):
        area = _ring_area(ring)
        outer = i == 0
        out.append(list(reversed(ring)) if (outer and area < 0) or (not outer and area > 0) else ring)
    return out


def rfc7946_geometry(geometry: Geometry) -> dict[str, Any]:
    """The geometry as GeoJSON with RFC 7946's winding (section 3.1.6): every polygon's outer ring
    counter-clockwise, its holes clockwise. Same shape; other types as they are."""
    g = geometry.to_geojson()
    if g["type"] == "Polygon":
        g["coordinates"] = _wound(g["coordinates"])
    elif g["type"] == "MultiPolygon":
        g["coordinates"] = [_wound(p) for p in g["coordinates"]]
    return g


def plan_to_geojson(plan: Plan) -> dict[str, Any]:
    """The plan as a plan-file FeatureCollection (``format`` 1); the inverse of :func:`parse_plan`.

    The library id (``plan.id``) is not written: it only means something in one library.
    """
    features = [
        {"type": "Feature", "id": _json_id(u.id, u.id_is_int), "geometry": rfc7946_geometry(u.geometry),
         "properties": _with_extra(_unit_members(u), u.extra)}
        for u in plan.units
    ] + [
        {"type": "Feature", "id": _json_id(g.id, g.id_is_int), "geometry": rfc7946_geometry(g.geometry),
         "properties": _with_extra({"kind": g.kind}, g.extra)}
        for g in plan.geometries
    ]  # fmt: skip
    return {"type": "FeatureCollection", "posture": _posture_json(plan), "features": features}


def _dump(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)


def plan_to_text(plan: Plan) -> str:
    """The plan file's text: readable header, one feature per line (diff-friendly)."""
    doc = plan_to_geojson(plan)
    features = doc.pop("features")
    if not features:
        return _dump({**doc, "features": []}, indent=1) + "\n"
    head = _dump({**doc, "features": None}, indent=1)
    head, tail = head.rsplit('"features": null', 1)  # the last key, so the last occurrence
    lines = ",\n".join(f"  {_dump(f)}" for f in features)
    return f'{head}"features": [\n{lines}\n ]{tail}\n'


def write_plan_file(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` as a plan file at ``path``, atomically (see :func:`atomic_write`).

    Raises ``OSError`` when the file cannot be written, ``ValueError`` if the plan holds a
    number that is not finite (which :func:`parse_plan` never produces).
    """
    atomic_write(path, plan_to_text(plan).encode("utf-8"))
