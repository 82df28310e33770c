"""File › Import: a plan file as it is, or a GIS file with a preview of its mapping.

A GIS file (KML/KMZ, GeoPackage, shapefile, GeoJSON without ``posture``, CSV …) opens
:class:`GisImportDialog`: the options of ``import`` (nation for features that give none, lines or
areas as the contact line / occupied area, the plan's name), and a table of every feature as
:func:`desktop.gisimport.read_gis_file` maps it (unit, contact line, skipped, and why). What
cannot be mapped shows as the one message the command line would print, and Import stays off.
Nothing reaches the library until Import. The mapping itself is pure (desktop/gisimport.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import LibraryError
from desktop import catalogue
from desktop.gisimport import GisImport, GisImportError, is_plan_file, read_gis_file
from desktop.planfile import PlanFileError, read_plan_file

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

IMPORT_FILTER = (
    "Plans and GIS files (*.plan.geojson *.geojson *.json *.kml *.kmz *.gpkg *.shp *.csv *.fgb *.gpx *.xlsx *.ods);;"
    "Posture plans (*.plan.geojson);;KML / KMZ (*.kml *.kmz);;GeoPackage (*.gpkg);;Shapefile (*.shp);;"
    "GeoJSON (*.geojson *.json);;CSV (*.csv);;All files (*)"
)
COLUMNS = ("Feature", "Becomes", "Kind", "Nation", "Name", "Strength", "Geometry", "Note")
#: Rows shown in the preview (a file of 10,000 features is summarised, not listed).
MAX_ROWS = 2000
AS_CHOICES = (("", "skipped (no unit kind)"), ("contact_line", "the contact line"),
              ("occupied_area", "the occupied area"))  # fmt: skip


class GisImportDialog(QDialog):
    """Options and the preview of one GIS file's mapping; :attr:`result` is what Import adds."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.result: GisImport | None = None  # type: ignore[assignment]  # hides QDialog.result(), unused here
        self.setWindowTitle(f"Import {Path(path).name}")
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{_escape(Path(path).name)}</b> — how its features become a plan:"))
        form = QFormLayout()
        self.nation = QComboBox()
        self.nation.addItem("from the file (nation or country)", "")
        for code, n in sorted(catalogue.nations().items(), key=lambda kv: kv[1].name):
            self.nation.addItem(f"{n.name} ({code})", code)
        self.nation.setToolTip("The nation of every feature that names none (--nation)")
        self.as_kind = QComboBox()
        for key, label in AS_CHOICES:
            self.as_kind.addItem(label, key)
        self.as_kind.setToolTip("Lines or areas without a unit kind become this plan geometry (--as)")
        self.name = QLineEdit()
        self.name.setPlaceholderText("the file's name")
        self.name.setToolTip("The new plan's name (--name)")
        form.addRow("Nation of features without one:", self.nation)
        form.addRow("Lines and areas without a kind:", self.as_kind)
        form.addRow("Plan name:", self.name)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.nation.currentIndexChanged.connect(self.refresh)
        self.as_kind.currentIndexChanged.connect(self.refresh)
        self.name.editingFinished.connect(self.refresh)
        self.refresh()

    def options(self) -> dict[str, str | None]:
        return {
            "nation": self.nation.currentData() or None,
            "as_kind": self.as_kind.currentData() or None,
            "name": self.name.text().strip() or None,
        }

    def refresh(self) -> None:
        """Map the file again with the current options and show the outcome."""
        try:
            self.result = read_gis_file(self.path, **self.options())
        except GisImportError as e:
            self.result = None
            self.summary.setText(f"This file cannot be imported as it is:\n{e}")
            self.summary.setStyleSheet("color: #b71c1c;")
            self.import_button.setEnabled(False)
            return
        r = self.result
        units = sum(1 for f in r.features if f.result == "unit")
        shapes = [k for k in ("contact_line", "occupied_area") if any(f.result == k for f in r.features)]
        parts = [f"{units} unit{'s' if units != 1 else ''}", *(k.replace("_", " ") for k in shapes)]
        if r.skipped:
            parts.append(f"{r.skipped} line{'s' if r.skipped != 1 else ''} or area{'s' if r.skipped != 1 else ''} "
                         "skipped")  # fmt: skip
        columns = ", ".join(f"{k} → {v}" for k, v in r.columns.items())
        self.summary.setText(
            f"A new plan “{r.plan.name}” ({r.driver}): "
            + ", ".join(parts)
            + "."
            + (f"\nColumns read as: {columns}." if columns else "")
        )
        self.summary.setStyleSheet("")
        self.import_button.setEnabled(True)
        rows = r.features[:MAX_ROWS]
        self.table.setRowCount(len(rows))
        for i, f in enumerate(rows):
            becomes = {"unit": "unit", "skipped": "skipped"}.get(f.result, f.result.replace("_", " "))
            cells = (f.where, becomes, f.kind, f.nation, f.name,
                     "" if f.strength is None else f"{f.strength:,}", f.geometry, f.note)  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text, never markup
                item.setToolTip(text)
                self.table.setItem(i, c, item)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def import_file(window: MainWindow, path: str | None = None, preview: bool = True) -> bool:
    """File › Import: ask for a file (unless ``path``), then add it to the library and open it.

    A plan file is added as it is; a GIS file after :class:`GisImportDialog` (``preview=False``
    imports it with the default options, as ``import FILE`` does). Any failure: one dialog,
    nothing imported. Returns whether a plan was added.
    """
    from desktop.ui.mainwindow import show_error

    if not path:
        path, _ = QFileDialog.getOpenFileName(window, "Import a plan or GIS file", "", IMPORT_FILTER)
        if not path:
            return False
    try:
        if is_plan_file(path):
            plan = read_plan_file(path)
        elif preview:
            _readable(path)  # a file no option can help is one message, not a preview
            dialog = GisImportDialog(path, window)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
                return False
            plan = dialog.result.plan
        else:
            plan = read_gis_file(path).plan
        pid = window.library.add_plan(plan)
    except (PlanFileError, LibraryError, OSError) as e:
        show_error(window, "Import", f"Nothing was imported.\n\n{e}")
        return False
    window.open_plan(pid)
    window.statusBar().showMessage(f"Imported “{plan.name}” ({len(plan.units)} units)", 6000)
    return True


def _readable(path: str) -> None:
    """Raise the import's error when the file itself cannot be read (``whole_file``)."""
    try:
        read_gis_file(path)
    except GisImportError as e:
        if e.whole_file:
            raise
