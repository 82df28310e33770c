"""Prints in Ukrainian: the real command (``main.py --lang uk print … --pdf``) writes a sheet read
back with pdftotext, and no English of the sheet is left on it.

Every English source of the sheet's contexts in the catalogue (``PrintSheet``, ``Page``,
``Release``) is checked to be absent, and every Latin word left against what the planner typed,
codes and the allowed names (tests/englishleft.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.planfile import write_plan_file
from desktop.sample import sample_plan
from tests.englishleft import ROOT, english_left


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
    assert "Умовні знаки".upper() in text.upper()  # the legend's head, in Ukrainian
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


@pytest.mark.slow
def test_a_ukrainian_comparison_sheet_has_no_english_of_its_own(tmp_path: Path) -> None:
    from dataclasses import replace

    first = sample_plan()
    parents = {u.parent for u in first.units}
    leaves = [u for u in first.units if u.id not in parents]
    moved = replace(leaves[0], geometry=leaves[1].geometry)  # one moved, one removed
    units = tuple(moved if u.id == moved.id else u for u in first.units if u.id != leaves[2].id)
    second = replace(first, name="Sample B", units=units)
    paths = [tmp_path / "a.plan.geojson", tmp_path / "b.plan.geojson"]
    for plan, path in zip((first, second), paths, strict=True):
        write_plan_file(plan, path)
    pdf = tmp_path / "compare.pdf"
    command = [sys.executable, "main.py", "--lang", "uk", "compare", *map(str, paths), "--pdf", str(pdf)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([*command, "--db", str(tmp_path / "lib.sqlite")], cwd=ROOT, capture_output=True, text=True,
                       env=env, timeout=300)  # fmt: skip
    assert r.returncode in (0, 1), r.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Порівняння варіантів дій".upper() in text.upper() and "Матриця порівняння".upper() in text.upper()
    contexts = ("CompareSheet", "Compare", "Page", "PrintSheet", "Release")
    left = english_left(text, first, contexts, names=[second.name])
    assert left == [], f"English left on the Ukrainian comparison sheet: {left}"
