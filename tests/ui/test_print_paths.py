"""One sheet on every print path: Save PDF, Print to File, a printer and the preview all give the
page the PDF shows, filling the paper (issue 12, "one sheet on every print path").

Each path goes to a real QPrinter writing a PDF file, read back with pdftoppm; the ink of the
sheet (its marking banners top and bottom) must span the page, as it does in the sheet itself.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from desktop.sample import sample_plan
from desktop.ui.printing import PREVIEW_DPI, PrintOptions, paint_pdf, print_sheet, write_pdf

NOW = datetime(2026, 3, 14, 15, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def sheet_a4(qapp, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("paths") / "sheet.pdf"
    write_pdf(sample_plan(), PrintOptions("A4", "landscape", now=NOW), path)
    return path


def _printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def _ink_box(pdf: Path) -> tuple[float, float, float, float]:
    """The box holding every non-white pixel of page 1, as fractions of the page (x0, y0, x1, y1)."""
    png = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(png)],
                   check=True)  # fmt: skip
    img = QImage(str(png) + ".png")
    assert not img.isNull()
    xs, ys = [], []
    for y in range(0, img.height(), 2):
        for x in range(0, img.width(), 2):
            if img.pixelColor(x, y).lightness() < 235:
                xs.append(x)
                ys.append(y)
    return min(xs) / img.width(), min(ys) / img.height(), max(xs) / img.width(), max(ys) / img.height()


def test_a_printer_and_the_preview_get_the_whole_sheet_filling_the_page(sheet_a4: Path, tmp_path: Path) -> None:
    sheet = _ink_box(sheet_a4)
    assert sheet[3] - sheet[1] > 0.9  # the sheet itself: banners at the top and the bottom
    for dpi in (PREVIEW_DPI, 300):  # the preview's resolution, a printer's
        out = tmp_path / f"printer-{dpi}.pdf"
        assert paint_pdf(sheet_a4.read_bytes(), _printer(out), dpi=dpi) == 1
        x0, y0, x1, y1 = _ink_box(out)
        assert y1 - y0 > 0.85 and x1 - x0 > 0.85, (dpi, (x0, y0, x1, y1))  # not squashed into a band
        assert y1 > 0.9 and y0 < 0.1  # the bottom banner is at the bottom


def test_print_to_file_is_the_sheet_itself_in_vector(sheet_a4: Path, tmp_path: Path) -> None:
    out = tmp_path / "to-file.pdf"
    assert print_sheet(sheet_a4.read_bytes(), _printer(out)) == 1
    assert out.read_bytes() == sheet_a4.read_bytes()  # the same file as Save PDF
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "UNCLASSIFIED" in text  # text, not a picture of it
