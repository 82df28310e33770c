"""The unit form's symbol code editor: the code's meaning in words, and its echelon, status,
headquarters / task force / dummy, context and modifiers chosen from lists, no digits typed.

The code itself stays editable (a planner may paste one from ORBAT Mapper or ODIN). Empty means
"the code derived from the kind and the strength" (shown greyed); choosing from a list writes that
code with the choice. Structure and words come from :mod:`desktop.sidc` and the engine's own
names (:func:`desktop.symbols.engine_names`); this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop import sidc, symbols


class SidcEditor(QWidget):
    """A QLineEdit-like editor of a 20-digit code (``text``/``setText``/``textChanged``)."""

    textChanged = Signal(str)

    def __init__(self, code: str, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self.code = QLineEdit(code, self)
        self.code.setMaxLength(40)
        self.code.setToolTip(
            self.tr(
                "APP-6D 20-digit symbol code (as ORBAT Mapper, ODIN and the QGIS plugins read it);\n"
                "leave empty for the one derived from the kind and the strength"
            )
        )
        self.meaning = QLabel(self)
        self.meaning.setWordWrap(True)
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning.setStyleSheet("color: #37474f;")
        self.echelon = QComboBox(self)
        self.status = QComboBox(self)
        self.hq = QComboBox(self)
        self.context = QComboBox(self)
        self.mod1 = QComboBox(self)
        self.mod2 = QComboBox(self)
        for box, tip in (
            (self.echelon, self.tr("Echelon (land units) or mobility, drawn above the frame")),
            (self.status, self.tr("Present, or planned / anticipated (dashed frame)")),
            (self.hq, self.tr("Headquarters staff, task force bracket, feint / dummy")),
            (self.context, self.tr("Reality, exercise (X) or simulation (S)")),
            (self.mod1, self.tr("Sector 1 modifier of the entity (the engine's list for this symbol set)")),
            (self.mod2, self.tr("Sector 2 modifier of the entity (the engine's list for this symbol set)")),
        ):
            box.setToolTip(tip)
            box.activated.connect(self._chosen)
        grid = QFormLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addRow(self.tr("Echelon"), self.echelon)
        grid.addRow(self.tr("Status"), self.status)
        grid.addRow(self.tr("HQ / TF / dummy"), self.hq)
        grid.addRow(self.tr("Context"), self.context)
        grid.addRow(self.tr("Modifier 1"), self.mod1)
        grid.addRow(self.tr("Modifier 2"), self.mod2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.code)
        lay.addWidget(self.meaning)
        lay.addLayout(grid)
        self.code.textChanged.connect(self._typed)
        self._refresh()

    # -- the QLineEdit part of the API --------------------------------------------------------

    def text(self) -> str:
        return self.code.text()

    def setText(self, text: str) -> None:
        self.code.setText(text)

    def setPlaceholderText(self, text: str) -> None:
        self.code.setPlaceholderText(text)

    def set_default(self, code: str) -> None:
        """The code drawn while the box is empty (derived from kind and strength)."""
        self._default = code
        self.code.setPlaceholderText(self.tr("derived: {code}").format(code=code))
        self._refresh()

    def effective(self) -> str:
        """The code the unit is drawn with: the typed one when valid, else the derived one."""
        typed = self.code.text().strip()
        return typed if typed and sidc.is_valid(typed) else self._default

    # -- internals ----------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._refresh()
        self.textChanged.emit(text)

    def _fill(self, box: QComboBox, items: Mapping[str, str], current: str) -> None:
        box.blockSignals(True)
        box.clear()
        for key, words in items.items():
            box.addItem(words if key in ("00", "0") else f"{words} ({key})", key)
        if box.findData(current) < 0:
            box.addItem(self.tr("code {code}").format(code=current), current)
        box.setCurrentIndex(box.findData(current))
        box.blockSignals(False)

    def _refresh(self) -> None:
        typed = self.code.text().strip()
        problem = sidc.problem(typed) if typed else None
        code = self.effective()
        if problem:
            self.meaning.setText(f"{typed} {problem}.")
            self.meaning.setStyleSheet("color: #b00020;")
        else:
            words = symbols.describe(code)
            lead = "" if typed else self.tr("Derived from the kind and strength: ")
            self.meaning.setText(lead + "; ".join(words))
            self.meaning.setStyleSheet("color: #37474f;")
        names = symbols.engine_names(sidc.symbol_set(code))
        self._fill(self.echelon, sidc.echelons_for(code), code[8:10])
        self._fill(self.status, sidc.words(sidc.STATUSES), code[6])
        self._fill(self.hq, sidc.words(sidc.HQ_TF_DUMMY), code[7])
        self._fill(self.context, sidc.words(sidc.CONTEXTS), code[2])
        none = sidc.word("None")
        self._fill(self.mod1, {"00": none, **dict(sorted(names.modifier1.items()))}, code[16:18])
        self._fill(self.mod2, {"00": none, **dict(sorted(names.modifier2.items()))}, code[18:20])
        self.echelon.setEnabled(len(sidc.echelons_for(code)) > 1)
        for box in (self.echelon, self.status, self.hq, self.context, self.mod1, self.mod2):
            box.setEnabled(not problem and box.count() > 1)

    def _chosen(self) -> None:
        code = self.effective()
        try:
            new = sidc.with_fields(
                code,
                amplifier=str(self.echelon.currentData()),
                status=str(self.status.currentData()),
                hq_tf_dummy=str(self.hq.currentData()),
                context=str(self.context.currentData()),
                modifier1=str(self.mod1.currentData()),
                modifier2=str(self.mod2.currentData()),
            )
        except ValueError as e:
            self.meaning.setText(str(e))
            return
        self.code.setText(new)  # refreshes the lists and tells the form
