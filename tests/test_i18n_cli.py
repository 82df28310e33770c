"""The command line in Ukrainian: help, usage errors and every one-line refusal of bad input.

Each case runs the real program (``main.py``) twice, in English and in Ukrainian, on the same bad
input, and asserts: the same exit status; one line on stderr; a Ukrainian sentence; what is named
(file, feature, field) still named, in its own spelling; and no English sentence of the catalogue
left in the Ukrainian line.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "example.plan.geojson"
CATALOGUE = ROOT / "desktop" / "i18n" / "posture_uk.ts"
CYRILLIC = re.compile("[а-яіїєґ]", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[rs]|%[rsn]")


def main(*argv: str, db: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv, "--db", str(db)],
        cwd=cwd, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


@cache
def english_fragments() -> frozenset[str]:
    """The English words of every catalogue message, between its placeholders (two words or more),
    that its translation does not keep as they are (a code such as "ISO 3166-1 alpha-2" stays)."""
    out = set()
    for msg in ET.parse(CATALOGUE).getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        forms = " ".join((tr.text or "") + " ".join(f.text or "" for f in tr.iter("numerusform")) for tr in [tr])
        for part in PLACEHOLDER.split(source):
            part = part.strip(" .,:;()\"'—-")
            if len(re.findall(r"[A-Za-z]{2,}", part)) >= 2 and part not in forms:
                out.add(part)
    return frozenset(out)


def english_left(line: str, names: tuple[str, ...]) -> list[str]:
    """English sentences in ``line`` once the names it must quote are taken out: fragments of the
    catalogue's sources, and any two English words in a row."""
    rest = line
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    found = [f for f in english_fragments() if f in rest]
    found += re.findall(r"\b[a-z]{2,} [a-z]{2,}\b", rest)
    return found


def assert_ukrainian_refusal(argv: tuple[str, ...], db: Path, names: tuple[str, ...], status: int = 2) -> str:
    """Run ``argv`` in English and in Ukrainian; both refuse with ``status`` and one line naming
    ``names``; the Ukrainian line is Ukrainian. Returns the Ukrainian line."""
    en = main(*argv, "--lang", "en", db=db)
    uk = main(*argv, "--lang", "uk", db=db)
    assert en.returncode == status, en.stderr
    assert uk.returncode == en.returncode, uk.stderr
    assert "Traceback" not in uk.stderr
    lines = uk.stderr.splitlines()
    assert len(lines) == 1, uk.stderr
    line = lines[0]
    assert line.startswith("posture: "), line
    assert CYRILLIC.search(line), f"no Ukrainian in {line!r} (English: {en.stderr!r})"
    assert not CYRILLIC.search(en.stderr), en.stderr
    for name in names:
        assert name in line, f"{name!r} not named in {line!r}"
        assert name in en.stderr, f"{name!r} not named in English {en.stderr!r}"
    left = english_left(line, names)
    assert not left, f"English left in {line!r}: {left}"
    return line


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite"


def _plan_file(tmp_path: Path, name: str, edit) -> Path:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    edit(doc)
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# -- help and usage -------------------------------------------------------------------------------


def test_help_is_ukrainian_with_lang_before_or_after_the_command(db: Path) -> None:
    for argv in (("--lang", "uk", "--help"), ("check", "--help", "--lang", "uk"), ("--lang=uk", "export", "-h")):
        r = main(*argv, db=db)
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith("використання: posture"), r.stdout[:200]
        assert "параметри:" in r.stdout
        assert "show this help message" not in r.stdout and "options:" not in r.stdout
        names = ("posture check", "posture export", "*.plan.geojson", "$POSTURE_DB", "posture.sqlite", "cli.md")
        left = english_left(r.stdout, names)
        assert not left, left
    en = main("--lang", "en", "--help", db=db)
    assert en.stdout.startswith("usage: posture") and not CYRILLIC.search(en.stdout)


