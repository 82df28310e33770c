"""The plan library: plans on one SQLite file, read and written as :class:`~desktop.model.Plan`.

Every public write is one transaction (``BEGIN IMMEDIATE``: a second program waits up to the busy
timeout instead of failing half way). :meth:`Library.save_changes` is the edit path: it writes
only the difference between the plan before and after an edit. Reads of a whole plan run in one
read transaction, so another program's commit is never seen half applied.

Errors are :class:`~db.errors.LibraryError` subclasses naming the file; the transaction of a
failed write is rolled back, so the library holds the plan as it was before the call.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import signal
import sqlite3
import threading
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

from db.connection import open_connection
from db.diff import Run, UnitChanges, unit_changes
from db.errors import (
    AmbiguousPlanName,
    LibraryCorrupt,
    LibraryReadOnly,
    PlanNotFound,
    PlanOutOfDate,
    damaged,
    translated,
)
from desktop.catalogue import nations as nations_by_code
from desktop.fileio import protect_library, release_library
from desktop.i18n import translate
from desktop.model import (
    ALLOWED_GEOMETRIES,
    CONTRIBUTION_KINDS,
    GEOMETRY_KINDS,
    MANDATES,
    PHASES,
    PROFILES,
    UNIT_KINDS,
    UNIT_TABLE,
    US_SUPPORT,
    Contribution,
    FieldSpec,
    Geometry,
    Plan,
    PlanGeometry,
    Unit,
    valid_position,
)

log = logging.getLogger(__name__)

#: Distance between the ``seq`` of consecutive units when a plan is (re)numbered: room for
#: 16 successive insertions at the same place before the plan is renumbered.
SEQ_STEP = 1 << 16

#: Plan fields stored in the ``plans`` row, in column order.
PLAN_FIELDS = ("name", "profile", "phase", "mandate", "us_support", "classification",
               "priority_sites", "extra", "declared")  # fmt: skip
#: Unit fields with a column of their own (the fields of schema 1), in column order. Every other
#: field of the table is stored in the row's JSON object ``extra`` under its name (see
#: :func:`_stored_extra`): adding a unit field needs no migration.
COLUMN_FIELDS: tuple[FieldSpec, ...] = tuple(spec for spec in UNIT_TABLE if spec.column)
EXTRA_FIELDS: tuple[FieldSpec, ...] = tuple(spec for spec in UNIT_TABLE if not spec.column)
UNIT_COLUMNS = ("id", *(spec.name for spec in COLUMN_FIELDS), "geometry", "lon", "lat", "extra", "declared",
                "id_is_int")  # fmt: skip
CONTRIBUTION_COLUMNS = ("seq", "nation", "kind", "amount_eur", "note", "extra", "declared")
GEOMETRY_COLUMNS = ("id", "seq", "kind", "geometry", "extra", "id_is_int")


@dataclass(frozen=True)
class PlanSummary:
    """One line of the library list. ``troops``: total strength of every unit, all phases."""

    id: int
    name: str
    units: int
    troops: int
    modified: str  #: ISO 8601, UTC


# ---------------------------------------------------------------------------------------------
# Rows <-> values
# ---------------------------------------------------------------------------------------------


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
_decode = json.JSONDecoder().decode


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number Posture writes")


def _finite_float(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{text[:20]} is not a finite number")
    return value


_decode_setting = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite_float).decode


def _json(value: Any) -> str:
    return _encode(value)


# Most units have no phases, roles or extra: skip the JSON machinery for those (10,000-unit plans).
def _json_list(items: Sequence[Any]) -> str:
    return _encode(list(items)) if items else "[]"


def _json_object(mapping: Mapping[str, Any]) -> str:
    return _encode(dict(mapping)) if mapping else "{}"


def _from_list(text: str) -> tuple[Any, ...]:
    return () if text == "[]" else tuple(_decode(text))


def _from_object(text: str) -> dict[str, Any]:
    return {} if text == "{}" else dict(_decode(text))


def _from_geometry(text: str) -> Geometry:
    obj = _decode(text)
    c = obj.get("coordinates") if type(obj) is dict else None
    if (
        type(obj) is dict
        and obj.get("type") == "Point"
        and type(c) is list
        and len(c) == 2
        and type(c[0]) is float
        and type(c[1]) is float
    ):
        return Geometry("Point", (c[0], c[1]))  # most units: what from_geojson makes, without its walk
    return Geometry.from_geojson(obj)


# ``declared`` (which members a plan file gave) is one of a few sets shared by most units of a
# plan: encode and decode each once.
@lru_cache(maxsize=256)
def _json_declared(declared: frozenset[str]) -> str:
    return _encode(sorted(declared)) if declared else "[]"


@lru_cache(maxsize=256)
def _from_declared(text: str) -> frozenset[str]:
    return frozenset(_decode(text)) if text != "[]" else frozenset()


def _marks(columns: Sequence[str], more: int = 0) -> str:
    """``?, ?, …``: one parameter per column, plus ``more``."""
    return ", ".join("?" * (len(columns) + more))


def _cols(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _assignments(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}" = ?' for c in columns)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _plan_row(plan: Plan) -> tuple[Any, ...]:
    sites = None if plan.priority_sites is None else _json(list(plan.priority_sites))
    return (plan.name, plan.profile, plan.phase, plan.mandate, plan.us_support,
            plan.classification, sites, _json_object(plan.extra),
            _json_declared(plan.declared))  # fmt: skip


#: Column fields stored as JSON lists (phases, roles).
_LIST_COLUMNS = frozenset(spec.name for spec in COLUMN_FIELDS if spec.type is tuple)
_COLUMN_NAMES = tuple(spec.name for spec in COLUMN_FIELDS)


def _stored_extra(u: Unit) -> Mapping[str, Any]:
    """``u.extra`` plus the fields that have no column, under their names (those that are set).

    ``extra`` only holds a field's name with the value ``null`` (a file's ``"parent": null``); a
    set field takes its place, which the plan-file writer does too (a modelled field wins).
    """
    if not EXTRA_FIELDS:
        return u.extra
    fields = {spec.name: spec.to_json(v) for spec in EXTRA_FIELDS if (v := getattr(u, spec.name)) is not None}
    return {**u.extra, **fields} if fields else u.extra


def _unit_row(u: Unit) -> tuple[Any, ...]:
    lon, lat = u.position
    values = [_json_list(v) if name in _LIST_COLUMNS else v for name in _COLUMN_NAMES for v in (getattr(u, name),)]
    return (u.id, *values, _json(u.geometry.to_geojson()), lon, lat,
            _json_object(_stored_extra(u)), _json_declared(u.declared), int(u.id_is_int))  # fmt: skip


def _unit_from_row(row: Sequence[Any]) -> Unit:
    n = len(_COLUMN_NAMES)
    uid = row[0]
    geometry, _lon, _lat, extra_text, declared, id_is_int = row[n + 1 :]
    values: dict[str, Any] = {
        name: _from_list(v) if name in _LIST_COLUMNS else v
        for name, v in zip(_COLUMN_NAMES, row[1 : n + 1], strict=True)
    }
    extra = _from_object(extra_text)
    if extra and EXTRA_FIELDS:
        for spec in EXTRA_FIELDS:
            # A stored value of the field's type is the field; anything else (a property of that
            # name stored before the field existed, of another type) stays an unknown property.
            if spec.name in extra and extra[spec.name] is not None and spec.has_type(spec.from_json(extra[spec.name])):
                values[spec.name] = spec.from_json(extra.pop(spec.name))
    return Unit(id=uid, geometry=_from_geometry(geometry), **values, extra=extra, declared=_from_declared(declared),
                id_is_int=bool(id_is_int))  # fmt: skip


def _contribution_row(seq: int, c: Contribution) -> tuple[Any, ...]:
    return (seq, c.nation, c.kind, c.amount_eur, c.note, _json_object(c.extra), _json_declared(c.declared))


def _geometry_row(seq: int, g: PlanGeometry) -> tuple[Any, ...]:
    return (g.id, seq, g.kind, _json(g.geometry.to_geojson()), _json_object(g.extra), int(g.id_is_int))


# ---------------------------------------------------------------------------------------------
# A damaged library: values this build never writes (bit rot, a bad copy) are refused on reading
# ---------------------------------------------------------------------------------------------

#: Every column this build reads or writes, by table: a library without one is damaged.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "plans": ("id", *PLAN_FIELDS, "created", "modified"),
    "units": ("plan_id", "seq", *UNIT_COLUMNS),
    "contributions": ("plan_id", *CONTRIBUTION_COLUMNS),
    "geometries": ("plan_id", *GEOMETRY_COLUMNS),
    "parameters": ("plan_id", "name", "value"),
    "settings": ("key", "value"),
}

#: How deep the positions of each geometry type are nested (a position is depth 0).
_NESTING = {"Point": 0, "LineString": 1, "Polygon": 2, "MultiLineString": 2, "MultiPolygon": 3}
#: Errors that decoding a damaged row raises (bad JSON, a list where a mapping was written…).
_PHASES = frozenset(PHASES)
_DECODING_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)


def _bad(what: str, value: Any) -> ValueError:
    text = repr(value)
    return ValueError(f"{what} {text if len(text) <= 40 else text[:37] + '...'} is not a value Posture writes")


def _is_number(value: Any, whole: bool = False) -> bool:
    if whole:
        return type(value) is int
    return type(value) in (int, float) and value == value and value not in (float("inf"), float("-inf"))


def _check_coordinates(coords: Any, depth: int) -> bool:
    if depth == 0:
        return (
            type(coords) is tuple
            and 2 <= len(coords) <= 3
            and all(type(v) is float for v in coords)
            and valid_position(coords[0], coords[1])
        )
    return type(coords) is tuple and len(coords) > 0 and all(_check_coordinates(c, depth - 1) for c in coords)


def _check_geometry(what: str, geometry: Geometry, allowed: frozenset[str]) -> None:
    c = geometry.coordinates
    if (geometry.type == "Point" and "Point" in allowed and type(c) is tuple and len(c) in (2, 3)
            and type(c[0]) is float and type(c[1]) is float and -180.0 <= c[0] <= 180.0 and -90.0 <= c[1] <= 90.0
            and (len(c) == 2 or type(c[2]) is float)):  # fmt: skip
        return  # the common case, fast (NaN fails the comparisons and takes the long way)
    if geometry.type not in allowed or not _check_coordinates(geometry.coordinates, _NESTING[geometry.type]):
        raise _bad(f"{what} geometry", geometry.type)


def _check_unit(u: Unit, nations: Container[str]) -> None:
    what = f"unit {u.id!r}"
    if u.kind not in UNIT_KINDS:
        raise _bad(f"{what} kind", u.kind)
    if u.nation not in nations:
        raise _bad(f"{what} nation", u.nation)
    for spec in COLUMN_FIELDS:  # the others were checked as they were read (_unit_from_row)
        value = getattr(u, spec.name)
        if not spec.has_type(value):
            raise _bad(f"{what} {spec.name}", value)
    _check_geometry(what, u.geometry, ALLOWED_GEOMETRIES[u.kind])


def _is_site(site: object) -> bool:
    """A place name, or a custom site ``{"name", "lon", "lat"}`` (doctrine.md)."""
    if type(site) is str:
        return True
    return (
        isinstance(site, Mapping)
        and type(site.get("name")) is str
        and _is_number(site.get("lon"))
        and _is_number(site.get("lat"))
    )


def _check_plan(plan: Plan) -> None:
    """Raise ``ValueError`` when a stored value is not one this build writes (the library is damaged)."""
    for field, allowed in (("profile", PROFILES), ("phase", PHASES), ("mandate", MANDATES),
                           ("us_support", US_SUPPORT)):  # fmt: skip
        if getattr(plan, field) not in allowed:
            raise _bad(field, getattr(plan, field))
    if type(plan.name) is not str or type(plan.classification) is not str:
        raise _bad("name or classification", (plan.name, plan.classification))
    if not all(type(k) is str and _is_number(v) for k, v in plan.parameters.items()):
        raise _bad("parameters", plan.parameters)
    if plan.priority_sites is not None and not all(_is_site(s) for s in plan.priority_sites):
        raise _bad("priority sites", plan.priority_sites)
    nations = nations_by_code()
    for u in plan.units:
        _check_unit(u, nations)
    for c in plan.contributions:
        if c.kind not in CONTRIBUTION_KINDS or c.nation not in nations or type(c.note) is not str:
            raise _bad("contribution", (c.nation, c.kind, c.note))
        if c.amount_eur is not None and not _is_number(c.amount_eur):
            raise _bad("contribution amount", c.amount_eur)
    for g in plan.geometries:
        if g.kind not in GEOMETRY_KINDS:
            raise _bad(f"plan geometry {g.id!r} kind", g.kind)
        _check_geometry(f"plan geometry {g.id!r}", g.geometry, ALLOWED_GEOMETRIES[g.kind])


# ---------------------------------------------------------------------------------------------
# Writes shared by add_plan, save_changes and duplicate_plan (each inside a transaction)
# ---------------------------------------------------------------------------------------------


def _insert_units(conn: sqlite3.Connection, plan_id: int, rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert ``(seq, *unit_row)`` rows."""
    conn.executemany(
        f"INSERT INTO units (plan_id, seq, {_cols(UNIT_COLUMNS)}) VALUES ({_marks(UNIT_COLUMNS, 2)})",
        ((plan_id, *row) for row in rows),
    )


