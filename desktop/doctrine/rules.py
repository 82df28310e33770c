"""The rules of docs/doctrine.md: one small check per rule, and the registry ``RULES``.

Each check reads a :class:`~desktop.doctrine.context.Context` (the plan, profile and phase) and
yields :class:`~desktop.doctrine.registry.Issue` s; the registry adds the rule id, the severity of
the profile and the source. Checks never decide whether they apply to a profile: the severity
table does. Messages are one sentence in the product's words and name units, nations and sites.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from types import MappingProxyType

import numpy as np

from desktop import geo
from desktop.catalogue import in_group, nation_groups
from desktop.doctrine import wording as w
from desktop.doctrine.context import US, Context, domain, is_host, is_us
from desktop.doctrine.params import ERROR, INFO, WARNING
from desktop.doctrine.registry import Check, Issue, Rule
from desktop.i18n import phase_label, place_name, translate, translate_noop
from desktop.model import DOMAINS, Unit

_SEVERITY_CODES = {"E": ERROR, "W": WARNING, "I": INFO, "—": None}


def _sev(ecfr: str, mfu: str) -> MappingProxyType[str, str | None]:
    """Severities from the table's letters (E, W, I, —)."""
    return MappingProxyType({"ecfr": _SEVERITY_CODES[ecfr], "mfu": _SEVERITY_CODES[mfu]})


def _phase(ctx: Context) -> str:
    return translate("Rules", "in the {phase} phase").format(phase=phase_label(ctx.phase))


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
    ``pred`` that has a unit in the phase (or a contribution, when those count), by code. The
    host's (UA) units and contributions are never counted."""
    units = {code: us for code, us in ctx.units_by_nation.items() if pred(code)}
    pledges: dict[str, int] = {}
    if contributions:
        for c in ctx.plan.contributions:
            if pred(c.nation) and not is_host(c.nation):
                pledges[c.nation] = pledges.get(c.nation, 0) + 1
    for code in sorted(units.keys() | pledges.keys()):
        yield code, units.get(code, []), pledges.get(code, 0)


def _provides(units: list[Unit], pledges: int) -> str:
    parts = []
    if units:
        parts.append(w.units(units) if len(units) <= 2 else w.count(len(units), "unit"))
    if pledges:
        parts.append(
            translate("Rules", "a non-troop contribution")
            if pledges == 1
            else translate("Rules", "%n contribution(s)", None, pledges)
        )
    return w.join(parts)


def _nation_issues(
    ctx: Context, pred: Callable[[str], bool], status: str, *, contributions: bool = True
) -> Iterator[Issue]:
    for code, units, pledges in _by_nation(ctx, pred, contributions=contributions):
        text = translate("Rules", "{nation} {status} but provides {what}.")
        yield Issue(
            text.format(
                nation=w.nation(code, start=True), status=translate("Rules", status), what=_provides(units, pledges)
            ),
            units=_ids(units),
            nations=(code,),
        )


def nat_excluded(ctx: Context) -> Iterator[Issue]:
    return _nation_issues(
        ctx, lambda c: in_group(c, "excluded"), translate_noop("Rules", "is excluded from the mission")
    )


def _non_allied(code: str) -> bool:
    return not in_group(code, "eligible") and not in_group(code, "excluded")


def nat_nonallied(ctx: Context) -> Iterator[Issue]:
    return _nation_issues(ctx, _non_allied, translate_noop("Rules", "is not one of Ukraine's unequivocal allies"))


def nat_neutral(ctx: Context) -> Iterator[Issue]:
    # Neutral states may still fund or equip the mission: only their units are flagged.
    status = translate_noop("Rules", "is a militarily neutral state")
    return _nation_issues(ctx, lambda c: in_group(c, "neutral"), status, contributions=False)


def coalition_breadth(ctx: Context) -> Iterator[Issue]:
    floor = ctx.params["min_nations"]
    nations = [code for code, troops in ctx.troops_by_nation.items() if troops > 0]
    if len(nations) < floor:
        text = translate(
            "Rules",
            "Only %n nation(s) contribute troops {phase}, fewer than {floor}: the mission should involve as "
            "many countries as possible.",
            None,
            len(nations),
        )
        yield Issue(
            text.format(phase=_phase(ctx), floor=w.number(floor)),
            nations=tuple(nations),
        )


def core_lead(ctx: Context) -> Iterator[Issue]:
    for code in _group("core"):
        if ctx.contributes_troops(code):
            continue
        units = [u for u in ctx.units if u.nation == code]
        staged = any(u.strength > 0 and i in ctx.staging for i, u in enumerate(ctx.units) if u.nation == code)
        why = translate("Rules", " (its land units stand outside Ukraine, as staging)") if staged else ""
        text = translate("Rules", "{nation} contributes no troops {phase}{why}.")
        yield Issue(
            text.format(nation=w.nation(code, start=True), phase=_phase(ctx), why=why),
            units=_ids(units),
            nations=(code,),
        )