def test_help_follows_a_ukrainian_locale(db: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "uk_UA.UTF-8", "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "plans", "--help", "--db", str(db)],
                       cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert r.returncode == 0 and r.stdout.startswith("використання:"), r.stdout[:200]


def test_usage_errors(db: Path) -> None:
    line = assert_ukrainian_refusal(("check",), db, ("check", "plan"))
    assert "обов'язкові аргументи" in line
    assert_ukrainian_refusal(("export", str(EXAMPLE), "--format", "docx", "-o", "x"), db, ("--format", "'docx'"))
    assert_ukrainian_refusal(("plans", "--frobnicate"), db, ("--frobnicate",))


def test_bad_release_to(db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out.geojson")
    line = assert_ukrainian_refusal(
        ("export", str(EXAMPLE), "--format", "geojson", "-o", out, "--release-to", "QQ"), db, ("--release-to", "'QQ'")
    )
    assert "ISO 3166-1 alpha-2" in line
    assert_ukrainian_refusal(("export", str(EXAMPLE), "--format", "geojson", "-o", out, "--release-to", ","),
                             db, ("--release-to",))  # fmt: skip
    assert not Path(out).exists()


# -- plan files -----------------------------------------------------------------------------------


def test_malformed_plan_file(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.plan.geojson"
    bad.write_text('{"type": "FeatureCollection", "posture": {"format": 1}, "features": [\n  {"type" "Feature"}]}')
    line = assert_ukrainian_refusal(("check", str(bad)), db, (str(bad),))
    assert "рядок 2" in line and "JSON" in line


def test_unknown_field_value_names_file_feature_and_field(db: Path, tmp_path: Path) -> None:
    def edit(doc):
        doc["features"][1]["properties"]["kind"] = "land.tank"

    path = _plan_file(tmp_path, "kind.plan.geojson", edit)
    line = assert_ukrainian_refusal(
        ("check", str(path)), db, (str(path), "properties.kind", '"land.tank"', '(id "u-2")')
    )
    assert "об'єкт №2" in line


@pytest.mark.parametrize(
    ("field", "value"),
    [("strength", "many"), ("strength", -5), ("nation", "XX"), ("phases", ["ceasefire", "later"]),
     ("sidc", "1003100000")],
)  # fmt: skip
def test_bad_unit_fields(db: Path, tmp_path: Path, field: str, value: object) -> None:
    def edit(doc):
        doc["features"][0]["properties"][field] = value

    path = _plan_file(tmp_path, f"{field}.plan.geojson", edit)
    assert_ukrainian_refusal(("check", str(path)), db, (str(path), f"properties.{field}"))


def test_missing_member_and_geometry(db: Path, tmp_path: Path) -> None:
    def no_nation(doc):
        del doc["features"][0]["properties"]["nation"]

    def bad_position(doc):
        doc["features"][0]["geometry"]["coordinates"] = [200, 48]

    def no_posture(doc):
        del doc["posture"]

    path = _plan_file(tmp_path, "nation.plan.geojson", no_nation)
    line = assert_ukrainian_refusal(("check", str(path)), db, (str(path), "properties.nation"))
    assert "немає поля properties.nation" in line
    path = _plan_file(tmp_path, "lon.plan.geojson", bad_position)
    assert_ukrainian_refusal(("check", str(path)), db, (str(path), "geometry.coordinates[0]", "200"))
    path = _plan_file(tmp_path, "posture.plan.geojson", no_posture)
    assert_ukrainian_refusal(("check", str(path)), db, (str(path), "posture"))


def test_the_english_messages_are_unchanged(db: Path, tmp_path: Path) -> None:
    def edit(doc):
        doc["features"][1]["properties"]["kind"] = "land.tank"

    path = _plan_file(tmp_path, "kind.plan.geojson", edit)
    r = main("check", str(path), "--lang", "en", db=db)
    assert r.stderr.startswith(f'posture: {path}: feature #2 (id "u-2"): properties.kind "land.tank" is not one of ')
    r = main("check", "--lang", "en", db=db)
    assert r.stderr == "posture: check: the following arguments are required: plan\n"


# -- the library, outputs, GIS files, packages --------------------------------------------------


def _library(tmp_path: Path) -> Path:
    db = tmp_path / "lib.sqlite"
    r = main("import", str(EXAMPLE), db=db)
    assert r.returncode == 0, r.stderr
    return db


def test_unknown_plan(tmp_path: Path) -> None:
    db = _library(tmp_path)
    line = assert_ukrainian_refusal(("check", "Option Z"), db, (str(db), '"Option Z"', "`posture plans`"))
    assert "немає плану" in line
    assert_ukrainian_refusal(("orbat", "99"), db, (str(db), '"99"', "`posture plans`"))


def test_tampered_library_is_refused_and_unchanged(tmp_path: Path) -> None:
    db = _library(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER planted AFTER INSERT ON units BEGIN SELECT 1; END")
    conn.close()
    before = db.read_bytes()
    line = assert_ukrainian_refusal(("plans",), db, (str(db), "planted", "units"))
    assert "тригер planted" in line
    assert db.read_bytes() == before
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"not a database at all, just text" * 10)
    assert_ukrainian_refusal(("plans",), other, (str(other), "SQLite"))


def test_an_output_that_is_an_input_or_the_library(tmp_path: Path) -> None:
    db = _library(tmp_path)
    plan = tmp_path / "a.plan.geojson"
    shutil.copy(EXAMPLE, plan)
    before = plan.read_bytes()
    line = assert_ukrainian_refusal(("export", str(plan), "--format", "geojson", "-o", str(plan)), db, (str(plan),))
    assert "вхідний файл" in line and plan.read_bytes() == before
    line = assert_ukrainian_refusal(("export", "1", "--format", "csv", "-o", str(db)), db, (str(db),))
    assert "бібліотека планів" in line
    missing = tmp_path / "nowhere" / "out.csv"
    assert_ukrainian_refusal(("export", "1", "--format", "csv", "-o", str(missing)), db,
                             (str(missing), str(missing.parent)))  # fmt: skip


def test_gis_import_names_the_row_and_the_attribute(tmp_path: Path, db: Path) -> None:
    csv = tmp_path / "units.csv"
    csv.write_text("name,kind,nation,strength,lat,lon\nBde,land.combat,GB,many,48.5,35.0\n", encoding="utf-8")
    line = assert_ukrainian_refusal(("import", str(csv)), db, (str(csv), "strength", '"many"'))
    assert "рядок 2" in line
    csv.write_text("name,kind,strength,lat,lon\nBde,land.combat,500,48.5,35.0\n", encoding="utf-8")
    assert_ukrainian_refusal(("import", str(csv)), db, (str(csv), "nation", "--nation XX"))
    assert not db.exists()


def test_merge_conflict(tmp_path: Path) -> None:
    db = _library(tmp_path)
    line = assert_ukrainian_refusal(("merge", "1", str(EXAMPLE)), db, (str(EXAMPLE), "posture.package"))
    assert "об'єднання відхилено" in line


def test_text_outputs_are_ukrainian_and_english_is_unchanged(tmp_path: Path) -> None:
    db = _library(tmp_path)
    names = ("Ceasefire posture, option B", "UK armoured brigade", "SAMP/T battery", "Black Sea patrol",
             "land.combat", "air.defence", "sea.patrol", "ECFR", "MFU", "UTC")  # fmt: skip
    for argv in (("plans",), ("orbat", "1"), ("compare", "1", str(EXAMPLE)), ("package", "1", "--nation", "GB",
                 "-o", str(tmp_path / "gb.plan.geojson"))):  # fmt: skip
        uk = main(*argv, "--lang", "uk", db=db)
        en = main(*argv, "--lang", "en", db=db)
        assert uk.returncode == en.returncode == 0, uk.stderr
        assert CYRILLIC.search(uk.stdout) and not CYRILLIC.search(en.stdout), uk.stdout
        left = english_left(uk.stdout, (*names, str(tmp_path / "gb.plan.geojson")))
        assert not left, f"{argv}: English left: {left}\n{uk.stdout}"
    en = main("orbat", "1", "--lang", "en", db=db).stdout.splitlines()
    assert en[0] == "Ceasefire posture, option B: 3 units, 5,520 personnel (all phases)"
    assert main("orbat", "1", "--lang", "uk", db=db).stdout.splitlines()[0] == (
        "Ceasefire posture, option B: 3 підрозділи, особового складу 5\u202f520 (усі фази)"
    )
    en = main("compare", "1", str(EXAMPLE), "--lang", "en", db=db).stdout
    assert en.startswith("Comparison of 2 plans · ceasefire phase · profile each plan's own\n")
    assert "No difference." in en and "* best value of the row" in en


def test_base_map_refusals_and_log_lines_in_ukrainian(tmp_path: Path) -> None:
    import logging

    from desktop import clihelp, i18n, tileset

    bad = tmp_path / "map.mbtiles"
    bad.write_text("not tiles", encoding="utf-8")
    try:
        i18n.set_language("uk")
        with pytest.raises(tileset.TileSetError) as e:
            tileset.open_tileset(bad)
        record = logging.LogRecord("posture", logging.WARNING, __file__, 1, "щось", None, None)
        line = clihelp._OneLine("%(message)s").format(record)
    finally:
        i18n.set_language("en")
    assert str(bad) in str(e.value) and CYRILLIC.search(str(e.value)), e.value
    assert not english_left(str(e.value), (str(bad), "MBTiles", "GeoPackage", "SQLite"))
    assert line == "posture: попередження: щось"
    with pytest.raises(tileset.TileSetError, match="not a tile file"):
        tileset.open_tileset(bad)
