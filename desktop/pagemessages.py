"""Every message between Python and the project's pages (the map, the print sheet): one set of
field checks, a payload class per map message, the map's page calls, and the print page's messages.

:func:`parse_message` (the map page) and :func:`parse_page_message` (the print page) check every
field with the same helpers (finite numbers in range, bounded ids and lists, allowed words) and
raise :class:`BridgeError` naming the field. The Qt objects that carry the messages are
``desktop/ui/bridge.py`` (map) and ``desktop/ui/printing.py`` (print). Pure: no Qt.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar

from desktop.geopdf import MapFrame

MAX_MESSAGE_BYTES = 4_000_000
MAX_ID_LENGTH = 200
MAX_VERTICES = 20_000


class BridgeError(ValueError):
    """A message from the page was refused: it says what and where."""


# -- field checks ------------------------------------------------------------------------------


def _number(d: dict[str, Any], key: str, lo: float, hi: float) -> float:
    v = d.get(key)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise BridgeError(f"{key} must be a number, got {type(v).__name__}")
    v = float(v)
    if not math.isfinite(v) or not lo <= v <= hi:
        raise BridgeError(f"{key} {v!r} is out of range [{lo}, {hi}]")
    return v


def _lat(d: dict[str, Any]) -> float:
    return _number(d, "lat", -90.0, 90.0)


def _lng(d: dict[str, Any]) -> float:
    return _number(d, "lng", -180.0, 180.0)


def _ident(v: Any, key: str) -> str:
    if not isinstance(v, str) or not v or len(v) > MAX_ID_LENGTH:
        raise BridgeError(f"{key} must be a non-empty string of at most {MAX_ID_LENGTH} characters")
    return v


def _string(d: dict[str, Any], key: str, *, allowed: frozenset[str] | None = None) -> str:
    v = _ident(d.get(key), key)
    if allowed is not None and v not in allowed:
        raise BridgeError(f"{key} {v!r} is not one of {sorted(allowed)}")
    return v


def _bool(d: dict[str, Any], key: str, default: bool = False) -> bool:
    v = d.get(key, default)
    if not isinstance(v, bool):
        raise BridgeError(f"{key} must be true or false")
    return v


def _ids(d: dict[str, Any], key: str = "ids") -> tuple[str, ...]:
    v = d.get(key)
    if not isinstance(v, list) or len(v) > 100_000:
        raise BridgeError(f"{key} must be a list of ids")
    return tuple(_ident(x, f"{key}[{i}]") for i, x in enumerate(v))


def _positions(d: dict[str, Any], key: str = "coordinates") -> tuple[tuple[float, float], ...]:
    v = d.get(key)
    if not isinstance(v, list) or not 1 <= len(v) <= MAX_VERTICES:
        raise BridgeError(f"{key} must be a list of 1 to {MAX_VERTICES} [lng, lat] pairs")
    out = []
    for i, p in enumerate(v):
        if not isinstance(p, list) or len(p) != 2:
            raise BridgeError(f"{key}[{i}] must be a [lng, lat] pair")
        out.append((_lng({"lng": p[0]}), _lat({"lat": p[1]})))
    return tuple(out)


LOG_LEVELS = frozenset({"error", "warning", "info"})


def _message(d: dict[str, Any]) -> str:
    """A page's log text, cut to 2,000 characters."""
    msg = d.get("message")
    if not isinstance(msg, str):
        raise BridgeError("message must be a string")
    return msg[:2000]


# -- messages from the page ----------------------------------------------------------------


class Msg(StrEnum):
    """Every message the page sends (``{"type": ..., ...payload}``)."""

    READY = "ready"  # the page and the base map are loaded
    RENDERED = "rendered"  # the plan sent by setPlan is drawn
    CURSOR = "cursor"  # the mouse is over this position (throttled)
    VIEW = "view"  # the visible extent changed
    DROP = "drop"  # a palette template was dropped on the map
    MOVE = "move"  # a unit is being dragged (final=false) or was dropped (final=true)
    SELECT = "select"  # the planner selected these units (empty: none)
    ACTIVATE = "activate"  # double-click on a unit: open its form
    CONTEXT = "context"  # right-click on a unit or on the map
    DRAW = "draw"  # a line or area was drawn
    DELETE = "delete"  # Delete pressed on the map with units selected
    LOG = "log"  # a JavaScript error or warning the page caught
    MEASURE = "measure"  # the planner keeps a measurement as a plan annotation (tools.js)


@dataclass(frozen=True)
class Payload:
    type: ClassVar[Msg]

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Payload:
        return cls()


@dataclass(frozen=True)
class Ready(Payload):
    type = Msg.READY


@dataclass(frozen=True)
class Rendered(Payload):
    type = Msg.RENDERED
    units: int
    ms: float
    width: int = -1  # the size of the map it was drawn at, CSS px (-1: not said)
    height: int = -1

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Rendered:
        size = [int(_number(d, k, 0, 100_000)) if k in d else -1 for k in ("width", "height")]
        return cls(int(_number(d, "units", 0, 10_000_000)), _number(d, "ms", 0, 1e9), *size)


