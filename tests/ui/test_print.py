"""Printing posture maps (File > Print, ``main.py print``): the PDF is read back with poppler
(``pdfinfo``, ``pdftotext -layout``) and pypdf, and the print page is checked for script
injection. A3 and A4, landscape and portrait, release mode, cancel, failure, printer output.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from db import Library
from desktop import catalogue
from desktop.model import Geometry, Plan, Unit
from desktop.release import release_plan
from desktop.sample import SAMPLE_NAME, ensure_sample, sample_plan
from desktop.ui import printing
from desktop.ui.printing import (
    PrintCancelled,
    PrintError,
    PrintOptions,
    SheetRenderer,
    build_sheet,
    date_time_group,
    marking_style,
    mgrs_grid,
    paint_pdf,
    parse_page_message,
    suggested_file_name,
    write_pdf,
)
from tests.ui.conftest import close_window, open_window

pytestmark = pytest.mark.web

ROOT = Path(__file__).resolve().parents[2]
BANNER = "UNCLASSIFIED // ILLUSTRATIVE SAMPLE"
NOW = datetime(2026, 3, 14, 15, 30, tzinfo=UTC)
HOSTILE_IMG = "<img src=x onerror=window.__pwned=1>"
HOSTILE_SCRIPT = "</script><script>window.__pwned=1</script>"

if not (shutil.which("pdfinfo") and shutil.which("pdftotext")):  # pragma: no cover - environment check
    raise RuntimeError("these tests read the PDF back with poppler-utils (pdfinfo, pdftotext): install it")


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_size(info: dict[str, str]) -> tuple[int, int]:
    w, h = re.match(r"([\d.]+) x ([\d.]+)", info["Page size"]).groups()  # type: ignore[union-attr]
    return round(float(w)), round(float(h))


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def coordinate_strings(plan: Plan) -> set[str]:
    """Every vertex of the plan's units and geometries, written a few usual ways."""
    out = set()
    vertices = [p for u in plan.units for p in u.geometry.positions()]
    vertices += [p for g in plan.geometries for p in g.geometry.positions()]
    for lon, lat in vertices:
        for v in (lon, lat):
            out |= {f"{v:.2f}", f"{v:.3f}", f"{v:.4f}", f"{v:.5f}"}
    return out


