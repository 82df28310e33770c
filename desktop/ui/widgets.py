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


def restyle(widget: QWidget, css: str) -> None:
    """Set the widget's style sheet unless it already has this one (setting it, even the same,
    makes Qt restyle the widget: measurable on every drag)."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def png_bytes(image: QPixmap) -> bytes:
    """``image`` encoded as PNG, for :func:`desktop.fileio.atomic_write` (the one file writer)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        from desktop.i18n import translate

        raise OSError(translate("Widgets", "the picture could not be encoded as PNG"))
    buf.close()
    return bytes(data.data())


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows as the text it is: Qt guesses rich text in tooltips
    (``Qt.mightBeRichText``), so planner text is escaped into a preformatted paragraph."""
    import html

    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


# -- words in the window's language (desktop.i18n) --------------------------------------------------


def field_text(text: str) -> str:
    """A text of the unit field table (a label, tooltip, suffix: ``desktop.model.field_info``) in
    the current language; the extractor takes them from the table (context "Fields")."""
    from desktop.i18n import translate

    return translate("Fields", text) if text and text.strip() else text


def nation_name(code: str) -> str:
    """A nation's name in the current language (CLDR's), else the catalogue's English name."""
    from desktop import catalogue, i18n

    return i18n.nation_name(code, catalogue.nation_name(code))


def kind_label(kind: str) -> str:
    """A unit kind's label (the catalogue's) in the current language."""
    from desktop import catalogue, i18n

    info = catalogue.kinds().get(kind)
    return i18n.catalogue_label(info["label"]) if info else kind


def number(value: float, decimals: int = 0) -> str:
    """A number in the language's conventions (21,110 / 21 110)."""
    from desktop.i18n import format_number

    return format_number(value, decimals)