def core_largest(ctx: Context) -> Iterator[Issue]:
    troops = ctx.troops_by_nation  # the host's units count 0: Ukraine is never the "largest"
    top = max(troops.values(), default=0)
    core = _group("core")
    if top <= 0 or any(troops.get(c, 0) == top for c in core):
        return
    leaders = [n for n, t in troops.items() if t == top]
    if len(leaders) == 1:
        text = translate("Rules", "{leaders} is the largest troop contributor ({troops} {phase}), ahead of {core}.")
    else:
        text = translate("Rules", "{leaders} are the largest troop contributors ({troops} {phase}), ahead of {core}.")
    yield Issue(
        text.format(
            leaders=_cap(w.nations(leaders)),
            troops=w.count(top, "troop"),
            phase=_phase(ctx),
            core=w.nations(core, "and"),
        ),
        nations=tuple(leaders),
    )


# ---------------------------------------------------------------------------------------------
# Domains (deployed units only: doctrine.md, "Deployed")
# ---------------------------------------------------------------------------------------------

Needs = tuple[tuple[str, str], ...]
_LAND: Needs = (("land.combat", translate_noop("Rules", "combat-ready land unit")),)
_LAND_SUPPORT: Needs = (
    ("land.training", translate_noop("Rules", "training mission")),
    ("land.exercise", translate_noop("Rules", "exercise force")),
)
_AIR: Needs = (
    ("air.defence", translate_noop("Rules", "air-defence battery")),
    ("air.policing", translate_noop("Rules", "air-policing squadron")),
)
_SEA: Needs = (("sea.patrol", translate_noop("Rules", "sea patrol in the Black Sea")),)
_MCM: Needs = (("sea.mcm", translate_noop("Rules", "mine-countermeasures unit")),)
_ISR_KIND = "air.isr"
_ISR_LABEL = translate_noop("Rules", "ISR asset or ISR contribution from a nation other than the US")


def _missing(ctx: Context, needs: Needs) -> Needs:
    return tuple((k, label) for k, label in needs if not ctx.has_kind(k))


def _land_gaps(ctx: Context) -> Needs:
    return _missing(ctx, _LAND)


def _air_gaps(ctx: Context) -> Needs:
    return _missing(ctx, _AIR)


def _black_sea_patrols(ctx: Context) -> list[int]:
    idx = ctx.deployed_of_kinds("sea.patrol")
    return idx[ctx.black_sea[idx]].tolist() if idx.size else []


def _sea_gaps(ctx: Context) -> Needs:
    return () if _black_sea_patrols(ctx) else _SEA


def _mcm_gaps(ctx: Context) -> Needs:
    return _missing(ctx, _MCM)


def _isr_gaps(ctx: Context) -> Needs:
    """ISR counts only when a nation other than the US (and the host) provides it."""
    has_isr = any(not is_us(u.nation) for u in ctx.pick(ctx.of_kinds(_ISR_KIND))) or any(
        c.kind == "isr" and not is_us(c.nation) and not is_host(c.nation) for c in ctx.plan.contributions
    )
    return () if has_isr else ((_ISR_KIND, _ISR_LABEL),)


def _no(gaps: Needs) -> str:
    return w.join([translate("Rules", label) for _, label in gaps], "and no")


def _gap_check(component: str, gaps: Callable[[Context], Needs]) -> Check:
    def check(ctx: Context) -> Iterator[Issue]:
        missing = gaps(ctx)
        if missing:
            text = translate("Rules", "{component} has no {what} {phase}.")
            yield Issue(text.format(component=translate("Rules", component), what=_no(missing), phase=_phase(ctx)))

    return check


domain_land = _gap_check(translate_noop("Rules", "The land component"), _land_gaps)
domain_land_support = _gap_check(translate_noop("Rules", "The land component"), lambda c: _missing(c, _LAND_SUPPORT))
domain_air = _gap_check(translate_noop("Rules", "The sky shield"), _air_gaps)
domain_sea = _gap_check(translate_noop("Rules", "The maritime component"), _sea_gaps)
sea_demining = _gap_check(translate_noop("Rules", "The maritime component"), _mcm_gaps)


def isr_gap(ctx: Context) -> Iterator[Issue]:
    if not _isr_gaps(ctx):
        return
    us_units = [u for u in ctx.pick(ctx.of_kinds(_ISR_KIND)) if is_us(u.nation)]
    us_pledge = any(c.kind == "isr" and is_us(c.nation) for c in ctx.plan.contributions)
    if us_units or us_pledge:
        text = translate(
            "Rules",
            "Only the United States provides ISR {phase}: no other nation has an ISR asset or an ISR contribution.",
        )
        yield Issue(
            text.format(phase=_phase(ctx)),
            units=_ids(us_units),
            nations=(US,),
        )
    else:
        text = translate("Rules", "No nation provides an ISR asset or an ISR contribution {phase}.")
        yield Issue(text.format(phase=_phase(ctx)))


