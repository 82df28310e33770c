"""Help › Keyboard shortcuts (F1): every shortcut of the window's menus and of the map, in one
list; Help › About carries the version (desktop/__init__.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.i18n import translate_noop

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

#: Keys the map page handles itself (map.js, tools.js), translated where they are shown.
MAP_KEYS = (
    ("Esc", translate_noop("Shortcuts", "Map: end drawing or measuring; clear the selection")),
    ("Enter", translate_noop("Shortcuts", "Map: finish a drawing or a measurement; edit the selected unit")),
    ("Delete / Backspace", translate_noop("Shortcuts", "Map: delete the selected units")),
    (
        translate_noop("Shortcuts", "Shift+click, Ctrl+click"),
        translate_noop("Shortcuts", "Map: add a unit to the selection"),
    ),
    (
        translate_noop("Shortcuts", "Double-click"),
        translate_noop("Shortcuts", "Map: edit a unit; finish a drawing or a measurement"),
    ),
    (translate_noop("Shortcuts", "Mouse wheel, + / −"), translate_noop("Shortcuts", "Map: zoom")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what) of every action of ``window`` that has a shortcut, then the map's own keys."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        text = action.text().replace("&", "").rstrip("…").strip()
        if keys and text:
            rows.setdefault(", ".join(keys), text)
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale())  # the language's alphabetical order (Ukrainian: … и, і, ї, й …)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    ordered = sorted(rows.items(), key=lambda kv: collator.sortKey(kv[1]))
    return ordered + [(_tr(k), _tr(w)) for k, w in MAP_KEYS]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)


def install(window: MainWindow, help_menu: object) -> None:
    act = QAction(QCoreApplication.translate("Shortcuts", "&Keyboard shortcuts"), window)
    act.setShortcut(QKeySequence.StandardKey.HelpContents)
    act.setStatusTip(QCoreApplication.translate("Shortcuts", "Every keyboard shortcut of the window and the map"))

    def show() -> None:
        dialog = ShortcutsDialog(window)
        setattr(window, "shortcuts_dialog", dialog)  # noqa: B010 (kept alive, and for tests)
        dialog.show()

    act.triggered.connect(show)
    help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, act)  # type: ignore[attr-defined]
    setattr(window, "act_shortcuts", act)  # noqa: B010
