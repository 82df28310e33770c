"""Troops by phase (the side panel's figure) follow the counting rule in every phase."""

from __future__ import annotations

from dataclasses import replace

from bench.plans import generated_plan
from desktop.doctrine import metrics
from desktop.doctrine.context import Context
from desktop.model import PHASES, Geometry


def test_troops_by_phase_equal_a_full_count_of_each_phase() -> None:
    plan = generated_plan(600, seed=11)
    # some land units staged outside Ukraine (in Poland), in phases other than the viewed one
    staged = tuple(
        replace(u, geometry=Geometry.point(21.5, 51.0), phases=("settlement",))
        if i % 25 == 0 and u.domain == "land"
        else u
        for i, u in enumerate(plan.units)
    )
    plan = replace(plan, units=staged)
    expected = {ph: Context(plan, plan.profile, ph).total_troops for ph in PHASES}
    assert metrics(plan)["by_phase"] == expected
    assert expected["settlement"] != sum(
        u.strength for u in plan.units if u.in_phase("settlement")
    )  # staging counted out
