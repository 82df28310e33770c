"""The order of battle: the plan's units as a tree by command (plan-format.md, ``parent``).

A unit may name its ``parent``, the id of another unit of the plan that commands it (typically a
``land.hq``). Roots are the units without a parent, in plan order; each node's children are in
plan order too. ``total_strength`` is a unit's own strength plus its whole subtree's, over all
phases (cli.md, ``orbat --json``).

:func:`parent_problem` finds the first bad ``parent`` (unknown, the unit itself, part of a cycle),
which the plan-file reader turns into its one-line message. :func:`tree` never fails: a plan that
reached it without being checked (an old library) shows a unit whose parent is unknown or in a
cycle as a root, so nothing disappears from the tree.

Pure: no Qt, no files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop.i18n import format_number, translate
from desktop.model import Plan, Unit

#: The unit property (plan-format.md).
PARENT = "parent"


def parent_of(unit: Unit) -> str | None:
    """The id of the unit commanding ``unit``, or None (a root)."""
    return unit.parent or None


def with_parent(unit: Unit, parent: str | None) -> Unit:
    """``unit`` commanded by ``parent`` (None: by no one)."""
    return replace(unit, parent=parent or None)


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParentProblem:
    """The first bad ``parent`` of a set of units: which unit, the value, what is wrong."""

    unit_id: str
    parent: str
    problem: str


def parent_problem(units: Sequence[Unit], allow_unknown: bool = False) -> ParentProblem | None:
    """The first unit (in order) whose ``parent`` is unknown, itself, or part of a cycle.

    ``allow_unknown``: a national package may name a parent outside itself (plan-format.md);
    the unit itself and cycles are refused all the same.
    """
    ids = {u.id for u in units}
    parents: dict[str, str] = {}
    for u in units:
        p = parent_of(u)
        if p is None:
            continue
        if p == u.id:
            return ParentProblem(u.id, p, translate("PlanFile", "is the unit itself (a unit cannot command itself)"))
        if p not in ids:
            if allow_unknown:
                continue
            return ParentProblem(u.id, p, translate("PlanFile", "is not the id of a unit of the plan"))
        parents[u.id] = p
    in_cycle = _cycle_members(parents)
    for u in units:
        if u.id in in_cycle:
            chain = _cycle_text(u.id, parents)
            problem = translate("PlanFile", "makes a cycle of command ({chain})").format(chain=chain)
            return ParentProblem(u.id, parents[u.id], problem)
    return None


def _cycle_members(parents: Mapping[str, str]) -> set[str]:
    """Every id that lies on a cycle of ``parents`` (child -> parent)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    members: set[str] = set()
    for start in parents:
        if start in state:
            continue
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in state:
            state[node] = 1
            path.append(node)
            node = parents.get(node)
        if node is not None and state.get(node) == 1:  # came back onto the current path
            members.update(path[path.index(node) :])
        for n in path:
            state[n] = 2
    return members


def _cycle_text(start: str, parents: Mapping[str, str]) -> str:
    chain = [start]
    node = parents[start]
    while node != start and len(chain) < 6:
        chain.append(node)
        node = parents[node]
    if node != start:
        chain.append("…")
    return " → ".join(f'"{c}"' for c in [*chain, start])


def effective_parents(plan: Plan) -> dict[str, str]:
    """child id -> parent id for every unit whose parent is a unit of the plan and not in a cycle."""
    raw = {u.id: p for u in plan.units if (p := parent_of(u)) is not None and p != u.id and plan.has_unit(p)}
    bad = _cycle_members(raw)
    return {c: p for c, p in raw.items() if c not in bad}


# ---------------------------------------------------------------------------------------------
# The tree
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    unit: Unit
    children: tuple[Node, ...]
    total_strength: int

    def walk(self, depth: int = 0) -> Iterable[tuple[int, Node]]:
        """(depth, node) of this node and its subtree, depth first, in plan order."""
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)


def children_by_parent(plan: Plan) -> dict[str | None, list[Unit]]:
    """parent id (None for roots) -> its units in plan order."""
    parents = effective_parents(plan)
    out: dict[str | None, list[Unit]] = {}
    for u in plan.units:
        out.setdefault(parents.get(u.id), []).append(u)
    return out


