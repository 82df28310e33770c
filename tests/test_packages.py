"""National packages and merge (issue 16), through the real command line and a real SQLite library:
split into packages and merged back gives the plan; a package that touches another nation's unit
is refused whole; the second merge is a no-op; every conflict of cli.md's ``merge``."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from db import Library
from desktop import orbat
from desktop.cli import run
from desktop.model import Contribution, Geometry, Plan, Unit
from desktop.packages import (
    make_package,
    merge_packages,
    package_info,
    provenance_of,
)
from desktop.planfile import PlanFileError, plan_to_geojson, read_plan_file, write_plan_file
from desktop.sample import sample_plan

ROOT = Path(__file__).resolve().parents[1]
NATIONS = ("GB", "FR", "DE")


def three_nation_plan() -> Plan:
    """The sample's GB, FR and DE units and pledges (FR's brigade under GB's HQ), with
    releasability and unknown properties to carry."""
    s = sample_plan()
    units = [u for u in s.units if u.nation in NATIONS]
    units = [replace(u, extra={**u.extra, "x-note": f"kept {u.id}"}) if u.nation == "DE" else u for u in units]
    contributions = (
        *(c for c in s.contributions if c.nation in NATIONS),
        Contribution("FR", "equipment", None, "CAESAR"),
    )
    return replace(s, name="Coalition plan", units=tuple(units), contributions=contributions)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _fields(u: Unit) -> dict[str, Any]:
    """A unit as the plan file states it, provenance aside."""
    feature = plan_to_geojson(Plan(units=(u,)))["features"][0]
    feature["properties"].pop("package", None)
    return feature


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.add_plan(three_nation_plan())
        lib.add_plan(Plan(name="Empty"))
    return path


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(path.parent.glob(path.name + "*")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def _packages(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> list[Path]:
    files = []
    for n in NATIONS:
        out = tmp_path / f"{n}.plan.geojson"
        status, text, err = _cli(
            capsys, "package", "Coalition plan", "--nation", n.lower(), "-o", str(out), "--db", str(db)
        )
        assert status == 0, err
        assert str(out) in text and f"{n} package" in text
        files.append(out)
    return files


def test_split_into_three_packages_and_merged_into_an_empty_plan_gives_the_plan(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    files = _packages(capsys, db, tmp_path)
    for f, n in zip(files, NATIONS, strict=True):
        package = read_plan_file(f)  # an ordinary, valid plan file
        info = package_info(package)
        assert info is not None and (info.nation, info.source) == (n, "Coalition plan")
        assert info.made.endswith("Z") and {u.nation for u in package.units} == {n}
        assert {c.nation for c in package.contributions} <= {n}
    status, out, err = _cli(capsys, "merge", "Empty", *map(str, files), "--json", "--db", str(db))
    assert status == 0, err
    report = json.loads(out)
    original = three_nation_plan()
    assert sorted(report["added"]) == sorted(u.id for u in original.units)
    assert report["updated"] == [] and report["conflicts"] == []
    with Library(db, read_only=True) as lib:
        merged = lib.load_plan(lib.find_plan("Empty"))
    assert {u.id: _fields(u) for u in merged.units} == {u.id: _fields(u) for u in original.units}
    assert {orbat.parent_of(merged.unit("fr-bde"))} == {"gb-hq"}  # resolved against the GB package
    for u in merged.units:
        made = package_info(read_plan_file(files[NATIONS.index(u.nation)]))
        assert made is not None and provenance_of(u) == {"nation": u.nation, "made": made.made}
    strip = [replace(c, extra={}) for c in merged.contributions]
    assert sorted(strip, key=repr) == sorted(original.contributions, key=repr)
    assert [(g.kind, g.geometry) for g in merged.geometries] == [(g.kind, g.geometry) for g in original.geometries]


def test_the_second_merge_of_the_same_package_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    files = _packages(capsys, db, tmp_path)
    assert _cli(capsys, "merge", "Empty", *map(str, files), "--db", str(db))[0] == 0
    with Library(db, read_only=True) as lib:
        first = lib.load_plan(lib.find_plan("Empty"))
        modified = {r.name: r.modified for r in lib.list_plans()}
    status, out, _ = _cli(capsys, "merge", "Empty", *map(str, files), "--json", "--db", str(db))
    report = json.loads(out)
    assert status == 0 and report["added"] == report["updated"] == []
    assert report["unchanged"] == len(first.units)
    assert set(report["contributions"].values()) == {"unchanged"}
    with Library(db, read_only=True) as lib:
        assert lib.load_plan(lib.find_plan("Empty")) == first
        assert {r.name: r.modified for r in lib.list_plans()} == modified
    assert "nothing to merge" in _cli(capsys, "merge", "Empty", str(files[0]), "--db", str(db))[1]


def test_a_package_that_edits_another_nations_unit_is_refused_whole(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    files = _packages(capsys, db, tmp_path)
    assert _cli(capsys, "merge", "Coalition plan", str(files[0]), "--db", str(db))[0] == 0
    fr = read_plan_file(files[1])
    gb_hq = read_plan_file(files[0]).unit("gb-hq")
    # FR's planners move GB's HQ (as an FR unit with GB's id), and also change their own brigade.
    tampered = replace(
        fr,
        units=(
            *(replace(u, strength=u.strength + 1) for u in fr.units),
            replace(gb_hq, nation="FR", geometry=Geometry.point(30.0, 50.0)),
        ),
    )
    bad = tmp_path / "fr-tampered.plan.geojson"
    write_plan_file(tampered, bad)
    before = _digest(db)
    status, out, err = _cli(capsys, "merge", "Coalition plan", str(bad), "--db", str(db))
    assert status == 2 and out == ""
    assert "gb-hq" in err and "GB's" in err and "Traceback" not in err
    assert _digest(db) == before  # nothing merged, not even FR's own edits
    assert len(err.strip().splitlines()) == 1
    status, out, err = _cli(capsys, "merge", "Coalition plan", str(bad), "--json", "--db", str(db))
    report = json.loads(out)
    assert status == 2 and [c["feature"] for c in report["conflicts"]] == ["gb-hq"]
    assert len(err.strip().splitlines()) == 1 and "gb-hq" in err  # the one line beside the JSON report
    assert report["conflicts"][0]["file"] == str(bad) and _digest(db) == before


def test_changed_units_of_the_own_nation_are_updated_with_provenance(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    files = _packages(capsys, db, tmp_path)
    de = read_plan_file(files[2])
    moved = replace(de.units[0], geometry=Geometry.point(31.1, 50.1), strength=111)
    new = Unit("de-new", "land.logistics", "DE", Geometry.point(26.0, 50.5), "DE hub", 300, parent="gb-hq")
    pledge = Contribution("DE", "funding", 3e9, "more")
    changed = replace(de, units=(moved, *de.units[1:], new), contributions=(pledge,))
    f = tmp_path / "de2.plan.geojson"
    write_plan_file(changed, f)
    status, out, _ = _cli(capsys, "merge", "Coalition plan", str(f), "--dry-run", "--json", "--db", str(db))
    assert status == 0 and json.loads(out)["updated"] == [moved.id] and json.loads(out)["added"] == ["de-new"]
    with Library(db, read_only=True) as lib:
        assert lib.load_plan(1) == lib.load_plan(1) and lib.load_plan(1).unit(moved.id).strength != 111  # dry run
    status, out, _ = _cli(capsys, "merge", "Coalition plan", str(f), "--db", str(db))
    assert status == 0 and "1 unit added; 1 updated" in out and "contributions of DE updated" in out
    with Library(db, read_only=True) as lib:
        plan = lib.load_plan(1)
    assert plan.unit(moved.id).strength == 111 and plan.unit(moved.id).position == (31.1, 50.1)
    assert provenance_of(plan.unit(moved.id)) == provenance_of(plan.unit("de-new")) is not None
    assert provenance_of(plan.unit("gb-hq")) is None  # not merged: no provenance
    assert [c.amount_eur for c in plan.contributions if c.nation == "DE"] == [3e9]
    assert [c.nation for c in plan.contributions if c.nation != "DE"] == ["FR"]


def _package(nation: str, *units: Unit, contributions: tuple[Contribution, ...] = ()) -> Plan:
    return make_package(Plan(name="HQ", units=units, contributions=contributions), nation)


def _u(uid: str, nation: str, **kw: Any) -> Unit:
    return Unit(uid, "land.combat", nation, Geometry.point(31.0, 49.0), uid, 100, **kw)


def test_every_conflict_is_listed_and_nothing_is_merged() -> None:
    target = Plan(name="HQ", units=(_u("gb-1", "GB"),), geometries=())
    ru = _package("RU", _u("ru-1", "RU"))
    wrong = replace(_package("PL", _u("pl-1", "PL")), units=(_u("pl-1", "PL"), _u("cz-1", "CZ")))
    orphan = _package("FR", _u("fr-1", "FR", parent="nowhere"))
    stolen = _package("DE", _u("gb-1", "DE"))
    twice = _package("PL", _u("pl-9", "PL"))
    other_pledge = replace(_package("IT"), contributions=(Contribution("US", "isr"),))
    result = merge_packages(
        target,
        [("ru", ru), ("pl", wrong), ("fr", orphan), ("de", stolen), ("pl2", twice), ("it", other_pledge),
         ("plain", Plan(name="not a package"))],
    )  # fmt: skip
    reasons = {(c.file, c.feature): c.reason for c in result.conflicts}
    assert "excluded by doctrine" in reasons[("ru", "posture.package")]
    assert "unit of CZ" in reasons[("pl", "cz-1")]
    assert "neither the plan nor the packages" in reasons[("fr", "fr-1")]
    assert "GB's" in reasons[("de", "gb-1")]
    assert "second PL package" in reasons[("pl2", "posture.package")]
    assert "contribution of US" in reasons[("it", "contributions[0]")]
    assert "not a national package" in reasons[("plain", "posture")]
    assert result.plan == target and not result.added


def test_a_parent_in_another_package_resolves_and_a_cycle_is_a_conflict() -> None:
    target = Plan(name="HQ")
    a = _package("GB", _u("gb-hq", "GB", parent="fr-1"))
    b = _package("FR", _u("fr-1", "FR", parent="gb-hq"))
    cyc = merge_packages(target, [("a", a), ("b", b)])
    assert [c.feature for c in cyc.conflicts] and "cycle" in cyc.conflicts[0].reason
    ok = merge_packages(target, [("a", _package("GB", _u("gb-hq", "GB"))), ("b", b)])
    assert ok.conflicts == () and orbat.parent_of(ok.plan.unit("fr-1")) == "gb-hq"


def test_packages_and_released_files_are_ordinary_plan_files(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    files = _packages(capsys, db, tmp_path)
    rel = tmp_path / "rel.plan.geojson"
    assert _cli(capsys, "export", "Coalition plan", "--format", "geojson", "-o", str(rel), "--release-to", "PL",
                "--release", "--db", str(db))[0] == 0  # fmt: skip
    for f in (*files, rel):
        status, out, err = _cli(capsys, "check", str(f), "--json")
        assert status in (0, 1) and json.loads(out)["findings"] is not None, err
        assert _cli(capsys, "import", str(f), "--db", str(db))[0] == 0
    status, out, err = _cli(capsys, "compare", *map(str, files), str(rel), "--json")
    assert status == 0 and len(json.loads(out)["plans"]) == 4, err
    if shutil.which("ogrinfo"):
        r = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(files[0])], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and "Feature Count: 7" in r.stdout, r.stdout + r.stderr


def test_package_and_merge_refuse_bad_input_in_one_line(tmp_path: Path, db: Path) -> None:
    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *argv, "--db", str(db)],
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    out = tmp_path / "x.plan.geojson"
    for argv in (["package", "Coalition plan", "--nation", "XX", "-o", str(out)],
                 ["merge", "Empty", str(tmp_path / "missing.plan.geojson")],
                 ["merge", "No such plan", str(ROOT / "tests/data/example.plan.geojson")]):  # fmt: skip
        r = cli(*argv)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr
    assert not out.exists()
    r = cli("merge", "Empty", str(ROOT / "tests/data/example.plan.geojson"))
    assert r.returncode == 2 and "not a national package" in r.stderr


def test_package_and_merge_run_without_qt(tmp_path: Path, db: Path) -> None:
    pkg = tmp_path / "gb.plan.geojson"
    code = (
        "import sys; from desktop.cli import run\n"
        f"assert run(['package', 'Coalition plan', '--nation', 'GB', '-o', {str(pkg)!r}, '--db', {str(db)!r}]) == 0\n"
        f"assert run(['merge', 'Empty', {str(pkg)!r}, '--db', {str(db)!r}]) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        ("unit", {"releasable_to": ["PL", "XX"]}, "properties.releasable_to"),
        ("unit", {"releasable_to": "PL"}, "properties.releasable_to"),
        ("unit", {"package": {"nation": "ZZ"}}, "properties.package"),
        ("unit", {"package": {"nation": "PL", "made": "yesterday"}}, "properties.package"),
        ("contribution", {"releasable_to": [1]}, "contributions[0].releasable_to"),
        ("posture", {"releasable_to": ["ALL", "pl"]}, "posture.releasable_to"),
        ("posture", {"package": {"from": "x"}}, "posture.package"),
    ],
)  # fmt: skip
def test_bad_releasability_or_provenance_is_refused_naming_the_field(
    tmp_path: Path, where: str, value: dict[str, Any], field: str
) -> None:
    doc = plan_to_geojson(make_package(three_nation_plan(), "DE"))
    if where == "unit":
        doc["features"][0]["properties"].update(value)
    elif where == "contribution":
        doc["posture"]["contributions"][0].update(value)
    else:
        doc["posture"].update(value)
    path = tmp_path / "bad.plan.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(PlanFileError) as e:
        read_plan_file(path)
    assert field in str(e.value) and "\n" not in str(e.value)


def test_releasability_and_provenance_round_trip_through_file_and_library(tmp_path: Path) -> None:
    plan = three_nation_plan()
    u = replace(plan.units[0], releasable_to=("PL", "FR"), package={"nation": "GB", "made": "2026-12-01T10:00:00Z"})
    plan = replace(plan, units=(u, *plan.units[1:]))
    path = tmp_path / "p.plan.geojson"
    write_plan_file(plan, path)
    props = json.loads(path.read_text(encoding="utf-8"))["features"][0]["properties"]
    assert props["releasable_to"] == ["PL", "FR"] and props["package"]["nation"] == "GB"
    back = read_plan_file(path)
    assert back.units[0].releasable_to == ("PL", "FR") and provenance_of(back.units[0]) == u.package
    with Library(tmp_path / "lib.sqlite") as lib:
        stored = lib.load_plan(lib.add_plan(back))
    assert stored.units[0].releasable_to == ("PL", "FR") and stored.units[0].package == u.package
