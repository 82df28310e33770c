"""What English a Ukrainian output may still hold, for the tests of prints and exports in
Ukrainian (tests/ui/test_print_uk.py, tests/test_export_html_uk.py).

What may stay Latin is what the planner typed (the plan's name, unit names, designations), codes
(nation ISO codes, rule ids, profile ids, symbol amplifiers) and proper names (data sources,
weapon systems). Everything else an output writes comes from the catalogue: :func:`english_left`
finds each English source of the given contexts still in the text, and every Latin word left
that is neither typed, a code nor an allowed name.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from desktop.model import Plan

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "desktop" / "i18n" / "posture_uk.ts"
SHEET_CONTEXTS = ("PrintSheet", "Page", "Release")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&/'’.-]*")
#: Proper names and codes a Ukrainian sheet writes in Latin letters (sources, tools, systems).
ALLOWED = {
    "APP-6D", "milsymbol", "Posture", "OpenStreetMap", "ODbL", "geoBoundaries", "Runfola", "et", "al",
    "Natural", "Earth", "GeoNames", "CC", "BY", "MGRS", "ISR", "ISO", "CAP", "ECFR", "MFU", "UTC",
    "Z", "Role", "SAMP/T", "IRIS-T", "SLM", "NASAMS", "Patriot", "Sky", "Sabre", "CAMM", "AEW&C", "MALE",
    "C-UAS", "EOD", "F-16", "F-35", "Typhoon", "Rafale", "Gripen", "MiG-29", "Posture.", "Enter", "Esc",
}  # fmt: skip


def english_sources(contexts: Iterable[str] = SHEET_CONTEXTS) -> list[str]:
    """Every English source string of the catalogue's ``contexts`` (the sheet's by default)."""
    root = ET.parse(CATALOGUE).getroot()
    wanted = set(contexts)
    out = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") in wanted:
            out += [m.findtext("source") or "" for m in ctx.iter("message")]
    return out


def typed_words(plan: Plan, names: Iterable[str] = ()) -> set[str]:
    """Words the planner typed (plan names, unit names and ids, designations, nation codes)."""
    units = plan.units
    text = " ".join([plan.name, *names, plan.classification, *(u.name for u in units), *(u.nation for u in units)])
    text += " " + " ".join(u.id for u in units)
    text += " " + " ".join(str(u.system or "") + " " + str(u.aircraft or "") for u in plan.units)
    words = set(LATIN_WORD.findall(text))
    return words | {w.strip(".,;:()") for w in words}


def english_left(
    text: str, plan: Plan, contexts: Iterable[str] = SHEET_CONTEXTS, names: Iterable[str] = ()
) -> list[str]:
    """The sheet's English sources found in ``text`` (fragments between placeholders, of two words
    or more as phrases; single words when not a word the planner typed), and Latin words that
    are neither typed, a code nor an allowed name."""
    flat = " ".join(text.split())
    # placeholders of a translation, kind codes (land.combat) and other codes (entry_point)
    flat = re.sub(r"\{[a-z_]+\}|%n|(?<![A-Za-z])[a-z]+(?:[._][a-z]+)+(?![A-Za-z])", " ", flat)
    names = tuple(names)
    for name in sorted({plan.name, *names, *(u.name for u in plan.units)}, key=len, reverse=True):
        flat = flat.replace(" ".join(name.split()), " ")  # the planner's text may stay English
    typed = typed_words(plan, names)
    found = []
    for source in english_sources(contexts):
        for frag in PLACEHOLDER.split(source):
            frag = " ".join(frag.split()).strip(" ·,.;:()…—–+")
            if not re.search("[A-Za-z]{2}", frag):
                continue
            words = frag.split()
            if len(words) == 1:
                if len(frag) < 4 or frag in typed or frag in ALLOWED or (frag.isupper() and len(frag) <= 4):
                    continue
                if re.search(rf"(?<![A-Za-z]){re.escape(frag)}(?![A-Za-z])", flat, re.IGNORECASE):
                    found.append(frag)
            elif re.search(rf"(?<![A-Za-z]){re.escape(frag)}(?![A-Za-z])", flat, re.IGNORECASE):
                found.append(frag)
    for word in LATIN_WORD.findall(flat):
        bare = word.strip(".,;:()'’-")
        if not bare or bare in typed or bare in ALLOWED or word in ALLOWED:
            continue
        if re.fullmatch(r"[A-Z0-9/-]{1,6}", bare):  # nation codes, rule ids, amplifiers, grid ids
            continue
        if re.fullmatch(r"[A-Z]+(-[A-Z]+)+", bare):  # rule ids: GEO-WEST-SUPPORT
            continue
        found.append(bare)
    return sorted(set(found))
