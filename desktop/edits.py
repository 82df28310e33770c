"""Invertible changes of a plan, as pure values.

A :class:`Delta` says what changes (units put at an index, units removed, plan fields set);
``delta.apply(plan)`` gives the new plan and ``delta.inverse(plan)`` the delta that undoes it.
:class:`db.session.PlanSession` applies a delta by committing it to SQLite first (one
transaction) and only then making it the current plan. The window's undo commands and the
crash-safety tests both go through here. No Qt, no library, no files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit

#: Plan fields a delta may set (everything but units, which have their own operations).
PLAN_FIELDS = frozenset(
    {
        "name", "profile", "phase", "mandate", "us_support", "classification",
        "parameters", "priority_sites", "contributions", "geometries", "extra",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Delta:
    """A change from one plan to the next.

    ``put``: (index, unit) pairs; a unit whose id exists replaces it in place (index ignored),
    a new one is inserted at ``index`` (applied in ascending index order). ``remove``: unit ids.
    ``fields``: plan fields to set. Removal happens before puts.
    """

    put: tuple[tuple[int, Unit], ...] = ()
    remove: tuple[str, ...] = ()
    fields: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.fields) - PLAN_FIELDS
        if unknown:
            raise ValueError(f"not plan fields: {sorted(unknown)}")

    @property
    def unit_ids(self) -> frozenset[str]:
        """Every unit this delta touches."""
        return frozenset(u.id for _, u in self.put) | frozenset(self.remove)

    def is_empty(self) -> bool:
        return not (self.put or self.remove or self.fields)

    def apply(self, plan: Plan) -> Plan:
        for uid in self.remove:
            plan = plan.without_unit(uid)
        for index, unit in sorted(self.put, key=lambda p: p[0]):
            plan = plan.with_unit(unit, index)
        if self.fields:
            plan = replace(plan, **self.fields)
        return plan

    def inverse(self, before: Plan) -> Delta:
        """The delta that takes ``self.apply(before)`` back to ``before``."""
        put: list[tuple[int, Unit]] = []
        remove: list[str] = []
        for uid in self.remove:
            put.append((before.unit_position_index(uid), before.unit(uid)))
        for _, unit in self.put:
            if before.has_unit(unit.id) and unit.id not in self.remove:
                put.append((before.unit_position_index(unit.id), before.unit(unit.id)))
            else:
                remove.append(unit.id)
        fields = {k: getattr(before, k) for k in self.fields}
        return Delta(tuple(sorted(put, key=lambda p: p[0])), tuple(remove), fields)


# -- constructors for the edits the planner makes -------------------------------------------


def add_units(plan: Plan, units: Iterable[Unit]) -> Delta:
    n = len(plan.units)
    return Delta(put=tuple((n + i, u) for i, u in enumerate(units)))


def update_units(units: Iterable[Unit]) -> Delta:
    """Replace existing units (same ids) with these values."""
    return Delta(put=tuple((0, u) for u in units))


def move_unit(plan: Plan, unit_id: str, lon: float, lat: float) -> Delta:
    """Move a unit so that its anchor is at (lon, lat); a route or area moves as a whole."""
    u = plan.unit(unit_id)
    return update_units([replace(u, geometry=u.geometry.moved_to(lon, lat))])


def reshape_unit(plan: Plan, unit_id: str, geometry: Geometry) -> Delta:
    return update_units([replace(plan.unit(unit_id), geometry=geometry)])


def remove_units(unit_ids: Iterable[str]) -> Delta:
    return Delta(remove=tuple(dict.fromkeys(unit_ids)))


def set_fields(**fields: Any) -> Delta:
    return Delta(fields=fields)


def set_parameter(plan: Plan, name: str, value: float | None) -> Delta:
    """Override a doctrine parameter for this plan (``None``: back to the profile default)."""
    params = dict(plan.parameters)
    if value is None:
        params.pop(name, None)
    else:
        params[name] = value
    return Delta(fields={"parameters": params})


def set_geometry(plan: Plan, kind: str, geometry: Geometry | None, geometry_id: str | None = None) -> Delta:
    """Set (or clear, with ``None``) the plan's contact line or occupied area."""
    keep = tuple(g for g in plan.geometries if g.kind != kind)
    if geometry is None:
        return Delta(fields={"geometries": keep})
    old = plan.geometry(kind)
    gid = geometry_id or (old.id if old else kind.replace("_", "-"))
    extra = old.extra if old else {}
    id_is_int = old.id_is_int if old else False
    return Delta(fields={"geometries": (*keep, PlanGeometry(gid, kind, geometry, extra, id_is_int=id_is_int))})


def set_contributions(contributions: Iterable[Contribution]) -> Delta:
    return Delta(fields={"contributions": tuple(contributions)})
