"""Prints in Ukrainian: the real command (``main.py --lang uk print … --pdf``) writes a sheet read
back with pdftotext, and no English of the sheet is left on it.

What may stay Latin on a Ukrainian sheet is what the planner typed (the plan's name, unit names,
designations), codes (nation ISO codes, rule ids, profile ids, symbol amplifiers) and proper
names (data sources, weapon systems). Everything else the sheet writes comes from the catalogue
(contexts ``PrintSheet``, ``Page``, ``Release``): each of those English sources is checked to be
absent, and every Latin word left is checked against what the planner typed and the allowed names.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.model import Plan
from desktop.planfile import write_plan_file
from desktop.sample import sample_plan

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "desktop" / "i18n" / "posture_uk.ts"
SHEET_CONTEXTS = ("PrintSheet", "Page", "Release")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&/'’.-]*")
#: Proper names and codes a Ukrainian sheet writes in Latin letters (sources, tools, systems).
ALLOWED = {
    "APP-6D", "milsymbol", "Posture", "OpenStreetMap", "ODbL", "geoBoundaries", "Runfola", "et", "al",
    "Natural", "Earth", "GeoNames", "CC", "BY", "MGRS", "ISR", "ISO", "CAP", "ECFR", "MFU", "UTC",
    "Z", "Role", "SAMP/T", "IRIS-T", "SLM", "NASAMS", "Patriot", "Sky", "Sabre", "CAMM", "AEW&C", "MALE",
    "C-UAS", "EOD", "F-16", "F-35", "Typhoon", "Rafale", "Gripen", "MiG-29", "Posture.",
}  # fmt: skip


def english_sources() -> list[str]:
    """Every English source string the sheet takes from the catalogue."""
    root = ET.parse(CATALOGUE).getroot()
    out = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") in SHEET_CONTEXTS:
            out += [m.findtext("source") or "" for m in ctx.iter("message")]
    return out


def typed_words(plan: Plan) -> set[str]:
    """Words the planner typed (plan name, unit names, designations, nation codes, rule ids)."""
    text = " ".join([plan.name, plan.classification, *(u.name for u in plan.units), *(u.nation for u in plan.units)])
    text += " " + " ".join(str(u.system or "") + " " + str(u.aircraft or "") for u in plan.units)
    words = set(LATIN_WORD.findall(text))
    return words | {w.strip(".,;:()") for w in words}


def english_left(text: str, plan: Plan) -> list[str]:
    """The sheet's English sources found in ``text`` (fragments between placeholders, of two words
    or more as phrases; single words when not a word the planner typed), and Latin words that
    are neither typed, a code nor an allowed name."""
    flat = " ".join(text.split())
    for name in sorted({plan.name, *(u.name for u in plan.units)}, key=len, reverse=True):
        flat = flat.replace(" ".join(name.split()), " ")  # the planner's text may stay English
    typed = typed_words(plan)
    found = []
    for source in english_sources():
        for frag in PLACEHOLDER.split(source):
            frag = " ".join(frag.split()).strip(" ·,.;:()…—–+")
            if not re.search("[A-Za-z]{2}", frag):
                continue
            words = frag.split()
            if len(words) == 1:
                if frag in typed or frag in ALLOWED or (frag.isupper() and len(frag) <= 4):
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


def _print(plan_path: Path, pdf: Path, db: Path, *extra: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "main.py", "--lang", "uk", "print", str(plan_path), "--pdf", str(pdf), "--db", str(db)]
    r = subprocess.run([*command, *extra], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
@pytest.mark.parametrize("extra", [(), ("--paper", "A3", "--release")])
def test_a_ukrainian_print_has_no_english_of_the_sheet_left(tmp_path: Path, extra: tuple[str, ...]) -> None:
    plan = sample_plan()
    path = tmp_path / "sample.plan.geojson"
    write_plan_file(plan, path)
    text = _print(path, tmp_path / "uk.pdf", tmp_path / "lib.sqlite", *extra)
    assert "Умовні позначення".upper() in text.upper()  # the legend's head, in Ukrainian
    assert "Київ" in text and "Одеса" in text  # place names from the geo data's name_uk
    assert re.search(r"\d{6}Z (СІЧ|ЛЮТ|БЕР|КВІ|ТРА|ЧЕР|ЛИП|СЕР|ВЕР|ЖОВ|ЛИС|ГРУ) \d\d", text)  # the DTG
    assert "Велика Британія" in text or "--release" in extra  # nation names (CLDR, Babel)
    left = english_left(text, plan)
    assert left == [], f"English left on the Ukrainian sheet: {left}"


def test_the_checker_sees_english_left() -> None:
    """The check itself can fail: an English sheet is full of the sheet's sources."""
    plan = sample_plan()
    text = "LEGEND Contributions by nation · ceasefire phase All of Ukraine Kyiv Posture"
    assert {"Contributions by nation", "All of Ukraine", "LEGEND"} & set(english_left(text, plan))
