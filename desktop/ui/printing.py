"""Printing posture maps: one sheet (A4 or A3, landscape or portrait) to PDF or to a printer.

The sheet is the page ``app://posture/print.html`` (print.js, print.css), rendered off screen in
the same offline profile as the map. What the sheet shows is pure data built by
:func:`desktop.printsheet.build_sheet` (planner text is only ever set as text by the page); this
module is the Qt side only: it hands the data over a tiny QWebChannel bridge (:class:`PrintBridge`,
whose messages are checked by :func:`desktop.pagemessages.parse_page_message`, with the map's field
checks), waits for the page to say it is laid out, and asks Chromium for the PDF
(:class:`SheetRenderer`). The PDF reaches its file only whole (:func:`desktop.fileio.atomic_write`):
a failed or cancelled print leaves no file and no half-written one. A printer gets the same PDF,
drawn page by page (:func:`paint_pdf`), and the preview shows exactly that.

Release mode prints :func:`desktop.release.release_plan` of the plan: the page never receives an
exact position, a unit name or a note (see desktop/release.py for the rules).

Entry points: :func:`run_print_command` (``main.py print``), :func:`print_dialog` (File > Print).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter, QStandardItemModel
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
)

from desktop.fileio import STDOUT, FileRefused, atomic_write, check_output
from desktop.geopdf import georeference
from desktop.geopdf import prepare as prepare_georeference
from desktop.i18n import translate
from desktop.model import Plan
from desktop.pagemessages import LaidOut, parse_page_message
from desktop.printsheet import (
    ATTRIBUTION_EXTRA,
    ORIENTATIONS,
    PAPERS,
    PrintCancelled,
    PrintError,
    PrintOptions,
    build_sheet,
    date_time_group,
    marking_style,
    mgrs_grid,
)
from desktop.release import release_note
from desktop.ui.dialogs import PlanWindow, show_error
from desktop.ui.mapview import MapPage
from desktop.ui.web import make_profile

#: Also here for callers of this module: the sheet's content lives in desktop/printsheet.py.
__all__ = [
    "ATTRIBUTION_EXTRA", "PrintCancelled", "PrintDialog", "PrintError", "PrintOptions", "SheetRenderer",
    "build_sheet", "check_target", "date_time_group", "marking_style", "mgrs_grid", "paint_pdf",
    "parse_page_message", "pdf_page_png", "print_dialog", "print_sheet", "render_sheet", "run_png_export",
    "run_print_command", "suggested_file_name", "write_pdf",
]  # fmt: skip

log = logging.getLogger(__name__)


PRINT_URL = "app://posture/print.html"
RENDER_TIMEOUT_S = 180.0
MAX_PRINT_DPI = 600
PREVIEW_DPI = 150


# -- the page and its bridge ---------------------------------------------------------------------


class PrintBridge(QObject):
    """The print page's only object (``printer`` in JavaScript): one call in, a few messages out."""

    toPage = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_ready = False
        self.laid_out: LaidOut | None = None
        self.errors: list[str] = []
        self.refused = 0

    @Slot(str)
    def send(self, text: str) -> None:
        try:
            kind, payload = parse_page_message(text)
        except ValueError as e:
            self.refused += 1
            log.warning("print page: refused a message: %s", e)
            return
        if kind == "ready":
            self.is_ready = True
        elif kind == "laidout":
            self.laid_out = payload
        else:
            level, message = payload
            if level == "error":
                log.error("print page: %s", message)
                self.errors.append(message)
            else:
                log.info("print page %s: %s", level, message)

    def set_sheet(self, sheet: dict[str, Any]) -> None:
        self.toPage.emit(json.dumps({"fn": "setSheet", "args": [sheet]}, allow_nan=False))


