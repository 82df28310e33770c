"""APP-6D / MIL-STD-2525D symbol identification codes (SIDC): structure, meaning, edits.

Pure: no Qt, no engine. A 20-digit code is read as

    VV C I SS T H EE EEEEEE MM MM
    version, context, standard identity, symbol set, status, headquarters/task force/dummy,
    echelon or mobility amplifier, entity (entity, type, subtype), modifier 1, modifier 2.

:func:`problem` checks the structure at the door (plan files, the unit form): a code whose
fields are outside the standard's ranges is bad input. A valid code is kept as given, even when
the drawing engine has no icon for its entity (the engine then draws the nearest parent entity,
:mod:`desktop.symbols`). :func:`describe` says what a code means in words; :func:`with_fields`
changes one field without touching the others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.i18n import translate, translate_noop

_DIGITS = re.compile(r"^[0-9]{20}$")

#: Versions: 10 = APP-6D / 2525D, 11 = 2525D change 1, 13 = 2525E, 14 = APP-6E.
VERSIONS: Mapping[str, str] = {"10": "APP-6D", "11": "2525D ch.1", "13": "2525E", "14": "APP-6E"}
CONTEXTS: Mapping[str, str] = {"0": "Reality", "1": "Exercise", "2": "Simulation"}
IDENTITIES: Mapping[str, str] = {
    "0": "Pending", "1": "Unknown", "2": "Assumed friend", "3": "Friend", "4": "Neutral",
    "5": "Suspect / joker", "6": "Hostile / faker",
}  # fmt: skip
SYMBOL_SETS: Mapping[str, str] = {
    "00": "Unknown", "01": "Air", "02": "Air missile", "05": "Space", "06": "Space missile",
    "10": "Land unit", "11": "Land civilian unit", "15": "Land equipment", "20": "Land installation",
    "25": "Control measure", "27": "Dismounted individual", "30": "Sea surface", "35": "Sea subsurface",
    "36": "Mine warfare", "40": "Activity", "45": "Atmospheric", "46": "Oceanographic",
    "47": "Meteorological space", "50": "Signals intelligence, space", "51": "Signals intelligence, air",
    "52": "Signals intelligence, land", "53": "Signals intelligence, surface",
    "54": "Signals intelligence, subsurface", "60": "Cyberspace",
}  # fmt: skip

#: The symbol sets' names, for the catalogue (context "Sidc").
_SYMBOL_SET_NAMES = (
    translate_noop("Sidc", "Unknown"),
    translate_noop("Sidc", "Air"),
    translate_noop("Sidc", "Air missile"),
    translate_noop("Sidc", "Space"),
    translate_noop("Sidc", "Space missile"),
    translate_noop("Sidc", "Land unit"),
    translate_noop("Sidc", "Land civilian unit"),
    translate_noop("Sidc", "Land equipment"),
    translate_noop("Sidc", "Land installation"),
    translate_noop("Sidc", "Control measure"),
    translate_noop("Sidc", "Dismounted individual"),
    translate_noop("Sidc", "Sea surface"),
    translate_noop("Sidc", "Sea subsurface"),
    translate_noop("Sidc", "Mine warfare"),
    translate_noop("Sidc", "Activity"),
    translate_noop("Sidc", "Atmospheric"),
    translate_noop("Sidc", "Oceanographic"),
    translate_noop("Sidc", "Meteorological space"),
    translate_noop("Sidc", "Signals intelligence, space"),
    translate_noop("Sidc", "Signals intelligence, air"),
    translate_noop("Sidc", "Signals intelligence, land"),
    translate_noop("Sidc", "Signals intelligence, surface"),
    translate_noop("Sidc", "Signals intelligence, subsurface"),
    translate_noop("Sidc", "Cyberspace"),
)
STATUSES: Mapping[str, str] = {
    "0": "Present", "1": "Planned / anticipated", "2": "Present, fully capable", "3": "Present, damaged",
    "4": "Present, destroyed", "5": "Present, full to capacity",
}  # fmt: skip
HQ_TF_DUMMY: Mapping[str, str] = {
    "0": "None", "1": "Feint / dummy", "2": "Headquarters", "3": "Feint / dummy headquarters",
    "4": "Task force", "5": "Feint / dummy task force", "6": "Task force headquarters",
    "7": "Feint / dummy task force headquarters",
}  # fmt: skip
ECHELONS: Mapping[str, str] = {
    "00": "None", "11": "Team / crew", "12": "Squad", "13": "Section", "14": "Platoon / detachment",
    "15": "Company / battery / troop", "16": "Battalion / squadron", "17": "Regiment / group",
    "18": "Brigade", "21": "Division", "22": "Corps", "23": "Army", "24": "Army group / front",
    "25": "Region / theatre", "26": "Command",
}  # fmt: skip
MOBILITIES: Mapping[str, str] = {
    "31": "Wheeled, limited cross-country", "32": "Wheeled, cross-country", "33": "Tracked",
    "34": "Wheeled and tracked", "35": "Towed", "36": "Rail", "37": "Pack animals",
    "41": "Over snow", "42": "Sled", "51": "Short towed array", "52": "Long towed array",
    "61": "Leader individual", "62": "Deputy individual",
}  # fmt: skip

_LAND_UNIT_AMPLIFIERS = frozenset(ECHELONS)
#: Which echelon / mobility amplifiers (positions 9-10) each symbol set allows.
_AMPLIFIERS: Mapping[str, frozenset[str]] = {
    "10": _LAND_UNIT_AMPLIFIERS,
    "11": _LAND_UNIT_AMPLIFIERS,
    "15": frozenset({"00", "31", "32", "33", "34", "35", "36", "37", "41", "42"}),
    "20": frozenset({"00"}),
    "27": _LAND_UNIT_AMPLIFIERS | {"61", "62"},
    "30": frozenset({"00", "51", "52"}),
    "35": frozenset({"00", "51", "52"}),
    **{s: frozenset({"00"}) for s in ("01", "02", "05", "06", "25", "40", "45", "46", "47", "60")},
}
_ANY_AMPLIFIER = frozenset(ECHELONS) | frozenset(MOBILITIES)

#: Words for the entities of the catalogue and their parents (others are named by their digits).
ENTITIES: Mapping[tuple[str, str], str] = {
    ("10", "110000"): "Command and control", ("10", "120000"): "Movement and manoeuvre",
    ("10", "120500"): "Armour", ("10", "121100"): "Infantry", ("10", "121102"): "Mechanised infantry",
    ("10", "121104"): "Motorised infantry", ("10", "130000"): "Fires", ("10", "130100"): "Air defence",
    ("10", "160000"): "Sustainment", ("10", "163400"): "Supply", ("10", "140700"): "Engineer",
    ("01", "110000"): "Military aircraft", ("01", "110100"): "Fixed wing", ("01", "110104"): "Fighter",
    ("01", "110111"): "Reconnaissance", ("01", "110116"): "Airborne early warning (AEW&C)",
    ("01", "110300"): "Unmanned aircraft", ("01", "110200"): "Rotary wing",
    ("05", "110000"): "Military space vehicle", ("05", "110100"): "Satellite",
    ("30", "120000"): "Combatant", ("30", "120200"): "Surface combatant, line",
    ("30", "120204"): "Frigate", ("30", "120205"): "Corvette", ("30", "120400"): "Mine warfare vessel",
    ("30", "120404"): "Minehunter", ("30", "120405"): "Mine countermeasures", ("30", "120500"): "Patrol",
    ("30", "120501"): "Patrol craft", ("30", "121000"): "Navy task organisation unit",
    ("15", "110000"): "Weapon", ("20", "110000"): "Installation",
}  # fmt: skip

SIDC_LENGTH = 20


#: What :func:`problem` says of a field outside the standard's values, field by field.
_UNDEFINED = (
    translate_noop("Sidc", "has version {value}, which APP-6D does not define"),
    translate_noop("Sidc", "has context {value}, which APP-6D does not define"),
    translate_noop("Sidc", "has standard identity {value}, which APP-6D does not define"),
    translate_noop("Sidc", "has symbol set {value}, which APP-6D does not define"),
    translate_noop("Sidc", "has status {value}, which APP-6D does not define"),
    translate_noop("Sidc", "has headquarters / task force / dummy {value}, which APP-6D does not define"),
)


def problem(code: object) -> str | None:
    """Why ``code`` is not a structurally valid 20-digit SIDC, or ``None`` when it is."""
    if not isinstance(code, str) or not _DIGITS.match(code):
        return translate("Sidc", "is not a 20-digit APP-6D symbol code")
    checks = ((code[0:2], VERSIONS), (code[2], CONTEXTS), (code[3], IDENTITIES), (code[4:6], SYMBOL_SETS),
              (code[6], STATUSES), (code[7], HQ_TF_DUMMY))  # fmt: skip
    for (value, allowed), text in zip(checks, _UNDEFINED, strict=True):
        if value not in allowed:
            return translate("Sidc", text).format(value=value)
    amp, symbol_set = code[8:10], code[4:6]
    if amp not in _AMPLIFIERS.get(symbol_set, _ANY_AMPLIFIER):
        text = translate("Sidc", "has echelon/mobility {amplifier}, which symbol set {set} does not allow")
        return text.format(amplifier=amp, set=f"{symbol_set} ({translate('Sidc', SYMBOL_SETS[symbol_set])})")
    return None


def is_valid(code: object) -> bool:
    return problem(code) is None


def symbol_set(code: str) -> str:
    return code[4:6]


def entity(code: str) -> str:
    return code[10:16]


def has_echelon(code: str) -> bool:
    """Whether this code's symbol set carries an echelon (land units and people)."""
    return symbol_set(code) in ("10", "11", "27")