def air_generation(ctx: Context) -> Iterator[Issue]:
    floor = ctx.params["min_fighter_generation"]
    need = translate("Rules", "the mission needs generation {floor} or later").format(floor=w.number(floor))
    for u in ctx.pick(ctx.of_kinds("air.policing")):
        what = u.aircraft or translate("Rules", "fighters")
        if u.generation is None:
            # A squadron that states no generation cannot show it meets the principle.
            text = translate("Rules", "{unit} states no fighter generation; {need}.")
            yield Issue(text.format(unit=w.unit(u), need=need), (u.id,), (u.nation,))
        elif u.generation < floor:
            text = translate("Rules", "{unit} flies {aircraft} of generation {generation}; {need}.")
            yield Issue(
                text.format(unit=w.unit(u), aircraft=what, generation=w.number(u.generation), need=need),
                (u.id,),
                (u.nation,),
            )


def _covered_sites(ctx: Context) -> np.ndarray:
    return np.asarray(ctx.ad_cover.any(axis=1), dtype=bool)


def air_coverage(ctx: Context) -> Iterator[Issue]:
    for site, ok in zip(ctx.sites, _covered_sites(ctx), strict=True):
        if not ok:
            text = translate("Rules", "{site} lies outside every air-defence range ring.")
            yield Issue(text.format(site=place_name(site)), sites=(site,))


# ---------------------------------------------------------------------------------------------
# Sea
# ---------------------------------------------------------------------------------------------


def _patrol_problems(ctx: Context) -> tuple[list[Unit], list[str], list[str]]:
    """The deployed sea patrols (mine countermeasures do not count), their navies, and what
    keeps them from being multinational with a nearshore NATO navy (empty: nothing)."""
    units = ctx.pick(ctx.deployed_of_kinds("sea.patrol"))
    navies = sorted({u.nation for u in units})
    nearshore = _group("black_sea_nato")
    problems = []
    if not navies:
        problems.append(translate("Rules", "has no ships"))
    elif len(navies) == 1:
        problems.append(translate("Rules", "comes from one nation only ({nation})").format(nation=w.nation(navies[0])))
    if not any(n in nearshore for n in navies):
        text = translate("Rules", "includes no navy of a nearshore NATO member ({nations})")
        problems.append(text.format(nations=w.nations(nearshore, "or")))
    return units, navies, problems


def sea_multinational(ctx: Context) -> Iterator[Issue]:
    units, navies, problems = _patrol_problems(ctx)
    if problems:
        text = translate("Rules", "The sea patrol {problems} {phase}.")
        yield Issue(
            text.format(problems=w.join(problems), phase=_phase(ctx)),
            units=_ids(units),
            nations=tuple(navies),
        )


def sea_on_land(ctx: Context) -> Iterator[Issue]:
    # Every sea unit, the host's included: a ship ashore is wrong whoever sails it.
    extent = geo.data_extent()
    for i, seas in ctx.sea_vertices.items():
        hits = sum(s is None for s in seas)
        if not hits:
            continue
        u = ctx.units[i]
        if len(seas) == 1:
            where = translate("Rules", "lies on land")
        else:
            where = translate("Rules", "has {hits} of its {vertices} vertices on land").format(
                hits=hits, vertices=len(seas)
            )
        outside = [p for p, s in zip(dict.fromkeys(u.geometry.positions()), seas, strict=True) if s is None]
        if all(not (extent[0] <= x <= extent[2] and extent[1] <= y <= extent[3]) for x, y in outside):
            where += translate("Rules", " (outside the seas of the map: the Black Sea, the Sea of Azov and the Baltic)")
        yield Issue(translate("Rules", "{unit} {where}.").format(unit=w.unit(u), where=where), (u.id,), (u.nation,))


# ---------------------------------------------------------------------------------------------
# Geography (units inside Ukraine only; those outside are GEO-OUTSIDE)
# ---------------------------------------------------------------------------------------------


def geo_outside(ctx: Context) -> Iterator[Issue]:
    for u in ctx.pick(ctx.outside_ukraine):
        if domain(u.kind) == "land":
            text = translate("Rules", "{unit} stands outside Ukraine: it is staging, and its troops are not counted.")
        else:
            text = translate("Rules", "{unit} stands outside Ukraine: it is staging, not deployed in the country.")
        yield Issue(text.format(unit=w.unit(u)), (u.id,), (u.nation,))


def geo_occupied(ctx: Context) -> Iterator[Issue]:
    # Every unit, the host's included.
    if not ctx.occupied_areas or not ctx.units:
        return
    lon, lat = ctx.lonlat
    inside = np.zeros(lon.shape, dtype=bool)
    for area in ctx.occupied_areas:
        inside |= geo.inside_many(area, lon, lat)
    for u in ctx.pick(np.flatnonzero(inside)):
        yield Issue(
            translate("Rules", "{unit} stands in the occupied area.").format(unit=w.unit(u)), (u.id,), (u.nation,)
        )


