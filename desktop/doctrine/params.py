"""Profiles, thresholds and priority sites of the doctrine (docs/doctrine.md), with plan overrides.

A plan stores only the planner's overrides (``Plan.parameters``, ``Plan.priority_sites``); the
defaults live here. Pure data and small functions; no geography beyond place-name look-up.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from desktop import geo
from desktop.model import PHASES, PROFILES, Plan

ERROR: Final = "error"
WARNING: Final = "warning"
INFO: Final = "info"
#: Severities, most serious first.
SEVERITIES: tuple[str, ...] = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    summary: str


PROFILE_INFO: MappingProxyType[str, Profile] = MappingProxyType(
    {
        "ecfr": Profile(
            "ecfr",
            "Forward deterrence",
            "A deterrence mission on Ukraine's side, led by France and the UK, multi-domain and "
            "deployed close to the threat; western Ukraine only as entry points.",
        ),
        "mfu": Profile(
            "mfu",
            "Reassurance force",
            "About 20,000 troops of a coalition of the willing: air cover, a Black Sea naval "
            "presence, securing cities, ports and energy; out of the east, not a tripwire.",
        ),
    }
)

PHASE_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {"ceasefire": "ceasefire", "settlement": "settlement", "long_term": "long-term"}
)
#: How the window and the print sheet name a plan's mandate and declared US support.
MANDATE_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {"deterrence": "Deterrence", "reassurance": "Reassurance", "peacekeeping": "Peacekeeping (UN-style)"}
)
US_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {"none": "None declared", "financial": "Financial", "isr_air": "ISR and air support", "full": "Full backstop"}
)


@dataclass(frozen=True)
class Parameter:
    """One threshold of the rules, as the side panel shows it."""

    name: str
    label: str
    value: float
    unit: str
    description: str
    rules: tuple[str, ...]  # ids of the rules that use it
    integer: bool = True

    @property
    def step(self) -> float:
        """A sensible increment for a spin box: half a generation, 10 km, 1,000 troops, 1."""
        return {"generation": 0.5, "km": 10.0, "troops": 1000.0}.get(self.unit, 1.0)


def _parameters(min_troops: int) -> MappingProxyType[str, Parameter]:
    params = (
        Parameter(
            "min_fighter_generation", "Minimum fighter generation", 4, "generation",
            "Air policing must fly fighters of this generation or later (4, 4.5, 5).",
            ("AIR-GENERATION",), integer=False,
        ),
        Parameter(
            "max_threat_distance_km", "Maximum distance to the threat", 250, "km",
            "A combat unit farther than this from every threat source (the Russian and "
            "Belarusian borders, the contact line) is not forward enough.",
            ("GEO-FORWARD",),
        ),
        Parameter(
            "tripwire_km", "Tripwire distance", 30, "km",
            "A land unit this close to the contact line would act as a tripwire.",
            ("GEO-TRIPWIRE",),
        ),
        Parameter(
            "protect_radius_km", "Protection radius", 100, "km",
            "A priority site counts as protected when a land unit or an air-defence battery "
            "stands within this distance.",
            ("PROTECT-PRIORITIES",),
        ),
        Parameter(
            "min_troops", "Minimum troops", min_troops, "troops",
            "The force deployed in the phase should total at least this many troops.",
            ("SIZE-MIN",),
        ),
        Parameter(
            "min_nations", "Minimum nations", 8, "nations",
            "The mission should involve as many countries as possible: fewer nations than this "
            "contributing troops in the phase is flagged.",
            ("COALITION-BREADTH",),
        ),
        Parameter(
            "belarus_cover_km", "Belarus cover distance", 150, "km",
            "At least one deployed combat unit should stand within this distance of the "
            "Ukraine–Belarus border.",
            ("GEO-BELARUS",),
        ),
    )  # fmt: skip
    return MappingProxyType({p.name: p for p in params})


#: Profile -> parameter name -> :class:`Parameter` (its ``value`` is the default).
DEFAULT_PARAMETERS: MappingProxyType[str, MappingProxyType[str, Parameter]] = MappingProxyType(
    {"ecfr": _parameters(10_000), "mfu": _parameters(20_000)}
)

#: Profile -> the priority sites it protects by default (exact names of places.geojson).
DEFAULT_PRIORITY_SITES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "ecfr": (
            "Odesa", "Kyiv", "Dnipro", "Chernihiv",
            "Port of Odesa", "Port of Chornomorsk", "Port Pivdennyi", "Port of Izmail",
            "Rivne NPP", "Khmelnytskyi NPP", "South Ukraine NPP",
            "Dnipro HPP (DniproHES)", "Kremenchuk HPP", "Kyiv HPP", "Dniester HPP",
        ),
        "mfu": (
            "Kyiv", "Odesa", "Dnipro", "Lviv", "Mykolaiv",
            "Port of Odesa", "Port of Chornomorsk", "Port Pivdennyi", "Port of Izmail",
            "Rivne NPP", "Khmelnytskyi NPP", "South Ukraine NPP",
            "Dnipro HPP (DniproHES)", "Kremenchuk HPP", "Kyiv HPP", "Dniester HPP",
        ),
    }
)  # fmt: skip


@dataclass(frozen=True)
class ReferenceFigure:
    """A troop figure of the public debate the metrics compare the plan with."""

    key: str
    label: str
    troops: int
    source: str


REFERENCE_FIGURES: tuple[ReferenceFigure, ...] = (
    ReferenceFigure("debate_low", "Debated initial force, low end", 10_000,
                    "ECFR: debates of 10,000–30,000 to begin with"),
    ReferenceFigure("debate_high", "Debated initial force, high end", 30_000,
                    "ECFR: debates of 10,000–30,000 to begin with"),
    ReferenceFigure("mfu", "Multinational Force Ukraine", 20_000,
                    "MFU: approximately 20,000 troops"),
    ReferenceFigure("zelensky_total", "Zelensky's figure, total", 200_000,
                    "ECFR: 200,000 foreign troops (100,000 on a rotation basis)"),
    ReferenceFigure("zelensky_rotating", "Zelensky's figure, rotating", 100_000,
                    "ECFR: 200,000 foreign troops (100,000 on a rotation basis)"),
)  # fmt: skip

#: Rule of three: to keep a force deployed with rotation, about three times it must be generated.
ROTATION_FACTOR: Final = 3


def resolve_profile(plan: Plan, profile: str | None) -> str:
    """``profile`` or the plan's own; ``ValueError`` for an unknown profile."""
    p = profile or plan.profile
    if p not in PROFILES:
        raise ValueError(f"unknown doctrine profile {p!r} (expected one of {', '.join(PROFILES)})")
    return p


