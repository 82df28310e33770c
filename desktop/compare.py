"""Courses of action side by side: the comparison matrix and the differences of 2 or more plans.

Pure (no Qt, no files, no database). One engine: every figure that ``check`` also gives (troops,
troops by nation, findings) comes from :func:`desktop.doctrine.report.context_report` on the
same context ``check`` builds, so ``compare`` and ``check --json`` cannot disagree. The few
figures ``check`` does not print (distance of the combat units from the threat) are read from
that same context, with the same geography the rules use.

:func:`compare_plans` gives the JSON of ``compare --json`` (shared/cli.md)::

    {"profile": null | "ecfr" | "mfu", "phase": "ceasefire",
     "plans": [{"name", "troops", "by_nation", "core_share", "units_by_domain", "coverage",
                "findings": {"ecfr": {"error", "warning", "info", "rules"}, "mfu": {...}}, ...}],
     "differences": [{"from", "to", "added", "removed", "moved": [{"id", "km"}],
                      "changed": [{"id", "fields"}], "plan": [...], ...}],
     "rules_differ": {"ecfr": {"RULE": [True, False]}, "mfu": {...}}}

The comparison is in one phase (``phase``, else the first plan's): courses of action are weighed
in the same phase. ``profile`` None: each plan under its own profile for the figures that depend
on one (air-defence coverage of its priority sites, threat distance, US dependence); the
findings always hold both profiles. With three or more plans, each is compared with the first.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop import geo, symbols
from desktop.catalogue import nation_groups
from desktop.doctrine.context import Context, anchor
from desktop.doctrine.engine import context, evaluate_context
from desktop.doctrine.params import (
    PHASE_LABELS,
    SEVERITIES,
    effective_parameters,
    effective_priority_sites,
    priority_site_points,
    resolve_phase,
    resolve_profile,
)
from desktop.doctrine.report import context_report
from desktop.i18n import format_number, language, phase_label, translate, translate_noop
from desktop.model import DOMAINS, PHASES, PROFILES, UNIT_FIELDS, Plan, Position, Unit
from desktop.pagedata import unit_for_page

#: Unit properties compared field by field (the position is compared as a move).
COMPARED_FIELDS: tuple[str, ...] = tuple(f for f in UNIT_FIELDS if f != "phases") + ("phases",)
#: Plan-level fields whose difference is reported (``name`` is what tells the plans apart).
PLAN_FIELDS: tuple[str, ...] = (
    "profile", "phase", "mandate", "us_support", "classification", "parameters", "priority_sites",
    "contributions", "contact_line", "occupied_area",
)  # fmt: skip
#: A move shorter than this (km) is still a move; positions are compared exactly.
KM_DIGITS = 1
MIN_PLANS = 2


class CompareError(ValueError):
    """The plans cannot be compared (one line, for the planner)."""


# -- one plan ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One plan of the comparison: its ``check`` reports under both profiles, and the context of
    the profile its figures are read under (``profile``)."""

    plan: Plan
    profile: str
    phase: str
    reports: Mapping[str, dict[str, Any]]
    ctx: Context

    @property
    def report(self) -> dict[str, Any]:
        return self.reports[self.profile]


def column(plan: Plan, profile: str | None, phase: str) -> Column:
    """Evaluate ``plan`` under both profiles in ``phase`` (as ``check --profile P --phase``)."""
    own = resolve_profile(plan, profile)
    reports: dict[str, dict[str, Any]] = {}
    ctxs: dict[str, Context] = {}
    ctxs[own] = context(plan, own, phase)
    reports[own] = context_report(ctxs[own])
    for p in PROFILES:
        if p != own:
            # The same context under the other profile (positions and counts shared); only its
            # findings are read (troops and troops by nation do not depend on the profile).
            ctxs[p] = ctxs[own].for_profile(p)
            reports[p] = {"plan": plan.name, "profile": p, "phase": phase,
                          "findings": [f.to_dict() for f in evaluate_context(ctxs[p])]}  # fmt: skip
    reports = {p: reports[p] for p in PROFILES}
    return Column(plan, own, phase, reports, ctxs[own])


