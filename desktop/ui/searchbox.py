"""The search box (Ctrl+K, Ctrl+F): units, places, oblasts, templates and typed positions
(desktop/search.py); choosing a result flies the map there and selects it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.i18n import translate_noop
from desktop.model import Plan
from desktop.ui import widgets

if TYPE_CHECKING:
    from desktop.search import Hit
    from desktop.ui.mainwindow import MainWindow

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_TITLES = {
    "position": translate_noop("SearchBox", "Position"),
    "unit": translate_noop("SearchBox", "Unit"),
    "place": translate_noop("SearchBox", "Place"),
    "oblast": translate_noop("SearchBox", "Region"),
    "template": translate_noop("SearchBox", "Template"),
}


class SearchBox(QLineEdit):
    """A line edit with a list of ranked hits below it; Enter takes the first."""

    chosen = Signal(object)  # the Hit
    refused = Signal(str)  # Enter on text that finds nothing: one line for the status bar

    def __init__(self, plan: Callable[[], Plan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.hits: list[Hit] = []
        self._last: Hit | None = None
        self._last_at = 0.0
        self.setPlaceholderText(self.tr("Find a unit, place, region or position (Ctrl+K)…"))
        self.setToolTip(
            self.tr(
                "Search the plan's units (name, nation, kind), cities, ports, energy sites and oblasts,\n"
                "and the palette's templates; or type a position: 50.45, 30.52 · 50°27′N 30°31′E · "
                "36U UA 23940 91604"
            )
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(360)
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(14)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]  # the overload by type
        self.textEdited.connect(self._update)
        self.returnPressed.connect(self._enter)

    def _update(self, text: str) -> None:
        from desktop import search  # the places and their shapes (shapely) load on the first search

        self.hits = search.search(self._plan(), text)
        self.model.clear()
        for h in self.hits:
            item = QStandardItem(
                f"{h.label}  —  {QCoreApplication.translate('SearchBox', KIND_TITLES[h.kind])}: {h.detail}"
            )
            item.setData(h, HIT_ROLE)
            item.setToolTip(widgets.plain_tooltip(h.detail))
            item.setEditable(False)
            self.model.appendRow(item)
        if self.hits:
            self.completer_.complete()
            self.completer_.popup().setCurrentIndex(self.model.index(0, 0))  # Enter takes the best
        else:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        from desktop.search import Hit

        hit = index.data(HIT_ROLE)
        if isinstance(hit, Hit):
            self.choose(hit)

    def _enter(self) -> None:
        popup = self.completer_.popup()
        row = popup.currentIndex().row() if popup.isVisible() else 0
        if not popup.isVisible():
            self._update(self.text())
        if self.hits:
            self.choose(self.hits[row if 0 <= row < len(self.hits) else 0])
        elif self.text().strip():
            self.refused.emit(self.tr("Nothing found for “{text}”.").format(text=self.text().strip()))

    def choose(self, hit: Hit) -> None:
        now = time.monotonic()
        if hit == self._last and now - self._last_at < 0.3:
            return  # Enter seen by both the popup and the line edit
        self._last, self._last_at = hit, now
        self.completer_.popup().hide()
        self.blockSignals(True)
        self.setText(hit.label if hit.kind != "position" else self.text())
        self.blockSignals(False)
        self.chosen.emit(hit)


def install(window: MainWindow) -> SearchBox:
    """Put the search box in a tool bar of ``window``, with Ctrl+K and Ctrl+F to reach it."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QToolBar

    box = SearchBox(lambda: window.doc.plan, window)
    bar = QToolBar(QCoreApplication.translate("SearchBox", "Find"), window)
    bar.setObjectName("find")
    bar.setMovable(False)
    bar.addWidget(box)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    act = QAction(QCoreApplication.translate("SearchBox", "&Find…"), window)
    act.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])
    act.setStatusTip(
        QCoreApplication.translate(
            "SearchBox", "Find a unit, place, region, template or a typed position (MGRS, DMS, decimal)"
        )
    )

    def find() -> None:
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    act.triggered.connect(find)
    window.addAction(act)
    window.act_find = act
    box.chosen.connect(lambda hit: go_to(window, hit))
    box.refused.connect(lambda text: window.statusBar().showMessage(text, 5000))
    return box


def go_to(window: MainWindow, hit: Hit) -> None:
    """Fly the map to the hit and select it (a unit on the map, a template in the palette)."""
    from desktop.ui.bridge import PageCall

    bridge = window.map.bridge
    if hit.kind == "unit" and hit.ref and window.doc.plan.has_unit(hit.ref):
        window.controller.select([hit.ref], fit=True)
    elif hit.kind == "template" and hit.ref:
        window.palette_dock.show()
        window.palette_dock.raise_()
        for item in window.palette.items():
            if item.data(0, Qt.ItemDataRole.UserRole) == hit.ref:
                item.setHidden(False)
                window.palette.tree.setCurrentItem(item)
                window.palette.tree.scrollToItem(item)
        text = QCoreApplication.translate(
            "SearchBox", "{template}: drag it from the palette onto the map to deploy it."
        )
        window.statusBar().showMessage(text.format(template=hit.label), 6000)
        return
    elif hit.lon is not None and hit.lat is not None:
        if hit.bounds is not None:
            w, s, e, n = hit.bounds
            bridge.call(PageCall.FIT_TO, {"sites": [[w, s], [e, n]]})
        else:
            bridge.call(PageCall.FIT_TO, {"sites": [[hit.lon, hit.lat]]})
        bridge.call(PageCall.HIGHLIGHT, {"sites": [[hit.lon, hit.lat]]})
    if hit.lon is not None and hit.lat is not None:
        from desktop.ui.measuring import all_forms

        window.statusBar().showMessage(f"{hit.label}: {all_forms(hit.lon, hit.lat)}", 8000)
