"""Small widget helpers shared by the forms and panels."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def row(*widgets: QWidget, stretch: bool = False) -> QWidget:
    """The widgets side by side, without margins; ``stretch`` pushes them to the left."""
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    for x in widgets:
        lay.addWidget(x)
    if stretch:
        lay.addStretch(1)
    return w