def _severity_counts(findings: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {s: sum(1 for f in findings if f["severity"] == s) for s in SEVERITIES}
    out["rules"] = sorted({f["rule"] for f in findings})
    return out


def threat_distance(ctx: Context) -> dict[str, Any]:
    """Distance (km) of the mission's deployed combat units (``land.combat`` inside Ukraine) from the
    nearest threat source (Russian border, Belarusian border, the plan's contact line), as
    ``GEO-FORWARD`` measures it: ``{"units", "median_km", "farthest_km", "farthest"}``."""
    idx = ctx.deployed_of_kinds("land.combat")  # inside Ukraine, the host's left out
    if not idx.size:
        return {"units": 0, "median_km": None, "farthest_km": None, "farthest": None}
    lon, lat = ctx.xy(idx)
    dist = np.vstack(
        [
            geo.distance_to_border_km_many(geo.RUSSIA, lon, lat),
            geo.distance_to_border_km_many(geo.BELARUS, lon, lat),
            ctx.contact_line_km(idx),
        ]
    ).min(axis=0)
    far = int(dist.argmax())
    return {
        "units": int(idx.size),
        "median_km": round(float(np.median(dist)), KM_DIGITS),
        "farthest_km": round(float(dist[far]), KM_DIGITS),
        "farthest": ctx.units[int(idx[far])].id,
    }


def us_dependence(findings: Sequence[Mapping[str, Any]]) -> list[str]:
    """What fails without the United States: the rule each ``US-DEPENDENCE`` finding names in
    ``depends`` (its message when the engine names none)."""
    out = []
    for f in findings:
        if f["rule"] == "US-DEPENDENCE":
            out.append(str(f.get("depends") or f["message"]))
    return out


def plan_entry(col: Column) -> dict[str, Any]:
    """The plan's column of the matrix (``plans[i]`` of ``compare --json``)."""
    m = col.report["metrics"]
    troops = int(m["troops"])
    by_nation = dict(m["by_nation"])
    core = nation_groups().get("core", frozenset({"FR", "GB"}))
    core_troops = sum(n for code, n in by_nation.items() if code in core)
    cov = m["ad_coverage"]
    return {
        "name": col.plan.name,
        "profile": col.profile,
        "phase": col.phase,
        "troops": troops,
        "by_nation": by_nation,
        "core_share": round(core_troops / troops, 4) if troops else 0.0,
        "units_by_domain": {d: int(m["by_domain"][d]["units"]) for d in DOMAINS},
        "coverage": cov["share"],
        "sites": {"total": cov["sites"], "covered": cov["covered"], "uncovered": list(cov["uncovered"])},
        "findings": {p: _severity_counts(col.reports[p]["findings"]) for p in PROFILES},
        "threat": threat_distance(col.ctx),
        "us_dependence": {p: us_dependence(col.reports[p]["findings"]) for p in PROFILES},
    }


# -- differences ---------------------------------------------------------------------------------


def _norm_phases(u: Unit) -> tuple[str, ...]:
    return tuple(p for p in PHASES if u.in_phase(p))


def _value(u: Unit, name: str) -> Any:
    if name == "phases":
        return _norm_phases(u)
    if name in ("roles",):
        return tuple(sorted(u.roles))
    return getattr(u, name)


_MISSING = object()
_KEY = operator.attrgetter(*COMPARED_FIELDS)
_NORMALISED = frozenset({"phases", "roles"})


def changed_fields(a: Unit, b: Unit) -> list[str]:
    """The properties (plan-file names) that differ between two versions of a unit, position
    aside: the modelled ones in plan-format order, then unknown ones by name."""
    out = [
        f
        for f, x, y in zip(COMPARED_FIELDS, _KEY(a), _KEY(b), strict=True)
        if x != y and (f not in _NORMALISED or _value(a, f) != _value(b, f))
    ]
    keys = sorted(set(a.extra) | set(b.extra))
    out += [k for k in keys if a.extra.get(k, _MISSING) != b.extra.get(k, _MISSING)]
    if a.geometry != b.geometry and anchor(a) == anchor(b):
        out.append("geometry")  # reshaped (a route or area) without its anchor moving
    return out


def unit_differences(a: Plan, b: Plan) -> dict[str, Any]:
    """Units of ``b`` against ``a``, matched by id: ``added`` (ids in ``b`` only, in ``b``'s
    order), ``removed`` (in ``a`` only, in ``a``'s order), ``moved`` (``{"id", "km"}``: the
    geodesic distance between the two anchors), ``changed`` (``{"id", "fields"}``). A unit can be
    both moved and changed."""
    a_units = {u.id: u for u in a.units}
    b_ids = {u.id for u in b.units}
    added = [u.id for u in b.units if u.id not in a_units]
    removed = [u.id for u in a.units if u.id not in b_ids]
    moved_pairs: list[tuple[Position, Position, str]] = []
    changed = []
    for ub in b.units:
        ua = a_units.get(ub.id)
        if ua is None or ua is ub:
            continue
        pa, pb = anchor(ua), anchor(ub)
        if pa != pb:
            moved_pairs.append((pa, pb, ub.id))
        if _KEY(ua) == _KEY(ub) and ua.extra == ub.extra and (pa != pb or ua.geometry == ub.geometry):
            continue  # the common case: nothing else changed (checked in C, field by field below)
        fields = changed_fields(ua, ub)
        if fields:
            changed.append({"id": ub.id, "fields": fields})
    moved = []
    if moved_pairs:
        lon1, lat1 = geo.positions_xy(p for p, _, _ in moved_pairs)
        lon2, lat2 = geo.positions_xy(p for _, p, _ in moved_pairs)
        km = geo.geodesic_km_many(lon1, lat1, lon2, lat2)
        moved = [{"id": uid, "km": round(float(d), KM_DIGITS)} for (_, _, uid), d in zip(moved_pairs, km, strict=True)]
    return {"added": added, "removed": removed, "moved": moved, "changed": changed}


def _contribution_key(c: Any) -> tuple[Any, ...]:
    return (c.nation, c.kind, c.amount_eur, c.note, tuple(sorted((k, repr(v)) for k, v in c.extra.items())))


def _contribution_text(c: Any) -> str:
    from desktop.formatting import money

    text = f"{c.nation} {c.kind}"
    if c.amount_eur:
        text += f" {money(float(c.amount_eur))}"
    troops = c.extra.get("troops") if isinstance(c.extra, Mapping) else None
    if isinstance(troops, (int, float)) and not isinstance(troops, bool):
        text += f" {int(troops):,} troops"
    return text


def _geometry_of(plan: Plan, kind: str) -> tuple[Any, ...]:
    return tuple(g.geometry for g in plan.geometries if g.kind == kind)


def plan_differences(a: Plan, b: Plan, profile: str | None) -> tuple[list[str], dict[str, Any]]:
    """Plan-level differences of ``b`` against ``a``: the names of the fields that differ (of
    :data:`PLAN_FIELDS`), and for each a detail (before/after values, or what was added and
    removed)."""
    fields: list[str] = []
    detail: dict[str, Any] = {}
    for name in ("profile", "phase", "mandate", "us_support", "classification"):
        va, vb = getattr(a, name), getattr(b, name)
        if va != vb:
            fields.append(name)
            detail[name] = {"from": va, "to": vb}
    pa = effective_parameters(a, profile)
    pb = effective_parameters(b, profile)
    params = {k: {"from": pa.get(k), "to": pb.get(k)} for k in sorted(pa.keys() | pb.keys()) if pa.get(k) != pb.get(k)}
    if params:
        fields.append("parameters")
        detail["parameters"] = params
    sa, sb = effective_priority_sites(a, profile), effective_priority_sites(b, profile)
    if sa != sb:
        fields.append("priority_sites")
        detail["priority_sites"] = {"added": [s for s in sb if s not in sa], "removed": [s for s in sa if s not in sb]}
    ca = [_contribution_key(c) for c in a.contributions]
    cb = [_contribution_key(c) for c in b.contributions]
    if sorted(map(repr, ca)) != sorted(map(repr, cb)):
        fields.append("contributions")
        keys_a, keys_b = set(map(repr, ca)), set(map(repr, cb))
        detail["contributions"] = {
            "added": [_contribution_text(c) for c, k in zip(b.contributions, cb, strict=True) if repr(k) not in keys_a],
            "removed": [
                _contribution_text(c) for c, k in zip(a.contributions, ca, strict=True) if repr(k) not in keys_b
            ],
        }
    for kind in ("contact_line", "occupied_area"):
        ga, gb = _geometry_of(a, kind), _geometry_of(b, kind)
        if ga != gb:
            fields.append(kind)
            detail[kind] = {"from": "drawn" if ga else "none", "to": "drawn" if gb else "none"}
    return fields, detail


def differences(a: Plan, b: Plan, profile: str | None = None) -> dict[str, Any]:
    """``differences[i]`` of ``compare --json``: ``b`` against ``a``."""
    units = unit_differences(a, b)
    fields, detail = plan_differences(a, b, profile)
    return {"from": a.name, "to": b.name, **units, "plan": fields, "plan_detail": detail}


# -- the whole comparison ------------------------------------------------------------------------


def rules_differ(entries: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, list[bool]]]:
    """Per profile, the rules that fire in some plans and not in others: rule -> fired per plan."""
    out: dict[str, dict[str, list[bool]]] = {}
    for p in PROFILES:
        fired = [set(e["findings"][p]["rules"]) for e in entries]
        every = set().union(*fired) if fired else set()
        common = set.intersection(*fired) if fired else set()
        out[p] = {r: [r in f for f in fired] for r in sorted(every - common)}
    return out