def echelons_for(code: str) -> dict[str, str]:
    """The echelon (or mobility) amplifiers a planner may choose for this code, with words."""
    allowed = _AMPLIFIERS.get(symbol_set(code), _ANY_AMPLIFIER)
    words = {**ECHELONS, **MOBILITIES}
    return {k: words[k] for k in sorted(allowed)}


def with_fields(
    code: str,
    *,
    context: str | None = None,
    identity: str | None = None,
    status: str | None = None,
    hq_tf_dummy: str | None = None,
    amplifier: str | None = None,
    modifier1: str | None = None,
    modifier2: str | None = None,
) -> str:
    """``code`` with the given fields replaced (digits, as in the tables above)."""
    c = list(code)

    def put(start: int, value: str | None, width: int) -> None:
        if value is None:
            return
        if len(value) != width or not value.isdigit():
            raise ValueError(f"not a {width}-digit field: {value!r}")
        c[start : start + width] = list(value)

    put(2, context, 1)
    put(3, identity, 1)
    put(6, status, 1)
    put(7, hq_tf_dummy, 1)
    put(8, amplifier, 2)
    put(16, modifier1, 2)
    put(18, modifier2, 2)
    out = "".join(c)
    reason = problem(out)
    if reason:
        raise ValueError(f"{out} {reason}")
    return out