class SheetRenderer(QObject):
    """Renders one sheet to PDF bytes off screen; single use (:meth:`render_pdf`, then :meth:`close`).

    ``progress(percent, text)`` reports the steps; :meth:`cancel` (e.g. from a progress dialog)
    makes :meth:`render_pdf` raise :class:`PrintCancelled` at the next step.
    """

    progress = Signal(int, str)

    def __init__(self, parent: QObject | None = None, url: str = PRINT_URL) -> None:
        super().__init__(parent)
        self.url = url  # the sheet's page: print.html, or another sheet speaking the same protocol
        self.profile, self.scheme_handler, self.interceptor = make_profile(self)
        self.page = MapPage(self.profile, self)
        s = self.page.settings()
        for attr, on in (
            (QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False),
            (QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False),
            (QWebEngineSettings.WebAttribute.PluginsEnabled, False),
            (QWebEngineSettings.WebAttribute.PdfViewerEnabled, False),
            (QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False),
            (QWebEngineSettings.WebAttribute.PrintElementBackgrounds, True),
        ):
            s.setAttribute(attr, on)
        self.bridge = PrintBridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("printer", self.bridge)
        self.page.setWebChannel(self.channel)
        # A view that is never on screen: Chromium lays out and paints as for a visible page.
        self.view = QWebEngineView()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.view.setPage(self.page)
        self._cancelled = False
        self._load_failed = False
        self._pdf: bytes | None = None
        self._pdf_done = False
        self.page.loadFinished.connect(self._loaded)

    def cancel(self) -> None:
        self._cancelled = True

    def _loaded(self, ok: bool) -> None:
        if not ok:
            self._load_failed = True

    def console_errors(self) -> list[str]:
        return [t for lvl, t in self.page.console if lvl == "error"] + list(self.bridge.errors)

    def _wait(self, done: Callable[[], bool], what: str, deadline: float) -> None:
        # A local event loop in short slices (never processEvents(flags, maxtime): it crashes
        # PySide 6.12 while QWebChannel delivers messages).
        while not done():
            if self._cancelled:
                raise PrintCancelled(translate("Printing", "the print was cancelled"))
            if self._load_failed:
                raise PrintError(translate("Printing", "the print page could not be loaded"))
            errors = self.console_errors()
            if errors:
                raise PrintError(
                    translate("Printing", "the print page failed while {what}: {error}").format(
                        what=what, error=errors[0][:300]
                    )
                )
            if time.monotonic() > deadline:
                raise PrintError(
                    translate("Printing", "the print page did not finish {what} in time").format(what=what)
                )
            loop = QEventLoop()
            QTimer.singleShot(15, loop.quit)
            loop.exec()

    def render_pdf(
        self, sheet: dict[str, Any] | Callable[[], dict[str, Any]], timeout_s: float = RENDER_TIMEOUT_S,
        *, paper: str = "A4", orientation: str = "landscape",
    ) -> bytes:  # fmt: skip
        """The sheet as PDF bytes (one page). Raises :class:`PrintError` or :class:`PrintCancelled`.

        ``sheet`` may be a function that builds it (pure, no Qt): it then runs on a worker thread
        while Chromium starts and loads the page (at 10,000 units the two take about a second
        each), and ``paper`` and ``orientation`` give the page's size meanwhile. Its errors are
        raised here."""
        deadline = time.monotonic() + timeout_s
        building: Future[dict[str, Any]] | None = None
        if callable(sheet):
            pool = ThreadPoolExecutor(1, thread_name_prefix="print-sheet")
            building = pool.submit(sheet)
            pool.submit(prepare_georeference)  # then the PDF library, before Chromium's PDF is back
            pool.shutdown(wait=False)
        else:
            paper, orientation = sheet["paper"], sheet["orientation"]
        w_mm, h_mm = PrintOptions(paper, orientation).page_size_mm()
        self.view.resize(math.ceil(w_mm / 25.4 * 96), math.ceil(h_mm / 25.4 * 96))
        self.view.show()
        self.progress.emit(5, self.tr("Loading the print page…"))
        self.page.load(QUrl(self.url))
        self._wait(
            lambda: self.bridge.is_ready and (building is None or building.done()),
            translate("Printing", "loading"),
            deadline,
        )
        if building is not None:
            sheet = building.result()  # the build's own error, if it failed
        assert isinstance(sheet, dict)
        self.progress.emit(25, self.tr("Drawing the map and tables…"))
        self.bridge.set_sheet(sheet)
        self._wait(lambda: self.bridge.laid_out is not None, translate("Printing", "laying out the sheet"), deadline)
        self.progress.emit(70, self.tr("Writing the PDF…"))
        size_id = QPageSize.PageSizeId.A3 if sheet["paper"] == "A3" else QPageSize.PageSizeId.A4
        orient = (
            QPageLayout.Orientation.Landscape
            if sheet["orientation"] == "landscape"
            else QPageLayout.Orientation.Portrait
        )
        layout = QPageLayout(QPageSize(size_id), orient, QMarginsF(0, 0, 0, 0))
        self.page.printToPdf(self._got_pdf, layout)
        # Chromium cannot stop a PDF half way: wait for it even when cancelled, then drop it.
        cancelled, self._cancelled = self._cancelled, False
        self._wait(lambda: self._pdf_done, translate("Printing", "writing the PDF"), deadline)
        if cancelled or self._cancelled:
            raise PrintCancelled(translate("Printing", "the print was cancelled"))
        if not self._pdf or not self._pdf.startswith(b"%PDF"):
            raise PrintError(translate("Printing", "Chromium produced no PDF"))
        laid = self.bridge.laid_out
        if laid is not None and laid.geo is not None:  # GDAL and QGIS read the map's coordinates
            self._pdf = georeference(self._pdf, laid.geo)
        self.progress.emit(100, self.tr("Done"))
        return self._pdf

    def _got_pdf(self, data: QByteArray | bytes) -> None:
        self._pdf = bytes(data.data()) if isinstance(data, QByteArray) else bytes(data)
        self._pdf_done = True

    def laid_out(self) -> LaidOut | None:
        return self.bridge.laid_out

    def close(self) -> None:
        """Delete the view and the page before their profile (Qt warns and may crash otherwise)."""
        for obj in (self.view, self.page):
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)
        if shiboken6.isValid(self.profile):
            shiboken6.delete(self.profile)


