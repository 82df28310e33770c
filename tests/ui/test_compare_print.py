"""``compare --pdf``: the comparison sheet, read back with pdftotext and pdfinfo; release mode;
planner text stays text; the library and the plans compared are never written."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from db import Library
from desktop.model import Geometry, Unit
from desktop.sample import sample_plan

pytestmark = pytest.mark.web

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<img src=x onerror=window.__pwned=1> Option C"
FileState = Callable[[Path], dict[str, str]]


def _program(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True, timeout=240)


def _text(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(raw.split())


def _row(label: str, *cells: object) -> re.Pattern[str]:
    """A matrix row as pdftotext reads it: the label, then each cell (the best one starred)."""
    return re.compile(re.escape(label) + "".join(rf" {re.escape(str(c))}( ★)?" for c in cells) + r"(?= |$)")


def _pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split(":")[1] for line in out.splitlines() if line.startswith("Pages")))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """The sample (1), a duplicate with a move, an addition, a removal and a change (2), and a
    third plan with a hostile name (3)."""
    a = sample_plan()
    b = replace(a, name="Option B (three changes)", parameters={"min_troops": 18000})
    b = b.with_unit(replace(b.unit("fi-bg"), geometry=Geometry.point(36.4, 49.9)))
    b = b.with_unit(replace(b.unit("gb-armd-bde"), strength=4200))
    b = b.with_unit(
        Unit("dk-bg", "land.combat", "DK", Geometry.point(33.4, 49.1), name="Danish battlegroup", strength=900)
    )
    b = b.without_unit("ro-log")
    c = replace(a.without_unit("gb-hq"), name=HOSTILE)
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        for p in (a, b, c):
            lib.add_plan(p)
    return db


def test_comparison_pdf_holds_names_matrix_and_differences(
    library: Path, tmp_path: Path, file_state: FileState
) -> None:
    before = file_state(library)
    out = tmp_path / "compare.pdf"
    proc = _program("compare", "1", "2", "--db", str(library), "--pdf", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert _pages(out) >= 1
    text = _text(out)
    a, b = result["plans"]
    for name in (a["name"], b["name"]):
        assert name in text
    assert text.count("UNCLASSIFIED // ILLUSTRATIVE SAMPLE") >= 2  # top and bottom banners
    # the matrix: its rows, with the figures of compare --json (those of check)
    assert "Comparison matrix" in text
    assert _row("Troops", f"{a['troops']:,}", f"{b['troops']:,}").search(text)
    for prof in ("ecfr", "mfu"):
        for sev, word in (("error", "errors"), ("warning", "warnings"), ("info", "information")):
            cells = (a["findings"][prof][sev], b["findings"][prof][sev])
            assert _row(f"{prof.upper()} {word}", *cells).search(text), (prof, sev)
    assert _row("DK troops", "–", "900").search(text)
    assert _row("Land units", a["units_by_domain"]["land"], b["units_by_domain"]["land"]).search(text)
    assert "Air-defence coverage of priority sites" in text and "Fails without the US" in text
    # the differences, unit by unit and plan-level
    d = result["differences"][0]
    assert d["added"] == ["dk-bg"] and d["removed"] == ["ro-log"]
    assert "+ added dk-bg (Danish battlegroup)" in text
    assert "- removed ro-log (Entry hub Chernivtsi)" in text
    km = d["moved"][0]["km"]
    assert f"> moved fi-bg (Finnish battlegroup (Poltava, Kharkiv axis)) by {km:,.1f} km" in text
    assert "~ changed gb-armd-bde (UK armoured brigade (Belarus direction)): strength" in text
    assert "plan parameters: min_troops 10,000 → 18,000" in text
    assert file_state(library) == before  # the library is read, never written


def test_three_plans_and_hostile_names_stay_text(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "three.pdf"
    proc = _program("compare", "1", "2", "3", "--db", str(library), "--pdf", str(out))
    assert proc.returncode == 0, proc.stderr
    text = _text(out)
    assert HOSTILE in text  # shown as text, not made into an element
    assert f"{HOSTILE} against Sample" in text
    assert "- removed gb-hq" in text


def test_release_withholds_names_findings_and_details(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "release.pdf"
    proc = _program("compare", "1", "2", "--db", str(library), "--pdf", str(out), "--release")
    assert proc.returncode == 0, proc.stderr
    text = _text(out)
    assert "RELEASE VERSION" in text and "Option B (three changes)" not in text
    assert "Released plan A" in text and "Released plan B" in text
    assert "Danish battlegroup" not in text and "dk-bg" not in text and "fi-bg" not in text
    assert "ECFR errors" not in text and "Fails without the US" not in text and "min_troops" not in text
    assert "1 unit added" in text and "1 unit moved" in text and "1 unit removed" in text
    assert "Troops" in text and "Land units" in text


def test_refuses_to_write_over_the_library_or_a_plan(library: Path, tmp_path: Path, file_state: FileState) -> None:
    before = file_state(library)
    proc = _program("compare", "1", "2", "--db", str(library), "--pdf", str(library))
    assert proc.returncode == 2 and proc.stderr.strip().startswith("posture: ") and "never overwritten" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert file_state(library) == before
    proc = _program("compare", "1", "2", "--db", str(library), "--pdf", str(tmp_path / "no" / "such" / "x.pdf"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr
