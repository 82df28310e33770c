"""The main window: map in the centre, palette (left), contributions and findings (right)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import mgrs
from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QUndoView,
    QWidget,
)

from db import Library, LibraryError
from desktop.model import Plan
from desktop.planfile import PlanFileError, read_plan_file
from desktop.ui.dialogs import PLAN_FILTER, PlanLibraryDialog, show_error
from desktop.ui.document import PlanDocument
from desktop.ui.mapcontroller import MapController
from desktop.ui.mapview import MapView
from desktop.ui.palette import Palette

log = logging.getLogger(__name__)
_MGRS = mgrs.MGRS()


def format_position(lat: float, lng: float) -> str:
    """``50.4501° N 30.5234° E · MGRS 36U UA 5123 8456`` (MGRS only where it is defined)."""
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lng >= 0 else "W"
    text = f"{abs(lat):.4f}° {ns}  {abs(lng):.4f}° {ew}"
    if -80.0 <= lat <= 84.0:
        try:
            m = _MGRS.toMGRS(lat, lng, MGRSPrecision=4)
            m = m.decode() if isinstance(m, bytes) else str(m)
            text += f"  ·  MGRS {m[:3]} {m[3:5]} {m[5:9]} {m[9:]}"
        except Exception:  # noqa: BLE001 (the read-out must never break the window)
            log.debug("no MGRS for %s, %s", lat, lng)
    return text


class MainWindow(QMainWindow):
    def __init__(self, library: Library, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.doc = PlanDocument(library, plan, self)
        self.map = MapView(self)
        self.setCentralWidget(self.map)
        self.palette = Palette(self)
        self.palette_dock = self._dock("Units", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea, "palette")
        self.side = self._make_side_panel()
        self.side_dock = self._dock("Contributions and findings", self.side, Qt.DockWidgetArea.RightDockWidgetArea, "side")
        self.controller = MapController(self.doc, self.map, self.palette.nation.code)
        self._rendered = False
        self._build_status_bar()
        self._build_menus()
        self.controller.cursorMoved.connect(lambda lat, lng: self.position_label.setText(format_position(lat, lng)))
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.controller.rendered.connect(self._on_rendered)
        self.doc.changed.connect(self._refresh_title)
        self.doc.failed.connect(lambda text: show_error(self, "Edit not saved", f"{text}\n\nThe plan is unchanged."))
        self.map.bridge.refused.connect(lambda reason: self.statusBar().showMessage(f"Ignored a bad message from the map: {reason}", 5000))
        self.resize(1500, 950)
        self._refresh_title()
        self._remember_plan()
        self.map.load_page()

    # construction ----------------------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _make_side_panel(self) -> QWidget:
        from desktop.ui.panel import SidePanel

        return SidePanel(self.doc, self)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.position_label = QLabel("Move the mouse over the map for its position", self)
        self.position_label.setToolTip("Latitude and longitude (WGS84) and MGRS of the mouse position")
        self.position_label.setMinimumWidth(420)
        self.summary_label = QLabel(self)
        sb.addPermanentWidget(self.summary_label)
        sb.addPermanentWidget(self.position_label)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(slot)
        return a

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self.act_new = self._action("&New plan", self.new_plan, QKeySequence.StandardKey.New, "Start an empty plan in the library")
        self.act_open = self._action("&Open…", self.open_library_dialog, QKeySequence.StandardKey.Open, "Open, duplicate, rename or delete plans")
        self.act_import = self._action("&Import plan file…", self.import_plan, "Ctrl+I", "Add a *.plan.geojson file to the library")
        self.act_export = self._action("&Export…", self.export_plan, "Ctrl+E", "Write the plan as GeoJSON, KML, CSV ledger or HTML map")
        self.act_print = self._action("&Print…", self.print_plan, QKeySequence.StandardKey.Print, "Print the posture map or save it as PDF")
        self.act_quit = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        for a in (self.act_new, self.act_open, self.act_import, self.act_export, None, self.act_print, None, self.act_quit):
            f.addSeparator() if a is None else f.addAction(a)
        e = mb.addMenu("&Edit")
        self.act_undo = self.doc.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.doc.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        e.addSeparator()
        self.history_view = QUndoView(self.doc.undo_stack)
        self.history_view.setEmptyLabel("<plan as opened>")
        self.history_dock = self._dock("History", self.history_view, Qt.DockWidgetArea.RightDockWidgetArea, "history")
        self.history_dock.hide()
        hist = self.history_dock.toggleViewAction()
        hist.setText("&History")
        hist.setShortcut(QKeySequence("Ctrl+H"))
        e.addAction(hist)
        v = mb.addMenu("&View")
        self.act_fit = self._action("&Whole of Ukraine", lambda: self.map.bridge.call("fitUkraine"), "Ctrl+0")
        v.addAction(self.act_fit)
        v.addSeparator()
        v.addAction(self.palette_dock.toggleViewAction())
        v.addAction(self.side_dock.toggleViewAction())

    # state -----------------------------------------------------------------------------------

    def _refresh_title(self, *_: object) -> None:
        p = self.doc.plan
        self.setWindowTitle(f"{p.name} — Posture")
        troops = sum(u.strength for u in p.units_in_phase())
        self.summary_label.setText(f"{len(p.units):,} units · {troops:,} troops ({p.phase.replace('_', ' ')})")

    def _remember_plan(self) -> None:
        try:
            self.library.set_setting("last_plan", self.doc.plan.id)
        except LibraryError as e:
            log.warning("could not remember the open plan: %s", e)

    def _on_rendered(self, units: int, ms: float) -> None:
        self._rendered = True
        log.info("drew %d units in %.0f ms", units, ms)

    def open_plan(self, plan_id: int) -> None:
        try:
            plan = self.library.load_plan(plan_id)
        except LibraryError as e:
            show_error(self, "Open plan", str(e))
            return
        self.doc.set_plan(plan)
        self._remember_plan()
        self.map.bridge.call("fitUkraine")

    # actions ---------------------------------------------------------------------------------

    def new_plan(self) -> None:
        try:
            pid = self.library.add_plan(Plan(name=f"New plan {time.strftime('%Y-%m-%d %H:%M')}"))
        except LibraryError as e:
            show_error(self, "New plan", str(e))
            return
        self.open_plan(pid)

    def open_library_dialog(self) -> None:
        dlg = PlanLibraryDialog(self.library, self.doc.plan.id, self)
        if dlg.exec() and dlg.chosen is not None:
            self.open_plan(dlg.chosen)
        else:
            self._refresh_title()

    def import_plan(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Import plan file", "", PLAN_FILTER)
            if not path:
                return
        try:
            plan = read_plan_file(path)
            pid = self.library.add_plan(plan)
        except (PlanFileError, LibraryError, OSError) as e:
            show_error(self, "Import plan file", f"Nothing was imported.\n\n{e}")
            return
        self.open_plan(pid)
        self.statusBar().showMessage(f"Imported “{plan.name}” ({len(plan.units)} units)", 6000)

    def export_plan(self) -> None:
        from desktop.ui.exporting import export_dialog

        export_dialog(self)

    def print_plan(self) -> None:
        from desktop.ui.printing import print_dialog

        print_dialog(self)

    # screenshots and shutdown ------------------------------------------------------------

    def wait_rendered(self, timeout_s: float = 30.0) -> bool:
        """Process events until the page has drawn the plan (or the time is up)."""
        # A local event loop, not processEvents(flags, maxtime): the latter crashes PySide 6.12
        # ("none_dealloc") while QWebChannel delivers messages.
        if not self._rendered:
            loop = QEventLoop()
            self.controller.rendered.connect(loop.quit)
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            loop.exec()
            self.controller.rendered.disconnect(loop.quit)
        return self._rendered

    def settle(self, ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save_screenshot(self, path: Path, size: tuple[int, int]) -> bool:
        self.resize(QSize(*size))
        self.show()
        if not self.wait_rendered():
            log.error("the map did not finish drawing; the screenshot may be incomplete")
        self.settle()
        ok = self.grab().save(str(path))
        if not ok:
            print(f"posture: could not write {path}")
        return ok

    def shutdown(self) -> None:
        self.map.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        # Every edit is already committed; nothing to save.
        super().closeEvent(event)