def compare_columns(cols: Sequence[Column], profile: str | None, phase: str) -> dict[str, Any]:
    """The comparison of already evaluated columns (the window keeps the columns for its maps)."""
    entries = [plan_entry(c) for c in cols]
    first = cols[0].plan
    return {
        "profile": profile,
        "phase": phase,
        "plans": entries,
        "differences": [differences(first, c.plan, profile) for c in cols[1:]],
        "rules_differ": rules_differ(entries),
    }


def comparison_phase(plans: Sequence[Plan], phase: str | None) -> str:
    if not plans:
        raise CompareError(translate("Compare", "nothing to compare"))
    return resolve_phase(plans[0], phase)


def compare(
    plans: Sequence[Plan], profile: str | None = None, phase: str | None = None
) -> tuple[list[Column], dict[str, Any]]:
    """The columns and the comparison (:func:`compare_plans`)."""
    if len(plans) < MIN_PLANS:
        text = translate("Compare", "compare needs at least {minimum} plans, got {count}")
        raise CompareError(text.format(minimum=MIN_PLANS, count=len(plans)))
    if profile is not None and profile not in PROFILES:
        text = translate("Compare", "unknown doctrine profile {profile} (expected one of {choices})")
        raise CompareError(text.format(profile=repr(profile), choices=", ".join(PROFILES)))
    ph = comparison_phase(plans, phase)
    cols = [column(p, profile, ph) for p in plans]
    return cols, compare_columns(cols, profile, ph)


