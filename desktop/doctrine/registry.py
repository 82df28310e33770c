"""The shapes of the rules engine: a rule, what a rule's check reports, and a finding."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.doctrine.context import Context
from desktop.model import PROFILES


@dataclass(frozen=True)
class Issue:
    """What a rule's check reports: one sentence and what it concerns (no severity yet)."""

    message: str
    units: tuple[str, ...] = ()
    nations: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()


Check = Callable[[Context], Iterable[Issue]]


@dataclass(frozen=True)
class Finding:
    """One breach of a principle, as the side panel, the CLI and prints show it.

    ``severity`` is "error", "warning" or "info"; ``units`` are unit ids, ``nations`` ISO codes,
    ``sites`` priority-site names.
    """

    rule: str
    severity: str
    message: str
    source: str
    units: tuple[str, ...] = ()
    nations: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The finding as in ``check --json`` (plan-format.md), keys in that order."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "units": list(self.units),
            "nations": list(self.nations),
            "sites": list(self.sites),
            "message": self.message,
            "source": self.source,
        }


@dataclass(frozen=True)
class Rule:
    """One principle: its public id, what it checks, where it comes from, how serious it is in
    each profile (None: not evaluated there), and the function that checks it."""

    id: str
    description: str
    source: str
    severities: Mapping[str, str | None]
    check: Check

    def __post_init__(self) -> None:
        if set(self.severities) != set(PROFILES):
            raise ValueError(f"{self.id}: severities must name exactly the profiles {PROFILES}")

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
        return [
            Finding(self.id, severity, i.message, self.source, i.units, i.nations, i.sites) for i in self.check(ctx)
        ]
