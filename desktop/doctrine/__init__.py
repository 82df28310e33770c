"""The principles engine: the rules of docs/doctrine.md, their parameters, metrics and reports.

Pure (no Qt, no files, no database). The public API:

- :data:`RULES` (registry order = doctrine.md's table), :func:`rule`, :func:`rules_for`;
  :class:`Rule`, :class:`Finding`.
- :func:`evaluate` (plan, profile=None, phase=None) -> list of findings.
- :func:`metrics`, :func:`without_us`.
- :func:`check_report` / :func:`format_report` (the ``check`` command), :func:`has_errors`.
- Parameters and sites: :data:`DEFAULT_PARAMETERS`, :func:`effective_parameters`,
  :data:`DEFAULT_PRIORITY_SITES`, :func:`effective_priority_sites`,
  :func:`priority_site_points` (name, lon, lat of every site the rules place, custom sites
  included), :func:`unknown_sites`.
"""

from desktop.doctrine.context import without_us
from desktop.doctrine.engine import evaluate
from desktop.doctrine.metrics import metrics
from desktop.doctrine.params import (
    DEFAULT_PARAMETERS,
    DEFAULT_PRIORITY_SITES,
    ERROR,
    INFO,
    MANDATE_LABELS,
    PHASE_LABELS,
    PROFILE_INFO,
    REFERENCE_FIGURES,
    ROTATION_FACTOR,
    SEVERITIES,
    US_LABELS,
    WARNING,
    Parameter,
    Profile,
    ReferenceFigure,
    effective_parameters,
    effective_priority_sites,
    known_priority_sites,
    priority_site_points,
    unknown_sites,
)
from desktop.doctrine.registry import Finding, Rule
from desktop.doctrine.report import Analysis, analyse, check_report, format_report, has_errors
from desktop.doctrine.rules import RULES, RULES_BY_ID, rule, rules_for

__all__ = [
    "DEFAULT_PARAMETERS",
    "DEFAULT_PRIORITY_SITES",
    "ERROR",
    "INFO",
    "MANDATE_LABELS",
    "PHASE_LABELS",
    "PROFILE_INFO",
    "REFERENCE_FIGURES",
    "ROTATION_FACTOR",
    "RULES",
    "RULES_BY_ID",
    "SEVERITIES",
    "US_LABELS",
    "WARNING",
    "Analysis",
    "Finding",
    "Parameter",
    "Profile",
    "ReferenceFigure",
    "Rule",
    "analyse",
    "check_report",
    "effective_parameters",
    "effective_priority_sites",
    "evaluate",
    "format_report",
    "has_errors",
    "known_priority_sites",
    "metrics",
    "priority_site_points",
    "rule",
    "rules_for",
    "unknown_sites",
    "without_us",
]
