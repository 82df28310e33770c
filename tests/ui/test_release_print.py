"""The printed PDF (``print --pdf``) under ``--release-to`` and ``--release``, read back with
pdftotext: only what is releasable to the recipient, marked REL TO; a released print withholds
the mandate, US support, parameters, findings and free text, and says the findings were withheld."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.planfile import write_plan_file
from tests.test_release_to import TO_PL, coalition_plan, secret_plan

ROOT = Path(__file__).resolve().parents[2]


def _print(tmp_path: Path, plan_path: Path, out: Path, *extra: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    r = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "print", str(plan_path), "--pdf", str(out), "--paper", "A3",
         "--db", str(tmp_path / "lib.sqlite"), *extra],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=180,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr


def _pdftext(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


@pytest.mark.slow
def test_printed_pdf_holds_exactly_what_is_releasable(tmp_path: Path) -> None:
    src = tmp_path / "coalition.plan.geojson"
    write_plan_file(coalition_plan(), src)
    full, pl = tmp_path / "all.pdf", tmp_path / "pl.pdf"
    _print(tmp_path, src, full)
    _print(tmp_path, src, pl, "--release-to", "PL")
    every, shown = _pdftext(full), _pdftext(pl)
    ids = {u.id for u in coalition_plan().units}
    assert {i for i in ids if f"KESTREL-{i}" in every} == ids  # the check can see a unit
    assert {i for i in ids if f"KESTREL-{i}" in shown} == TO_PL
    assert "REL TO PL" in shown and "REL TO" not in every


@pytest.mark.slow
def test_released_pdf_leaks_nothing_and_says_findings_were_withheld(tmp_path: Path) -> None:
    src = tmp_path / "secret.plan.geojson"
    write_plan_file(secret_plan(), src)
    exact, released = tmp_path / "exact.pdf", tmp_path / "rel.pdf"
    _print(tmp_path, src, exact)
    _print(tmp_path, src, released, "--release", "--release-to", "DE")
    full, text = _pdftext(exact), _pdftext(released)
    assert "ORCHID" in full and "ORCHID" not in text
    assert "Findings withheld" in text and "withheld (release)" in text
    assert "minimum" in full and "minimum" not in text  # troops against the minimum: a finding
    for word in ("Peacekeeping", "peacekeeping", "12345", "MANDATE-PEACEKEEPING", "US-DECLARED", "GEO-"):
        assert word not in text, word
    assert "REL TO DE" in text
