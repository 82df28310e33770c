"""The side panel (right dock): findings, each nation's contribution, targets and plan settings.

It observes the :class:`Analyzer` (findings and figures of the newest evaluation) and the
document (plan settings); every change the planner makes here is an undo command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import catalogue, geo, symbols
from desktop.doctrine import (
    DEFAULT_PARAMETERS,
    MANDATE_LABELS,
    PROFILE_INFO,
    RULES_BY_ID,
    US_LABELS,
    Finding,
    effective_priority_sites,
)
from desktop.i18n import (
    format_number,
    language,
    nation_name,
    phase_label,
    phase_title,
    place_name,
    translate,
    translate_noop,
)
from desktop.model import CONTRIBUTION_KINDS, PHASES, PROFILES, Contribution, Plan, Unit
from desktop.pledges import pledged_by_nation, pledged_troops
from desktop.release import (
    parse_releasable,
    plan_releasable_to,
    releasable_text,
    releasable_to_of,
    set_plan_releasable_to,
)
from desktop.ui import commands, widgets
from desktop.ui.analysis import Analysis, Analyzer
from desktop.ui.document import Change, PlanDocument
from desktop.ui.widgets import restyle

SEVERITY_TITLES = {
    "error": translate_noop("Panel", "Errors"),
    "warning": translate_noop("Panel", "Warnings"),
    "info": translate_noop("Panel", "Information"),
}
SEVERITY_COLOURS = {"error": "#c62828", "warning": "#e08600", "info": "#1565c0"}
#: (column title, metric key); the titles are translated where they are shown (``_t``).
LEDGER_COLUMNS = [
    (translate_noop("Panel", "Nation"), "name"),
    (translate_noop("Panel", "Group"), "group"),
    (translate_noop("Panel", "Troops"), "troops"),
    (translate_noop("Panel", "Share"), "share"),
    (translate_noop("Panel", "Pledged"), "pledged"),
    (translate_noop("Panel", "Gap"), "gap"),
    (translate_noop("Panel", "Land"), "land"),
    (translate_noop("Panel", "Air"), "air"),
    (translate_noop("Panel", "Sea"), "maritime"),
    (translate_noop("Panel", "Aircraft"), "aircraft"),
    (translate_noop("Panel", "Ships"), "ships"),
    (translate_noop("Panel", "AD"), "ad_batteries"),
    (translate_noop("Panel", "Funding €"), "funding_eur"),
    (translate_noop("Panel", "ISR"), "isr"),
    (translate_noop("Panel", "Equip."), "equipment"),
    (translate_noop("Panel", "Training"), "training"),
    (translate_noop("Panel", "Logist."), "logistics"),
]
LEDGER_TIPS = {
    "Troops": translate_noop(
        "Panel", "Personnel deployed in the phase (land units staged outside Ukraine are not counted)"
    ),
    "Share": translate_noop("Panel", "Share of the total troops"),
    "Pledged": translate_noop(
        "Panel", "Troops the nation has pledged (contributions of kind “troops”); not counted as deployed"
    ),
    "Gap": translate_noop(
        "Panel", "Pledged troops not yet placed on the map in this phase (negative: more placed than pledged)"
    ),
    "Land": translate_noop("Panel", "Land units"),
    "Air": translate_noop("Panel", "Air units (air defence, fighters, ISR)"),
    "Sea": translate_noop("Panel", "Maritime units"),
    "AD": translate_noop("Panel", "Air-defence batteries"),
    "Funding €": translate_noop("Panel", "Funding pledged, EUR"),
    "ISR": translate_noop("Panel", "ISR pledges (non-troop)"),
    "Equip.": translate_noop("Panel", "Equipment pledges"),
    "Training": translate_noop("Panel", "Training pledges"),
    "Logist.": translate_noop("Panel", "Logistics pledges"),
}
#: The labels of the doctrine (desktop/doctrine/params.py) as the panel shows them, translated.
DOCTRINE_TEXTS = (
    translate_noop("Doctrine", "Deterrence"),
    translate_noop("Doctrine", "Reassurance"),
    translate_noop("Doctrine", "Peacekeeping (UN-style)"),
    translate_noop("Doctrine", "None declared"),
    translate_noop("Doctrine", "Financial"),
    translate_noop("Doctrine", "ISR and air support"),
    translate_noop("Doctrine", "Full backstop"),
    translate_noop("Doctrine", "Minimum fighter generation"),
    translate_noop("Doctrine", "Air policing must fly fighters of this generation or later (4, 4.5, 5)."),
    translate_noop("Doctrine", "Maximum distance to the threat"),
    translate_noop(
        "Doctrine",
        "A combat unit farther than this from every threat source (the Russian and "
        "Belarusian borders, the contact line) is not forward enough.",
    ),
    translate_noop("Doctrine", "Tripwire distance"),
    translate_noop("Doctrine", "A land unit this close to the contact line would act as a tripwire."),
    translate_noop("Doctrine", "Protection radius"),
    translate_noop(
        "Doctrine",
        "A priority site counts as protected when a land unit or an air-defence battery stands within this distance.",
    ),
    translate_noop("Doctrine", "Minimum troops"),
    translate_noop("Doctrine", "The force deployed in the phase should total at least this many troops."),
    translate_noop("Doctrine", "Minimum nations"),
    translate_noop(
        "Doctrine",
        "The mission should involve as many countries as possible: fewer nations than this "
        "contributing troops in the phase is flagged.",
    ),
    translate_noop("Doctrine", "Belarus cover distance"),
    translate_noop(
        "Doctrine", "At least one deployed combat unit should stand within this distance of the Ukraine–Belarus border."
    ),
    translate_noop("Doctrine", "Debated initial force, low end"),
    translate_noop("Doctrine", "Debated initial force, high end"),
    translate_noop("Doctrine", "Multinational Force Ukraine"),
    translate_noop("Doctrine", "Zelensky's figure, total"),
    translate_noop("Doctrine", "Zelensky's figure, rotating"),
    translate_noop("Doctrine", "troops"),
    translate_noop("Doctrine", "nations"),
    translate_noop("Doctrine", "km"),
)
GROUP_LABELS = {
    "excluded": translate_noop("Panel", "excluded"),
    "core": translate_noop("Panel", "core"),
    "neutral": translate_noop("Panel", "neutral"),
    "eligible": translate_noop("Panel", "eligible"),
    "non-allied": translate_noop("Panel", "non-allied"),
}


def _t(text: str) -> str:
    return translate("Panel", text)


def doctrine(text: str) -> str:
    """A label of the doctrine (mandates, US support, parameters, reference figures), translated."""
    return translate("Doctrine", text)


def profile_name(profile: str) -> str:
    return translate("Profiles", PROFILE_INFO[profile].name) if profile in PROFILE_INFO else profile


def count(n: int, what: str) -> str:
    """``3 errors`` / ``3 помилки`` (the language's plural forms)."""
    forms = {
        "error": translate("Panel", "%n error(s)", None, n),
        "warning": translate("Panel", "%n warning(s)", None, n),
        "note": translate("Panel", "%n note(s)", None, n),
        "troops": translate("Panel", "%n troop(s)", None, n),
    }
    return forms[what]


def percent(share: float) -> str:
    """``12%`` / ``12 %``."""
    return format_number(100 * share) + ("\u202f%" if language() == "uk" else "%")


def money(amount_eur: float | None) -> str:
    """``€2.5 bn``, ``€350.0 m``, ``€12,000`` (desktop/formatting.py) / ``2,5 млрд €`` in Ukrainian."""
    from desktop import formatting

    if language() != "uk" or not amount_eur or amount_eur != amount_eur or amount_eur in (float("inf"),):
        return formatting.money(amount_eur)
    if amount_eur >= 1e9:
        return translate("Panel", "€{n} bn").format(n=format_number(amount_eur / 1e9, 1))
    if amount_eur >= 1e6:
        return translate("Panel", "€{n} m").format(n=format_number(amount_eur / 1e6, 1))
    return translate("Panel", "€{n}").format(n=format_number(amount_eur))


def nation_group(code: str) -> str:
    """The nation's group as the ledger names it (English key: excluded, core, … non-allied)."""
    groups = catalogue.nations().get(code, catalogue.Nation(code, code)).groups
    for g in ("excluded", "core", "neutral", "eligible"):
        if g in groups:
            return g
    return "non-allied"


class NumberItem(QTableWidgetItem):
    """A table cell that sorts by its number, not its text."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, NumberItem):
            return self.value < other.value
        return super().__lt__(other)


# -- findings ---------------------------------------------------------------------------------


_ROOT = QModelIndex()  # the invisible root of an item model


class FindingsModel(QAbstractItemModel):
    """Findings as a two-level tree: severity groups, then one row per finding (rule, message).

    Views ask only for the rows they show, so a plan with thousands of findings resets in
    milliseconds; :meth:`set_findings` does nothing when the findings did not change.
    """

    COLUMNS = (translate_noop("Panel", "Rule"), translate_noop("Panel", "Finding"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[Finding]]] = []
        self.findings: tuple[Finding, ...] = ()

    def set_findings(self, findings: tuple[Finding, ...]) -> bool:
        """Show these findings; False (and no reset) when they are the ones already shown."""
        if findings == self.findings:
            return False
        self.beginResetModel()
        self.findings = findings
        by: dict[str, list[Finding]] = {}
        for f in findings:
            by.setdefault(f.severity, []).append(f)
        self.groups = [(sev, by[sev]) for sev in ("error", "warning", "info") if sev in by]
        self.endResetModel()
        return True

    # The internal pointer of a finding row is its group's row + 1; groups have 0.
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.COLUMNS[section])
        return None

    def finding(self, index: QModelIndex) -> Finding | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            sev, group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{_t(SEVERITY_TITLES[sev])} ({format_number(len(group))})" if index.column() == 0 else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(SEVERITY_COLOURS[sev]))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        f = self.groups[index.internalId() - 1][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.rule if index.column() == 0 else f.message
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(QColor(SEVERITY_COLOURS[f.severity]))
        if role == Qt.ItemDataRole.ToolTipRole:
            rule = RULES_BY_ID.get(f.rule)
            where = "\n" + translate("Panel", "Click to show it on the map.") if f.units or f.sites else ""
            description = translate("Rules", rule.description) if rule else ""
            source = translate("Panel", "Source: {source}").format(source=f.source)
            return f"{f.rule}: {description}\n\n{f.message}\n\n{source}{where}"
        return None


class FindingsView(QWidget):
    """Findings grouped by severity; a click shows the units or sites concerned on the map and
    the whole message with its source below the list."""

    activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # thousands of rows stay cheap
        self.tree.setRootIsDecorated(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        longest = max(self.tree.fontMetrics().horizontalAdvance(rule_id) for rule_id in RULES_BY_ID)
        self.tree.setColumnWidth(0, longest + 48)  # the whole rule id beside the tree's indentation
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._clicked)
        self.tree.selectionModel().currentChanged.connect(lambda cur, _prev: self._detail(cur))
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("background: #f6f6f4; border: 1px solid #ddd; padding: 6px;")
        self.detail.setMinimumHeight(70)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #2e7d32; padding: 12px;")
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 3px;")
        self.banner.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.banner)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.empty)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.model.findings

    def show_findings(self, findings: tuple[Finding, ...], profile: str, phase: str) -> None:
        if self.model.set_findings(findings):
            for row, (sev, group) in enumerate(self.model.groups):
                index = self.model.index(row, 0)
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
                self.tree.setExpanded(index, sev != "info" or len(group) <= 5)
            self.detail.setText(self.tr("Click a finding to see it on the map; its full text and source show here."))
        text = self.tr(
            "No findings: the posture meets every principle of the “{profile}” profile in the {phase} phase."
        )
        self.empty.setText(text.format(profile=profile_name(profile), phase=phase_label(phase)))
        self.empty.setVisible(not findings)
        self.tree.setVisible(bool(findings))
        self.detail.setVisible(bool(findings))

    def _detail(self, index: QModelIndex) -> None:
        f = self.model.finding(index)
        if f is not None:
            rule = RULES_BY_ID.get(f.rule)
            severity = {"error": self.tr("error"), "warning": self.tr("warning"), "info": self.tr("information")}
            text = f"{f.rule} ({severity.get(f.severity, f.severity)}): {f.message}\n"
            text += self.tr("Source: {source}").format(source=f.source)
            if rule:
                text += "\n" + self.tr("Principle: {principle}").format(principle=translate("Rules", rule.description))
            self.detail.setText(text)

    def _clicked(self, index: QModelIndex) -> None:
        f = self.model.finding(index)
        if f is not None:
            self._detail(index)
            self.activated.emit(f)

    def index_of(self, rule_id: str) -> QModelIndex:
        """The first row of this rule (tests and keyboard navigation); invalid when absent."""
        for g, (_sev, group) in enumerate(self.model.groups):
            for r, f in enumerate(group):
                if f.rule == rule_id:
                    return self.model.index(r, 0, self.model.index(g, 0))
        return QModelIndex()

    def rules_shown(self) -> list[str]:
        return [f.rule for f in self.findings]


# -- ledger -----------------------------------------------------------------------------------


class LedgerView(QWidget):
    """One row per nation; sortable; totals below; non-troop contributions edited from here."""

    editContributions = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(LEDGER_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_t(c) for c, _ in LEDGER_COLUMNS])
        for i, (c, _) in enumerate(LEDGER_COLUMNS):
            self.table.horizontalHeaderItem(i).setToolTip(_t(LEDGER_TIPS.get(c, c)))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # largest contributor first
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(self.tr("No nation contributes yet. Drag units from the palette onto the map."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        edit = QPushButton(self.tr("Contributions and pledges…"), self)
        edit.setToolTip(self.tr("Add or edit funding, ISR, equipment, training and logistics pledges"))
        edit.clicked.connect(self.editContributions.emit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.totals)
        self._shown: object = None
        lay.addWidget(edit)

    def show_metrics(self, m: dict[str, Any], pledged: dict[str, int] | None = None) -> None:
        rows = m["nations"]
        pledged = pledged or {}
        shown = (rows, m["by_domain"], pledged)
        if shown == self._shown:
            return  # a move rarely changes the ledger: keep the table (and the planner's sort)
        self._shown = shown
        self.table.setUpdatesEnabled(False)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, (code, row) in enumerate(sorted(rows.items(), key=lambda kv: -kv[1]["troops"])):
            values: dict[str, Any] = {
                "name": f"{code}  {nation_name(code, row['name'])}",
                "group": nation_group(code),
                "troops": row["troops"],
                "share": row["share"],
                "pledged": pledged.get(code, 0),
                "gap": pledged[code] - row["troops"] if code in pledged else 0,
                "aircraft": row["aircraft"],
                "ships": row["ships"],
                "ad_batteries": row["ad_batteries"],
                "funding_eur": row["funding_eur"],
                **row["units"],
                **{k: row["contributions"].get(k, 0) for k in ("isr", "equipment", "training", "logistics")},
            }
            for c, (_, key) in enumerate(LEDGER_COLUMNS):
                v = values[key]
                if isinstance(v, str):
                    item = QTableWidgetItem(_t(GROUP_LABELS[v]) if key == "group" else v)
                    if key == "group" and v in ("excluded", "non-allied"):
                        item.setForeground(QBrush(QColor("#c62828")))
                elif key == "share":
                    item = NumberItem(v, percent(v))
                elif key == "funding_eur":
                    item = NumberItem(v, money(v))
                elif key == "gap":
                    sign = "+" if v > 0 else "-"
                    gap_text = "–" if code not in pledged else f"{sign}{format_number(abs(v))}" if v else self.tr("met")
                    item = NumberItem(v, gap_text)
                    if v > 0:
                        item.setForeground(QBrush(QColor("#c62828")))
                else:
                    item = NumberItem(v, format_number(int(v)) if v else "–")
                item.setToolTip(f"{nation_name(code, row['name'])}: {_t(LEDGER_COLUMNS[c][0])}")
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.setUpdatesEnabled(True)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        d = m["by_domain"]
        f = format_number
        text = self.tr(
            "Total: {troops} · land {land_units} / {land_troops} · air {air_units} / {air_troops} · "
            "sea {sea_units} / {sea_troops} · aircraft: {aircraft} · ships: {ships} · AD batteries: {ad} · "
            "funding {funding}"
        )
        self.totals.setText(
            text.format(
                troops=count(m["troops"], "troops"),
                land_units=translate("Panel", "%n unit(s)", None, d["land"]["units"]),
                land_troops=f(d["land"]["troops"]),
                air_units=f(d["air"]["units"]),
                air_troops=f(d["air"]["troops"]),
                sea_units=f(d["maritime"]["units"]),
                sea_troops=f(d["maritime"]["troops"]),
                aircraft=f(m["aircraft"]),
                ships=f(m["ships"]),
                ad=f(m["ad_batteries"]),
                funding=money(m["funding_eur"]),
            )
        )


# -- targets -----------------------------------------------------------------------------------


class TargetsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self._shown: tuple[object, ...] | None = None  # what the text was made from
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.bar)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def show_metrics(self, m: dict[str, Any]) -> None:
        troops, minimum = m["troops"], m["min_troops"]
        # What the text reads, with a word of the language it is in: a move rarely changes it.
        language = self.tr("Reference figures of the debate:")
        shown = (troops, minimum, m["to_generate"], m["ad_coverage"], m["by_phase"], m["reference"], language)
        if shown == self._shown:
            return
        self._shown = shown
        self.bar.setRange(0, max(minimum, 1))
        self.bar.setValue(min(troops, minimum))
        self.bar.setFormat(
            self.tr("{troops} of the profile's minimum {minimum}").format(
                troops=format_number(troops), minimum=count(minimum, "troops")
            )
        )
        ok = troops >= minimum
        restyle(self.bar, f"QProgressBar::chunk {{ background: {'#43a047' if ok else '#ef8f00'}; }}")
        rotation = self.tr("With rotation (×{factor}), the force to generate is about {troops}.")
        lines = [
            rotation.format(factor=m["rotation_factor"], troops=count(m["to_generate"], "troops")),
            "",
            self.tr("Reference figures of the debate:"),
        ]
        for ref in m["reference"]:
            mark = "✓" if troops >= ref["troops"] else "·"
            lines.append(f"  {mark} {doctrine(ref['label'])}: {format_number(ref['troops'])}")
        cov = m["ad_coverage"]
        coverage = self.tr(
            "Air-defence coverage: {covered} of {sites} priority sites ({share}) lie inside at least one range ring."
        )
        lines += [
            "",
            coverage.format(
                covered=format_number(cov["covered"]), sites=format_number(cov["sites"]), share=percent(cov["share"])
            ),
        ]
        if cov["uncovered"]:
            lines.append(
                self.tr("Not covered: {sites}").format(sites=", ".join(place_name(x) for x in cov["uncovered"]))
            )
        phases = ", ".join(f"{phase_label(p)} {format_number(m['by_phase'][p])}" for p in PHASES)
        lines += ["", self.tr("Troops by phase: {phases}.").format(phases=phases)]
        self.text.setText("\n".join(lines))


# -- plan settings -----------------------------------------------------------------------------


class SettingsView(QWidget):
    """Mandate, US support, classification, parameters and priority sites of the plan."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._updating = False
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.mandate = _combo(self, {k: doctrine(v) for k, v in MANDATE_LABELS.items()})
        self.us_support = _combo(self, {k: doctrine(v) for k, v in US_LABELS.items()})
        self.classification = QLineEdit(self)
        self.classification.setMaxLength(120)
        self.classification.setToolTip(self.tr("Printed at the top and bottom of every print of this plan"))
        self.releasable = QLineEdit(self)
        self.releasable.setMaxLength(400)
        self.releasable.setPlaceholderText(self.tr("each nation's own only (e.g. ALL, or PL, FR)"))
        self.releasable.setToolTip(
            self.tr(
                "Releasable to (default of the plan): the nations a unit or contribution may be given to\n"
                "when it does not say itself. ALL for every nation; empty: each to its own nation only.\n"
                "Export, Print and packages with Release to write only what is releasable to that nation."
            )
        )
        self.releasable_error = QLabel(self)
        self.releasable_error.setStyleSheet("color: #b00020;")
        self.releasable_error.setTextFormat(Qt.TextFormat.PlainText)
        self.releasable_error.setWordWrap(True)
        self.releasable_error.hide()
        form = QFormLayout()
        self.declared_profile = _combo(self, {p: f"{profile_name(p)} ({p})" for p in PROFILES})
        self.declared_profile.setToolTip(
            self.tr("The plan's own doctrine profile: what `check` checks and what the window opens on")
        )
        self.declared_phase = _combo(self, {ph: phase_title(ph) for ph in PHASES})
        self.declared_phase.setToolTip(
            self.tr("The plan's own phase: what `check` checks and what the window opens on")
        )
        form.addRow(self.tr("Plan name"), self.name)
        form.addRow(self.tr("Profile"), self.declared_profile)
        form.addRow(self.tr("Phase"), self.declared_phase)
        form.addRow(self.tr("Mandate"), self.mandate)
        form.addRow(self.tr("US support"), self.us_support)
        form.addRow(self.tr("Classification"), self.classification)
        form.addRow(self.tr("Releasable to"), self.releasable)
        form.addRow("", self.releasable_error)
        self.params: dict[str, QDoubleSpinBox] = {}
        params_box = QGroupBox(self.tr("Parameters (this plan)"), self)
        pform = QFormLayout(params_box)
        for key, p in DEFAULT_PARAMETERS["ecfr"].items():
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 1_000_000)
            spin.setDecimals(0 if p.integer else 1)
            spin.setSingleStep(p.step)
            spin.setSuffix(f" {doctrine(p.unit)}" if p.unit in ("km", "troops", "nations") else "")
            spin.setToolTip(doctrine(p.description))
            spin.setKeyboardTracking(False)
            reset = QToolButton(self)
            reset.setText("↺")
            reset.setToolTip(self.tr("Back to the profile's default"))
            reset.clicked.connect(lambda _=False, k=key: self._set_param(k, None))
            spin.valueChanged.connect(lambda v, k=key: self._set_param(k, v))
            self.params[key] = spin
            pform.addRow(doctrine(p.label), widgets.row(spin, reset))
        sites_box = QGroupBox(self.tr("Priority sites"), self)
        self.sites = QListWidget(self)
        self.sites.setToolTip(self.tr("Places the force must protect; ticked sites are checked by the coverage rules"))
        for name in sorted(geo.places(), key=place_name):
            item = QListWidgetItem(place_name(name))
            item.setData(Qt.ItemDataRole.UserRole, name)  # the geo data's name, kept in the plan
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sites.addItem(item)
        self.sites.setMinimumHeight(150)
        self.sites_default = QPushButton(self.tr("Use the profile's sites"), self)
        self.sites_default.clicked.connect(self._sites_to_default)
        self.sites_note = QLabel(self)
        self.sites_note.setWordWrap(True)
        slay = QVBoxLayout(sites_box)
        slay.addWidget(self.sites_note)
        slay.addWidget(self.sites)
        slay.addWidget(self.sites_default)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(params_box)
        lay.addWidget(sites_box)
        lay.addStretch(1)
        self.name.editingFinished.connect(self._name_changed)
        self.classification.editingFinished.connect(self._classification_changed)
        self.releasable.editingFinished.connect(self._releasable_changed)
        self.declared_profile.currentIndexChanged.connect(
            lambda: self._set_field(
                "profile",
                self.declared_profile.currentData(),
                self.tr("Set the plan's profile to {value}"),
                self.declared_profile.currentText(),
            )
        )
        self.declared_phase.currentIndexChanged.connect(
            lambda: self._set_field(
                "phase",
                self.declared_phase.currentData(),
                self.tr("Set the plan's phase to {value}"),
                self.declared_phase.currentText(),
            )
        )
        self.mandate.currentIndexChanged.connect(
            lambda: self._set_field(
                "mandate", self.mandate.currentData(), self.tr("Set mandate to {value}"), self.mandate.currentText()
            )
        )
        self.us_support.currentIndexChanged.connect(
            lambda: self._set_field(
                "us_support",
                self.us_support.currentData(),
                self.tr("Set US support to {value}"),
                self.us_support.currentText(),
            )
        )
        self.sites.itemChanged.connect(self._sites_changed)
        doc.changed.connect(self._on_change)
        self._on_change(Change(reset=True))

    def _on_change(self, change: Change) -> None:
        if not (change.reset or change.fields):
            return
        p = self.doc.plan
        self._updating = True
        try:
            self.name.setText(p.name)
            self.classification.setText(p.classification)
            self.releasable.setText(releasable_text(plan_releasable_to(p)))
            self.releasable_error.hide()
            self.declared_profile.setCurrentIndex(self.declared_profile.findData(p.profile))
            self.declared_phase.setCurrentIndex(self.declared_phase.findData(p.phase))
            self.mandate.setCurrentIndex(self.mandate.findData(p.mandate))
            self.us_support.setCurrentIndex(self.us_support.findData(p.us_support))
            defaults = DEFAULT_PARAMETERS[p.profile]
            for key, spin in self.params.items():
                spin.setValue(float(p.parameters.get(key, defaults[key].value)))
                overridden = key in p.parameters
                spin.setStyleSheet("font-weight: bold;" if overridden else "")
                default = format_number(defaults[key].value, 0 if float(defaults[key].value).is_integer() else 1)
                tip = self.tr("{description}\nProfile default: {value}")
                spin.setToolTip(tip.format(description=doctrine(defaults[key].description), value=default))
            chosen = set(effective_priority_sites(p))
            for i in range(self.sites.count()):
                item = self.sites.item(i)
                ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            own = p.priority_sites is not None
            custom = [str(c.get("name")) for c in _custom_sites(p)]
            note = self.tr("This plan's own list.") if own else self.tr("The “{profile}” profile's default list.")
            if custom:
                note += " " + self.tr("Custom sites (from the plan file): {sites}.").format(sites=", ".join(custom))
            self.sites_note.setText(note.format(profile=profile_name(p.profile)))
            self.sites_default.setEnabled(own)
        finally:
            self._updating = False

    def _push(self, cmd: commands.PlanCommand) -> None:
        if not self._updating:
            self.doc.push(cmd)

    def _set_field(self, field: str, value: object, text: str, shown: object = None) -> None:
        """Set a field of the plan; ``text`` the undo step's, with ``{value}`` for ``shown``."""
        if self._updating or getattr(self.doc.plan, field) == value:
            return
        self._push(
            commands.SetPlanFields(self.doc, text.format(value=value if shown is None else shown), **{field: value})
        )

    def _name_changed(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setText(self.doc.plan.name)  # a plan always has a name
            return
        self._set_field("name", name, self.tr("Set plan name to {value}"))

    def _classification_changed(self) -> None:
        value = self.classification.text().strip() or "UNCLASSIFIED"
        self._set_field("classification", value, self.tr("Set classification to {value}"))

    def _releasable_changed(self) -> None:
        if self._updating:
            return
        try:
            codes = parse_releasable(self.releasable.text())
        except ValueError as e:
            kept = releasable_text(plan_releasable_to(self.doc.plan)) or self.tr("its default")
            self.releasable_error.setText(self.tr("{error}. The plan keeps {kept}.").format(error=e, kept=kept))
            self.releasable_error.show()
            return
        self.releasable_error.hide()
        plan = self.doc.plan
        if codes == plan_releasable_to(plan):
            self.releasable.setText(releasable_text(codes))
            return
        extra = set_plan_releasable_to(plan, codes).extra
        label = releasable_text(codes) or self.tr("each nation's own")
        self._push(
            commands.SetPlanFields(self.doc, self.tr("Set releasable to {value}").format(value=label), extra=extra)
        )

    def _set_param(self, key: str, value: float | None) -> None:
        if self._updating:
            return
        current = self.doc.plan.parameters.get(key)
        if value is None and current is None:
            return
        if value is not None and current is not None and float(current) == value:
            return
        self._push(commands.SetParameter(self.doc, key, value))

    def _sites_changed(self, _item: QListWidgetItem) -> None:
        if self._updating:
            return
        chosen = tuple(
            str(self.sites.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.sites.count())
            if self.sites.item(i).checkState() == Qt.CheckState.Checked
        ) + tuple(_custom_sites(self.doc.plan))  # custom {name, lon, lat} sites are kept
        self._push(commands.SetPlanFields(self.doc, self.tr("Change priority sites"), priority_sites=chosen))

    def _sites_to_default(self) -> None:
        self._push(commands.SetPlanFields(self.doc, self.tr("Use the profile's priority sites"), priority_sites=None))


def _custom_sites(plan: Plan) -> list[Mapping[str, Any]]:
    """The plan's custom ``{name, lon, lat}`` priority sites (not in the geo data's list)."""
    return [s for s in plan.priority_sites or () if isinstance(s, Mapping)]


def _combo(parent: QWidget, labels: Mapping[str, str]) -> QComboBox:
    c = QComboBox(parent)
    for key, label in labels.items():
        c.addItem(label, key)
    return c


# -- contributions dialog ----------------------------------------------------------------------


class ContributionsDialog(QDialog):
    """Edit the plan's non-troop contributions (funding in EUR, ISR, equipment, training, logistics)."""

    def __init__(self, contributions: tuple[Contribution, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contributions and pledges"))
        self.resize(680, 380)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nation"),
                self.tr("Kind"),
                self.tr("Amount (EUR; troops)"),
                self.tr("Note"),
                self.tr("Releasable to"),
            ]
        )
        self.table.horizontalHeaderItem(4).setToolTip(
            self.tr("Nations the pledge may be given to (ALL, or PL, FR); empty: the plan's default")
        )
        self.table.horizontalHeaderItem(2).setToolTip(
            self.tr("Funding in euros; for a “troops” pledge, the number of personnel pledged")
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self._kept: list[Contribution] = []  # per row: the original (extra, declared members)
        for c in contributions:
            self._add_row(c)
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(lambda: self._add_row(Contribution("GB", "funding")))
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove_row)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(widgets.row(add, remove))
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.result_contributions: tuple[Contribution, ...] = contributions

    def _add_row(self, c: Contribution) -> None:
        from desktop.ui.palette import NationBox

        r = self.table.rowCount()
        self.table.insertRow(r)
        nation = NationBox(self)
        nation.set_code(c.nation)
        kind = QComboBox(self)
        for k in CONTRIBUTION_KINDS:
            kind.addItem(translate("Wording", "ISR" if k == "isr" else k), k)  # the words of the core
        kind.setCurrentIndex(kind.findData(c.kind))
        self.table.setCellWidget(r, 0, nation)
        self.table.setCellWidget(r, 1, kind)
        if c.kind == "troops":
            shown = str(pledged_troops(c)) if "troops" in c.extra else ""
        else:
            shown = "" if c.amount_eur is None else f"{c.amount_eur:.0f}"
        self.table.setItem(r, 2, QTableWidgetItem(shown))
        self.table.setItem(r, 3, QTableWidgetItem(c.note))
        self.table.setItem(r, 4, QTableWidgetItem(releasable_text(releasable_to_of(c))))
        self._kept.append(c)

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self._kept[r]

    def _save(self) -> None:
        out = []
        for r in range(self.table.rowCount()):
            nation = self.table.cellWidget(r, 0).code()  # type: ignore[attr-defined]
            kind = self.table.cellWidget(r, 1).currentData()  # type: ignore[attr-defined]
            amount_text = (self.table.item(r, 2).text() if self.table.item(r, 2) else "").strip().replace(",", "")
            amount = None
            kept = self._kept[r]
            extra = dict(kept.extra)
            if kind == "troops":
                extra.pop("troops", None)
                if amount_text:
                    if not amount_text.isdigit() or int(amount_text) > 1_000_000:
                        text = self.tr("Row {row}, troops: “{text}” is not a number of personnel from 0 to 1,000,000.")
                        self.error.setText(text.format(row=r + 1, text=amount_text))
                        return
                    extra["troops"] = int(amount_text)
                amount_text = ""
            if amount_text:
                try:
                    amount = float(amount_text)
                except ValueError:
                    text = self.tr("Row {row}, amount: “{text}” is not a number of euros.")
                    self.error.setText(text.format(row=r + 1, text=amount_text))
                    return
                if amount < 0 or amount != amount or amount in (float("inf"),):
                    self.error.setText(self.tr("Row {row}, amount: must be zero or more.").format(row=r + 1))
                    return
            note = self.table.item(r, 3).text() if self.table.item(r, 3) else ""
            try:
                codes = parse_releasable(self.table.item(r, 4).text() if self.table.item(r, 4) else "")
            except ValueError as e:
                self.error.setText(self.tr("Row {row}, {error}.").format(row=r + 1, error=e))
                return
            extra.pop("releasable_to", None)
            if codes is not None:
                extra["releasable_to"] = list(codes)
            out.append(Contribution(nation, kind, amount, note[:500], extra, declared=kept.declared))
        self.result_contributions = tuple(out)
        self.accept()


# -- the panel ---------------------------------------------------------------------------------


class SidePanel(QWidget):
    """Profile and phase switches on top; findings, ledger, targets and settings in tabs."""

    findingActivated = Signal(object)  # the Finding clicked
    analysisShown = Signal(object)  # the Analysis now on screen (after every update)

    def __init__(self, doc: PlanDocument, analyzer: Analyzer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.analyzer = analyzer
        self._updating = False
        self.profile = QComboBox(self)
        for p in PROFILES:
            self.profile.addItem(f"{profile_name(p)} ({p})", p)
            summary = translate("Profiles", PROFILE_INFO[p].summary)
            self.profile.setItemData(self.profile.count() - 1, summary, Qt.ItemDataRole.ToolTipRole)
        self.profile.setToolTip(
            self.tr(
                "Look at the plan under another doctrine profile: a view, not an edit (no undo step, "
                "nothing saved). The plan's own profile is set in Plan settings."
            )
        )
        self.phase = QComboBox(self)
        for ph in PHASES:
            self.phase.addItem(phase_title(ph), ph)
        self.phase.setToolTip(
            self.tr(
                "Look at another phase (only units deployed in it count): a view, not an edit (no undo "
                "step, nothing saved). The plan's own phase is set in Plan settings."
            )
        )
        self.view_note = QLabel(self)
        self.view_note.setWordWrap(True)
        self.view_note.setTextFormat(Qt.TextFormat.PlainText)
        self.view_note.setStyleSheet("color: #5c4400;")
        self.view_note.hide()
        self.no_us = QCheckBox(self.tr("Without the United States"), self)
        self.no_us.setToolTip(self.tr("Show the posture as if every US unit and pledge disappeared"))
        self.counts = QLabel(self)
        # A valid code the symbol engine has no icon for: kept, drawn as its parent, named here.
        self.symbol_note = QLabel(self)
        self.symbol_note.setWordWrap(True)
        self.symbol_note.setTextFormat(Qt.TextFormat.PlainText)
        self.symbol_note.setStyleSheet("color: #8d6e00;")
        self.symbol_note.setVisible(False)
        self._inexact: dict[str, str] = {}
        self.findings = FindingsView(self)
        self.ledger = LedgerView(self)
        self.targets = TargetsView(self)
        self.settings = SettingsView(doc, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.findings, self.tr("Findings"))
        self.tabs.addTab(self.ledger, self.tr("Contributions"))
        self.tabs.addTab(_scroll(self.targets), self.tr("Targets"))
        self.tabs.addTab(_scroll(self.settings), self.tr("Plan settings"))
        head = QFormLayout()
        head.addRow(self.tr("View profile"), self.profile)
        head.addRow(self.tr("View phase"), self.phase)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(head)
        lay.addWidget(self.view_note)
        lay.addWidget(self.no_us)
        lay.addWidget(self.counts)
        lay.addWidget(self.symbol_note)
        lay.addWidget(self.tabs, 1)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.phase.currentIndexChanged.connect(self._phase_changed)
        self.no_us.toggled.connect(analyzer.set_without_us)
        self.findings.activated.connect(self.findingActivated.emit)
        self.ledger.editContributions.connect(self.edit_contributions)
        analyzer.updated.connect(self.show_analysis)
        doc.changed.connect(self._on_change)
        self._on_change(Change(reset=True))
        if analyzer.latest is not None:
            self.show_analysis(analyzer.latest)

    def _on_change(self, change: Change) -> None:
        self._note_symbols(change)
        if not (change.reset or change.view or {"profile", "phase"} & change.fields):
            return
        doc = self.doc
        self._updating = True
        try:
            self.profile.setCurrentIndex(self.profile.findData(doc.view_profile))
            self.phase.setCurrentIndex(self.phase.findData(doc.view_phase))
        finally:
            self._updating = False
        plan = doc.plan
        differs = (doc.view_profile, doc.view_phase) != (plan.profile, plan.phase)
        note = self.tr("A view: the plan declares the {profile} profile and the {phase} phase (set in Plan settings).")
        self.view_note.setText(note.format(profile=plan.profile, phase=phase_label(plan.phase)))
        self.view_note.setVisible(differs)

    def _note_symbols(self, change: Change) -> None:
        plan = self.doc.plan
        try:
            if change.reset:
                self._inexact = symbols.not_drawn_exactly(plan.units)
            elif change.units or change.removed:
                for uid in set(change.units) | set(change.removed):
                    self._inexact.pop(uid, None)
                self._inexact.update(
                    symbols.not_drawn_exactly([plan.unit(i) for i in change.units if plan.has_unit(i)])
                )
            else:
                return
        except (symbols.EngineMissing, OSError) as e:
            self.symbol_note.setText(self.tr("Symbols cannot be checked: {error}").format(error=e))
            self.symbol_note.setVisible(True)
            return
        # Only the few units named, in plan order (not a walk over every unit of the plan).
        named = [plan.unit(i) for i in self._inexact if plan.has_unit(i)]
        named.sort(key=lambda u: plan.unit_position_index(u.id))
        note = self._inexact_note(named)
        self.symbol_note.setText(note)
        self.symbol_note.setToolTip(
            "\n".join(
                f"{plan.unit(i).label()}: {plan.unit(i).sidc} → {d}"
                for i, d in self._inexact.items()
                if plan.has_unit(i)
            )
        )
        self.symbol_note.setVisible(bool(note))

    # Looking at another profile or phase is a view, not an edit: no undo step, nothing saved.
    def _profile_changed(self) -> None:
        if not self._updating:
            self.doc.set_view(profile=self.profile.currentData())

    def _phase_changed(self) -> None:
        if not self._updating:
            self.doc.set_view(phase=self.phase.currentData())

    def show_analysis(self, a: Analysis) -> None:
        m = a.metrics
        self.findings.show_findings(a.findings, m["profile"], m["phase"])
        self.ledger.show_metrics(m, pledged_by_nation(a.plan))
        self.targets.show_metrics(m)
        e, w, i = a.count("error"), a.count("warning"), a.count("info")
        self.counts.setText(
            f"{count(e, 'error')} · {count(w, 'warning')} · {count(i, 'note')}  —  {count(m['troops'], 'troops')}"
        )
        restyle(self.counts, f"color: {SEVERITY_COLOURS['error'] if e else '#2e7d32'}; font-weight: bold;")
        if a.without_us:
            removed = len(self.doc.plan.units) - len(a.plan.units)
            pledges = len(self.doc.plan.contributions) - len(a.plan.contributions)
            text = self.tr(
                "Without the United States: {units} and {pledges} left out of this view, "
                "and off the map (a filtered view: nothing is changed)."
            )
            self.findings.banner.setText(
                text.format(
                    units=translate("Panel", "%n US unit(s)", None, removed),
                    pledges=translate("Panel", "%n US pledge(s)", None, pledges),
                )
            )
        self.findings.banner.setVisible(a.without_us)
        self.tabs.setTabText(0, self.tr("Findings ({n})").format(n=format_number(e + w + i)))
        self.analysisShown.emit(a)

    def edit_contributions(self) -> None:
        dlg = ContributionsDialog(self.doc.plan.contributions, self)
        if dlg.exec() and dlg.result_contributions != self.doc.plan.contributions:
            text = self.tr("Edit non-troop contributions")
            self.doc.push(commands.SetContributions(self.doc, dlg.result_contributions, text))

    def _inexact_note(self, named: list[Unit]) -> str:
        """One line naming the units (``named``, in plan order) whose code is drawn as its parent
        entity (symbols.inexact_note, in the window's language)."""
        if not named:
            return ""
        first = named[0]
        text = translate(
            "SidePanel",
            "%n unit(s) without a symbol of its own in the engine, drawn as the parent entity: {what}{more}.",
            None,
            len(named),
        )
        what = self.tr("{unit} ({sidc}, drawn as {parent})").format(
            unit=first.label(), sidc=first.sidc, parent=self._inexact[first.id]
        )
        more = " " + translate("SidePanel", "and %n more", None, len(named) - 1) if len(named) > 1 else ""
        return text.format(what=what, more=more)


def _scroll(w: QWidget) -> QScrollArea:
    s = QScrollArea()
    s.setWidget(w)
    s.setWidgetResizable(True)
    s.setFrameShape(QScrollArea.Shape.NoFrame)
    return s


Callback = Callable[[], None]
