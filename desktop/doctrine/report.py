"""One evaluation of a plan (:class:`Analysis`: findings and figures from one engine context),
the ``check`` command's output (the JSON shape of plan-format.md) and a terminal text form.

The window's side panel, the print sheet and ``check`` all evaluate through :func:`analyse`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from desktop.doctrine.context import Context, without_us
from desktop.doctrine.engine import context, evaluate_context
from desktop.doctrine.metrics import context_metrics
from desktop.doctrine.params import PROFILE_INFO, SEVERITIES
from desktop.doctrine.registry import Finding
from desktop.i18n import format_number, nation_name, phase_label, translate
from desktop.model import Plan


@dataclass(frozen=True)
class Analysis:
    """Findings and figures of one plan snapshot, as evaluated."""

    plan: Plan  # what was evaluated (the plan without US units when ``without_us``)
    profile: str
    phase: str
    findings: tuple[Finding, ...]
    metrics: dict[str, Any]
    without_us: bool
    seconds: float

    def count(self, severity: str) -> int:
        return self._counts.get(severity, 0)

    @cached_property
    def _counts(self) -> dict[str, int]:
        """Severity -> findings (counted once: the panel, the status bar and the map ask often)."""
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        return counts

    def report(self) -> dict[str, Any]:
        """The ``check --json`` object (plan-format.md)."""
        return {
            "plan": self.plan.name,
            "profile": self.profile,
            "phase": self.phase,
            "findings": [f.to_dict() for f in self.findings],
            "metrics": self.metrics,
        }


def analyse(plan: Plan, exclude_us: bool = False, profile: str | None = None, phase: str | None = None) -> Analysis:
    """Evaluate ``plan`` under ``profile`` and ``phase`` (default: its own); ``exclude_us``
    evaluates what is left without every US unit and pledge."""
    t0 = time.perf_counter()
    target = without_us(plan) if exclude_us else plan
    return analyse_context(context(target, profile, phase), exclude_us, t0)


def analyse_context(ctx: Context, us_excluded: bool = False, started: float | None = None) -> Analysis:
    """:func:`analyse` of an already built context (``compare`` reads the same context further)."""
    t0 = time.perf_counter() if started is None else started
    findings = tuple(evaluate_context(ctx))
    figures = context_metrics(ctx)
    return Analysis(ctx.plan, ctx.profile, ctx.phase, findings, figures, us_excluded, time.perf_counter() - t0)


def _heading(severity: str, n: int) -> str:
    headings = {
        "error": translate("Report", "Errors ({n})"),
        "warning": translate("Report", "Warnings ({n})"),
        "info": translate("Report", "Information ({n})"),
    }
    return headings[severity].format(n=n)


def check_report(plan: Plan, profile: str | None = None, phase: str | None = None) -> dict[str, Any]:
    """``{"plan", "profile", "phase", "findings": [...], "metrics": {...}}`` as ``check --json``
    prints it (plan-format.md); ``metrics`` holds at least ``troops`` and ``by_nation``."""
    return analyse(plan, profile=profile, phase=phase).report()


def context_report(ctx: Context) -> dict[str, Any]:
    """:func:`check_report` on an already built context (``compare`` reads the same context
    further, for figures that are not in the report)."""
    return analyse_context(ctx).report()


def has_errors(report: dict[str, Any]) -> bool:
    """Whether the report has an error-severity finding (the CLI's exit status 1)."""
    return any(f["severity"] == "error" for f in report["findings"])


def format_report(report: dict[str, Any]) -> str:
    """A readable text form of :func:`check_report`: a heading, one line per finding grouped
    by severity (most serious first), then the troop totals per nation."""
    profile = report["profile"]
    name = PROFILE_INFO[profile].name if profile in PROFILE_INFO else profile
    head = translate("Report", "{plan}: profile {profile} ({name}), {phase} phase")
    lines = [
        head.format(
            plan=report["plan"], profile=profile, name=translate("Profiles", name), phase=phase_label(report["phase"])
        ),
        "",
    ]
    findings = report["findings"]
    if not findings:
        lines += [translate("Report", "No findings: the plan meets every principle of the profile."), ""]
    for severity in SEVERITIES:
        group = [f for f in findings if f["severity"] == severity]
        if not group:
            continue
        lines.append(_heading(severity, len(group)))
        width = max(len(f["rule"]) for f in group)
        lines += [f"  {f['rule']:<{width}}  {f['message']}" for f in group]
        lines.append("")
    lines += _troop_lines(report["metrics"])
    return "\n".join(lines)


def _troop_lines(m: dict[str, Any]) -> list[str]:
    troops = m.get("troops", 0)
    head = translate("Report", "Troops: {troops}").format(troops=format_number(troops))
    if "min_troops" in m:
        head += translate("Report", " (minimum {minimum})").format(minimum=format_number(m["min_troops"]))
    if "to_generate" in m:
        more = translate("Report", "; about {n} to generate with rotation")
        head += more.format(n=format_number(m["to_generate"]))
    lines = [head]
    nations = m.get("nations", {})
    rows = sorted(m.get("by_nation", {}).items(), key=lambda kv: (-kv[1], kv[0]))
    for code, n in rows:
        label = nation_name(code, nations.get(code, {}).get("name", code))
        share = f"{format_number(100 * n / troops, 1)} %" if troops else ""
        lines.append(f"  {code}  {label:<24} {format_number(n):>9}  {share:>7}")
    return lines
