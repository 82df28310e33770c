"""The window opens offline on a real map of Ukraine (issue: foundation)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.ui import web
from tests.ui.conftest import js

pytestmark = pytest.mark.web

ROOT = Path(__file__).resolve().parents[2]


def test_window_draws_the_base_map_and_the_sample_plan_offline(window, qtbot) -> None:
    served = window.map.scheme_handler.served
    assert "/leaflet/leaflet.js" in served and "/qwebchannel.js" in served and "/map.js" in served
    for layer in ("neighbours", "water", "ukraine_oblasts", "ukraine_outline", "places"):
        assert f"/geo/{layer}.geojson" in served
    seen = window.map.interceptor.seen
    assert seen and all(u.startswith("app://posture/") for u in seen), seen
    assert window.map.interceptor.remote == []
    # the base map is drawn as vector paths: 27 oblasts, 18 countries, seas, rivers, lakes
    paths = js(qtbot, window, "document.querySelectorAll('.leaflet-base-pane path, .leaflet-rivers-pane path').length")
    assert paths >= 27 + 18 + 24
    state = js(qtbot, window, "app._state()")
    assert state["units"] == len(window.doc.plan.units) > 0
    # Ukraine fits the view on start
    bounds = js(qtbot, window, "app.map.getBounds().toBBoxString()")
    west, south, east, north = (float(v) for v in bounds.split(","))
    assert west <= 22.2 and east >= 40.2 and south <= 44.4 and north >= 52.3


def test_page_has_a_content_security_policy_that_forbids_remote_loads(window, qtbot) -> None:
    csp = js(qtbot, window, "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    assert "default-src 'none'" in csp
    assert "http" not in csp
    before = len(web.SESSION_REMOTE)
    # A remote image and a fetch are refused by the CSP before any request leaves the page.
    js(
        qtbot,
        window,
        "(function(){ const i = new Image(); i.src = 'https://tile.openstreetmap.org/1/1/1.png';"
        " fetch('http://example.com/x').catch(() => 0); return 1; })()",
    )
    qtbot.wait(300)
    assert len(web.SESSION_REMOTE) == before
    window.map.map_page.console.clear()  # the CSP violations are expected console errors here


def test_attribution_scale_bar_and_labels_are_shown(window, qtbot) -> None:
    attribution = js(qtbot, window, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "OpenStreetMap contributors" in attribution and "Natural Earth" in attribution and "GeoNames" in attribution
    assert js(qtbot, window, "document.querySelectorAll('.leaflet-control-scale-line').length") == 1
    labels = js(qtbot, window, "[...document.querySelectorAll('.lbl')].map(e => e.textContent)")
    for name in ("Kyiv", "Odesa", "Poland", "Belarus", "Russia", "Black Sea", "Transnistria (breakaway)"):
        assert name in labels


def test_status_bar_shows_lat_lon_and_mgrs_of_the_mouse(window, qtbot) -> None:
    x, y = js(qtbot, window, "app._pointOf(50.45, 30.52)")
    with qtbot.waitSignal(window.controller.cursorMoved, timeout=5000):
        js(
            qtbot,
            window,
            f"(app.map.fire('mousemove', {{latlng: L.latLng(50.45, 30.52), containerPoint: L.point({x}, {y})}}), 1)",
        )
    text = window.position_label.text()
    assert "50.4500° N" in text and "30.5200° E" in text and "MGRS 36U" in text


def test_screenshot_command_writes_the_window(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    db = tmp_path / "lib.sqlite"
    proc = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--screenshot", str(out), "--size", "1200x800"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1200, 800)
    # land, sea and the border all appear: many distinct colours, not a blank grab
    colours = {img.pixel(x, y) for x in range(0, 1200, 23) for y in range(0, 800, 19)}
    assert len(colours) > 40
