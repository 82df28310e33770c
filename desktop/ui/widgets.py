"""Small widget helpers shared by the forms and panels."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPixmap
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


def png_bytes(image: QPixmap) -> bytes:
    """``image`` encoded as PNG, for :func:`desktop.fileio.atomic_write` (the one file writer)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise OSError("the picture could not be encoded as PNG")
    buf.close()
    return bytes(data.data())


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows as the text it is: Qt guesses rich text in tooltips
    (``Qt.mightBeRichText``), so planner text is escaped into a preformatted paragraph."""
    import html

    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
