"""The templates a reassurance force needs beyond combat units and air defence: each with its
APP-6D code, valid in structure (desktop/sidc.py) and drawn exactly by the engine (milsymbol.js,
not a fallback to a parent entity)."""

from __future__ import annotations

import pytest

from desktop import catalogue, sidc, symbols

#: template id -> (kind, entity code, what the code must say)
NEEDED = {
    "land.engineers": ("land.logistics", "140700"),
    "land.demining": ("land.logistics", "141400"),  # mine clearing
    "land.eod": ("land.logistics", "140800"),  # explosive ordnance disposal
    "land.medical": ("land.logistics", "161300"),  # medical, modifier 1: NATO Role 2
    "land.signals": ("land.logistics", "111000"),
    "land.military_police": ("land.logistics", "141200"),
    "land.helo_utility": ("land.logistics", "120600"),  # aviation rotary wing, modifier 2: utility
    "land.helo_attack": ("land.combat", "120600"),  # aviation rotary wing, modifier 2: attack
    "ad.counter_drone": ("air.defence", "130101"),  # air defence, gun (no C-UAS entity in APP-6D)
}


@pytest.mark.parametrize("template_id", sorted(NEEDED))
def test_each_new_template_has_its_right_code(template_id: str) -> None:
    t = catalogue.template(template_id)
    kind, entity = NEEDED[template_id]
    assert t.kind == kind
    assert sidc.problem(t.sidc) is None
    assert t.sidc[:4] == "1003" and t.sidc[4:6] == "10"  # APP-6D, friend, land unit
    assert t.sidc[10:16] == entity
    sym = symbols.render(t.sidc, "GB")
    assert sym.exact, f"{template_id}: the engine drew {sym.drawn} instead of {t.sidc}"


def test_modifiers_say_role_2_utility_and_attack() -> None:
    assert catalogue.template("land.medical").sidc[16:18] == "43"  # NATO medical role 2
    assert catalogue.template("land.helo_utility").sidc[18:20] == "56"  # utility
    assert catalogue.template("land.helo_attack").sidc[18:20] == "54"  # attack
    drawn = {
        tid: symbols.render(catalogue.template(tid).sidc, "").svg for tid in ("land.helo_utility", "land.helo_attack")
    }
    assert drawn["land.helo_utility"] != drawn["land.helo_attack"]
