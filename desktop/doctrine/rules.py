"""The rules of docs/doctrine.md: one small check per rule, and the registry ``RULES``.

Each check reads a :class:`~desktop.doctrine.context.Context` (the plan, profile and phase) and
yields :class:`~desktop.doctrine.registry.Issue` s; the registry adds the rule id, the severity of
the profile and the source. Checks never decide whether they apply to a profile: the severity
table does. Messages are one sentence in the product's words and name units, nations and sites.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import MappingProxyType

import numpy as np

from desktop import geo
from desktop.catalogue import in_group, nation_groups
from desktop.doctrine import wording as w
from desktop.doctrine.context import US, Context, domain, is_us
from desktop.doctrine.params import ERROR, INFO, PHASE_LABELS, WARNING
from desktop.doctrine.registry import Check, Issue, Rule
from desktop.model import Unit

_SEVERITY_CODES = {"E": ERROR, "W": WARNING, "I": INFO, "—": None}


def _sev(ecfr: str, mfu: str) -> MappingProxyType[str, str | None]:
    """Severities from the table's letters (E, W, I, —)."""
    return MappingProxyType({"ecfr": _SEVERITY_CODES[ecfr], "mfu": _SEVERITY_CODES[mfu]})


def _phase(ctx: Context) -> str:
    return f"in the {PHASE_LABELS[ctx.phase]} phase"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ids(units: list[Unit]) -> tuple[str, ...]:
    return tuple(u.id for u in units)


def _group(code: str) -> list[str]:
    return sorted(nation_groups().get(code, frozenset()))


# ---------------------------------------------------------------------------------------------
# Nations
# ---------------------------------------------------------------------------------------------


def _by_nation(
    ctx: Context, pred: Callable[[str], bool], *, contributions: bool
) -> Iterator[tuple[str, list[Unit], int]]:
    """(nation, its units in the phase, its contribution count) for each nation matching
    ``pred`` that has a unit in the phase (or a contribution, when those count), by code."""
    units = {code: us for code, us in ctx.units_by_nation.items() if pred(code)}
    pledges: dict[str, int] = {}
    if contributions:
        for c in ctx.plan.contributions:
            if pred(c.nation):
                pledges[c.nation] = pledges.get(c.nation, 0) + 1
    for code in sorted(units.keys() | pledges.keys()):
        yield code, units.get(code, []), pledges.get(code, 0)


def _provides(units: list[Unit], pledges: int) -> str:
    parts = []
    if units:
        parts.append(w.units(units) if len(units) <= 2 else w.count(len(units), "unit"))
    if pledges:
        parts.append("a non-troop contribution" if pledges == 1 else f"{pledges} contributions")
    return w.join(parts)


def _nation_issues(
    ctx: Context, pred: Callable[[str], bool], status: str, *, contributions: bool = True
) -> Iterator[Issue]:
    for code, units, pledges in _by_nation(ctx, pred, contributions=contributions):
        yield Issue(
            f"{w.nation(code, start=True)} {status} but provides {_provides(units, pledges)}.",
            units=_ids(units),
            nations=(code,),
        )


def nat_excluded(ctx: Context) -> Iterator[Issue]:
    return _nation_issues(ctx, lambda c: in_group(c, "excluded"), "is excluded from the mission")


def _non_allied(code: str) -> bool:
    return not in_group(code, "eligible") and not in_group(code, "excluded")


def nat_nonallied(ctx: Context) -> Iterator[Issue]:
    return _nation_issues(ctx, _non_allied, "is not one of Ukraine's unequivocal allies")


def nat_neutral(ctx: Context) -> Iterator[Issue]:
    # Neutral states may still fund or equip the mission: only their units are flagged.
    return _nation_issues(ctx, lambda c: in_group(c, "neutral"), "is a militarily neutral state", contributions=False)


def core_lead(ctx: Context) -> Iterator[Issue]:
    for code in _group("core"):
        if ctx.contributes_troops(code):
            continue
        units = [u for u in ctx.units if u.nation == code]
        staged = any(u.strength > 0 and i in ctx.staging for i, u in enumerate(ctx.units) if u.nation == code)
        why = " (its land units stand outside Ukraine, as staging)" if staged else ""
        yield Issue(
            f"{w.nation(code, start=True)} contributes no troops {_phase(ctx)}{why}.",
            units=_ids(units),
            nations=(code,),
        )


