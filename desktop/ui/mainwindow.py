"""The main window: map in the centre, palette (left), contributions and findings (right)."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import mgrs
from PySide6.QtCore import QEventLoop, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QUndoView,
    QWidget,
)

from db import Library, LibraryError
from desktop import catalogue
from desktop.fileio import FileRefused, atomic_write
from desktop.i18n import catalogue_label, format_number, phase_label, translate
from desktop.model import Geometry, Plan
from desktop.pagedata import unit_from_template
from desktop.planfile import PlanFileError
from desktop.tally import PhaseStrength
from desktop.ui.bridge import Context, PageCall
from desktop.ui.commands import AddUnits, EditUnit, RemoveUnits, ReshapeUnit, SetGeometry, SetPlanFields
from desktop.ui.dialogs import PlanLibraryDialog, plan_filter, show_error
from desktop.ui.document import Change, PlanDocument
from desktop.ui.mapcontroller import MapController
from desktop.ui.mapview import MapView
from desktop.ui.palette import Palette
from desktop.ui.unitform import UnitForm
from desktop.ui.widgets import png_bytes, restyle

if TYPE_CHECKING:
    from desktop.ui.analysis import Analysis, Analyzer
    from desktop.ui.panel import SidePanel

log = logging.getLogger(__name__)
_MGRS = mgrs.MGRS()


def format_position(lat: float, lng: float) -> str:
    """``50.4501° N 30.5234° E · MGRS 36U UA 5123 8456`` (MGRS only where it is defined); in
    Ukrainian ``50,4501° пн. ш. 30,5234° сх. д.``."""
    ns = translate("MainWindow", "N") if lat >= 0 else translate("MainWindow", "S")
    ew = translate("MainWindow", "E") if lng >= 0 else translate("MainWindow", "W")
    text = f"{format_number(abs(lat), 4)}° {ns}  {format_number(abs(lng), 4)}° {ew}"
    if -80.0 <= lat <= 84.0:
        try:
            m = _MGRS.toMGRS(lat, lng, MGRSPrecision=4)
            m = m.decode() if isinstance(m, bytes) else str(m)
            text += f"  ·  MGRS {m[:3]} {m[3:5]} {m[5:9]} {m[9:]}"
        except Exception:
            log.debug("no MGRS for %s, %s", lat, lng)
    return text


class MainWindow(QMainWindow):
    #: The template palette (a dock). The name hides ``QWidget.palette()``, which nothing here calls.
    palette: Palette  # type: ignore[assignment]
    #: Actions that other modules add to the window (desktop/ui/searchbox.py, measuring.py).
    act_find: QAction
    act_measure: QAction
    act_clear_measures: QAction

    def __init__(
        self, library: Library, plan: Plan, parent: QWidget | None = None, map_view: MapView | None = None
    ) -> None:
        """``map_view``: a map already loading its page (start-up begins it before the library opens)."""
        super().__init__(parent)
        self.library = library
        self.doc = PlanDocument(library, plan, self)
        if map_view is None:
            # Chromium starts its processes and loads the page while Python builds the rest;
            # the bridge queues what the controller sends until the page is ready.
            map_view = MapView()
            map_view.load_page()
        self.map = map_view
        self.setCentralWidget(self.map)
        self.palette = Palette(self)
        self.palette_dock = self._dock(self.tr("Units"), self.palette, Qt.DockWidgetArea.LeftDockWidgetArea, "palette")
        # The principles engine (numpy, shapely, the geo data) loads once the map is drawn: the
        # planner sees the map first, the findings a moment later.
        self.analyzer: Analyzer | None = None
        self.side: SidePanel | None = None
        waiting = QLabel(self.tr("Loading the principles engine…"), self)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_dock = self._dock(
            self.tr("Contributions and findings"), waiting, Qt.DockWidgetArea.RightDockWidgetArea, "side"
        )
        self.controller = MapController(self.doc, self.map, self.palette.nation.code)
        self._build_orbat()
        self._load_user_templates()
        self._rendered = False
        self._analysis_hooked = True
        self._build_status_bar()
        self._build_menus()
        from desktop.ui import searchbox

        self.search_box = searchbox.install(self)
        self._build_measuring()
        self.controller.cursorMoved.connect(lambda lat, lng: self.position_label.setText(format_position(lat, lng)))
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.controller.rendered.connect(self._on_rendered)
        self.controller.editRequested.connect(self.edit_unit)
        self.controller.contextRequested.connect(self._context_menu)
        self.controller.selectionChanged.connect(self._selection_changed)
        self._strength = PhaseStrength()
        self.doc.changed.connect(self._refresh_title)
        self.doc.external.connect(self._external_change)
        self.doc.failed.connect(
            lambda text: show_error(
                self, self.tr("Edit not saved"), self.tr("{error}\n\nThe plan is unchanged.").format(error=text)
            )
        )
        self.map.bridge.refused.connect(
            lambda reason: self.statusBar().showMessage(
                self.tr("Ignored a bad message from the map: {reason}").format(reason=reason), 5000
            )
        )
        self.resize(1500, 950)
        self.resizeDocks([self.palette_dock, self.side_dock], [250, 420], Qt.Orientation.Horizontal)
        self._refresh_title()
        self._remember_plan()
        # The rules run once the map is drawn (the page's requests are served by this thread),
        # or after a moment if the page is slow.
        self.controller.rendered.connect(self._first_analysis_soon)
        QTimer.singleShot(3000, self._first_analysis)

    # construction ----------------------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_orbat(self) -> None:
        from desktop.ui.orbatdock import OrbatDock

        self.orbat = OrbatDock(self.doc, self.controller.select, self)
        self.orbat_dock = self._dock(
            self.tr("Order of battle"), self.orbat, Qt.DockWidgetArea.LeftDockWidgetArea, "orbat"
        )
        self.tabifyDockWidget(self.palette_dock, self.orbat_dock)
        self.palette_dock.raise_()
        self.controller.selectionChanged.connect(self.orbat.show_selection)
        self.orbat.editRequested.connect(self.edit_unit)
        self.orbat.failed.connect(lambda text: self.statusBar().showMessage(text, 6000))

    def _build_measuring(self) -> None:
        from desktop.ui import measuring

        measuring.install(self)
        self.details = measuring.UnitDetails(self.doc, self)
        self.details_dock = self._dock(
            self.tr("Selected unit"), self.details, Qt.DockWidgetArea.RightDockWidgetArea, "details"
        )
        self.splitDockWidget(self.side_dock, self.details_dock, Qt.Orientation.Vertical)
        self.controller.selectionChanged.connect(self.details.show_selection)
        self.view_menu.addAction(self.details_dock.toggleViewAction())
        from desktop.ui import legend

        self.legend = legend.install(self, self.doc, self.map, self.view_menu)

    def ensure_analysis(self) -> Analyzer:
        """The analyzer and the side panel, built now if the map has not asked for them yet."""
        if self.analyzer is None:
            from desktop.ui.analysis import Analyzer
            from desktop.ui.panel import SidePanel

            self.analyzer = Analyzer(self.doc, self)
            self.side = SidePanel(self.doc, self.analyzer, self)
            self.side_dock.setWidget(self.side)
            self.side.findingActivated.connect(self.controller.show_finding)
            self.analyzer.updated.connect(self.controller.show_analysis)
            self.analyzer.updated.connect(self._show_counts)
            from desktop.ui.chartsview import ChartsView

            self.charts = ChartsView(self.side)
            self.side.tabs.addTab(self.charts, self.tr("Charts"))
            self.analyzer.updated.connect(self.charts.show_analysis)
            from desktop.ui.fixes import install_findings_menu

            install_findings_menu(self, self.side.findings)
        return self.analyzer

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.position_label = QLabel(self.tr("Move the mouse over the map for its position"), self)
        self.position_label.setToolTip(self.tr("Latitude and longitude (WGS84) and MGRS of the mouse position"))
        self.position_label.setMinimumWidth(420)
        self.summary_label = QLabel(self)
        self.findings_label = QLabel(self)
        self.findings_label.setToolTip(
            self.tr("Findings of the principles engine for the viewed phase (see the side panel)")
        )
        sb.addPermanentWidget(self.findings_label)
        sb.addPermanentWidget(self.summary_label)
        sb.addPermanentWidget(self.position_label)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
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
        f = mb.addMenu(self.tr("&File"))
        self.act_new = self._action(
            self.tr("&New plan"),
            self.new_plan,
            QKeySequence.StandardKey.New,
            self.tr("Start an empty plan in the library"),
        )
        self.act_open = self._action(
            self.tr("&Open…"),
            self.open_library_dialog,
            QKeySequence.StandardKey.Open,
            self.tr("Open, duplicate, rename or delete plans"),
        )
        self.act_import = self._action(
            self.tr("&Import plan or GIS file…"),
            self.import_plan,
            "Ctrl+I",
            self.tr("Add a plan file, or a KML/KMZ, GeoPackage, shapefile, GeoJSON or CSV file, to the library"),
        )
        self.act_export = self._action(
            self.tr("&Export…"),
            self.export_plan,
            "Ctrl+E",
            self.tr("Write the plan as GeoJSON, KML, CSV ledger or HTML map"),
        )
        self.act_print = self._action(
            self.tr("&Print…"),
            self.print_plan,
            QKeySequence.StandardKey.Print,
            self.tr("Print the posture map or save it as PDF"),
        )
        self.act_package = self._action(
            self.tr("Export national pac&kage…"),
            self.export_package,
            None,
            self.tr("Write one nation's units and contributions as a package for its planners"),
        )
        self.act_merge = self._action(
            self.tr("&Merge packages…"),
            self.merge_packages,
            None,
            self.tr("Bring national packages into this plan (one undo step; conflicts refuse the merge)"),
        )
        self.act_compare = self._action(
            self.tr("Comp&are…"),
            self.compare_plans,
            "Ctrl+Shift+M",
            self.tr("Compare 2 to 4 courses of action side by side"),
        )
        self.act_basemap = self._action(
            self.tr("&Base map…"),
            self.choose_base_map,
            None,
            self.tr("Draw your own offline raster map (MBTiles or GeoPackage tiles) under the plan"),
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for a in (
            self.act_new,
            self.act_open,
            self.act_import,
            self.act_export,
            None,
            self.act_package,
            self.act_merge,
            None,
            self.act_print,
            self.act_compare,
            None,
            self.act_basemap,
            None,
            self.act_quit,
        ):
            f.addSeparator() if a is None else f.addAction(a)
        e = mb.addMenu(self.tr("&Edit"))
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        e.addSeparator()
        self.act_edit_unit = self._action(
            self.tr("&Edit unit…"),
            lambda: self.edit_unit(self.controller.selection[0]),
            "F2",
            self.tr("Edit every field of the selected unit (or double-click it, or press Enter on the map)"),
        )
        self.act_delete = self._action(
            self.tr("&Delete"),
            self.delete_selection,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected units"),
        )
        for a in (self.act_edit_unit, self.act_delete):
            a.setEnabled(False)
            e.addAction(a)
        e.addAction(
            self._action(
                self.tr("Add unit at a &position…"),
                lambda: self.add_at_position(),
                "Ctrl+Shift+A",
                self.tr("Add a unit at a position typed in MGRS, degrees-minutes-seconds or decimal degrees"),
            )
        )
        e.addSeparator()
        self.history_view = QUndoView(self.doc.undo_stack)
        self.history_view.setEmptyLabel(self.tr("<plan as opened>"))
        self.history_dock = self._dock(
            self.tr("History"), self.history_view, Qt.DockWidgetArea.RightDockWidgetArea, "history"
        )
        self.history_dock.hide()
        hist = self.history_dock.toggleViewAction()
        hist.setText(self.tr("&History"))
        hist.setShortcut(QKeySequence("Ctrl+H"))
        e.addAction(hist)
        v = self.view_menu = mb.addMenu(self.tr("&View"))
        self.act_fit = self._action(
            self.tr("&Whole of Ukraine"), lambda: self.map.bridge.call(PageCall.FIT_UKRAINE), "Ctrl+0"
        )
        v.addAction(self.act_fit)
        self.act_rings = self._toggle(self.tr("Range &rings"), "rings", self.tr("Show air-defence and ISR range rings"))
        self.act_labels = self._toggle(
            self.tr("Unit &names"), "labels", self.tr("Show unit names where they do not overlap")
        )
        self.act_sites = self._toggle(
            self.tr("Priority &sites"), "sites", self.tr("Show the priority sites and their air-defence coverage")
        )
        for a in (self.act_rings, self.act_labels, self.act_sites):
            v.addAction(a)
        from desktop.ui.provenance import ProvenanceView

        self.provenance = ProvenanceView(self)
        self.provenance.build_menu(v)
        v.addSeparator()
        self._language_menu(v)
        v.addSeparator()
        v.addAction(self.palette_dock.toggleViewAction())
        orbat_toggle = self.orbat_dock.toggleViewAction()
        orbat_toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        v.addAction(orbat_toggle)
        v.addAction(self.side_dock.toggleViewAction())
        m = self.map_menu = mb.addMenu(self.tr("&Map"))
        self.act_contact = self._action(
            self.tr("Draw the &contact line"),
            lambda: self.start_drawing("contact_line"),
            None,
            self.tr("Click along the line of contact; double-click to finish"),
        )
        self.act_occupied = self._action(
            self.tr("Draw the &occupied area"),
            lambda: self.start_drawing("occupied_area"),
            None,
            self.tr("Click around the occupied area; double-click to finish"),
        )
        self.act_import_geo = self._action(
            self.tr("&Import contact line or occupied area…"),
            self.import_plan_geometry,
            None,
            self.tr("Take the contact line / occupied area from a GeoJSON file"),
        )
        self.act_clear_contact = self._action(
            self.tr("Clear the contact line"), lambda: self._clear_geometry("contact_line")
        )
        self.act_clear_occupied = self._action(
            self.tr("Clear the occupied area"), lambda: self._clear_geometry("occupied_area")
        )
        for a in (
            self.act_contact,
            self.act_occupied,
            self.act_import_geo,
            None,
            self.act_clear_contact,
            self.act_clear_occupied,
        ):
            m.addSeparator() if a is None else m.addAction(a)
        m.addSeparator()
        self.act_propose_fixes = self._action(
            self.tr("&Propose fixes…"),
            lambda: self.open_fixes("fixes"),
            "Ctrl+Shift+F",
            self.tr("Edits that mend the findings, checked by the principles engine and previewed on the map"),
        )
        self.act_place_ad = self._action(
            self.tr("Place &air defence…"),
            lambda: self.open_fixes("air_defence"),
            None,
            self.tr(
                "Where the batteries placed would cover the most priority sites (a covering model, solved exactly)"
            ),
        )
        m.addAction(self.act_propose_fixes)
        m.addAction(self.act_place_ad)
        h = mb.addMenu(self.tr("&Help"))
        h.addAction(self._action(self.tr("&About Posture"), self.about))
        from desktop.ui import helpmenu

        helpmenu.install(self, h)

    def _language_menu(self, view: QMenu) -> None:
        """View › Language: English or Ukrainian, kept for the next start."""
        from desktop import i18n
        from desktop.ui.language import in_language, save_language

        menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            a = menu.addAction(name)
            a.setCheckable(True)
            a.setChecked(code == i18n.language())
            a.setData(code)
            group.addAction(a)

        def chosen(a: QAction) -> None:
            code = str(a.data())
            save_language(code)
            if code != i18n.language():
                # Said in the language of the window and in the one chosen, so both readers see it.
                source = "Posture will speak {language} from its next start."
                here = self.tr("Posture will speak {language} from its next start.")
                there = in_language(code, "MainWindow", source)
                said = [t.format(language=i18n.LANGUAGES[code]) for t in dict.fromkeys((here, there))]
                self.statusBar().showMessage(" — ".join(said), 15000)

        group.triggered.connect(chosen)
        self.language_actions = group

    def _toggle(self, text: str, option: str, tip: str) -> QAction:
        a = QAction(text, self)
        a.setCheckable(True)
        a.setChecked(True)
        a.setStatusTip(tip)
        a.toggled.connect(lambda on: self.map.bridge.call(PageCall.SET_OPTIONS, {option: on}))
        return a

    # state -----------------------------------------------------------------------------------

    def _refresh_title(self, change: object = None) -> None:
        p, phase = self.doc.plan, self.doc.view_phase  # the phase viewed
        self.setWindowTitle(self.tr("{plan} — Posture").format(plan=p.name))
        touched = None  # a new plan: counted afresh; an edit: only the units it touched
        if isinstance(change, Change) and not (change.reset or change.view):
            touched = change.units | change.removed
        troops = self._strength.total(p, phase, touched)
        units = translate("MainWindow", "%n unit(s)", None, len(p.units))
        people = translate("MainWindow", "%n troop(s)", None, troops)
        self.summary_label.setText(f"{units} · {people} ({phase_label(phase)})")

    def _show_counts(self, a: Analysis) -> None:
        e, w = a.count("error"), a.count("warning")
        errors = translate("MainWindow", "%n error(s)", None, e)
        self.findings_label.setText(f"{errors} · {translate('MainWindow', '%n warning(s)', None, w)}")
        colour = "#c62828" if e else "#e08600" if w else "#2e7d32"
        restyle(self.findings_label, f"color: {colour}; font-weight: bold; padding: 0 8px;")

    def _external_change(self, what: str) -> None:
        if what == "reloaded":
            self.statusBar().showMessage(
                self.tr("Another Posture window changed this plan: showing its latest state."), 8000
            )
            return
        show_error(
            self, self.tr("Plan deleted"), self.tr("Another Posture window deleted this plan. Opening another plan.")
        )
        from desktop.library import choose_plan

        try:
            self.doc.set_plan(choose_plan(self.library, None))
        except LibraryError as e:
            show_error(self, self.tr("Plan library"), str(e))
            return
        self._remember_plan()

    def _remember_plan(self) -> None:
        try:
            self.library.set_setting("last_plan", self.doc.plan.id)
        except LibraryError as e:
            log.warning("could not remember the open plan: %s", e)

    def _first_analysis_soon(self, *_: object) -> None:
        # Not within the "rendered" signal itself: whoever waits for the map goes first.
        QTimer.singleShot(0, self._first_analysis)

    def _first_analysis(self, *_: object) -> None:
        if self._analysis_hooked:
            self._analysis_hooked = False
            self.controller.rendered.disconnect(self._first_analysis_soon)
        analyzer = self.ensure_analysis()
        if analyzer.latest is None:
            analyzer.refresh()

    def _on_rendered(self, units: int, ms: float) -> None:
        if not self._rendered:
            from desktop.ui.document import settle_memory

            QTimer.singleShot(0, settle_memory)  # the plan opened with the window (not in the signal)
        self._rendered = True
        log.info("drew %d units in %.0f ms", units, ms)

    def open_plan(self, plan_id: int) -> None:
        try:
            plan = self.library.load_plan(plan_id)
        except LibraryError as e:
            show_error(self, self.tr("Open plan"), str(e))
            return
        self.doc.set_plan(plan)
        self._remember_plan()
        self.map.bridge.call(PageCall.FIT_UKRAINE)

    def _selection_changed(self, ids: list[str]) -> None:
        self.act_edit_unit.setEnabled(len(ids) == 1)
        self.act_delete.setEnabled(bool(ids))
        if len(ids) == 1 and self.doc.plan.has_unit(ids[0]):
            u = self.doc.plan.unit(ids[0])
            self.statusBar().showMessage(
                self.tr("Selected: {unit} ({nation}, {kind}, {strength})").format(
                    unit=u.label(),
                    nation=u.nation,
                    kind=catalogue_label(catalogue.kinds()[u.kind]["label"]) if u.kind in catalogue.kinds() else u.kind,
                    strength=translate("MainWindow", "%n personnel", None, u.strength),
                ),
                4000,
            )

    # actions ---------------------------------------------------------------------------------

    def edit_unit(self, unit_id: str) -> None:

        if not self.doc.plan.has_unit(unit_id):
            return
        form = UnitForm(self.doc.plan.unit(unit_id), self)
        if form.exec() and form.edited != self.doc.plan.unit(unit_id):
            from desktop import orbat

            bad = orbat.parent_problem(self.doc.plan.with_unit(form.edited).units)
            if bad is not None:  # a commander typed in the form: unknown, itself, or a cycle
                text = self.tr("Commander: “{parent}” {problem}.\n\nThe unit is unchanged.")
                show_error(self, self.tr("Edit unit"), text.format(parent=bad.parent, problem=bad.problem))
                return
            self.doc.push(EditUnit(self.doc, form.edited))

    def delete_selection(self) -> None:

        ids = [i for i in self.controller.selection if self.doc.plan.has_unit(i)]
        if ids:
            self.doc.push(RemoveUnits(self.doc, ids))

    def start_drawing(self, kind: str, unit_id: str | None = None) -> None:
        if unit_id is not None and self.doc.plan.has_unit(unit_id) and not self._may_redraw(unit_id):
            return
        self.map.setFocus()
        self.map.bridge.call(PageCall.SET_MODE, "draw", {"kind": kind, "unit": unit_id})

    def _may_redraw(self, unit_id: str) -> bool:
        """A unit that already has a route or an area: ask before a new drawing replaces it."""
        u = self.doc.plan.unit(unit_id)
        if u.geometry.type == "Point":
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the drawing?"),
            self.tr("{unit} already has a route or an area. Draw a new one in its place?").format(unit=u.label()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _clear_geometry(self, kind: str) -> None:

        if self.doc.plan.geometry(kind) is not None:
            self.doc.push(SetGeometry(self.doc, kind, None))

    def import_plan_geometry(self) -> None:

        from desktop.planfile import read_plan_geometries

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contact line or occupied area"), "", plan_filter())
        if not path:
            return
        try:
            found = read_plan_geometries(path)
        except (PlanFileError, OSError) as e:
            show_error(
                self, self.tr("Import contact line"), self.tr("Nothing was imported.\n\n{error}").format(error=e)
            )
            return
        kinds = {g.kind for g in found}
        keep = tuple(g for g in self.doc.plan.geometries if g.kind not in kinds)
        self.doc.push(
            SetPlanFields(
                self.doc,
                self._import_text(kinds),
                geometries=keep + tuple(found),
            )
        )

    def _context_menu(self, p: Context) -> None:
        menu = QMenu(self)
        if p.id is not None and self.doc.plan.has_unit(p.id):
            u = self.doc.plan.unit(p.id)
            self.controller.select([u.id])
            title = menu.addAction(u.label())
            title.setEnabled(False)
            menu.addAction(self.tr("Edit…"), lambda: self.edit_unit(u.id))
            if u.kind == "sea.patrol":
                menu.addAction(self.tr("Draw patrol route…"), lambda: self.start_drawing("route", u.id))
                menu.addAction(self.tr("Draw patrol area…"), lambda: self.start_drawing("area", u.id))
            if u.kind == "air.policing":
                menu.addAction(self.tr("Draw CAP area…"), lambda: self.start_drawing("cap", u.id))
            if u.geometry.type != "Point":
                menu.addAction(self.tr("Back to a point"), lambda: self._to_point(u.id))
            menu.addAction(self.tr("Save as my template…"), lambda: self.save_as_template(u.id))
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), lambda: self.doc.push(RemoveUnits(self.doc, [u.id])))
        else:
            add = menu.addMenu(self.tr("Add unit here"))
            for t in catalogue.all_templates():
                add.addAction(catalogue_label(t.label), functools.partial(self._add_at, t.id, p.lng, p.lat))
            menu.addAction(self.tr("Add unit at a position (MGRS, DMS)…"), lambda: self.add_at_position(p.lng, p.lat))
            menu.addSeparator()
            menu.addAction(self.act_contact)
            menu.addAction(self.act_occupied)
        menu.popup(self.map.mapToGlobal(QPoint(int(p.x), int(p.y))))

    def open_fixes(self, which: str) -> QDialog:
        """Open "Propose fixes" (``fixes``) or "Place air defence" (``air_defence``), non-modal."""
        from desktop.ui import fixes

        self.ensure_analysis()
        dialog = fixes.FixesDialog(self) if which == "fixes" else fixes.AirDefenceDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _add_at(self, template_id: str, lon: float, lat: float) -> None:

        unit = unit_from_template(self.doc.plan, template_id, self.palette.nation.code(), lon, lat)
        if self.doc.push(AddUnits(self.doc, [unit])):
            self.controller.select([unit.id])

    def add_at_position(self, lon: float | None = None, lat: float | None = None) -> None:
        """Add a unit at a position typed in MGRS, DMS or decimal degrees."""
        from desktop.ui.addat import AddAtDialog

        dlg = AddAtDialog(self.palette.nation.code(), lon, lat, self)
        if dlg.exec() and dlg.chosen is not None:
            template, nation, lon, lat = dlg.chosen
            unit = unit_from_template(self.doc.plan, template, nation, lon, lat)
            if self.doc.push(AddUnits(self.doc, [unit])):
                self.controller.select([unit.id], fit=True)

    def _load_user_templates(self) -> None:
        from desktop import usertemplates

        usertemplates.install(usertemplates.parse(self.library.get_setting(usertemplates.SETTING, [])))
        self.palette._fill()

    def save_as_template(self, unit_id: str, label: str | None = None) -> bool:
        """Save the unit as a palette template of the planner's own (kept in the library)."""
        from PySide6.QtWidgets import QInputDialog

        from desktop import usertemplates

        if not self.doc.plan.has_unit(unit_id):
            return False
        u = self.doc.plan.unit(unit_id)
        if label is None:
            label, ok = QInputDialog.getText(
                self, self.tr("Save as my template"), self.tr("Name of the template:"), text=u.label()
            )
            if not ok:
                return False
        try:
            mine = list(catalogue.user_templates())
            t = usertemplates.from_unit(u, label, [x.id for x in catalogue.all_templates()])
            self.library.set_setting(usertemplates.SETTING, [usertemplates.to_json(x) for x in (*mine, t)])
        except (ValueError, LibraryError) as e:
            show_error(
                self, self.tr("Save as my template"), self.tr("The template was not saved.\n\n{error}").format(error=e)
            )
            return False
        self._load_user_templates()
        text = self.tr("“{template}” is in the palette (★), ready to drag onto the map.").format(template=t.label)
        self.statusBar().showMessage(text, 6000)
        return True

    def _to_point(self, unit_id: str) -> None:

        u = self.doc.plan.unit(unit_id)
        self.doc.push(
            ReshapeUnit(
                self.doc, unit_id, Geometry.point(*u.position), self.tr("Make {unit} a point").format(unit=u.label())
            )
        )

    def about_texts(self) -> tuple[str, str]:
        """The title and the text of Help › About."""
        from desktop import __version__

        text = self.tr(
            "Posture {version}\n\n"
            "Posture — sketch a multinational reassurance force for Ukraine and check it against "
            "the mission's principles (ECFR 'From Willing to Able', 2025; MFU London talks, 2025).\n\n"
            "Works fully offline.\n\nBoundaries © OpenStreetMap contributors (ODbL), via geoBoundaries · "
            "Made with Natural Earth · Cities © GeoNames (CC BY 4.0)"
        )
        return self.tr("About Posture"), text.format(version=__version__)

    def about(self) -> None:
        QMessageBox.about(self, *self.about_texts())

    def _now(self) -> str:
        """Now as a date-time group in the language (``020145Z DEC 26``, ``020145Z ГРУ 26``), as
        the print sheet writes it."""
        from datetime import UTC, datetime

        from desktop.i18n import date_time_group

        return date_time_group(datetime.now(UTC))

    def _import_text(self, kinds: set[str]) -> str:
        """The undo text of Map › Import contact line or occupied area."""
        if kinds == {"contact_line", "occupied_area"}:
            return self.tr("Import contact line and occupied area")
        if kinds == {"contact_line"}:
            return self.tr("Import contact line")
        return self.tr("Import occupied area")

    def new_plan(self) -> None:
        try:
            pid = self.library.add_plan(Plan(name=self.tr("New plan {date}").format(date=self._now())))
        except LibraryError as e:
            show_error(self, self.tr("New plan"), str(e))
            return
        self.open_plan(pid)

    def open_library_dialog(self) -> None:
        dlg = PlanLibraryDialog(self.library, self.doc.plan.id, self)
        if dlg.exec() and dlg.chosen is not None:
            self.open_plan(dlg.chosen)
        else:
            self._refresh_title()

    def import_plan(self, path: str | None = None) -> None:
        """File › Import: a plan file, or a GIS file with a preview of its mapping (gisimportui)."""
        from desktop.ui.gisimportui import import_file

        import_file(self, path)

    def choose_base_map(self) -> None:
        from desktop.ui.basemapui import choose_base_map

        choose_base_map(self)

    def export_plan(self) -> None:
        from desktop.ui.exporting import export_dialog

        export_dialog(self)

    def export_package(self) -> None:
        from desktop.ui.packagesui import export_package_dialog

        export_package_dialog(self)

    def merge_packages(self) -> None:
        from desktop.ui.packagesui import merge_packages_dialog

        merge_packages_dialog(self)

    def compare_plans(self) -> None:
        from desktop.ui.compareview import open_compare

        open_compare(self)

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
        from desktop.ui.basemapui import wait_for_tiles

        if not wait_for_tiles(self):
            log.error("the base map's tiles did not finish loading; the screenshot may be incomplete")
        self.settle()
        try:
            atomic_write(path, png_bytes(self.grab()))
        except (OSError, FileRefused) as e:
            print(f"posture: {e}", file=sys.stderr)
            return False
        return True

    def shutdown(self) -> None:
        self.doc.stop()
        if self.analyzer is not None:
            self.analyzer.shutdown()
        self.map.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every edit is already committed; nothing to save.
        super().closeEvent(event)