@dataclass(frozen=True)
class Cursor(Payload):
    type = Msg.CURSOR
    lat: float
    lng: float

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Cursor:
        return cls(_lat(d), _lng(d))


@dataclass(frozen=True)
class View(Payload):
    type = Msg.VIEW
    south: float
    west: float
    north: float
    east: float
    zoom: float

    @classmethod
    def parse(cls, d: dict[str, Any]) -> View:
        return cls(
            _number(d, "south", -90, 90),
            _number(d, "west", -540, 540),
            _number(d, "north", -90, 90),
            _number(d, "east", -540, 540),
            _number(d, "zoom", 0, 30),
        )


@dataclass(frozen=True)
class Drop(Payload):
    type = Msg.DROP
    template: str
    lat: float
    lng: float

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Drop:
        return cls(_string(d, "template"), _lat(d), _lng(d))


@dataclass(frozen=True)
class Move(Payload):
    type = Msg.MOVE
    id: str
    lat: float
    lng: float
    final: bool

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Move:
        return cls(_string(d, "id"), _lat(d), _lng(d), _bool(d, "final", True))


@dataclass(frozen=True)
class Select(Payload):
    type = Msg.SELECT
    ids: tuple[str, ...]
    add: bool = False

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Select:
        return cls(_ids(d), _bool(d, "add"))


@dataclass(frozen=True)
class Activate(Payload):
    type = Msg.ACTIVATE
    id: str

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Activate:
        return cls(_string(d, "id"))


@dataclass(frozen=True)
class Context(Payload):
    type = Msg.CONTEXT
    id: str | None
    lat: float
    lng: float
    x: float
    y: float

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Context:
        uid = d.get("id")
        return cls(
            None if uid is None else _ident(uid, "id"),
            _lat(d),
            _lng(d),
            _number(d, "x", -1e5, 1e5),
            _number(d, "y", -1e5, 1e5),
        )


DRAW_KINDS = frozenset({"route", "area", "cap", "contact_line", "occupied_area"})


@dataclass(frozen=True)
class Draw(Payload):
    type = Msg.DRAW
    kind: str
    coordinates: tuple[tuple[float, float], ...]
    unit: str | None

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Draw:
        kind = _string(d, "kind", allowed=DRAW_KINDS)
        coords = _positions(d)
        need = 3 if kind in {"area", "cap", "occupied_area"} else 2
        if len(coords) < need:
            raise BridgeError(f"a {kind} needs at least {need} points, got {len(coords)}")
        uid = d.get("unit")
        return cls(kind, coords, None if uid is None else _ident(uid, "unit"))


@dataclass(frozen=True)
class Delete(Payload):
    type = Msg.DELETE
    ids: tuple[str, ...]

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Delete:
        return cls(_ids(d))


@dataclass(frozen=True)
class Log(Payload):
    type = Msg.LOG
    level: str
    message: str

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Log:
        return cls(_string(d, "level", allowed=LOG_LEVELS), _message(d))


@dataclass(frozen=True)
class Measure(Payload):
    type = Msg.MEASURE
    coordinates: tuple[tuple[float, float], ...]
    closed: bool

    @classmethod
    def parse(cls, d: dict[str, Any]) -> Measure:
        coords = _positions(d)
        if len(coords) < 2 or len(coords) > 500:
            raise BridgeError(f"a measurement has 2 to 500 points, got {len(coords)}")
        return cls(coords, _bool(d, "closed"))


PAYLOADS: dict[Msg, type[Payload]] = {
    p.type: p
    for p in (Ready, Rendered, Cursor, View, Drop, Move, Select, Activate, Context, Draw, Delete, Log, Measure)
}


def parse_message(text: str) -> Payload:
    """Parse and validate one message from the page, or raise :class:`BridgeError`."""
    if not isinstance(text, str):
        raise BridgeError("a message must be JSON text")
    if len(text) > MAX_MESSAGE_BYTES:
        raise BridgeError(f"message of {len(text)} bytes is larger than {MAX_MESSAGE_BYTES}")
    try:
        d = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as e:
        raise BridgeError(f"not JSON: {e}") from None
    if not isinstance(d, dict):
        raise BridgeError("a message must be a JSON object")
    kind = d.get("type")
    try:
        msg = Msg(kind if isinstance(kind, str) else "")
    except ValueError:
        raise BridgeError(f"unknown message type {str(kind)[:40]!r}") from None
    try:
        return PAYLOADS[msg].parse(d)
    except BridgeError as e:
        raise BridgeError(f"{msg.value}: {e}") from None
    except (TypeError, ValueError, OverflowError) as e:
        raise BridgeError(f"{msg.value}: {e}") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


# -- calls into the page -------------------------------------------------------------------


