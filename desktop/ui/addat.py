"""'Add unit at a position…': a template, a nation and a position typed in MGRS, DMS or decimal
degrees (desktop/coords.py), shown in all three as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop import catalogue, coords
from desktop.i18n import catalogue_label
from desktop.ui.palette import NationBox


class AddAtDialog(QDialog):
    """``chosen``: (template id, nation, lon, lat) once accepted."""

    def __init__(self, nation: str, lon: float | None = None, lat: float | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add unit at a position"))
        self.setMinimumWidth(520)
        self.template = QComboBox(self)
        for t in catalogue.all_templates():
            self.template.addItem(catalogue_label(t.label), t.id)
        self.nation = NationBox(self)
        self.nation.set_code(nation)
        self.position = QLineEdit(self)
        self.position.setPlaceholderText("36U UA 23940 91604 · 50°27′00″N 30°31′12″E · 50.45, 30.52")
        self.position.setToolTip(self.tr("MGRS, degrees-minutes-seconds or decimal degrees (latitude first)"))
        if lon is not None and lat is not None:
            self.position.setText(coords.mgrs_of(lon, lat) or f"{lat:.6f}, {lon:.6f}")
        self.forms = QLabel(self)
        self.forms.setTextFormat(Qt.TextFormat.PlainText)
        self.forms.setWordWrap(True)
        self.forms.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Unit"), self.template)
        form.addRow(self.tr("Nation"), self.nation)
        form.addRow(self.tr("Position"), self.position)
        form.addRow("", self.forms)
        form.addRow(self.buttons)
        self.chosen: tuple[str, str, float, float] | None = None
        self.position.textChanged.connect(self._show)
        self._show()

    def _show(self) -> None:
        text = self.position.text()
        if not text.strip():
            self.forms.setText(self.tr("Type a position."))
            self.forms.setStyleSheet("color: #555;")
            return
        try:
            lon, lat = coords.parse_position(text)
        except coords.CoordinateError as e:
            self.forms.setText(str(e))
            self.forms.setStyleSheet("color: #b00020;")
            return
        from desktop.ui.measuring import all_forms

        self.forms.setText(all_forms(lon, lat))
        self.forms.setStyleSheet("color: #555;")

    def _add(self) -> None:
        try:
            lon, lat = coords.parse_position(self.position.text())
        except coords.CoordinateError as e:
            self.forms.setText(self.tr("Position: {error}").format(error=e))
            self.forms.setStyleSheet("color: #b00020;")
            return
        nation = self.nation.code()
        if not catalogue.is_nation_code(nation):
            self.forms.setText(self.tr("Nation: “{nation}” is not an ISO 3166-1 alpha-2 code.").format(nation=nation))
            return
        self.chosen = (str(self.template.currentData()), nation, lon, lat)
        self.accept()
