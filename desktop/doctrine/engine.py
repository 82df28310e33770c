"""Evaluating a plan against its doctrine profile."""

from __future__ import annotations

from desktop.doctrine.context import Context
from desktop.doctrine.params import resolve_phase, resolve_profile
from desktop.doctrine.registry import Finding
from desktop.doctrine.rules import RULES
from desktop.model import Plan


def context(plan: Plan, profile: str | None = None, phase: str | None = None) -> Context:
    """The plan seen under ``profile`` in ``phase`` (None: the plan's own)."""
    return Context(plan, resolve_profile(plan, profile), resolve_phase(plan, phase))


def evaluate(plan: Plan, profile: str | None = None, phase: str | None = None) -> list[Finding]:
    """Every finding of the plan under ``profile`` in ``phase`` (None: the plan's own).

    Pure and deterministic: findings come in registry order (the order of doctrine.md's table),
    and within a rule by their first unit (in plan order), then first nation, then first site
    (in priority-site order). Rules marked "—" for the profile are not evaluated.
    ``ValueError`` for an unknown profile or phase.
    """
    return evaluate_context(context(plan, profile, phase))


def evaluate_context(ctx: Context) -> list[Finding]:
    """:func:`evaluate` on an already built context (metrics can share its facts)."""
    unit_order = {u.id: i for i, u in enumerate(ctx.plan.units)}
    site_order = {s: i for i, s in enumerate(ctx.sites)}

    def key(f: Finding) -> tuple[int, str, int]:
        return (
            unit_order.get(f.units[0], -1) if f.units else -1,
            f.nations[0] if f.nations else "",
            site_order.get(f.sites[0], -1) if f.sites else -1,
        )

    out: list[Finding] = []
    for rule in RULES:
        out.extend(sorted(rule.findings(ctx), key=key))  # sorted() is stable
    return out