def core_largest(ctx: Context) -> Iterator[Issue]:
    troops = ctx.troops_by_nation
    top = max(troops.values(), default=0)
    core = _group("core")
    if top <= 0 or any(troops.get(c, 0) == top for c in core):
        return
    leaders = [n for n, t in troops.items() if t == top]
    verb = "is the largest troop contributor" if len(leaders) == 1 else "are the largest troop contributors"
    yield Issue(
        f"{_cap(w.nations(leaders))} {verb} ({top:,} troops {_phase(ctx)}), ahead of {w.nations(core, 'and')}.",
        nations=tuple(leaders),
    )


# ---------------------------------------------------------------------------------------------
# Domains
# ---------------------------------------------------------------------------------------------

Needs = tuple[tuple[str, str], ...]
_LAND: Needs = (("land.combat", "combat-ready land unit"),)
_LAND_SUPPORT: Needs = (("land.training", "training mission"), ("land.exercise", "exercise force"))
_AIR: Needs = (("air.defence", "air-defence battery"), ("air.policing", "air-policing squadron"))
_SEA: Needs = (("sea.patrol", "sea patrol"),)
_MCM: Needs = (("sea.mcm", "mine-countermeasures unit"),)
_ISR_KIND, _ISR_LABEL = "air.isr", "ISR asset or ISR contribution from a nation other than the US"


def _missing(ctx: Context, needs: Needs) -> Needs:
    return tuple((k, label) for k, label in needs if not ctx.has_kind(k))


def _land_gaps(ctx: Context) -> Needs:
    return _missing(ctx, _LAND)


def _air_gaps(ctx: Context) -> Needs:
    return _missing(ctx, _AIR)


def _sea_gaps(ctx: Context) -> Needs:
    return _missing(ctx, _SEA)


def _isr_gaps(ctx: Context) -> Needs:
    """ISR counts only when a nation other than the US provides it (unit or contribution)."""
    has_isr = any(u.kind == _ISR_KIND and not is_us(u.nation) for u in ctx.units) or any(
        c.kind == "isr" and not is_us(c.nation) for c in ctx.plan.contributions
    )
    return () if has_isr else ((_ISR_KIND, _ISR_LABEL),)


def _no(gaps: Needs) -> str:
    return w.join([label for _, label in gaps], "and no")


def _gap_check(component: str, gaps: Callable[[Context], Needs]) -> Check:
    def check(ctx: Context) -> Iterator[Issue]:
        missing = gaps(ctx)
        if missing:
            yield Issue(f"{component} has no {_no(missing)} {_phase(ctx)}.")

    return check


domain_land = _gap_check("The land component", _land_gaps)
domain_land_support = _gap_check("The land component", lambda c: _missing(c, _LAND_SUPPORT))
domain_air = _gap_check("The sky shield", _air_gaps)
domain_sea = _gap_check("The maritime component", _sea_gaps)
sea_demining = _gap_check("The maritime component", lambda c: _missing(c, _MCM))


def isr_gap(ctx: Context) -> Iterator[Issue]:
    if not _isr_gaps(ctx):
        return
    us_units = [u for u in ctx.units if u.kind == _ISR_KIND and is_us(u.nation)]
    us_pledge = any(c.kind == "isr" and is_us(c.nation) for c in ctx.plan.contributions)
    if us_units or us_pledge:
        yield Issue(
            f"Only the United States provides ISR {_phase(ctx)}: no other nation has an ISR "
            "asset or an ISR contribution.",
            units=_ids(us_units),
            nations=(US,),
        )
    else:
        yield Issue(f"No nation provides an ISR asset or an ISR contribution {_phase(ctx)}.")


def us_dependence(ctx: Context) -> Iterator[Issue]:
    # The literal rule: a check that passes now but fails once the US is gone. ISR-GAP already
    # ignores the US, so it never changes here; its own message says when only the US has ISR.
    lost: list[tuple[str, str]] = []
    for gaps in (_land_gaps, _air_gaps, _sea_gaps, _isr_gaps):
        if not gaps(ctx):
            lost.extend(gaps(ctx.without_us))
    if not lost:
        return
    kinds = {k for k, _ in lost}
    us_units = [u for u in ctx.units if is_us(u.nation) and u.kind in kinds]
    yield Issue(
        f"Without the United States the plan would have no {_no(tuple(lost))} {_phase(ctx)}.",
        units=_ids(us_units),
        nations=(US,),
    )