class PageCall(StrEnum):
    """Every function of ``app`` in map.js that Python may call."""

    SET_PLAN = "setPlan"  # (plan: dict) draw a whole plan
    SET_SYMBOLS = "setSymbols"  # ({key: {svg, w, h, ax, ay}}) symbol images by key
    UPSERT_UNITS = "upsertUnits"  # ([unit]) add or redraw these units
    SET_TIPS = "setTips"  # ({id: tooltip text}) the units' tooltips (sent once a plan is drawn)
    REMOVE_UNITS = "removeUnits"  # ([id]) remove these units
    SET_GEOMETRIES = "setGeometries"  # ([plan geometry]) contact line, occupied area
    SET_SELECTION = "setSelection"  # ([id]) show these units as selected
    HIGHLIGHT = "highlight"  # ({units: [id], sites: [[lng, lat]]}) flash and mark
    FIT_TO = "fitTo"  # ({units: [id], sites: [[lng, lat]]}) zoom to these
    FIT_UKRAINE = "fitUkraine"  # () the start view
    SET_FLAGS = "setFlags"  # ({id: "error"|"warning"}) units with findings
    SET_SITES = "setSites"  # ([{name, lng, lat, covered}]) priority sites and coverage
    SET_MODE = "setMode"  # (mode: str, options: dict) select / draw route / draw area …
    SET_OPTIONS = "setOptions"  # ({rings: bool, labels: bool, …}) display options
    SHOW_PREVIEW = "showPreview"  # ([{to, from?, label, range_km?}]) ghosts of proposed fixes (preview.js)
    CLEAR_PREVIEW = "clearPreview"  # () remove the ghosts
    START_MEASURE = "startMeasure"  # () the measuring tool (tools.js)
    STOP_MEASURE = "stopMeasure"  # () end it
    SET_TILE_BASE = "setTileBase"  # ({url, minzoom, maxzoom, bounds, opacity, visible, vector, …} | None) tilebase.js
    SET_ANNOTATIONS = "setAnnotations"  # ([{coordinates, closed, label}]) kept measurements
    RENDERED_AT = "renderedAt"  # (width, height) say "rendered" again once drawn at this size


def payload_fields(msg: Msg) -> list[str]:
    """The payload field names of a message type (for documentation and tests)."""
    return [f.name for f in fields(PAYLOADS[msg])]


# -- the print page --------------------------------------------------------------------------

#: The largest message the print page sends (its reports are small).
MAX_PRINT_MESSAGE = 100_000


@dataclass(frozen=True)
class LaidOut:
    """What the print page reports once the sheet is laid out."""

    units: int
    legend: int
    labels: int
    scale: float
    trimmed: dict[str, int] = field(default_factory=dict)
    ms: float = 0.0
    geo: MapFrame | None = None  # the map frame on the page, for georeferencing the PDF


def _map_frame(d: dict[str, Any]) -> MapFrame | None:
    g = d.get("geo")
    if g is None:
        return None
    if not isinstance(g, dict):
        raise BridgeError("geo must be an object")
    box = [_number(g, k, 0, 100_000) for k in ("left", "top", "width", "height")]
    lats = [_number(g, k, -90, 90) for k in ("south", "north")]
    lons = [_number(g, k, -360, 360) for k in ("west", "east")]
    try:
        return MapFrame(
            left=box[0],
            top=box[1],
            width=box[2],
            height=box[3],
            south=lats[0],
            west=lons[0],
            north=lats[1],
            east=lons[1],
        )
    except ValueError as e:
        raise BridgeError(str(e)) from None


def _count(d: dict[str, Any], key: str, hi: float = 10_000_000) -> int:
    return int(_number(d, key, 0, hi))


def parse_page_message(text: str) -> tuple[str, Any]:
    """Validate one message of the print page: ``("ready", None)``, ``("laidout", LaidOut)`` or
    ``("log", (level, message))``. Raises :class:`BridgeError` (a ``ValueError``) naming the field."""
    if not isinstance(text, str) or len(text) > MAX_PRINT_MESSAGE:
        raise BridgeError(f"a message must be JSON text of at most {MAX_PRINT_MESSAGE:,} characters")
    try:
        d = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as e:
        raise BridgeError(f"not JSON: {e}") from None
    if not isinstance(d, dict):
        raise BridgeError("a message must be a JSON object")
    kind = d.get("type")
    if kind == "ready":
        return "ready", None
    if kind == "laidout":
        trimmed = d.get("trimmed", {})
        if not isinstance(trimmed, dict) or not all(isinstance(k, str) for k in trimmed):
            raise BridgeError("trimmed must be an object")
        return "laidout", LaidOut(
            _count(d, "units"),
            _count(d, "legend"),
            _count(d, "labels"),
            float(_count(d, "scale", 1e10)),
            {k[:40]: _count(trimmed, k) for k in list(trimmed)[:10]},
            float(_count(d, "ms", 1e9)),
            _map_frame(d),
        )
    if kind == "log":
        return "log", (_string(d, "level", allowed=LOG_LEVELS), _message(d))
    raise BridgeError(f"unknown message type {str(kind)[:40]!r}")