def _replace_parameters(conn: sqlite3.Connection, plan_id: int, params: Mapping[str, Any]) -> None:
    conn.execute("DELETE FROM parameters WHERE plan_id = ?", (plan_id,))
    conn.executemany(
        "INSERT INTO parameters (plan_id, name, value) VALUES (?, ?, ?)",
        ((plan_id, name, value) for name, value in params.items()),
    )


def _replace_contributions(conn: sqlite3.Connection, plan_id: int, contributions: Sequence[Contribution]) -> None:
    conn.execute("DELETE FROM contributions WHERE plan_id = ?", (plan_id,))
    conn.executemany(
        f"INSERT INTO contributions (plan_id, {_cols(CONTRIBUTION_COLUMNS)}) "
        f"VALUES ({_marks(CONTRIBUTION_COLUMNS, 1)})",
        ((plan_id, *_contribution_row(i, c)) for i, c in enumerate(contributions)),
    )


def _replace_geometries(conn: sqlite3.Connection, plan_id: int, geometries: Sequence[PlanGeometry]) -> None:
    conn.execute("DELETE FROM geometries WHERE plan_id = ?", (plan_id,))
    conn.executemany(
        f"INSERT INTO geometries (plan_id, {_cols(GEOMETRY_COLUMNS)}) VALUES ({_marks(GEOMETRY_COLUMNS, 1)})",
        ((plan_id, *_geometry_row(i, g)) for i, g in enumerate(geometries)),
    )


