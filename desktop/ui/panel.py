"""The side panel (right dock): each nation's contribution and the plan's findings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.document import Change, PlanDocument


class SidePanel(QWidget):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        doc.changed.connect(self._on_change)
        self._on_change(Change(reset=True))

    def _on_change(self, change: Change) -> None:
        p = self.doc.plan
        by_nation: dict[str, int] = {}
        for u in p.units_in_phase():
            by_nation[u.nation] = by_nation.get(u.nation, 0) + u.strength
        lines = [f"{n}: {t:,}" for n, t in sorted(by_nation.items(), key=lambda kv: -kv[1])]
        self.summary.setText("\n".join(lines) or "No units yet. Drag units from the palette onto the map.")
