"""File › Export: the plan file, KML, the CSV ledger, the offline HTML map, a PNG of the view.

Exports run on a worker thread with a progress dialog that can cancel them; the writers are
atomic (desktop.export), so a failed or cancelled export leaves no half-written file.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.export import ExportError, export_plan
from desktop.fileio import FileRefused, atomic_write, check_output
from desktop.i18n import translate, translate_noop
from desktop.model import Plan
from desktop.ui.dialogs import PlanWindow, show_error
from desktop.ui.widgets import png_bytes, row

log = logging.getLogger(__name__)

#: format id -> (label, file suffix, file-dialog filter); label and filter shown translated
#: (context "ExportDialog").
FORMATS: dict[str, tuple[str, str, str]] = {
    "geojson": (
        translate_noop("ExportDialog", "Plan file (GeoJSON)"),
        ".plan.geojson",
        translate_noop("ExportDialog", "Posture plan (*.plan.geojson)"),
    ),
    "kml": (translate_noop("ExportDialog", "KML for Google Earth / GIS"), ".kml", "KML (*.kml)"),
    "gpkg": (translate_noop("ExportDialog", "GeoPackage for QGIS / GDAL"), ".gpkg", "GeoPackage (*.gpkg)"),
    "csv": (translate_noop("ExportDialog", "Contribution ledger (CSV)"), ".csv", "CSV (*.csv)"),
    "xlsx": (
        translate_noop("ExportDialog", "Contribution ledger (Excel workbook)"),
        ".xlsx",
        translate_noop("ExportDialog", "Excel workbook (*.xlsx)"),
    ),
    "html": (translate_noop("ExportDialog", "Interactive map (HTML, works offline)"), ".html", "HTML (*.html)"),
    "png": (
        translate_noop("ExportDialog", "Picture of the current map view (PNG)"),
        ".png",
        translate_noop("ExportDialog", "PNG image (*.png)"),
    ),
}


def format_label(fmt: str) -> str:
    """The format's label in the current language."""
    return translate("ExportDialog", FORMATS[fmt][0])


def default_name(plan: Plan, suffix: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in plan.name).strip() or "plan"
    return safe.replace(" ", "_")[:80] + suffix


class ExportDialog(QDialog):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export plan"))
        self.plan = plan
        self.format = QComboBox(self)
        for key in FORMATS:
            self.format.addItem(format_label(key), key)
        self.release = QCheckBox(
            self.tr("Release mode: positions generalised to oblasts, strengths rounded, names hidden"), self
        )
        self.release.setToolTip(
            self.tr("The ambiguity principle: no exact position, strength or name leaves the building")
        )
        from desktop.ui.packagesui import RecipientPreview, recipient_box

        self.recipient = recipient_box(plan, self)
        self.recipient.setToolTip(
            self.tr("Write only what is releasable to this nation (its releasable_to), marked REL TO")
        )
        self.preview = RecipientPreview(self)
        self.recipient.currentIndexChanged.connect(self._preview)
        self.release.toggled.connect(self._preview)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        path_row = row(self.path, browse)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.release)
        form.addRow(self.tr("Release to"), self.recipient)
        form.addRow(self.tr("File"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.preview, 1)
        v.addWidget(self.error)
        v.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self._preview()

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def recipients(self) -> tuple[str, ...]:
        from desktop.ui.packagesui import chosen_recipients

        return chosen_recipients(self.recipient)

    def _preview(self) -> None:
        self.preview.show_for(self.plan, self.recipients(), self.release.isChecked())

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        suffix = FORMATS[fmt][1]
        current = self.path.text().strip()
        base = Path(current).parent if current else Path.home()
        self.path.setText(str(base / default_name(self.plan, suffix)))
        self.error.setText("")

    def _browse(self) -> None:
        fmt = self.chosen_format()
        file_filter = translate("ExportDialog", FORMATS[fmt][2])
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), file_filter)
        if name:
            self.path.setText(name)

    def _accept(self) -> None:
        if self.chosen_format() == "png" and (self.release.isChecked() or self.recipients()):
            # A picture of the view shows exact positions and names: it cannot be released.
            self.error.setText(
                self.tr(
                    "Release: a picture of the map view shows exact positions and names, so it cannot be "
                    "released. Untick Release, or print a released sheet (File › Print)."
                )
            )
            return
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("File: choose where to write the export."))
            return
        folder = Path(text).expanduser().parent
        if not folder.is_dir():
            self.error.setText(self.tr("File: the folder {folder} does not exist.").format(folder=folder))
            return
        try:
            check_output(Path(text).expanduser())  # the library, a device, a folder: refused here
        except FileRefused as e:
            show_error(self, self.tr("Export"), nothing_written(e))
            return
        self.accept()