def compare_plans(plans: Sequence[Plan], profile: str | None = None, phase: str | None = None) -> dict[str, Any]:
    """``compare --json`` of ``plans`` (the first is the one the others are compared with)."""
    return compare(plans, profile, phase)[1]


# -- the matrix as rows (text, print sheet, window) ---------------------------------------------

#: Which way is better for a row: "max", "min", or None (not ranked).
Better = str | None


@dataclass(frozen=True)
class MatrixRow:
    """One row of the matrix: a label, one value and one text per plan, which way is better,
    and for rule rows the rule and profile (the window shows why on the map)."""

    key: str
    label: str
    values: tuple[float | None, ...]
    texts: tuple[str, ...]
    better: Better = None
    rule: str | None = None
    profile: str | None = None
    group: str = ""

    def best(self) -> list[int]:
        """Indices of the plans with the best value (none when all are equal or unranked)."""
        vals = [v for v in self.values if v is not None]
        if self.better is None or len(vals) < 2 or len(set(vals)) == 1:
            return []
        target = max(vals) if self.better == "max" else min(vals)
        return [i for i, v in enumerate(self.values) if v is not None and v == target]


def _sev_label(profile: str, severity: str) -> str:
    """A findings row's label: ``ECFR errors`` (the profile's id, the severity in the language)."""
    labels = {
        "error": translate("Compare", "{profile} errors"),
        "warning": translate("Compare", "{profile} warnings"),
        "info": translate("Compare", "{profile} information"),
    }
    return labels[severity].format(profile=profile.upper())


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{format_number(100 * v)} %"


def _km(v: float | None) -> str:
    return "–" if v is None else translate("Compare", "{km} km").format(km=format_number(v))


def _domain_label(domain: str) -> str:
    labels = {
        "land": translate("Compare", "Land units"),
        "air": translate("Compare", "Air units"),
        "maritime": translate("Compare", "Maritime units"),
    }
    return labels.get(domain, f"{domain.capitalize()} units")


