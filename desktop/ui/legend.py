"""The on-screen legend (View › Symbol legend): every symbol the plan uses, drawn as on the map,
with what it stands for and how many units show it; it sits in the map's lower right corner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desktop import catalogue, symbols
from desktop.i18n import catalogue_label, format_number, translate
from desktop.model import Plan
from desktop.ui.document import Change, PlanDocument
from desktop.ui.palette import symbol_pixmap

MAX_ROWS = 14


def legend_rows(plan: Plan) -> list[tuple[str, str, str, int]]:
    """(sidc, nation shown, label, units) per symbol code of the plan, most used first."""
    by_code: dict[str, list[str]] = {}
    for u in plan.units:
        by_code.setdefault(symbols.sidc_of(u), []).append(u.kind)
    named: dict[str, list[str]] = {}
    for t in catalogue.templates():
        named.setdefault(t.sidc, []).append(t.label)
    # a code only one template uses is named after it; a shared code after the kind
    names = {code: labels[0] for code, labels in named.items() if len(labels) == 1}
    kinds = catalogue.kinds()
    rows = []
    for code, unit_kinds in by_code.items():
        label = catalogue_label(names.get(code) or kinds[unit_kinds[0]]["label"])
        rows.append((code, "", label, len(unit_kinds)))
    return sorted(rows, key=lambda r: (-r[3], r[2]))


class Legend(QFrame):
    def __init__(self, doc: PlanDocument, host: QWidget) -> None:
        super().__init__(host)
        self.doc = doc
        self.host = host
        self.setObjectName("legend")
        self.setStyleSheet("#legend { background: rgba(255,255,255,235); border: 1px solid #999; border-radius: 4px; }")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.rows: list[tuple[str, str, str, int]] = []
        self._shown: object = None
        host.installEventFilter(self)
        doc.changed.connect(self._on_change)
        self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.host and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def _on_change(self, change: Change) -> None:
        if change.reset or change.units or change.removed:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            return  # counted when shown
        rows = legend_rows(self.doc.plan)
        if rows == self._shown:
            return
        self._shown = rows
        self.rows = rows
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        title = QLabel(self.tr("Legend"), self)
        title.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(title, 0, 0, 1, 3)
        for r, (code, nation, label, count) in enumerate(rows[:MAX_ROWS], start=1):
            icon = QLabel(self)
            icon.setPixmap(symbol_pixmap(code, nation, 22))
            name = QLabel(label, self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            n = QLabel(f"× {format_number(count)}", self)
            n.setStyleSheet("color: #555;")
            self.grid.addWidget(icon, r, 0)
            self.grid.addWidget(name, r, 1)
            self.grid.addWidget(n, r, 2)
        if len(rows) > MAX_ROWS:
            more = QLabel(translate("Legend", "and %n more symbol(s)", None, len(rows) - MAX_ROWS), self)
            more.setStyleSheet("color: #555;")
            self.grid.addWidget(more, MAX_ROWS + 1, 0, 1, 3)
        if not rows:
            self.grid.addWidget(QLabel(self.tr("No units yet."), self), 1, 0, 1, 3)
        self.adjustSize()
        self.place()

    def place(self) -> None:
        self.adjustSize()
        x = self.host.width() - self.width() - 12
        y = self.host.height() - self.height() - 40  # above the attribution line
        self.move(max(0, x), max(0, y))
        self.raise_()


def install(window: QWidget, doc: PlanDocument, host: QWidget, view_menu: object) -> Legend:
    legend = Legend(doc, host)
    legend.hide()
    act = QAction(QCoreApplication.translate("Legend", "Symbol &legend"), window)
    act.setCheckable(True)
    act.setShortcut(QKeySequence("Ctrl+Shift+L"))
    act.setStatusTip(QCoreApplication.translate("Legend", "Show the symbols of the plan and what each stands for"))

    def toggle(on: bool) -> None:
        legend.setVisible(on)
        legend.place()

    act.toggled.connect(toggle)
    view_menu.addAction(act)  # type: ignore[attr-defined]
    setattr(window, "act_legend", act)  # noqa: B010 (the window's actions are its attributes)
    return legend
