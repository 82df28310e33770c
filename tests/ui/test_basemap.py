"""A planner's own raster base map under the plan: an MBTiles made by gdal_translate drawn in a
``--screenshot`` (pixels of the tile's colour in the map area), File › Base map in the real window
(opacity, on/off, the vector base map as outlines or off, remembered per library, attribution
shown as text), and a bad file: one message, the built-in base map kept, the file unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from desktop.ui import basemapui
from tests.test_tileset import COLOUR, _digest, make_mbtiles
from tests.ui.conftest import js

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.web


def _screenshot(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshot", str(tmp_path / "shot.png"),
                           "--db", str(tmp_path / "lib.sqlite"), "--size", "1200x800", *extra],
                          capture_output=True, text=True, timeout=180, env=env, cwd=ROOT)  # fmt: skip


def _share_of_colour(png: Path, colour: tuple[int, int, int], tolerance: int = 6) -> float:
    """The share of pixels of ``colour`` in the middle of the window (where the map is)."""
    img = QImage(str(png))
    assert not img.isNull()
    w, h = img.width(), img.height()
    hits = total = 0
    for y in range(int(h * 0.25), int(h * 0.75), 4):
        for x in range(int(w * 0.3), int(w * 0.6), 4):
            c = img.pixelColor(x, y)
            total += 1
            hits += all(abs(a - b) <= tolerance for a, b in zip((c.red(), c.green(), c.blue()), colour, strict=True))
    return hits / total


def test_an_mbtiles_made_by_gdal_is_drawn_under_the_plan_in_a_screenshot(tmp_path: Path) -> None:
    tiles = make_mbtiles(tmp_path, attribution="Test survey")
    before = _digest(tiles)
    done = _screenshot(tmp_path, "--basemap", str(tiles))
    assert done.returncode == 0, done.stderr
    shot = tmp_path / "shot.png"
    assert _share_of_colour(shot, COLOUR) > 0.3  # the raster fills the map under outlines and symbols
    assert _digest(tiles) == before and not (tmp_path / "base.mbtiles-wal").exists()
    plain = tmp_path / "plain"
    plain.mkdir()
    assert _screenshot(plain).returncode == 0
    assert _share_of_colour(plain / "shot.png", COLOUR) < 0.01  # the control: no magenta without it


def test_a_bad_basemap_on_the_command_line_is_one_line_and_no_screenshot(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mbtiles"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    done = _screenshot(tmp_path, "--basemap", str(junk))
    assert done.returncode == 2
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("posture:")]
    assert len(lines) == 1 and "junk.mbtiles" in lines[0] and "Traceback" not in done.stderr
    assert not (tmp_path / "shot.png").exists()


def _tile_state(qtbot: Any, win: Any) -> dict[str, Any]:
    return js(qtbot, win, "app._tileBase()")


def test_file_base_map_in_the_window(qtbot: Any, window: Any, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    tiles = make_mbtiles(tmp_path, attribution="<img src=x onerror=window.__pwned=1> Survey")
    chosen = {"path": str(tiles), "visible": True, "opacity": 0.6, "vector": "outlines"}

    def accept(self: basemapui.BaseMapDialog) -> int:
        self.path.setText(chosen["path"])
        self.opacity.setValue(round(chosen["opacity"] * 100))
        self.vector.setCurrentIndex(self.vector.findData(chosen["vector"]))
        self.visible.setChecked(chosen["visible"])
        return basemapui.QDialog.DialogCode.Accepted

    monkeypatch.setattr(basemapui.BaseMapDialog, "exec", accept)
    window.choose_base_map()
    qtbot.waitUntil(
        lambda: _tile_state(qtbot, window).get("loaded") and _tile_state(qtbot, window)["on"], timeout=15_000
    )
    state = _tile_state(qtbot, window)
    assert state["opacity"] == 0.6 and state["tiles"] > 0
    assert "Survey" in state["attribution"] and "<img" not in state["attribution"]
    shown = js(qtbot, window, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "Base map: <img src=x onerror=window.__pwned=1> Survey" in shown  # text, not markup
    assert js(qtbot, window, "window.__pwned === undefined")
    classes = js(qtbot, window, "app.map.getContainer().className")
    assert "vector-outlines" in classes
    fill = js(qtbot, window, "getComputedStyle(document.querySelector('.leaflet-base-pane path')).fillOpacity")
    assert float(fill) == 0.0  # the vector map's fills are off, its outlines stay
    assert window.library.get_setting("basemap")["path"] == str(tiles)  # remembered in this library

    chosen.update(vector="off", visible=False)
    window.choose_base_map()
    qtbot.waitUntil(lambda: not _tile_state(qtbot, window)["on"], timeout=5_000)
    assert "vector-outlines" not in js(qtbot, window, "app.map.getContainer().className")

    chosen.update(path=str(tmp_path / "missing.mbtiles"), visible=True)
    shown_errors: list[str] = []
    monkeypatch.setattr("desktop.ui.mainwindow.show_error", lambda parent, title, text: shown_errors.append(text))
    window.choose_base_map()
    assert len(shown_errors) == 1 and "missing.mbtiles" in shown_errors[0]
    assert not _tile_state(qtbot, window)["on"]
    assert window.library.get_setting("basemap")["path"] == str(tiles)  # a failed choice is not remembered
    json.dumps(state)


def test_a_print_draws_the_base_map_and_states_its_attribution(qapp: Any, tmp_path: Path) -> None:
    from desktop import tileset
    from desktop.sample import sample_plan
    from desktop.ui.printing import PrintOptions, write_pdf

    ts = tileset.open_tileset(make_mbtiles(tmp_path, attribution="Test survey 2026"))
    token = tileset.register(ts)
    tileset.set_active({**ts.page_options(token), "opacity": 1.0, "visible": True, "vector": "outlines"})
    try:
        pdf = tmp_path / "sheet.pdf"
        write_pdf(sample_plan(), PrintOptions("A4", "landscape"), pdf)
    finally:
        tileset.set_active(None)
        tileset.unregister(token)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Base map: Test survey 2026" in " ".join(text.split())
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile", str(pdf), str(tmp_path / "sheet")], check=True)
    assert _share_of_colour(tmp_path / "sheet.png", COLOUR, tolerance=12) > 0.2
