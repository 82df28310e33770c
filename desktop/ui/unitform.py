"""The unit form: every field of a unit (plan-format.md), checked before anything is saved."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import catalogue, coords, symbols
from desktop.model import ALLOWED_GEOMETRIES, KNOWN_ROLES, PHASES, Geometry, Unit, valid_position
from desktop.ui import widgets
from desktop.ui.palette import NationBox, symbol_pixmap

MAX_NAME = 200
ROLE_LABELS = {
    "ceasefire_monitoring": "Ceasefire monitoring",
    "entry_point": "Entry point",
    "protect_infrastructure": "Protect infrastructure",
}
PHASE_LABELS = {"ceasefire": "Ceasefire", "settlement": "Settlement", "long_term": "Long term"}
GENERATIONS = ["3", "3.5", "4", "4.5", "5"]


class FormError(ValueError):
    """A value in the unit form is not acceptable; the message names the field."""


class UnitForm(QDialog):
    """Edit one unit. ``result_unit()`` gives the edited value (or raises :class:`FormError`)."""

    def __init__(self, unit: Unit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self.setWindowTitle(f"Edit unit — {unit.label()}")
        self.setMinimumWidth(460)
        self.symbol = QLabel(self)
        self.name = QLineEdit(unit.name, self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(catalogue.kinds()[unit.kind]["label"])
        self.nation = NationBox(self)
        self.nation.set_code(unit.nation)
        self.kind = QComboBox(self)
        for k, info in catalogue.kinds().items():
            self.kind.addItem(f"{info['label']} ({k})", k)
        self.kind.setCurrentIndex(self.kind.findData(unit.kind))
        self.kind.setToolTip("Only kinds that allow this unit's geometry (point, route or area) can be chosen")
        self.strength = QSpinBox(self)
        self.strength.setRange(0, 1_000_000)
        self.strength.setGroupSeparatorShown(True)
        self.strength.setValue(unit.strength)
        self.strength.setSuffix(" personnel")
        self.phases = {p: QCheckBox(PHASE_LABELS[p], self) for p in PHASES}
        for p, box in self.phases.items():
            box.setChecked(unit.in_phase(p))
        self.roles = {r: QCheckBox(ROLE_LABELS[r], self) for r in KNOWN_ROLES}
        for r, box in self.roles.items():
            box.setChecked(r in unit.roles)
        self.other_roles = QLineEdit(", ".join(r for r in unit.roles if r not in KNOWN_ROLES), self)
        self.other_roles.setPlaceholderText("other roles, comma-separated")
        self.sidc = QLineEdit(unit.sidc or "", self)
        self.sidc.setPlaceholderText(f"default {catalogue.default_sidc(unit.kind)}")
        self.sidc.setToolTip("APP-6D 20-digit symbol code; leave empty for the kind's default")
        self.system = QLineEdit(unit.system or "", self)
        self.range_km = QDoubleSpinBox(self)
        self.range_km.setRange(0, 5000)
        self.range_km.setDecimals(1)
        self.range_km.setSuffix(" km")
        self.range_km.setValue(unit.range_km or 0)
        self.aircraft = QLineEdit(unit.aircraft or "", self)
        self.generation = QComboBox(self)
        self.generation.setEditable(True)
        self.generation.addItems(GENERATIONS)
        self.generation.setCurrentText("" if unit.generation is None else f"{unit.generation:g}")
        self.count = QSpinBox(self)
        self.count.setRange(0, 1000)
        self.count.setValue(unit.count or 0)
        self.count.setSuffix(" aircraft")
        self.ships = QSpinBox(self)
        self.ships.setRange(0, 500)
        self.ships.setValue(unit.ships or 0)
        lon, lat = unit.position
        self.lat = QLineEdit(f"{lat:.5f}", self)
        self.lon = QLineEdit(f"{lon:.5f}", self)
        for w, tip in (
            (self.lat, "Latitude, −90 to 90: decimal degrees (50.45) or DMS (50°27′00″N)"),
            (self.lon, "Longitude, −180 to 180: decimal degrees (30.52) or DMS (30°31′12″E)"),
        ):
            w.setToolTip(tip)
        # One box for a whole position in any form planners use; it fills lat and lon.
        self.position = QLineEdit(self)
        self.position.setPlaceholderText("type MGRS, DMS or decimal: 36U UA 23940 91604 · 50°27′N 30°31′E")
        self.position.setToolTip(
            "A position in MGRS (36U UA 23940 91604), degrees-minutes-seconds (50°27′00″N 30°31′12″E)\n"
            "or decimal degrees, latitude first (50.45, 30.52); press Enter to take it"
        )
        self.position.editingFinished.connect(self._take_position)
        self.position_forms = QLabel(self)
        self.position_forms.setTextFormat(Qt.TextFormat.PlainText)
        self.position_forms.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position_forms.setStyleSheet("color: #555;")
        self.lat.textChanged.connect(self._show_position_forms)
        self.lon.textChanged.connect(self._show_position_forms)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Nation", self.nation)
        form.addRow("Kind", self.kind)
        form.addRow("Strength", self.strength)
        form.addRow("Phases", widgets.row(*self.phases.values(), stretch=True))
        form.addRow("Roles", widgets.row(*self.roles.values(), stretch=True))
        form.addRow("", self.other_roles)
        self._kind_rows: dict[str, list[QWidget]] = {}
        self._add_kind_row(form, "System", self.system, ("air.defence", "air.isr"))
        self._add_kind_row(form, "Range", self.range_km, ("air.defence", "air.isr"))
        self._add_kind_row(form, "Aircraft", self.aircraft, ("air.policing",))
        self._add_kind_row(form, "Generation", self.generation, ("air.policing",))
        self._add_kind_row(form, "Aircraft count", self.count, ("air.policing",))
        self._add_kind_row(form, "Ships", self.ships, ("sea.patrol", "sea.mcm"))
        form.addRow("Symbol code", self.sidc)
        form.addRow("Position", widgets.row(QLabel("lat", self), self.lat, QLabel("lon", self), self.lon, stretch=True))
        form.addRow("", self.position)
        form.addRow("", self.position_forms)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.symbol)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.nation.currentIndexChanged.connect(self._preview)
        self.sidc.textChanged.connect(self._preview)
        self._kind_changed()
        if unit.geometry.type != "Point":
            self.lat.setToolTip(self.lat.toolTip() + " — moves the whole route or area")
        self._show_position_forms()

    def _take_position(self) -> None:
        """The position box, read in any form, into the lat and lon fields."""
        text = self.position.text().strip()
        if not text:
            return
        try:
            lon, lat = coords.parse_position(text)
        except coords.CoordinateError as e:
            self.error.setText(f"Position: {e}.")
            return
        self.error.clear()
        self.lat.setText(f"{lat:.6f}")
        self.lon.setText(f"{lon:.6f}")

    def _show_position_forms(self) -> None:
        try:
            lat = coords.parse_angle(self.lat.text(), "lat")
            lon = coords.parse_angle(self.lon.text(), "lon")
        except coords.CoordinateError as e:
            self.position_forms.setText(str(e))
            return
        self.position_forms.setText(coords.format_all(lon, lat))

    def _add_kind_row(self, form: QFormLayout, label: str, widget: QWidget, kinds: tuple[str, ...]) -> None:
        lab = QLabel(label, self)
        form.addRow(lab, widget)
        for k in kinds:
            self._kind_rows.setdefault(k, []).extend([lab, widget])
        widget.setProperty("kinds", kinds)
        lab.setProperty("kinds", kinds)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for shown in self._kind_rows.values():
            for w in shown:
                w.setVisible(kind in w.property("kinds"))
        self.sidc.setPlaceholderText(f"default {catalogue.default_sidc(kind)}")
        self._preview()

    def _preview(self) -> None:
        code = self.sidc.text().strip()
        sidc = code if symbols.is_valid_sidc(code) else catalogue.default_sidc(self.kind.currentData())
        pm: QPixmap = symbol_pixmap(sidc, self.nation.code(), 48)
        self.symbol.setPixmap(pm)

    def _save(self) -> None:
        try:
            self.edited = self.result_unit()
        except FormError as e:
            self.error.setText(str(e))
            return
        self.accept()

    def result_unit(self) -> Unit:
        """The unit as the form now says, or :class:`FormError` naming the bad field."""
        u = self.unit
        kind = str(self.kind.currentData())
        if u.geometry.type not in ALLOWED_GEOMETRIES[kind]:
            raise FormError(
                f"Kind: a {kind} unit cannot be a {u.geometry.type}; keep {u.kind} or redraw it as a point."
            )
        nation = self.nation.code()
        if not catalogue.is_nation_code(nation):
            raise FormError(f"Nation: {nation!r} is not an ISO 3166-1 alpha-2 code.")
        code = self.sidc.text().strip()
        if code and not symbols.is_valid_sidc(code):
            raise FormError("Symbol code: must be 20 digits of a valid APP-6D code, or empty for the default.")
        if self.position.text().strip():
            self._take_position()  # typed, and Save pressed without leaving the box
            try:
                coords.parse_position(self.position.text())
            except coords.CoordinateError as e:
                raise FormError(f"Position: {e}.") from None
        try:
            lat = coords.parse_angle(self.lat.text(), "lat")
            lon = coords.parse_angle(self.lon.text(), "lon")
        except coords.CoordinateError as e:
            raise FormError(f"Position — {e}.") from None
        if not valid_position(lon, lat):
            raise FormError(f"Position: {lat}, {lon} is outside −90…90 / −180…180.")
        phases = tuple(p for p, box in self.phases.items() if box.isChecked())
        if not phases:
            raise FormError("Phases: tick at least one phase the unit is deployed in.")
        generation = None
        if kind == "air.policing" and self.generation.currentText().strip():
            generation = _float(self.generation.currentText(), "Generation")
            if not 1 <= generation <= 6:
                raise FormError("Generation: a fighter generation is a number from 1 to 6 (e.g. 4, 4.5, 5).")
        roles = [r for r, box in self.roles.items() if box.isChecked()]
        roles += [r.strip() for r in self.other_roles.text().split(",") if r.strip() and r.strip() not in roles]
        lon0, lat0 = u.position
        unchanged = f"{lat0:.5f}" == self.lat.text().strip() and f"{lon0:.5f}" == self.lon.text().strip()
        geometry: Geometry = u.geometry if unchanged else u.geometry.moved_to(lon, lat)  # keep full precision
        return replace(
            u,
            kind=kind,
            nation=nation,
            name=self.name.text().strip(),
            strength=self.strength.value(),
            phases=() if len(phases) == len(PHASES) else phases,
            roles=tuple(roles),
            sidc=code or None,
            system=(self.system.text().strip() or None) if kind in ("air.defence", "air.isr") else u.system,
            range_km=(self.range_km.value() or None) if kind in ("air.defence", "air.isr") else u.range_km,
            aircraft=(self.aircraft.text().strip() or None) if kind == "air.policing" else u.aircraft,
            generation=generation if kind == "air.policing" else u.generation,
            count=(self.count.value() or None) if kind == "air.policing" else u.count,
            ships=(self.ships.value() if self.ships.value() or u.ships is not None else None)
            if kind.startswith("sea.")
            else u.ships,
            geometry=geometry,
        )


def _float(text: str, field: str) -> float:
    try:
        v = float(text.strip().replace(",", "."))
    except ValueError:
        raise FormError(f"{field}: {text.strip()!r} is not a number.") from None
    if not math.isfinite(v):
        raise FormError(f"{field}: must be a finite number.")
    return v
