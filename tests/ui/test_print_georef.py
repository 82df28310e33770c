"""A printed PDF is georeferenced (cli.md): GDAL reads its coordinate system, and a known city
falls on its place on the page."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.ui.test_print import _cli

pytestmark = pytest.mark.skipif(
    shutil.which("gdalinfo") is None or shutil.which("pdftoppm") is None, reason="gdalinfo and pdftoppm"
)

R = 6378137.0


def _pixel(info: str, lon: float, lat: float) -> tuple[int, int]:
    ox, oy = map(float, re.search(r"Origin = \(([-\d.e]+),([-\d.e]+)\)", info).groups())  # type: ignore[union-attr]
    px, py = map(float, re.search(r"Pixel Size = \(([-\d.e]+),([-\d.e]+)\)", info).groups())  # type: ignore[union-attr]
    x, y = R * math.radians(lon), R * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return round((x - ox) / px), round((y - oy) / py)


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_gdal_reads_the_print_as_web_mercator_with_cities_on_their_places(tmp_path: Path, paper: str) -> None:
    plan = tmp_path / "empty.plan.geojson"  # no unit: the priority sites (red dots) stand alone
    plan.write_text('{"type": "FeatureCollection", "posture": {"format": 1, "name": "Empty"}, "features": []}')
    out = tmp_path / "sheet.pdf"
    r = _cli("print", str(plan), "--pdf", str(out), "--paper", paper, db=tmp_path / "lib.sqlite")
    assert r.returncode == 0, r.stderr
    info = subprocess.run(["gdalinfo", str(out)], capture_output=True, text=True, timeout=60).stdout
    assert "Coordinate System is:" in info and 'ID["EPSG",3857]' in info, info[:800]
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    with Image.open(tmp_path / "page.png") as im:
        page = im.convert("RGB")
    for lon, lat in ((30.5238, 50.4547), (30.7438, 46.4857), (35.0407, 48.4666)):  # Kyiv, Odesa, Dnipro
        col, row = _pixel(info, lon, lat)
        near = [page.getpixel((col + dx, row + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        # the site's dot (red, dark-rimmed), not the pale land or the blue water around it
        assert any(red > green + 10 and red > blue + 10 and green < 90 for red, green, blue in near), (lon, lat, near)