def _inside(ctx: Context, idx: np.ndarray) -> np.ndarray:
    return idx[ctx.inside[idx]] if idx.size else idx


def _in_region(ctx: Context, idx: np.ndarray, region: str) -> Iterator[tuple[Unit, geo.Oblast]]:
    idx = _inside(ctx, idx)
    for i, ob in zip(idx.tolist(), ctx.region_of(idx), strict=True):
        if ob is not None and ob.macro_region == region:
            yield ctx.units[i], ob


def geo_west_entry(ctx: Context) -> Iterator[Issue]:
    for u, ob in _in_region(ctx, ctx.of_kinds("land.combat", "land.hq"), "west"):
        text = translate(
            "Rules", "{unit} stands in western Ukraine ({oblast}), which the mission uses only for entry points."
        )
        yield Issue(
            text.format(unit=w.unit(u), oblast=place_name(ob.name_en)),
            (u.id,),
            (u.nation,),
        )


def geo_west_support(ctx: Context) -> Iterator[Issue]:
    for u, ob in _in_region(ctx, ctx.of_kinds("land.training", "land.exercise"), "west"):
        text = translate(
            "Rules",
            "{unit} stands in western Ukraine ({oblast}), which the source allows only as entry points; training "
            "there is a common choice, so this is shown, not flagged.",
        )
        yield Issue(
            text.format(unit=w.unit(u), oblast=place_name(ob.name_en)),
            (u.id,),
            (u.nation,),
        )


def geo_east(ctx: Context) -> Iterator[Issue]:
    idx = np.union1d(ctx.of_domains("land"), ctx.of_kinds("air.defence"))
    for u, ob in _in_region(ctx, idx, "east"):
        text = translate("Rules", "{unit} stands in eastern Ukraine ({oblast}), which the force should avoid.")
        yield Issue(
            text.format(unit=w.unit(u), oblast=place_name(ob.name_en)),
            (u.id,),
            (u.nation,),
        )


_THREAT_NAMES = (
    translate_noop("Rules", "the Russian border"),
    translate_noop("Rules", "the Belarusian border"),
    translate_noop("Rules", "the contact line"),
)


def geo_forward(ctx: Context) -> Iterator[Issue]:
    idx = _inside(ctx, ctx.of_kinds("land.combat"))
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
        text = translate("Rules", "{unit} stands {km} from the nearest threat source ({threat}), farther than {limit}.")
        yield Issue(
            text.format(
                unit=w.unit(u), km=w.km(d), threat=translate("Rules", _THREAT_NAMES[nearest[j]]), limit=w.km(limit)
            ),
            (u.id,),
            (u.nation,),
        )


def geo_tripwire(ctx: Context) -> Iterator[Issue]:
    if not ctx.contact_lines:
        return
    idx = _inside(ctx, ctx.of_domains("land"))
    d = ctx.contact_line_km(idx)
    limit = ctx.params["tripwire_km"]
    for j in np.flatnonzero(d <= limit):
        u = ctx.units[idx[j]]
        text = translate(
            "Rules", "{unit} stands {km} from the contact line, within the {limit} where it would act as a tripwire."
        )
        yield Issue(
            text.format(unit=w.unit(u), km=w.km(d[j]), limit=w.km(limit)),
            (u.id,),
            (u.nation,),
        )


def geo_belarus(ctx: Context) -> Iterator[Issue]:
    limit = ctx.params["belarus_cover_km"]
    if bool(np.any(ctx.belarus_km <= limit)):
        return
    text = translate(
        "Rules",
        "No combat-ready land unit stands within {limit} of the Belarusian border {phase}: the force should "
        "deter aggression from Belarusian territory.",
    )
    yield Issue(text.format(limit=w.km(limit), phase=_phase(ctx)))


# ---------------------------------------------------------------------------------------------
# Roles, mandate, protection, size, phases, US
# ---------------------------------------------------------------------------------------------


def role_monitoring(ctx: Context) -> Iterator[Issue]:
    # Monitoring is left to Ukrainian forces and Western air and space surveillance: air ISR
    # and the host's units may hold the role.
    for u in ctx.pick(ctx.of_domains(*DOMAINS)):
        if "ceasefire_monitoring" in u.roles and u.kind != "air.isr":
            text = translate(
                "Rules",
                "{unit} is tasked with ceasefire monitoring, which is left to Ukrainian forces and Western air "
                "and space surveillance.",
            )
            yield Issue(
                text.format(unit=w.unit(u)),
                (u.id,),
                (u.nation,),
            )


def mandate_peacekeeping(ctx: Context) -> Iterator[Issue]:
    if ctx.plan.mandate == "peacekeeping":
        yield Issue(
            translate(
                "Rules",
                "The mandate is peacekeeping, but the mission is to deter and reassure on Ukraine's side, not to "
                "keep the peace impartially.",
            )
        )


