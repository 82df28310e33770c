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
from functools import lru_cache

from desktop.i18n import translate, translate_noop

_DIGITS = re.compile(r"^[0-9]{20}$")


def word(text: str) -> str:
    """A word of the tables below in the current language (the tables keep the English, marked
    for the catalogue with ``translate_noop``, context "Sidc")."""
    return translate("Sidc", text)


def words(table: Mapping[str, str]) -> dict[str, str]:
    """A table with its words in the current language."""
    return {k: word(v) for k, v in table.items()}


#: Versions: 10 = APP-6D / 2525D, 11 = 2525D change 1, 13 = 2525E, 14 = APP-6E.
VERSIONS: Mapping[str, str] = {"10": "APP-6D", "11": "2525D ch.1", "13": "2525E", "14": "APP-6E"}
CONTEXTS: Mapping[str, str] = {
    "0": translate_noop("Sidc", "Reality"),
    "1": translate_noop("Sidc", "Exercise"),
    "2": translate_noop("Sidc", "Simulation"),
}
IDENTITIES: Mapping[str, str] = {
    "0": translate_noop("Sidc", "Pending"),
    "1": translate_noop("Sidc", "Unknown"),
    "2": translate_noop("Sidc", "Assumed friend"),
    "3": translate_noop("Sidc", "Friend"),
    "4": translate_noop("Sidc", "Neutral"),
    "5": translate_noop("Sidc", "Suspect / joker"),
    "6": translate_noop("Sidc", "Hostile / faker"),
}
SYMBOL_SETS: Mapping[str, str] = {
    "00": translate_noop("Sidc", "Unknown"),
    "01": translate_noop("Sidc", "Air"),
    "02": translate_noop("Sidc", "Air missile"),
    "05": translate_noop("Sidc", "Space"),
    "06": translate_noop("Sidc", "Space missile"),
    "10": translate_noop("Sidc", "Land unit"),
    "11": translate_noop("Sidc", "Land civilian unit"),
    "15": translate_noop("Sidc", "Land equipment"),
    "20": translate_noop("Sidc", "Land installation"),
    "25": translate_noop("Sidc", "Control measure"),
    "27": translate_noop("Sidc", "Dismounted individual"),
    "30": translate_noop("Sidc", "Sea surface"),
    "35": translate_noop("Sidc", "Sea subsurface"),
    "36": translate_noop("Sidc", "Mine warfare"),
    "40": translate_noop("Sidc", "Activity"),
    "45": translate_noop("Sidc", "Atmospheric"),
    "46": translate_noop("Sidc", "Oceanographic"),
    "47": translate_noop("Sidc", "Meteorological space"),
    "50": translate_noop("Sidc", "Signals intelligence, space"),
    "51": translate_noop("Sidc", "Signals intelligence, air"),
    "52": translate_noop("Sidc", "Signals intelligence, land"),
    "53": translate_noop("Sidc", "Signals intelligence, surface"),
    "54": translate_noop("Sidc", "Signals intelligence, subsurface"),
    "60": translate_noop("Sidc", "Cyberspace"),
}
STATUSES: Mapping[str, str] = {
    "0": translate_noop("Sidc", "Present"),
    "1": translate_noop("Sidc", "Planned / anticipated"),
    "2": translate_noop("Sidc", "Present, fully capable"),
    "3": translate_noop("Sidc", "Present, damaged"),
    "4": translate_noop("Sidc", "Present, destroyed"),
    "5": translate_noop("Sidc", "Present, full to capacity"),
}
HQ_TF_DUMMY: Mapping[str, str] = {
    "0": translate_noop("Sidc", "None"),
    "1": translate_noop("Sidc", "Feint / dummy"),
    "2": translate_noop("Sidc", "Headquarters"),
    "3": translate_noop("Sidc", "Feint / dummy headquarters"),
    "4": translate_noop("Sidc", "Task force"),
    "5": translate_noop("Sidc", "Feint / dummy task force"),
    "6": translate_noop("Sidc", "Task force headquarters"),
    "7": translate_noop("Sidc", "Feint / dummy task force headquarters"),
}
ECHELONS: Mapping[str, str] = {
    "00": translate_noop("Sidc", "None"),
    "11": translate_noop("Sidc", "Team / crew"),
    "12": translate_noop("Sidc", "Squad"),
    "13": translate_noop("Sidc", "Section"),
    "14": translate_noop("Sidc", "Platoon / detachment"),
    "15": translate_noop("Sidc", "Company / battery / troop"),
    "16": translate_noop("Sidc", "Battalion / squadron"),
    "17": translate_noop("Sidc", "Regiment / group"),
    "18": translate_noop("Sidc", "Brigade"),
    "21": translate_noop("Sidc", "Division"),
    "22": translate_noop("Sidc", "Corps"),
    "23": translate_noop("Sidc", "Army"),
    "24": translate_noop("Sidc", "Army group / front"),
    "25": translate_noop("Sidc", "Region / theatre"),
    "26": translate_noop("Sidc", "Command"),
}
MOBILITIES: Mapping[str, str] = {
    "31": translate_noop("Sidc", "Wheeled, limited cross-country"),
    "32": translate_noop("Sidc", "Wheeled, cross-country"),
    "33": translate_noop("Sidc", "Tracked"),
    "34": translate_noop("Sidc", "Wheeled and tracked"),
    "35": translate_noop("Sidc", "Towed"),
    "36": translate_noop("Sidc", "Rail"),
    "37": translate_noop("Sidc", "Pack animals"),
    "41": translate_noop("Sidc", "Over snow"),
    "42": translate_noop("Sidc", "Sled"),
    "51": translate_noop("Sidc", "Short towed array"),
    "52": translate_noop("Sidc", "Long towed array"),
    "61": translate_noop("Sidc", "Leader individual"),
    "62": translate_noop("Sidc", "Deputy individual"),
}

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
    ("10", "110000"): translate_noop("Sidc", "Command and control"),
    ("10", "120000"): translate_noop("Sidc", "Movement and manoeuvre"),
    ("10", "120500"): translate_noop("Sidc", "Armour"),
    ("10", "121100"): translate_noop("Sidc", "Infantry"),
    ("10", "121102"): translate_noop("Sidc", "Mechanised infantry"),
    ("10", "121104"): translate_noop("Sidc", "Motorised infantry"),
    ("10", "130000"): translate_noop("Sidc", "Fires"),
    ("10", "130100"): translate_noop("Sidc", "Air defence"),
    ("10", "160000"): translate_noop("Sidc", "Sustainment"),
    ("10", "163400"): translate_noop("Sidc", "Supply"),
    ("10", "140700"): translate_noop("Sidc", "Engineer"),
    ("01", "110000"): translate_noop("Sidc", "Military aircraft"),
    ("01", "110100"): translate_noop("Sidc", "Fixed wing"),
    ("01", "110104"): translate_noop("Sidc", "Fighter"),
    ("01", "110111"): translate_noop("Sidc", "Reconnaissance"),
    ("01", "110116"): translate_noop("Sidc", "Airborne early warning (AEW&C)"),
    ("01", "110300"): translate_noop("Sidc", "Unmanned aircraft"),
    ("01", "110200"): translate_noop("Sidc", "Rotary wing"),
    ("05", "110000"): translate_noop("Sidc", "Military space vehicle"),
    ("05", "110100"): translate_noop("Sidc", "Satellite"),
    ("30", "120000"): translate_noop("Sidc", "Combatant"),
    ("30", "120200"): translate_noop("Sidc", "Surface combatant, line"),
    ("30", "120204"): translate_noop("Sidc", "Frigate"),
    ("30", "120205"): translate_noop("Sidc", "Corvette"),
    ("30", "120400"): translate_noop("Sidc", "Mine warfare vessel"),
    ("30", "120404"): translate_noop("Sidc", "Minehunter"),
    ("30", "120405"): translate_noop("Sidc", "Mine countermeasures"),
    ("30", "120500"): translate_noop("Sidc", "Patrol"),
    ("30", "120501"): translate_noop("Sidc", "Patrol craft"),
    ("30", "121000"): translate_noop("Sidc", "Navy task organisation unit"),
    ("15", "110000"): translate_noop("Sidc", "Weapon"),
    ("20", "110000"): translate_noop("Sidc", "Installation"),
}

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
    return isinstance(code, str) and _valid(code)


