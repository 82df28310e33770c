"""A child process for the start-up benchmark: start, show the map, report when it is ready.

``python -m bench.probe app DB PLAN_ID``  the real window on a stored plan, ready when drawn;
``python -m bench.probe floor``           the floor: a bare QWebEngineView loading a bare Leaflet
                                           page through the same app:// scheme handler.

Prints one JSON line: the wall-clock time when ready (the parent subtracts its own start time)
and the proportional set size summed over this process and its children (Chromium's).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FLOOR_HTML = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="leaflet/leaflet.css"><style>html,body,#m{height:100%;margin:0}</style></head>
<body><div id="m"></div><script src="leaflet/leaflet.js"></script><script src="qwebchannel.js"></script>
<script src="floor.js"></script></body></html>"""
FLOOR_JS = b"""new QWebChannel(qt.webChannelTransport, (c) => {
  const map = L.map('m'); map.on('load', () => c.objects.probe.ready()); map.setView([48.6, 31.3], 6);
});"""


def pss_kb(root: int) -> int:
    """Proportional set size of ``root`` and every descendant, in KiB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


def main() -> int:
    mode = sys.argv[1]
    from desktop.ui.app import configure_environment, create_application

    configure_environment(offscreen=True)
    create_application()
    from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl, Slot

    loop = QEventLoop()
    ready: list[float] = []

    def done() -> None:
        ready.append(time.time())
        loop.quit()

    if mode == "floor":
        from PySide6.QtWebChannel import QWebChannel
        from PySide6.QtWebEngineCore import QWebEnginePage
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from desktop.ui import web

        # Serve the bare page from a scratch folder through the very same handler.
        scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"posture-floor-{os.getpid()}"
        scratch.mkdir(exist_ok=True)
        (scratch / "floor.html").write_bytes(FLOOR_HTML)
        (scratch / "floor.js").write_bytes(FLOOR_JS)
        web.RESOURCES = scratch

        class Probe(QObject):
            @Slot()
            def ready(self) -> None:
                done()

        view = QWebEngineView()
        profile, _handler, _interceptor = web.make_profile(view)
        page = QWebEnginePage(profile, view)
        profile.setParent(page)
        view.setPage(page)
        channel = QWebChannel(page)
        probe = Probe()
        channel.registerObject("probe", probe)
        page.setWebChannel(channel)
        view.resize(1600, 1000)
        view.show()
        view.load(QUrl("app://posture/floor.html"))
        keep = view
    else:
        import argparse

        from desktop.ui.app import start_window

        # The window's own start-up path (map page first, then library and plan).
        started = start_window(argparse.Namespace(db=sys.argv[2], plan=sys.argv[3], screenshot=None), interactive=False)
        assert not isinstance(started, int), "the plan did not open"
        win, _cleanup = started
        win.controller.rendered.connect(lambda *_: done())
        win.resize(1600, 1000)
        win.show()
        keep = win
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    if not ready:
        print(json.dumps({"error": "not ready after 120 s"}), flush=True)
        return 1
    settle = QEventLoop()
    QTimer.singleShot(500, settle.quit)
    settle.exec()
    print(json.dumps({"ready": ready[0], "pss_kb": pss_kb(os.getpid())}), flush=True)
    del keep
    os._exit(0)  # the measure is taken; skip a slow, noisy teardown


if __name__ == "__main__":
    raise SystemExit(main())
