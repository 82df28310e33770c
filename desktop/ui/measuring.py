"""The measuring tool in the window (tools.js on the page, desktop/measure.py for the figures)
and the selected unit's detail pane: its position in three forms and its distances to the
contact line, the Russian and Belarusian borders and the nearest priority site."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop import catalogue, coords, orbat
from desktop.i18n import catalogue_label, format_number, nation_name, place_name, translate
from desktop.ui.bridge import Measure, PageCall
from desktop.ui.commands import SetPlanFields
from desktop.ui.document import Change, PlanDocument

#: The plan's ``extra`` member of kept measurements (desktop/measure.py's ``ANNOTATIONS``).
ANNOTATIONS = "annotations"

if TYPE_CHECKING:
    from desktop import measure
    from desktop.ui.mainwindow import MainWindow


def km(value: float) -> str:
    """A distance in the language's conventions: ``468.2 km`` / ``468,2 км``, metres under 1 km."""
    if value < 1:
        return translate("Measuring", "{m} m").format(m=format_number(value * 1000))
    return translate("Measuring", "{km} km").format(km=format_number(value, 1))


def area(km2: float) -> str:
    return translate("Measuring", "{area} km²").format(area=format_number(km2, 1 if km2 < 100 else 0))


def decimal(lon: float, lat: float) -> str:
    """``50.45010° N, 30.52340° E`` / ``50,45010° пн. ш., 30,52340° сх. д.``."""
    ns = translate("MainWindow", "N") if lat >= 0 else translate("MainWindow", "S")
    ew = translate("MainWindow", "E") if lon >= 0 else translate("MainWindow", "W")
    return f"{format_number(abs(lat), 5)}° {ns}, {format_number(abs(lon), 5)}° {ew}"


def all_forms(lon: float, lat: float) -> str:
    """The three forms on one line (coords.format_all), the decimal one in the language's conventions."""
    m = coords.mgrs_of(lon, lat)
    return f"{decimal(lon, lat)}  ·  {coords.format_dms(lon, lat)}" + (f"  ·  MGRS {m}" if m else "")


def summary(m: measure.Measurement) -> str:
    """One line (desktop/measure.py's ``summary``) in the window's language."""
    if m.closed and m.area_km2 is not None:
        return translate("Measuring", "{km} around · {area}").format(km=km(m.total_km), area=area(m.area_km2))
    if len(m.legs) == 1:
        bearing = format_number(m.legs[0].bearing, 1).rjust(5, "0")
        return translate("Measuring", "{km} · bearing {bearing}°").format(km=km(m.total_km), bearing=bearing)
    return translate("Measuring", "{km} in %n leg(s)", None, len(m.legs)).format(km=km(m.total_km))


def install(window: MainWindow) -> None:
    """Map › Measure (Ctrl+M), Map › Clear kept measurements, and the page's kept measurements."""
    doc, bridge = window.doc, window.map.bridge
    start = QAction(translate("Measuring", "&Measure distance and area"), window)
    start.setShortcut(QKeySequence("Ctrl+M"))
    start.setStatusTip(
        translate(
            "Measuring", "Click points for geodesic distances and bearings; click the first point to close an area"
        )
    )

    def start_measuring() -> None:
        window.map.setFocus()
        bridge.call(PageCall.START_MEASURE)

    start.triggered.connect(start_measuring)
    clear = QAction(translate("Measuring", "Clear kept measurements"), window)
    clear.setStatusTip(translate("Measuring", "Remove every measurement kept on the map (undoable)"))

    def clear_all() -> None:
        from desktop import measure

        if measure.kept(doc.plan):
            doc.push(
                SetPlanFields(
                    doc, translate("Measuring", "Clear kept measurements"), extra=measure.without_annotations(doc.plan)
                )
            )

    clear.triggered.connect(clear_all)
    window.act_measure, window.act_clear_measures = start, clear
    menu = window.map_menu
    menu.addSeparator()
    menu.addAction(start)
    menu.addAction(clear)

    def keep(p: Measure) -> None:
        from desktop import measure

        m = measure.measure(p.coordinates, p.closed)
        text = translate("Measuring", "Keep a measurement ({summary})").format(summary=summary(m))
        if doc.push(SetPlanFields(doc, text, extra=measure.with_annotation(doc.plan, p.coordinates, m.closed))):
            window.statusBar().showMessage(
                translate("Measuring", "Kept on the map: {summary}").format(summary=summary(m)), 8000
            )

    bridge.on(Measure, keep)

    sent: list[bool] = [False]  # whether the page shows kept measurements now

    def show(change: Change | None = None) -> None:
        if change is None or change.reset or "extra" in change.fields:
            if not sent[0] and ANNOTATIONS not in doc.plan.extra:
                return  # nothing to draw (and the geodesy, with the geo data, loads when needed)
            from desktop import measure

            kept = measure.for_page(doc.plan)
            if kept or sent[0]:  # a plan without any sends nothing (the page may still be loading tools.js)
                bridge.call(PageCall.SET_ANNOTATIONS, kept)
                sent[0] = bool(kept)

    doc.changed.connect(show)
    # once the plan is drawn (every page module has run by then; "ready" may come before tools.js)
    window.controller.rendered.connect(lambda *_: show())