#: Echelon by personnel: (fewer than this many, echelon). Chosen so that the catalogue's
#: nominal strengths land where NATO's order of battle puts them: a 70-120 strong air-defence
#: battery at company/battery, a 1,200-strong battlegroup at battalion, 3,000-5,000 at brigade.
_ECHELON_BY_STRENGTH: tuple[tuple[int, str], ...] = (
    (10, "11"), (20, "12"), (35, "13"), (70, "14"), (400, "15"), (1_500, "16"), (3_000, "17"),
    (8_000, "18"), (25_000, "21"), (60_000, "22"),
)  # fmt: skip


def echelon_for_strength(strength: int) -> str:
    """The echelon amplifier a land unit of this many personnel is drawn with ("00" for none)."""
    if strength <= 0:
        return "00"
    for limit, echelon in _ECHELON_BY_STRENGTH:
        if strength < limit:
            return echelon
    return "23"


def with_strength_echelon(code: str, strength: int) -> str:
    """``code`` with its echelon set from ``strength`` (codes without echelons unchanged)."""
    if not has_echelon(code) or strength <= 0:
        return code
    return with_fields(code, amplifier=echelon_for_strength(strength))


def entity_name(code: str) -> str:
    """The entity in words, as far as :data:`ENTITIES` knows it (else its nearest named parent)."""
    s, e = symbol_set(code), entity(code)
    for key in (e, e[:4] + "00", e[:2] + "0000"):
        if (s, key) in ENTITIES:
            name = ENTITIES[(s, key)]
            return name if key == e else f"{name} (entity {e})"
    return f"entity {e}"


def describe(code: str) -> list[str]:
    """What the code says, field by field, in words (for the unit form and tooltips)."""
    if problem(code):
        return []
    amp = code[8:10]
    words = [
        f"{IDENTITIES[code[3]]} · {SYMBOL_SETS[code[4:6]]} · {entity_name(code)}",
    ]
    if amp != "00":
        words.append(("Echelon: " if amp in ECHELONS else "Mobility: ") + {**ECHELONS, **MOBILITIES}[amp])
    if code[7] != "0":
        words.append(HQ_TF_DUMMY[code[7]])
    words.append(f"Status: {STATUSES[code[6]]}")
    words.append(f"Context: {CONTEXTS[code[2]]}")
    mods = code[16:20]
    if mods != "0000":
        words.append(f"Modifiers {mods[:2]} / {mods[2:]}")
    return words


def summary(code: str) -> str:
    """One line: the code's meaning (empty for an invalid code)."""
    return "; ".join(describe(code))
