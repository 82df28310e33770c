"""desktop/tileset.py: raster MBTiles and GeoPackage tile sets made by gdal_translate, read
straight from the SQLite file (read-only, never written); bad files refused in one line."""

from __future__ import annotations

import hashlib
import math
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop import tileset

pytestmark = pytest.mark.skipif(shutil.which("gdal_translate") is None, reason="gdal_translate (apt gdal-bin)")
COLOUR = (200, 40, 160)


def make_raster(folder: Path, colour: tuple[int, int, int] = COLOUR) -> Path:
    tif = folder / "solid.tif"
    burns = [a for c in colour for a in ("-burn", str(c))]
    subprocess.run(["gdal_create", "-of", "GTiff", "-outsize", "512", "256", "-bands", "3", *burns,
                    "-ot", "Byte", "-a_srs", "EPSG:4326", "-a_ullr", "20", "54", "42", "43", str(tif)],
                   check=True, timeout=60)  # fmt: skip
    return tif


def make_mbtiles(folder: Path, colour: tuple[int, int, int] = COLOUR, attribution: str | None = None) -> Path:
    """An MBTiles made by GDAL: zooms 4-5 over Ukraine, overviews down to zoom 2."""
    out = folder / "base.mbtiles"
    subprocess.run(["gdal_translate", "-q", "-of", "MBTILES", str(make_raster(folder, colour)), str(out)],
                   check=True, timeout=60)  # fmt: skip
    subprocess.run(["gdaladdo", "-q", str(out), "2", "4"], check=True, timeout=60)
    if attribution is not None:
        with sqlite3.connect(out) as c:
            c.execute("INSERT INTO metadata (name, value) VALUES ('attribution', ?)", (attribution,))
    return out


def make_gpkg(folder: Path) -> Path:
    out = folder / "base.gpkg"
    subprocess.run(["gdal_translate", "-q", "-of", "GPKG", "-co", "TILING_SCHEME=GoogleMapsCompatible",
                    str(make_raster(folder)), str(out)], check=True, timeout=60)  # fmt: skip
    return out


def _xyz(lat: float, lon: float, z: int) -> tuple[int, int]:
    n = 2**z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("make", [make_mbtiles, make_gpkg], ids=["mbtiles", "gpkg"])
def test_tiles_come_straight_from_the_file_which_stays_unchanged(make: object, tmp_path: Path) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = _digest(path)
    ts = tileset.open_tileset(path)
    assert ts.mime == "image/png" and ts.min_zoom <= 5 == ts.max_zoom
    w, _s, _e, n = ts.bounds or (0, 0, 0, 0)
    assert w == pytest.approx(20, abs=0.1) and n == pytest.approx(54, abs=0.1)
    x, y = _xyz(49.0, 31.0, 5)
    tile = ts.tile(5, x, y)
    assert tile is not None and tile.startswith(tileset.PNG)
    assert ts.tile(5, 0, 0) is None  # outside the data
    token = tileset.register(ts)
    served = tileset.serve(f"/tiles/{token}/5/{x}/{y}")
    assert served == (tile, "image/png")
    assert tileset.serve(f"/tiles/{token}/5/0/0") == (tileset.EMPTY_TILE, "image/png")  # no failed request
    assert tileset.serve("/tiles/0123456789abcdef/5/1/1") is None and tileset.serve("/tiles/../x") is None
    options = ts.page_options(token)
    assert options["maxzoom"] == 5 and options["url"].startswith("app://posture/tiles/")
    tileset.unregister(token)
    assert tileset.lookup(token) is None
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("base.")) == [path.name]  # no -wal/-shm


def test_attribution_and_name_come_from_the_metadata(tmp_path: Path) -> None:
    ts = tileset.open_tileset(make_mbtiles(tmp_path, attribution="© Survey <b>2026</b>"))
    assert ts.attribution == "© Survey <b>2026</b>" and ts.name == "base"


def test_bad_files_are_refused_in_one_line(tmp_path: Path) -> None:
    good = make_mbtiles(tmp_path)
    cut = tmp_path / "cut.mbtiles"
    cut.write_bytes(good.read_bytes()[:3000])
    text = tmp_path / "notes.mbtiles"
    text.write_text("hello", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (a)")
    vector = tmp_path / "vector.mbtiles"
    shutil.copy(good, vector)
    with sqlite3.connect(vector) as c:
        c.execute("UPDATE metadata SET value = 'pbf' WHERE name = 'format'")
    features = tmp_path / "features.gpkg"
    example = Path(__file__).parent / "data" / "example.plan.geojson"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(features), str(example)], check=True, timeout=60)
    cases = {tmp_path / "missing.mbtiles": "no such file", cut: "damaged", text: "not a tile file",
             other: "not a tile set", vector: "vector tiles", features: "without a tile layer"}  # fmt: skip
    for path, words in cases.items():
        before = _digest(path) if path.exists() else None
        with pytest.raises(tileset.TileSetError) as e:
            tileset.open_tileset(path)
        message = str(e.value)
        assert "\n" not in message and str(path) in message and words in message, message
        assert (_digest(path) if path.exists() else None) == before
