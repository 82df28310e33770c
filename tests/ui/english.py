"""Find English left in a widget tree shown in Ukrainian (a small helper for the window tests).

:func:`english_in` walks a widget and every child: window titles, labels, buttons, check boxes,
placeholders, tooltips, combo items, the headers and items of trees, tables and lists, actions,
spin-box suffixes, group and tab titles. A text is English when, after the allowed words are taken
out (codes, rule ids, file formats, unit and plan names from the plan, names of systems), a word
of Latin letters is left. Returns ``[(where, text)]``; empty means no English.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

#: Words that stay as they are in Ukrainian: formats, standards, products, units, acronyms.
ALLOWED_WORDS = frozenset(
    (
        "MGRS",
        "Role",
        "DMS",
        "PDF",
        "PNG",
        "JPEG",
        "GeoJSON",
        "KML",
        "KMZ",
        "CSV",
        "GPKG",
        "GeoPackage",
        "HTML",
        "SVG",
        "XLSX",
        "ODS",
        "Excel",
        "MBTiles",
        "SIDC",
        "APP-6D",
        "APP-6E",
        "MIL-STD",
        "ORBAT",
        "Mapper",
        "ODIN",
        "QGIS",
        "GDAL",
        "Google",
        "Earth",
        "Posture",
        "Leaflet",
        "milsymbol",
        "Enter",
        "Ctrl",
        "Shift",
        "Esc",
        "ISO",
        "alpha",
        "km",
        "ECFR",
        "MFU",
        "NATO",
        "ISR",
        "REL",
        "TO",
        "AEW&C",
        "UTM",
        "WGS",
        "Natural",
        "OpenStreetMap",
        "GeoNames",
        "geoBoundaries",
        "Patriot",
        "PAC",
        "Rafale",
        "Dassault",
        "Typhoon",
        "Gripen",
        "SAMP",
        "IRIS-T",
        "SLM",
        "NASAMS",
        "Sky",
        "Sabre",
        "CAMM",
        "MiG",
        "plan",
        "geojson",
        "json",
        "kml",
        "kmz",
        "gpkg",
        "shp",
        "csv",
        "fgb",
        "gpx",
        "xlsx",
        "ods",
        "mbtiles",
        "sqlite",
        "db",
        "pdf",
        "png",
        "html",
    )
)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*")
_CODE = re.compile(r"^(?:[A-Z0-9]{1,6}(?:[-.][A-Z0-9]+)*|[A-Z]+(?:-[A-Z]+)+|[a-z]{1,2}|[a-z]+(?:[._][a-z]+)+)$")


def is_english(text: str, allowed: Iterable[str] = ()) -> bool:
    """Whether ``text`` holds English: a Latin word that is none of the allowed ones."""
    rest = html.unescape(re.sub(r"<[^>]*>", " ", text)) if "<" in text else text
    for phrase in sorted({a for a in allowed if a}, key=len, reverse=True):
        rest = rest.replace(phrase, " ")
    for word in _LATIN_WORD.findall(rest):
        w = word.strip("'’-&")
        if not w or w in ALLOWED_WORDS or _CODE.match(w):
            continue
        return True
    return False


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a planner can read in ``root`` and its children."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            out.append((where, text))

    for w in [root, *root.findChildren(QWidget)]:
        name = f"{type(w).__name__}{('#' + w.objectName()) if w.objectName() else ''}"
        if w.isWindow():
            add(f"{name} title", w.windowTitle())
        add(f"{name} tooltip", w.toolTip())
        for a in w.actions():
            add(f"{name} action", a.text().replace("&", ""))
            if a.toolTip() != a.text().replace("&", ""):
                add(f"{name} action tooltip", a.toolTip())
        if isinstance(w, QLabel):
            add(name, w.text())
        elif isinstance(w, QAbstractButton):
            add(name, w.text().replace("&", ""))
        elif isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(name, w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name} tab", w.tabText(i))
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            add(f"{name} suffix", w.suffix())
            add(f"{name} prefix", w.prefix())
        if isinstance(w, QAbstractSpinBox):
            add(f"{name} special", w.specialValueText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name} item", w.itemText(i))
                add(f"{name} item tooltip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
            if w.lineEdit() is not None:
                add(f"{name} placeholder", w.lineEdit().placeholderText())
        if isinstance(w, QTreeWidget):
            head = w.headerItem()
            for c in range(w.columnCount()):
                add(f"{name} header", head.text(c))
                add(f"{name} header tooltip", head.toolTip(c))
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                it = stack.pop()
                for c in range(w.columnCount()):
                    add(f"{name} item", it.text(c))
                    add(f"{name} item tooltip", it.toolTip(c))
                stack += [it.child(i) for i in range(it.childCount())]
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                h = w.horizontalHeaderItem(c)
                if h is not None:
                    add(f"{name} header", h.text())
                    add(f"{name} header tooltip", h.toolTip())
            for r in range(w.rowCount()):
                h = w.verticalHeaderItem(r)
                if h is not None:
                    add(f"{name} row header", h.text())
                    add(f"{name} row header tooltip", h.toolTip())
                for c in range(w.columnCount()):
                    it = w.item(r, c)
                    if it is not None:
                        add(f"{name} cell", it.text())
                        add(f"{name} cell tooltip", it.toolTip())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(f"{name} item", w.item(i).text())
                add(f"{name} item tooltip", w.item(i).toolTip())
    return out


def english_in(root: QWidget, allowed: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The texts of ``root`` (and its children) that are English."""
    allowed = list(allowed)
    return [(where, text) for where, text in texts_of(root) if is_english(text, allowed)]


def clipped(root: QWidget) -> list[tuple[str, str]]:
    """Labels, check boxes and buttons of ``root`` shown narrower than their text needs (a word-
    wrapped label wraps instead): ``[(kind, text)]``. Call it with ``root`` shown at its size."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, (QLabel, QAbstractButton)):
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or not w.text()):
            continue
        if w.width() < w.sizeHint().width():
            out.append((type(w).__name__, w.text()))
    return out