def protect_priorities(ctx: Context) -> Iterator[Issue]:
    radius = ctx.params["protect_radius_km"]
    covered = np.asarray(ctx.protect_cover.any(axis=1), dtype=bool)
    for site, ok in zip(ctx.sites, covered, strict=True):
        if not ok:
            text = translate("Rules", "No land unit or air-defence battery stands within {radius} of {site}.")
            yield Issue(
                text.format(radius=w.km(radius), site=place_name(site)),
                sites=(site,),
            )


def size_min(ctx: Context) -> Iterator[Issue]:
    floor = ctx.params["min_troops"]
    if ctx.total_troops < floor:
        text = translate("Rules", "The force totals {troops} {phase}, below the minimum of {floor}.")
        yield Issue(text.format(troops=w.count(ctx.total_troops, "troop"), phase=_phase(ctx), floor=w.number(floor)))


def phase_ceasefire(ctx: Context) -> Iterator[Issue]:
    # About when the mission starts: the ceasefire phase, whatever phase is viewed.
    if not ctx.in_phase("ceasefire").deployed_of_kinds("land.combat").size:
        yield Issue(
            translate(
                "Rules",
                "No combat-ready land unit is deployed in Ukraine in the ceasefire phase: the mission should start "
                "at the temporary ceasefire, not after a settlement.",
            )
        )


def us_troops(ctx: Context) -> Iterator[Issue]:
    units = [u for u in ctx.units if is_us(u.nation) and u.strength > 0]
    if units:
        total = sum(u.strength for u in units)
        text = translate(
            "Rules",
            "The United States provides {troops} ({units}); the mission expects US money, air power and "
            "intelligence rather than troops.",
        )
        yield Issue(
            text.format(troops=w.count(total, "troop"), units=w.units(units)),
            units=_ids(units),
            nations=(US,),
        )


def _us_units(ctx: Context, idx: Iterable[int]) -> list[Unit]:
    return [u for u in ctx.pick(idx) if is_us(u.nation)]


def _dependence(ctx: Context) -> Iterator[tuple[str, str, list[Unit], tuple[str, ...]]]:
    """(rule, what would be wrong without the US, the US units concerned, sites) for each rule
    of US-DEPENDENCE that passes as the plan stands but would fire without the US."""
    bare = ctx.without_us
    phase = _phase(ctx)
    for rule_id, gaps, kinds in (
        ("DOMAIN-LAND", _land_gaps, ("land.combat",)),
        ("DOMAIN-AIR", _air_gaps, ("air.defence", "air.policing")),
        ("DOMAIN-SEA", _sea_gaps, ("sea.patrol",)),
        ("SEA-DEMINING", _mcm_gaps, ("sea.mcm",)),
    ):
        lost = () if gaps(ctx) else gaps(bare)
        if lost:
            lost_kinds = {k for k, _ in lost} & set(kinds)
            units = _us_units(ctx, ctx.deployed_of_kinds(*lost_kinds))
            if rule_id == "DOMAIN-SEA":
                units = [ctx.units[i] for i in _black_sea_patrols(ctx) if is_us(ctx.units[i].nation)]
            text = translate("Rules", "the plan would have no {what} {phase}").format(what=_no(lost), phase=phase)
            yield rule_id, text, units, ()
    if not _patrol_problems(ctx)[2]:
        problems = _patrol_problems(bare)[2]
        if problems:
            units = _us_units(ctx, ctx.deployed_of_kinds("sea.patrol"))
            text = translate("Rules", "the sea patrol {problems} {phase}").format(
                problems=w.join(problems), phase=phase
            )
            yield "SEA-MULTINATIONAL", text, units, ()
    floor = ctx.params["min_troops"]
    if ctx.total_troops >= floor > bare.total_troops:
        units = [u for i, u in enumerate(ctx.units) if is_us(u.nation) and u.strength > 0 and i not in ctx.staging]
        total = w.count(bare.total_troops, "troop")
        text = translate("Rules", "the force would total {troops} {phase}, below the minimum of {floor}").format(
            troops=total, phase=phase, floor=w.number(floor)
        )
        yield "SIZE-MIN", text, units, ()
    now, then = _covered_sites(ctx), _covered_sites(bare)
    only_us = tuple(s for s, a, b in zip(ctx.sites, now, then, strict=True) if a and not b)
    if only_us:
        points = [p for p in ctx.site_points if p[0] in only_us]
        units = [
            u
            for u in _us_units(ctx, ctx.deployed_of_kinds("air.defence"))
            if geo.points_within_km([(x, y) for _, x, y in points], *u.position, u.range_km or 0.0).any()
        ]
        text = translate(
            "Rules",
            "{sites} would lie outside every air-defence range ring: only US air defence covers them",
            None,
            len(only_us),
        ).format(sites=w.names([place_name(s) for s in only_us]))
        yield "AIR-COVERAGE", text, units, only_us


def us_dependence(ctx: Context) -> Iterator[Issue]:
    for rule_id, text, units, sites in _dependence(ctx):
        yield Issue(
            translate("Rules", "Without the United States, {what} ({rule}).").format(what=text, rule=rule_id),
            units=_ids(units),
            nations=(US,),
            sites=sites,
            depends=rule_id,
        )


