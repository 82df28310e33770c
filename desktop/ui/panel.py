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
    PHASE_LABELS,
    PROFILE_INFO,
    RULES_BY_ID,
    US_LABELS,
    Finding,
    effective_priority_sites,
)
from desktop.doctrine.wording import count
from desktop.formatting import money
from desktop.model import CONTRIBUTION_KINDS, PHASES, PROFILES, Contribution, Plan
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

SEVERITY_TITLES = {"error": "Errors", "warning": "Warnings", "info": "Information"}
SEVERITY_COLOURS = {"error": "#c62828", "warning": "#e08600", "info": "#1565c0"}
LEDGER_COLUMNS = [
    ("Nation", "name"),
    ("Group", "group"),
    ("Troops", "troops"),
    ("Share", "share"),
    ("Pledged", "pledged"),
    ("Gap", "gap"),
    ("Land", "land"),
    ("Air", "air"),
    ("Sea", "maritime"),
    ("Aircraft", "aircraft"),
    ("Ships", "ships"),
    ("AD", "ad_batteries"),
    ("Funding €", "funding_eur"),
    ("ISR", "isr"),
    ("Equip.", "equipment"),
    ("Training", "training"),
    ("Logist.", "logistics"),
]
LEDGER_TIPS = {
    "Troops": "Personnel deployed in the phase (land units staged outside Ukraine are not counted)",
    "Share": "Share of the total troops",
    "Pledged": "Troops the nation has pledged (contributions of kind “troops”); not counted as deployed",
    "Gap": "Pledged troops not yet placed on the map in this phase (negative: more placed than pledged)",
    "Land": "Land units",
    "Air": "Air units (air defence, fighters, ISR)",
    "Sea": "Maritime units",
    "AD": "Air-defence batteries",
    "Funding €": "Funding pledged, EUR",
    "ISR": "ISR pledges (non-troop)",
    "Equip.": "Equipment pledges",
    "Training": "Training pledges",
    "Logist.": "Logistics pledges",
}


