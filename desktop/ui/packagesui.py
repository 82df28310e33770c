"""Coalition packages in the window (issue 16): File › Export › National package…, File › Merge
packages…, and View › Provenance (colour and filter units by the package they came from).

Everything decided here comes from :mod:`desktop.packages` and :mod:`desktop.release` (pure); this
module shows it. A merge is one undo step of the document, previewed first with the findings
after the merge beside those before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import catalogue
from desktop.doctrine import Finding, evaluate
from desktop.doctrine.wording import contribution_kind
from desktop.export import ExportError, export_plan
from desktop.i18n import catalogue_label, translate, translate_noop
from desktop.model import Plan
from desktop.packages import (
    MergeResult,
    make_package,
    merge_delta,
    merge_packages,
    package_summary,
)
from desktop.planfile import PlanFileError, read_plan_file
from desktop.ui.commands import PlanCommand
from desktop.ui.dialogs import show_error
from desktop.ui.widgets import nation_name, row

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow


def plan_filter() -> str:
    return translate("Packages", "Posture plan (*.plan.geojson *.geojson *.json)")


EVERYONE = ""


def nation_items(plan: Plan) -> list[tuple[str, str]]:
    """(label, code) for a nation chooser: the plan's nations first, then every other nation."""
    mine = plan.nations()
    others = sorted((c for c in catalogue.nations() if c not in mine), key=nation_name)
    return [(f"{nation_name(c)} ({c})", c) for c in [*mine, *others]]


def chosen_recipients(box: QComboBox) -> tuple[str, ...]:
    """The nation a :func:`recipient_box` names, as ``release_to`` takes it (empty: everyone)."""
    code = str(box.currentData() or "")
    return (code,) if code else ()


def recipient_box(plan: Plan, parent: QWidget, everyone: str | None = None) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(everyone or translate("Packages", "Everyone (no restriction)"), EVERYONE)
    for label, code in nation_items(plan):
        box.addItem(label, code)
    return box


# -- national package ----------------------------------------------------------------------------


class PackageDialog(QDialog):
    """File › Export › National package…: whose package, released to whom, where."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export national package"))
        self.plan = plan
        self.nation = QComboBox(self)
        for label, code in nation_items(plan):
            self.nation.addItem(label, code)
        self.nation.setToolTip(self.tr("The nation whose units and contributions go into the package"))
        self.recipient = recipient_box(plan, self, self.tr("The nation itself (everything of it)"))
        self.recipient.setToolTip(self.tr("Write only what is releasable to this nation (marked REL TO)"))
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        path_row = row(self.path, browse)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Nation"), self.nation)
        form.addRow(self.tr("Release to"), self.recipient)
        form.addRow(self.tr("File"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.summary)
        v.addWidget(self.error)
        v.addWidget(buttons)
        self.nation.currentIndexChanged.connect(self._changed)
        self._changed()

    def code(self) -> str:
        return str(self.nation.currentData())

    def recipients(self) -> tuple[str, ...]:
        return chosen_recipients(self.recipient)

    def package(self) -> Plan:
        return make_package(self.plan, self.code())

    def _changed(self) -> None:
        code = self.code()
        base = Path(self.path.text()).parent if self.path.text().strip() else Path.home()
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.plan.name)[:60] or "plan"
        self.path.setText(str(base / f"{stem}-{code}-package.plan.geojson"))
        self.summary.setText(package_summary(self.package()))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write package to"), self.path.text(), plan_filter())
        if name:
            self.path.setText(name)

    def _accept(self) -> None:
        text = self.path.text().strip()
        if not text or not Path(text).expanduser().parent.is_dir():
            self.error.setText(self.tr("File: choose a file in a folder that exists."))
            return
        self.accept()


def export_package_dialog(window: MainWindow) -> bool:
    """Ask, then write the package; True when written."""
    dlg = PackageDialog(window.doc.plan, window)
    if not dlg.exec():
        return False
    path = Path(dlg.path.text().strip()).expanduser()
    package = dlg.package()
    try:
        export_plan(package, "geojson", path, release_to=dlg.recipients())
    except ExportError as e:
        show_error(
            window,
            translate("Packages", "National package"),
            translate("Packages", "Nothing was written.") + f"\n\n{e}",
        )
        return False
    wrote = translate("Packages", "Wrote {file}: {summary}").format(file=path.name, summary=package_summary(package))
    window.statusBar().showMessage(wrote, 8000)
    return True


# -- merge ---------------------------------------------------------------------------------------


def _finding_item(f: Finding) -> QListWidgetItem:
    item = QListWidgetItem(
        f"{translate('Packages', _SEVERITY_WORDS.get(f.severity, f.severity))} · {f.rule}: {f.message}"
    )
    item.setToolTip(f.message)
    return item


#: A finding's severity in the lists (context "Packages").
_SEVERITY_WORDS = {
    "error": translate_noop("Packages", "ERROR"),
    "warning": translate_noop("Packages", "WARNING"),
    "info": translate_noop("Packages", "INFO"),
}


def findings_delta(before: list[Finding], after: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(cleared by the merge, new after it), by rule and what they concern."""

    def key(f: Finding) -> tuple[Any, ...]:
        return (f.rule, f.units, f.nations, f.sites)

    b, a = {key(f) for f in before}, {key(f) for f in after}
    return [f for f in before if key(f) not in a], [f for f in after if key(f) not in b]


