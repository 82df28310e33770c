"""The incremental engine (desktop/doctrine/incremental.py) equals a full evaluation after any
sequence of edits: random plans, random edits of every kind the window makes (move, add, remove,
change nation, kind, strength, status, phases, roles, range, generation; plan settings; the
declared profile and phase; the contact line and occupied area; without the US), findings (in
order) and figures compared with :func:`desktop.doctrine.report.analyse` after every step.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.plans import CONTACT_LINE, NATIONS, OCCUPIED, generated_plan
from desktop import catalogue, edits
from desktop.doctrine.incremental import Engine
from desktop.doctrine.report import analyse
from desktop.doctrine.rules import RULES
from desktop.edits import Delta
from desktop.model import MANDATES, PHASES, PROFILES, US_SUPPORT, Contribution, Geometry, Plan

TEMPLATES = catalogue.templates()
#: Nations of every group the rules know: eligible, core, neutral, excluded, non-allied, host, US.
ALL_NATIONS = (*NATIONS, "UA", "RU", "BY", "CN", "IE", "CH", "HU")
SITES = ("Kyiv", "Odesa", "Lviv", "Kharkiv", "Port of Odesa", "Rivne NPP")


def _edit(plan: Plan, op: tuple) -> Delta:  # type: ignore[type-arg]
    """The delta of one random edit (as the window's commands build them)."""
    what, a, b, c = op
    units = plan.units
    u = units[a % len(units)] if units else None
    if what == "move" and u is not None:
        lon, lat = u.position
        return edits.move_unit(plan, u.id, lon + b, lat + c)
    if what == "jump" and u is not None:  # anywhere in the theatre, sea and abroad included
        return edits.move_unit(plan, u.id, 21.0 + (a % 200) / 10, 44.0 + (abs(int(b * 100)) % 90) / 10)
    if what == "add":
        t = TEMPLATES[a % len(TEMPLATES)]
        unit = replace(
            units[0] if units else generated_plan(1).units[0],
            id=plan.new_unit_id("t-"),
            nation=ALL_NATIONS[int(abs(b) * 100) % len(ALL_NATIONS)],
            geometry=Geometry.point(30.0 + b * 3, 48.0 + c * 2),
            name=t.label,
            **t.unit_values(),
        )
        return edits.add_units(plan, [unit]) if a % 4 else Delta(put=((a % (len(units) + 1), unit),))
    if what == "remove" and u is not None:  # often the last units (an undone drop), else any
        return edits.remove_units([units[-1].id] if c > 0 else [u.id] if c > -0.5 else [x.id for x in units[-2:]])
    if u is None:
        return Delta()
    if what == "nation":
        return edits.update_units([replace(u, nation=ALL_NATIONS[int(abs(b) * 1000) % len(ALL_NATIONS)])])
    if what == "kind":
        t = TEMPLATES[int(abs(b) * 1000) % len(TEMPLATES)]
        return edits.update_units([replace(u, **t.unit_values())])
    if what == "strength":
        return edits.update_units([replace(u, strength=int(abs(b) * 4000))])
    if what == "status":  # the symbol code's status digit: drawn, not judged
        return edits.update_units([replace(u, sidc=u.sidc[:6] + str(int(abs(b) * 10) % 2) + u.sidc[7:])])
    if what == "phases":
        return edits.update_units([replace(u, phases=tuple(p for i, p in enumerate(PHASES) if (a >> i) & 1))])
    if what == "roles":
        return edits.update_units([replace(u, roles=("ceasefire_monitoring",) if b > 0 else ())])
    if what == "range":
        return edits.update_units([replace(u, range_km=None if b < -0.5 else abs(b) * 400)])
    if what == "generation":
        return edits.update_units([replace(u, generation=None if b < -0.5 else 3 + int(abs(b) * 3))])
    if what == "name":
        return edits.update_units([replace(u, name=f"Renamed {a}")])
    if what == "profile":
        return edits.set_fields(profile=PROFILES[a % 2])
    if what == "phase":
        return edits.set_fields(phase=PHASES[a % 3])
    if what == "mandate":
        return edits.set_fields(mandate=MANDATES[a % 3])
    if what == "us_support":
        return edits.set_fields(us_support=US_SUPPORT[a % 4])
    if what == "parameter":
        name = ("min_troops", "tripwire_km", "protect_radius_km", "min_nations", "belarus_cover_km")[a % 5]
        return edits.set_parameter(plan, name, None if b < -0.5 else 10 + abs(b) * 200)
    if what == "sites":
        return edits.set_fields(priority_sites=None if b < -0.5 else SITES[: 1 + a % len(SITES)])
    if what == "contribution":
        nation = ALL_NATIONS[a % len(ALL_NATIONS)]
        kind = ("funding", "isr", "equipment")[int(abs(b) * 10) % 3]
        if b > 0.5 and plan.contributions:
            return edits.set_contributions(plan.contributions[1:])
        return edits.set_contributions(
            (*plan.contributions, Contribution(nation, kind, 1e6 if kind == "funding" else None))
        )
    if what == "line":
        line = Geometry("LineString", tuple((x + b, y) for x, y in CONTACT_LINE)) if c > -0.5 else None
        return edits.set_geometry(plan, "contact_line", line)
    if what == "occupied":
        area = Geometry("Polygon", (tuple((x + b, y) for x, y in OCCUPIED),)) if c > -0.5 else None
        return edits.set_geometry(plan, "occupied_area", area)
    return Delta()


UNIT_OPS = ("move", "move", "move", "jump", "add", "remove", "nation", "kind", "strength", "status", "phases",
            "roles", "range", "generation", "name")  # fmt: skip
PLAN_OPS = ("profile", "phase", "mandate", "us_support", "parameter", "sites", "contribution", "line", "occupied")
OP = st.tuples(
    st.sampled_from(UNIT_OPS + PLAN_OPS + ("without_us",)),
    st.integers(0, 10_000),
    st.floats(-1, 1, allow_nan=False),
    st.floats(-1, 1, allow_nan=False),
)


def _same(got, want) -> None:  # type: ignore[no-untyped-def]
    assert got.plan == want.plan
    assert (got.profile, got.phase, got.without_us) == (want.profile, want.phase, want.without_us)
    assert got.findings == want.findings  # the same findings, in the same order
    assert got.metrics == want.metrics
    assert [got.count(s) for s in ("error", "warning", "info")] == [want.count(s) for s in ("error", "warning", "info")]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(1, 40),
    seed=st.integers(0, 50),
    profile=st.sampled_from(PROFILES),
    phase=st.sampled_from(PHASES),
    steps=st.lists(st.lists(OP, min_size=1, max_size=3), min_size=1, max_size=12),
)
def test_incremental_equals_a_full_evaluation_after_every_edit(
    n: int,
    seed: int,
    profile: str,
    phase: str,
    steps: list[list[tuple]],  # type: ignore[type-arg]
) -> None:
    plan = replace(generated_plan(n, seed=seed), profile=profile, phase=phase)
    engine, exclude_us = Engine(), False
    _same(engine.analyse(plan, exclude_us), analyse(plan, exclude_us))
    for burst in steps:  # the window evaluates once per burst of edits, with every id touched
        touched: set[str] = set()
        for op in burst:
            if op[0] == "without_us":
                exclude_us = not exclude_us
                continue
            delta = _edit(plan, op)
            plan = delta.apply(plan)
            touched |= delta.unit_ids
        _same(engine.analyse(plan, exclude_us, touched), analyse(plan, exclude_us))


def test_a_drag_in_a_big_plan_evaluates_it_once() -> None:
    """Moves are patched, not evaluated afresh (the point of the engine), and still equal."""
    plan = generated_plan(600, seed=7)
    engine = Engine()
    engine.analyse(plan)
    for i in range(25):
        u = plan.units[(i * 131) % len(plan.units)]
        lon, lat = u.position
        delta = edits.move_unit(plan, u.id, lon + 0.3 * ((i % 3) - 1), lat - 0.2)
        plan = delta.apply(plan)
        _same(engine.analyse(plan, False, delta.unit_ids), analyse(plan))
    assert engine.full_evaluations == 1


def test_drops_at_the_end_of_a_big_plan_are_patched_too() -> None:
    """A unit dropped from the palette (appended), in the phase or not, US or not, with or without
    the US in view: patched, and equal to a full evaluation."""
    for exclude_us, phase in ((False, "ceasefire"), (True, "ceasefire"), (False, "settlement"), (True, "long_term")):
        plan = replace(generated_plan(400, seed=5), phase=phase)
        engine = Engine()
        engine.analyse(plan, exclude_us)
        for i in range(12):
            t = TEMPLATES[(i * 5) % len(TEMPLATES)]
            unit = replace(
                plan.units[i],
                id=plan.new_unit_id("d-"),
                nation=("US", "FR", "UA", "AT", "RO")[i % 5],
                geometry=Geometry.point(24.0 + i, 46.0 + i / 2),
                phases=((), ("settlement",), ("ceasefire", "long_term"))[i % 3],
                **t.unit_values(),
            )
            delta = edits.add_units(plan, [unit])
            plan = delta.apply(plan)
            _same(engine.analyse(plan, exclude_us, delta.unit_ids), analyse(plan, exclude_us))
            if i % 3 == 2:  # and undone: the last units removed
                undo = edits.remove_units([unit.id])
                plan = undo.apply(plan)
                _same(engine.analyse(plan, exclude_us, undo.unit_ids), analyse(plan, exclude_us))
        assert engine.full_evaluations == 1


def test_every_rule_declares_its_scope_and_reads() -> None:
    for rule in RULES:
        assert rule.scope in ("unit", "plan") and rule.reads, rule.id