def nation_group(code: str) -> str:
    groups = catalogue.nations().get(code, catalogue.Nation(code, code)).groups
    for g, label in (("excluded", "excluded"), ("core", "core"), ("neutral", "neutral"), ("eligible", "eligible")):
        if g in groups:
            return label
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

    COLUMNS = ("Rule", "Finding")

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
            return self.COLUMNS[section]
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
                return f"{SEVERITY_TITLES[sev]} ({len(group)})" if index.column() == 0 else ""
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
            where = "\nClick to show it on the map." if f.units or f.sites else ""
            return f"{f.rule}: {rule.description if rule else ''}\n\n{f.message}\n\nSource: {f.source}{where}"
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
            self.detail.setText("Click a finding to see it on the map; its full text and source show here.")
        name = PROFILE_INFO[profile].name if profile in PROFILE_INFO else profile
        self.empty.setText(
            f"No findings: the posture meets every principle of the “{name}” profile in the "
            f"{PHASE_LABELS.get(phase, phase)} phase."
        )
        self.empty.setVisible(not findings)
        self.tree.setVisible(bool(findings))
        self.detail.setVisible(bool(findings))

    def _detail(self, index: QModelIndex) -> None:
        f = self.model.finding(index)
        if f is not None:
            rule = RULES_BY_ID.get(f.rule)
            self.detail.setText(
                f"{f.rule} ({f.severity}): {f.message}\nSource: {f.source}"
                + (f"\nPrinciple: {rule.description}" if rule else "")
            )

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
        self.table.setHorizontalHeaderLabels([c for c, _ in LEDGER_COLUMNS])
        for i, (c, _) in enumerate(LEDGER_COLUMNS):
            self.table.horizontalHeaderItem(i).setToolTip(LEDGER_TIPS.get(c, c))
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
        self.empty = QLabel("No nation contributes yet. Drag units from the palette onto the map.", self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        edit = QPushButton("Contributions and pledges…", self)
        edit.setToolTip("Add or edit funding, ISR, equipment, training and logistics pledges")
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
                "name": f"{code}  {row['name']}",
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
                    item = QTableWidgetItem(v)
                    if key == "group" and v in ("excluded", "non-allied"):
                        item.setForeground(QBrush(QColor("#c62828")))
                elif key == "share":
                    item = NumberItem(v, f"{v:.0%}")
                elif key == "funding_eur":
                    item = NumberItem(v, money(v))
                elif key == "gap":
                    item = NumberItem(v, "–" if code not in pledged else f"{v:+,}" if v else "met")
                    if v > 0:
                        item.setForeground(QBrush(QColor("#c62828")))
                else:
                    item = NumberItem(v, f"{int(v):,}" if v else "–")
                item.setToolTip(f"{row['name']}: {LEDGER_COLUMNS[c][0]}")
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.setUpdatesEnabled(True)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        d = m["by_domain"]
        self.totals.setText(
            f"Total: {m['troops']:,} troops · land {d['land']['units']} units / {d['land']['troops']:,} · "
            f"air {d['air']['units']} / {d['air']['troops']:,} · sea {d['maritime']['units']} / "
            f"{d['maritime']['troops']:,} · {m['aircraft']} aircraft · {m['ships']} ships · "
            f"{m['ad_batteries']} AD batteries · funding {money(m['funding_eur'])}"
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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.bar)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def show_metrics(self, m: dict[str, Any]) -> None:
        troops, minimum = m["troops"], m["min_troops"]
        self.bar.setRange(0, max(minimum, 1))
        self.bar.setValue(min(troops, minimum))
        self.bar.setFormat(f"{troops:,} of the profile's minimum {minimum:,} troops")
        ok = troops >= minimum
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {'#43a047' if ok else '#ef8f00'}; }}")
        lines = [
            f"With rotation (×{m['rotation_factor']}), the force to generate is about {m['to_generate']:,} troops.",
            "",
            "Reference figures of the debate:",
        ]
        for ref in m["reference"]:
            mark = "✓" if troops >= ref["troops"] else "·"
            lines.append(f"  {mark} {ref['label']}: {ref['troops']:,}")
        cov = m["ad_coverage"]
        lines += [
            "",
            f"Air-defence coverage: {cov['covered']} of {cov['sites']} priority sites ({cov['share']:.0%}) lie "
            "inside at least one range ring.",
        ]
        if cov["uncovered"]:
            lines.append("Not covered: " + ", ".join(cov["uncovered"]))
        phases = ", ".join(f"{PHASE_LABELS[p]} {m['by_phase'][p]:,}" for p in PHASES)
        lines += ["", f"Troops by phase: {phases}."]
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
        self.mandate = _combo(self, MANDATE_LABELS)
        self.us_support = _combo(self, US_LABELS)
        self.classification = QLineEdit(self)
        self.classification.setMaxLength(120)
        self.classification.setToolTip("Printed at the top and bottom of every print of this plan")
        self.releasable = QLineEdit(self)
        self.releasable.setMaxLength(400)
        self.releasable.setPlaceholderText("each nation's own only (e.g. ALL, or PL, FR)")
        self.releasable.setToolTip(
            "Releasable to (default of the plan): the nations a unit or contribution may be given to\n"
            "when it does not say itself. ALL for every nation; empty: each to its own nation only.\n"
            "Export, Print and packages with Release to write only what is releasable to that nation."
        )
        self.releasable_error = QLabel(self)
        self.releasable_error.setStyleSheet("color: #b00020;")
        self.releasable_error.setTextFormat(Qt.TextFormat.PlainText)
        self.releasable_error.setWordWrap(True)
        self.releasable_error.hide()
        form = QFormLayout()
        self.declared_profile = _combo(self, {p: f"{PROFILE_INFO[p].name} ({p})" for p in PROFILES})
        self.declared_profile.setToolTip(
            "The plan's own doctrine profile: what `check` checks and what the window opens on"
        )
        self.declared_phase = _combo(self, {ph: PHASE_LABELS[ph].capitalize() for ph in PHASES})
        self.declared_phase.setToolTip("The plan's own phase: what `check` checks and what the window opens on")
        form.addRow("Plan name", self.name)
        form.addRow("Profile", self.declared_profile)
        form.addRow("Phase", self.declared_phase)
        form.addRow("Mandate", self.mandate)
        form.addRow("US support", self.us_support)
        form.addRow("Classification", self.classification)
        form.addRow("Releasable to", self.releasable)
        form.addRow("", self.releasable_error)
        self.params: dict[str, QDoubleSpinBox] = {}
        params_box = QGroupBox("Parameters (this plan)", self)
        pform = QFormLayout(params_box)
        for key, p in DEFAULT_PARAMETERS["ecfr"].items():
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 1_000_000)
            spin.setDecimals(0 if p.integer else 1)
            spin.setSingleStep(p.step)
            spin.setSuffix(f" {p.unit}" if p.unit in ("km", "troops", "nations") else "")
            spin.setToolTip(p.description)
            spin.setKeyboardTracking(False)
            reset = QToolButton(self)
            reset.setText("↺")
            reset.setToolTip("Back to the profile's default")
            reset.clicked.connect(lambda _=False, k=key: self._set_param(k, None))
            spin.valueChanged.connect(lambda v, k=key: self._set_param(k, v))
            self.params[key] = spin
            pform.addRow(p.label, widgets.row(spin, reset))
        sites_box = QGroupBox("Priority sites", self)
        self.sites = QListWidget(self)
        self.sites.setToolTip("Places the force must protect; ticked sites are checked by the coverage rules")
        for name in sorted(geo.places()):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sites.addItem(item)
        self.sites.setMinimumHeight(150)
        self.sites_default = QPushButton("Use the profile's sites", self)
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
            lambda: self._set_field("profile", self.declared_profile.currentData(), "the plan's profile")
        )
        self.declared_phase.currentIndexChanged.connect(
            lambda: self._set_field("phase", self.declared_phase.currentData(), "the plan's phase")
        )
        self.mandate.currentIndexChanged.connect(
            lambda: self._set_field("mandate", self.mandate.currentData(), "mandate")
        )
        self.us_support.currentIndexChanged.connect(
            lambda: self._set_field("us_support", self.us_support.currentData(), "US support")
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
                spin.setToolTip(f"{defaults[key].description}\nProfile default: {defaults[key].value:g}")
            chosen = set(effective_priority_sites(p))
            for i in range(self.sites.count()):
                item = self.sites.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked)
            own = p.priority_sites is not None
            custom = [str(c.get("name")) for c in _custom_sites(p)]
            self.sites_note.setText(
                ("This plan's own list." if own else f"The “{PROFILE_INFO[p.profile].name}” profile's default list.")
                + (f" Custom sites (from the plan file): {', '.join(custom)}." if custom else "")
            )
            self.sites_default.setEnabled(own)
        finally:
            self._updating = False

    def _push(self, cmd: commands.PlanCommand) -> None:
        if not self._updating:
            self.doc.push(cmd)

    def _set_field(self, field: str, value: object, label: str) -> None:
        if self._updating or getattr(self.doc.plan, field) == value:
            return
        self._push(commands.SetPlanFields(self.doc, f"Set {label} to {value}", **{field: value}))

    def _name_changed(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setText(self.doc.plan.name)  # a plan always has a name
            return
        self._set_field("name", name, "plan name")

    def _classification_changed(self) -> None:
        self._set_field("classification", self.classification.text().strip() or "UNCLASSIFIED", "classification")

    def _releasable_changed(self) -> None:
        if self._updating:
            return
        try:
            codes = parse_releasable(self.releasable.text())
        except ValueError as e:
            self.releasable_error.setText(
                f"{e}. The plan keeps {releasable_text(plan_releasable_to(self.doc.plan)) or 'its default'}."
            )
            self.releasable_error.show()
            return
        self.releasable_error.hide()
        plan = self.doc.plan
        if codes == plan_releasable_to(plan):
            self.releasable.setText(releasable_text(codes))
            return
        extra = set_plan_releasable_to(plan, codes).extra
        label = releasable_text(codes) or "each nation's own"
        self._push(commands.SetPlanFields(self.doc, f"Set releasable to {label}", extra=extra))

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
            self.sites.item(i).text()
            for i in range(self.sites.count())
            if self.sites.item(i).checkState() == Qt.CheckState.Checked
        ) + tuple(_custom_sites(self.doc.plan))  # custom {name, lon, lat} sites are kept
        self._push(commands.SetPlanFields(self.doc, "Change priority sites", priority_sites=chosen))

    def _sites_to_default(self) -> None:
        self._push(commands.SetPlanFields(self.doc, "Use the profile's priority sites", priority_sites=None))


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
        self.setWindowTitle("Contributions and pledges")
        self.resize(680, 380)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(["Nation", "Kind", "Amount (EUR; troops)", "Note", "Releasable to"])
        self.table.horizontalHeaderItem(4).setToolTip(
            "Nations the pledge may be given to (ALL, or PL, FR); empty: the plan's default"
        )
        self.table.horizontalHeaderItem(2).setToolTip(
            "Funding in euros; for a “troops” pledge, the number of personnel pledged"
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self._kept: list[Contribution] = []  # per row: the original (extra, declared members)
        for c in contributions:
            self._add_row(c)
        add = QPushButton("Add", self)
        add.clicked.connect(lambda: self._add_row(Contribution("GB", "funding")))
        remove = QPushButton("Remove", self)
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
            kind.addItem(k, k)
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
                        self.error.setText(f"Row {r + 1}, troops: {amount_text!r} is not a number of personnel "
                                           "from 0 to 1,000,000.")  # fmt: skip
                        return
                    extra["troops"] = int(amount_text)
                amount_text = ""
            if amount_text:
                try:
                    amount = float(amount_text)
                except ValueError:
                    self.error.setText(f"Row {r + 1}, amount: {amount_text!r} is not a number of euros.")
                    return
                if amount < 0 or amount != amount or amount in (float("inf"),):
                    self.error.setText(f"Row {r + 1}, amount: must be zero or more.")
                    return
            note = self.table.item(r, 3).text() if self.table.item(r, 3) else ""
            try:
                codes = parse_releasable(self.table.item(r, 4).text() if self.table.item(r, 4) else "")
            except ValueError as e:
                self.error.setText(f"Row {r + 1}, {e}.")
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
            self.profile.addItem(f"{PROFILE_INFO[p].name} ({p})", p)
            self.profile.setItemData(self.profile.count() - 1, PROFILE_INFO[p].summary, Qt.ItemDataRole.ToolTipRole)
        self.profile.setToolTip(
            "Look at the plan under another doctrine profile: a view, not an edit (no undo step, "
            "nothing saved). The plan's own profile is set in Plan settings."
        )
        self.phase = QComboBox(self)
        for ph in PHASES:
            self.phase.addItem(PHASE_LABELS[ph].capitalize(), ph)
        self.phase.setToolTip(
            "Look at another phase (only units deployed in it count): a view, not an edit (no undo "
            "step, nothing saved). The plan's own phase is set in Plan settings."
        )
        self.view_note = QLabel(self)
        self.view_note.setWordWrap(True)
        self.view_note.setTextFormat(Qt.TextFormat.PlainText)
        self.view_note.setStyleSheet("color: #5c4400;")
        self.view_note.hide()
        self.no_us = QCheckBox("Without the United States", self)
        self.no_us.setToolTip("Show the posture as if every US unit and pledge disappeared")
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
        self.tabs.addTab(self.findings, "Findings")
        self.tabs.addTab(self.ledger, "Contributions")
        self.tabs.addTab(_scroll(self.targets), "Targets")
        self.tabs.addTab(_scroll(self.settings), "Plan settings")
        head = QFormLayout()
        head.addRow("View profile", self.profile)
        head.addRow("View phase", self.phase)
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
        self.view_note.setText(
            f"A view: the plan declares the {plan.profile} profile and the {PHASE_LABELS[plan.phase]} phase "
            "(set in Plan settings)."
        )
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
            self.symbol_note.setText(f"Symbols cannot be checked: {e}")
            self.symbol_note.setVisible(True)
            return
        # Only the few units named, in plan order (not a walk over every unit of the plan).
        named = [plan.unit(i) for i in self._inexact if plan.has_unit(i)]
        named.sort(key=lambda u: plan.unit_position_index(u.id))
        note = symbols.inexact_note(named, self._inexact)
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
            f"{count(e, 'error')} · {count(w, 'warning')} · {count(i, 'note')}  —  {m['troops']:,} troops"
        )
        self.counts.setStyleSheet(f"color: {SEVERITY_COLOURS['error'] if e else '#2e7d32'}; font-weight: bold;")
        if a.without_us:
            removed = len(self.doc.plan.units) - len(a.plan.units)
            pledges = len(self.doc.plan.contributions) - len(a.plan.contributions)
            self.findings.banner.setText(
                f"Without the United States: {removed} US units and {pledges} US pledges left out of this "
                "view, and off the map (a filtered view: nothing is changed)."
            )
        self.findings.banner.setVisible(a.without_us)
        self.tabs.setTabText(0, f"Findings ({e + w + i})")
        self.analysisShown.emit(a)

    def edit_contributions(self) -> None:
        dlg = ContributionsDialog(self.doc.plan.contributions, self)
        if dlg.exec() and dlg.result_contributions != self.doc.plan.contributions:
            self.doc.push(commands.SetContributions(self.doc, dlg.result_contributions, "Edit non-troop contributions"))


def _scroll(w: QWidget) -> QScrollArea:
    s = QScrollArea()
    s.setWidget(w)
    s.setWidgetResizable(True)
    s.setFrameShape(QScrollArea.Shape.NoFrame)
    return s


Callback = Callable[[], None]