@lru_cache(maxsize=4096)
def _valid(code: str) -> bool:
    """Whether a code is valid, remembered: a plan of 10,000 units has a few dozen codes."""
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
    names = {**ECHELONS, **MOBILITIES}
    return {k: word(names[k]) for k in sorted(allowed)}


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
            raise ValueError(translate("Sidc", "not a {width}-digit field: {value!r}").format(width=width, value=value))
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
            name = word(ENTITIES[(s, key)])
            return name if key == e else translate("Sidc", "{name} (entity {code})").format(name=name, code=e)
    return translate("Sidc", "entity {code}").format(code=e)


def describe(code: str) -> list[str]:
    """What the code says, field by field, in words (for the unit form and tooltips)."""
    if problem(code):
        return []
    amp = code[8:10]
    out = [
        f"{word(IDENTITIES[code[3]])} · {word(SYMBOL_SETS[code[4:6]])} · {entity_name(code)}",
    ]
    if amp != "00":
        if amp in ECHELONS:
            out.append(translate("Sidc", "Echelon: {echelon}").format(echelon=word(ECHELONS[amp])))
        else:
            out.append(translate("Sidc", "Mobility: {mobility}").format(mobility=word(MOBILITIES[amp])))
    if code[7] != "0":
        out.append(word(HQ_TF_DUMMY[code[7]]))
    out.append(translate("Sidc", "Status: {status}").format(status=word(STATUSES[code[6]])))
    out.append(translate("Sidc", "Context: {context}").format(context=word(CONTEXTS[code[2]])))
    mods = code[16:20]
    if mods != "0000":
        out.append(translate("Sidc", "Modifiers {first} / {second}").format(first=mods[:2], second=mods[2:]))
    return out


def summary(code: str) -> str:
    """One line: the code's meaning (empty for an invalid code)."""
    return "; ".join(describe(code))