def air_generation(ctx: Context) -> Iterator[Issue]:
    floor = ctx.params["min_fighter_generation"]
    need = f"the mission needs generation {w.number(floor)} or later"
    for u in ctx.pick(ctx.of_kinds("air.policing")):
        what = u.aircraft or "fighters"
        if u.generation is None:
            # A squadron that states no generation cannot show it meets the principle.
            yield Issue(f"{w.unit(u)} states no fighter generation; {need}.", (u.id,), (u.nation,))
        elif u.generation < floor:
            yield Issue(
                f"{w.unit(u)} flies {what} of generation {w.number(u.generation)}; {need}.",
                (u.id,),
                (u.nation,),
            )


def air_coverage(ctx: Context) -> Iterator[Issue]:
    ad = ctx.of_kinds("air.defence")
    radii = np.array([ctx.units[i].range_km or 0.0 for i in ad], dtype=float)
    covered = ctx.sites_within(ad, radii)
    for site, ok in zip(ctx.sites, covered, strict=True):
        if not ok:
            yield Issue(f"{site} lies outside every air-defence range ring.", sites=(site,))


# ---------------------------------------------------------------------------------------------
# Sea
# ---------------------------------------------------------------------------------------------


def sea_multinational(ctx: Context) -> Iterator[Issue]:
    units = ctx.pick(ctx.of_domains("maritime"))
    navies = sorted({u.nation for u in units})
    nearshore = _group("black_sea_nato")
    problems = []
    if not navies:
        problems.append("has no ships")
    elif len(navies) == 1:
        problems.append(f"comes from one nation only ({w.nation(navies[0])})")
    if not any(n in nearshore for n in navies):
        problems.append(f"includes no navy of a nearshore NATO member ({w.nations(nearshore, 'or')})")
    if problems:
        yield Issue(
            f"The maritime component {w.join(problems)} {_phase(ctx)}.",
            units=_ids(units),
            nations=tuple(navies),
        )


def sea_on_land(ctx: Context) -> Iterator[Issue]:
    units = ctx.pick(ctx.of_domains("maritime"))
    vertices = [list(dict.fromkeys(u.geometry.positions())) for u in units]
    lon, lat = geo.positions_xy(p for vs in vertices for p in vs)
    land = geo.on_land_many(lon, lat)
    start = 0
    for u, vs in zip(units, vertices, strict=True):
        hits = int(land[start : start + len(vs)].sum())
        start += len(vs)
        if not hits:
            continue
        where = "lies on land" if len(vs) == 1 else f"has {hits} of its {len(vs)} vertices on land"
        yield Issue(f"{w.unit(u)} {where}.", (u.id,), (u.nation,))


# ---------------------------------------------------------------------------------------------
# Geography
# ---------------------------------------------------------------------------------------------


def geo_outside(ctx: Context) -> Iterator[Issue]:
    for u in ctx.pick(ctx.outside_ukraine):
        if domain(u.kind) == "land":
            text = "stands outside Ukraine: it is staging, and its troops are not counted"
        else:
            text = "is based outside Ukraine: it is staging, not deployed in the country"
        yield Issue(f"{w.unit(u)} {text}.", (u.id,), (u.nation,))


def geo_occupied(ctx: Context) -> Iterator[Issue]:
    if not ctx.occupied_areas or not ctx.units:
        return
    lon, lat = ctx.lonlat
    inside = np.zeros(lon.shape, dtype=bool)
    for area in ctx.occupied_areas:
        inside |= geo.inside_many(area, lon, lat)
    for u in ctx.pick(np.flatnonzero(inside)):
        yield Issue(f"{w.unit(u)} stands in the occupied area.", (u.id,), (u.nation,))


def _in_region(ctx: Context, idx: np.ndarray, region: str) -> Iterator[tuple[Unit, geo.Oblast]]:
    for i, ob in zip(idx.tolist(), ctx.region_of(idx), strict=True):
        if ob is not None and ob.macro_region == region:
            yield ctx.units[i], ob


