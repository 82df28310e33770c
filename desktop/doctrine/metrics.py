"""The figures the side panel shows next to the findings (docs/doctrine.md, "Metrics").

Troops follow the doctrine's counting rule (land units outside Ukraine are staging and count 0;
so do the host's, Ukraine's, units).
Everything is plain JSON-ready data: ints, floats, strings, lists and dicts.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop import geo
from desktop.catalogue import nation_name
from desktop.doctrine.context import Context, anchor, domain, is_host
from desktop.doctrine.engine import context
from desktop.doctrine.params import REFERENCE_FIGURES, ROTATION_FACTOR
from desktop.model import CONTRIBUTION_KINDS, DOMAINS, PHASES, Plan


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _nation_rows(ctx: Context) -> dict[str, dict[str, Any]]:
    """Per nation (every nation with a unit in the phase or a contribution), by code."""
    troops = ctx.troops_by_nation
    codes = sorted(troops.keys() | {c.nation for c in ctx.plan.contributions})
    rows: dict[str, dict[str, Any]] = {
        code: {
            "name": nation_name(code),
            "troops": troops.get(code, 0),
            "share": _share(troops.get(code, 0), ctx.total_troops),
            "units": {d: 0 for d in DOMAINS},
            "staging_units": 0,
            "aircraft": 0,
            "ships": 0,
            "ad_batteries": 0,
            "contributions": {k: 0 for k in CONTRIBUTION_KINDS},
            "funding_eur": 0.0,
        }
        for code in codes
    }
    for i, u in enumerate(ctx.units):
        row = rows[u.nation]
        d = domain(u.kind)
        if d is not None:
            row["units"][d] += 1
        row["staging_units"] += i in ctx.staging
        if u.kind == "air.policing":
            row["aircraft"] += u.count or 0
        elif u.kind == "air.defence":
            row["ad_batteries"] += 1
        if d == "maritime":
            row["ships"] += u.ships or 0
    for c in ctx.plan.contributions:
        row = rows[c.nation]
        row["contributions"][c.kind] = row["contributions"].get(c.kind, 0) + 1
        if c.kind == "funding" and c.amount_eur:
            row["funding_eur"] += float(c.amount_eur)
    return rows


def _by_domain(ctx: Context) -> dict[str, dict[str, int]]:
    out = {d: {"units": 0, "troops": 0} for d in DOMAINS}
    host = ctx.host.tolist()
    for i, u in enumerate(ctx.units):
        d = domain(u.kind)
        if d is not None:
            out[d]["units"] += 1
            out[d]["troops"] += 0 if i in ctx.staging or host[i] else int(u.strength)
    return out


def _ad_coverage(ctx: Context) -> dict[str, Any]:
    covered = np.asarray(ctx.ad_cover.any(axis=1), dtype=bool)  # as AIR-COVERAGE: deployed, not the host's
    return {
        "sites": len(ctx.sites),
        "covered": int(covered.sum()),
        "share": _share(float(covered.sum()), len(ctx.sites)),
        "uncovered": [s for s, ok in zip(ctx.sites, covered, strict=True) if not ok],
    }


def _troops_by_phase(ctx: Context) -> dict[str, int]:
    """Troops in every phase, with the counting rule, reusing the viewed phase's look-ups: only
    the land units absent from the viewed phase are placed again (not two whole new contexts)."""
    staging = {id(ctx.units[i]) for i in ctx.staging}
    staging |= {id(u) for u in ctx.plan.units if is_host(u.nation)}  # the host's units count 0
    others = [u for u in ctx.plan.units if domain(u.kind) == "land" and not u.in_phase(ctx.phase)]
    if others:
        inside = geo.in_ukraine_many(*geo.positions_xy(anchor(u) for u in others))
        staging |= {id(u) for u, ok in zip(others, inside, strict=True) if not ok}
    return {
        ph: ctx.total_troops
        if ph == ctx.phase
        else sum(int(u.strength) for u in ctx.plan.units if u.in_phase(ph) and id(u) not in staging)
        for ph in PHASES
    }


def context_metrics(ctx: Context) -> dict[str, Any]:
    """:func:`metrics` on an already built context."""
    return figures(ctx, _nation_rows(ctx), _by_domain(ctx), _troops_by_phase(ctx))


def figures(
    ctx: Context, rows: dict[str, dict[str, Any]], by_domain: dict[str, Any], by_phase: dict[str, int]
) -> dict[str, Any]:
    """The figures of :func:`metrics` from the per-nation ``rows`` and the domain and phase
    totals (computed in full here, kept as running totals by the incremental engine)."""
    troops = ctx.total_troops
    return {
        "profile": ctx.profile,
        "phase": ctx.phase,
        "troops": troops,
        "by_nation": {code: row["troops"] for code, row in rows.items()},
        "nations": rows,
        "by_domain": by_domain,
        "by_phase": by_phase,
        "units": len(ctx.units),
        "staging_units": len(ctx.staging),
        "aircraft": sum(r["aircraft"] for r in rows.values()),
        "ships": sum(r["ships"] for r in rows.values()),
        "ad_batteries": sum(r["ad_batteries"] for r in rows.values()),
        "funding_eur": sum(r["funding_eur"] for r in rows.values()),
        "min_troops": int(ctx.params["min_troops"]),
        "reference": [
            {"key": f.key, "label": f.label, "troops": f.troops, "source": f.source} for f in REFERENCE_FIGURES
        ],
        "rotation_factor": ROTATION_FACTOR,
        "to_generate": troops * ROTATION_FACTOR,
        "ad_coverage": _ad_coverage(ctx),
    }


def metrics(plan: Plan, phase: str | None = None, profile: str | None = None) -> dict[str, Any]:
    """The side panel's figures for the plan in ``phase`` (None: the plan's own).

    Keys: ``troops`` (total, counting rule), ``by_nation`` (code -> troops), ``nations`` (code ->
    name, troops, share of the total, units by domain, staging_units, aircraft (sum of
    ``count``), ships, ad_batteries, contributions by kind, funding_eur), ``by_domain`` (domain ->
    units, troops), ``by_phase`` (phase -> troops), ``units``, ``staging_units``, ``aircraft``,
    ``ships``, ``ad_batteries``, ``funding_eur``, ``min_troops`` (of the profile, with the plan's
    override), ``reference`` (the debate's figures), ``rotation_factor`` and ``to_generate``
    (3 × troops), ``ad_coverage`` (priority sites inside at least one air-defence range ring:
    sites, covered, share, uncovered), plus the ``profile`` and ``phase`` used.
    """
    return context_metrics(context(plan, profile, phase))
