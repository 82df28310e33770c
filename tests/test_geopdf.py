"""desktop/geopdf.py: the viewport it adds is what GDAL reads (no Qt)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfWriter

from desktop.geopdf import MapFrame, georeference


def _blank(width: float = 842, height: float = 595) -> bytes:
    w = PdfWriter()
    w.add_blank_page(width, height)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


@pytest.mark.skipif(shutil.which("gdalinfo") is None, reason="gdalinfo")
def test_gdal_reads_the_frame_and_its_corners(tmp_path: Path) -> None:
    frame = MapFrame(left=40, top=80, width=960, height=640, south=44.0, west=22.0, north=52.5, east=40.5)
    out = tmp_path / "geo.pdf"
    out.write_bytes(georeference(_blank(), frame))
    info = subprocess.run(["gdalinfo", str(out)], capture_output=True, text=True, timeout=60).stdout
    assert 'ID["EPSG",3857]' in info
    ox, oy = map(float, re.search(r"Origin = \(([-\d.e]+),([-\d.e]+)\)", info).groups())  # type: ignore[union-attr]
    px, _ = map(float, re.search(r"Pixel Size = \(([-\d.e]+),([-\d.e]+)\)", info).groups())  # type: ignore[union-attr]
    # the frame's west edge (22 deg E) lies 40 CSS px = 30 pt from the page's left edge
    dpi = float(re.search(r"Size is (\d+)", info).group(1)) / (842 / 72)  # type: ignore[union-attr]
    west_m = 6378137.0 * 22.0 * 3.141592653589793 / 180
    assert abs((ox + 30 / 72 * dpi * px) - west_m) < 2 * px
    assert oy > 0


@pytest.mark.parametrize(
    "bad",
    [dict(width=0), dict(south=50.0, north=49.0), dict(west=40.0, east=30.0), dict(left=float("nan"))],
)
def test_an_impossible_frame_is_refused(bad: dict[str, float]) -> None:
    good = dict(left=0.0, top=0.0, width=100.0, height=100.0, south=44.0, west=22.0, north=52.0, east=40.0)
    with pytest.raises(ValueError):
        MapFrame(**{**good, **bad})