def geo_west_entry(ctx: Context) -> Iterator[Issue]:
    for u, ob in _in_region(ctx, ctx.of_kinds("land.combat", "land.hq"), "west"):
        yield Issue(
            f"{w.unit(u)} stands in western Ukraine ({ob.name_en}), which the mission uses only for entry points.",
            (u.id,),
            (u.nation,),
        )


def geo_east(ctx: Context) -> Iterator[Issue]:
    for u, ob in _in_region(ctx, np.arange(len(ctx.units)), "east"):
        yield Issue(
            f"{w.unit(u)} stands in eastern Ukraine ({ob.name_en}), which the force should avoid.",
            (u.id,),
            (u.nation,),
        )


_THREAT_NAMES = ("the Russian border", "the Belarusian border", "the contact line")


def geo_forward(ctx: Context) -> Iterator[Issue]:
    idx = ctx.of_kinds("land.combat")
    if not idx.size:
        return
    lon, lat = ctx.xy(idx)
    dist = np.vstack(
        [
            geo.distance_to_border_km_many(geo.RUSSIA, lon, lat),
            geo.distance_to_border_km_many(geo.BELARUS, lon, lat),
            ctx.contact_line_km(idx),  # inf without a contact line: never the nearest
        ]
    )
    nearest = dist.argmin(axis=0)
    limit = ctx.params["max_threat_distance_km"]
    for j in np.flatnonzero(dist.min(axis=0) > limit):
        u = ctx.units[idx[j]]
        d = dist[nearest[j], j]
        yield Issue(
            f"{w.unit(u)} stands {w.km(d)} from the nearest threat source "
            f"({_THREAT_NAMES[nearest[j]]}), farther than {w.km(limit)}.",
            (u.id,),
            (u.nation,),
        )


def geo_tripwire(ctx: Context) -> Iterator[Issue]:
    if not ctx.contact_lines:
        return
    idx = ctx.of_domains("land")
    d = ctx.contact_line_km(idx)
    limit = ctx.params["tripwire_km"]
    for j in np.flatnonzero(d <= limit):
        u = ctx.units[idx[j]]
        yield Issue(
            f"{w.unit(u)} stands {w.km(d[j])} from the contact line, within the "
            f"{w.km(limit)} where it would act as a tripwire.",
            (u.id,),
            (u.nation,),
        )


# ---------------------------------------------------------------------------------------------
# Roles, mandate, protection, size, phases, US
# ---------------------------------------------------------------------------------------------


def role_monitoring(ctx: Context) -> Iterator[Issue]:
    for u in ctx.units:
        if "ceasefire_monitoring" in u.roles:
            yield Issue(
                f"{w.unit(u)} is tasked with ceasefire monitoring, which is left to Ukrainian "
                "forces and Western air and space surveillance.",
                (u.id,),
                (u.nation,),
            )


def mandate_peacekeeping(ctx: Context) -> Iterator[Issue]:
    if ctx.plan.mandate == "peacekeeping":
        yield Issue(
            "The mandate is peacekeeping, but the mission is to deter and reassure on "
            "Ukraine's side, not to keep the peace impartially."
        )


def protect_priorities(ctx: Context) -> Iterator[Issue]:
    idx = np.union1d(ctx.of_domains("land"), ctx.of_kinds("air.defence"))
    radius = ctx.params["protect_radius_km"]
    covered = ctx.sites_within(idx, radius)
    for site, ok in zip(ctx.sites, covered, strict=True):
        if not ok:
            yield Issue(
                f"No land unit or air-defence battery stands within {w.km(radius)} of {site}.",
                sites=(site,),
            )


def size_min(ctx: Context) -> Iterator[Issue]:
    floor = ctx.params["min_troops"]
    if ctx.total_troops < floor:
        yield Issue(
            f"The force totals {w.count(ctx.total_troops, 'troop')} {_phase(ctx)}, below the "
            f"minimum of {w.number(floor)}."
        )


def phase_ceasefire(ctx: Context) -> Iterator[Issue]:
    # Looks at the whole plan whatever phase is viewed: it is about when the mission starts.
    if not any(u.in_phase("ceasefire") for u in ctx.plan.units):
        yield Issue(
            "No unit is deployed in the ceasefire phase: the mission should start at the "
            "temporary ceasefire, not after a settlement."
        )


