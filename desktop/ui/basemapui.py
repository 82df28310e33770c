"""File › Base map…: a planner's own raster tile set (MBTiles / GeoPackage) under the plan.

The choice is remembered per library (the library's ``basemap`` setting: file, shown, opacity,
how the vector base map draws over it) and restored when the window opens; ``--basemap FILE``
uses a file for this run (the window and ``--screenshot``) without remembering it. Tiles are read
by :mod:`desktop.tileset` and served by the ``app://`` scheme handler; the page draws them with
tilebase.js. A missing, damaged or non-tile file is one message and the built-in base map stays.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from db import LibraryError
from desktop import tileset
from desktop.i18n import translate, translate_noop
from desktop.ui.bridge import PageCall

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)

SETTING = "basemap"
TILE_FILTER = translate_noop(
    "BaseMapDialog", "Tile sets (*.mbtiles *.gpkg);;MBTiles (*.mbtiles);;GeoPackage (*.gpkg);;All files (*)"
)
#: The vector map's modes over a raster map, shown translated (context "BaseMapDialog").
VECTOR_MODES = (
    ("outlines", translate_noop("BaseMapDialog", "outlines and labels only")),
    ("full", translate_noop("BaseMapDialog", "full (fills too)")),
    ("off", translate_noop("BaseMapDialog", "off")),
)
DEFAULTS: dict[str, Any] = {"path": "", "visible": True, "opacity": 1.0, "vector": "outlines"}


def _clean(settings: Any) -> dict[str, Any]:
    """Settings as stored, with every key of :data:`DEFAULTS` and sane values."""
    out = dict(DEFAULTS)
    if isinstance(settings, dict):
        out.update({k: settings[k] for k in DEFAULTS if k in settings})
    out["path"] = str(out["path"] or "")
    out["visible"] = bool(out["visible"])
    try:
        out["opacity"] = min(1.0, max(0.0, float(out["opacity"])))
    except (TypeError, ValueError):
        out["opacity"] = 1.0
    if out["vector"] not in {k for k, _ in VECTOR_MODES}:
        out["vector"] = "outlines"
    return out


class BaseMap:
    """The window's raster base map: the open tile set, its token, what the page was told."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.settings = dict(DEFAULTS)
        self.tiles: tileset.TileSet | None = None
        self.token: str | None = None

    def stored(self) -> dict[str, Any]:
        try:
            return _clean(self.window.library.get_setting(SETTING))
        except LibraryError:
            return dict(DEFAULTS)

    def apply(self, settings: dict[str, Any]) -> str | None:
        """Show ``settings``; the error message (and the built-in base map) when the file fails."""
        settings = _clean(settings)
        if settings["path"] and (self.tiles is None or str(self.tiles.path) != settings["path"]):
            try:
                opened = tileset.open_tileset(settings["path"])
            except tileset.TileSetError as e:
                self._drop()
                self.settings = {**settings, "path": ""}
                self._send()
                return str(e)
            self._drop()
            self.tiles, self.token = opened, tileset.register(opened)
        elif not settings["path"]:
            self._drop()
        self.settings = settings
        self._send()
        return None

    def _drop(self) -> None:
        if self.token is not None:
            tileset.unregister(self.token)
        self.tiles, self.token = None, None
        tileset.set_active(None)

    def page_options(self) -> dict[str, Any] | None:
        if self.tiles is None or self.token is None:
            return None
        return {**self.tiles.page_options(self.token), "opacity": self.settings["opacity"],
                "visible": self.settings["visible"], "vector": self.settings["vector"]}  # fmt: skip

    def _send(self) -> None:
        options = self.page_options()
        tileset.set_active(options if options and options["visible"] else None)
        self.window.map.bridge.call(PageCall.SET_TILE_BASE, options)

    def attribution(self) -> str:
        return self.tiles.attribution if self.tiles else ""

    def shutdown(self) -> None:
        self._drop()


def base_map_of(window: MainWindow) -> BaseMap:
    bm = getattr(window, "_base_map", None)
    if bm is None:
        bm = BaseMap(window)
        window._base_map = bm  # type: ignore[attr-defined]
        window.destroyed.connect(lambda *_: bm.shutdown())
    return bm


def restore(window: MainWindow, override: str | None = None, interactive: bool = True) -> str | None:
    """At start: the library's remembered base map, or ``override`` (``--basemap``) for this run.
    Returns the error (already shown when ``interactive``), or None."""
    bm = base_map_of(window)
    settings = bm.stored()
    if override:
        settings = {**settings, "path": override, "visible": True}
    if not settings["path"]:
        return None
    error = bm.apply(settings)
    if error and interactive:
        from desktop.ui.mainwindow import show_error

        show_error(window, _title(), _builtin_shown(error))
    return error


