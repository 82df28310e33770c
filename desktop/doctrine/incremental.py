"""The incremental engine: after an edit, re-evaluate only the findings and figures it can change.

:class:`Engine` keeps what the last evaluation found — the engine :class:`Context` (its facts:
positions, inside Ukraine, deployed, regions, site coverage, troop counts), each rule's findings,
and running totals of the figures — and, given the next plan and the ids of the units an edit
touched, patches them:

- the facts of the touched units are computed alone (a context of just those units, the same
  code as a full evaluation) and written into the kept arrays, one row per unit;
- a rule whose declared dependencies (:data:`desktop.doctrine.rules.DEPENDS`: the unit fields
  and plan fields it reads) the edit did not touch keeps its findings;
- a rule of scope "unit" (each finding about one unit, from that unit alone: the geographic
  rules) is re-checked for the touched units only;
- a rule of scope "plan" runs again on the patched context, whose facts are already there
  (counting rules read the kept totals, coverage rules the kept per-unit coverage rows);
- the figures (:func:`desktop.doctrine.metrics.context_metrics`) are kept as running totals,
  adjusted by the touched units.

Anything else — a new plan, another profile or phase, a unit added or removed, a unit entering
or leaving the phase, a new nation or kind, new parameters, sites or plan geometries — is one
full evaluation (:func:`desktop.doctrine.report.analyse`). The result is the same
:class:`~desktop.doctrine.report.Analysis` as a full evaluation, findings in the same order:
``tests/test_incremental.py`` proves it after random sequences of edits. Pure: no Qt.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from itertools import chain
from typing import Any

import numpy as np

from desktop.catalogue import nation_name
from desktop.doctrine.context import Context, domain, is_host, is_us, without_us
from desktop.doctrine.engine import context
from desktop.doctrine.metrics import _share, context_metrics, figures
from desktop.doctrine.registry import Finding, Rule
from desktop.doctrine.report import Analysis
from desktop.doctrine.rules import RULES
from desktop.model import CONTRIBUTION_KINDS, DOMAINS, PHASES, Plan, Unit

#: Unit fields (every dataclass field but the id and bookkeeping).
_UNIT_FIELDS = tuple(f.name for f in fields(Unit) if f.name not in ("id", "declared", "id_is_int"))
#: Plan fields an edit may set, as the rules' declarations name them.
_PLAN_FIELDS = tuple(f.name for f in fields(Plan) if f.name not in ("units", "id", "declared"))
#: Plan fields the kept facts are derived from: a change means a full evaluation.
_FACT_FIELDS = frozenset({"profile", "phase", "parameters", "priority_sites", "geometries"})
#: Unit fields whose change re-sorts the kept selections (of kinds, of the mission): full.
_STRUCTURAL_UNIT_FIELDS = frozenset({"nation", "kind"})
#: Facts of a context patched row by row (numpy arrays with one row per unit).
_ROW_FACTS = ("host", "inside", "deployed", "oblast_index", "belarus_km", "black_sea")
#: Facts patched column by column (sites × units).
_COLUMN_FACTS = ("ad_cover", "protect_cover")
#: Facts that do not depend on the units, shared as they are.
_PLAN_FACTS = ("params", "contact_lines", "occupied_areas", "site_points", "sites")


class _Full(Exception):
    """The edit is not one the engine patches: evaluate the whole plan."""


@dataclass
class _State:
    plan: Plan  # the plan as given
    exclude_us: bool
    ctx: Context  # of the plan evaluated (without the US when ``exclude_us``)
    by_rule: dict[str, tuple[Finding, ...]]  # each rule's findings, in the order of a full evaluation
    keyed: dict[str, tuple[list[int], list[tuple[Finding, ...]]]]  # unit rules: plan index -> findings
    figures: _Figures


class Engine:
    """Keeps one plan's evaluation and patches it edit by edit (see the module)."""

    def __init__(self) -> None:
        self._state: _State | None = None
        self._findings: tuple[list[tuple[Finding, ...]], tuple[Finding, ...]] | None = None
        self.full_evaluations = 0  # how many times the whole plan was evaluated (for the bench)

    def reset(self) -> None:
        self._state = self._findings = None

    def analyse(self, plan: Plan, exclude_us: bool = False, changed: Iterable[str] | None = None) -> Analysis:
        """What :func:`desktop.doctrine.report.analyse` (``plan``, ``exclude_us``) returns.

        ``changed``: the ids of the units added, edited or removed since the previous call (plan
        fields are compared here); None when not known (a new plan): a full evaluation."""
        t0 = time.perf_counter()
        st = self._state
        if st is not None and changed is not None and exclude_us == st.exclude_us:
            try:
                st = self._patched(st, plan, set(changed))
            except _Full:
                st = None
        else:
            st = None
        if st is None:
            st = self._full(plan, exclude_us)
        self._state = st
        parts = [st.by_rule[rule.id] for rule in RULES]
        kept = self._findings
        if kept is not None and len(kept[0]) == len(parts) and all(a is b for a, b in zip(kept[0], parts, strict=True)):
            findings = kept[1]  # nothing changed: the same tuple (the map and the panel skip their work)
        else:
            findings = tuple(chain.from_iterable(parts))
            self._findings = (parts, findings)
        ctx = st.ctx
        out = Analysis(
            ctx.plan, ctx.profile, ctx.phase, findings, st.figures.metrics(ctx), exclude_us, time.perf_counter() - t0
        )
        counts: dict[str, int] = {}  # by severity, from each rule's count (one severity per rule)
        for rule, part in zip(RULES, parts, strict=True):
            severity = rule.severity(ctx.profile)
            if part and severity is not None:
                counts[severity] = counts.get(severity, 0) + len(part)
        out.__dict__["_counts"] = counts
        return out

    # -- a full evaluation ---------------------------------------------------------------------

    def _full(self, plan: Plan, exclude_us: bool) -> _State:
        self.full_evaluations += 1
        ctx = context(without_us(plan) if exclude_us else plan)
        by_rule: dict[str, tuple[Finding, ...]] = {}
        keyed: dict[str, tuple[list[int], list[tuple[Finding, ...]]]] = {}
        for rule in RULES:
            found = rule.findings(ctx)
            if rule.scope == "unit":
                keyed[rule.id] = _keyed(ctx.plan, found)
                by_rule[rule.id] = _flat(keyed[rule.id])
            else:
                by_rule[rule.id] = _sorted(ctx, found)
        return _State(plan, exclude_us, ctx, by_rule, keyed, _Figures(ctx))

    # -- an edit -------------------------------------------------------------------------------

    def _patched(self, st: _State, plan: Plan, changed: set[str]) -> _State:
        old_plan = st.plan
        plan_fields = {
            name
            for name in _PLAN_FIELDS
            if getattr(plan, name) is not getattr(old_plan, name) and getattr(plan, name) != getattr(old_plan, name)
        }
        if plan_fields & _FACT_FIELDS:
            raise _Full
        pairs: list[tuple[Unit | None, Unit]] = []  # (before, after); before None: added at the end
        touched: set[str] = set()
        n_old, added = len(old_plan.units), 0
        gone: list[Unit] = []  # removed from the end of the plan (an undone drop)
        for uid in changed:
            if not plan.has_unit(uid):
                if not old_plan.has_unit(uid):
                    continue
                gone.append(old_plan.unit(uid))
                touched |= set(_UNIT_FIELDS)
                continue
            if not old_plan.has_unit(uid):
                if plan.unit_position_index(uid) < n_old:
                    raise _Full  # inserted before other units: their places move
                added += 1
                touched |= set(_UNIT_FIELDS)
                pairs.append((None, plan.unit(uid)))
                continue
            if old_plan.unit_position_index(uid) != plan.unit_position_index(uid):
                raise _Full  # reordered
            old, new = old_plan.unit(uid), plan.unit(uid)
            if old is new:
                continue
            diff = {name for name in _UNIT_FIELDS if getattr(old, name) != getattr(new, name)}
            if not diff:
                continue
            if diff & _STRUCTURAL_UNIT_FIELDS:
                raise _Full
            touched |= diff
            pairs.append((old, new))
        if len(plan.units) != n_old + added - len(gone):
            raise _Full  # a unit removed that ``changed`` did not name
        if gone:
            if added or any(old_plan.unit_position_index(u.id) < len(plan.units) for u in gone):
                raise _Full  # removed before other units (their places move), or removed and added at once
            gone.sort(key=lambda u: old_plan.unit_position_index(u.id))
        if not pairs and not plan_fields and not gone:
            st.plan = plan
            return st
        pairs.sort(key=lambda p: plan.unit_position_index(p[1].id))
        ctx = st.ctx
        if st.exclude_us:
            pairs = [p for p in pairs if not is_us(p[1].nation)]
            gone = [u for u in gone if not is_us(u.nation)]
        if gone:
            st.figures.remove(ctx, gone)
            ctx = _truncated(ctx, _truncated_plan(ctx.plan, gone), gone)
            n = len(ctx.plan.units)
            for rule_id, (keys, values) in list(st.keyed.items()):
                cut = bisect_left(keys, n)
                if cut < len(keys):
                    st.keyed[rule_id] = (keys[:cut], values[:cut])
                    st.by_rule[rule_id] = _flat(st.keyed[rule_id])
        target = _patched_plan(ctx.plan, plan, pairs, us=not st.exclude_us)
        facts = _facts_of(ctx, target, [new for _, new in pairs])
        new_ctx = _patched_context(ctx, target, pairs, facts)
        reads = touched | {f"plan.{name}" for name in plan_fields}
        by_rule = dict(st.by_rule)
        keyed = st.keyed
        unit_ctx: Context | None = None
        for rule in RULES:
            if not (rule.reads & reads) or rule.severity(new_ctx.profile) is None:
                continue
            if rule.scope == "plan":
                found = _sorted(new_ctx, rule.findings(new_ctx))
                if found != by_rule[rule.id]:  # else the very same findings stay (views compare them)
                    by_rule[rule.id] = found
                continue
            if not pairs:
                continue
            if unit_ctx is None:
                listed = tuple(new for _, new in pairs if new.in_phase(new_ctx.phase))
                # the touched units alone (their facts are known when all are in the phase)
                same = len(listed) == len(facts.units)
                unit_ctx = facts if same else Context(replace(target, units=listed), new_ctx.profile, new_ctx.phase)
            rekeyed = _rekeyed(target, keyed[rule.id], pairs, rule.findings(unit_ctx))
            if rekeyed is not None:
                keyed[rule.id] = rekeyed
                by_rule[rule.id] = _flat(rekeyed)
        st.figures.update(ctx, new_ctx, pairs, facts)
        return _State(plan, st.exclude_us, new_ctx, by_rule, keyed, st.figures)


