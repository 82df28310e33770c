"""GIS files in (``import FILE``, desktop/gisimport.py): real files made by GDAL's own tools
(ogr2ogr from our GeoJSON into KML, GeoPackage and shapefile), our own GeoPackage/KML/KMZ
exports, and hand-written CSVs (lat/lon, MGRS), read back into the same units; what cannot be
mapped refuses the file whole, naming the feature and the field."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import mgrs
import pytest

from db import Library
from desktop import symbols
from desktop.cli import run
from desktop.export import export_plan, with_symbol_codes
from desktop.gisimport import GisImportError, kind_of_sidc, read_gis_file, read_import_file
from desktop.model import Plan, Unit
from desktop.planfile import plan_to_geojson, read_plan_file, write_plan_file
from desktop.sample import sample_plan

DATA = Path(__file__).resolve().parent / "data"
FIELDS = ("kind", "nation", "name", "strength", "phases", "roles", "system", "range_km", "aircraft",
          "generation", "count", "ships")  # fmt: skip

needs_ogr2ogr = pytest.mark.skipif(shutil.which("ogr2ogr") is None, reason="GDAL's ogr2ogr (apt gdal-bin)")


def _fields(u: Unit) -> dict[str, Any]:
    return {k: getattr(u, k) for k in FIELDS}


def _position(u: Unit) -> tuple[float, ...]:
    return tuple(round(c, 9) for c in u.geometry.anchor[:2])


def assert_same_units(got: Plan, want: Plan, *, sidc_drawn: bool = False, extra: bool = True,
                      only: set[str] | None = None) -> None:  # fmt: skip
    """Every unit of ``want`` (or those in ``only``) is in ``got`` with the same fields and
    geometry; ``sidc_drawn``: the file carried the drawn code (our KML), not the stored one."""
    wanted = [u for u in want.units if only is None or u.id in only]
    by_id = {u.id: u for u in got.units}
    assert sorted(by_id) == sorted(u.id for u in wanted)
    for w in wanted:
        g = by_id[w.id]
        assert _fields(g) == _fields(w), w.id
        assert g.sidc == (symbols.sidc_of(w) if sidc_drawn else w.sidc), w.id
        if w.geometry.type == "Point" or not sidc_drawn:
            assert g.geometry.type == w.geometry.type
            flat = [tuple(round(c, 9) for c in p[:2]) for p in g.geometry.positions()]
            assert flat == [tuple(round(c, 9) for c in p[:2]) for p in w.geometry.positions()], w.id
        if extra:
            assert dict(g.extra) == dict(w.extra), w.id


def _ogr2ogr(*args: str) -> None:
    done = subprocess.run(["ogr2ogr", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.fixture(params=["sample", "full"])
def plan_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "full":
        return DATA / "full.plan.geojson"
    out = tmp_path / "sample.plan.geojson"
    write_plan_file(sample_plan(), out)
    return out


# -- files made by GDAL's tools ---------------------------------------------------------------------


@needs_ogr2ogr
def test_geopackage_made_by_ogr2ogr_reads_back_into_the_same_units(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "ogr.gpkg"
    _ogr2ogr("-f", "GPKG", str(out), str(plan_file))
    want = read_plan_file(plan_file)
    got = read_gis_file(out)
    assert got.driver == "GPKG" and got.plan.name == "ogr"
    assert_same_units(got.plan, want)  # phases/roles lists (GDAL writes them as "(2:a,b)") survive
    assert {g.kind for g in got.plan.geometries} == {g.kind for g in want.geometries}


@needs_ogr2ogr
def test_kml_made_by_ogr2ogr_reads_back_into_the_same_units(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "ogr.kml"
    _ogr2ogr("-f", "LIBKML", str(out), str(plan_file))
    want = read_plan_file(plan_file)
    got = read_gis_file(out)
    assert got.driver == "LIBKML"
    assert_same_units(got.plan, want)


@needs_ogr2ogr
def test_shapefile_made_by_ogr2ogr_reads_back_into_the_same_units(plan_file: Path, tmp_path: Path) -> None:
    # A shapefile holds one geometry type and no list fields: the points, lists as GDAL's text.
    out = tmp_path / "points.shp"
    _ogr2ogr("-f", "ESRI Shapefile", str(out), str(plan_file), "-where", "OGR_GEOMETRY='POINT'",
             "-mapFieldType", "StringList=String", "-lco", "ENCODING=UTF-8")  # fmt: skip
    want = read_plan_file(plan_file)
    points = {u.id for u in want.units if u.geometry.type == "Point"}
    got = read_gis_file(out)
    assert got.driver == "ESRI Shapefile"
    assert_same_units(got.plan, want, only=points)


@needs_ogr2ogr
def test_geojson_from_another_tool_without_posture_is_a_gis_file(tmp_path: Path) -> None:
    plan = sample_plan()
    plain = tmp_path / "units.geojson"
    _ogr2ogr("-f", "GeoJSON", "-oo", "NATIVE_DATA=NO", "-lco", "RFC7946=YES", str(plain), str(_written(plan, tmp_path)))
    assert "posture" not in json.loads(plain.read_text(encoding="utf-8"))
    got = read_import_file(plain, name="From QGIS")
    assert got.name == "From QGIS"
    assert_same_units(got, plan)


def _written(plan: Plan, tmp_path: Path) -> Path:
    out = tmp_path / "src.plan.geojson"
    write_plan_file(plan, out)
    return out


# -- our own exports come back ------------------------------------------------------------------------


def test_our_geopackage_comes_back_as_the_whole_plan(plan_file: Path, tmp_path: Path) -> None:
    want = read_plan_file(plan_file)
    out = tmp_path / "plan.gpkg"
    export_plan(want, "gpkg", out)
    got = read_gis_file(out).plan
    assert plan_to_geojson(got) == plan_to_geojson(want)  # every unit, list, unknown member, pledge


def test_our_geopackage_of_a_plan_without_units_comes_back_whole(tmp_path: Path, capsys: Any) -> None:
    src = DATA / "roundtrip" / "empty-notes.plan.geojson"  # contributions only, no feature
    gpkg, db, back = tmp_path / "p.gpkg", tmp_path / "lib.sqlite", tmp_path / "back.plan.geojson"
    assert run(["export", str(src), "--format", "gpkg", "-o", str(gpkg)]) == 0
    assert run(["import", str(gpkg), "--db", str(db)]) == 0, capsys.readouterr().err
    plan_id = capsys.readouterr().out.split("\t")[0]
    assert run(["export", plan_id, "--format", "geojson", "-o", str(back), "--db", str(db)]) == 0
    got, want = plan_to_geojson(read_plan_file(back)), plan_to_geojson(read_plan_file(src))
    assert got["features"] == want["features"] == []
    assert got["posture"]["name"] == want["posture"]["name"]
    assert got["posture"]["contributions"] == want["posture"]["contributions"]  # the empty notes too


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo (apt gdal-bin)")
def test_our_geopackage_opens_in_gdal_with_typed_columns(tmp_path: Path) -> None:
    out = tmp_path / "plan.gpkg"
    export_plan(sample_plan(), "gpkg", out)
    done = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Warning" not in done.stderr, done.stderr
    assert "Layer name: units" in done.stdout and "Layer name: plan_geometries" in done.stdout
    assert "strength: Integer64" in done.stdout and "range_km: Real" in done.stdout
    assert f"Feature Count: {len(sample_plan().units)}" in done.stdout


@pytest.mark.parametrize("suffix", [".kml", ".kmz"])
def test_our_kml_and_kmz_come_back_as_the_same_units(plan_file: Path, suffix: str, tmp_path: Path) -> None:
    want = read_plan_file(plan_file)
    out = tmp_path / f"plan{suffix}"
    export_plan(want, "kml", out)
    got = read_gis_file(out)
    # KML carries the drawn symbol code and the modelled fields, not unknown members.
    assert_same_units(got.plan, want, sidc_drawn=True, extra=False)
    assert {g.kind for g in got.plan.geometries} == {g.kind for g in want.geometries}
    assert got.skipped == sum(1 for u in want.units if u.kind in ("air.defence", "air.isr") and u.range_km)


def test_cli_import_of_our_geopackage_then_export_gives_the_plan_file(tmp_path: Path, capsys: Any) -> None:
    src = DATA / "full.plan.geojson"
    gpkg, db, back = tmp_path / "p.gpkg", tmp_path / "lib.sqlite", tmp_path / "back.plan.geojson"
    assert run(["export", str(src), "--format", "gpkg", "-o", str(gpkg)]) == 0
    assert run(["import", str(gpkg), "--db", str(db)]) == 0
    plan_id = capsys.readouterr().out.split("\t")[0]
    assert run(["export", plan_id, "--format", "geojson", "-o", str(back), "--db", str(db)]) == 0
    assert plan_to_geojson(read_plan_file(back)) == plan_to_geojson(with_symbol_codes(read_plan_file(src)))


# -- CSV -----------------------------------------------------------------------------------------------


def test_csv_with_mgrs_and_lat_lon_columns(tmp_path: Path) -> None:
    grid = "36UVA1234567890"
    lat, lon = mgrs.MGRS().toLatLon(grid)
    out = tmp_path / "orbat.csv"
    out.write_text(
        "Name,Country,SIDC,Strength,MGRS,Phases\n"
        f'UK brigade,gb,10031000181205000000,5000,{grid},"ceasefire, settlement"\n'
        "SAMP/T,FR,sfgpucd----d---,120,35U QR 12345 67890,long_term\n",
        encoding="utf-8",
    )
    got = read_gis_file(out)
    a, b = got.plan.units
    assert (a.kind, a.nation, a.name, a.strength, a.phases) == (
        "land.combat", "GB", "UK brigade", 5000, ("ceasefire", "settlement"))  # fmt: skip
    assert a.geometry.coordinates == pytest.approx((lon, lat), abs=1e-9)
    assert a.sidc == "10031000181205000000"
    assert (b.kind, b.nation, b.phases, b.sidc) == ("air.defence", "FR", ("long_term",), None)
    assert b.extra["sidc_source"] == "sfgpucd----d---"  # a 2525C code is kept, not drawn
    lat2, lon2 = mgrs.MGRS().toLatLon("35UQR1234567890")
    assert b.geometry.coordinates == pytest.approx((lon2, lat2), abs=1e-9)

    out2 = tmp_path / "ll.csv"
    out2.write_text("kind,latitude,longitude,strength\nsea.mcm,46.4,30.7,90\n", encoding="utf-8")
    u = read_gis_file(out2, nation="ro").plan.units[0]
    assert (u.kind, u.nation, u.strength, u.geometry.coordinates) == ("sea.mcm", "RO", 90, (30.7, 46.4))


def test_explicit_kind_wins_over_sidc_and_any_case_of_sidc_maps(tmp_path: Path) -> None:
    out = tmp_path / "k.csv"
    out.write_text("kind,sidc,nation,lat,lon\nland.training,10031000181205000000,PL,50,30\n"
                   ",10031000151301000000,PL,50,31\n", encoding="utf-8")  # fmt: skip
    a, b = read_gis_file(out).plan.units
    assert a.kind == "land.training" and b.kind == "air.defence"
    assert kind_of_sidc("SFAPMFF----") == "air.policing" == kind_of_sidc("sfapmff----")
    assert kind_of_sidc("10033000001204050000") == "sea.mcm"
    assert kind_of_sidc("10031002181100000000") == "land.hq"
    assert kind_of_sidc("10032500001100000000") is None


# -- lines and areas ------------------------------------------------------------------------------------


def _lines_file(tmp_path: Path) -> Path:
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"source": "ISW"},
         "geometry": {"type": "LineString", "coordinates": [[37.0, 50.2], [37.9, 48.0]]}},
        {"type": "Feature", "properties": {},
         "geometry": {"type": "LineString", "coordinates": [[35.0, 47.3], [33.0, 46.7]]}},
        {"type": "Feature", "properties": {"name": "Frigates", "kind": "sea.patrol", "nation": "TR"},
         "geometry": {"type": "LineString", "coordinates": [[30.8, 46.3], [31.5, 45.6]]}},
    ]}  # fmt: skip
    out = tmp_path / "front.geojson"
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


def test_lines_become_the_contact_line_only_with_as(tmp_path: Path) -> None:
    src = _lines_file(tmp_path)
    plain = read_gis_file(src)
    assert [u.kind for u in plain.plan.units] == ["sea.patrol"] and plain.plan.geometries == ()
    assert plain.skipped == 2
    asked = read_gis_file(src, as_kind="contact_line")
    (line,) = asked.plan.geometries
    assert line.kind == "contact_line" and line.geometry.type == "MultiLineString"
    assert len(line.geometry.coordinates) == 2
    assert [u.kind for u in asked.plan.units] == ["sea.patrol"]  # a unit kind wins over --as
    assert read_gis_file(src, as_kind="occupied_area").skipped == 2  # lines are no area
    only = tmp_path / "only.geojson"
    only.write_text(json.dumps({"type": "LineString", "coordinates": [[30, 50], [31, 50]]}), encoding="utf-8")
    with pytest.raises(GisImportError, match=r"no unit to import.*--as"):
        read_gis_file(only)
    assert read_gis_file(only, as_kind="contact_line").plan.geometries[0].geometry.type == "LineString"


# -- refused whole -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "args", "message"),
    [
        ("name,lat,lon,kind\nA,50,30,land.combat\n", [], "row 2: nation is missing"),
        ("name,lat,lon,kind,nation\nA,50,30,land.combat,GB\nB,50,30,land.tank,GB\n", [], "row 3: kind"),
        ("name,lat,lon,kind,nation\nA,50,30,land.combat,XX\n", [], 'row 2: nation "XX" is not an ISO'),
        ("name,lat,lon,kind,nation,strength\nA,50,30,land.combat,GB,-5\n", [], "row 2: strength -5 is negative"),
        ('name,lat,lon,kind,nation,phases\nA,50,30,land.combat,GB,"ceasefire,war"\n', [], "row 2: phases"),
        ("name,lat,lon,kind,nation\nA,95,30,land.combat,GB\n", [], r"row 2: geometry.coordinates\[1\] 95.0 is not"),
        ("name,mgrs,kind\nA,ZZZ,land.combat\n", ["--nation", "GB"], 'row 2: mgrs "ZZZ" is not an MGRS'),
        ("name,kind\nA,land.combat\n", ["--nation", "GB"], "row 2: position is missing"),
        (
            "name,kind,lat,lon,unit_id\nA,land.combat,50,30,x\nB,land.combat,50,31,x\n",
            ["--nation", "GB"],
            'row 3 \\(id "x"\\): id "x" is also the id of row 2',
        ),
        ("name,lat,lon\nA,50,30\n", ["--nation", "GB"], "row 2: kind is missing"),
    ],
)
def test_what_cannot_be_mapped_refuses_the_file_whole(body: str, args: list[str], message: str,
                                                      tmp_path: Path, capsys: Any) -> None:  # fmt: skip
    src = tmp_path / "units.csv"
    src.write_text(body, encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        before = lib.list_plans()
    assert run(["import", str(src), *args, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"posture: {src}: ") and "Traceback" not in err
    import re

    assert re.search(message, err), err
    with Library(db) as lib:
        assert lib.list_plans() == before


def test_files_that_are_not_gis_files_are_refused_in_one_line(tmp_path: Path, capsys: Any) -> None:
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"not a geopackage at all")
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    for f, words in ((junk, "not a GIS file GDAL can read"), (other, "not a GIS file this import reads"),
                     (tmp_path / "missing.kml", "no such file")):  # fmt: skip
        assert run(["import", str(f), "--db", str(tmp_path / "lib.sqlite")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err, err
    assert run(["import", str(other), "--nation", "XX", "--db", str(tmp_path / "lib.sqlite")]) == 2
    assert "--nation 'XX'" in capsys.readouterr().err


@needs_ogr2ogr
def test_a_projected_file_is_refused_naming_its_coordinate_system(tmp_path: Path) -> None:
    out = tmp_path / "utm.gpkg"
    _ogr2ogr("-f", "GPKG", "-t_srs", "EPSG:32636", str(out), str(DATA / "example.plan.geojson"))
    with pytest.raises(GisImportError, match=r"EPSG:32636.*ogr2ogr -t_srs EPSG:4326"):
        read_gis_file(out)


def test_a_plan_file_still_imports_as_a_plan_file(tmp_path: Path) -> None:
    got = read_import_file(DATA / "full.plan.geojson", name="Renamed")
    assert got.name == "Renamed" and len(got.units) == len(read_plan_file(DATA / "full.plan.geojson").units)