def us_troops(ctx: Context) -> Iterator[Issue]:
    units = [u for u in ctx.units if is_us(u.nation) and u.strength > 0]
    if units:
        total = sum(u.strength for u in units)
        yield Issue(
            f"The United States provides {w.count(total, 'troop')} ({w.units(units)}); the "
            "mission expects US money, air power and intelligence rather than troops.",
            units=_ids(units),
            nations=(US,),
        )


# ---------------------------------------------------------------------------------------------
# The registry, in the order of doctrine.md's table
# ---------------------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule("NAT-EXCLUDED",
         "A unit or contribution comes from an excluded nation (Russia, its satellites and "
         "co-belligerents); one finding per nation.",
         "ECFR: “Russia's satellites — excluded”", _sev("E", "E"), nat_excluded),
    Rule("NAT-NONALLIED",
         "A unit or contribution comes from a nation that is neither eligible nor excluded; "
         "one finding per nation.",
         "ECFR “Who”: “unequivocal allies of Ukraine”", _sev("E", "W"), nat_nonallied),
    Rule("NAT-NEUTRAL",
         "A unit comes from a militarily neutral state; one finding per nation.",
         "ECFR “Who”: “not neutral countries”", _sev("I", "—"), nat_neutral),
    Rule("CORE-LEAD",
         "France or the UK contributes no troops in the phase; one finding per missing nation.",
         "ECFR: “Core of the mission: France and the UK”; MFU: a “coalition of the willing” "
         "convened in London", _sev("E", "W"), core_lead),
    Rule("CORE-LARGEST",
         "Neither France nor the UK is the largest troop contributor.",
         "ECFR: “France and United Kingdom as leaders”", _sev("W", "—"), core_largest),
    Rule("DOMAIN-LAND",
         "No combat-ready land unit (land.combat).",
         "ECFR land component: “Combat-ready units”; MFU: “securing urban centers, ports, and "
         "critical energy infrastructures”", _sev("E", "E"), domain_land),
    Rule("DOMAIN-LAND-SUPPORT",
         "No training mission or no exercise force (land.training, land.exercise); one finding "
         "names what is missing.",
         "ECFR land component: “Training missions”, “Regular military exercises”",
         _sev("W", "—"), domain_land_support),
    Rule("DOMAIN-AIR",
         "No air-defence battery or no air-policing squadron; one finding names what is missing.",
         "ECFR: “Sky shield”; MFU: “essential air cover to protect Ukrainian airspace”",
         _sev("E", "E"), domain_air),
    Rule("AIR-GENERATION",
         "An air-policing squadron flies fighters below min_fighter_generation (or states none).",
         "ECFR: “Air policing of 4th+ generation fighter jets”", _sev("E", "E"), air_generation),
    Rule("AIR-COVERAGE",
         "A priority site lies outside every air-defence range ring; one finding per site.",
         "ECFR: “Sufficient number of appropriate air defence assets”; MFU: “protect Ukrainian "
         "airspace”", _sev("W", "W"), air_coverage),
    Rule("DOMAIN-SEA",
         "No sea patrol unit (sea.patrol).",
         "ECFR: “Maritime component”; MFU: “a naval presence in the Black Sea”",
         _sev("E", "E"), domain_sea),
    Rule("SEA-MULTINATIONAL",
         "The sea units come from fewer than two nations, or from no nearshore NATO member "
         "(Romania, Bulgaria, Türkiye).",
         "ECFR: “multinational sea patrols that will include navy forces of nearshore NATO "
         "members”", _sev("E", "W"), sea_multinational),
    Rule("SEA-DEMINING",
         "No mine-countermeasures unit (sea.mcm).",
         "ECFR: “specialized vessels and units for demining and safe navigation”; MFU: "
         "“maritime threats such as mines”", _sev("E", "E"), sea_demining),
    Rule("SEA-ON-LAND",
         "A sea unit (its point, or any vertex of its route or area) lies on land.",
         "Common sense: ships sail at sea", _sev("E", "E"), sea_on_land),
    Rule("GEO-OUTSIDE",
         "A land or air unit lies outside Ukraine (counted as staging, not as deployed).",
         "Counting rule of the doctrine: units outside Ukraine are staging",
         _sev("I", "I"), geo_outside),
    Rule("GEO-OCCUPIED",
         "A unit lies in the plan's occupied area (only when the plan has one).",
         "Common sense: no unit on the occupied side of the contact line",
         _sev("E", "E"), geo_occupied),
    Rule("GEO-WEST-ENTRY",
         "A combat unit or headquarters stands in the west macro-region (logistics entry "
         "points and air defence are fine there).",
         "ECFR: “Western part of Ukraine (for example, Lviv, Chernivtsi) — only as entry "
         "points”", _sev("W", "—"), geo_west_entry),
    Rule("GEO-FORWARD",
         "A combat unit stands farther than max_threat_distance_km from every threat source "
         "(Russian border, Belarusian border, contact line).",
         "ECFR: deployment “as close as possible to the sources of threats from the Russian "
         "side”", _sev("W", "—"), geo_forward),
    Rule("GEO-EAST",
         "A unit stands in the east macro-region.",
         "MFU: “deliberately avoid deployment in eastern Ukraine”", _sev("—", "W"), geo_east),
    Rule("GEO-TRIPWIRE",
         "A land unit stands within tripwire_km of the contact line (only when the plan has one).",
         "MFU: “not intended to function as a tripwire force”; ECFR: “The foundation of "
         "deterrence – Armed Forces of Ukraine! Military mission is complementary”",
         _sev("W", "E"), geo_tripwire),
    Rule("ROLE-MONITORING",
         "A unit has the role ceasefire_monitoring.",
         "MFU: monitoring is “fulfilled by Ukrainian forces on the ground along with Western "
         "surveillance in air and space”", _sev("—", "W"), role_monitoring),
    Rule("MANDATE-PEACEKEEPING",
         "The plan's mandate is peacekeeping (impartial, UN-led).",
         "ECFR: “IS NOT a peacekeeping contingent”; MFU: “a ‘reassurance force’ rather than a "
         "‘peacekeeping force’”", _sev("E", "E"), mandate_peacekeeping),
    Rule("PROTECT-PRIORITIES",
         "A priority site has no land unit or air-defence battery within protect_radius_km; "
         "one finding per site.",
         "ECFR: protect the Odesa region, Kyiv and Dnipro, the Belarus direction and energy "
         "facilities; MFU: “securing urban centers, ports, and critical energy "
         "infrastructures”", _sev("W", "W"), protect_priorities),
    Rule("SIZE-MIN",
         "Total troops in the phase are fewer than min_troops.",
         "ECFR: debates “around 10,000–30,000 to begin with”; MFU: “approximately 20,000 "
         "troops”", _sev("W", "W"), size_min),
    Rule("PHASE-CEASEFIRE",
         "No unit is deployed in the ceasefire phase.",
         "ECFR: “start at the stage of temporary ceasefire, not after the settlement”; MFU: "
         "“hinges on the establishment of a ceasefire”", _sev("E", "E"), phase_ceasefire),
    Rule("US-TROOPS",
         "A US unit has troops (strength above 0).",
         "ECFR: “financial support … could be forthcoming, but American troops will not”; "
         "MFU: “U.S. involvement to provide air and intelligence support”",
         _sev("I", "I"), us_troops),
    Rule("US-DEPENDENCE",
         "DOMAIN-LAND, DOMAIN-AIR, DOMAIN-SEA or ISR-GAP passes, but would fail with every US "
         "unit and contribution removed; one finding names what would be missing.",
         "ECFR: “ready to start without the United States”", _sev("W", "W"), us_dependence),
    Rule("ISR-GAP",
         "No ISR asset (air.isr) and no ISR contribution from a nation other than the US.",
         "ECFR: ISR capabilities “remain underdeveloped in European forces”; MFU: “Western "
         "surveillance in air and space”", _sev("W", "W"), isr_gap),
)  # fmt: skip

RULES_BY_ID: MappingProxyType[str, Rule] = MappingProxyType({r.id: r for r in RULES})


def rule(rule_id: str) -> Rule:
    """The rule with this id; ``KeyError`` when there is none."""
    return RULES_BY_ID[rule_id]


def rules_for(profile: str) -> tuple[Rule, ...]:
    """The rules evaluated under this profile, in registry order."""
    return tuple(r for r in RULES if r.evaluated_in(profile))
