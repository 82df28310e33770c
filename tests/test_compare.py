"""`compare` (shared/cli.md): the differences of two plans, the matrix against `check --json`,
bad input, and a library left unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from db import Library
from desktop.cli import run
from desktop.compare import compare_plans, format_comparison, matrix_rows, unit_differences
from desktop.model import Geometry, Unit
from desktop.planfile import write_plan_file
from desktop.sample import sample_plan

REPO = Path(__file__).resolve().parent.parent

FileState = Callable[[Path], dict[str, str]]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"] / 1000


def option_b() -> tuple[Any, Any, dict[str, Any]]:
    """The sample, and a variant with a known set of moves, additions, removals and field changes."""
    a = sample_plan()
    b = replace(a, name="Option B", parameters={"min_troops": 18000}, priority_sites=("Kyiv", "Odesa", "Lviv"))
    moves = {"fi-bg": (36.1, 49.9), "it-sampt-odesa": (31.9, 46.95)}
    for uid, (lon, lat) in moves.items():
        b = b.with_unit(replace(b.unit(uid), geometry=Geometry.point(lon, lat)))
    b = b.with_unit(replace(b.unit("gb-armd-bde"), strength=4200))
    b = b.with_unit(replace(b.unit("pl-exr"), name="Exercise force (Rivne)", phases=("settlement",)))
    # moved and changed at once
    b = b.with_unit(replace(b.unit("ca-bg"), geometry=Geometry.point(31.3, 50.1), strength=1500))
    b = b.without_unit("ro-log").without_unit("se-globaleye")
    dk = Unit("dk-bg", "land.combat", "DK", Geometry.point(33.4, 49.1), name="Danish battlegroup", strength=900)
    b = b.with_unit(dk)
    expected = {
        "added": ["dk-bg"],
        "removed": ["ro-log", "se-globaleye"],
        "moved": {uid: _km(a.unit(uid).position, b.unit(uid).position) for uid in ("fi-bg", "it-sampt-odesa", "ca-bg")},
        "changed": {"gb-armd-bde": ["strength"], "pl-exr": ["name", "phases"], "ca-bg": ["strength"]},
    }
    return a, b, expected


def test_known_differences_are_found_exactly() -> None:
    a, b, exp = option_b()
    d = unit_differences(a, b)
    assert d["added"] == exp["added"]
    assert d["removed"] == exp["removed"]
    assert {m["id"] for m in d["moved"]} == set(exp["moved"])
    for m in d["moved"]:
        assert m["km"] == pytest.approx(exp["moved"][m["id"]], abs=0.06)
        assert m["km"] > 10
    assert {c["id"]: c["fields"] for c in d["changed"]} == exp["changed"]
    # nothing else: the 20 other units are the same in both
    assert unit_differences(a, a) == {"added": [], "removed": [], "moved": [], "changed": []}


def test_plan_level_differences() -> None:
    a, b, _ = option_b()
    result = compare_plans([a, b])
    diff = result["differences"][0]
    assert (diff["from"], diff["to"]) == (a.name, "Option B")
    assert diff["plan"] == ["parameters", "priority_sites"]
    assert diff["plan_detail"]["parameters"] == {"min_troops": {"from": 10000.0, "to": 18000.0}}
    assert diff["plan_detail"]["priority_sites"]["added"] == ["Lviv"]
    assert "Dnipro" in diff["plan_detail"]["priority_sites"]["removed"]
    c = replace(b, mandate="peacekeeping", contributions=())
    diff = compare_plans([a, c])["differences"][0]
    assert {"mandate", "contributions"} <= set(diff["plan"])
    assert diff["plan_detail"]["mandate"] == {"from": "deterrence", "to": "peacekeeping"}
    assert diff["plan_detail"]["contributions"]["added"] == []
    assert len(diff["plan_detail"]["contributions"]["removed"]) == len(a.contributions)


def test_three_plans_each_against_the_first() -> None:
    a, b, _ = option_b()
    c = replace(a.without_unit("gb-hq"), name="Option C")
    result = compare_plans([a, b, c])
    assert [(d["from"], d["to"]) for d in result["differences"]] == [(a.name, "Option B"), (a.name, "Option C")]
    assert result["differences"][1]["removed"] == ["gb-hq"]
    assert [p["name"] for p in result["plans"]] == [a.name, "Option B", "Option C"]


def _program(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *argv], cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.fixture
def two_plans(tmp_path: Path) -> tuple[Path, Path]:
    """A library holding the sample (id 1) and, as a file, option B."""
    a, b, _ = option_b()
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        lib.add_plan(a)
    path = tmp_path / "option-b.plan.geojson"
    write_plan_file(b, path)
    return db, path


def test_matrix_equals_check_json_of_each_plan(two_plans: tuple[Path, Path], file_state: FileState) -> None:
    db, path = two_plans
    before = file_state(db)
    for phase in ("ceasefire", "settlement"):
        out = _program("compare", "1", str(path), "--db", str(db), "--json", "--phase", phase)
        assert out.returncode == 0, out.stderr
        result = json.loads(out.stdout)
        assert result["phase"] == phase and result["profile"] is None
        for ref, entry in zip(("1", str(path)), result["plans"], strict=True):
            for profile in ("ecfr", "mfu"):
                chk = _program("check", ref, "--db", str(db), "--json", "--profile", profile, "--phase", phase)
                assert chk.returncode in (0, 1), chk.stderr
                report = json.loads(chk.stdout)
                assert entry["name"] == report["plan"]
                assert entry["troops"] == report["metrics"]["troops"]
                assert entry["by_nation"] == report["metrics"]["by_nation"]
                got = entry["findings"][profile]
                for sev in ("error", "warning", "info"):
                    assert got[sev] == sum(f["severity"] == sev for f in report["findings"]), (profile, sev)
                assert got["rules"] == sorted({f["rule"] for f in report["findings"]})
    assert file_state(db) == before  # compare (and check) left the library as it was


def test_matrix_figures() -> None:
    a, b, _ = option_b()
    result = compare_plans([a, b])
    pa, pb = result["plans"]
    # Option B: GB brigade down by 800, CA up by 300, a Danish battlegroup, the Chernivtsi hub
    # and the Swedish ISR gone; the Polish exercise force left for the settlement phase.
    assert pb["troops"] == pa["troops"] - 800 + 300 + 900 - 600 - 40 - 800
    assert pb["by_nation"]["DK"] == 900 and pa["by_nation"].get("DK", 0) == 0
    core = (pa["by_nation"]["GB"] + pa["by_nation"]["FR"]) / pa["troops"]
    assert pa["core_share"] == pytest.approx(core, abs=1e-4)
    # land: the Chernivtsi hub gone, the exercise force out of the ceasefire, a battlegroup added
    assert pb["units_by_domain"]["land"] == pa["units_by_domain"]["land"] - 1
    assert pb["units_by_domain"]["air"] == pa["units_by_domain"]["air"] - 1  # the Swedish ISR
    assert 0 <= pb["coverage"] <= 1
    combat = [u for u in a.units if u.kind == "land.combat" and u.nation != "UA" and u.in_phase("ceasefire")]
    assert pa["threat"]["units"] == len(combat) and pb["threat"]["units"] == len(combat) + 1
    assert pa["threat"]["farthest_km"] >= pa["threat"]["median_km"] > 0
    rows = {r.key: r for r in matrix_rows(result)}
    assert rows["troops"].best() == [0]
    assert rows["nation:DK"].texts == ("–", "900")
    for key, row in rows.items():
        if key.startswith("rule:"):
            fired = [row.rule in p["findings"][row.profile]["rules"] for p in result["plans"]]
            assert len(set(fired)) == 2, key  # a rule row: fires in one plan, not in the other
    text = format_comparison(result, [a, b])
    assert "Option B" in text and "+ added    dk-bg (Danish battlegroup)" in text
    assert "- removed  ro-log (Entry hub Chernivtsi)" in text
    assert "~ changed  pl-exr (Exercise force (Rivne)): name, phases" in text
    assert "parameters: min_troops 10,000 → 18,000" in text


def test_plain_output_and_bad_input(two_plans: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, path = two_plans
    assert run(["compare", "1", str(path), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "Troops" in out and "Option B" in out and "> moved    fi-bg" in out
    for argv, needle in (
        (["compare", "1"], "at least two plans"),
        (["compare", "1", "nope", "--db", str(db)], "nope"),
        (["compare", "1", str(path.with_name("missing.plan.geojson")), "--db", str(db)], "missing.plan.geojson"),
        (["compare", "1", str(path), "--profile", "xx", "--db", str(db)], "profile"),
    ):
        assert run(argv) == 2, argv
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1 and err.startswith("posture: ") and needle in err, (argv, err)


def test_us_dependence_and_rules_that_differ() -> None:
    a = sample_plan()
    b = replace(a, name="Option US jets")
    for u in a.units:
        if u.kind == "air.policing":
            b = b.with_unit(replace(u, nation="US"))  # every fighter squadron American
    result = compare_plans([a, b])
    pa, pb = result["plans"]
    assert pa["us_dependence"] == {"ecfr": [], "mfu": []}
    for profile in ("ecfr", "mfu"):
        (what,) = pb["us_dependence"][profile]
        assert "air-policing" in what or what == "DOMAIN-AIR"
        assert result["rules_differ"][profile]["US-DEPENDENCE"] == [False, True]
    rows = {r.key: r for r in matrix_rows(result)}
    assert rows["us_dependence"].texts[0] == "nothing" and rows["us_dependence"].best() == [0]
    assert rows["rule:ecfr:US-DEPENDENCE"].texts == ("passes", "fires")


def test_release_to_compares_only_what_the_recipient_may_see(
    two_plans: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, path = two_plans
    assert run(["compare", "1", str(path), "--db", str(db), "--json", "--release-to", "PL"]) == 0
    out, _ = capsys.readouterr()
    result = json.loads(out)
    a, b, _ = option_b()
    for entry, plan in zip(result["plans"], (a, b), strict=True):
        assert set(entry["by_nation"]) <= {"PL"} | {c.nation for c in plan.contributions if c.nation == "PL"}
        pl = sum(u.strength for u in plan.units if u.nation == "PL" and u.in_phase("ceasefire"))
        assert entry["troops"] == pl
    assert result["differences"][0]["removed"] == []  # ro-log and se-globaleye are not PL's to see
    assert run(["compare", "1", str(path), "--db", str(db), "--release-to", "X1"]) == 2
    assert "X1" in capsys.readouterr().err
