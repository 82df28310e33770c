"""Take the review screenshots of the window (offscreen) into a folder: for a person to look at.

Run: .venv/bin/python scripts/screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.ui.app import configure_environment, create_application

configure_environment(offscreen=True)
create_application()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from db import Library  # noqa: E402
from desktop.sample import ensure_sample  # noqa: E402
from desktop.ui.mainwindow import MainWindow  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "lib.sqlite")
        pid = ensure_sample(lib)
        win = MainWindow(lib, lib.load_plan(pid))
        win.resize(1600, 1000)
        win.show()
        win.wait_rendered()
        wait(600)
        win.grab().save(str(out / "window.png"))
        win.palette.grab().save(str(out / "palette.png"))
        # crowded posture around Kyiv
        win.map.bridge.call("fitTo", {"sites": [[30.1, 50.2], [31.2, 50.7]]})
        wait(800)
        win.grab().save(str(out / "kyiv.png"))
        # the sea: patrol routes and areas
        win.map.bridge.call("fitTo", {"sites": [[29.5, 44.6], [33.5, 46.8]]})
        wait(800)
        win.grab().save(str(out / "sea.png"))
        # the edit form of the first air-defence unit
        from desktop.ui.unitform import UnitForm

        unit = next(u for u in win.doc.plan.units if u.kind == "air.defence")
        form = UnitForm(unit, win)
        form.show()
        wait(300)
        form.grab().save(str(out / "form.png"))
        form.close()
        side = win.ensure_analysis() and win.side
        for tab in range(side.tabs.count()):
            side.tabs.setCurrentIndex(tab)
            wait(200)
            side.grab().save(str(out / f"panel-{tab}.png"))
        # the other profile: the same plan under the reassurance force's principles
        side.profile.setCurrentIndex(side.profile.findData("mfu"))
        side.tabs.setCurrentIndex(0)
        wait(600)
        win.grab().save(str(out / "window-mfu.png"))
        side.grab().save(str(out / "panel-mfu.png"))
        win.shutdown()
        lib.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