def _title() -> str:
    return translate("BaseMapDialog", "Base map")


def _builtin_shown(error: str) -> str:
    return translate("BaseMapDialog", "The built-in base map is shown.") + f"\n\n{error}"


def wait_for_tiles(window: MainWindow, timeout_ms: int = 15_000) -> bool:
    """Block (running the event loop) until the page's raster tiles of the view are drawn."""
    bm = base_map_of(window)
    if bm.page_options() is None or not bm.settings["visible"]:
        return True
    loop = QEventLoop()
    state = {"done": False}

    def poll() -> None:
        def got(value: Any) -> None:
            import json

            try:
                info = json.loads(value) if isinstance(value, str) else {}
            except ValueError:
                info = {}
            if info.get("on") and info.get("loaded"):
                state["done"] = True
                loop.quit()

        window.map.page().runJavaScript("JSON.stringify(window.app && app._tileBase ? app._tileBase() : {})", 0, got)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()
    return state["done"]


class BaseMapDialog(QDialog):
    """File › Base map…: the tile file, shown or not, opacity, the vector base map over it."""

    def __init__(self, settings: dict[str, Any], attribution: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Base map"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Draw your own offline raster map (MBTiles or GeoPackage tiles) under the plan. "
                               "The file is read, never changed; nothing is fetched from a network."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit(settings["path"])
        self.path.setPlaceholderText(self.tr("none: the built-in vector map only"))
        self.path.setMinimumWidth(300)
        self.path.setToolTip(self.tr("An .mbtiles or .gpkg file of PNG or JPEG tiles"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        clear = QPushButton(self.tr("None"))
        clear.setToolTip(self.tr("Back to the built-in base map only"))
        clear.clicked.connect(lambda: self.path.setText(""))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(clear)
        form.addRow(self.tr("Tile file:"), row)
        self.visible = QCheckBox(self.tr("Show it"))
        self.visible.setChecked(settings["visible"])
        form.addRow("", self.visible)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(10, 100)
        self.opacity.setValue(round(settings["opacity"] * 100))
        self.opacity.setToolTip(self.tr("How opaque the raster map is"))
        self.opacity_label = QLabel()
        self.opacity.valueChanged.connect(lambda v: self.opacity_label.setText(f"{v} %"))
        self.opacity_label.setText(f"{self.opacity.value()} %")
        orow = QHBoxLayout()
        orow.addWidget(self.opacity, 1)
        orow.addWidget(self.opacity_label)
        form.addRow(self.tr("Opacity:"), orow)
        self.vector = QComboBox()
        for key, label in VECTOR_MODES:
            self.vector.addItem(translate("BaseMapDialog", label), key)
        self.vector.setCurrentIndex(max(0, self.vector.findData(settings["vector"])))
        self.vector.setToolTip(self.tr("How the built-in vector map draws over your raster map"))
        form.addRow(self.tr("Vector map over it:"), self.vector)
        self.attribution = QLabel(attribution or "—")
        self.attribution.setTextFormat(Qt.TextFormat.PlainText)  # the file's text: never markup
        self.attribution.setWordWrap(True)
        form.addRow(self.tr("Attribution (from the file):"), self.attribution)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        tiles = translate("BaseMapDialog", TILE_FILTER)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Base map tile file"), self.path.text(), tiles)
        if path:
            self.path.setText(path)

    def settings(self) -> dict[str, Any]:
        return _clean({"path": self.path.text().strip(), "visible": self.visible.isChecked(),
                       "opacity": self.opacity.value() / 100, "vector": self.vector.currentData()})  # fmt: skip


def choose_base_map(window: MainWindow) -> None:
    """File › Base map…: the dialog, then show and remember the choice (one message on failure)."""
    from desktop.ui.mainwindow import show_error

    bm = base_map_of(window)
    current = bm.settings if bm.settings["path"] else bm.stored()
    dialog = BaseMapDialog(current, bm.attribution(), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.settings()
    error = bm.apply(chosen)
    if error:
        show_error(window, _title(), _builtin_shown(error))
        return
    try:
        window.library.set_setting(SETTING, chosen)
    except LibraryError as e:
        text = translate("BaseMapDialog", "The base map is shown but could not be remembered.")
        show_error(window, _title(), text + f"\n\n{e}")
    if chosen["path"]:
        name = bm.tiles.name if bm.tiles else chosen["path"]
        window.statusBar().showMessage(translate("BaseMapDialog", "Base map: {name}").format(name=name), 6000)


def screenshot_error(error: str) -> None:
    print(f"posture: {error}", file=sys.stderr)
