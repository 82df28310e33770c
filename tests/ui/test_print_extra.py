"""The print sheet's second page: the charts (vector) and the order of battle, read back from a
real PDF (pdfinfo, pdftotext, pdfimages)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop import orbat
from desktop.sample import sample_plan
from desktop.ui.printing import PrintOptions, build_sheet, write_pdf

pytestmark = pytest.mark.web


def _run(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.fixture(scope="module")
def two_pages(qapp, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("print") / "sheet.pdf"
    write_pdf(sample_plan(), PrintOptions("A4", "landscape", charts=True, orbat=True), path)
    return path


def test_the_second_page_has_the_charts_and_the_order_of_battle(two_pages: Path) -> None:
    info = _run("pdfinfo", str(two_pages))
    assert re.search(r"^Pages:\s+2$", info, re.M), info
    page2 = _run("pdftotext", "-layout", "-f", "2", "-l", "2", str(two_pages), "-")
    for text in ("Troops by nation", "Troops by phase", "Priority sites under air defence", "ORDER OF BATTLE",
                 "Multinational force HQ (Kyiv)", "Finnish battlegroup"):  # fmt: skip
        assert text in page2, text
    total = orbat.total_strengths(sample_plan())["gb-hq"]
    assert f"{total:,}" in page2
    page1 = _run("pdftotext", "-f", "1", "-l", "1", str(two_pages), "-")
    assert "ORDER OF BATTLE" not in page1.upper().replace("POSTURE", "") or "Legend" in page1
    assert "Troops by phase" not in page1


def test_the_second_page_is_vector(two_pages: Path) -> None:
    images = _run("pdfimages", "-list", "-f", "2", "-l", "2", str(two_pages)).splitlines()[2:]
    assert images == []  # the charts are drawn as paths and text, not as pictures


def test_without_the_options_one_page_and_in_release_no_coverage_chart() -> None:
    plan = sample_plan()
    assert "charts" not in build_sheet(plan, PrintOptions()) and "orbat" not in build_sheet(plan, PrintOptions())
    released = build_sheet(plan, PrintOptions(release=True, charts=True, orbat=True))
    assert [name for name, _ in released["charts"]] == ["troops_by_nation", "troops_by_phase"]
    names = {r["name"] for r in released["orbat"]["rows"]}
    assert not names & {u.name for u in plan.units}  # released: kinds' labels, not the planner's names
