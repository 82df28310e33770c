"""The window title's troop count kept by the ids an edit touched equals a fresh count."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.plans import generated_plan
from desktop.edits import add_units, remove_units, update_units
from desktop.model import PHASES
from desktop.tally import PhaseStrength

PLAN = generated_plan(40, seed=3)


def fresh(plan, phase):  # type: ignore[no-untyped-def]
    return sum(u.strength for u in plan.units_in_phase(phase))


STEP = st.tuples(st.sampled_from(["strength", "phases", "remove", "add"]), st.integers(0, 10_000))


@settings(max_examples=60, deadline=None)
@given(st.lists(STEP, max_size=15), st.sampled_from(PHASES))
def test_kept_total_equals_a_fresh_count(steps: list[tuple[str, int]], phase: str) -> None:
    plan, tally = PLAN, PhaseStrength()
    assert tally.total(plan, phase) == fresh(plan, phase)
    for k, (what, n) in enumerate(steps):
        u = plan.units[n % len(plan.units)]
        if what == "strength":
            delta = update_units([replace(u, strength=n)])
        elif what == "phases":
            delta = update_units([replace(u, phases=(PHASES[n % 3],))])
        elif what == "remove" and len(plan.units) > 1:
            delta = remove_units([u.id])
        else:
            delta = add_units(plan, [replace(u, id=f"new-{k}", strength=n)])
        plan = delta.apply(plan)
        assert tally.total(plan, phase, delta.unit_ids) == fresh(plan, phase)