def resolve_phase(plan: Plan, phase: str | None) -> str:
    """``phase`` or the plan's own; ``ValueError`` for an unknown phase."""
    ph = phase or plan.phase
    if ph not in PHASES:
        raise ValueError(f"unknown phase {ph!r} (expected one of {', '.join(PHASES)})")
    return ph


def _usable(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def effective_parameters(plan: Plan, profile: str | None = None) -> dict[str, float]:
    """Parameter name -> value: the profile's defaults with the plan's overrides on top.

    Overrides with an unknown name, or a value that is not a finite number ≥ 0, are ignored
    (the plan file reader is where they get reported).
    """
    defaults = DEFAULT_PARAMETERS[resolve_profile(plan, profile)]
    values = {name: float(p.value) for name, p in defaults.items()}
    for name, value in plan.parameters.items():
        if name in values and _usable(value):
            values[name] = float(value)
    return values


def _site_name(site: object) -> str | None:
    """The name the findings use for a plan's site: a place's geo-data ``name`` (also when the
    plan gave its ``name_uk``), a custom site's own name; None for an unknown bare name."""
    if isinstance(site, str):
        found = geo.find_place(site)
        return found.name if found else None
    if isinstance(site, Mapping) and isinstance(site.get("name"), str):
        return str(site["name"])
    return None


def _site_point(site: object) -> tuple[str, float, float] | None:
    if isinstance(site, str):
        found = geo.find_place(site)
        return (found.name, found.lon, found.lat) if found else None
    if isinstance(site, Mapping):
        name, lon, lat = site.get("name"), site.get("lon"), site.get("lat")
        if isinstance(name, str) and _usable_coordinate(lon, 180) and _usable_coordinate(lat, 90):
            return (name, float(lon), float(lat))  # type: ignore[arg-type]
    return None


def _usable_coordinate(value: object, limit: float) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and -limit <= value <= limit
    )


def _plan_sites(plan: Plan, profile: str | None) -> tuple[object, ...]:
    sites = plan.priority_sites
    return tuple(DEFAULT_PRIORITY_SITES[resolve_profile(plan, profile)] if sites is None else sites)


def effective_priority_sites(plan: Plan, profile: str | None = None) -> list[str]:
    """Names of the plan's priority sites (when it has a list) or the profile's, duplicates
    dropped: a place by its geo-data ``name`` (also when the plan gave its ``name_uk``), a custom
    ``{name, lon, lat}`` site by its name.

    Bare names not found in the geo data are kept here as given (see :func:`unknown_sites`); the
    rules ignore them (a plan file naming one is bad input).
    """
    names = []
    for site in _plan_sites(plan, profile):
        name = _site_name(site)
        names.append(name if name is not None else str(site))
    return list(dict.fromkeys(names))


def priority_site_points(plan: Plan, profile: str | None = None) -> list[tuple[str, float, float]]:
    """(name, lon, lat) of every priority site the rules can place, in order, duplicates
    (by name) dropped: places of the geo data and the plan's custom sites."""
    out: dict[str, tuple[str, float, float]] = {}
    for site in _plan_sites(plan, profile):
        point = _site_point(site)
        if point is not None and point[0] not in out:
            out[point[0]] = point
    return list(out.values())


def unknown_sites(plan: Plan, profile: str | None = None) -> list[str]:
    """Bare priority-site names of the plan that are no place of the geo data (the UI flags them)."""
    return [s for s in _plan_sites(plan, profile) if isinstance(s, str) and geo.find_place(s) is None]


def known_priority_sites(plan: Plan, profile: str | None = None) -> list[str]:
    """Names of the effective priority sites that the rules can place, in order."""
    return [name for name, _, _ in priority_site_points(plan, profile)]