def matrix_rows(result: Mapping[str, Any], release: bool = False) -> list[MatrixRow]:
    """The matrix of a :func:`compare_plans` result as rows, most telling first. ``release``:
    leave out what the principle of ambiguity withholds (findings, coverage, threat distances,
    US dependence)."""
    plans = result["plans"]
    rows: list[MatrixRow] = []

    def add(
        key: str, label: str, values: Sequence[float | None], texts: Sequence[str], better: Better = None, **kw: Any
    ) -> None:
        rows.append(MatrixRow(key, label, tuple(values), tuple(texts), better, **kw))

    troops = [float(p["troops"]) for p in plans]
    add("troops", translate("Compare", "Troops"), troops, [format_number(v) for v in troops], "max", group="force")
    nations = sorted(
        {c for p in plans for c in p["by_nation"]}, key=lambda c: (-sum(p["by_nation"].get(c, 0) for p in plans), c)
    )
    contributing = [float(sum(1 for n in p["by_nation"].values() if n > 0)) for p in plans]
    add(
        "nations",
        translate("Compare", "Nations contributing troops"),
        contributing,
        [format_number(v) for v in contributing],
        "max",
        group="force",
    )
    core = [float(p["core_share"]) for p in plans]
    add(
        "core_share",
        translate("Compare", "Core nations' share (FR, GB)"),
        core,
        [_pct(v) for v in core],
        "max",
        group="force",
    )
    for code in nations:
        vals = [float(p["by_nation"].get(code, 0)) for p in plans]
        add(
            f"nation:{code}",
            "  " + translate("Compare", "{nation} troops").format(nation=code),
            vals,
            [format_number(v) if v else "–" for v in vals],
            None,
            group="force",
        )
    for d in DOMAINS:
        vals = [float(p["units_by_domain"][d]) for p in plans]
        add(f"domain:{d}", _domain_label(d), vals, [format_number(v) for v in vals], None, group="force")
    if release:
        return rows
    cov = [p["coverage"] for p in plans]
    add("coverage", translate("Compare", "Air-defence coverage of priority sites"), cov,
        [f"{_pct(v)} ({p['sites']['covered']}/{p['sites']['total']})" for v, p in zip(cov, plans, strict=True)],
        "max", group="geography")  # fmt: skip
    # Closer to the threat is better under forward deterrence (ecfr); the reassurance force (mfu)
    # asks nothing of the distance beyond its own rules (out of the east, not a tripwire).
    near = "min" if all(p["profile"] == "ecfr" for p in plans) else None
    med = [p["threat"]["median_km"] for p in plans]
    median = translate("Compare", "Combat units from the threat, median")
    add("threat_median", median, med, [_km(v) for v in med], near, group="geography")
    far = [p["threat"]["farthest_km"] for p in plans]
    add(
        "threat_farthest",
        translate("Compare", "Combat units from the threat, farthest"),
        far,
        [_km(v) for v in far],
        near,
        group="geography",
    )
    for prof in PROFILES:
        for sev in SEVERITIES:
            vals = [float(p["findings"][prof][sev]) for p in plans]
            add(
                f"findings:{prof}:{sev}",
                _sev_label(prof, sev),
                vals,
                [format_number(v) for v in vals],
                "min",
                group="findings",
            )
    usd = [float(len(p["us_dependence"][p["profile"]])) for p in plans]
    nothing = translate("Compare", "nothing")
    add("us_dependence", translate("Compare", "Fails without the US"), usd,
        [", ".join(p["us_dependence"][p["profile"]]) or nothing for p in plans], "min", group="findings")  # fmt: skip
    fires, passes = translate("Compare", "fires"), translate("Compare", "passes")
    for prof, differ in result.get("rules_differ", {}).items():
        for rule_id, fired in differ.items():
            values: list[float | None] = [1.0 if f else 0.0 for f in fired]
            texts = [fires if f else passes for f in fired]
            label = f"{prof.upper()} {rule_id}"
            add(f"rule:{prof}:{rule_id}", label, values, texts, "min", rule=rule_id, profile=prof, group="rules")
    return rows


