"""File › Compare…: courses of action side by side (issue 15).

:class:`ComparePicker` picks 2 to 4 plans (of the library, or plan files read without being added);
:class:`CompareWindow` shows them: the page ``app://posture/compare.html`` (compare.js) with the
maps side by side (pan and zoom in step) or one map with the differences drawn, and beside it the
matrix (best value per row marked; a rule row shows on the maps why it fires) and the differences
unit by unit (a click finds the unit on the map). Everything shown comes from
:func:`desktop.compare.compare` (the engine ``check`` uses). Read-only: nothing here writes the
library or a plan.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import Library, LibraryError
from desktop.compare import compare, comparison_page_data, difference_lines, matrix_rows, pair_names, rule_view
from desktop.doctrine import PROFILE_INFO
from desktop.i18n import phase_label, translate
from desktop.model import PHASES, PROFILES, Plan
from desktop.planfile import PlanFileError, read_plan_file
from desktop.ui.dialogs import show_error
from desktop.ui.mapview import OfflineView

log = logging.getLogger(__name__)

COMPARE_URL = "app://posture/compare.html"
MIN_PLANS, MAX_PLANS = 2, 4
SYMBOL_PX = 18


def plan_filter() -> str:
    return translate("ComparePicker", "Posture plan files (*.plan.geojson *.geojson *.json);;All files (*)")


BEST_BRUSH = QBrush(QColor("#e8f5e9"))
RULE_BRUSH = QBrush(QColor("#fff3e0"))


# -- choosing the plans --------------------------------------------------------------------------


class ComparePicker(QDialog):
    """Tick 2 to 4 plans of the library (or add plan files); the first ticked is the one the
    others are compared with. ``chosen()`` gives the plans, in list order."""

    def __init__(self, library: Library, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare courses of action"))
        self.library = library
        self.files: dict[int, Plan] = {}
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("Tick 2 to 4 plans; the first ticked is the one the others are compared with"))
        for row in library.list_plans():
            counts = translate("ComparePicker", "%n unit(s)", None, row.units)
            counts += ", " + translate("ComparePicker", "%n troop(s)", None, row.troops)
            item = QListWidgetItem(f"{row.name}  ·  {counts}")
            item.setData(Qt.ItemDataRole.UserRole, ("library", row.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id == current else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._changed)
        self.add_file = QPushButton(self.tr("Add plan &file…"), self)
        self.add_file.setToolTip(self.tr("Read a *.plan.geojson without adding it to the library"))
        self.add_file.clicked.connect(lambda: self.add_plan_file())
        self.note = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Plans to compare (2 to 4; the first ticked is compared with the others):"), self)
        head.setWordWrap(True)
        layout.addWidget(head)
        layout.addWidget(self.list)
        layout.addWidget(self.add_file)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._changed()

    def ticked(self) -> list[QListWidgetItem]:
        return [
            self.list.item(i)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _changed(self, item: QListWidgetItem | None = None) -> None:
        if item is not None and item.checkState() == Qt.CheckState.Checked and len(self.ticked()) > MAX_PLANS:
            self.list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.blockSignals(False)
            self.note.setText(translate("ComparePicker", "At most %n plan(s) side by side.", None, MAX_PLANS))
            return
        n = len(self.ticked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(MIN_PLANS <= n <= MAX_PLANS)
        ticked = translate("ComparePicker", "%n ticked", None, n)
        if n >= MIN_PLANS:
            self.note.setText(ticked + ".")
        else:
            least = translate("ComparePicker", "Tick at least %n plan(s)", None, MIN_PLANS)
            self.note.setText(f"{least} ({ticked}).")

    def add_plan_file(self, path: str | None = None) -> bool:
        """Read a plan file (asking which when ``path`` is None) and add it, ticked, to the list."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Plan file to compare"), "", plan_filter())
            if not path:
                return False
        try:
            plan = read_plan_file(path)
        except (PlanFileError, OSError) as e:
            show_error(self, self.tr("Compare"), self.tr("{path} cannot be compared.").format(path=path) + f"\n\n{e}")
            return False
        key = len(self.files)
        self.files[key] = plan
        units = translate("ComparePicker", "%n unit(s)", None, len(plan.units))
        item = QListWidgetItem(
            f"{plan.name}  ·  " + self.tr("file {name}, {units}").format(name=Path(path).name, units=units)
        )
        item.setData(Qt.ItemDataRole.UserRole, ("file", key))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)
        item.setCheckState(Qt.CheckState.Checked)
        return True

    def chosen(self) -> list[Plan]:
        """The ticked plans, read (library plans are loaded, never written)."""
        out = []
        for item in self.ticked():
            where, key = item.data(Qt.ItemDataRole.UserRole)
            out.append(self.library.load_plan(key) if where == "library" else self.files[key])
        return out


