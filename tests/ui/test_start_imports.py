"""The first frame does not wait for the principles engine: the window, started as `posture`
starts it (desktop/ui/app.py ``start_window``) in a fresh interpreter, draws the map before
numpy, shapely, the geo data, the engine, search and measuring are imported, and shows the
findings once they are (the same findings as a full evaluation)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from db import Library
from desktop.sample import sample_plan

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import argparse, json, sys
sys.path.insert(0, sys.argv[3])
from desktop.ui.app import configure_environment, create_application, start_window
configure_environment(offscreen=True)
create_application()
from PySide6.QtCore import QEventLoop, QTimer
LATE = ("numpy", "shapely", "desktop.geo", "desktop.doctrine", "desktop.search", "desktop.measure")
win, cleanup = start_window(argparse.Namespace(db=sys.argv[1], plan=sys.argv[2], screenshot=None), interactive=False)
out = {}
loop = QEventLoop()
def rendered(units, ms):
    out["units"] = units
    out["loaded at first frame"] = [m for m in LATE if m in sys.modules]
def analysed(*_):
    out["loaded after"] = [m for m in LATE if m in sys.modules]
    out["findings"] = sorted(f.rule for f in win.analyzer.latest.findings)
    loop.quit()
win.controller.rendered.connect(rendered)
win.resize(1600, 1000)
win.show()
def hook():
    if win.analyzer is not None:
        win.analyzer.updated.connect(analysed)
    else:
        QTimer.singleShot(5, hook)
hook()
QTimer.singleShot(60_000, loop.quit)
loop.exec()
print(json.dumps(out), flush=True)
cleanup()
"""


def test_first_frame_before_the_engine_and_findings_after(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    plan = sample_plan()
    lib = Library(db)
    pid = lib.add_plan(plan)
    lib.close()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(pid), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("{")), "")
    assert line, done.stderr[-2000:]
    out = json.loads(line)
    assert out["units"] == len(plan.units)  # every unit drawn in the first frame
    assert out["loaded at first frame"] == []
    assert set(out["loaded after"]) >= {"numpy", "desktop.geo", "desktop.doctrine"}
    from desktop.doctrine import evaluate

    assert out["findings"] == sorted(f.rule for f in evaluate(plan))


def test_the_window_knows_where_kept_measurements_are() -> None:
    from desktop import measure
    from desktop.ui import measuring

    assert measuring.ANNOTATIONS == measure.ANNOTATIONS