def tree(plan: Plan) -> tuple[Node, ...]:
    """The roots of the plan's order of battle, each with its subtree."""
    kids = children_by_parent(plan)

    def build(u: Unit) -> Node:
        children = tuple(build(c) for c in kids.get(u.id, ()))
        return Node(u, children, u.strength + sum(c.total_strength for c in children))

    return tuple(build(u) for u in kids.get(None, ()))


def subtree_ids(plan: Plan, unit_id: str) -> set[str]:
    """``unit_id`` and every unit it commands, directly or not."""
    kids = children_by_parent(plan)
    out: set[str] = set()
    todo = [unit_id]
    while todo:
        uid = todo.pop()
        if uid in out:
            continue
        out.add(uid)
        todo.extend(c.id for c in kids.get(uid, ()))
    return out


def total_strengths(plan: Plan) -> dict[str, int]:
    """unit id -> its own strength plus its subtree's (all phases)."""
    out: dict[str, int] = {}
    for root in tree(plan):
        for _, node in root.walk():
            out[node.unit.id] = node.total_strength
    return out


# ---------------------------------------------------------------------------------------------
# Edits (pure values for the undo commands)
# ---------------------------------------------------------------------------------------------


class ReparentError(ValueError):
    """A re-parenting that would break the tree (the unit itself, or under its own subtree)."""


def reparented(plan: Plan, unit_id: str, parent: str | None) -> Unit:
    """The unit ``unit_id`` commanded by ``parent`` (None: made a root); :class:`ReparentError`
    when ``parent`` is the unit, one of its subordinates, or not a unit of the plan."""
    unit = plan.unit(unit_id)
    if parent is not None:
        if not plan.has_unit(parent):
            raise ReparentError(translate("Orbat", "{id!r} is not a unit of the plan").format(id=parent))
        if parent in subtree_ids(plan, unit_id):
            if parent == unit_id:
                raise ReparentError(translate("Orbat", "{unit} cannot be put under itself").format(unit=unit.label()))
            raise ReparentError(
                translate("Orbat", "{unit} cannot be put under {other}, which it commands").format(
                    unit=unit.label(), other=plan.unit(parent).label()
                )
            )
    return with_parent(unit, parent)


def repointed_after_removal(plan: Plan, removed: Iterable[str]) -> list[Unit]:
    """The units left whose parent is removed, re-pointed to the nearest commander that stays
    (None when none does), so that the plan stays a valid tree after a delete."""
    gone = set(removed)
    out = []
    for u in plan.units:
        p = parent_of(u)
        if u.id in gone or p is None or p not in gone:
            continue
        seen: set[str] = set()
        while p is not None and p in gone and p not in seen and plan.has_unit(p):
            seen.add(p)
            p = parent_of(plan.unit(p))
        if p in gone or (p is not None and not plan.has_unit(p)):
            p = None
        out.append(with_parent(u, p))
    return out


# ---------------------------------------------------------------------------------------------
# Output (cli.md, ``orbat``)
# ---------------------------------------------------------------------------------------------


def _node_json(node: Node) -> dict[str, Any]:
    u = node.unit
    return {
        "id": u.id,
        "name": u.name,
        "nation": u.nation,
        "kind": u.kind,
        "strength": u.strength,
        "total_strength": node.total_strength,
        "children": [_node_json(c) for c in node.children],
    }


def orbat_json(plan: Plan) -> dict[str, Any]:
    """``orbat --json`` (cli.md): ``{"plan": name, "roots": [node…]}``."""
    return {"plan": plan.name, "roots": [_node_json(n) for n in tree(plan)]}


def format_orbat(plan: Plan) -> str:
    """The order of battle as an indented tree of plain text, one unit a line."""
    roots = tree(plan)
    total = sum(n.total_strength for n in roots)
    head = translate("Orbat", "{plan}: %n units, {personnel} personnel (all phases)", None, len(plan.units))
    lines = [head.format(plan=plan.name, personnel=format_number(total))]
    if not roots:
        lines.append("  " + translate("Orbat", "(no units)"))
    for root in roots:
        for depth, node in root.walk():
            u = node.unit
            own = format_number(u.strength)
            rolled = (
                translate("Orbat", ", total {n}").format(n=format_number(node.total_strength)) if node.children else ""
            )
            name = u.name or u.label()
            lines.append(f"{'  ' * (depth + 1)}{name} [{u.id}] {u.nation} {u.kind}: {own}{rolled}")
    return "\n".join(lines)
