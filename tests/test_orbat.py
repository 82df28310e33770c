"""The order of battle: ``parent`` in plan files, the tree, and ``orbat`` (cli.md). Pure: no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from db import Library
from db.session import PlanSession
from desktop import orbat
from desktop.cli import run
from desktop.edits import remove_units
from desktop.model import Geometry, Plan, Unit
from desktop.planfile import PlanFileError, parse_plan, plan_to_geojson, plan_to_text

REPO = Path(__file__).resolve().parent.parent


def _feature(fid: str | int, kind: str, nation: str, strength: int, parent: Any = None, **props: Any) -> dict:
    p: dict[str, Any] = {"kind": kind, "nation": nation, "name": f"{nation} {fid}", "strength": strength, **props}
    if parent is not None:
        p["parent"] = parent
    return {"type": "Feature", "id": fid, "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}, "properties": p}


def _doc(*features: dict, **posture: Any) -> dict:
    return {"type": "FeatureCollection", "posture": {"format": 1, "name": "Option A", **posture},
            "features": list(features)}  # fmt: skip


FORCE = _doc(
    _feature("hq", "land.hq", "GB", 400),
    _feature("gb-bde", "land.combat", "GB", 5000, parent="hq"),
    _feature("fr-bde", "land.combat", "FR", 4000, parent="hq"),
    _feature("fr-bg", "land.combat", "FR", 1200, parent="fr-bde"),
    _feature("ad", "air.defence", "DE", 90),
    {"type": "Feature", "id": "line", "geometry": {"type": "LineString", "coordinates": [[37, 50], [38, 48]]},
     "properties": {"kind": "contact_line"}},
)  # fmt: skip


def test_tree_by_command_with_rolled_up_strength() -> None:
    plan = parse_plan(FORCE)
    roots = orbat.tree(plan)
    assert [n.unit.id for n in roots] == ["hq", "ad"]  # plan order
    hq = roots[0]
    assert [c.unit.id for c in hq.children] == ["gb-bde", "fr-bde"]
    assert hq.total_strength == 400 + 5000 + 4000 + 1200
    assert hq.children[1].total_strength == 5200
    assert [c.unit.id for c in hq.children[1].children] == ["fr-bg"]
    assert orbat.total_strengths(plan)["fr-bg"] == 1200


def test_total_strength_counts_every_phase() -> None:
    doc = _doc(_feature("hq", "land.hq", "GB", 100), _feature("a", "land.combat", "GB", 50, parent="hq",
               phases=["long_term"]), phase="ceasefire")  # fmt: skip
    assert orbat.tree(parse_plan(doc))[0].total_strength == 150


def test_orbat_json_follows_cli_md() -> None:
    out = orbat.orbat_json(parse_plan(FORCE))
    assert out["plan"] == "Option A"
    hq = out["roots"][0]
    assert set(hq) == {"id", "name", "nation", "kind", "strength", "total_strength", "children"}
    assert (hq["id"], hq["nation"], hq["kind"], hq["strength"], hq["total_strength"]) == (
        "hq", "GB", "land.hq", 400, 10600)  # fmt: skip
    assert hq["children"][0] == {"id": "gb-bde", "name": "GB gb-bde", "nation": "GB", "kind": "land.combat",
                                 "strength": 5000, "total_strength": 5000, "children": []}  # fmt: skip
    assert out["roots"][1]["id"] == "ad" and out["roots"][1]["children"] == []


def test_parent_round_trips_through_the_file_and_the_library(tmp_path: Path) -> None:
    plan = parse_plan(FORCE)
    assert orbat.parent_of(plan.unit("fr-bg")) == "fr-bde"
    again = parse_plan(plan_to_text(plan))
    assert again == plan
    assert plan_to_geojson(plan)["features"][1]["properties"]["parent"] == "hq"
    with Library(tmp_path / "lib.sqlite") as lib:
        pid = lib.add_plan(plan)
        stored = lib.load_plan(pid)
    assert [orbat.parent_of(u) for u in stored.units] == [None, "hq", "hq", "fr-bde", None]


def test_an_integer_parent_names_an_integer_id() -> None:
    plan = parse_plan(_doc(_feature(1, "land.hq", "GB", 10), _feature(2, "land.combat", "GB", 5, parent=1)))
    assert orbat.tree(plan)[0].children[0].unit.id == "2"


@pytest.mark.parametrize(
    ("parent", "problem"),
    [
        ("nowhere", 'feature #2 (id "b"): properties.parent "nowhere" is not the id of a unit of the plan'),
        ("b", 'feature #2 (id "b"): properties.parent "b" is the unit itself'),
        ("line", 'feature #2 (id "b"): properties.parent "line" is not the id of a unit of the plan'),
    ],
)
def test_a_bad_parent_is_refused_naming_feature_and_field(parent: str, problem: str) -> None:
    with pytest.raises(PlanFileError) as e:
        parse_plan(_doc(_feature("a", "land.hq", "GB", 1), _feature("b", "land.combat", "GB", 1, parent=parent),
                        {"type": "Feature", "id": "line", "properties": {"kind": "contact_line"},
                         "geometry": {"type": "LineString", "coordinates": [[37, 50], [38, 48]]}}),
                   source="f.plan.geojson")  # fmt: skip
    assert str(e.value).startswith(f"f.plan.geojson: {problem}")


def test_a_cycle_of_command_is_refused() -> None:
    doc = _doc(
        _feature("root", "land.hq", "GB", 1),
        _feature("a", "land.hq", "GB", 1, parent="c"),
        _feature("b", "land.hq", "GB", 1, parent="a"),
        _feature("c", "land.hq", "GB", 1, parent="b"),
    )
    with pytest.raises(PlanFileError) as e:
        parse_plan(doc, source="f")
    msg = str(e.value)
    assert msg.startswith('f: feature #2 (id "a"): properties.parent "c" makes a cycle of command')
    assert '"a" → "c" → "b" → "a"' in msg
    assert "\n" not in msg


def test_a_package_may_name_a_parent_outside_itself_but_not_itself() -> None:
    pkg = {"nation": "PL", "from": "Option A", "made": "2026-12-01T10:00:00Z"}
    plan = parse_plan(_doc(_feature("pl-1", "land.combat", "PL", 10, parent="hq"), package=pkg))
    assert orbat.parent_of(plan.units[0]) == "hq"
    assert [n.unit.id for n in orbat.tree(plan)] == ["pl-1"]  # shown as a root until merged
    with pytest.raises(PlanFileError, match="is the unit itself"):
        parse_plan(_doc(_feature("pl-1", "land.combat", "PL", 10, parent="pl-1"), package=pkg))


def test_reparenting_refuses_the_unit_itself_and_its_subordinates() -> None:
    plan = parse_plan(FORCE)
    assert orbat.parent_of(orbat.reparented(plan, "ad", "fr-bde")) == "fr-bde"
    assert orbat.parent_of(orbat.reparented(plan, "fr-bg", None)) is None
    with pytest.raises(orbat.ReparentError, match="itself"):
        orbat.reparented(plan, "hq", "hq")
    with pytest.raises(orbat.ReparentError, match="which it commands"):
        orbat.reparented(plan, "hq", "fr-bg")


def test_deleting_a_commander_re_points_its_units_to_the_next_one_up(tmp_path: Path) -> None:
    plan = parse_plan(FORCE)
    moved = {u.id: orbat.parent_of(u) for u in orbat.repointed_after_removal(plan, ["fr-bde"])}
    assert moved == {"fr-bg": "hq"}
    moved = {u.id: orbat.parent_of(u) for u in orbat.repointed_after_removal(plan, ["hq", "fr-bde"])}
    assert moved == {"gb-bde": None, "fr-bg": None}
    with Library(tmp_path / "lib.sqlite") as lib:
        session = PlanSession(lib, lib.load_plan(lib.add_plan(plan)))
        after = session.apply(remove_units(["fr-bde"]))
        # the delete of the window re-points (desktop.ui.commands); the plan stays a valid file
        fixed = after
        for u in orbat.repointed_after_removal(plan, ["fr-bde"]):
            fixed = fixed.with_unit(u)
        parse_plan(plan_to_text(fixed))


def test_a_tree_of_an_unchecked_plan_loses_no_unit() -> None:
    units = tuple(
        Unit(i, "land.hq", "GB", Geometry.point(30, 50), strength=1, parent=p)
        for i, p in (("a", "b"), ("b", "a"), ("c", "zz"), ("d", None))
    )
    plan = Plan(units=units)
    ids = [n.unit.id for root in orbat.tree(plan) for _, n in root.walk()]
    assert sorted(ids) == ["a", "b", "c", "d"]


def test_plain_output_is_an_indented_tree() -> None:
    text = orbat.format_orbat(parse_plan(FORCE))
    lines = text.splitlines()
    assert lines[0] == "Option A: 5 units, 10,690 personnel (all phases)"
    assert lines[1] == "  GB hq [hq] GB land.hq: 400, total 10,600"
    assert lines[2] == "    GB gb-bde [gb-bde] GB land.combat: 5,000"
    assert lines[4] == "      FR fr-bg [fr-bg] FR land.combat: 1,200"
    assert lines[5] == "  DE ad [ad] DE air.defence: 90"


# -- the command -------------------------------------------------------------------------------


def test_orbat_command_reads_a_file_and_the_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "force.plan.geojson"
    f.write_text(json.dumps(FORCE), encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    assert run(["orbat", str(f), "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out) == orbat.orbat_json(parse_plan(FORCE))
    assert run(["import", str(f), "--db", str(db)]) == 0
    capsys.readouterr()
    assert run(["orbat", "Option A", "--db", str(db)]) == 0
    assert capsys.readouterr().out == orbat.format_orbat(parse_plan(FORCE)) + "\n"


def _main(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run([sys.executable, "main.py", *argv], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip


def test_the_program_prints_the_tree_without_qt_and_refuses_a_bad_parent(tmp_path: Path) -> None:
    good = tmp_path / "force.plan.geojson"
    good.write_text(json.dumps(FORCE), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", "import sys, main; rc = main.main(sys.argv[1:]); "
         "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; sys.exit(rc)",
         "orbat", str(good), "--json", "--db", str(tmp_path / "lib.sqlite")],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["roots"][0]["total_strength"] == 10600
    bad = tmp_path / "bad.plan.geojson"
    bad.write_text(json.dumps(_doc(_feature("a", "land.hq", "GB", 1, parent="a"))), encoding="utf-8")
    db = tmp_path / "lib2.sqlite"
    for argv in (["import", str(bad), "--db", str(db)], ["orbat", str(bad), "--db", str(db)]):
        done = _main(*argv)
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == (f'posture: {bad}: feature #1 (id "a"): properties.parent "a" is the unit itself '
                               "(a unit cannot command itself)\n")  # fmt: skip
    assert not db.exists() or Library(db).list_plans() == []
