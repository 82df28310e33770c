"""``suggest``: fixes for findings, and air-defence placement as a maximal covering problem."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from db import Library
from desktop import geo, suggest
from desktop.doctrine import evaluate
from desktop.model import Geometry, Plan
from desktop.planfile import read_plan_file, write_plan_file
from desktop.sample import sample_plan

ROOT = Path(__file__).resolve().parents[1]


def keys(plan: Plan, profile: str) -> set[str]:
    return {suggest.finding_key(f) for f in evaluate(plan, profile)}


def errors(plan: Plan, profile: str) -> set[str]:
    return {suggest.finding_key(f) for f in evaluate(plan, profile) if f.severity == "error"}


def moved(plan: Plan, uid: str, lon: float, lat: float) -> Plan:
    u = plan.unit(uid)
    return plan.with_unit(replace(u, geometry=Geometry.point(lon, lat)))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


# -- quick fixes ---------------------------------------------------------------------------------


def broken_plans() -> list[tuple[str, str, Plan]]:
    """(profile, the finding key to mend, a plan that has it) for each kind of quick fix."""
    p = sample_plan()
    no_mcm = replace(p, units=tuple(u for u in p.units if u.kind != "sea.mcm"))
    no_isr = replace(p, units=tuple(u for u in p.units if u.kind != "air.isr"))
    monitoring = p.with_unit(replace(p.unit("fi-bg"), roles=("ceasefire_monitoring",)))
    return [
        ("ecfr", "GEO-WEST-ENTRY:fr-bde", moved(p, "fr-bde", 24.1, 49.85)),  # to Lviv
        ("ecfr", "SEA-ON-LAND:bg-patrol", moved(p, "bg-patrol", 30.3, 46.9)),  # inland of Odesa
        ("mfu", "GEO-EAST:fi-bg", moved(p, "fi-bg", 36.3, 49.9)),  # to Kharkiv
        ("ecfr", "SEA-DEMINING", no_mcm),
        ("ecfr", "ISR-GAP", no_isr),
        ("mfu", "ROLE-MONITORING:fi-bg", monitoring),
    ]


@pytest.mark.parametrize(("profile", "target", "plan"), broken_plans(), ids=lambda v: v if isinstance(v, str) else "")
def test_each_quick_fix_clears_its_finding_and_adds_no_error(profile: str, target: str, plan: Plan) -> None:
    plan = replace(plan, profile=profile)
    found = [f for f in evaluate(plan, profile) if suggest.finding_key(f).split(":")[0] == target.split(":")[0]]
    found = [f for f in found if ":" not in target or suggest.finding_key(f) == target]
    assert found, "the plan must have the finding to mend"
    finding = found[0]
    target = suggest.finding_key(finding)
    proposal = suggest.fix_for(plan, finding, profile)
    assert proposal is not None, f"no fix for {target}"
    fixed = suggest.apply_edits(plan, proposal.edits)
    assert target not in keys(fixed, profile)
    assert target in proposal.clears
    assert not errors(fixed, profile) - errors(plan, profile), "a fix must bring in no error"
    assert proposal.summary


def test_a_move_out_of_the_west_goes_no_farther_than_it_must() -> None:
    plan = moved(sample_plan(), "fr-bde", 24.1, 49.85)
    finding = next(f for f in evaluate(plan, "ecfr") if f.rule == "GEO-WEST-ENTRY")
    proposal = suggest.fix_for(plan, finding, "ecfr")
    assert proposal is not None
    (edit,) = proposal.edits
    assert edit.op == "move" and edit.to is not None
    assert geo.macro_region_of(*edit.to) != "west"
    # Lviv to the edge of the west macro-region is well under 250 km
    assert geo.geodesic_km(24.1, 49.85, *edit.to) < 250


def test_a_clean_plan_gets_no_proposal() -> None:
    plan = sample_plan()
    proposals, after = suggest.suggest(plan, "ecfr")
    fixable = [f for f in evaluate(plan, "ecfr") if f.rule in suggest.FIXERS]
    assert not fixable, "the sample passes ecfr"
    assert proposals == []
    assert after == plan


def test_all_proposals_applied_together_mend_every_fixed_finding() -> None:
    profile, _, plan = broken_plans()[0]
    plan = moved(plan, "bg-patrol", 30.3, 46.9)
    proposals, fixed = suggest.suggest(plan, profile)
    assert {"GEO-WEST-ENTRY:fr-bde", "SEA-ON-LAND:bg-patrol"} <= {k for p in proposals for k in p.clears}
    assert not keys(fixed, profile) & {"GEO-WEST-ENTRY:fr-bde", "SEA-ON-LAND:bg-patrol"}
    assert not errors(fixed, profile) - errors(plan, profile)


# -- air-defence placement -----------------------------------------------------------------------


def uncovered_plan() -> Plan:
    """The sample under mfu with two batteries moved where they cover nothing."""
    p = replace(sample_plan(), profile="mfu")
    p = moved(p, "it-sampt-odesa", 29.0, 50.9)
    return moved(p, "gb-camm-odesa", 28.0, 49.0)


def covered_count(plan: Plan, positions: list[tuple[float, float]], ranges: list[float], sites: list[str]) -> int:
    xy = np.array([geo.place(s) for s in sites])
    hit = np.zeros(len(sites), dtype=bool)
    for (x, y), r in zip(positions, ranges, strict=True):
        hit |= geo.geodesic_km_many(x, y, xy[:, 0], xy[:, 1]) <= r
    return int(hit.sum())


def test_placement_covers_at_least_as_many_sites_as_the_best_of_1000_random_placements() -> None:
    plan = uncovered_plan()
    placement = suggest.place_air_defence(plan, "mfu")
    sites = list(placement.sites)
    bats = [u for u in plan.units if u.kind == "air.defence"]
    ranges = [float(u.range_km or 0) for u in bats]
    rules = suggest.Rules.of(plan, "mfu", "ceasefire")
    lon, lat = suggest._land_grid()
    rng = np.random.default_rng(20261201)
    # random positions anywhere the principles allow (the grid jittered inside its cells)
    jlon = lon + rng.uniform(-0.1, 0.1, lon.size)
    jlat = lat + rng.uniform(-0.1, 0.1, lat.size)
    ok = rules.allowed("air.defence", jlon, jlat)
    pool = np.column_stack([jlon[ok], jlat[ok]])
    best_random = 0
    for _ in range(1000):
        pick = pool[rng.integers(0, len(pool), len(bats))]
        best_random = max(best_random, covered_count(plan, [tuple(p) for p in pick], ranges, sites))
    assert len(placement.covered_after) >= best_random
    assert len(placement.covered_after) > len(placement.covered_before)
    assert placement.mip_gap <= 1e-6


def test_applying_the_placement_clears_those_air_coverage_findings_without_a_new_error() -> None:
    plan = uncovered_plan()
    before = {k for k in keys(plan, "mfu") if k.startswith("AIR-COVERAGE:")}
    assert before
    placement = suggest.place_air_defence(plan, "mfu")
    fixed = suggest.apply_edits(plan, placement.moves)
    after = {k for k in keys(fixed, "mfu") if k.startswith("AIR-COVERAGE:")}
    gained = set(placement.covered_after) - set(placement.covered_before)
    assert gained and not {f"AIR-COVERAGE:{s}" for s in gained} & after
    assert not errors(fixed, "mfu") - errors(plan, "mfu")
    for e in placement.moves:  # every proposed position keeps the principles
        assert e.to is not None and geo.in_ukraine(*e.to) and geo.macro_region_of(*e.to) != "east"


def test_extra_batteries_cover_every_site_left() -> None:
    p = replace(sample_plan(), profile="mfu")
    only_one = replace(p, units=tuple(u for u in p.units if u.kind != "air.defence" or u.id == "nl-patriot-kyiv"))
    placement = suggest.place_air_defence(only_one, "mfu")
    assert placement.extra_batteries and placement.extra_batteries > 0
    positions = [placement.moves[0].to] if placement.moves else [only_one.unit("nl-patriot-kyiv").position]
    positions += list(placement.extra_positions)
    sites = [s for s in placement.sites if s not in placement.uncoverable]
    assert covered_count(only_one, positions, [100.0] * len(positions), sites) == len(sites)


# -- the command ---------------------------------------------------------------------------------


def test_suggest_json_and_fixed_copy(tmp_path: Path) -> None:
    plan = uncovered_plan()
    plan = moved(plan, "fr-bde", 24.1, 49.85)
    src = tmp_path / "in.plan.geojson"
    write_plan_file(replace(plan, profile="ecfr"), src)
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        lib.add_plan(read_plan_file(src))
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    out = tmp_path / "fixed.plan.geojson"
    r = run_cli("suggest", str(src), "--profile", "mfu", "--json", "-o", str(out), "--db", str(db))
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["plan"] == plan.name
    assert report["proposals"], "the plan has fixable findings"
    for p in report["proposals"]:
        assert set(p) >= {"finding", "edits", "clears"}
        assert {"rule", "units", "sites"} <= set(p["finding"])
        for e in p["edits"]:
            assert e["op"] in {"move", "add", "change"} and "id" in e
    fixed = read_plan_file(out)  # a valid plan file
    cleared = {k for p in report["proposals"] for k in p["clears"]}
    assert cleared and not cleared & keys(fixed, "mfu")
    # by library name too, and the library is never changed
    r = run_cli("suggest", plan.name, "--profile", "mfu", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "Air defence" in r.stdout
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_suggest_refuses_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.plan.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": 3}', encoding="utf-8")
    r = run_cli("suggest", str(bad), "--db", str(tmp_path / "lib.sqlite"))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1