# -- findings in the order of a full evaluation ------------------------------------------------


def _sorted(ctx: Context, found: list[Finding]) -> tuple[Finding, ...]:
    """As :func:`desktop.doctrine.engine.evaluate_context` orders one rule's findings."""
    if len(found) < 2:
        return tuple(found)
    plan = ctx.plan
    site_order = {s: i for i, s in enumerate(ctx.sites)}

    def key(f: Finding) -> tuple[int, str, int]:
        return (
            plan.unit_position_index(f.units[0]) if f.units and plan.has_unit(f.units[0]) else -1,
            f.nations[0] if f.nations else "",
            site_order.get(f.sites[0], -1) if f.sites else -1,
        )

    return tuple(sorted(found, key=key))


def _keyed(plan: Plan, found: list[Finding]) -> tuple[list[int], list[tuple[Finding, ...]]]:
    """A unit rule's findings by the plan index of their unit (ascending)."""
    groups: dict[int, list[Finding]] = {}
    for f in found:
        groups.setdefault(plan.unit_position_index(f.units[0]), []).append(f)
    keys = sorted(groups)
    return keys, [_by_nation(groups[k]) for k in keys]


def _by_nation(found: list[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(found, key=lambda f: f.nations[0] if f.nations else ""))


def _rekeyed(
    plan: Plan,
    kept: tuple[list[int], list[tuple[Finding, ...]]],
    pairs: list[tuple[Unit | None, Unit]],
    found: list[Finding],
) -> tuple[list[int], list[tuple[Finding, ...]]] | None:
    """``kept`` with the findings of the units of ``pairs`` replaced by ``found``; None when
    nothing changed."""
    keys, values = kept
    groups: dict[str, list[Finding]] = {}
    for f in found:
        groups.setdefault(f.units[0], []).append(f)
    copied = False
    for _, new in pairs:
        k = plan.unit_position_index(new.id)
        j = bisect_left(keys, k)
        here = j < len(keys) and keys[j] == k
        now = _by_nation(groups[new.id]) if new.id in groups else ()
        if (values[j] if here else ()) == now:
            continue
        if not copied:
            keys, values, copied = list(keys), list(values), True
        if now and here:
            values[j] = now
        elif now:
            keys.insert(j, k)
            values.insert(j, now)
        else:
            del keys[j], values[j]
    return (keys, values) if copied else None


def _flat(kept: tuple[list[int], list[tuple[Finding, ...]]]) -> tuple[Finding, ...]:
    return tuple(chain.from_iterable(kept[1]))


# -- patching the plan and the context ---------------------------------------------------------


def _patched_plan(old: Plan, plan: Plan, pairs: list[tuple[Unit | None, Unit]], us: bool = True) -> Plan:
    """``old`` (the plan evaluated last) with the plan fields of ``plan`` and the new units of
    ``pairs`` in place; ``us`` False: the plan without the US (its contributions left out)."""
    changes: dict[str, Any] = {}
    for name in _PLAN_FIELDS:
        value = getattr(plan, name)
        if name == "contributions" and not us:
            value = tuple(c for c in value if not is_us(c.nation))
        if value is not getattr(old, name) and value != getattr(old, name):
            changes[name] = value
    units = old.units
    index = old.__dict__.get("_unit_index") or {u.id: i for i, u in enumerate(old.units)}
    appended = [new for before, new in pairs if before is None]
    if len(appended) < len(pairs):
        listed = list(units)
        for before, new in pairs:
            if before is not None:
                listed[index[new.id]] = new
        units = tuple(listed)
    if appended:
        units += tuple(appended)
        index = dict(index)
        index.update((u.id, len(old.units) + i) for i, u in enumerate(appended))
    out = replace(old, units=units, **changes)
    out.__dict__["_unit_index"] = index
    return out


def _facts_of(ctx: Context, plan: Plan, units: list[Unit]) -> Context:
    """A context of just ``units`` (whatever their phases), for their per-unit facts."""
    sub = Context.__new__(Context)
    sub.plan, sub.profile, sub.phase, sub.params = plan, ctx.profile, ctx.phase, ctx.params
    sub.units = tuple(units)
    sub.kinds = [u.kind for u in units]
    sub._selections = {}
    sub._phases = {}
    sub.__dict__["site_points"] = ctx.site_points
    return sub


def _phase_index(ctx: Context) -> dict[str, int]:
    index: dict[str, int] | None = ctx.__dict__.get("_phase_index")
    if index is None:
        index = ctx.__dict__["_phase_index"] = {u.id: k for k, u in enumerate(ctx.units)}
    return index


def _patched_context(ctx: Context, plan: Plan, pairs: list[tuple[Unit | None, Unit]], facts: Context) -> Context:
    """``ctx`` for ``plan``, which differs from ``ctx.plan`` by ``pairs`` (old, new units, same
    ids in the same places, neither nation nor kind changed) and by plan fields no fact reads.
    ``facts`` holds the facts of every new unit of ``pairs``, in that order."""
    phase = ctx.phase
    added = [new for old, new in pairs if old is None]
    if added:  # the edits in place first, then the units added at the end
        return _appended(_patched_context(ctx, plan, [p for p in pairs if p[0] is not None], facts), facts, added)
    rows: list[tuple[int, int]] = []  # (index in ctx.units, index in facts.units)
    position = {u.id: j for j, u in enumerate(facts.units)}
    index = _phase_index(ctx) if pairs else {}
    for old, new in pairs:
        assert old is not None
        now = new.in_phase(phase)
        if old.in_phase(phase) != now:
            raise _Full  # a unit enters or leaves the phase
        if now:
            rows.append((index[new.id], position[new.id]))
    out = Context.__new__(Context)
    out.plan, out.profile, out.phase = plan, ctx.profile, phase
    kept = ctx.__dict__
    out.units = ctx.units
    if rows:
        listed = list(ctx.units)
        for k, j in rows:
            listed[k] = facts.units[j]
        out.units = tuple(listed)
    out.kinds = ctx.kinds  # kinds are unchanged
    out._selections = ctx._selections  # they depend on kinds and nations only
    out._phases = {}
    d = out.__dict__
    if "_phase_index" in kept:
        d["_phase_index"] = kept["_phase_index"]
    for name in _PLAN_FACTS:
        if name in kept:
            d[name] = kept[name]
    ks = np.array([k for k, _ in rows], dtype=np.intp)
    js = np.array([j for _, j in rows], dtype=np.intp)
    for name in _ROW_FACTS:
        if name in kept:
            arr = kept[name]
            if rows:
                arr = arr.copy()
                arr[ks] = getattr(facts, name)[js]
            d[name] = arr
    for name in _COLUMN_FACTS:
        if name in kept:
            arr = kept[name]
            if rows:
                arr = arr.copy()
                arr[:, ks] = getattr(facts, name)[:, js]
            d[name] = arr
    if "_host_list" in kept:
        d["_host_list"] = d["host"].tolist() if rows and "host" in d else kept["_host_list"]
    if "lonlat" in kept:
        lon, lat = kept["lonlat"]
        if rows:
            flon, flat = facts.lonlat
            lon, lat = lon.copy(), lat.copy()
            lon[ks], lat[ks] = flon[js], flat[js]
        d["lonlat"] = (lon, lat)
    if "sea_vertices" in kept:
        seas = kept["sea_vertices"]
        if rows:
            seas = dict(seas)
            got = facts.sea_vertices
            for k, j in rows:
                if j in got:  # a sea unit stays one (its kind is unchanged): same keys, same order
                    seas[k] = got[j]
        d["sea_vertices"] = seas
    if "staging" in kept:
        staged = kept["staging"]
        if rows:
            fs = facts.staging
            staged = (staged - {k for k, _ in rows}) | {k for k, j in rows if j in fs}
        d["staging"] = staged
    if "kind_counts" in kept:
        counts = dict(kept["kind_counts"])
        if rows:
            host, deployed = kept["host"], kept["deployed"]
            for k, j in rows:
                kind = ctx.kinds[k]
                counts[kind] = counts.get(kind, 0) - int(deployed[k] and not host[k])
                counts[kind] += int(facts.deployed[j] and not facts.host[j])
        d["kind_counts"] = counts
        d["kind_set"] = frozenset(k for k, n in counts.items() if n)
    if "units_by_nation" in kept:
        by_nation = kept["units_by_nation"]
        if rows:
            by_nation = dict(by_nation)
            for k, j in rows:
                old_unit, new_unit = ctx.units[k], facts.units[j]
                group = by_nation.get(new_unit.nation)
                if group is None:
                    continue  # the host's
                group = list(group)
                group[next(i for i, u in enumerate(group) if u is old_unit)] = new_unit
                by_nation[new_unit.nation] = group
        d["units_by_nation"] = by_nation
    if "troops_by_nation" in kept:
        troops = kept["troops_by_nation"]
        if rows:
            troops = dict(troops)
            old_staging, host = kept.get("staging", ctx.staging), ctx._host_list
            new_staging = d.get("staging") or out.staging
            for k, j in rows:
                old_unit, new_unit = ctx.units[k], facts.units[j]
                before = 0 if k in old_staging or host[k] else int(old_unit.strength)
                after = 0 if k in new_staging or host[k] else int(new_unit.strength)
                troops[new_unit.nation] += after - before
        d["troops_by_nation"] = troops
        d["total_troops"] = sum(troops.values())
    if "without_us" in kept:
        bare = kept["without_us"]
        bare_pairs = [p for p in pairs if not is_us(p[1].nation)]
        d["without_us"] = _patched_context(
            bare, _patched_plan(bare.plan, plan, bare_pairs, us=False), bare_pairs, facts
        )
    for other_phase, other in ctx._phases.items():
        out._phases[other_phase] = _patched_context(other, plan, pairs, facts)
    return out


def _appended(ctx: Context, facts: Context, added: list[Unit]) -> Context:
    """``ctx`` (whose plan already holds them at its end) with the units ``added`` (their facts
    in ``facts``) appended: to its units when they are listed in its phase, and to the contexts
    it keeps (without the US, other phases)."""
    n = len(ctx.units)
    position = {u.id: j for j, u in enumerate(facts.units)}
    adds = [position[u.id] for u in added if u.in_phase(ctx.phase)]
    new_units = [facts.units[j] for j in adds]
    js = np.array(adds, dtype=np.intp)
    out = Context.__new__(Context)
    out.plan, out.profile, out.phase = ctx.plan, ctx.profile, ctx.phase
    out.units = ctx.units + tuple(new_units)
    out.kinds = ctx.kinds + [u.kind for u in new_units]
    out._phases = {ph: _appended(_retarget(other, ctx.plan), facts, added) for ph, other in ctx._phases.items()}
    kept, d = ctx.__dict__, out.__dict__
    for name in _PLAN_FACTS:
        if name in kept:
            d[name] = kept[name]
    host = [is_host(u.nation) for u in new_units]
    selections: dict[tuple[str, frozenset[str]], np.ndarray] = {}
    for key, idx in ctx._selections.items():
        what, wanted = key
        extra = [
            n + i
            for i, u in enumerate(new_units)
            if not host[i] and (u.kind in wanted if what == "kind" else domain(u.kind) in wanted)
        ]
        if extra:
            idx = np.concatenate([idx, np.array(extra, dtype=np.intp)])
            idx.flags.writeable = False
        selections[key] = idx
    out._selections = selections
    if "_phase_index" in kept:
        index = dict(kept["_phase_index"])
        index.update((u.id, n + i) for i, u in enumerate(new_units))
        d["_phase_index"] = index
    for name in _ROW_FACTS:
        if name in kept:
            d[name] = np.concatenate([kept[name], getattr(facts, name)[js]])
    for name in _COLUMN_FACTS:
        if name in kept:
            d[name] = np.concatenate([kept[name], getattr(facts, name)[:, js]], axis=1)
    if "_host_list" in kept:
        d["_host_list"] = kept["_host_list"] + host
    if "lonlat" in kept:
        flon, flat = facts.lonlat
        d["lonlat"] = (np.concatenate([kept["lonlat"][0], flon[js]]), np.concatenate([kept["lonlat"][1], flat[js]]))
    if "sea_vertices" in kept:
        seas = dict(kept["sea_vertices"])
        got = facts.sea_vertices
        seas.update((n + i, got[j]) for i, j in enumerate(adds) if j in got)
        d["sea_vertices"] = seas
    staged = frozenset(n + i for i, j in enumerate(adds) if j in facts.staging)
    if "staging" in kept:
        d["staging"] = kept["staging"] | staged
    if "kind_counts" in kept:
        counts = dict(kept["kind_counts"])
        for i, j in enumerate(adds):
            if facts.deployed[j] and not host[i]:
                counts[new_units[i].kind] = counts.get(new_units[i].kind, 0) + 1
        d["kind_counts"] = counts
        d["kind_set"] = frozenset(k for k, c in counts.items() if c)
    if "units_by_nation" in kept:
        by_nation = dict(kept["units_by_nation"])
        for i, u in enumerate(new_units):
            if not host[i]:
                by_nation[u.nation] = [*by_nation.get(u.nation, ()), u]
        d["units_by_nation"] = by_nation
    if "troops_by_nation" in kept:
        troops = dict(kept["troops_by_nation"])
        for i, u in enumerate(new_units):
            troops[u.nation] = troops.get(u.nation, 0) + (0 if n + i in staged or host[i] else int(u.strength))
        d["troops_by_nation"] = dict(sorted(troops.items()))
        d["total_troops"] = sum(troops.values())
    if "without_us" in kept:
        bare = kept["without_us"]
        bare_added = [u for u in added if not is_us(u.nation)]
        bare_plan = _patched_plan(bare.plan, ctx.plan, [(None, u) for u in bare_added], us=False)
        d["without_us"] = _appended(_retarget(bare, bare_plan), facts, bare_added)
    return out


def _truncated_plan(old: Plan, gone: list[Unit]) -> Plan:
    """``old`` without ``gone``, its last units."""
    out = replace(old, units=old.units[: len(old.units) - len(gone)])
    index = dict(old.__dict__.get("_unit_index") or {u.id: i for i, u in enumerate(old.units)})
    for u in gone:
        del index[u.id]
    out.__dict__["_unit_index"] = index
    return out


def _truncated(ctx: Context, plan: Plan, gone: list[Unit]) -> Context:
    """``ctx`` for ``plan``, its plan without ``gone`` (its last units), and so without the last
    of its units in the phase; the contexts it keeps (without the US, other phases) likewise."""
    ids = {u.id for u in gone}
    m = len(ctx.units) - sum(u.in_phase(ctx.phase) for u in gone)
    if {u.id for u in ctx.units[m:]} != {u.id for u in gone if u.in_phase(ctx.phase)}:
        raise _Full
    removed = ctx.units[m:]
    out = Context.__new__(Context)
    out.plan, out.profile, out.phase = plan, ctx.profile, ctx.phase
    out.units, out.kinds = ctx.units[:m], ctx.kinds[:m]
    out._phases = {ph: _truncated(other, plan, gone) for ph, other in ctx._phases.items()}
    selections: dict[tuple[str, frozenset[str]], np.ndarray] = {}
    for key, idx in ctx._selections.items():
        idx = idx[idx < m]
        idx.flags.writeable = False
        selections[key] = idx
    out._selections = selections
    kept, d = ctx.__dict__, out.__dict__
    for name in _PLAN_FACTS:
        if name in kept:
            d[name] = kept[name]
    if "_phase_index" in kept:
        d["_phase_index"] = {k: v for k, v in kept["_phase_index"].items() if k not in ids}
    for name in _ROW_FACTS:
        if name in kept:
            d[name] = kept[name][:m]
    for name in _COLUMN_FACTS:
        if name in kept:
            d[name] = kept[name][:, :m]
    host = ctx._host_list
    if "_host_list" in kept:
        d["_host_list"] = kept["_host_list"][:m]
    if "lonlat" in kept:
        d["lonlat"] = (kept["lonlat"][0][:m], kept["lonlat"][1][:m])
    if "sea_vertices" in kept:
        d["sea_vertices"] = {k: v for k, v in kept["sea_vertices"].items() if k < m}
    staging = ctx.staging
    if "staging" in kept:
        d["staging"] = frozenset(k for k in kept["staging"] if k < m)
    if "kind_counts" in kept:
        counts = dict(kept["kind_counts"])
        deployed = kept["deployed"]
        for i in range(m, len(ctx.units)):
            if deployed[i] and not host[i]:
                counts[ctx.kinds[i]] -= 1
        d["kind_counts"] = counts
        d["kind_set"] = frozenset(k for k, c in counts.items() if c)
    if "units_by_nation" in kept:
        by_nation = dict(kept["units_by_nation"])
        for code in {u.nation for u in removed} & by_nation.keys():
            left = [x for x in by_nation[code] if x.id not in ids]
            if left:
                by_nation[code] = left
            else:
                del by_nation[code]
        d["units_by_nation"] = by_nation
    if "troops_by_nation" in kept:
        troops = dict(kept["troops_by_nation"])
        for i in range(m, len(ctx.units)):
            u = ctx.units[i]
            troops[u.nation] -= 0 if i in staging or host[i] else int(u.strength)
        for code in {u.nation for u in removed}:
            if not any(u.nation == code for u in out.units):
                del troops[code]  # no unit of it left in the phase
        d["troops_by_nation"] = troops
        d["total_troops"] = sum(troops.values())
    if "without_us" in kept:
        bare = kept["without_us"]
        bare_gone = [u for u in gone if not is_us(u.nation)]
        d["without_us"] = _truncated(bare, _truncated_plan(bare.plan, bare_gone), bare_gone)
    return out


def _retarget(ctx: Context, plan: Plan) -> Context:
    """The same context (same facts) for another value of its plan with the same units."""
    out = Context.__new__(Context)
    out.__dict__.update(ctx.__dict__)
    out.plan = plan
    return out


# -- the figures as running totals -------------------------------------------------------------


class _Figures:
    """:func:`context_metrics` kept by per-unit contributions (a unit's share of each total)."""

    def __init__(self, ctx: Context) -> None:
        self.base = context_metrics(ctx)
        staging, host = ctx.staging, ctx._host_list
        # per nation: units by domain, staging units, aircraft, ships, batteries (in the phase)
        self.nation: dict[str, dict[str, Any]] = {}
        self.by_domain = {d: {"units": 0, "troops": 0} for d in DOMAINS}
        for i, u in enumerate(ctx.units):
            self._add(u, i in staging, host[i], 1)
        # per unit of the plan (every phase): its troops when listed (0 when staging or the host's)
        listed = {u.id: (i in staging or host[i]) for i, u in enumerate(ctx.units)}
        others = [u for u in ctx.plan.units if u.id not in listed]
        inside = _inside_many(others)
        self.unit_troops: dict[str, int] = {}
        for u in ctx.plan.units:
            if u.id in listed:
                zero = listed[u.id]
            else:
                zero = is_host(u.nation) or (domain(u.kind) == "land" and not inside[u.id])
            self.unit_troops[u.id] = 0 if zero else int(u.strength)
        self.by_phase = dict(self.base["by_phase"])

    def _add(self, u: Unit, staged: bool, host: bool, sign: int) -> None:
        row = self.nation.get(u.nation)
        if row is None:
            row = self.nation[u.nation] = {"units": {d: 0 for d in DOMAINS}, "staging_units": 0, "aircraft": 0,
                                           "ships": 0, "ad_batteries": 0}  # fmt: skip
        d = domain(u.kind)
        if d is not None:
            row["units"][d] += sign
            self.by_domain[d]["units"] += sign
            self.by_domain[d]["troops"] += sign * (0 if staged or host else int(u.strength))
        row["staging_units"] += sign * staged
        if u.kind == "air.policing":
            row["aircraft"] += sign * (u.count or 0)
        elif u.kind == "air.defence":
            row["ad_batteries"] += sign
        if d == "maritime":
            row["ships"] += sign * (u.ships or 0)

    def remove(self, ctx: Context, gone: list[Unit]) -> None:
        """Take ``gone`` (the last units of ``ctx.plan``) out of the totals."""
        index = _phase_index(ctx)
        for u in gone:
            if u.in_phase(ctx.phase):
                k = index[u.id]
                self._add(u, k in ctx.staging, ctx._host_list[k], -1)
            was = self.unit_troops.pop(u.id)
            for ph in PHASES:
                self.by_phase[ph] -= was * u.in_phase(ph)

    def update(self, old: Context, new: Context, pairs: list[tuple[Unit | None, Unit]], facts: Context) -> None:
        index = _phase_index(old) if pairs else {}
        position = {u.id: j for j, u in enumerate(facts.units)}
        fstaging, fhost = facts.staging, facts._host_list if pairs else []
        for before, after in pairs:
            j = position[after.id]
            if after.in_phase(old.phase):
                if before is not None:
                    k = index[after.id]
                    self._add(before, k in old.staging, old._host_list[k], -1)
                self._add(after, j in fstaging, fhost[j], 1)
            zero = fhost[j] or (domain(after.kind) == "land" and not bool(facts.inside[j]))
            troops = 0 if zero else int(after.strength)
            was = self.unit_troops.get(after.id, 0)
            self.unit_troops[after.id] = troops
            for ph in PHASES:
                self.by_phase[ph] += troops * after.in_phase(ph) - (was * before.in_phase(ph) if before else 0)

    def metrics(self, ctx: Context) -> dict[str, Any]:
        """The figures of ``ctx`` (equal to ``context_metrics(ctx)``)."""
        base = self.base
        troops_by = ctx.troops_by_nation
        total = ctx.total_troops
        codes = sorted(troops_by.keys() | {c.nation for c in ctx.plan.contributions})
        rows: dict[str, dict[str, Any]] = {}
        for code in codes:
            kept = self.nation.get(code)
            rows[code] = {
                "name": base["nations"][code]["name"] if code in base["nations"] else nation_name(code),
                "troops": troops_by.get(code, 0),
                "share": _share(troops_by.get(code, 0), total),
                "units": dict(kept["units"]) if kept else {d: 0 for d in DOMAINS},
                "staging_units": kept["staging_units"] if kept else 0,
                "aircraft": kept["aircraft"] if kept else 0,
                "ships": kept["ships"] if kept else 0,
                "ad_batteries": kept["ad_batteries"] if kept else 0,
                "contributions": {k: 0 for k in CONTRIBUTION_KINDS},
                "funding_eur": 0.0,
            }
        for c in ctx.plan.contributions:
            row = rows[c.nation]
            row["contributions"][c.kind] = row["contributions"].get(c.kind, 0) + 1
            if c.kind == "funding" and c.amount_eur:
                row["funding_eur"] += float(c.amount_eur)
        by_domain = {d: dict(v) for d, v in self.by_domain.items()}
        return figures(ctx, rows, by_domain, dict(self.by_phase))


def _inside_many(units: list[Unit]) -> dict[str, bool]:
    from desktop import geo
    from desktop.doctrine.context import anchor

    if not units:
        return {}
    inside = geo.in_ukraine_many(*geo.positions_xy(anchor(u) for u in units))
    return {u.id: bool(ok) for u, ok in zip(units, inside, strict=True)}


__all__ = ["Engine", "Rule"]