class MergeDialog(QDialog):
    """What merging the packages would do, conflicts first; the findings before and after side by
    side. Merge is enabled only when there is no conflict and something to merge."""

    def __init__(self, plan: Plan, files: list[str], result: MergeResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge packages"))
        self.resize(980, 560)
        self.result = result  # type: ignore[assignment,method-assign]  # hides QDialog.result(), unused here
        v = QVBoxLayout(self)
        head = QLabel(self)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        names = ", ".join(Path(f).name for f in files)
        if result.conflicts:
            head.setText(
                translate("MergeDialog", "%n conflict(s): nothing can be merged from {files}.", None,
                          len(result.conflicts)).format(files=names)
                + " "
                + self.tr("Fix the packages (or the plan) and merge again.")
            )  # fmt: skip
            head.setStyleSheet("color: #b00020; font-weight: bold;")
            v.addWidget(head)
            self.conflicts = QListWidget(self)
            for c in result.conflicts:
                self.conflicts.addItem(c.line())
            v.addWidget(self.conflicts, 1)
        else:
            head.setText(result.summary(plan.name, dry_run=True) + "\n" + self.tr("from {files}").format(files=names))
            v.addWidget(head)
            before = evaluate(plan)
            after = evaluate(result.plan)
            cleared, new = findings_delta(before, after)
            grid = QGridLayout()
            self.before = QListWidget(self)
            self.after = QListWidget(self)
            for f in before:
                self.before.addItem(_finding_item(f))
            for f in after:
                item = _finding_item(f)
                if f in new:
                    item.setText(self.tr("NEW") + " · " + item.text())
                self.after.addItem(item)
            for box, found in ((self.before, before), (self.after, after)):
                if not found:
                    box.addItem(self.tr("No findings: the plan meets every principle of its profile."))
            before_head = self.tr("Findings before the merge ({n})").format(n=len(before))
            grid.addWidget(QLabel(before_head, self), 0, 0)
            after_head = self.tr("Findings after the merge ({n}: {new} new, {cleared} cleared)").format(
                n=len(after), new=len(new), cleared=len(cleared)
            )
            grid.addWidget(QLabel(after_head, self), 0, 1)
            grid.addWidget(self.before, 1, 0)
            grid.addWidget(self.after, 1, 1)
            v.addLayout(grid, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(not result.conflicts and result.changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)


def read_packages(files: list[str]) -> list[tuple[str, Plan]]:
    """Every file read whole (PlanFileError names the first that cannot be)."""
    return [(f, read_plan_file(f)) for f in files]


def merge_packages_dialog(window: MainWindow, files: list[str] | None = None) -> bool:
    """Choose package files, preview the merge, merge as one undo step; True when merged."""
    if files is None:
        title = translate("MergeDialog", "Merge national packages")
        files, _ = QFileDialog.getOpenFileNames(window, title, "", plan_filter())
        if not files:
            return False
    try:
        packages = read_packages(files)
    except (PlanFileError, OSError) as e:
        show_error(
            window,
            translate("MergeDialog", "Merge packages"),
            translate("MergeDialog", "Nothing was merged.") + f"\n\n{e}",
        )
        return False
    plan = window.doc.plan
    result = merge_packages(plan, packages)
    dlg = MergeDialog(plan, files, result, window)
    if not dlg.exec() or result.conflicts or not result.changed:
        return False
    if window.doc.plan is not plan:  # changed meanwhile (another window): merge into what is there now
        result = merge_packages(window.doc.plan, packages)
        if result.conflicts:
            show_error(
                window,
                translate("MergeDialog", "Merge packages"),
                translate("MergeDialog", "The plan changed meanwhile; nothing was merged."),
            )
            return False
    nations = ", ".join(sorted(result.contributions)) or translate("MergeDialog", "packages")
    delta = merge_delta(window.doc.plan, result)
    text = translate("MergeDialog", "Merge packages ({nations})").format(nations=nations)
    if not window.doc.push(PlanCommand(window.doc, delta, text)):
        return False
    window.statusBar().showMessage(result.summary(plan.name), 10000)
    return True


# -- View › Provenance ---------------------------------------------------------------------------


# -- the recipient preview (File › Export) -------------------------------------------------------


class RecipientPreview(QWidget):
    """What a recipient nation will receive: the marking, what is withheld, and every unit and
    contribution it gets (as released when release mode is on)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.head = QLabel(self)
        self.head.setTextFormat(Qt.TextFormat.PlainText)
        self.head.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setToolTip(self.tr("Exactly what the file will hold"))
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.head)
        v.addWidget(self.items, 1)

    def show_for(self, plan: Plan, recipients: tuple[str, ...], release: bool) -> None:
        from desktop.release import release_plan, release_to, withheld_counts

        shown = release_to(plan, recipients) if recipients else plan
        if release:
            shown = release_plan(shown)
        who = ", ".join(nation_name(c) for c in recipients) if recipients else self.tr("Everyone")
        text = self.tr("{who} will receive {units} of {all_units} units and {contributions} of {all_contributions} "
                       "contributions").format(who=who, units=len(shown.units), all_units=len(plan.units),
                                               contributions=len(shown.contributions),
                                               all_contributions=len(plan.contributions))  # fmt: skip
        if recipients:
            units, contributions = withheld_counts(plan, recipients)
            text += self.tr(
                " ({units} units and {contributions} contributions not releasable to them are left out)"
            ).format(units=units, contributions=contributions)
        text += ". " + self.tr("Marking: {marking}.").format(marking=shown.classification or self.tr("none"))
        if release:
            text += " " + self.tr("Release mode: positions generalised, names replaced by kinds, findings withheld.")
        self.head.setText(text)
        self.items.clear()
        for u in shown.units[:2000]:
            personnel = translate("RecipientPreview", "%n personnel", None, u.strength)
            name = catalogue_label(u.name) if release else u.label()  # released: the kind's label
            self.items.addItem(f"{u.nation} · {name} · {personnel}")
        for c in shown.contributions:
            pledge = self.tr("{kind} pledge").format(kind=contribution_kind(c.kind))
            self.items.addItem(f"{c.nation} · {pledge}" + (f" · {c.note}" if c.note else ""))
        if len(shown.units) > 2000:
            self.items.addItem(translate("RecipientPreview", "… and %n more unit(s)", None, len(shown.units) - 2000))
        if not shown.units and not shown.contributions:
            self.items.addItem(self.tr("Nothing of the plan is releasable to this recipient but the shared geometry."))
