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
from desktop.i18n import translate, translate_noop
from desktop.planfile import PlanFileError, read_plan_file
from desktop.ui.widgets import nation_name, number

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow


def import_filter() -> str:
    return translate(
        "GisImportDialog",
        "Plans and GIS files (*.plan.geojson *.geojson *.json *.kml *.kmz *.gpkg *.shp *.csv *.fgb *.gpx *.xlsx "
        "*.ods);;"
        "Posture plans (*.plan.geojson);;KML / KMZ (*.kml *.kmz);;GeoPackage (*.gpkg);;Shapefile (*.shp);;"
        "GeoJSON (*.geojson *.json);;CSV (*.csv);;All files (*)",
    )


#: The preview's columns, shown translated (context "GisImportDialog").
COLUMNS = (
    translate_noop("GisImportDialog", "Feature"),
    translate_noop("GisImportDialog", "Becomes"),
    translate_noop("GisImportDialog", "Kind"),
    translate_noop("GisImportDialog", "Nation"),
    translate_noop("GisImportDialog", "Name"),
    translate_noop("GisImportDialog", "Strength"),
    translate_noop("GisImportDialog", "Geometry"),
    translate_noop("GisImportDialog", "Note"),
)
#: What a feature becomes, and its geometry type, in words.
RESULT_WORDS = {
    "unit": translate_noop("GisImportDialog", "unit"),
    "skipped": translate_noop("GisImportDialog", "skipped"),
    "contact_line": translate_noop("GisImportDialog", "contact line"),
    "occupied_area": translate_noop("GisImportDialog", "occupied area"),
}
GEOMETRY_WORDS = {
    "Point": translate_noop("GisImportDialog", "point"),
    "MultiPoint": translate_noop("GisImportDialog", "points"),
    "LineString": translate_noop("GisImportDialog", "line"),
    "MultiLineString": translate_noop("GisImportDialog", "lines"),
    "Polygon": translate_noop("GisImportDialog", "area"),
    "MultiPolygon": translate_noop("GisImportDialog", "areas"),
}
#: Rows shown in the preview (a file of 10,000 features is summarised, not listed).
MAX_ROWS = 2000
AS_CHOICES = (("", translate_noop("GisImportDialog", "skipped (no unit kind)")),
              ("contact_line", translate_noop("GisImportDialog", "the contact line")),
              ("occupied_area", translate_noop("GisImportDialog", "the occupied area")))  # fmt: skip


def _word(words: dict[str, str], key: str) -> str:
    return translate("GisImportDialog", words[key]) if key in words else key.replace("_", " ")


class GisImportDialog(QDialog):
    """Options and the preview of one GIS file's mapping; :attr:`result` is what Import adds."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.result: GisImport | None = None  # type: ignore[assignment]  # hides QDialog.result(), unused here
        self.setWindowTitle(self.tr("Import {file}").format(file=Path(path).name))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        how = self.tr("{file} — how its features become a plan:").format(file=f"<b>{_escape(Path(path).name)}</b>")
        layout.addWidget(QLabel(how))
        form = QFormLayout()
        self.nation = QComboBox()
        self.nation.addItem(self.tr("from the file (nation or country)"), "")
        names = {code: nation_name(code) for code in catalogue.nations()}
        for code in sorted(names, key=names.__getitem__):
            self.nation.addItem(f"{names[code]} ({code})", code)
        self.nation.setToolTip(self.tr("The nation of every feature that names none (--nation)"))
        self.as_kind = QComboBox()
        for key, label in AS_CHOICES:
            self.as_kind.addItem(translate("GisImportDialog", label), key)
        self.as_kind.setToolTip(self.tr("Lines or areas without a unit kind become this plan geometry (--as)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("the file's name"))
        self.name.setToolTip(self.tr("The new plan's name (--name)"))
        form.addRow(self.tr("Nation of features without one:"), self.nation)
        form.addRow(self.tr("Lines and areas without a kind:"), self.as_kind)
        form.addRow(self.tr("Plan name:"), self.name)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("GisImportDialog", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
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
            self.summary.setText(self.tr("This file cannot be imported as it is:") + f"\n{e}")
            self.summary.setStyleSheet("color: #b71c1c;")
            self.import_button.setEnabled(False)
            return
        r = self.result
        units = sum(1 for f in r.features if f.result == "unit")
        shapes = [k for k in ("contact_line", "occupied_area") if any(f.result == k for f in r.features)]
        parts = [translate("GisImportDialog", "%n unit(s)", None, units), *(_word(RESULT_WORDS, k) for k in shapes)]
        if r.skipped:
            parts.append(translate("GisImportDialog", "%n line(s) or area(s) skipped", None, r.skipped))
        columns = ", ".join(f"{k} → {v}" for k, v in r.columns.items())
        text = self.tr("A new plan “{plan}” ({driver}): {parts}.").format(
            plan=r.plan.name, driver=r.driver, parts=", ".join(parts)
        )
        if columns:
            text += "\n" + self.tr("Columns read as: {columns}.").format(columns=columns)
        self.summary.setText(text)
        self.summary.setStyleSheet("")
        self.import_button.setEnabled(True)
        rows = r.features[:MAX_ROWS]
        self.table.setRowCount(len(rows))
        for i, f in enumerate(rows):
            becomes = _word(RESULT_WORDS, f.result)
            cells = (f.where, becomes, f.kind, f.nation, f.name, "" if f.strength is None else number(f.strength),
                     _word(GEOMETRY_WORDS, f.geometry) if f.geometry else "", f.note)  # fmt: skip
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
        title = translate("GisImportDialog", "Import a plan or GIS file")
        path, _ = QFileDialog.getOpenFileName(window, title, "", import_filter())
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
        show_error(
            window,
            translate("GisImportDialog", "Import"),
            translate("GisImportDialog", "Nothing was imported.") + f"\n\n{e}",
        )
        return False
    window.open_plan(pid)
    units = translate("GisImportDialog", "%n unit(s)", None, len(plan.units))
    message = translate("GisImportDialog", "Imported “{plan}” ({units})").format(plan=plan.name, units=units)
    window.statusBar().showMessage(message, 6000)
    return True


def _readable(path: str) -> None:
    """Raise the import's error when the file itself cannot be read (``whole_file``)."""
    try:
        read_gis_file(path)
    except GisImportError as e:
        if e.whole_file:
            raise