#: Declared US support -> what of the US the plan may hold with it (doctrine.md, US-DECLARED).
_US_SUPPORT_LABELS = {
    "none": translate_noop("Rules", "none"),
    "financial": translate_noop("Rules", "financial only"),
    "isr_air": translate_noop("Rules", "ISR and air support"),
}


def _us_disagreements(
    plan_units: Iterable[Unit], pledges: Iterable[str], declared: str
) -> tuple[list[Unit], list[str]]:
    """The US units and US contribution kinds that disagree with the declared support."""
    units, kinds = list(plan_units), list(pledges)
    if declared == "none":
        return units, kinds
    if declared == "financial":
        return [u for u in units if u.strength > 0], [k for k in kinds if k != "funding"]
    if declared == "isr_air":
        return [u for u in units if u.strength > 0 and domain(u.kind) in ("land", "maritime")], []
    return [], []


def us_declared(ctx: Context) -> Iterator[Issue]:
    # The whole plan, every phase: the declaration is about the plan, not the phase viewed.
    plan = ctx.plan
    declared = plan.us_support
    units, kinds = _us_disagreements(
        (u for u in plan.units if is_us(u.nation)), (c.kind for c in plan.contributions if is_us(c.nation)), declared
    )
    if not units and not kinds:
        return
    held = []
    if units:
        troops = sum(u.strength for u in units)
        held.append(w.units(units) + (f", {w.count(troops, 'troop')}" if troops else ""))
    if kinds:
        kinds_text = w.join([w.contribution_kind(k) for k in sorted(set(kinds))])
        held.append(translate("Rules", "US pledge(s) of {kinds}", None, len(kinds)).format(kinds=kinds_text))
    label = translate("Rules", _US_SUPPORT_LABELS.get(declared, declared))
    text = translate("Rules", "The declared US support is {declared}, but the plan holds {held}.")
    yield Issue(
        text.format(declared=label, held=w.join(held)),
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
         "ECFR “Who”: “not neutral countries that may be less invested in the country's "
         "defence”", _sev("W", "—"), nat_neutral),
    Rule("COALITION-BREADTH",
         "Fewer than min_nations nations contribute troops in the phase.",
         "ECFR “Who”: the mission “should involve as many countries as possible”",
         _sev("W", "I"), coalition_breadth),
    Rule("CORE-LEAD",
         "France or the UK contributes no troops in the phase; one finding per missing nation.",
         "ECFR: “Core of the mission: France and the UK”; MFU: a “coalition of the willing” "
         "convened in London", _sev("E", "W"), core_lead),
    Rule("CORE-LARGEST",
         "Neither France nor the UK is the largest troop contributor.",
         "ECFR: “France and United Kingdom as leaders”", _sev("W", "—"), core_largest),
    Rule("DOMAIN-LAND",
         "No deployed combat-ready land unit (land.combat inside Ukraine).",
         "ECFR land component: “Combat-ready units”; MFU: “securing urban centers, ports, and "
         "critical energy infrastructures”", _sev("E", "E"), domain_land),
    Rule("DOMAIN-LAND-SUPPORT",
         "No deployed training mission or no deployed exercise force (land.training, "
         "land.exercise); one finding names what is missing.",
         "ECFR land component: “Training missions”, “Regular military exercises”",
         _sev("W", "—"), domain_land_support),
    Rule("DOMAIN-AIR",
         "No deployed air-defence battery (inside Ukraine) or no air-policing squadron; one "
         "finding names what is missing.",
         "ECFR: “Sky shield”; MFU: “essential air cover to protect Ukrainian airspace”",
         _sev("E", "E"), domain_air),
    Rule("AIR-GENERATION",
         "An air-policing squadron flies fighters below min_fighter_generation (or states none).",
         "ECFR: “Air policing of 4th+ generation fighter jets”", _sev("E", "E"), air_generation),
    Rule("AIR-COVERAGE",
         "A priority site lies outside every deployed air-defence battery's range ring; one "
         "finding per site.",
         "ECFR: “Sufficient number of appropriate air defence assets”; MFU: “protect Ukrainian "
         "airspace”", _sev("W", "W"), air_coverage),
    Rule("DOMAIN-SEA",
         "No sea patrol (sea.patrol) has its point or a vertex of its route or area in the Black "
         "Sea (the Sea of Azov, the Baltic or elsewhere do not count).",
         "ECFR: “Maritime component”; MFU: “a naval presence in the Black Sea to safeguard "
         "trade routes”", _sev("E", "E"), domain_sea),
    Rule("SEA-MULTINATIONAL",
         "The deployed sea patrols (mine countermeasures do not count) come from fewer than two "
         "nations, or from no nearshore NATO member (Romania, Bulgaria, Türkiye).",
         "ECFR: “multinational sea patrols that will include navy forces of nearshore NATO "
         "members”", _sev("E", "W"), sea_multinational),
    Rule("SEA-DEMINING",
         "No deployed mine-countermeasures unit (sea.mcm at sea).",
         "ECFR: “specialized vessels and units for demining and safe navigation”; MFU: "
         "“maritime threats such as mines”", _sev("E", "E"), sea_demining),
    Rule("SEA-ON-LAND",
         "A sea unit (its point, or any vertex of its route or area) is not at sea: only the "
         "seas and the Dniester Estuary are; closed estuaries, lagoons, reservoirs, lakes and "
         "rivers are land for a ship.",
         "Common sense: ships sail at sea", _sev("E", "E"), sea_on_land),
    Rule("GEO-OUTSIDE",
         "A land unit or an air-defence battery lies outside Ukraine (staging, not deployed); "
         "jets and ISR based abroad are not flagged.",
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
    Rule("GEO-WEST-SUPPORT",
         "A training mission or exercise force stands in the west macro-region (shown, not "
         "flagged: training there is a common choice).",
         "ECFR: “Western part of Ukraine (for example, Lviv, Chernivtsi) — only as entry "
         "points”", _sev("I", "—"), geo_west_support),
    Rule("GEO-FORWARD",
         "A combat unit in Ukraine stands farther than max_threat_distance_km from every threat "
         "source (Russian border, Belarusian border, contact line).",
         "ECFR: deployment “as close as possible to the sources of threats from the Russian "
         "side”", _sev("W", "—"), geo_forward),
    Rule("GEO-EAST",
         "A land unit or an air-defence battery stands in the east macro-region.",
         "MFU: “deliberately avoid deployment in eastern Ukraine”", _sev("—", "W"), geo_east),
    Rule("GEO-TRIPWIRE",
         "A land unit in Ukraine stands within tripwire_km of the contact line (only when the "
         "plan has one).",
         "MFU: “not intended to function as a tripwire force”; ECFR: “The foundation of "
         "deterrence – Armed Forces of Ukraine! Military mission is complementary”",
         _sev("W", "E"), geo_tripwire),
    Rule("ROLE-MONITORING",
         "A unit has the role ceasefire_monitoring, unless it is an air ISR asset or a "
         "Ukrainian unit.",
         "MFU: monitoring “will be fulfilled by Ukrainian forces on the ground along with "
         "Western surveillance in air and space”", _sev("—", "W"), role_monitoring),
    Rule("MANDATE-PEACEKEEPING",
         "The plan's mandate is peacekeeping (impartial, UN-led).",
         "ECFR: “IS NOT a peacekeeping contingent”; MFU: “a ‘reassurance force’ rather than a "
         "‘peacekeeping force’”", _sev("E", "E"), mandate_peacekeeping),
    Rule("PROTECT-PRIORITIES",
         "A priority site has no deployed land unit or air-defence battery within "
         "protect_radius_km; one finding per site.",
         "ECFR: “prevent attacks on the Odessa region, deter aggression from Belarusian "
         "territory, safeguard Kyiv and Dnipro, and protect Ukraine's critical "
         "infrastructure—including its energy facilities”; MFU: “securing urban centers, "
         "ports, and critical energy infrastructures”", _sev("W", "W"), protect_priorities),
    Rule("SIZE-MIN",
         "Total troops in the phase are fewer than min_troops.",
         "ECFR: debates “around 10,000–30,000 to begin with”; MFU: “approximately 20,000 "
         "troops”", _sev("W", "W"), size_min),
    Rule("PHASE-CEASEFIRE",
         "No combat-ready land unit is deployed inside Ukraine in the ceasefire phase, whatever "
         "phase is viewed.",
         "ECFR: “start at the stage of temporary ceasefire, not after the settlement”; MFU: "
         "“hinges on the establishment of a ceasefire”", _sev("E", "E"), phase_ceasefire),
    Rule("US-TROOPS",
         "A US unit has troops (strength above 0).",
         "ECFR: “financial support … could be forthcoming, but American troops will not”; "
         "MFU: “U.S. involvement to provide air and intelligence support”",
         _sev("I", "I"), us_troops),
    Rule("US-DEPENDENCE",
         "DOMAIN-LAND, DOMAIN-AIR, DOMAIN-SEA, SEA-DEMINING, SEA-MULTINATIONAL, SIZE-MIN or "
         "AIR-COVERAGE passes, but would fire with every US unit and contribution removed; one "
         "finding per such rule, naming it (for AIR-COVERAGE, the sites only US air defence "
         "covers).",
         "ECFR: “ready to start without the United States”", _sev("W", "W"), us_dependence),
    Rule("US-DECLARED",
         "The plan's declared US support disagrees with its US units and pledges in any phase "
         "(none: any; financial: troops or a pledge other than funding; ISR and air: US land "
         "or sea troops).",
         "ECFR: financial support “could be forthcoming, but … American troops will not”; US "
         "funding best spent “on areas such as ISR”", _sev("W", "W"), us_declared),
    Rule("GEO-BELARUS",
         "No deployed combat-ready land unit stands within belarus_cover_km of the "
         "Ukraine–Belarus border.",
         "ECFR: the force “could … deter aggression from Belarusian territory”",
         _sev("W", "—"), geo_belarus),
    Rule("ISR-GAP",
         "No ISR asset (air.isr) and no ISR contribution from a nation other than the US.",
         "ECFR: ISR capabilities “remain underdeveloped in European forces”; MFU: “Western "
         "surveillance in air and space”", _sev("W", "W"), isr_gap),
)  # fmt: skip

