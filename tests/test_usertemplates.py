"""A planner's own templates (desktop/usertemplates.py): made from a unit, stored as JSON, and
refused entry by entry when a stored one is not well formed. Pure."""

from __future__ import annotations

from desktop import catalogue, usertemplates
from desktop.pagedata import unit_from_template
from desktop.sample import sample_plan


def test_a_unit_becomes_a_template_that_makes_the_same_unit() -> None:
    plan = sample_plan()
    u = plan.unit("it-sampt-odesa")
    t = usertemplates.from_unit(u, "  Italian  SAMP/T (coastal) ")
    assert (t.id, t.label, t.kind) == ("user.italian_samp_t_coastal", "Italian SAMP/T (coastal)", "air.defence")
    assert usertemplates.parse([usertemplates.to_json(t)]) == [t]
    try:
        usertemplates.install([t])
        made = unit_from_template(plan, t.id, "IT", 31.0, 46.5)
        assert (made.strength, made.system, made.range_km, made.roles) == (u.strength, u.system, u.range_km, u.roles)
        assert made.parent is None and made.position == (31.0, 46.5)  # not where it stood, nor its commander
        assert catalogue.template(t.id) == t and t in catalogue.all_templates()
    finally:
        usertemplates.install([])
    again = usertemplates.from_unit(u, "Italian SAMP/T (coastal)", [t.id])
    assert again.id == "user.italian_samp_t_coastal_2"


def test_stored_entries_that_are_not_well_formed_are_left_out() -> None:
    good = usertemplates.to_json(usertemplates.from_unit(sample_plan().unit("fi-bg"), "FI BG"))
    bad = [
        {**good, "id": "land.brigade"},  # not a user id: would shadow the catalogue
        {**good, "kind": "land.castle"},
        {**good, "sidc": "123"},
        {**good, "strength": -5},
        {**good, "strength": 10**9},
        {**good, "label": ""},
        {**good, "script": "<b>x</b>"},
        "not an object",
    ]
    assert usertemplates.parse([*bad, good]) == usertemplates.parse([good])
    assert len(usertemplates.parse([good, good])) == 1  # the same id once
    assert usertemplates.parse("junk") == []