def _check_unique_ids(units: Sequence[Unit]) -> None:
    if len({u.id for u in units}) != len(units):
        raise ValueError("two units of the plan have the same id")


# ---------------------------------------------------------------------------------------------
# The library
# ---------------------------------------------------------------------------------------------


@contextmanager
def _ctrl_c_after_commit() -> Iterator[None]:
    """Hold a Ctrl+C back while SQLite commits, until :attr:`Library.commits` counts it: an
    interrupted command then knows whether its change was committed (cli.md: exit 130 means
    nothing was). Only the main thread receives signals; elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if held and callable(previous):
            previous(signal.SIGINT, None)  # Python's handler: KeyboardInterrupt, now


class Library:
    """The plan library in one SQLite file (a context manager; close it when done).

    ``Library(path)`` creates the file and its folders when missing and upgrades an older
    schema; ``Library(path, read_only=True)`` never writes (the file must exist) and raises
    :class:`~db.errors.LibraryReadOnly` on any write. ``":memory:"`` gives a throw-away library.
    """

    #: Transactions committed by this process (every library): see :func:`_ctrl_c_after_commit`.
    commits = 0

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False) -> None:
        self.path = Path(path).expanduser()
        self.read_only = read_only
        self._protected = str(self.path) != ":memory:"
        if self._protected:
            protect_library(self.path)  # no output of this process may be written over it while open
        try:
            self._conn = open_connection(self.path, read_only)
        except BaseException:
            self._release()
            raise
        try:
            self._check_columns()
        except BaseException:
            self._conn.close()
            self._release()
            raise

    def _release(self) -> None:
        if self._protected:
            self._protected = False
            release_library(self.path)

    def _check_columns(self) -> None:
        """Refuse a library whose schema lost a column (damaged schema text still parses)."""
        with translated(self.path):
            for table, columns in TABLE_COLUMNS.items():
                have = {row[1] for row in self._conn.execute(f"PRAGMA table_info({table})").fetchall()}
                missing = [c for c in columns if c not in have]
                if missing:
                    why = translate("Library", "table {table} has no column {column}").format(
                        table=table, column=missing[0]
                    )
                    raise LibraryCorrupt(damaged(self.path, why))

    @cached_property
    def db(self) -> Any:
        """The sqlite-utils view of the same connection (for maintenance and tests)."""
        from sqlite_utils import Database

        return Database(self._conn, execute_plugins=False)

    def close(self) -> None:
        """Close the file (idempotent). The last connection to close checkpoints the WAL."""
        self._conn.close()
        self._release()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r}, read_only={self.read_only})"

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: a consistent snapshot even while another program commits."""
        with translated(self.path):
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.rollback()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed at the end or rolled back on any error."""
        if self.read_only:
            raise LibraryReadOnly(
                translate("Library", "{path}: the plan library was opened read-only").format(path=self.path)
            )
        with translated(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                with _ctrl_c_after_commit():
                    self._conn.commit()
                    Library.commits += 1
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise

    def _not_found(self, plan_id: int | str) -> PlanNotFound:
        return PlanNotFound(
            translate("Library", "{path}: no plan {plan} in the library").format(path=self.path, plan=plan_id)
        )

    # -- reading ------------------------------------------------------------------------------

    def list_plans(self) -> list[PlanSummary]:
        """Every plan, by id."""
        with self._reading() as conn:
            rows = conn.execute(
                # total(), not sum(): a float that cannot overflow (sum() of two strengths near
                # 2^63 raises "integer overflow", and a library written before the bounds may hold them)
                "SELECT p.id, p.name, count(u.id), total(u.strength), p.modified "
                "FROM plans p LEFT JOIN units u ON u.plan_id = p.id GROUP BY p.id ORDER BY p.id"
            ).fetchall()
        return [PlanSummary(pid, name, units, int(troops), modified) for pid, name, units, troops, modified in rows]

    def find_plan(self, ref: str) -> int:
        """The id of the plan ``ref`` names: an id, else the exact name, else the name without
        surrounding spaces.

        Raises :class:`PlanNotFound`, or :class:`AmbiguousPlanName` when several plans have
        that name (the caller then gives the id).
        """
        stripped = ref.strip()
        with self._reading() as conn:
            if stripped.isascii() and stripped.isdigit() and len(stripped) < 19:
                row = conn.execute("SELECT id FROM plans WHERE id = ?", (int(stripped),)).fetchone()
                if row:
                    return int(row[0])
            # The exact name first (a plan may be named " Option A " or "Option B/C"), then without
            # the spaces a shell or a copy may have added around it.
            for name in dict.fromkeys((ref, stripped)):
                ids = [r[0] for r in conn.execute("SELECT id FROM plans WHERE name = ? ORDER BY id", (name,))]
                if ids:
                    break
        ref = stripped
        if len(ids) > 1:
            listed = ", ".join(map(str, ids))
            text = translate("Library", '{path}: %n plans are named "{name}" (ids {ids}); give the id', None, len(ids))
            raise AmbiguousPlanName(text.format(path=self.path, name=ref, ids=listed))
        if not ids:
            text = translate(
                "Library",
                '{path}: no plan "{name}" in the library (give an id or the exact name; `posture plans` lists them)',
            )
            raise PlanNotFound(text.format(path=self.path, name=ref))
        return int(ids[0])

    def load_plan(self, plan_id: int) -> Plan:
        """The stored plan, with ``id`` set; :class:`PlanNotFound` if there is none."""
        with self._reading() as conn:
            row = conn.execute(f"SELECT {_cols(PLAN_FIELDS)} FROM plans WHERE id = ?", (plan_id,)).fetchone()
            if row is None:
                raise self._not_found(plan_id)
            units = conn.execute(
                f"SELECT {_cols(UNIT_COLUMNS)} FROM units WHERE plan_id = ? ORDER BY seq",
                (plan_id,),
            ).fetchall()
            contributions = conn.execute(
                f"SELECT {_cols(CONTRIBUTION_COLUMNS[1:])} FROM contributions WHERE plan_id = ? ORDER BY seq",
                (plan_id,),
            ).fetchall()
            geometries = conn.execute(
                "SELECT id, kind, geometry, extra, id_is_int FROM geometries WHERE plan_id = ? ORDER BY seq",
                (plan_id,),
            ).fetchall()
            parameters = conn.execute(
                "SELECT name, value FROM parameters WHERE plan_id = ? ORDER BY rowid", (plan_id,)
            ).fetchall()
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new objects, none garbage: ~35 ms of collections at 10,000 units
        try:
            plan = self._plan_from_rows(plan_id, row, units, contributions, geometries, parameters)
            _check_plan(plan)
        except _DECODING_ERRORS as e:
            detail = " ".join(str(e).split())[:160]
            why = translate("Library", "plan {plan}: {detail}").format(plan=plan_id, detail=detail)
            raise LibraryCorrupt(damaged(self.path, why)) from None
        finally:
            if collecting:
                gc.enable()
        return plan

    @staticmethod
    def _plan_from_rows(
        plan_id: int,
        row: Sequence[Any],
        units: Sequence[Sequence[Any]],
        contributions: Sequence[Sequence[Any]],
        geometries: Sequence[Sequence[Any]],
        parameters: Sequence[tuple[str, float]],
    ) -> Plan:
        name, profile, phase, mandate, us_support, classification, sites, extra, declared = row
        return Plan(
            name=name, profile=profile, phase=phase, mandate=mandate, us_support=us_support,
            classification=classification, parameters=dict(parameters),
            priority_sites=None if sites is None else _from_list(sites),
            contributions=tuple(
                Contribution(nation, kind, amount, note, _from_object(more), _from_declared(declared_c))
                for nation, kind, amount, note, more, declared_c in contributions
            ),
            units=tuple(_unit_from_row(r) for r in units),
            geometries=tuple(
                PlanGeometry(gid, kind, _from_geometry(geo), _from_object(more), bool(id_is_int))
                for gid, kind, geo, more, id_is_int in geometries
            ),
            extra=_from_object(extra), id=plan_id, declared=_from_declared(declared),
        )  # fmt: skip

    def get_setting(self, key: str, default: Any = None, kind: type | tuple[type, ...] | None = None) -> Any:
        """The JSON value stored under ``key``, or ``default``.

        A setting is a convenience (the last plan, the print folder): one that cannot be read
        (not JSON, a number that is not finite, or not of ``kind`` when given; ``bool`` is not
        an ``int`` here) is ignored with one log line, and ``default`` returned.
        """
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            value = _decode_setting(row[0])
        except (ValueError, TypeError, RecursionError) as e:
            why = " ".join(str(e).split())[:80]
            text = translate("Library", "{path}: the setting {key} cannot be read ({why}); ignored")
            log.warning("%s", text.format(path=self.path, key=repr(key), why=why))
            return default
        if kind is None:
            return value
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (type(value) is bool and bool not in kinds):
            text = translate("Library", "{path}: the setting {key} holds {value}, not a value Posture writes; ignored")
            log.warning("%s", text.format(path=self.path, key=repr(key), value=repr(value)[:40]))
            return default
        return value

    def data_version(self) -> int:
        """Changes whenever ANOTHER connection commits (``PRAGMA data_version``): poll it."""
        with translated(self.path):
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    # -- writing ------------------------------------------------------------------------------

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable ``value`` under ``key`` (e.g. the last opened plan)."""
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, _json(value)),
            )

    def add_plan(self, plan: Plan) -> int:
        """Store ``plan`` as a new plan (its ``id`` is ignored) in one transaction; its new id."""
        _check_unique_ids(plan.units)
        now = _now()
        with self._writing() as conn:
            cursor = conn.execute(
                f"INSERT INTO plans ({_cols(PLAN_FIELDS)}, created, modified) VALUES ({_marks(PLAN_FIELDS, 2)})",
                (*_plan_row(plan), now, now),
            )
            plan_id = int(cursor.lastrowid or 0)
            _insert_units(
                conn,
                plan_id,
                (((k + 1) * SEQ_STEP, *_unit_row(u)) for k, u in enumerate(plan.units)),
            )
            _replace_parameters(conn, plan_id, plan.parameters)
            _replace_contributions(conn, plan_id, plan.contributions)
            _replace_geometries(conn, plan_id, plan.geometries)
        return plan_id

    def save_changes(self, plan_id: int, before: Plan, after: Plan) -> None:
        """Persist the difference between two values of a plan, in ONE transaction.

        ``before`` must be the plan as stored (the value last loaded or saved); ``after`` is
        the plan after one or more edits. Only what changed is written: a one-unit edit in a
        10,000-unit plan is one row. The stored unit order becomes ``after``'s order. Does
        nothing when the two are equal. Raises :class:`PlanNotFound`, or
        :class:`PlanOutOfDate` when the stored plan does not match ``before`` (nothing saved).
        """
        units = unit_changes(before.units, after.units)
        row_changed = _plan_row(before) != _plan_row(after)
        params_changed = dict(before.parameters) != dict(after.parameters)
        contributions_changed = before.contributions != after.contributions
        geometries_changed = before.geometries != after.geometries
        if not (units or row_changed or params_changed or contributions_changed
                or geometries_changed):  # fmt: skip
            return
        with self._writing() as conn:
            self._check_not_changed_elsewhere(conn, plan_id, before, units, row_changed)
            if row_changed:
                cursor = conn.execute(
                    f"UPDATE plans SET {_assignments(PLAN_FIELDS)}, modified = ? WHERE id = ?",
                    (*_plan_row(after), _now(), plan_id),
                )
            else:
                cursor = conn.execute("UPDATE plans SET modified = ? WHERE id = ?", (_now(), plan_id))
            if cursor.rowcount != 1:
                raise self._not_found(plan_id)
            if units:
                self._write_unit_changes(conn, plan_id, len(before.units), after.units, units)
            if params_changed:
                _replace_parameters(conn, plan_id, after.parameters)
            if contributions_changed:
                _replace_contributions(conn, plan_id, after.contributions)
            if geometries_changed:
                _replace_geometries(conn, plan_id, after.geometries)

    def _check_not_changed_elsewhere(
        self, conn: sqlite3.Connection, plan_id: int, before: Plan, units: UnitChanges, row_changed: bool
    ) -> None:
        """Refuse to overwrite what another program changed since ``before`` was read.

        Only what this edit touches is compared (the units it edits or removes, the plan row it
        rewrites), so edits of different units in two windows both stay; an edit of the same
        unit on a stale copy raises :class:`PlanOutOfDate` instead of silently winning.
        """
        touched = [u.id for u in units.edited] + list(units.removed)
        for start in range(0, len(touched), 500):
            ids = touched[start : start + 500]
            rows = conn.execute(
                f"SELECT {_cols(UNIT_COLUMNS)} FROM units WHERE plan_id = ? AND id IN ({', '.join('?' * len(ids))})",
                (plan_id, *ids),
            ).fetchall()
            stored = {row[0]: tuple(row) for row in rows}
            for uid in ids:
                if stored.get(uid) != _unit_row(before.unit(uid)):
                    raise self._out_of_date(
                        plan_id,
                        translate("Library", "unit {unit} was changed by another program").format(unit=repr(uid)),
                    )
        if row_changed:
            row = conn.execute(f"SELECT {_cols(PLAN_FIELDS)} FROM plans WHERE id = ?", (plan_id,)).fetchone()
            if row is not None and tuple(row) != _plan_row(before):
                raise self._out_of_date(plan_id, translate("Library", "its settings were changed by another program"))

    def _write_unit_changes(
        self,
        conn: sqlite3.Connection,
        plan_id: int,
        stored_count: int,
        after: Sequence[Unit],
        changes: UnitChanges,
    ) -> None:
        (count,) = conn.execute("SELECT count(*) FROM units WHERE plan_id = ?", (plan_id,)).fetchone()
        if count != stored_count:
            raise self._out_of_date(
                plan_id,
                translate("Library", "{count} units stored, {expected} expected").format(
                    count=count, expected=stored_count
                ),
            )
        seqs = self._placements(conn, plan_id, changes.runs)
        if seqs is None:  # no room left between two kept units: renumber the whole plan
            seqs = {u.id: (k + 1) * SEQ_STEP for k, u in enumerate(after)}
        added = {u.id for u in changes.added}
        edited = {u.id for u in changes.edited}
        try:
            self._expect(
                conn.executemany(
                    "DELETE FROM units WHERE plan_id = ? AND id = ?",
                    ((plan_id, uid) for uid in changes.removed),
                ).rowcount,
                len(changes.removed),
                plan_id,
            )
            self._expect(
                conn.executemany(
                    f"UPDATE units SET seq = coalesce(?, seq), {_assignments(UNIT_COLUMNS[1:])} "
                    "WHERE plan_id = ? AND id = ?",
                    ((seqs.get(u.id), *_unit_row(u)[1:], plan_id, u.id) for u in changes.edited),
                ).rowcount,
                len(changes.edited),
                plan_id,
            )
            moved = [(seq, plan_id, uid) for uid, seq in seqs.items()
                     if uid not in added and uid not in edited]  # fmt: skip
            self._expect(
                conn.executemany("UPDATE units SET seq = ? WHERE plan_id = ? AND id = ?", moved).rowcount,
                len(moved),
                plan_id,
            )
            _insert_units(conn, plan_id, ((seqs[u.id], *_unit_row(u)) for u in changes.added))
        except sqlite3.IntegrityError as e:
            raise self._out_of_date(plan_id, str(e)) from e

    def _placements(self, conn: sqlite3.Connection, plan_id: int, runs: Sequence[Run]) -> dict[str, int] | None:
        """New ``seq`` for every unit of ``runs``; ``None`` if some gap is too narrow."""
        anchors = sorted({a for r in runs for a in (r.prev_id, r.next_id) if a is not None})
        stored: dict[str, int] = {}
        for start in range(0, len(anchors), 500):  # stay under SQLite's variable limit
            chunk = anchors[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT id, seq FROM units WHERE plan_id = ? AND id IN ({marks})",
                (plan_id, *chunk),
            )
            stored.update(rows.fetchall())
        if len(stored) != len(anchors):
            raise self._out_of_date(plan_id, translate("Library", "a unit kept by the edit is not stored"))
        out: dict[str, int] = {}
        for run in runs:
            low = stored[run.prev_id] if run.prev_id is not None else 0
            n = len(run.ids)
            if run.next_id is None:
                out.update((uid, low + (k + 1) * SEQ_STEP) for k, uid in enumerate(run.ids))
                continue
            gap = stored[run.next_id] - low
            if gap <= n:
                return None
            out.update((uid, low + gap * (k + 1) // (n + 1)) for k, uid in enumerate(run.ids))
        return out

    def _out_of_date(self, plan_id: int, why: str) -> PlanOutOfDate:
        text = translate("Library", "{path}: plan {plan} was changed elsewhere ({why}); reload it")
        return PlanOutOfDate(text.format(path=self.path, plan=plan_id, why=why))

    def _expect(self, done: int, expected: int, plan_id: int) -> None:
        if done != expected:
            raise self._out_of_date(
                plan_id, translate("Library", "{done} of {expected} units found").format(done=done, expected=expected)
            )

    def rename_plan(self, plan_id: int, name: str) -> None:
        """Give the plan a new name."""
        with self._writing() as conn:
            cursor = conn.execute("UPDATE plans SET name = ?, modified = ? WHERE id = ?", (name, _now(), plan_id))
            if cursor.rowcount != 1:
                raise self._not_found(plan_id)

    def duplicate_plan(self, plan_id: int, new_name: str) -> int:
        """Copy a whole plan under a new name (in SQL, one transaction); the copy's id."""
        now = _now()
        with self._writing() as conn:
            cursor = conn.execute(
                f"INSERT INTO plans ({_cols(PLAN_FIELDS)}, created, modified) "
                f"SELECT ?, {_cols(PLAN_FIELDS[1:])}, ?, ? FROM plans WHERE id = ?",
                (new_name, now, now, plan_id),
            )
            if cursor.rowcount != 1:
                raise self._not_found(plan_id)
            new_id = int(cursor.lastrowid or 0)
            for table, columns in (
                ("units", ("seq", *UNIT_COLUMNS)),
                ("contributions", CONTRIBUTION_COLUMNS),
                ("geometries", GEOMETRY_COLUMNS),
                ("parameters", ("name", "value")),
            ):
                conn.execute(
                    f"INSERT INTO {table} (plan_id, {_cols(columns)}) "
                    f"SELECT ?, {_cols(columns)} FROM {table} WHERE plan_id = ? ORDER BY rowid",
                    (new_id, plan_id),
                )
        return new_id

    def delete_plan(self, plan_id: int) -> None:
        """Delete the plan and everything in it."""
        with self._writing() as conn:
            if conn.execute("DELETE FROM plans WHERE id = ?", (plan_id,)).rowcount != 1:
                raise self._not_found(plan_id)