# What each rule reads (the incremental engine re-evaluates a rule only when an edit touched
# one of these; tests/test_incremental.py proves the declarations against full evaluations).
# The wording of a unit (``wording.unit``) reads its name, kind and nation; "listed" units (in
# the phase) read ``phases``; "deployed" reads geometry and kind; "the mission's" reads nation.
_NAMED = frozenset({"name", "kind", "nation", "phases"})
_DEPLOYED = frozenset({"geometry", "kind", "nation", "phases"})
_TROOPS = _DEPLOYED | {"strength"}
_UNIT = "unit"
DEPENDS: MappingProxyType[str, tuple[str, frozenset[str]]] = MappingProxyType({
    "NAT-EXCLUDED": ("plan", _NAMED | {"plan.contributions"}),
    "NAT-NONALLIED": ("plan", _NAMED | {"plan.contributions"}),
    "NAT-NEUTRAL": ("plan", _NAMED),
    "COALITION-BREADTH": ("plan", _TROOPS | {"plan.parameters"}),
    "CORE-LEAD": ("plan", _TROOPS | _NAMED),
    "CORE-LARGEST": ("plan", _TROOPS),
    "DOMAIN-LAND": ("plan", _DEPLOYED),
    "DOMAIN-LAND-SUPPORT": ("plan", _DEPLOYED),
    "DOMAIN-AIR": ("plan", _DEPLOYED),
    "AIR-GENERATION": (_UNIT, _NAMED | {"generation", "aircraft", "plan.parameters"}),
    "AIR-COVERAGE": ("plan", _DEPLOYED | {"range_km", "plan.priority_sites"}),
    "DOMAIN-SEA": ("plan", _DEPLOYED),
    "SEA-MULTINATIONAL": ("plan", _DEPLOYED),
    "SEA-DEMINING": ("plan", _DEPLOYED),
    "SEA-ON-LAND": (_UNIT, _NAMED | {"geometry"}),
    "GEO-OUTSIDE": (_UNIT, _NAMED | {"geometry"}),
    "GEO-OCCUPIED": (_UNIT, _NAMED | {"geometry", "plan.geometries"}),
    "GEO-WEST-ENTRY": (_UNIT, _NAMED | {"geometry"}),
    "GEO-WEST-SUPPORT": (_UNIT, _NAMED | {"geometry"}),
    "GEO-FORWARD": (_UNIT, _NAMED | {"geometry", "plan.geometries", "plan.parameters"}),
    "GEO-EAST": (_UNIT, _NAMED | {"geometry"}),
    "GEO-TRIPWIRE": (_UNIT, _NAMED | {"geometry", "plan.geometries", "plan.parameters"}),
    "ROLE-MONITORING": (_UNIT, _NAMED | {"roles"}),
    "MANDATE-PEACEKEEPING": ("plan", frozenset({"plan.mandate"})),
    "PROTECT-PRIORITIES": ("plan", _DEPLOYED | {"plan.parameters", "plan.priority_sites"}),
    "SIZE-MIN": ("plan", _TROOPS | {"plan.parameters"}),
    "PHASE-CEASEFIRE": ("plan", _DEPLOYED),
    "US-TROOPS": ("plan", _NAMED | {"strength"}),
    "US-DEPENDENCE": ("plan", _TROOPS | _NAMED | {"range_km", "plan.contributions", "plan.parameters",
                                                  "plan.priority_sites"}),
    "US-DECLARED": ("plan", _NAMED | {"strength", "plan.us_support", "plan.contributions"}),
    "GEO-BELARUS": ("plan", _DEPLOYED | {"plan.parameters"}),
    "ISR-GAP": ("plan", _NAMED | {"plan.contributions"}),
})  # fmt: skip
if set(DEPENDS) != {r.id for r in RULES}:
    raise ValueError("every rule declares what it reads in DEPENDS, and only the rules")
RULES = tuple(replace(r, scope=DEPENDS[r.id][0], reads=DEPENDS[r.id][1]) for r in RULES)

RULES_BY_ID: MappingProxyType[str, Rule] = MappingProxyType({r.id: r for r in RULES})


def rule(rule_id: str) -> Rule:
    """The rule with this id; ``KeyError`` when there is none."""
    return RULES_BY_ID[rule_id]


def rules_for(profile: str) -> tuple[Rule, ...]:
    """The rules evaluated under this profile, in registry order."""
    return tuple(r for r in RULES if r.evaluated_in(profile))
