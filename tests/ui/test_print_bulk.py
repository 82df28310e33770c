"""A big plan's sheet: symbols and range rings drawn in bulk (printcanvas.js), not one element each.

The same sheet drawn both ways (``sheet["bulk"]`` sets from how many symbols or rings the page
draws in bulk) must look the same on paper: the same units, the same names as text, the map
frame where it was, and the pictures must hold print resolution (300 dpi). Read back with
pdfimages, pdftotext, pdftoppm and pypdf.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from pypdf import PdfReader

from bench.plans import generated_plan
from desktop.printsheet import PrintOptions, build_sheet
from desktop.ui.printing import SheetRenderer

pytestmark = pytest.mark.web

VECTOR = {"symbols": 10**9, "rings": 10**9}
BULK = {"symbols": 0, "rings": 0}


def _render(sheet: dict, bulk: dict) -> tuple[bytes, object]:  # type: ignore[type-arg]
    renderer = SheetRenderer()
    try:
        pdf = renderer.render_pdf({**sheet, "bulk": bulk})
        assert renderer.console_errors() == []
        return pdf, renderer.laid_out()
    finally:
        renderer.close()


def _page(pdf: bytes, tmp_path: Path, name: str, dpi: int) -> Image.Image:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(path), str(tmp_path / name)], check=True)
    with Image.open(tmp_path / f"{name}.png") as im:
        return im.convert("RGB")


def _images(pdf: bytes, tmp_path: Path) -> list[tuple[int, int, int]]:
    """(width, height, x-ppi) of every picture on page 1 (pdfimages -list)."""
    path = tmp_path / "images.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    return [(int(r[3]), int(r[4]), int(r[12])) for r in rows if r[2] == "image"]


def _words(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()


@pytest.fixture(scope="module")
def plan_sheet() -> dict:  # type: ignore[type-arg]
    # 300 units spread over Ukraine: every template, rings and routes, stacks to spread
    return build_sheet(generated_plan(300, seed=11), PrintOptions("A3", "landscape"))


@pytest.fixture(scope="module")
def both(qapp, plan_sheet: dict) -> dict:  # type: ignore[no-untyped-def, type-arg]
    """The sheet drawn one element per symbol and ring (vector) and in bulk: {way: (pdf, laid out)}."""
    return {"vector": _render(plan_sheet, VECTOR), "bulk": _render(plan_sheet, BULK)}


def test_the_bulk_sheet_looks_like_the_vector_sheet(plan_sheet: dict, both: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    (vector_pdf, vector), (bulk_pdf, bulk) = both["vector"], both["bulk"]
    assert vector is not None and bulk is not None
    assert bulk.units == vector.units > 200 and bulk.labels == vector.labels and bulk.legend == vector.legend
    assert bulk.geo == vector.geo  # the map frame and its corners: the georeference is the same
    assert len(PdfReader(io.BytesIO(bulk_pdf)).pages) == 1
    # unit names stay text, the same names as on the vector sheet (the symbols' own letters,
    # nation codes and amplifiers, are in the picture now)
    vector_text, bulk_text = " ".join(_words(vector_pdf, tmp_path)), " ".join(_words(bulk_pdf, tmp_path))
    shown = [u["name"] for u in plan_sheet["units"] if re.search(rf"\b{re.escape(u['name'])}\b", vector_text)]
    assert len(shown) >= bulk.labels > 20
    assert [n for n in shown if not re.search(rf"\b{re.escape(n)}\b", bulk_text)] == []
    # on paper: the map drawn both ways differs only in the ISR rings (solid, not dashed) and in
    # how edges are smoothed (a picture, not paths); softened by 2 px at 100 dpi, missing or
    # misplaced symbols differ by far more (the same map without its units)
    a, b = _page(vector_pdf, tmp_path, "vector", 100), _page(bulk_pdf, tmp_path, "bulk", 100)
    g = bulk.geo
    box = tuple(round(v * 100 / 96) for v in (g.left, g.top, g.left + g.width, g.top + g.height))
    same = _difference(a.crop(box), b.crop(box))
    none_pdf, _ = _render({**plan_sheet, "units": []}, BULK)
    other = _difference(_page(none_pdf, tmp_path, "empty", 100).crop(box), b.crop(box))
    assert same < 6 and other > 3 * same, (same, other)


def _difference(a: Image.Image, b: Image.Image) -> float:
    soft = ImageFilter.GaussianBlur(2)
    return float(ImageStat.Stat(ImageChops.difference(a.filter(soft), b.filter(soft)).convert("L")).mean[0])


def test_bulk_symbols_are_one_picture_at_print_resolution(both: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    (vector_pdf, _), (bulk_pdf, bulk) = both["vector"], both["bulk"]
    pictures = _images(bulk_pdf, tmp_path)
    wide = [p for p in pictures if p[0] >= bulk.geo.width * 300 / 96 - 2]
    assert len(wide) == 1 and wide[0][2] >= 300, pictures  # the symbols: one picture, 300 dpi
    # the base map's own few pictures, the symbols' and the rings' fill: not one per unit
    assert len(pictures) <= len(_images(vector_pdf, tmp_path)) + 2 < bulk.units


def test_a_big_plans_second_page_summarises_the_order_of_battle(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.printsheet import ORBAT_ROWS

    plan = generated_plan(ORBAT_ROWS + 100, seed=12)
    pdf, laid = _render(build_sheet(plan, PrintOptions("A3", "landscape", charts=True, orbat=True)), {})
    assert laid is not None and len(PdfReader(io.BytesIO(pdf)).pages) == 2
    path = tmp_path / "two.pdf"
    path.write_bytes(pdf)
    page2 = " ".join(
        subprocess.run(
            ["pdftotext", "-f", "2", "-l", "2", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert f"The plan has {len(plan.units)} units, too many for one sheet" in page2
    nations = {u.nation for u in plan.units}
    assert laid.trimmed["orbatRows"] == len(nations)  # one row per nation, none left out
    assert all(f"({n})" in page2 for n in nations)
