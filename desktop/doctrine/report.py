"""The ``check`` command's output: the JSON shape of plan-format.md and a terminal text form."""

from __future__ import annotations

from typing import Any

from desktop.doctrine.context import Context
from desktop.doctrine.engine import context, evaluate_context
from desktop.doctrine.metrics import context_metrics
from desktop.doctrine.params import PHASE_LABELS, PROFILE_INFO, SEVERITIES
from desktop.model import Plan

_HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Information"}


def check_report(plan: Plan, profile: str | None = None, phase: str | None = None) -> dict[str, Any]:
    """``{"plan", "profile", "phase", "findings": [...], "metrics": {...}}`` as ``check --json``
    prints it (plan-format.md); ``metrics`` holds at least ``troops`` and ``by_nation``."""
    return context_report(context(plan, profile, phase))


def context_report(ctx: Context) -> dict[str, Any]:
    """:func:`check_report` on an already built context (``compare`` reads the same context
    further, for figures that are not in the report)."""
    return {
        "plan": ctx.plan.name,
        "profile": ctx.profile,
        "phase": ctx.phase,
        "findings": [f.to_dict() for f in evaluate_context(ctx)],
        "metrics": context_metrics(ctx),
    }


def has_errors(report: dict[str, Any]) -> bool:
    """Whether the report has an error-severity finding (the CLI's exit status 1)."""
    return any(f["severity"] == "error" for f in report["findings"])


def format_report(report: dict[str, Any]) -> str:
    """A readable text form of :func:`check_report`: a heading, one line per finding grouped
    by severity (most serious first), then the troop totals per nation."""
    profile = report["profile"]
    name = PROFILE_INFO[profile].name if profile in PROFILE_INFO else profile
    phase = PHASE_LABELS.get(report["phase"], report["phase"])
    lines = [f"{report['plan']}: profile {profile} ({name}), {phase} phase", ""]
    findings = report["findings"]
    if not findings:
        lines += ["No findings: the plan meets every principle of the profile.", ""]
    for severity in SEVERITIES:
        group = [f for f in findings if f["severity"] == severity]
        if not group:
            continue
        lines.append(f"{_HEADINGS[severity]} ({len(group)})")
        width = max(len(f["rule"]) for f in group)
        lines += [f"  {f['rule']:<{width}}  {f['message']}" for f in group]
        lines.append("")
    lines += _troop_lines(report["metrics"])
    return "\n".join(lines)


def _troop_lines(m: dict[str, Any]) -> list[str]:
    troops = m.get("troops", 0)
    head = f"Troops: {troops:,}"
    if "min_troops" in m:
        head += f" (minimum {m['min_troops']:,})"
    if "to_generate" in m:
        head += f"; about {m['to_generate']:,} to generate with rotation"
    lines = [head]
    nations = m.get("nations", {})
    rows = sorted(m.get("by_nation", {}).items(), key=lambda kv: (-kv[1], kv[0]))
    for code, n in rows:
        label = nations.get(code, {}).get("name", code)
        share = f"{100 * n / troops:5.1f} %" if troops else ""
        lines.append(f"  {code}  {label:<24} {n:>9,}  {share}")
    return lines
