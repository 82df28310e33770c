"""The unit form: every field of a unit (plan-format.md), checked before anything is saved.

The form follows the field table (:data:`desktop.model.UNIT_TABLE`): labels, tooltips, bounds
and which kinds carry a field come from there. ``kind``, ``nation``, ``name``, ``strength``,
``phases``, ``roles`` and ``sidc`` have widgets of their own; every other field gets a widget
made from its type (:class:`FieldInput`), so a field added to the table appears here by itself.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

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
from desktop.i18n import phase_title, translate, translate_noop
from desktop.model import (
    ALLOWED_GEOMETRIES,
    KNOWN_ROLES,
    PHASES,
    UNIT_SPECS,
    UNIT_TABLE,
    FieldSpec,
    Geometry,
    Unit,
    valid_position,
)
from desktop.sidc import problem as sidc_problem
from desktop.ui import widgets
from desktop.ui.palette import NationBox, symbol_pixmap
from desktop.ui.sidcedit import SidcEditor

MAX_NAME = 200
#: Shown translated (context "UnitForm").
ROLE_LABELS = {
    "ceasefire_monitoring": translate_noop("UnitForm", "Ceasefire monitoring"),
    "entry_point": translate_noop("UnitForm", "Entry point"),
    "protect_infrastructure": translate_noop("UnitForm", "Protect infrastructure"),
}
#: Fields with widgets of their own in the form; the others are :class:`FieldInput` rows.
OWN_WIDGETS = frozenset({"kind", "nation", "name", "strength", "phases", "roles", "sidc"})
#: The largest value a spin box takes when the field has no maximum.
_SPIN_MAX = 2**31 - 1


class FormError(ValueError):
    """A value in the unit form is not acceptable; the message names the field."""


class FieldInput:
    """The form's widget for one field of the table, made from its type, and its value back.

    ``str``: a line of text; ``int``: a spin box; ``float``: a spin box, or an editable list of
    the field's ``suggestions``; ``tuple``: comma-separated text. A ``dict`` (JSON object) field
    has no widget (``widget`` is None): the form keeps its value.
    """

    def __init__(self, spec: FieldSpec, value: Any, parent: QWidget) -> None:
        self.spec = spec
        self.widget: QWidget | None = None
        self.line: QLineEdit | None = None
        self.spin: QSpinBox | QDoubleSpinBox | None = None
        self.combo: QComboBox | None = None
        low = 0 if spec.minimum is None else spec.minimum
        if spec.type is str or spec.type is tuple:
            text = ", ".join(value or ()) if spec.type is tuple else value
            self.line = self.widget = QLineEdit(text or "", parent)
            if spec.type is tuple:
                self.line.setPlaceholderText(translate("UnitForm", "comma-separated"))
        elif spec.type is float and spec.suggestions:
            self.combo = self.widget = QComboBox(parent)
            self.combo.setEditable(True)
            self.combo.addItems(list(spec.suggestions))
            self.combo.setCurrentText("" if value is None else f"{value:g}")
        elif spec.type is int:
            spin = QSpinBox(parent)
            spin.setRange(int(low), int(spec.maximum if spec.maximum is not None else _SPIN_MAX))
            spin.setGroupSeparatorShown(spin.maximum() >= 10_000)
            self.spin = self.widget = spin
        elif spec.type is float:
            dspin = QDoubleSpinBox(parent)
            dspin.setRange(low, spec.maximum if spec.maximum is not None else float(_SPIN_MAX))
            dspin.setDecimals(1)
            self.spin = self.widget = dspin
        if self.spin is not None:
            self.spin.setSuffix(widgets.field_text(spec.suffix))
            self.spin.setValue(value or 0)
        if self.widget is not None:
            self.widget.setToolTip(widgets.field_text(spec.tooltip))

    def value(self, old: Any) -> Any:
        """The field's value as the widget says (``old``: the unit's value before the edit), or
        :class:`FormError` naming the field."""
        spec = self.spec
        label = widgets.field_text(spec.label)
        if self.line is not None:
            text = self.line.text().strip()
            if spec.type is tuple:
                items = tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
                bad = [t for t in items if spec.choices and t not in spec.choices]
                if bad:
                    raise FormError(
                        translate("UnitForm", "{field}: {value!r} is not one of {choices}.").format(
                            field=label, value=bad[0], choices=", ".join(spec.choices)
                        )
                    )
                for t in items:
                    problem = spec.check(t) if spec.check is not None else None
                    if problem:
                        raise FormError(f"{label}: {t!r} {problem}.")
                return items if items or not spec.optional else None
            return text or (None if spec.optional else "")
        if self.combo is not None:
            text = self.combo.currentText().strip()
            if not text:
                return None
            number = _float(text, label)
            if old is not None and number == old:
                return old  # keeps 4 a whole number
            problem = spec.bound_problem(number)
            if problem:
                raise FormError(f"{label}: {text} {problem} ({widgets.field_text(spec.tooltip)}).")
            return number
        if self.spin is not None:
            number = self.spin.value()
            if old is not None and number == old:
                return old  # unchanged: 100 stays 100 (not 100.0)
            if number == 0 and spec.optional and old is None:
                return None  # left at zero: still not given
            return number
        return old


class UnitForm(QDialog):
    """Edit one unit. ``result_unit()`` gives the edited value (or raises :class:`FormError`)."""

    def __init__(self, unit: Unit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self.setWindowTitle(self.tr("Edit unit — {unit}").format(unit=unit.label()))
        self.setMinimumWidth(460)
        self.symbol = QLabel(self)
        self.name = QLineEdit(unit.name, self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(widgets.kind_label(unit.kind))
        self.nation = NationBox(self)
        self.nation.set_code(unit.nation)
        self.kind = QComboBox(self)
        for k in catalogue.kinds():
            self.kind.addItem(f"{widgets.kind_label(k)} ({k})", k)
        self.kind.setCurrentIndex(self.kind.findData(unit.kind))
        self.kind.setToolTip(widgets.field_text(UNIT_SPECS["kind"].tooltip))
        strength = UNIT_SPECS["strength"]
        self.strength = QSpinBox(self)
        self.strength.setRange(int(strength.minimum or 0), int(strength.maximum or _SPIN_MAX))
        self.strength.setGroupSeparatorShown(True)
        self.strength.setValue(unit.strength)
        self.strength.setSuffix(widgets.field_text(strength.suffix))
        self.strength.setToolTip(widgets.field_text(strength.tooltip))
        self.phases = {p: QCheckBox(phase_title(p), self) for p in PHASES}
        for p, box in self.phases.items():
            box.setChecked(unit.in_phase(p))
        self.roles = {r: QCheckBox(translate("UnitForm", ROLE_LABELS[r]), self) for r in KNOWN_ROLES}
        for r, box in self.roles.items():
            box.setChecked(r in unit.roles)
        self.other_roles = QLineEdit(", ".join(r for r in unit.roles if r not in KNOWN_ROLES), self)
        self.other_roles.setPlaceholderText(self.tr("other roles, comma-separated"))
        self.sidc = SidcEditor(unit.sidc or "", symbols.derived_sidc(unit.kind, unit.strength), self)
        self.inputs = {
            spec.name: FieldInput(spec, getattr(unit, spec.name), self)
            for spec in UNIT_TABLE
            if spec.name not in OWN_WIDGETS
        }
        lon, lat = unit.position
        self.lat = QLineEdit(f"{lat:.5f}", self)
        self.lon = QLineEdit(f"{lon:.5f}", self)
        for w, tip in (
            (self.lat, self.tr("Latitude, −90 to 90: decimal degrees (50.45) or DMS (50°27′00″N)")),
            (self.lon, self.tr("Longitude, −180 to 180: decimal degrees (30.52) or DMS (30°31′12″E)")),
        ):
            w.setToolTip(tip)
        # One box for a whole position in any form planners use; it fills lat and lon.
        self.position = QLineEdit(self)
        self.position.setPlaceholderText(self.tr("type MGRS, DMS or decimal: 36U UA 23940 91604 · 50°27′N 30°31′E"))
        self.position.setToolTip(
            self.tr(
                "A position in MGRS (36U UA 23940 91604), degrees-minutes-seconds (50°27′00″N 30°31′12″E)\n"
                "or decimal degrees, latitude first (50.45, 30.52); press Enter to take it"
            )
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

        self.name.setToolTip(widgets.field_text(UNIT_SPECS["name"].tooltip))
        self.nation.setToolTip(widgets.field_text(UNIT_SPECS["nation"].tooltip))
        form = QFormLayout()

        def label(name: str) -> str:
            return widgets.field_text(UNIT_SPECS[name].label)

        form.addRow(label("name"), self.name)
        form.addRow(label("nation"), self.nation)
        form.addRow(label("kind"), self.kind)
        form.addRow(label("strength"), self.strength)
        form.addRow(label("phases"), widgets.row(*self.phases.values(), stretch=True))
        form.addRow(label("roles"), widgets.row(*self.roles.values(), stretch=True))
        form.addRow("", self.other_roles)
        self._kind_rows: list[tuple[FieldSpec, list[QWidget]]] = []
        for field_input in self.inputs.values():
            if field_input.widget is not None:
                self._add_field_row(form, field_input.spec, field_input.widget)
        form.addRow(label("sidc"), self.sidc)
        lat_label, lon_label = QLabel(self.tr("lat"), self), QLabel(self.tr("lon"), self)
        form.addRow(self.tr("Position"), widgets.row(lat_label, self.lat, lon_label, self.lon, stretch=True))
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
        self.strength.valueChanged.connect(self._kind_changed)  # the derived code's echelon
        self._kind_changed()
        if unit.geometry.type != "Point":
            self.lat.setToolTip(self.lat.toolTip() + self.tr(" — moves the whole route or area"))
        self._show_position_forms()

    def _take_position(self) -> None:
        """The position box, read in any form, into the lat and lon fields."""
        text = self.position.text().strip()
        if not text:
            return
        try:
            lon, lat = coords.parse_position(text)
        except coords.CoordinateError as e:
            self.error.setText(self.tr("Position: {problem}.").format(problem=e))
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

    def _add_field_row(self, form: QFormLayout, spec: FieldSpec, widget: QWidget) -> None:
        """A row for a field, shown only for the kinds that carry it."""
        label = QLabel(widgets.field_text(spec.label), self)
        label.setToolTip(widgets.field_text(spec.tooltip))
        form.addRow(label, widget)
        if spec.kinds is not None:
            self._kind_rows.append((spec, [label, widget]))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for spec, shown in self._kind_rows:
            for w in shown:
                w.setVisible(spec.carried_by(kind))
        self.sidc.set_default(symbols.derived_sidc(kind, self.strength.value()))
        self._preview()

    def _preview(self) -> None:
        pm: QPixmap = symbol_pixmap(self.sidc.effective(), self.nation.code(), 48)
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
                self.tr("Kind: a {kind} unit cannot be a {geometry}; keep {old} or redraw it as a point.").format(
                    kind=kind, geometry=u.geometry.type, old=u.kind
                )
            )
        nation = self.nation.code()
        if not catalogue.is_nation_code(nation):
            raise FormError(self.tr("Nation: {code!r} is not an ISO 3166-1 alpha-2 code.").format(code=nation))
        code = self.sidc.text().strip()
        if code and sidc_problem(code):
            raise FormError(
                self.tr("Symbol code: {code} {problem}; leave it empty for the derived code.").format(
                    code=code, problem=sidc_problem(code)
                )
            )
        if self.position.text().strip():
            self._take_position()  # typed, and Save pressed without leaving the box
            try:
                coords.parse_position(self.position.text())
            except coords.CoordinateError as e:
                raise FormError(self.tr("Position: {problem}.").format(problem=e)) from None
        try:
            lat = coords.parse_angle(self.lat.text(), "lat")
            lon = coords.parse_angle(self.lon.text(), "lon")
        except coords.CoordinateError as e:
            raise FormError(self.tr("Position: {problem}.").format(problem=e)) from None
        if not valid_position(lon, lat):
            raise FormError(self.tr("Position: {lat}, {lon} is outside −90…90 / −180…180.").format(lat=lat, lon=lon))
        phases = tuple(p for p, box in self.phases.items() if box.isChecked())
        if not phases:
            raise FormError(self.tr("Phases: tick at least one phase the unit is deployed in."))
        fields = {
            name: field_input.value(getattr(u, name)) if field_input.spec.carried_by(kind) else getattr(u, name)
            for name, field_input in self.inputs.items()
        }
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
            **fields,
            geometry=geometry,
        )


def _float(text: str, field: str) -> float:
    try:
        v = float(text.strip().replace(",", "."))
    except ValueError:
        raise FormError(
            translate("UnitForm", "{field}: {value!r} is not a number.").format(field=field, value=text.strip())
        ) from None
    if not math.isfinite(v):
        raise FormError(translate("UnitForm", "{field}: must be a finite number.").format(field=field))
    return v