def difference_lines(
    diff: Mapping[str, Any], names: Mapping[str, str] | None = None, release: bool = False
) -> list[str]:
    """The differences of one pair as readable lines (``names``: unit id -> name to show).
    ``release``: counts only (no ids, no distances, no parameters)."""
    names = names or {}

    def who(uid: str) -> str:
        n = names.get(uid)
        return f"{uid} ({n})" if n and not release else uid

    lines: list[str] = []
    if release:
        counts = {
            "added": lambda n: translate("Compare", "%n unit(s) added", None, n),
            "removed": lambda n: translate("Compare", "%n unit(s) removed", None, n),
            "moved": lambda n: translate("Compare", "%n unit(s) moved", None, n),
            "changed": lambda n: translate("Compare", "%n unit(s) changed", None, n),
        }
        for key, count in counts.items():
            if diff[key]:
                lines.append(count(len(diff[key])))
        plan = [f for f in diff["plan"] if f not in ("parameters", "mandate", "us_support")]
        if plan:
            fields = ", ".join(_plan_field(f) for f in plan)
            lines.append(translate("Compare", "Plan: {fields} differ").format(fields=fields))
        return lines or [translate("Compare", "No difference in what is released.")]
    for uid in diff["added"]:
        lines.append(translate("Compare", "+ added    {unit}").format(unit=who(uid)))
    for uid in diff["removed"]:
        lines.append(translate("Compare", "- removed  {unit}").format(unit=who(uid)))
    for m in diff["moved"]:
        km = format_number(m["km"], 1)
        lines.append(translate("Compare", "> moved    {unit} by {km} km").format(unit=who(m["id"]), km=km))
    for c in diff["changed"]:
        fields = ", ".join(c["fields"])
        lines.append(translate("Compare", "~ changed  {unit}: {fields}").format(unit=who(c["id"]), fields=fields))
    detail = diff.get("plan_detail", {})
    for f in diff["plan"]:
        d = detail.get(f, {})
        if f == "parameters":
            text = ", ".join(f"{k} {_num(v['from'])} → {_num(v['to'])}" for k, v in d.items())
        elif f in ("priority_sites", "contributions"):
            parts = [f"+{x}" for x in d.get("added", [])] + [f"−{x}" for x in d.get("removed", [])]
            text = ", ".join(parts) or translate("Compare", "order")
        else:
            text = f"{_plan_value(d.get('from'))} → {_plan_value(d.get('to'))}"
        lines.append(translate("Compare", "* plan     {field}: {change}").format(field=_plan_field(f), change=text))
    return lines or [translate("Compare", "No difference.")]


#: The plan-level fields in words (context "Compare").
_PLAN_FIELD_WORDS = {
    "profile": translate_noop("Compare", "profile"),
    "phase": translate_noop("Compare", "phase"),
    "mandate": translate_noop("Compare", "mandate"),
    "us_support": translate_noop("Compare", "US support"),
    "classification": translate_noop("Compare", "classification"),
    "parameters": translate_noop("Compare", "parameters"),
    "priority_sites": translate_noop("Compare", "priority sites"),
    "contributions": translate_noop("Compare", "contributions"),
    "contact_line": translate_noop("Compare", "contact line"),
    "occupied_area": translate_noop("Compare", "occupied area"),
}
#: Values of plan-level fields that are words, not the planner's text.
_PLAN_VALUE_WORDS = {
    "drawn": translate_noop("Compare", "drawn"),
    "none": translate_noop("Compare", "none"),
}


def _plan_field(name: str) -> str:
    words = _PLAN_FIELD_WORDS.get(name)
    return translate("Compare", words) if words else name.replace("_", " ")


def _plan_value(value: Any) -> str:
    if isinstance(value, str) and value in _PLAN_VALUE_WORDS:
        return translate("Compare", _PLAN_VALUE_WORDS[value])
    if isinstance(value, str) and value in PHASES:
        return phase_label(value)
    return str(value)


def _num(v: Any) -> str:
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return f"{int(v):,}"
    return str(v)


def pair_names(plans: Sequence[Plan], i: int) -> dict[str, str]:
    """Unit id -> name for the differences of plan ``i`` against the first (both plans' units)."""
    return {**unit_names(plans[0]), **unit_names(plans[i])}


