"""Small dialogs: the plan library, a library that cannot be opened, errors; and
:class:`PlanWindow`, what a dialog may use of the window (so dialogs do not import it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import Library, LibraryError
from desktop.i18n import format_number, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from desktop.ui.analysis import Analyzer
    from desktop.ui.document import PlanDocument
    from desktop.ui.mapcontroller import MapController
    from desktop.ui.mapview import MapView


class PlanWindow(Protocol):
    """What the File menu's dialogs (export, print) get of the window: the open plan's document,
    its library, the map (its view and extent), the findings, the status bar and the window to sit over. The
    main window is one; the dialogs import no window module (no import cycle)."""

    @property
    def doc(self) -> PlanDocument: ...
    @property
    def library(self) -> Library: ...
    @property
    def controller(self) -> MapController: ...
    @property
    def map(self) -> MapView: ...
    def window(self) -> QWidget: ...
    def statusBar(self) -> QStatusBar: ...
    def ensure_analysis(self) -> Analyzer: ...


def plan_filter() -> str:
    """The file dialogs' filter for plan files, in the language."""
    return translate("PlanLibraryDialog", "Posture plans (*.plan.geojson *.geojson *.json);;All files (*)")


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote planner text: never markup
    box.exec()


def ask_other_library(reason: str, path: Path) -> Path | None:
    """The library at ``path`` cannot be used: say why, offer to open or create another one."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("PlanLibraryDialog", "Plan library cannot be opened"),
        f"{reason}\n\n"
        + translate("PlanLibraryDialog", "The file was left as it was. Open another library, or create a new one?"),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    open_btn = box.addButton(translate("PlanLibraryDialog", "Open another…"), QMessageBox.ButtonRole.AcceptRole)
    new_btn = box.addButton(translate("PlanLibraryDialog", "Create new…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_btn:
        name, _ = QFileDialog.getOpenFileName(
            None,
            translate("PlanLibraryDialog", "Open plan library"),
            str(path.parent),
            translate("PlanLibraryDialog", "Plan library (*.sqlite *.db);;All files (*)"),
        )
        return Path(name) if name else None
    if clicked is new_btn:
        name, _ = QFileDialog.getSaveFileName(
            None,
            translate("PlanLibraryDialog", "New plan library"),
            str(path.parent / "posture-new.sqlite"),
            translate("PlanLibraryDialog", "Plan library (*.sqlite)"),
        )
        return Path(name) if name else None
    return None


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


class PlanLibraryDialog(QDialog):
    """Lists the library's plans; open, duplicate, rename, delete (with confirmation)."""

    def __init__(self, library: Library, current_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan library"))
        self.resize(720, 420)
        self.library = library
        self.current_id = current_id
        self.chosen: int | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Id"), self.tr("Name"), self.tr("Units"), self.tr("Troops"), self.tr("Last change")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("The library is empty. Create a new plan or import a plan file."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("Duplicate"), self._duplicate, self.tr("Copy the selected plan under a new name")),
            (self.tr("Rename…"), self._rename, self.tr("Rename the selected plan")),
            (self.tr("Delete…"), self._delete, self.tr("Delete the selected plan (asks first)")),
        ):
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close, self)
        box.accepted.connect(self._open)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(box)
        self.refresh()

    def refresh(self) -> None:
        rows = self.library.list_plans()
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            for c, v in enumerate((p.id, p.name, p.units, p.troops, p.modified)):
                item = QTableWidgetItem(format_number(v) if isinstance(v, int) and c in (2, 3) else str(v))
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            if p.id == self.current_id:
                self.table.selectRow(r)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _open(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self.chosen = pid
            self.accept()

    def _guard(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except LibraryError as e:
            show_error(self, self.tr("Plan library"), str(e))
        self.refresh()

    def _duplicate(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        name = next(p.name for p in self.library.list_plans() if p.id == pid)
        copy = self.tr("{name} (copy)").format(name=name)
        self._guard(lambda: self.library.duplicate_plan(pid, copy))

    def _rename(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        old = next(p.name for p in self.library.list_plans() if p.id == pid)
        name, ok = QInputDialog.getText(self, self.tr("Rename plan"), self.tr("New name:"), text=old)
        if ok and name.strip():
            self._guard(lambda: self.library.rename_plan(pid, name.strip()))

    def _delete(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        if pid == self.current_id:
            show_error(
                self, self.tr("Plan library"), self.tr("This plan is open. Open another plan before deleting it.")
            )
            return
        name = next(p.name for p in self.library.list_plans() if p.id == pid)
        if confirm(
            self,
            self.tr("Delete plan"),
            self.tr("Delete the plan “{name}” and all its units? This cannot be undone.").format(name=name),
            self.tr("Delete"),
        ):
            self._guard(lambda: self.library.delete_plan(pid))
