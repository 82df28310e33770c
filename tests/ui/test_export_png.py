"""``export --format png`` (cli.md): the print sheet as a picture, without a display."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from db import Library
from desktop.sample import ensure_sample
from tests.ui.test_print import _cli


@pytest.fixture(scope="module")
def png_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("png") / "library.sqlite"
    with Library(db) as lib:
        ensure_sample(lib)
    return db


def _image(path: Path) -> Image.Image:
    with Image.open(path) as im:
        assert im.format == "PNG"
        im.load()
        return im


def test_png_is_the_a4_sheet_at_150_dpi_with_its_banner(png_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.png"
    r = _cli("export", "1", "--format", "png", "-o", str(out), db=png_db)
    assert r.returncode == 0, r.stderr
    im = _image(out)
    w, h = im.size
    assert (w, round(h / 10)) == (1754, 124)  # A4 landscape (297 x 210 mm) at 150 dpi
    assert [round(d) for d in im.info["dpi"]] == [150, 150]
    rgb = im.convert("RGB")
    banner = rgb.getpixel((w // 2, round(h * 0.04)))  # the marking's band: green for UNCLASSIFIED
    assert abs(banner[0] - 0x00) < 40 and abs(banner[1] - 0x7A) < 40 and abs(banner[2] - 0x33) < 40, banner
    assert len(rgb.crop((0, h // 4, w // 2, h // 2)).getcolors(maxcolors=1 << 20) or []) > 50  # a map


def test_png_release_is_another_picture_and_png_is_no_text(png_db: Path, tmp_path: Path) -> None:
    exact, released = tmp_path / "exact.png", tmp_path / "release.png"
    assert _cli("export", "1", "--format", "png", "-o", str(exact), db=png_db).returncode == 0
    r = _cli("export", "1", "--format", "png", "-o", str(released), "--release", "--release-to", "PL", db=png_db)
    assert r.returncode == 0, r.stderr
    assert _image(exact).tobytes() != _image(released).tobytes()
    r = _cli("export", "1", "--format", "png", "-o", "-", db=png_db)
    assert r.returncode == 2 and r.stdout == "" and len(r.stderr.strip().splitlines()) == 1
    assert "not a text format" in r.stderr and "Traceback" not in r.stderr
