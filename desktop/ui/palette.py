"""The symbol palette: unit templates by domain, a search box and the nation of the next drop.

Dragging an entry carries its template id as ``text/plain`` (the page cannot read Qt's own
MIME types); the page turns the drop into a ``drop`` message at the drop point.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop import catalogue, symbols
from desktop.catalogue import Template
from desktop.i18n import catalogue_label, translate, translate_noop
from desktop.model import UNIT_KINDS
from desktop.ui import widgets

#: Shown translated (context "Palette").
DOMAIN_TITLES = {
    "land": translate_noop("Palette", "Land"),
    "air": translate_noop("Palette", "Air"),
    "maritime": translate_noop("Palette", "Maritime"),
}
#: The nation groups of nations.json, in words (context "Palette").
GROUP_WORDS = {
    "core": translate_noop("Palette", "core of the mission"),
    "excluded": translate_noop("Palette", "excluded"),
    "eligible": translate_noop("Palette", "eligible"),
    "neutral": translate_noop("Palette", "neutral"),
    "black_sea_nato": translate_noop("Palette", "Black Sea NATO member"),
    "nato": translate_noop("Palette", "NATO"),
    "us": translate_noop("Palette", "United States"),
    "host": translate_noop("Palette", "host nation"),
}
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


def symbol_pixmap(sidc: str, nation: str, height: int = 34) -> QPixmap:
    """The symbol the map draws (milsymbol.js under Node, :mod:`desktop.symbols`), rendered by
    QSvgRenderer (measured: one Node run for all 25 templates 0.5-0.8 s on a busy 2-core machine,
    then 0.1 ms from the disk cache)."""
    sym = symbols.render(sidc, nation)
    renderer = QSvgRenderer(QByteArray(sym.svg.encode()))
    scale = height / sym.height
    w = max(1, round(sym.width * scale))
    img = QImage(w, height, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p, QRectF(0, 0, w, height))
    p.end()
    return QPixmap.fromImage(img)


def template_label(t: Template) -> str:
    """A template's label in the current language (the planner's own templates as they are)."""
    return t.label if t.id.startswith("user.") else catalogue_label(t.label)


def template_tooltip(t: Template) -> str:
    d = t.defaults

    lines = [
        template_label(t),
        translate("Palette", "Kind: {kind} ({label})").format(kind=t.kind, label=widgets.kind_label(t.kind)),
        translate("Palette", "Default strength: {n}").format(n=widgets.number(d.get("strength", 0))),
    ]
    if d.get("system"):
        line = translate("Palette", "System: {system}").format(system=d["system"])
        if d.get("range_km"):
            line += translate("Palette", ", nominal range {km} km").format(km=widgets.number(d["range_km"], 0))
        lines.append(line)
    if d.get("aircraft"):
        lines.append(
            translate("Palette", "Aircraft: {count} × {aircraft}, generation {generation}").format(
                count=d.get("count", 0), aircraft=d["aircraft"], generation=d.get("generation")
            )
        )
    if d.get("ships") is not None:
        lines.append(translate("Palette", "Ships: {n}").format(n=d["ships"]))
    lines.append(translate("Palette", "Drag onto the map to deploy; every value can be edited afterwards."))
    return "\n".join(lines)


class TemplateTree(QTreeWidget):
    def mimeTypes(self) -> list[str]:
        return ["text/plain"]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [i.data(0, TEMPLATE_ROLE) for i in items if i.data(0, TEMPLATE_ROLE)]
        data.setText(ids[0] if ids else "")
        return data


class NationBox(QComboBox):
    """Eligible nations first (core nations at the top), then the others; excluded ones marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(self.completer().CompletionMode.PopupCompletion)
        nations = catalogue.nations()
        names = {c: widgets.nation_name(c) for c in nations}

        def by_name(n: catalogue.Nation) -> str:
            return names[n.code]

        core = [n for n in nations.values() if "core" in n.groups]
        eligible = sorted((n for n in nations.values() if n.eligible and "core" not in n.groups), key=by_name)
        others = sorted((n for n in nations.values() if not n.eligible and not n.excluded), key=by_name)
        excluded = sorted((n for n in nations.values() if n.excluded), key=by_name)
        for group, suffix in (
            (core, self.tr("  · lead nation")),
            (eligible, ""),
            (others, self.tr("  · not eligible")),
            (excluded, self.tr("  · EXCLUDED")),
        ):
            if self.count():
                self.insertSeparator(self.count())
            for n in group:
                self.addItem(f"{n.code}  {names[n.code]}{suffix}", n.code)
                self.setItemData(self.count() - 1, _nation_tip(n), Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(self.findData("GB"))
        self.setToolTip(self.tr("Nation of the units you drop next"))

    def code(self) -> str:
        idx = self.findText(self.currentText())
        data = self.itemData(idx) if idx >= 0 else None
        return str(data) if data else str(self.currentData() or "GB")

    def set_code(self, code: str) -> None:
        i = self.findData(code)
        if i >= 0:
            self.setCurrentIndex(i)


def _nation_tip(n: catalogue.Nation) -> str:
    words = [translate("Palette", GROUP_WORDS[g]) if g in GROUP_WORDS else g for g in sorted(n.groups)]
    groups = ", ".join(words) or translate("Palette", "no group")
    name = widgets.nation_name(n.code)
    if n.excluded:
        return translate(
            "Palette", "{nation}: excluded from the mission (Russia and its co-belligerents). Groups: {groups}"
        ).format(nation=name, groups=groups)
    if not n.eligible:
        return translate("Palette", "{nation}: not among the mission's eligible allies. Groups: {groups}").format(
            nation=name, groups=groups
        )
    return translate("Palette", "{nation}. Groups: {groups}").format(nation=name, groups=groups)


class Palette(QWidget):
    """Left dock: nation selector, search, templates grouped by domain."""

    nationChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nation = NationBox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search units… (e.g. Patriot, F-35, frigate)"))
        self.search.setClearButtonEnabled(True)
        self.tree = TemplateTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(44, 34))
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.empty = QLabel(self.tr("No unit matches your search."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel(self.tr("Nation of the next unit:"), self))
        layout.addWidget(self.nation)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        hint = QLabel(self.tr("Drag a unit onto the map to deploy it."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout.addWidget(hint)
        self._fill()
        self.search.textChanged.connect(self._filter)
        self.nation.currentIndexChanged.connect(self._nation_changed)

    def _fill(self) -> None:
        self.tree.clear()
        code = self.nation.code()
        by_domain: dict[str, QTreeWidgetItem] = {}
        for domain, title in DOMAIN_TITLES.items():
            head = QTreeWidgetItem(self.tree, [translate("Palette", title)])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            f = head.font(0)
            f.setBold(True)
            head.setFont(0, f)
            head.setExpanded(True)
            by_domain[domain] = head
        templates = catalogue.all_templates()
        symbols.prefetch([t.sidc for t in templates], code)  # one engine run for the whole palette
        for t in templates:
            mine = t.id.startswith("user.")
            label = template_label(t)
            item = QTreeWidgetItem(by_domain[UNIT_KINDS[t.kind]], [f"★ {label}" if mine else label])
            item.setData(0, TEMPLATE_ROLE, t.id)
            item.setIcon(0, QIcon(symbol_pixmap(t.sidc, code)))
            own = "\n" + self.tr("Your own template (saved from a placed unit)") if mine else ""
            item.setToolTip(0, template_tooltip(t) + own)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setData(
                0,
                Qt.ItemDataRole.UserRole + 1,
                " ".join(
                    [t.label, label, t.kind, str(t.defaults.get("system", "")), str(t.defaults.get("aircraft", ""))]
                ).lower(),
            )
        self._filter(self.search.text())

    def _nation_changed(self) -> None:
        self._fill()
        self.nationChanged.emit(self.nation.code())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            visible_children = 0
            for j in range(head.childCount()):
                child = head.child(j)
                hay = str(child.data(0, Qt.ItemDataRole.UserRole + 1))
                hide = bool(needle) and needle not in hay
                child.setHidden(hide)
                visible_children += not hide
            head.setHidden(visible_children == 0)
            shown += visible_children
        self.empty.setVisible(shown == 0)

    def items(self) -> list[QTreeWidgetItem]:
        out = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            if it.value().data(0, TEMPLATE_ROLE):
                out.append(it.value())
            it += 1
        return out
