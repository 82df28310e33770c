"""The order-of-battle dock: the plan as a tree by command (desktop/orbat.py), in step with the map.

Each row shows the unit's symbol, name, nation, own strength and the rolled-up strength of its
subtree. Dragging rows onto another row puts them under it (onto empty space: makes them roots);
that is one undo step on the document's stack. Selection follows the map and the map follows it;
double-click opens the unit form. Filters by nation, domain and phase keep the ancestors of the
units they show, greyed, so the chain of command stays visible.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop import orbat, symbols
from desktop.edits import update_units
from desktop.i18n import phase_title, translate, translate_noop
from desktop.model import DOMAINS, PHASES, Plan, Unit
from desktop.ui import widgets
from desktop.ui.commands import PlanCommand
from desktop.ui.document import Change, PlanDocument
from desktop.ui.palette import symbol_pixmap

ID_ROLE = Qt.ItemDataRole.UserRole
NATION_ROLE = Qt.ItemDataRole.UserRole + 1
#: Column headings and phase names, shown translated (context "OrbatDock").
COLUMNS = (
    translate_noop("OrbatDock", "Unit"),
    translate_noop("OrbatDock", "Nation"),
    translate_noop("OrbatDock", "Strength"),
    translate_noop("OrbatDock", "Total"),
)
DOMAIN_LABELS = {
    "land": translate_noop("OrbatDock", "Land"),
    "air": translate_noop("OrbatDock", "Air"),
    "maritime": translate_noop("OrbatDock", "Maritime"),
}
GREY = QBrush(QColor("#9e9e9e"))
#: What a drag of tree rows carries: the JSON list of their unit ids.
MIME = "application/x-posture-unit-ids"


def _row_key(u: Unit) -> tuple[object, ...]:
    """What a row shows of a unit (a move changes none of it: the tree is left alone)."""
    return (u.name, u.nation, u.kind, u.strength, u.phases, orbat.parent_of(u), symbols.key_of(u))


class Reparent(PlanCommand):
    """Put units under another unit (or make them roots): one undo step."""

    def __init__(self, doc: PlanDocument, units: list[Unit], text: str) -> None:
        super().__init__(doc, update_units(units), text)


def unit_ids_of(data: QMimeData | None) -> list[str]:
    """The unit ids a drag of rows of the tree carries (nothing for any other drag)."""
    if data is None or not data.hasFormat(MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


class OrbatTree(QTreeWidget):
    """The tree widget; a drop never moves rows itself, it asks for a re-parenting."""

    dropped = Signal(list, object)  # unit ids, target unit id or None (make roots)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels([translate("OrbatDock", c) for c in COLUMNS])
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAnimated(False)
        self.setIconSize(QSize(30, 22))
        h = self.header()
        h.setStretchLastSection(False)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.headerItem().setToolTip(3, self.tr("Own strength plus every unit it commands, over all phases"))

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [i for i in (it.data(0, ID_ROLE) for it in items) if i]
        data.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def _ours(self, event: QDragMoveEvent) -> bool:
        return bool(unit_ids_of(event.mimeData()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._ours(event):
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._ours(event):
            super().dragMoveEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = unit_ids_of(event.mimeData())
        target_item = self.itemAt(event.position().toPoint())
        target: str | None = None
        if target_item is not None:
            target = target_item.data(0, ID_ROLE)  # a nation heading: None (make roots)
            pos = self.dropIndicatorPosition()
            if target is not None and pos in (
                QAbstractItemView.DropIndicatorPosition.AboveItem,
                QAbstractItemView.DropIndicatorPosition.BelowItem,
            ):
                parent = target_item.parent()
                target = parent.data(0, ID_ROLE) if parent is not None else None  # beside it: its commander
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the rows are rebuilt from the plan; Qt must not move them
        if ids:
            self.dropped.emit(ids, target)


class OrbatDock(QWidget):
    """The dock's content: filters, the tree, a line of totals."""

    editRequested = Signal(str)
    failed = Signal(str)  # a refused re-parenting: one line for the status bar

    def __init__(
        self,
        doc: PlanDocument,
        select: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self._select_on_map = select
        self._icons: dict[str, QIcon] = {}
        self._shown: dict[str, tuple[object, ...]] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        self._dirty = True
        self._map_selection: set[str] = set()  # the map's, kept while the tree is not built
        self.nation = QComboBox(self)
        self.nation.setToolTip(self.tr("Show the units of one nation (and those they report to, greyed)"))
        self.domain = QComboBox(self)
        self.domain.addItem(self.tr("All domains"), None)
        for d in DOMAINS:
            self.domain.addItem(translate("OrbatDock", DOMAIN_LABELS.get(d, d)), d)
        self.phase = QComboBox(self)
        self.phase.addItem(self.tr("All phases"), None)
        for p in PHASES:
            self.phase.addItem(phase_title(p), p)
        self.by_nation = QCheckBox(self.tr("Group by nation"), self)
        self.by_nation.setToolTip(
            self.tr("One heading per nation; a unit under another nation's HQ shows under its own nation")
        )
        self.tree = OrbatTree(self)
        self.tree.setToolTip(
            self.tr(
                "Drag units onto a headquarters to put them under its command; onto empty space to "
                "make them independent. Double-click to edit."
            )
        )
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.empty = QLabel(self.tr("No units yet. Drag units from the palette onto the map."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        filters = QWidget(self)
        fl = QVBoxLayout(filters)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.nation)
        row = widgets.row(self.domain, self.phase, stretch=False)
        fl.addWidget(row)
        fl.addWidget(self.by_nation)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(filters)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.summary)
        self.tree.dropped.connect(self.reparent)
        self.tree.itemSelectionChanged.connect(self._tree_selection_changed)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        for box in (self.nation, self.domain, self.phase):
            box.currentIndexChanged.connect(self._filters_changed)
        self.by_nation.toggled.connect(self._filters_changed)
        doc.changed.connect(self._on_change)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.rebuild)
        self.rebuild()

    # building ----------------------------------------------------------------------------------

    def _icon(self, u: Unit) -> QIcon:
        key = symbols.key_of(u)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = QIcon(symbol_pixmap(symbols.sidc_of(u), u.nation, 22))
        return icon

    def _fill_nations(self, plan: Plan) -> None:
        current = self.nation.currentData()
        codes = sorted({u.nation for u in plan.units})
        if [self.nation.itemData(i) for i in range(1, self.nation.count())] == codes and self.nation.count():
            return
        self.nation.blockSignals(True)
        self.nation.clear()
        self.nation.addItem(self.tr("All nations"), None)
        for c in codes:
            self.nation.addItem(f"{c}  {widgets.nation_name(c)}", c)
        i = self.nation.findData(current)
        self.nation.setCurrentIndex(max(i, 0))
        self.nation.blockSignals(False)

    def _matches(self, u: Unit) -> bool:
        nation, domain, phase = self.nation.currentData(), self.domain.currentData(), self.phase.currentData()
        return (
            (nation is None or u.nation == nation)
            and (domain is None or u.domain == domain)
            and (phase is None or u.in_phase(phase))
        )

    def _item(self, u: Unit, total: int) -> QTreeWidgetItem:
        it = QTreeWidgetItem([u.name or u.label(), u.nation, widgets.number(u.strength), widgets.number(total)])
        it.setData(0, ID_ROLE, u.id)
        it.setIcon(0, self._icon(u))
        kind = widgets.kind_label(u.kind)
        nation = widgets.nation_name(u.nation)
        it.setToolTip(0, widgets.plain_tooltip(f"{u.name or kind}\n{nation} · {kind}\nid {u.id}"))
        it.setToolTip(1, nation)
        for c in (2, 3):
            it.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flags = it.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        it.setFlags(flags)
        self._items[u.id] = it
        return it

    def rebuild(self) -> None:
        """Build the tree again from the plan (keeps expansion, selection and scroll position)."""
        if not self.isVisible() or self.visibleRegion().isEmpty():  # built when shown (10,000 units: ~2 s)
            self._dirty = True
            return
        self._dirty = False
        plan = self.doc.plan
        self._fill_nations(plan)
        selected = set(self.selected_ids()) if self._items else set(self._map_selection)
        scroll = self.tree.verticalScrollBar().value()
        collapsed = {uid for uid, it in self._items.items() if it.childCount() and not it.isExpanded()}
        self.tree.setUpdatesEnabled(False)
        self._syncing = True
        try:
            self.tree.clear()
            self._items = {}
            self._shown = {u.id: _row_key(u) for u in plan.units}
            roots = orbat.tree(plan)
            if self.by_nation.isChecked():
                self._build_by_nation(plan)
            else:
                for root in roots:
                    self.tree.addTopLevelItem(self._subtree(root))
            self._apply_filters()
            self.tree.expandAll()
            for uid in collapsed:
                if uid in self._items:
                    self._items[uid].setExpanded(False)
            for uid in selected:
                if uid in self._items:
                    self._items[uid].setSelected(True)
        finally:
            self._syncing = False
            self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)
        self.empty.setVisible(not plan.units)
        self.tree.setVisible(bool(plan.units))
        total = sum(n.total_strength for n in roots)
        hqs = sum(1 for n in roots if n.children)
        self.summary.setText(
            " · ".join(
                (
                    translate("OrbatDock", "%n unit(s)", None, len(plan.units)),
                    translate("OrbatDock", "%n personnel (all phases)", None, total),
                    translate("OrbatDock", "%n at the top", None, len(roots))
                    + ", "
                    + translate("OrbatDock", "%n of them in command of others", None, hqs),
                )
            )
        )

    def _subtree(self, node: orbat.Node) -> QTreeWidgetItem:
        it = self._item(node.unit, node.total_strength)
        for c in node.children:
            it.addChild(self._subtree(c))
        return it

    def _build_by_nation(self, plan: Plan) -> None:
        parents = orbat.effective_parents(plan)
        totals = orbat.total_strengths(plan)
        by_nation: dict[str, list[Unit]] = {}
        for u in plan.units:
            by_nation.setdefault(u.nation, []).append(u)
        for code in sorted(by_nation, key=lambda c: -sum(u.strength for u in by_nation[c])):
            units = by_nation[code]
            own = sum(u.strength for u in units)
            head = QTreeWidgetItem([widgets.nation_name(code), code, widgets.number(own), ""])
            head.setData(0, NATION_ROLE, code)
            f = QFont()
            f.setBold(True)
            head.setFont(0, f)
            head.setFlags((head.flags() | Qt.ItemFlag.ItemIsDropEnabled) & ~Qt.ItemFlag.ItemIsDragEnabled)
            head.setToolTip(2, self.tr("Personnel of this nation's units, all phases"))
            self.tree.addTopLevelItem(head)
            # within a nation, a unit under another nation's commander starts its own branch
            ids = {u.id for u in units}
            for u in units:
                self._items_for(u, totals)
            for u in units:
                p = parents.get(u.id)
                it = self._items[u.id]
                if p is not None and p in ids:
                    self._items[p].addChild(it)
                else:
                    head.addChild(it)

    def _items_for(self, u: Unit, totals: dict[str, int]) -> None:
        self._item(u, totals.get(u.id, u.strength))

    def _apply_filters(self) -> None:
        if self.nation.currentData() is None and self.domain.currentData() is None and self.phase.currentData() is None:
            return
        plan = self.doc.plan

        def visit(it: QTreeWidgetItem | None) -> bool:
            if it is None:
                return False
            uid = it.data(0, ID_ROLE)
            own = uid is not None and plan.has_unit(uid) and self._matches(plan.unit(uid))
            below = False
            for i in range(it.childCount()):
                below = visit(it.child(i)) or below
            it.setHidden(not (own or below))
            if uid is not None and not own:
                for c in range(len(COLUMNS)):
                    it.setForeground(c, GREY)
            return own or below

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))

    def _filters_changed(self) -> None:
        self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:  # at the next turn: a dock shown while the window lays out may be hidden again
            self._refresh_timer.start()

    # the document ------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        plan = self.doc.plan
        if not (change.reset or change.removed or change.units):
            return
        if not change.reset and not change.removed:
            keys = {i: _row_key(plan.unit(i)) for i in change.units if plan.has_unit(i)}
            if all(self._shown.get(i) == k for i, k in keys.items()):
                return  # a move: nothing the tree shows changed
        self._refresh_timer.start()

    # selection -----------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return [i for i in (it.data(0, ID_ROLE) for it in self.tree.selectedItems()) if i]

    def show_selection(self, ids: Iterable[str]) -> None:
        """The map's selection (do not echo it back)."""
        want = set(ids)
        self._map_selection = want
        if want == set(self.selected_ids()):
            return
        self._syncing = True
        try:
            self.tree.clearSelection()
            first = None
            for uid in want:
                it = self._items.get(uid)
                if it is not None:
                    it.setSelected(True)
                    first = first or it
            if first is not None:
                self.tree.scrollToItem(first)
        finally:
            self._syncing = False

    def _tree_selection_changed(self) -> None:
        if not self._syncing:
            self._select_on_map(self.selected_ids())

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        uid = item.data(0, ID_ROLE)
        if uid:
            self.editRequested.emit(uid)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        uid = item.data(0, ID_ROLE) if item is not None else None
        if not uid or not self.doc.plan.has_unit(uid):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.editRequested.emit(uid))
        if orbat.parent_of(self.doc.plan.unit(uid)) is not None:
            menu.addAction(self.tr("Make independent (no commander)"), lambda: self.reparent([uid], None))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # re-parenting ------------------------------------------------------------------------------

    def reparent(self, ids: list[str], target: str | None) -> bool:
        """Put ``ids`` under ``target`` (None: make them roots) as one undo step."""
        plan = self.doc.plan
        units = []
        try:
            for uid in ids:
                if not plan.has_unit(uid) or uid == target:
                    continue
                if orbat.parent_of(plan.unit(uid)) in ids:
                    continue  # dragged with its own commander: it stays under that commander
                new = orbat.reparented(plan, uid, target)
                if orbat.parent_of(new) != orbat.parent_of(plan.unit(uid)):
                    units.append(new)
        except orbat.ReparentError as e:
            self.failed.emit(self.tr("Not moved: {problem}.").format(problem=e))
            return False
        if not units:
            return False
        what = units[0].label() if len(units) == 1 else translate("OrbatDock", "%n unit(s)", None, len(units))
        if target is None:
            text = self.tr("Make {units} independent").format(units=what)
        else:
            text = self.tr("Put {units} under {commander}").format(units=what, commander=plan.unit(target).label())
        return self.doc.push(Reparent(self.doc, units, text))

    def index_of(self, uid: str) -> QModelIndex:
        it = self._items[uid]
        return self.tree.indexFromItem(it)

    def item_of(self, uid: str) -> QTreeWidgetItem:
        return self._items[uid]

    def visible_ids(self) -> list[str]:
        out = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            uid = item.data(0, ID_ROLE)
            if uid and not item.isHidden():
                out.append(uid)
            it += 1
        return out
