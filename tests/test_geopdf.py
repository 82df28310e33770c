"""desktop/geopdf.py: the viewport it adds is what GDAL reads (no Qt)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

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


FRAME = MapFrame(left=40, top=80, width=960, height=640, south=44.0, west=22.0, north=52.5, east=40.5)


def _viewports(pdf: bytes) -> list[object]:
    return list(PdfReader(io.BytesIO(pdf)).pages[0]["/VP"])


def test_a_classic_pdf_is_georeferenced_by_appending_to_it() -> None:
    # Chromium's PDF (a classic cross-reference table): the original bytes stay, a small update follows
    blank = _blank()
    once = georeference(blank, FRAME)
    assert once.startswith(blank) and len(once) - len(blank) < 4000
    twice = georeference(once, FRAME)  # again: still one viewport, the page's other entries kept
    assert len(_viewports(twice)) == 1
    page = PdfReader(io.BytesIO(twice)).pages[0]
    assert [float(v) for v in page.mediabox] == [0, 0, 842, 595]


@pytest.mark.skipif(shutil.which("gdalinfo") is None, reason="gdalinfo")
def test_a_pdf_whose_last_cross_reference_is_not_a_table_is_written_again(tmp_path: Path) -> None:
    blank = _blank()
    at = blank.rfind(b"startxref")
    damaged = blank[:at] + b"startxref\n17\n%%EOF\n"  # points into the header, not at "xref"
    out = georeference(damaged, FRAME)
    assert not out.startswith(damaged) and len(_viewports(out)) == 1
    (tmp_path / "geo.pdf").write_bytes(out)
    info = subprocess.run(["gdalinfo", str(tmp_path / "geo.pdf")], capture_output=True, text=True, timeout=60).stdout
    assert 'ID["EPSG",3857]' in info
