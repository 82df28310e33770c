"""Proposed fixes in the window: "Propose fixes…" and "Place air defence…" (issue 18).

Everything decided here comes from :mod:`desktop.suggest` (pure); this module only shows the
proposals, previews them on the map as ghosts (``preview.js``) and applies the chosen ones as one
undo step of the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import geo, suggest
from desktop.doctrine import Finding
from desktop.i18n import language as i18n_language
from desktop.i18n import phase_label, translate
from desktop.model import Plan
from desktop.ui.bridge import PageCall
from desktop.ui.commands import PlanCommand
from desktop.ui.widgets import number

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow


def _viewed(win: MainWindow) -> tuple[str, str]:
    """The profile and phase the panel shows (a view may differ from what the plan declares)."""
    a = win.analyzer.latest if win.analyzer is not None else None
    if a is not None:
        return str(a.metrics.get("profile", win.doc.plan.profile)), str(a.metrics.get("phase", win.doc.plan.phase))
    return win.doc.plan.profile, win.doc.plan.phase


def preview_items(plan: Plan, edits: Sequence[suggest.Edit]) -> list[dict[str, object]]:
    """What ``preview.js`` draws for these edits: a ghost where a unit would stand, an arrow
    from where it stands now."""
    out: list[dict[str, object]] = []
    for e in edits:
        if e.to is None:
            continue
        if e.op == "move" and plan.has_unit(e.id):
            u = plan.unit(e.id)
            out.append({"from": list(u.position), "to": list(e.to), "label": u.label(), "range_km": u.range_km or 0})
        elif e.op == "add":
            name = str(e.fields.get("name") or e.fields.get("kind") or translate("Fixes", "new unit"))
            out.append({"to": list(e.to), "label": f"+ {name}", "range_km": e.fields.get("range_km") or 0})
    return out


def apply_edits(win: MainWindow, edits: Sequence[suggest.Edit], text: str) -> bool:
    """Apply the edits to the open plan as one undo step; False when nothing changes."""
    delta = suggest.as_delta(win.doc.plan, edits)
    if delta.is_empty():
        return False
    win.doc.push(PlanCommand(win.doc, delta, text))
    return True


class _PreviewingDialog(QDialog):
    """A dialog that keeps ghosts on the map while it is open and clears them when it closes."""

    def __init__(self, win: MainWindow, title: str) -> None:
        super().__init__(win)
        self.win = win
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.finished.connect(lambda _r: self.win.map.bridge.call(PageCall.CLEAR_PREVIEW))

    def preview(self, edits: Sequence[suggest.Edit]) -> None:
        self.win.map.bridge.call(PageCall.SHOW_PREVIEW, preview_items(self.win.doc.plan, edits))


class FixesDialog(_PreviewingDialog):
    """Every proposal for the plan's findings; the ticked ones are applied as one undo step."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win, translate("FixesDialog", "Propose fixes"))
        self.profile, self.phase = _viewed(win)
        self.proposals, _ = suggest.suggest(win.doc.plan, self.profile, self.phase)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for p in self.proposals:
            item = QListWidgetItem(p.summary)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(
                self.tr("For {finding}: {message}\nClears: {clears}").format(
                    finding=suggest.finding_key(p.finding), message=p.finding.message, clears=", ".join(p.clears)
                )
            )
            self.list.addItem(item)
        if self.proposals:
            count = translate("FixesDialog", "%n proposal(s)", None, len(self.proposals))
            intro.setText(
                self.tr("{count} under the {profile} profile, {phase} phase.").format(
                    count=count, profile=self.profile.upper(), phase=phase_label(self.phase)
                )
                + " "
                + self.tr(
                    "Each is checked by the principles engine: it clears its finding and brings in no error. The "
                    "ghosts on the map show where units would go. Untick what you do not want; Apply makes one undo "
                    "step."
                )
            )
        else:
            intro.setText(
                self.tr(
                    "No fix to propose: every finding Posture knows how to mend is already mended (findings about "
                    "nations, the mandate or the force's size need a planner's decision)."
                )
            )
        self.list.setVisible(bool(self.proposals))
        self.list.itemChanged.connect(lambda _i: self._preview())
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(self.proposals))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)
        self.resize(620, 360)
        self._preview()

    def chosen(self) -> list[suggest.Proposal]:
        return [p for i, p in enumerate(self.proposals) if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _preview(self) -> None:
        self.preview([e for p in self.chosen() for e in p.edits])

    def apply(self) -> None:
        chosen = self.chosen()
        edits = [e for p in chosen for e in p.edits]
        if edits:
            apply_edits(self.win, edits, translate("FixesDialog", "Apply %n proposed fix(es)", None, len(chosen)))
        self.accept()


class AirDefenceDialog(_PreviewingDialog):
    """The covering model's answer: where the batteries should stand, previewed on the map."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win, translate("AirDefenceDialog", "Place air defence"))
        profile, phase = _viewed(win)
        self.placement = suggest.place_air_defence(win.doc.plan, profile, phase)
        pl = self.placement
        summary = QLabel(self)
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        gap = f"{pl.mip_gap:.2%}".replace(".", ",") if i18n_language() == "uk" else f"{pl.mip_gap:.2%}"
        lines = [
            self.tr(
                "Priority sites ({profile}): {sites}. Covered as placed: {before}; with the proposed positions: "
                "{after} (optimality gap {gap})."
            ).format(
                profile=profile.upper(),
                sites=len(pl.sites),
                before=len(pl.covered_before),
                after=len(pl.covered_after),
                gap=gap,
            ),
        ]
        if not pl.sites:
            lines = [self.tr("The plan has no priority site to cover.")]
        elif not pl.moves:
            lines.append(self.tr("No move of the batteries already placed covers more sites."))
        if pl.extra_batteries:
            lines.append(
                translate(
                    "AirDefenceDialog",
                    "%n more battery(ies) of the longest range placed would cover every site that an allowed "
                    "position can reach.",
                    None,
                    pl.extra_batteries,
                )
            )
        if pl.uncoverable:
            lines.append(self.tr("No allowed position covers: {sites}.").format(sites=", ".join(pl.uncoverable)))
        summary.setText("\n".join(lines))
        self.table = QTableWidget(len(pl.moves), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Battery"), self.tr("Moves"), self.tr("To")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        plan = win.doc.plan
        for r, e in enumerate(pl.moves):
            u = plan.unit(e.id)
            assert e.to is not None
            km = geo.geodesic_km(*u.position, *e.to)
            km_text = translate("Wording", "{km} km").format(km=number(km))
            lat_lon = self.tr("{lat}° N, {lon}° E").format(lat=number(e.to[1], 3), lon=number(e.to[0], 3))
            for c, text in enumerate((u.label(), km_text, lat_lon)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setVisible(bool(pl.moves))
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(self.tr("Move the batteries"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setEnabled(bool(pl.moves))
        self.accept_button.setToolTip(self.tr("One undo step moves every battery listed"))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(620, 320)
        self.preview(pl.moves)

    def apply(self) -> None:
        if self.placement.moves:
            text = translate("AirDefenceDialog", "Move %n air-defence battery(ies)", None, len(self.placement.moves))
            apply_edits(self.win, self.placement.moves, text)
        self.accept()


def propose_fix(win: MainWindow, finding: Finding) -> None:
    """Propose a fix for one finding; apply it on confirmation (one undo step)."""
    profile, phase = _viewed(win)
    proposal = suggest.fix_for(win.doc.plan, finding, profile, phase)
    if proposal is None:
        QMessageBox.information(
            win,
            translate("Fixes", "No fix"),
            translate("Fixes", "Posture knows no edit that mends {rule} here.").format(rule=finding.rule),
        )
        return
    win.map.bridge.call(PageCall.SHOW_PREVIEW, preview_items(win.doc.plan, proposal.edits))
    box = QMessageBox(QMessageBox.Icon.Question, translate("Fixes", "Proposed fix"), proposal.summary, parent=win)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(translate("Fixes", "Clears: {clears}. Apply it?").format(clears=", ".join(proposal.clears)))
    box.setStandardButtons(QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel)
    try:
        if box.exec() == QMessageBox.StandardButton.Apply:
            apply_edits(win, proposal.edits, proposal.summary.rstrip("."))
    finally:
        win.map.bridge.call(PageCall.CLEAR_PREVIEW)


def install_findings_menu(win: MainWindow, findings_view: QWidget) -> None:
    """A right-click on a finding offers a fix for it."""
    tree = getattr(findings_view, "tree", None)
    model = getattr(findings_view, "model", None)
    if tree is None or model is None:
        return
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu_at(pos: QPoint) -> None:
        f = model.finding(tree.indexAt(pos))
        if f is None:
            return
        m = QMenu(tree)
        act = m.addAction(translate("Fixes", "Propose a fix…"), lambda: propose_fix(win, f))
        act.setEnabled(f.rule in suggest.FIXERS)
        m.popup(tree.viewport().mapToGlobal(pos))

    tree.customContextMenuRequested.connect(menu_at)