# -- the page ------------------------------------------------------------------------------------


class CompareBridge(QObject):
    """The compare page's only object (``compare`` in JavaScript)."""

    toPage = Signal(str)
    ready = Signal()
    drawn = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_ready = False
        self.last_drawn: dict[str, Any] | None = None
        self.errors: list[str] = []

    @Slot(str)
    def send(self, text: str) -> None:
        try:
            d = json.loads(text) if isinstance(text, str) and len(text) < 100_000 else None
        except ValueError:
            d = None
        if not isinstance(d, dict):
            log.warning("compare page: refused a message")
            return
        kind = d.get("type")
        if kind == "ready":
            self.is_ready = True
            self.ready.emit()
        elif kind == "drawn":
            info = {k: d.get(k) for k in ("mode", "maps", "units", "marks")}
            if all(isinstance(info[k], int) and not isinstance(info[k], bool) for k in ("maps", "units", "marks")):
                self.last_drawn = info
                self.drawn.emit(info)
        elif kind == "log" and isinstance(d.get("message"), str):
            message = d["message"][:2000]
            if d.get("level") == "error":
                self.errors.append(message)
                log.error("compare page: %s", message)
            else:
                log.info("compare page: %s", message)
        else:
            log.warning("compare page: unknown message %.40r", kind)

    def call(self, fn: str, *args: Any) -> None:
        self.toPage.emit(json.dumps({"fn": fn, "args": list(args)}, allow_nan=False))


