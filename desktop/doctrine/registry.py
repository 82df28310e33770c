"""The shapes of the rules engine: a rule, what a rule's check reports, and a finding."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.doctrine.context import Context
from desktop.i18n import translate
from desktop.model import PROFILES


@dataclass(frozen=True)
class Issue:
    """What a rule's check reports: one sentence and what it concerns (no severity yet)."""

    message: str
    units: tuple[str, ...] = ()
    nations: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    depends: str | None = None  # US-DEPENDENCE: the rule that would fire without the US


Check = Callable[[Context], Iterable[Issue]]


@dataclass(frozen=True)
class Finding:
    """One breach of a principle, as the side panel, the CLI and prints show it.

    ``severity`` is "error", "warning" or "info"; ``units`` are unit ids, ``nations`` ISO codes,
    ``sites`` priority-site names (a place's geo-data ``name``); ``depends`` (US-DEPENDENCE only)
    the id of the rule that would fire without the United States.
    """

    rule: str
    severity: str
    message: str
    source: str
    units: tuple[str, ...] = ()
    nations: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    depends: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The finding as in ``check --json`` (plan-format.md), keys in that order; ``depends``
        only when the finding has one."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "units": list(self.units),
            "nations": list(self.nations),
            "sites": list(self.sites),
        }
        if self.depends is not None:
            out["depends"] = self.depends
        out["message"] = self.message
        out["source"] = self.source
        return out


@dataclass(frozen=True)
class Rule:
    """One principle: its public id, what it checks, where it comes from, how serious it is in
    each profile (None: not evaluated there), and the function that checks it."""

    id: str
    description: str
    source: str
    severities: Mapping[str, str | None]
    check: Check
    #: What the rule depends on, for the incremental engine (desktop/doctrine/incremental.py):
    #: ``scope`` "unit" when each finding concerns one unit and depends only on that unit and
    #: the plan's settings (so an edit re-checks only the units it touched), "plan" when a
    #: finding depends on many units; ``reads`` the unit fields (``geometry``, ``nation``…) and
    #: plan fields (``plan.parameters``…) it reads. The profile and phase are read by every rule.
    scope: str = "plan"
    reads: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if set(self.severities) != set(PROFILES):
            raise ValueError(f"{self.id}: severities must name exactly the profiles {PROFILES}")
        if self.scope not in ("unit", "plan"):
            raise ValueError(f"{self.id}: scope must be 'unit' or 'plan'")

    def severity(self, profile: str) -> str | None:
        """The severity in this profile, or None when the rule is not evaluated there."""
        return self.severities[profile]

    def evaluated_in(self, profile: str) -> bool:
        return self.severities[profile] is not None

    def findings(self, ctx: Context) -> list[Finding]:
        """Run the check (when the rule applies to the context's profile) into findings."""
        severity = self.severity(ctx.profile)
        if severity is None:
            return []
        source = translate("Rules", self.source)
        return [
            Finding(self.id, severity, i.message, source, i.units, i.nations, i.sites, i.depends)
            for i in self.check(ctx)
        ]