def render_sheet(
    sheet: dict[str, Any], on_renderer: Callable[[SheetRenderer], None] | None = None, url: str = PRINT_URL
) -> bytes:
    """Render ``sheet`` to PDF bytes in a fresh off-screen page (``url``), and clean up.

    ``on_renderer`` is called with the renderer before it starts (to connect progress and cancel).
    """
    return _render(sheet, on_renderer, url)


def _render(
    sheet: dict[str, Any] | Callable[[], dict[str, Any]],
    on_renderer: Callable[[SheetRenderer], None] | None = None,
    url: str = PRINT_URL,
    paper: str = "A4",
    orientation: str = "landscape",
) -> bytes:
    renderer = SheetRenderer(url=url)
    try:
        if on_renderer is not None:
            on_renderer(renderer)
        return renderer.render_pdf(sheet, paper=paper, orientation=orientation)
    finally:
        renderer.close()
        shiboken6.delete(renderer)


def write_pdf(plan: Plan | Callable[[], Plan], options: PrintOptions, path: str | os.PathLike[str], **kw: Any) -> bytes:
    """Print ``plan`` to the PDF file ``path`` whole or not at all; returns the bytes written.

    ``plan`` may be a function that reads it (pure, no Qt, e.g. from the library): it runs on
    the worker thread that builds the sheet, while Chromium starts, and its errors are raised here."""
    target = Path(path)
    check_target(target)

    def sheet() -> dict[str, Any]:
        return build_sheet(plan() if callable(plan) else plan, options)

    # the sheet is built while the page loads (SheetRenderer.render_pdf)
    data = _render(sheet, paper=options.paper, orientation=options.orientation, **kw)
    atomic_write(target, data)
    return data


def check_target(target: Path) -> None:
    """Refuse, before any work, a PDF path that cannot or must not be written
    (:func:`desktop.fileio.check_output`: the library, an input, a folder, a block device…)."""
    if os.fspath(target) == STDOUT:
        raise PrintError(translate("Printing", "a PDF is not text: give a file name, not - (standard output)"))
    try:
        check_output(target)
    except FileRefused as e:
        raise PrintError(str(e)) from None


# -- printers ----------------------------------------------------------------------------------


#: The most pixels one page is rendered with on a printer (A3 at 300 dpi is about 17.4 million).
MAX_PAGE_PIXELS = 40_000_000