class CompareMapView(OfflineView):
    """The compare page in the offline profile (no network, app:// only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        bridge = CompareBridge()
        super().__init__("compare", bridge, parent)
        self.bridge = bridge

    def console_errors(self) -> list[str]:
        return super().console_errors() + list(self.bridge.errors)


# -- the window ----------------------------------------------------------------------------------


class CompareWindow(QMainWindow):
    """The compare view of ``plans`` (the first is the one the others are compared with)."""

    def __init__(self, plans: Sequence[Plan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.plans = list(plans)
        self.profile: str | None = None  # None: each plan under its own profile
        self.cols, self.result = compare(self.plans)
        self.rows = matrix_rows(self.result)
        names = [p.name for p in self.plans]
        self.setWindowTitle(self.tr("Compare: {plans} — Posture").format(plans=" · ".join(names)))
        self.map = CompareMapView(self)
        self.map.bridge.ready.connect(self._page_ready)
        self.matrix = self._build_matrix()
        self.diffs = self._build_differences()
        self._fill()
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setText(self.tr("Click a rule row to see on the maps why it fires."))
        self.why.setMinimumHeight(60)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.matrix)
        side.addWidget(self.why)
        side.addWidget(self.diffs)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(2, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.map)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 600])
        self.setCentralWidget(split)
        self._build_toolbar()
        self._say()
        self.resize(1500, 900)
        self.map.load(QUrl(COMPARE_URL))

    # building ---------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Compare"), self)
        bar.setMovable(False)
        self.addToolBar(bar)
        group = QActionGroup(self)
        self.act_side = QAction(self.tr("Side by side"), self, checkable=True, checked=True)
        self.act_side.setShortcut(QKeySequence("Ctrl+1"))
        self.act_side.setToolTip(self.tr("The plans' maps side by side, pan and zoom in step (Ctrl+1)"))
        self.act_diff = QAction(self.tr("Differences on one map"), self, checkable=True)
        self.act_diff.setShortcut(QKeySequence("Ctrl+2"))
        self.act_diff.setToolTip(
            self.tr("One map: added, removed, moved (arrow) and changed units of a variant (Ctrl+2)")
        )
        for a in (self.act_side, self.act_diff):
            group.addAction(a)
            bar.addAction(a)
            a.triggered.connect(self._mode_changed)
        self.variant = QComboBox(self)
        for i, p in enumerate(self.plans[1:], start=1):
            self.variant.addItem(self.tr("{plan} against {first}").format(plan=p.name, first=self.plans[0].name), i)
        self.variant.setToolTip(self.tr("The variant whose differences the one map shows"))
        self.variant.setEnabled(False)
        self.variant.currentIndexChanged.connect(self._mode_changed)
        bar.addWidget(self.variant)
        bar.addSeparator()
        self.phase = QComboBox(self)
        for ph in PHASES:
            text = self.tr("{phase} phase").format(phase=phase_label(ph))
            self.phase.addItem(text[:1].upper() + text[1:], ph)
        self.phase.setCurrentIndex(PHASES.index(self.result["phase"]))
        self.phase.setToolTip(self.tr("The phase the plans are compared in (troops, units, findings)"))
        self.phase.currentIndexChanged.connect(self._recompute)
        bar.addWidget(self.phase)
        self.profile_box = QComboBox(self)
        self.profile_box.addItem(self.tr("Each plan's own profile"), None)
        for prof in PROFILES:
            self.profile_box.addItem(f"{prof.upper()} · {translate('Profiles', PROFILE_INFO[prof].name)}", prof)
        self.profile_box.setToolTip(
            self.tr("The profile for coverage of priority sites, distances and US dependence (findings show both)")
        )
        self.profile_box.currentIndexChanged.connect(self._recompute)
        bar.addWidget(self.profile_box)
        bar.addSeparator()
        self.act_release = QAction(self.tr("Release version"), self, checkable=True)
        self.act_release.setToolTip(
            self.tr("Print the release version: positions generalised, names, findings and details withheld")
        )
        bar.addAction(self.act_release)
        self.act_pdf = QAction(self.tr("Save comparison &PDF…"), self)
        self.act_pdf.setShortcut(QKeySequence.StandardKey.Print)
        self.act_pdf.setToolTip(self.tr("Print the comparison sheet (maps, matrix, differences) to a PDF"))
        self.act_pdf.triggered.connect(lambda: self.save_pdf())
        bar.addAction(self.act_pdf)

    def _build_matrix(self) -> QTableWidget:
        t = QTableWidget(0, len(self.plans), self)
        t.setHorizontalHeaderLabels([p.name for p in self.plans])
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        for j, p in enumerate(self.plans):
            t.horizontalHeaderItem(j).setToolTip(p.name + (self.tr(" (compared with the others)") if j == 0 else ""))
        t.cellClicked.connect(self._row_clicked)
        return t

    def _build_differences(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels([self.tr("Differences, unit by unit (click: find on the map)")])
        tree.itemClicked.connect(self._difference_clicked)
        return tree

    def _fill(self) -> None:
        """The matrix and the differences of :attr:`result` (plain text items: planner text stays text)."""
        t = self.matrix
        t.clearContents()
        t.setRowCount(len(self.rows))
        t.setVerticalHeaderLabels([("    " if r.label.startswith(" ") else "") + r.label.strip() for r in self.rows])
        bold = QFont()
        bold.setBold(True)
        for i, r in enumerate(self.rows):
            best = set(r.best())
            if r.rule:
                t.verticalHeaderItem(i).setToolTip(
                    self.tr("{rule} under {profile}: click to see why").format(
                        rule=r.rule, profile=(r.profile or "").upper()
                    )
                )
            for j, text in enumerate(r.texts):
                item = QTableWidgetItem(("★ " if j in best else "") + text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j in best:
                    item.setFont(bold)
                    item.setBackground(BEST_BRUSH)
                    item.setToolTip(self.tr("Best value of the row"))
                elif r.rule and r.values[j] == 1.0:  # the rule fires in this plan
                    item.setBackground(RULE_BRUSH)
                if r.rule:
                    why = self.tr("Click: show on the maps why")
                    item.setToolTip((item.toolTip() + "\n" if item.toolTip() else "") + why)
                t.setItem(i, j, item)
        tree = self.diffs
        tree.clear()
        for i, d in enumerate(self.result["differences"], start=1):
            top = QTreeWidgetItem([self.tr("{plan} against {first}").format(plan=d["to"], first=d["from"])])
            ids = (
                d["added"] + d["removed"] + [m["id"] for m in d["moved"]] + [c["id"] for c in d["changed"]]
            )  # the order difference_lines writes them in
            for k, line in enumerate(difference_lines(d, pair_names(self.plans, i))):
                child = QTreeWidgetItem([line])
                if k < len(ids):
                    child.setData(0, Qt.ItemDataRole.UserRole, ids[k])
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setExpanded(True)

    def _say(self) -> None:
        phase = phase_label(self.result["phase"])
        prof = self.profile.upper() if self.profile else self.tr("each plan's own profile")
        self.statusBar().showMessage(
            translate(
                "CompareWindow",
                "%n plan(s) · {phase} phase · {profile} · each compared with {first} · read-only (nothing is changed)",
                None,
                len(self.plans),
            ).format(phase=phase, profile=prof, first=self.plans[0].name)
        )

    def set_phase(self, phase: str, profile: str | None = None) -> None:
        """Compare in ``phase`` under ``profile`` (None: each plan's own), as the toolbar does."""
        for box, index in ((self.profile_box, 0 if profile is None else 1 + PROFILES.index(profile)),
                           (self.phase, PHASES.index(phase))):  # fmt: skip
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._recompute()

    def _recompute(self, *_: object) -> None:
        phase = self.phase.currentData()
        profile = self.profile_box.currentData()
        if phase == self.result["phase"] and profile == self.profile:
            return
        self.profile = profile
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.cols, self.result = compare(self.plans, profile=profile, phase=phase)
            self.rows = matrix_rows(self.result)
            self._fill()
        finally:
            QApplication.restoreOverrideCursor()
        self.why.setText(self.tr("Click a rule row to see on the maps why it fires."))
        self._say()
        if self.map.bridge.is_ready:
            self._page_ready()

    # reactions --------------------------------------------------------------------------------

    def _page_ready(self) -> None:
        data = comparison_page_data(self.plans, self.result, *self._mode(), symbol_px=SYMBOL_PX)
        self.map.bridge.call("setComparison", data)

    def _mode(self) -> tuple[str, int]:
        return ("diff" if self.act_diff.isChecked() else "side", int(self.variant.currentData() or 1))

    def _mode_changed(self, *_: object) -> None:
        mode, index = self._mode()
        self.variant.setEnabled(mode == "diff" and len(self.plans) > 2)
        if self.map.bridge.is_ready:
            self.map.bridge.call("setMode", mode, index)

    def set_mode(self, mode: str, index: int = 1) -> None:
        """Side by side (``"side"``) or one map with the differences of plan ``index`` (``"diff"``)."""
        (self.act_diff if mode == "diff" else self.act_side).setChecked(True)
        self.variant.setCurrentIndex(max(0, index - 1))
        self._mode_changed()

    def _row_clicked(self, row: int, _column: int = 0) -> None:
        r = self.rows[row]
        if not r.rule or not r.profile:
            return
        view = rule_view(self.cols, r.rule, r.profile)
        passes = translate("Compare", "passes")
        lines = [f"{p.name}: {v['text'] or passes}" for p, v in zip(self.plans, view["plans"], strict=True)]
        self.why.setText(f"{r.rule} ({r.profile.upper()})\n" + "\n".join(lines))
        self.map.bridge.call("showRule", view)

    def show_rule(self, rule_id: str, profile: str) -> None:
        """As a click on that rule's row."""
        for i, r in enumerate(self.rows):
            if r.rule == rule_id and r.profile == profile:
                self.matrix.selectRow(i)
                self._row_clicked(i)
                return
        raise KeyError(f"no rule row {rule_id} ({profile})")

    def _difference_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        uid = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(uid, str):
            self.map.bridge.call("focusUnit", uid)

    def save_pdf(self, path: str | None = None) -> bool:
        """Print the comparison sheet to a PDF (asking where when ``path`` is None)."""
        from desktop.ui.compareprint import write_compare_pdf
        from desktop.ui.printing import PrintCancelled, PrintError

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the comparison as PDF"), self.tr("comparison") + ".pdf", "PDF (*.pdf)"
            )
            if not path:
                return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_compare_pdf(self.plans, self.result, Path(path), release=self.act_release.isChecked())
        except (PrintError, PrintCancelled, OSError) as e:
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Save PDF"), self.tr("The comparison could not be printed.") + f"\n\n{e}")
            return False
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("Saved the comparison to {path}").format(path=path), 6000)
        return True

    def shutdown(self) -> None:
        self.map.shutdown()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)


def open_compare(window: Any) -> CompareWindow | None:
    """File › Compare…: pick the plans, then open the compare view (kept by ``window``)."""
    try:
        picker = ComparePicker(window.library, window.doc.plan.id, window)
        if not picker.exec():
            return None
        plans = picker.chosen()
    except LibraryError as e:
        show_error(window, translate("CompareWindow", "Compare"), str(e))
        return None
    view = CompareWindow(plans)
    window._compare_windows = [w for w in getattr(window, "_compare_windows", []) if shiboken6.isValid(w)] + [view]
    view.show()
    return view