def nothing_written(problem: object) -> str:
    """The one message of a failed export: nothing was written, and why."""
    return translate("ExportDialog", "Nothing was written.") + f"\n\n{problem}"


def run_export(
    parent: QWidget, plan: Plan, fmt: str, path: Path, release: bool, release_to: tuple[str, ...] = ()
) -> bool:
    """Write the export on a worker thread with a cancellable progress dialog; True when written."""
    cancel = threading.Event()
    progress = {"done": 0, "total": 0}

    def report(done: int, total: int) -> bool:
        progress["done"], progress["total"] = done, total
        return not cancel.is_set()

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="posture-export")
    future: Future[None] = pool.submit(
        export_plan, plan, fmt, path, release=release, progress=report, release_to=release_to
    )
    dialog = QProgressDialog(
        translate("ExportDialog", "Writing {file}…").format(file=path.name),
        translate("ExportDialog", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(translate("ExportDialog", "Export"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(cancel.set)
    timer = QTimer(dialog)
    loop = QEventLoop()

    def tick() -> None:
        if dialog.wasCanceled():  # the Cancel button, Esc, or closing the dialog
            cancel.set()
        if progress["total"]:
            dialog.setMaximum(progress["total"])
            dialog.setValue(progress["done"])
        if future.done():
            timer.stop()
            loop.quit()

    timer.timeout.connect(tick)
    timer.start(50)
    loop.exec()  # the window stays responsive; the progress dialog shows after 300 ms
    dialog.reset()
    dialog.close()
    try:
        future.result()
    except ExportError as e:
        if not cancel.is_set():
            show_error(parent, translate("ExportDialog", "Export"), nothing_written(e))
        return False
    except OSError as e:
        show_error(
            parent, translate("ExportDialog", "Export"), nothing_written(f"{e.strerror or e}: {e.filename or path}")
        )
        return False
    finally:
        pool.shutdown(wait=True)
    return True


def export_dialog(window: PlanWindow) -> None:
    """File › Export: the dialog over ``window``, then the export (PNG: a grab of the map view)."""
    plan = window.doc.plan
    parent = window.window()
    dlg = ExportDialog(plan, parent)
    if not dlg.exec():
        return
    fmt = dlg.chosen_format()
    path = Path(dlg.path.text().strip()).expanduser()
    if fmt == "png":
        try:
            atomic_write(path, png_bytes(window.map.grab()))
        except FileRefused as e:
            show_error(parent, translate("ExportDialog", "Export"), nothing_written(e))
            return
        except OSError as e:
            show_error(
                parent, translate("ExportDialog", "Export"), nothing_written(f"{e.strerror or e}: {e.filename or path}")
            )
            return
    elif not run_export(parent, plan, fmt, path, dlg.release.isChecked(), dlg.recipients()):
        return
    label = format_label(fmt)
    if label[1:2].islower():  # "Exported plan file (GeoJSON) to …", "Exported KML for …"
        label = label[:1].lower() + label[1:]
    message = translate("ExportDialog", "Exported {format} to {path}").format(format=label, path=path)
    window.statusBar().showMessage(message, 8000)