@pytest.fixture(scope="module")
def sample_a3(qapp, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The sample plan printed A3 landscape (the command line's view: all of Ukraine)."""
    path = tmp_path_factory.mktemp("print") / "sample-a3.pdf"
    write_pdf(sample_plan(), PrintOptions("A3", "landscape", author="Maj. A. Planner", now=NOW), path)
    return path


# -- the sheet ---------------------------------------------------------------------------------


def test_a3_landscape_sheet_carries_everything_a_planner_needs(sample_a3: Path) -> None:
    info = pdfinfo(sample_a3)
    assert info["Pages"] == "1"
    assert page_size(info) == (1191, 842)  # A3 landscape, in points
    text = pdftext(sample_a3)
    lines = lines_of(text)
    assert BANNER in lines[0] and BANNER in lines[-1], "the marking must head and foot the sheet"
    assert SAMPLE_NAME.split(" (")[0] in text
    for words in ("ECFR", "ceasefire", "141530Z MAR 26", "Maj. A. Planner", "All of Ukraine"):
        assert words in text
    # legend: exactly the kinds of the plan, with the nations' codes
    # an entry naming two kinds ("Combat unit / Exercise force") wraps, beside the other column
    words = set(text.split())
    for kind in {u.kind for u in sample_plan().units}:
        assert set(catalogue.kinds()[kind]["label"].split()) <= words, kind
    assert "Contact line" in text and "Occupied area" in text and "Air-defence range" in text
    # contribution table: a row per nation, troops as the counting rule gives them
    for row in (
        r"United Kingdom \(GB\)\s+5,870",
        r"France \(FR\)\s+5,370",
        r"Denmark \(DK\)",
        r"Total \(16 nations\)\s+21,330",
    ):
        assert re.search(row, text), row
    # under ecfr the sample has no error and no warning; its training mission at Yavoriv is shown
    assert "0 errors · 0 warnings · 1 information" in text and "GEO-WEST-SUPPORT" in text
    assert "Western part of Ukraine (for example, Lviv, Chernivtsi)" in " ".join(text.split())  # its source
    assert "OpenStreetMap contributors" in text and "GeoNames" in text and "milsymbol" in text
    assert re.search(r"Scale 1 : [\d,]+", text)


def test_the_sheet_is_vector(sample_a3: Path) -> None:
    """Text is text and the map is drawn in paths: nothing is a picture."""
    page = PdfReader(sample_a3).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    images = [k for k, v in xobjects.items() if v.get_object().get("/Subtype") == "/Image"]
    assert images == []
    assert len(pdftext(sample_a3)) > 2000


def test_a_printer_gets_the_same_sheet(sample_a3: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    assert paint_pdf(sample_a3.read_bytes(), printer, dpi=100) == 1
    info = pdfinfo(tmp_path / "printer.pdf")
    assert info["Pages"] == "1" and page_size(info) == (1191, 842)


def test_the_preview_draws_the_sheet(sample_a3: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the widget does not own it: keep it
    preview = QPrintPreviewWidget(printer)
    pages: list[int] = []
    preview.paintRequested.connect(lambda printer: pages.append(paint_pdf(sample_a3.read_bytes(), printer)))
    preview.updatePreview()
    assert pages == [1] and preview.pageCount() == 1
    preview.deleteLater()


def _hostile_plan() -> Plan:
    base = sample_plan()
    us = (
        Unit("us-a", "land.combat", "US", Geometry.point(33.4, 51.55), HOSTILE_IMG, 100),
        Unit("us-b", "land.logistics", "US", Geometry.point(28.2, 48.15), HOSTILE_SCRIPT, 50),
    )
    return replace(base, name="Plan <b>bold</b> & <i>co</i>", profile="mfu", units=base.units + us)


def test_names_with_markup_are_text_and_run_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    renderer = SheetRenderer()
    try:
        data = renderer.render_pdf(build_sheet(_hostile_plan(), PrintOptions("A3", "landscape", now=NOW)))
        with qtbot.waitCallback(timeout=10_000) as cb:
            renderer.page.runJavaScript(
                "JSON.stringify([typeof window.__pwned, document.querySelectorAll('img, b, i').length,"
                " document.scripts.length])",
                0,
                cb,
            )
        # strings, text, leaflet, qwebchannel, channel, milsymbol, symbols, declutter, printcanvas, basemap,
        # tilebase, print, printextra
        assert json.loads(cb.args[0]) == ["undefined", 0, 13]
        assert renderer.console_errors() == []
        assert renderer.bridge.refused == 0
    finally:
        renderer.close()
    path = tmp_path / "hostile.pdf"
    path.write_bytes(data)
    text = pdftext(path)
    assert HOSTILE_IMG in text and HOSTILE_SCRIPT in text
    assert "Plan <b>bold</b> & <i>co</i>" in text
    # the findings of the MFU profile: rule ids and their messages
    for rule in ("US-TROOPS", "AIR-COVERAGE", "US-DECLARED"):
        assert rule in text
    assert "Lviv lies outside every air-defence range ring" in text
    flat = " ".join(text.split())
    assert "American troops will not" in flat  # the source of US-DECLARED, printed once
    assert flat.count("ready to start without the United States") <= 1


def test_release_sheet_data_holds_no_name_and_no_exact_position() -> None:
    plan = sample_plan()
    sheet = build_sheet(plan, PrintOptions("A3", "landscape", release=True, now=NOW))
    blob = json.dumps(sheet, ensure_ascii=False)
    for u in plan.units:
        assert u.name not in blob and f'"{u.id}"' not in blob
    released = {u.position for u in release_plan(plan).units}
    exact = {p for u in plan.units for p in u.geometry.positions()}
    assert all((u["lng"], u["lat"]) in released - exact for u in sheet["units"])
    assert all("geom" not in u for u in sheet["units"])
    assert sheet["findings"]["rows"] == [] and "withheld" in sheet["findings"]["summary"]
    fields = dict(sheet["title"]["fields"])
    assert fields["Mandate"] == fields["US support"] == "withheld (release)"
    assert sheet["sites"] == [] and sheet["options"] == {"labels": False, "rings": False, "routes": False}
    for g in sheet["geometries"]:
        for lon, lat in Geometry.from_geojson(g["geometry"]).positions():
            assert (lon * 4).is_integer() and (lat * 4).is_integer()


# -- cancel and failure leave no file ----------------------------------------------------------


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_cancel_leaves_the_old_file_and_nothing_else(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "map.pdf"
    target.write_bytes(b"old")

    def cancel_at_once(renderer: SheetRenderer) -> None:
        renderer.progress.connect(lambda *_: renderer.cancel())

    with pytest.raises(PrintCancelled):
        write_pdf(sample_plan(), PrintOptions(), target, on_renderer=cancel_at_once)
    assert target.read_bytes() == b"old" and _folder_listing(tmp_path) == ["map.pdf"]


def test_a_failing_page_leaves_no_file(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = printing.build_sheet

    def broken(plan: Plan, options: PrintOptions) -> dict[str, Any]:
        sheet = real(plan, options)
        sheet["units"][0]["lat"] = None  # the page throws while drawing
        return sheet

    monkeypatch.setattr(printing, "build_sheet", broken)
    with pytest.raises(PrintError, match="print page failed"):
        write_pdf(sample_plan(), PrintOptions(), tmp_path / "map.pdf")
    assert _folder_listing(tmp_path) == []


def test_a_sheet_that_cannot_be_built_says_why_and_leaves_no_file(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the sheet is built on a worker thread while the page loads: its error still reaches the caller
    def refused(plan: Plan, options: PrintOptions) -> dict[str, Any]:
        raise PrintError("the plan cannot be printed: test")

    monkeypatch.setattr(printing, "build_sheet", refused)
    with pytest.raises(PrintError, match="cannot be printed: test"):
        write_pdf(sample_plan(), PrintOptions(), tmp_path / "map.pdf")
    assert _folder_listing(tmp_path) == []


# -- File > Print ------------------------------------------------------------------------------


def test_file_print_saves_the_extent_on_screen(qtbot, ui_library: Library, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr(printing, "show_error", lambda _parent, _title, text: errors.append(text))
    win = open_window(qtbot, ui_library)
    try:
        assert win.act_print.shortcut().toString() == "Ctrl+P"
        win.controller.select(["gb-hq"], fit=True)  # the planner zooms to Kyiv
        qtbot.waitUntil(lambda: win.controller.view_extent is not None and win.controller.view_extent.zoom >= 8)
        dlg = printing.PrintDialog(win)
        dlg.paper.setCurrentText("A4")
        dlg.orientation.setCurrentIndex(dlg.orientation.findData("portrait"))
        dlg.grid.setChecked(True)
        dlg.author.setText("Lt Col <Planner>")
        assert dlg.save_pdf(tmp_path / "screen.pdf"), errors
        assert ui_library.get_setting("print_author") == "Lt Col <Planner>"
        # a printer gets the same sheet
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printer.pdf"))
        assert dlg.print_to_printer(printer), errors
        # Cancel in the progress dialog: nothing is written, nothing is said
        dlg.renderStarted.connect(lambda renderer: renderer.cancel())
        assert not dlg.save_pdf(tmp_path / "cancelled.pdf")
        assert errors == [] and not (tmp_path / "cancelled.pdf").exists()
        dlg.deleteLater()
    finally:
        close_window(win)
    info = pdfinfo(tmp_path / "screen.pdf")
    assert page_size(info) == (595, 842) and info["Pages"] == "1"  # A4 portrait
    assert pdfinfo(tmp_path / "printer.pdf")["Pages"] == "1"
    text = pdftext(tmp_path / "screen.pdf")
    assert "Extent shown on screen · MGRS grid" in text and "Lt Col <Planner>" in text
    assert "UK armoured brigade (Belarus direction)" in text and "Bila Tserkva" in text
    assert "36U UA" in text, "the 100 km square is labelled"
    assert "Mine countermeasures" not in text, "the legend shows only what the map shows"
    assert BANNER in lines_of(text)[0] and BANNER in lines_of(text)[-1]


# -- the command line --------------------------------------------------------------------------


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("cli") / "library.sqlite"
    with Library(db) as lib:
        ensure_sample(lib)
    return db


def test_cli_prints_a4_portrait_without_a_display(cli_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "a4.pdf"
    r = _cli("print", SAMPLE_NAME, "--pdf", str(out), "--paper", "A4", "--orientation", "portrait", db=cli_db)
    assert r.returncode == 0, r.stderr
    info = pdfinfo(out)
    assert page_size(info) == (595, 842) and info["Pages"] == "1"
    text = pdftext(out)
    assert BANNER in lines_of(text)[0] and BANNER in lines_of(text)[-1]
    assert "All of Ukraine" in text and "United Kingdom (GB)" in text


def test_cli_release_pdf_has_no_unit_name_and_no_coordinate(cli_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "release.pdf"
    r = _cli("print", "1", "--pdf", str(out), "--paper", "A3", "--release", db=cli_db)
    assert r.returncode == 0, r.stderr
    assert page_size(pdfinfo(out)) == (1191, 842)
    plan = sample_plan()
    text = pdftext(out)
    assert "RELEASE VERSION" in text and "principle of ambiguity" in text
    assert "United Kingdom (GB)" in text and "Air-defence battery" in text
    reader = PdfReader(out)
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    flat_text = re.sub(r"\s+", " ", text)
    for u in plan.units:
        assert u.name not in flat_text and u.name not in metadata, u.name
    for c in plan.contributions:
        assert c.note not in flat_text
    leaked = sorted(s for s in coordinate_strings(plan) if s in text or s in metadata)
    assert leaked == []
    assert "/Annots" not in reader.pages[0] and reader.xmp_metadata is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["print", "no such plan", "--pdf", "{tmp}/x.pdf"], "no plan"),
        (["print", "1", "--pdf", "{tmp}/missing/x.pdf"], "does not exist"),
        (["print", "{tmp}/nothing.plan.geojson", "--pdf", "{tmp}/x.pdf"], "nothing.plan.geojson"),
    ],
)
def test_cli_bad_input_says_one_line_and_writes_nothing(
    cli_db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    r = _cli(*(a.format(tmp=tmp_path) for a in args), db=cli_db)
    assert r.returncode == 2
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("posture: ") and message in err[0], r.stderr
    assert "Traceback" not in r.stderr and _folder_listing(tmp_path) == []


# -- the pieces ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marking", "background"),
    [
        ("UNCLASSIFIED // EXERCISE", "#007a33"),
        ("NATO UNCLASSIFIED", "#007a33"),
        ("OFFICIAL", "#007a33"),
        ("OFFICIAL-SENSITIVE", "#502b85"),
        ("NATO RESTRICTED", "#502b85"),
        ("CONFIDENTIAL", "#0033a0"),
        ("secret // rel ukr", "#c8102e"),
        ("NATO SECRET", "#c8102e"),
        ("TOP SECRET", "#ff8c00"),
        ("COSMIC TOP SECRET", "#ff8c00"),
        ("EXERCISE ONLY", "#37474f"),
        ("   ", "#616161"),
    ],
)
def test_banner_colour_follows_the_marking(marking: str, background: str) -> None:
    style = marking_style(marking)
    assert style["background"] == background
    assert style["text"] == (" ".join(marking.split()).upper() or "NO CLASSIFICATION MARKING SET")


def test_date_time_group_is_zulu() -> None:
    assert date_time_group(NOW) == "141530Z MAR 26"


def test_suggested_file_name_is_safe() -> None:
    name = suggested_file_name("Sample — ceasefire / posture: <x>", PrintOptions("A3", release=True))
    assert name == "Sample-ceasefire-posture-x-A3-release.pdf"


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"type": "laidout", "units": -1, "legend": 0, "labels": 0, "scale": 1}',
        '{"type": "laidout", "units": "5", "legend": 0, "labels": 0, "scale": 1}',
        '{"type": "log", "level": "fatal", "message": "x"}',
        '{"type": "navigate", "url": "https://example.org"}',
        "x" * 200_000,
    ],
)
def test_the_print_bridge_refuses_bad_messages(text: str) -> None:
    with pytest.raises(ValueError):
        parse_page_message(text)


def test_mgrs_grid_over_ukraine_labels_its_100_km_squares() -> None:
    grid = mgrs_grid(44.0, 22.0, 52.5, 40.5)
    labels = {f["properties"]["label"] for f in grid["features"] if f["geometry"]["type"] == "Point"}
    assert {"35U LQ", "36U UA", "37U CR"} <= labels  # around Ternopil, Kyiv and Kharkiv
    kinds = {f["properties"]["kind"] for f in grid["features"] if f["geometry"]["type"] == "LineString"}
    assert kinds == {"line", "zone"}
    assert all("label" not in f["properties"] for f in grid["features"] if f["geometry"]["type"] == "LineString")
    close = mgrs_grid(50.40, 30.40, 50.50, 30.60)
    lines = [f["properties"] for f in close["features"] if f["properties"]["kind"] == "line"]
    assert lines and all(p["axis"] in ("e", "n") and re.fullmatch(r"\d\d", p["label"]) for p in lines)