def _pdf_document(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        raise PrintError(translate("Printing", "the PDF to print could not be read"))
    return doc, buf  # the buffer must live as long as the document


def paint_pdf(pdf: bytes, printer: QPrinter, dpi: int | None = None) -> int:
    """Draw every page of ``pdf`` on ``printer`` (a real printer or a preview), each whole, scaled
    to fill its printable area and centred: the preview is the sheet that prints. A page is
    rendered at the printer's resolution (at most :data:`MAX_PRINT_DPI` and
    :data:`MAX_PAGE_PIXELS`; :data:`PREVIEW_DPI` for a preview). Returns the number of pages drawn.
    :func:`print_sheet` sends a PDF printer the sheet itself, in vector."""
    doc, _buf = _pdf_document(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("Printing", "the printer could not be opened"))
    try:
        engine = painter.paintEngine()
        preview = engine is not None and engine.type() == QPaintEngine.Type.Picture
        res = dpi or (PREVIEW_DPI if preview else min(printer.resolution(), MAX_PRINT_DPI))
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            pt = doc.pagePointSize(i)
            page_res = min(res, 72 * math.sqrt(MAX_PAGE_PIXELS / max(1.0, pt.width() * pt.height())))
            size = QSize(round(pt.width() / 72 * page_res), round(pt.height() / 72 * page_res))
            img = doc.render(i, size)
            if img.isNull():
                raise PrintError(translate("Printing", "page {n} could not be drawn").format(n=i + 1))
            scale = min(area.width() / pt.width(), area.height() / pt.height())
            dw, dh = pt.width() * scale, pt.height() * scale
            painter.drawImage(QRectF((area.width() - dw) / 2, (area.height() - dh) / 2, dw, dh), img)
        return doc.pageCount()
    finally:
        painter.end()


def print_sheet(pdf: bytes, printer: QPrinter) -> int:
    """Send the sheet to ``printer``: a PDF printer (Print to File) gets the sheet's own PDF, in
    vector, the same file as Save PDF; any other printer gets :func:`paint_pdf`. The page count."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        doc, _buf = _pdf_document(pdf)
        try:
            atomic_write(Path(printer.outputFileName()), pdf)
        except (OSError, FileRefused) as e:
            raise PrintError(f"{printer.outputFileName()}: {getattr(e, 'strerror', None) or e}") from None
        return doc.pageCount()
    return paint_pdf(pdf, printer)


# -- command line ------------------------------------------------------------------------------


def run_print_command(args: argparse.Namespace) -> int:
    """``main.py print PLAN --pdf OUT [--paper] [--orientation] [--release] [--release-to XX]``: all
    of Ukraine.

    0 when the PDF was written. Bad input raises; :func:`desktop.cli.run` turns it into one
    line on stderr and exit 2 (no file is written).
    """
    from desktop.library import EXIT_OK, UsageError, resolve_plan

    try:
        target = Path(args.pdf)
        check_target(target)
        options = PrintOptions(
            paper=args.paper,
            orientation=args.orientation,
            release=bool(args.release),
            release_to=tuple(getattr(args, "release_to", None) or ()),
        )
        # the plan is read on the worker thread that builds the sheet, while Chromium starts (at
        # 10,000 units reading it takes 0.2 s); a plan not found is still one clear error
        write_pdf(lambda: resolve_plan(args.plan, args), options, target)
    except (PrintError, PrintCancelled) as e:
        raise UsageError(str(e)) from None
    return EXIT_OK


#: Resolution of ``export --format png`` (the print sheet as a picture): 150 dpi, an A4 sheet
#: 1754 x 1240 pixels; written into the PNG (pHYs), so a viewer knows its size on paper.
PNG_DPI = 150


def pdf_page_png(pdf: bytes, dpi: int = PNG_DPI, page: int = 0) -> bytes:
    """Page ``page`` of ``pdf`` drawn at ``dpi`` on white, as PNG bytes that state the dpi."""
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() <= page:
        raise PrintError(translate("Printing", "the sheet could not be read back to draw the picture"))
    pt = doc.pagePointSize(page)
    size = QSize(round(pt.width() / 72 * dpi), round(pt.height() / 72 * dpi))
    drawn = doc.render(page, size)
    if drawn.isNull():
        raise PrintError(translate("Printing", "the sheet could not be drawn as a picture"))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    data = QByteArray()
    out = QBuffer(data)
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(out, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes, the binding a str
        raise PrintError(translate("Printing", "the picture could not be encoded as PNG"))
    out.close()
    return bytes(data.data())


def run_png_export(args: argparse.Namespace) -> int:
    """``main.py export PLAN --format png -o OUT [--release] [--release-to XX]``: the print sheet
    (A4 landscape, all of Ukraine, banner and marking) as a picture at :data:`PNG_DPI`."""
    from desktop.library import EXIT_OK, UsageError, resolve_plan

    try:
        target = Path(args.output)
        if os.fspath(target) == STDOUT:
            raise PrintError(
                translate("Printing", "export to standard output: png is not a text format; give a file name")
            )
        check_target(target)
        options = PrintOptions(release=bool(args.release), release_to=tuple(getattr(args, "release_to", None) or ()))
        png = pdf_page_png(
            _render(  # the plan read and the sheet built on the worker thread while Chromium starts
                lambda: build_sheet(resolve_plan(args.plan, args), options),
                paper=options.paper,
                orientation=options.orientation,
            )
        )
        atomic_write(target, png)
    except (PrintError, PrintCancelled) as e:
        raise UsageError(str(e)) from None
    return EXIT_OK


# -- File > Print ------------------------------------------------------------------------------


def suggested_file_name(plan_name: str, options: PrintOptions) -> str:
    """``Sample-ceasefire-posture-A3-release.pdf``: the plan's name made safe for any file system."""
    stem = re.sub(r"[^\w.-]+", "-", plan_name, flags=re.UNICODE).strip("-._")[:80] or "posture"
    rel_to = "".join(f"-REL-{c}" for c in options.release_to)
    return f"{stem}-{options.paper}{'-release' if options.release else ''}{rel_to}.pdf"


class PrintDialog(QDialog):
    """File > Print: paper, orientation, map extent, MGRS grid, release mode and author; then
    Preview, Print (to a printer) or Save PDF. Long work shows a progress dialog with Cancel.

    ``renderStarted(renderer)`` is emitted when a :class:`SheetRenderer` starts (tests use it to
    cancel); ``last_pdf`` holds the bytes of the last rendered sheet.
    """

    renderStarted = Signal(object)

    def __init__(self, window: PlanWindow) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.setWindowTitle(self.tr("Print posture map"))
        self.last_pdf: bytes | None = None
        lib = window.library
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText(_setting(lib, "print_paper", "A4", PAPERS))
        self.orientation = QComboBox(self)
        names = {"landscape": self.tr("Landscape"), "portrait": self.tr("Portrait")}
        for o in ORIENTATIONS:
            self.orientation.addItem(names.get(o, o.capitalize()), o)
        self.orientation.setCurrentIndex(
            ORIENTATIONS.index(_setting(lib, "print_orientation", "landscape", ORIENTATIONS))
        )
        self.extent = QComboBox(self)
        self.extent.addItem(self.tr("Extent on screen"), "screen")
        self.extent.addItem(self.tr("All of Ukraine"), "ukraine")
        if window.controller.view_extent is None:
            self.extent.setCurrentIndex(1)
            model = self.extent.model()
            assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
            model.item(0).setEnabled(False)
        self.grid = QCheckBox(self.tr("MGRS grid"), self)
        self.grid.setToolTip(self.tr("Draw the MGRS grid: 100 km squares, or 10 km / 1 km lines on a close-up"))
        self.charts = QCheckBox(self.tr("Second page: charts"), self)
        self.charts.setToolTip(
            self.tr("Troops by nation and by phase, air-defence coverage of the priority sites (vector)")
        )
        self.orbat = QCheckBox(self.tr("Second page: order of battle"), self)
        self.orbat.setToolTip(self.tr("The tree by command as a table, with each unit's rolled-up strength"))
        self.release = QCheckBox(self.tr("Release version (principle of ambiguity)"), self)
        self.release.setToolTip(release_note())
        from desktop.ui.packagesui import recipient_box

        self.recipient = recipient_box(window.doc.plan, self)
        self.recipient.setToolTip(self.tr("Print only what is releasable to this nation, marked REL TO"))
        self.author = QLineEdit(self)
        self.author.setMaxLength(120)
        self.author.setPlaceholderText(self.tr("Name and appointment (left blank: a line to sign)"))
        self.author.setText(lib.get_setting("print_author", kind=str) or "")
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Map"), self.extent)
        form.addRow("", self.grid)
        form.addRow("", self.charts)
        form.addRow("", self.orbat)
        form.addRow("", self.release)
        form.addRow(self.tr("Release to"), self.recipient)
        form.addRow(self.tr("Author"), self.author)
        buttons = QDialogButtonBox(self)
        self.preview_button = buttons.addButton(self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(lambda: self.print_to_printer())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> PrintOptions:
        w = self.window_
        view = w.controller.view_extent if self.extent.currentData() == "screen" else None
        extent = None if view is None else (view.south, view.west, view.north, view.east)
        from desktop.ui.packagesui import chosen_recipients

        return PrintOptions(
            paper=self.paper.currentText(),
            orientation=self.orientation.currentData(),
            release=self.release.isChecked(),
            grid=self.grid.isChecked(),
            author=self.author.text(),
            extent=extent,
            exclude_us=w.ensure_analysis().exclude_us,
            release_to=chosen_recipients(self.recipient),
            charts=self.charts.isChecked(),
            orbat=self.orbat.isChecked(),
        )

    def _remember(self, options: PrintOptions) -> None:
        lib = self.window_.library
        try:
            lib.set_setting("print_paper", options.paper)
            lib.set_setting("print_orientation", options.orientation)
            lib.set_setting("print_author", options.author)
        except Exception as e:  # the library may be read-only; printing must not fail for it
            log.warning("could not remember the print settings: %s", e)

    def render(self) -> bytes | None:  # type: ignore[override]  # not QWidget.render: the sheet
        """Build and render the sheet with a progress dialog; None when cancelled or failed (said)."""
        try:
            options = self.options()
        except PrintError as e:
            show_error(self, self.tr("Print"), str(e))
            return None
        self._remember(options)
        progress = QProgressDialog(self.tr("Preparing the sheet…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)

        def started(renderer: SheetRenderer) -> None:
            def advance(value: int, text: str) -> None:
                progress.setLabelText(text)
                progress.setValue(value)

            renderer.progress.connect(advance)
            progress.canceled.connect(renderer.cancel)
            self.renderStarted.emit(renderer)

        try:
            sheet = build_sheet(self.window_.doc.viewed, options)  # the profile and phase viewed
            self.last_pdf = render_sheet(sheet, on_renderer=started)
            return self.last_pdf
        except PrintCancelled:
            return None
        except PrintError as e:
            show_error(self, self.tr("Print"), self.tr("The sheet could not be printed.\n\n{error}").format(error=e))
            return None
        finally:
            progress.reset()
            progress.deleteLater()

    def save_pdf(self, path: str | os.PathLike[str] | None = None) -> bool:
        """Render and write a PDF (asking where when ``path`` is None); True when written."""
        if path is None:
            lib = self.window_.library
            folder = lib.get_setting("print_folder", kind=str) or str(Path.home())
            name = suggested_file_name(self.window_.doc.plan.name, self.options())
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the posture map as PDF"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return False
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
            try:
                lib.set_setting("print_folder", str(Path(path).parent))
            except Exception as e:
                log.warning("could not remember the folder: %s", e)
        target = Path(path)
        try:
            check_target(target)
        except PrintError as e:
            show_error(self, self.tr("Save PDF"), str(e))
            return False
        data = self.render()
        if data is None:
            return False
        try:
            atomic_write(target, data)
        except FileRefused as e:
            show_error(self, self.tr("Save PDF"), str(e))
            return False
        except OSError as e:
            show_error(
                self,
                self.tr("Save PDF"),
                self.tr("{file}: {error}. Nothing was written.").format(file=target, error=e.strerror or e),
            )
            return False
        self.window_.statusBar().showMessage(self.tr("Saved the posture map to {file}").format(file=target), 6000)
        return True

    def _printer(self) -> QPrinter:
        o = self.options()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3 if o.paper == "A3" else QPageSize.PageSizeId.A4))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if o.orientation == "landscape" else QPageLayout.Orientation.Portrait
        )
        printer.setDocName(suggested_file_name(self.window_.doc.plan.name, o).removesuffix(".pdf"))
        return printer

    def print_to_printer(self, printer: QPrinter | None = None) -> bool:
        """Render, choose a printer (unless given) and print; True when sent to the printer."""
        if printer is None:
            printer = self._printer()
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        data = self.render()
        if data is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_sheet(data, printer)
        except PrintError as e:
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Print"), str(e))
            return False
        QApplication.restoreOverrideCursor()
        self.window_.statusBar().showMessage(self.tr("Sent the posture map to the printer"), 6000)
        return True

    def preview(self) -> None:
        """Render, then show the sheet in a print preview (which can print it too)."""
        data = self.render()
        if data is None:
            return
        printer = self._printer()  # the dialog does not own its printer: keep it alive until it closes
        dlg = QPrintPreviewDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print preview"))
        dlg.paintRequested.connect(lambda printer: paint_pdf(data, printer))
        dlg.resize(1100, 800)
        dlg.exec()


def _setting(library: Any, key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = library.get_setting(key, kind=str)
    return value if value in allowed else default


def print_dialog(window: PlanWindow) -> None:
    """File > Print (Ctrl+P): the :class:`PrintDialog` for the window's plan."""
    PrintDialog(window).exec()