def format_comparison(result: Mapping[str, Any], plans_: Sequence[Plan] | None = None) -> str:
    """The comparison as a readable text table (the ``compare`` command without ``--json``):
    the matrix (best value per row marked with ``*``), then the differences."""
    plans = result["plans"]
    rows = matrix_rows(result)
    phase = PHASE_LABELS.get(result["phase"], result["phase"])
    if language() != "en" and result["phase"] in PHASE_LABELS:
        phase = phase_label(result["phase"])
    prof = result["profile"].upper() if result["profile"] else translate("Compare", "each plan's own")
    title = translate("Compare", "Comparison of %n plan(s) · {phase} phase · profile {profile}", None, len(plans))
    head = [title.format(phase=phase, profile=prof), ""]
    width = max(len(r.label) for r in rows)
    col_w = [max(12, min(28, len(p["name"]))) for p in plans]
    titles = [p["name"][:w].rjust(w) + " " for p, w in zip(plans, col_w, strict=True)]
    lines = head + [" " * width + "  " + "  ".join(titles)]
    lines.append("-" * len(lines[-1]))
    group = ""
    for r in rows:
        if r.group != group and group:
            lines.append("")
        group = r.group
        best = set(r.best())
        cells = [
            (t[:w] + ("*" if i in best else " ")).rjust(w + 1)
            for i, (t, w) in enumerate(zip(r.texts, col_w, strict=True))
        ]
        lines.append(f"{r.label:<{width}}  " + "  ".join(cells))
    lines += ["", translate("Compare", "* best value of the row"), ""]
    for i, diff in enumerate(result["differences"]):
        lines.append(translate("Compare", "{plan} against {first}:").format(plan=diff["to"], first=diff["from"]))
        names = pair_names(plans_, i + 1) if plans_ else None
        lines += ["  " + x for x in difference_lines(diff, names)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def unit_names(plan: Plan) -> dict[str, str]:
    """Unit id -> the name to show beside it."""
    return {u.id: u.label() for u in plan.units}


# -- what the compare view draws (compare.js) ------------------------------------------------------


def comparison_page_data(
    plans: Sequence[Plan], result: dict[str, Any], mode: str = "side", diff_index: int = 1, symbol_px: int = 18
) -> dict[str, Any]:
    """What compare.js draws: per plan its units in the phase, geometries and priority sites; the
    differences with the first plan's positions of moved and removed units; the symbols."""
    phase = result["phase"]
    first = plans[0]
    out_plans = []
    every = []
    for p, entry in zip(plans, result["plans"], strict=True):
        units = [u for u in p.units if u.in_phase(phase)]
        every += units
        page_units = []
        for u in units:
            d = unit_for_page(u, phase)
            for k in ("tip", "dim", "geom", "range_km"):
                d.pop(k, None)
            page_units.append(d)
        sites = [{"name": name, "lat": lat, "lng": lon} for name, lon, lat in priority_site_points(p, entry["profile"])]
        out_plans.append(
            {
                "name": p.name,
                "units": page_units,
                "sites": sites,
                "geometries": [{"id": g.id, "kind": g.kind, "geometry": g.geometry.to_geojson()} for g in p.geometries],
            }
        )
    diffs = []
    for d in result["differences"]:
        moved = []
        for m in d["moved"]:
            lon, lat = first.unit(m["id"]).position
            moved.append({"id": m["id"], "lat": lat, "lng": lon, "km": m["km"]})
        removed = []
        for uid in d["removed"]:
            u = first.unit(uid)
            lon, lat = u.position
            removed.append({"id": uid, "name": u.label(), "lat": lat, "lng": lon})
        diffs.append(
            {"added": d["added"], "changed": [c["id"] for c in d["changed"]], "moved": moved, "removed": removed}
        )
    return {
        "plans": out_plans,
        "diffs": diffs,
        "symbols": {k: s.as_page() for k, s in symbols.symbols_for(every, symbol_px).items()},
        "mode": mode,
        "diffIndex": diff_index,
    }


def rule_view(cols: Sequence[Column], rule_id: str, profile: str) -> dict[str, Any]:
    """Why ``rule_id`` fires (under ``profile``) in each plan: its findings' units, sites and the
    first message (for compare.js ``showRule``)."""
    per_plan = []
    for c in cols:
        found = [f for f in c.reports[profile]["findings"] if f["rule"] == rule_id]
        units = sorted({u for f in found for u in f["units"]})
        sites = sorted({s for f in found for s in f["sites"]})
        more = translate("Compare", " (and %n more)", None, len(found) - 1) if len(found) > 1 else ""
        text = found[0]["message"] + more if found else ""
        per_plan.append({"units": units, "sites": sites, "text": text})
    return {"rule": rule_id, "profile": profile, "plans": per_plan}
