"""The Charts tab of the side panel: troops by nation (core nations marked, pledges against what
is placed), troops by phase stacked by nation, air-defence coverage of the priority sites
(desktop/charts.py, drawn as SVG by matplotlib), redrawn after every evaluation that changes a
figure, while the tab is shown."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop import charts
from desktop.ui.analysis import Analysis

CHARTS = ("troops_by_nation", "troops_by_phase", "coverage")
WIDTH_IN = 4.1  # inches at 100 px each: fits the side panel's default width


class ChartsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svg: dict[str, str] = {}
        self.widgets: dict[str, QSvgWidget] = {}
        self._key: object = None
        self._pending: Analysis | None = None
        inner = QWidget(self)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(2, 2, 2, 2)
        note = QLabel(
            self.tr(
                "Counted as the rules count: units outside Ukraine on land are staging (0). "
                "Pledges are contributions of kind “troops”."
            ),
            inner,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        lay.addWidget(note)
        for name in CHARTS:
            w = QSvgWidget(inner)
            w.setObjectName(name)
            self.widgets[name] = w
            lay.addWidget(w)
        lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._draw_pending)

    def show_analysis(self, a: Analysis) -> None:
        self._pending = a
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self._draw_pending()

    def _draw_pending(self) -> None:
        a = self._pending
        if a is None:
            return
        self._pending = None
        self.draw(charts.chart_data(a.plan, a.metrics["profile"], a.metrics["phase"]))

    def draw(self, data: charts.ChartData) -> bool:
        """Redraw if a figure changed; True when it did."""
        key = data.key()
        if key == self._key:
            return False
        self._key = key
        self.svg = charts.all_svgs(data, WIDTH_IN)
        for name, text in self.svg.items():
            w = self.widgets[name]
            w.load(QByteArray(text.encode()))
            size: QSize = w.renderer().defaultSize()
            w.setFixedSize(size)
            w.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        return True
