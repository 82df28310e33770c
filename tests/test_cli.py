"""The batch commands `plans`, `import` and `export` (docs/cli.md), in process and as a program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from db import Library
from desktop.cli import run
from desktop.planfile import parse_plan, plan_to_geojson

DATA = Path(__file__).resolve().parent / "data"
BAD = DATA / "bad"
BAD_CASES: dict[str, list[str]] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
REPO = Path(__file__).resolve().parent.parent

FileState = Callable[[Path], dict[str, str]]


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _one_clear_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("posture: ")
    return err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "posture.sqlite"


@pytest.fixture
def imported(db: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A library holding the example plan (id 1) and the full plan (id 2)."""
    for name in ("example", "full"):
        status, _, err = _cli(capsys, "import", str(DATA / f"{name}.plan.geojson"), "--db", str(db))
        assert status == 0, err
    return db


# -- plans, import, export -------------------------------------------------------------------------


def test_plans_on_a_new_library(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(capsys, "plans", "--db", str(db)) == (0, "The library is empty.\n", "")
    assert db.is_file()


def test_import_prints_id_and_name(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _cli(capsys, "import", str(DATA / "example.plan.geojson"), "--db", str(db))
    assert (status, out, err) == (0, "1\tCeasefire posture, option B\n", "")


def test_plans_lists_the_library(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _cli(capsys, "plans", "--db", str(imported))
    lines = out.splitlines()
    assert status == 0 and lines[0].split() == ["id", "name", "units", "troops", "last", "change"]
    assert lines[1].split()[:2] == ["1", "Ceasefire"] and lines[1].split()[-3:-1] == ["3", "5520"]
    assert lines[2].split()[0] == "2"


@pytest.mark.parametrize("ref", ["2", "Full round-trip fixture — every field"])
def test_import_then_export_gives_back_every_field(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], ref: str
) -> None:
    out = tmp_path / "out.plan.geojson"
    status, stdout, err = _cli(capsys, "export", ref, "--format", "geojson", "-o", str(out),
                               "--db", str(imported))  # fmt: skip
    assert (status, stdout, err) == (0, "", "")
    original = json.loads((DATA / "full.plan.geojson").read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == with_codes(original)


def test_export_of_the_spec_example_gives_it_back_exactly(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.plan.geojson"
    assert _cli(capsys, "export", "1", "--format", "geojson", "-o", str(out),
                "--db", str(imported))[0] == 0  # fmt: skip
    original: dict[str, Any] = json.loads((DATA / "example.plan.geojson").read_text())
    assert _typed(json.loads(out.read_text())) == _typed(with_codes(original))  # "roles": [] included


# -- the exact round trip: import -> library -> export gives the file back ---------------------------


def _typed(value: Any) -> Any:
    """``value`` with every number and literal tagged by its JSON type (``100`` is not ``100.0``)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _as_numbers(coordinates: Any) -> Any:
    """Coordinates as floats: ``[30, 50]`` and ``[30.0, 50.0]`` are the same position."""
    if isinstance(coordinates, list):
        return [_as_numbers(c) for c in coordinates]
    return float(coordinates)


def _feature_key(feature: dict[str, Any]) -> str:
    return json.dumps(feature["id"])  # 7 and "7" differ


def with_codes(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` as export writes it: every unit with a ``sidc`` (plan-format.md), derived from its
    kind and strength when it had none; everything else as it was."""
    from desktop import catalogue, sidc

    out = json.loads(json.dumps(doc))
    for f in out["features"]:
        props = f["properties"]
        if "." in str(props.get("kind")) and not props.get("sidc"):
            strength = props.get("strength") if isinstance(props.get("strength"), int) else 0
            props["sidc"] = sidc.with_strength_echelon(catalogue.default_sidc(props["kind"]), strength)
    return out


def assert_same_plan_file(original: dict[str, Any], exported: dict[str, Any]) -> None:
    """Every feature's id (same JSON type), geometry (same numbers) and properties (same keys,
    values and JSON types), and every ``posture`` member, are the same in both files.

    The one allowed difference: units come before plan geometries (each kind in file order).
    """
    assert exported["type"] == "FeatureCollection"
    assert _typed(exported["posture"]) == _typed(original["posture"])
    assert set(exported) == {"type", "posture", "features"}
    ours = {_feature_key(f): f for f in exported["features"]}
    theirs = {_feature_key(f): f for f in original["features"]}
    assert len(ours) == len(exported["features"]) and set(ours) == set(theirs)
    assert list(ours) == [
        *(k for k, f in theirs.items() if f["properties"]["kind"] not in ("contact_line", "occupied_area")),
        *(k for k, f in theirs.items() if f["properties"]["kind"] in ("contact_line", "occupied_area")),
    ]
    for key, feature in theirs.items():
        out = ours[key]
        assert set(out) == {"type", "id", "geometry", "properties"} and out["type"] == "Feature"
        assert _typed(out["id"]) == _typed(feature["id"]), key
        assert out["geometry"]["type"] == feature["geometry"]["type"], key
        assert _as_numbers(out["geometry"]["coordinates"]) == _as_numbers(feature["geometry"]["coordinates"]), key
        assert _typed(out["properties"]) == _typed(feature["properties"]), key


ROUND_TRIP_FILES = sorted(p.name for p in (DATA / "roundtrip").glob("*.plan.geojson"))


@pytest.mark.parametrize("name", ["example.plan.geojson", "full.plan.geojson", *ROUND_TRIP_FILES])
def test_import_then_export_gives_the_file_back_exactly(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    source = DATA / name if (DATA / name).is_file() else DATA / "roundtrip" / name
    assert run(["import", str(source), "--db", str(db)]) == 0
    plan_id = capsys.readouterr().out.split("\t")[0]
    out = tmp_path / "out.plan.geojson"
    assert run(["export", plan_id, "--format", "geojson", "-o", str(out), "--db", str(db)]) == 0
    original = json.loads(source.read_text(encoding="utf-8"))
    assert_same_plan_file(with_codes(original), json.loads(out.read_text(encoding="utf-8")))
    # ... and again: the exported file is a fixed point.
    assert run(["import", str(out), "--db", str(db)]) == 0
    again_id = capsys.readouterr().out.split("\t")[0]
    again = tmp_path / "again.plan.geojson"
    assert run(["export", again_id, "--format", "geojson", "-o", str(again), "--db", str(db)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_the_round_trip_files_cover_the_tricky_cases() -> None:
    texts = {name: (DATA / "roundtrip" / name).read_text(encoding="utf-8") for name in ROUND_TRIP_FILES}
    assert '"id": 1,' in texts["int-ids.plan.geojson"] and '"roles": []' in texts["empty-members.plan.geojson"]
    assert '"range_km": 100.0' in texts["numbers.plan.geojson"] and '"range_km": 100}' in texts["numbers.plan.geojson"]
    assert json.loads(texts["format-only.plan.geojson"])["posture"] == {"format": 1}
    assert '"note": ""' in texts["empty-notes.plan.geojson"] and '"sidc": null' in texts["nulls.plan.geojson"]


def test_strict_comparison_sees_the_old_losses() -> None:
    """The comparison of the round-trip tests catches what the lossy exporter used to do."""
    original = json.loads((DATA / "roundtrip" / "int-ids.plan.geojson").read_text(encoding="utf-8"))
    exact = plan_to_geojson(parse_plan(original))
    assert_same_plan_file(original, exact)
    for lossy in (
        lambda d: d["features"][0].update(id="1"),  # integer id written as a string
        lambda d: d["features"][1]["properties"].update(strength=0),  # a default written
        lambda d: d["features"][1]["properties"].update(range_km=100.0),  # int became float
        lambda d: d["features"][2]["geometry"].update(coordinates=[30.7, 46.6]),  # moved
        lambda d: d["posture"].update(mandate="deterrence"),  # a posture default written
    ):
        exported = json.loads(json.dumps(exact))
        lossy(exported)
        with pytest.raises(AssertionError):
            assert_same_plan_file(original, exported)


def test_export_reads_a_plan_file_without_a_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], file_state: FileState
) -> None:
    out = tmp_path / "copy.plan.geojson"
    db = tmp_path / "none.sqlite"
    status, _, err = _cli(capsys, "export", str(DATA / "full.plan.geojson"), "--format", "geojson",
                          "-o", str(out), "--db", str(db))  # fmt: skip
    assert status == 0, err
    assert json.loads(out.read_text()) == with_codes(json.loads((DATA / "full.plan.geojson").read_text()))
    assert not db.exists()


def test_export_overwrites_atomically(imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.plan.geojson"
    out.write_text("old")
    assert _cli(capsys, "export", "1", "--format", "geojson", "-o", str(out),
                "--db", str(imported))[0] == 0  # fmt: skip
    assert json.loads(out.read_text())["posture"]["name"] == "Ceasefire posture, option B"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib", "out.plan.geojson"]


# -- bad input: exit 2, one clear line, nothing changed --------------------------------------------


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_importing_a_bad_file_changes_nothing(
    imported: Path, capsys: pytest.CaptureFixture[str], file_state: FileState, case: str
) -> None:
    path = BAD / f"{case}.plan.geojson"
    before = file_state(imported)
    status, out, err = _cli(capsys, "import", str(path), "--db", str(imported))
    assert status == 2 and out == ""
    line = _one_clear_line(err)
    assert str(path) in line
    for fragment in BAD_CASES[case]:
        assert fragment in line
    assert file_state(imported) == before


@pytest.mark.parametrize("case", ["nation-xx", "nan-coordinate", "geometry-polygon-for-combat"])
def test_exporting_a_bad_file_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    out = tmp_path / "out.plan.geojson"
    status, _, err = _cli(capsys, "export", str(BAD / f"{case}.plan.geojson"),
                          "--format", "geojson", "-o", str(out))  # fmt: skip
    assert status == 2
    assert BAD_CASES[case][0] in _one_clear_line(err)
    assert not out.exists()


def test_export_of_an_unknown_plan(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], file_state: FileState
) -> None:
    before = file_state(imported)
    status, _, err = _cli(capsys, "export", "Option Z", "--format", "geojson",
                          "-o", str(tmp_path / "o.geojson"), "--db", str(imported))  # fmt: skip
    assert status == 2
    assert 'no plan "Option Z"' in _one_clear_line(err) and str(imported) in err
    assert file_state(imported) == before
    assert not (tmp_path / "o.geojson").exists()


def test_export_from_a_missing_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "missing.sqlite"
    status, _, err = _cli(capsys, "export", "1", "--format", "geojson", "-o",
                          str(tmp_path / "o.geojson"), "--db", str(db))  # fmt: skip
    assert status == 2 and "no plan library here" in _one_clear_line(err)
    assert not db.exists()


@pytest.mark.parametrize("fmt", ["kml", "csv", "html"])
def test_every_format_is_written_through_the_cli(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    status, _, err = _cli(capsys, "export", "1", "--format", fmt, "-o", str(out),
                          "--db", str(imported))  # fmt: skip
    assert status == 0, err
    assert out.stat().st_size > 0


def test_release_geojson_hides_names_and_positions(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.plan.geojson"
    status, _, err = _cli(capsys, "export", "1", "--format", "geojson", "--release",
                          "-o", str(out), "--db", str(imported))  # fmt: skip
    assert status == 0, err
    with Library(imported) as lib:
        plan = lib.load_plan(1)
    text = out.read_text(encoding="utf-8")
    for u in plan.units:
        assert not u.name or u.name not in text
        lon, lat = u.position
        assert f"{lon:.4f}" not in text and f"{lat:.4f}" not in text


def test_export_into_a_missing_folder(imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no" / "such" / "out.plan.geojson"
    status, _, err = _cli(capsys, "export", "1", "--format", "geojson", "-o", str(out),
                          "--db", str(imported))  # fmt: skip
    assert status == 2 and "cannot write" in _one_clear_line(err) and str(out) in err


def test_import_into_a_file_that_is_not_a_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], file_state: FileState
) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("my notes, not a database\n" * 10)
    before = file_state(db)
    status, _, err = _cli(capsys, "import", str(DATA / "example.plan.geojson"), "--db", str(db))
    assert status == 2 and "not a Posture plan library" in _one_clear_line(err)
    assert file_state(db) == before


def test_import_of_a_missing_file(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _cli(capsys, "import", "nowhere.plan.geojson", "--db", str(db))
    assert status == 2 and "nowhere.plan.geojson: cannot read" in _one_clear_line(err)
    assert not db.exists()


def test_library_path_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("POSTURE_DB", str(db))
    assert _cli(capsys, "import", str(DATA / "example.plan.geojson"))[0] == 0
    assert db.is_file()


# -- as a program: python main.py … -----------------------------------------------------------------


def _main(*argv: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSTURE_DB": str(db)}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *argv], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_program_imports_lists_and_exports(tmp_path: Path) -> None:
    db = tmp_path / "posture.sqlite"
    done = _main("import", str(DATA / "full.plan.geojson"), db=db)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "1\tFull round-trip fixture — every field\n", ""
    )  # fmt: skip
    done = _main("plans", db=db)
    assert done.returncode == 0 and "Full round-trip fixture" in done.stdout
    out = tmp_path / "out.plan.geojson"
    done = _main("export", "1", "--format", "geojson", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text()) == with_codes(json.loads((DATA / "full.plan.geojson").read_text()))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.plan.geojson", "posture.sqlite"]


def test_the_program_rejects_a_bad_file_in_one_line(tmp_path: Path, file_state: FileState) -> None:
    db = tmp_path / "posture.sqlite"
    assert _main("import", str(DATA / "example.plan.geojson"), db=db).returncode == 0
    before = file_state(db)
    done = _main("import", str(BAD / "nation-xx.plan.geojson"), db=db)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        f'posture: {BAD / "nation-xx.plan.geojson"}: feature #3 (id "u-3"): '
        'properties.nation "XX" is not an ISO 3166-1 alpha-2 code\n'
    )
    assert file_state(db) == before


def test_the_program_reports_a_usage_error_in_one_line(tmp_path: Path) -> None:
    done = _main("export", "1", "--format", "pdf", "-o", "x", db=tmp_path / "p.sqlite")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
