"""Keeps the map page in step with the document, and turns what the planner does on the map
(drops, drags, deletes, drawings) into undo commands. What a unit looks like to the page is
desktop/pagedata.py (pure)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.catalogue import in_group
from desktop.i18n import format_number, translate
from desktop.model import Geometry, Unit
from desktop.pagedata import (
    close_ring,
    geometries_for_page,
    known_template,
    tooltip,
    unit_for_page,
    unit_from_template,
)
from desktop.ui import commands
from desktop.ui.bridge import (
    Activate,
    Context,
    Cursor,
    Delete,
    Draw,
    Drop,
    Move,
    PageCall,
    Rendered,
    Select,
    View,
)
from desktop.ui.document import Change, PlanDocument
from desktop.ui.mapview import MapView

if TYPE_CHECKING:
    from desktop.doctrine import Finding
    from desktop.ui.analysis import Analysis

log = logging.getLogger(__name__)


class MapController(QObject):
    """Document ⇄ page. Emits what the window shows in its status bar and menus."""

    cursorMoved = Signal(float, float)
    selectionChanged = Signal(list)
    editRequested = Signal(str)
    contextRequested = Signal(object)
    rendered = Signal(int, float)  # units drawn, ms
    message = Signal(str)  # a line for the status bar

    def __init__(self, doc: PlanDocument, view: MapView, nation: Callable[[], str]) -> None:
        super().__init__(view)
        self.doc = doc
        self.view = view
        self.bridge = view.bridge
        self.current_nation = nation
        self.selection: list[str] = []
        self.view_extent: View | None = None
        self._flags: dict[str, str] | None = None  # what the page shows now
        self._flagged: tuple[Finding, ...] | None = None  # the findings ``_flags`` were made from
        self._sites: list[dict[str, Any]] | None = None
        #: Adds to what the page gets of a unit (the provenance view: ``tint``, ``dim``).
        self.unit_view: Callable[[Unit, dict[str, Any]], None] | None = None
        #: "Without the United States" is on: US units (and their rings) are off the map.
        self.hiding_us = False
        self._tips_owed = False  # the plan was sent without tooltips: send them once it is drawn
        b = self.bridge
        b.known_unit = lambda uid: self.doc.plan.has_unit(uid)
        b.known_template = known_template
        b.on(Drop, self._on_drop)
        b.on(Move, self._on_move)
        b.on(Select, self._on_select)
        b.on(Activate, lambda p: self.editRequested.emit(p.id))
        b.on(Context, self.contextRequested.emit)
        b.on(Delete, self._on_delete)
        b.on(Draw, self._on_draw)
        b.on(Cursor, lambda p: self.cursorMoved.emit(p.lat, p.lng))
        b.on(View, self._on_view)
        b.on(Rendered, self._on_rendered)
        doc.changed.connect(self._on_change)
        self.send_plan()

    # document -> page ------------------------------------------------------------------------

    @staticmethod
    def _us(u: Unit) -> bool:
        return in_group(u.nation, "us")

    def _shown(self, units: Iterable[Unit]) -> list[Unit]:
        return [u for u in units if not (self.hiding_us and self._us(u))]

    def set_hiding_us(self, on: bool) -> None:
        """Take every US unit off the map (a what-is-left view), or put them back."""
        if on == self.hiding_us:
            return
        self.hiding_us = on
        us = [u for u in self.doc.plan.units if self._us(u)]
        if on:
            self.bridge.call(PageCall.REMOVE_UNITS, [u.id for u in us])
            self.selection = [i for i in self.selection if i not in {u.id for u in us}]
            self.bridge.call(PageCall.SET_SELECTION, self.selection)
        elif us:
            self.bridge.call(PageCall.UPSERT_UNITS, [self.page_unit(u, self.doc.view_phase) for u in us])

    def page_unit(self, u: Unit, phase: str) -> dict[str, Any]:
        d = unit_for_page(u, phase)
        if self.unit_view is not None:
            self.unit_view(u, d)
        return d

    def refresh_units(self) -> None:
        """Send every unit again (the provenance view changed); the selection stays."""
        plan, phase = self.doc.plan, self.doc.view_phase
        self.bridge.call(PageCall.UPSERT_UNITS, [self.page_unit(u, phase) for u in self._shown(plan.units)])
        self.bridge.call(PageCall.SET_SELECTION, self.selection)

    def send_plan(self) -> None:
        plan, phase = self.doc.plan, self.doc.view_phase
        self._flags = self._sites = self._flagged = None  # a new page state: send them again
        # The tooltips (a third of the plan message, and of building it) follow once it is drawn
        # (``_on_rendered``); a view that adds to them (provenance) sends them with the units.
        self._tips_owed = self.unit_view is None
        shown = self._shown(plan.units)
        units = (
            [unit_for_page(u, phase, tip=False) for u in shown]
            if self._tips_owed
            else [self.page_unit(u, phase) for u in shown]
        )
        self.bridge.call(
            PageCall.SET_PLAN,
            {
                "units": units,
                "geometries": geometries_for_page(plan),
            },
        )
        self.selection = []
        self.selectionChanged.emit([])
        self._resized_once = False

    def _on_rendered(self, p: Rendered) -> None:
        size = (self.view.width(), self.view.height())
        if p.width >= 0 and (p.width, p.height) != size and min(size) > 0 and not self._resized_once:
            # Drawn at a size the view no longer has (the page loads while the window is built,
            # before it is laid out): "rendered" once it is drawn at the view's size.
            self._resized_once = True
            self.bridge.call(PageCall.RENDERED_AT, *size)
            return
        self.rendered.emit(p.units, p.ms)
        if self._tips_owed:
            self._tips_owed = False
            plan = self.doc.plan
            self.bridge.call(PageCall.SET_TIPS, {u.id: tooltip(u) for u in self._shown(plan.units)})

    def _on_change(self, change: Change) -> None:
        plan = self.doc.plan
        if change.reset:
            self.send_plan()
            return
        if change.view or "phase" in change.fields:  # units of another phase fade, later ones dash
            self.refresh_units()
            return
        if change.removed:
            self.bridge.call(PageCall.REMOVE_UNITS, sorted(change.removed))
            self.selection = [i for i in self.selection if i not in change.removed]
        units = self._shown(plan.unit(i) for i in change.units if plan.has_unit(i))
        if change.source is self:
            # Dragged on the page (a move this controller made): the page already shows a point
            # where it was dropped; only a route or area, moved along with its anchor, is redrawn.
            units = [u for u in units if u.geometry.type != "Point"]
        if units:
            self.bridge.call(PageCall.UPSERT_UNITS, [self.page_unit(u, self.doc.view_phase) for u in units])
            self.bridge.call(PageCall.SET_SELECTION, self.selection)
        if "geometries" in change.fields:
            self.bridge.call(PageCall.SET_GEOMETRIES, geometries_for_page(plan))

    def select(self, ids: list[str], fit: bool = False) -> None:
        self.selection = [i for i in ids if self.doc.plan.has_unit(i)]
        self.bridge.call(PageCall.SET_SELECTION, self.selection)
        if fit and self.selection:
            self.bridge.call(PageCall.FIT_TO, {"units": self.selection})
            self.bridge.call(PageCall.HIGHLIGHT, {"units": self.selection})
        self.selectionChanged.emit(self.selection)

    def show_analysis(self, analysis: Analysis) -> None:
        """Mark units with findings and draw the priority sites, covered or not."""
        from desktop.doctrine import priority_site_points

        self.set_hiding_us(analysis.without_us)
        if analysis.findings is not self._flagged:  # the same findings (most moves): the same flags
            self._flagged = analysis.findings
            warnings: dict[str, str] = {}
            errors: dict[str, str] = {}
            for f in analysis.findings:
                if f.severity == "error":
                    errors.update(dict.fromkeys(f.units, "error"))
                elif f.severity == "warning":
                    warnings.update(dict.fromkeys(f.units, "warning"))
            flags = warnings | errors
            if flags != self._flags:  # a move rarely changes them: spare the page a redraw
                self._flags = flags
                self.bridge.call(PageCall.SET_FLAGS, flags)
        cov = analysis.metrics["ad_coverage"]
        uncovered = set(cov["uncovered"])
        sites = [
            {"name": name, "lng": lon, "lat": lat, "covered": name not in uncovered}
            for name, lon, lat in priority_site_points(self.doc.viewed)
        ]
        if sites != self._sites:
            self._sites = sites
            self.bridge.call(PageCall.SET_SITES, sites)

    def show_finding(self, finding: Finding) -> None:
        """Zoom to and flash the units and sites a finding concerns."""
        from desktop.doctrine import priority_site_points

        units = [u for u in finding.units if self.doc.plan.has_unit(u)]
        known = {name: [lon, lat] for name, lon, lat in priority_site_points(self.doc.viewed)}
        sites = [known[s] for s in finding.sites if s in known]
        if not units and not sites:
            text = translate("MapController", "{rule} concerns the plan as a whole: {message}")
            self.message.emit(text.format(rule=finding.rule, message=finding.message))
            return
        if units:
            self.selection = units
            self.bridge.call(PageCall.SET_SELECTION, units)
            self.selectionChanged.emit(units)
        self.bridge.call(PageCall.FIT_TO, {"units": units, "sites": sites})
        self.bridge.call(PageCall.HIGHLIGHT, {"units": units, "sites": sites})

    # page -> document ------------------------------------------------------------------------

    def _on_drop(self, p: Drop) -> None:
        unit = unit_from_template(self.doc.plan, p.template, self.current_nation(), p.lng, p.lat)
        if self.doc.push(commands.AddUnits(self.doc, [unit])):
            self.select([unit.id])
            ns = translate("MainWindow", "N") if p.lat >= 0 else translate("MainWindow", "S")
            ew = translate("MainWindow", "E") if p.lng >= 0 else translate("MainWindow", "W")
            where = f"{format_number(abs(p.lat), 4)}° {ns}, {format_number(abs(p.lng), 4)}° {ew}"
            self.message.emit(
                translate("MapController", "Added {unit} at {position}").format(unit=unit.label(), position=where)
            )

    def _on_move(self, p: Move) -> None:
        if not p.final:
            return
        u = self.doc.plan.unit(p.id)
        if u.position == (p.lng, p.lat):
            return
        if not self.doc.push(commands.MoveUnit(self.doc, p.id, p.lng, p.lat, source=self)):
            self.bridge.call(PageCall.UPSERT_UNITS, [self.page_unit(u, self.doc.view_phase)])  # put it back

    def _on_select(self, p: Select) -> None:
        self.selection = list(p.ids)
        self.selectionChanged.emit(self.selection)

    def _on_delete(self, p: Delete) -> None:
        if p.ids:
            self.doc.push(commands.RemoveUnits(self.doc, p.ids))

    def _on_draw(self, p: Draw) -> None:
        coords = tuple(p.coordinates)
        if p.kind == "contact_line":
            self.doc.push(commands.SetGeometry(self.doc, "contact_line", Geometry("LineString", coords)))
        elif p.kind == "occupied_area":
            self.doc.push(commands.SetGeometry(self.doc, "occupied_area", Geometry("Polygon", (close_ring(coords),))))
        elif p.unit is not None:
            geom = Geometry("LineString", coords) if p.kind == "route" else Geometry("Polygon", (close_ring(coords),))
            u = self.doc.plan.unit(p.unit)
            text = {
                "route": translate("MapController", "Draw the patrol route of {unit}"),
                "area": translate("MapController", "Draw the patrol area of {unit}"),
                "cap": translate("MapController", "Draw the CAP area of {unit}"),
            }[p.kind].format(unit=u.label())
            self.doc.push(commands.EditUnit(self.doc, replace(u, geometry=geom), text))

    def _on_view(self, p: View) -> None:
        self.view_extent = p