class UnitDetails(QWidget):
    """What a planner asks of the selected unit, with the rules' own distances."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.unit_id: str | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.rows: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, tip in (
            ("what", self.tr("Unit"), self.tr("Nation, kind and strength")),
            ("commander", self.tr("Commander"), self.tr("The unit it reports to (order of battle)")),
            ("decimal", self.tr("Position"), self.tr("Latitude and longitude, WGS84")),
            ("dms", "", self.tr("Degrees, minutes, seconds")),
            ("mgrs", "MGRS", self.tr("Military Grid Reference System, 1 m")),
            (
                "contact",
                self.tr("Contact line"),
                self.tr("Geodesic distance to the nearest contact line, as the rules measure it"),
            ),
            (
                "russia",
                self.tr("Russian border"),
                self.tr("Geodesic distance to Russia's border (the rules' threat axis)"),
            ),
            ("belarus", self.tr("Belarusian border"), self.tr("Geodesic distance to Belarus's border")),
            ("site", self.tr("Nearest priority site"), self.tr("The nearest of the plan's priority sites")),
        ):
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setToolTip(tip)
            form.addRow(label, value)
            self.rows[key] = value
        self.empty = QLabel(self.tr("Select one unit on the map or in the order of battle to see its distances."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.empty)
        lay.addWidget(self.title)
        self.form_host = QWidget(self)
        self.form_host.setLayout(form)
        lay.addWidget(self.form_host)
        lay.addStretch(1)
        doc.changed.connect(self._on_change)
        self.show_unit(None)

    def _on_change(self, change: Change) -> None:
        uid = self.unit_id
        if uid is not None and (change.reset or uid in change.units or uid in change.removed or change.fields):
            self.show_unit(uid if self.doc.plan.has_unit(uid) else None)

    def show_selection(self, ids: list[str]) -> None:
        self.show_unit(ids[0] if len(ids) == 1 else None)

    def show_unit(self, uid: str | None) -> None:
        plan = self.doc.plan
        self.unit_id = uid if uid is not None and plan.has_unit(uid) else None
        self.empty.setVisible(self.unit_id is None)
        self.title.setVisible(self.unit_id is not None)
        self.form_host.setVisible(self.unit_id is not None)
        if self.unit_id is None:
            return
        u = plan.unit(self.unit_id)
        lon, lat = u.position
        kind = catalogue_label(catalogue.kinds()[u.kind]["label"])
        from desktop import measure  # the geo data (numpy), loaded once a unit is selected

        d = measure.unit_distances(plan, u)
        boss = orbat.parent_of(u)
        r = self.rows
        self.title.setText(u.label())
        nation = nation_name(u.nation, catalogue.nation_name(u.nation))
        people = translate("UnitDetails", "%n personnel", None, u.strength)
        r["what"].setText(f"{nation} ({u.nation}) · {kind} · {people}")
        top = self.tr("none (top of the chain)")
        r["commander"].setText(plan.unit(boss).label() if boss and plan.has_unit(boss) else top)
        r["decimal"].setText(decimal(lon, lat))
        r["dms"].setText(coords.format_dms(lon, lat))
        r["mgrs"].setText(coords.mgrs_of(lon, lat) or self.tr("not defined here"))
        if d.contact_line_km is None:
            r["contact"].setText(self.tr("no contact line drawn"))
        elif d.in_occupied_area:
            r["contact"].setText(self.tr("{km} (inside the occupied area)").format(km=km(d.contact_line_km)))
        else:
            r["contact"].setText(km(d.contact_line_km))
        r["russia"].setText(km(d.russia_km))
        r["belarus"].setText(km(d.belarus_km))
        site = f"{place_name(d.nearest_site[0])}, {km(d.nearest_site[1])}" if d.nearest_site else self.tr("none")
        r["site"].setText(site)
