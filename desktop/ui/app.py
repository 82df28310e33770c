"""Start-up of the desktop interface: environment, QApplication, library, window, screenshot."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db import Library, LibraryError, PlanNotFound
from desktop.i18n import translate
from desktop.library import EXIT_BAD_INPUT, EXIT_OK, UsageError, choose_plan, db_path, looks_like_file
from desktop.model import Plan

log = logging.getLogger(__name__)

BASE_CHROMIUM_FLAGS = [
    "--disable-gpu",
    "--log-level=3",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
]


def configure_environment(offscreen: bool = False) -> None:
    """Chromium flags (``--no-sandbox`` only when running as root) and the Qt platform.

    Must run before the QApplication is created.
    """
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = list(BASE_CHROMIUM_FLAGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
    for f in wanted:
        if f not in flags:
            flags.append(f)
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=false")


_QT_LOG = logging.getLogger("posture.qt")


def _qt_message(mode: object, context: object, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    # Offscreen and headless runs make Qt and Chromium warn about GL, size hints and the like:
    # kept for --verbose, never on stderr when a command succeeds.
    if mode in (QtMsgType.QtFatalMsg, QtMsgType.QtCriticalMsg):
        _QT_LOG.warning("Qt: %s", message)
    else:
        _QT_LOG.debug("Qt: %s", message)


def install_qt_message_handler() -> None:
    """Qt's messages go to the ``posture.qt`` logger (see desktop/clihelp.py), not straight to stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_qt_message)


def create_application() -> object:
    """The QApplication, created once with the ``app://`` scheme registered before it."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.web import register_scheme

    app = QApplication.instance()
    if app is None:
        install_qt_message_handler()
        register_scheme()
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Posture")
        app.setOrganizationName("Posture")
        app.setApplicationDisplayName("Posture")
    return app


def run_gui(args: argparse.Namespace) -> int:
    """Open the window, or with ``--screenshot`` render it off screen and save a PNG."""
    logging.basicConfig(level=logging.WARNING, format="posture: %(levelname)s %(name)s: %(message)s")
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        from desktop.fileio import FileRefused, check_output

        try:
            check_output(screenshot)  # before the window starts: the library, a folder, a device…
        except FileRefused as e:
            raise UsageError(str(e)) from None
    batch = getattr(args, "command", None) in ("print", "compare", "export")  # prints need no display
    configure_environment(offscreen=(bool(screenshot) or batch) and not os.environ.get("POSTURE_SCREENSHOT_ON_SCREEN"))
    create_application()
    from desktop.ui.language import apply_language

    apply_language(getattr(args, "lang", None))
    if batch and args.command == "compare":
        from desktop.ui.compareprint import run_compare_pdf

        return run_compare_pdf(args)
    if batch and args.command == "export":  # export --format png: the print sheet as a picture
        from desktop.ui.printing import run_png_export

        return run_png_export(args)
    if batch:
        from desktop.ui.printing import run_print_command

        return run_print_command(args)
    started = start_window(args, interactive=not screenshot)
    if isinstance(started, int):
        return started
    win, cleanup = started
    try:
        if screenshot:
            size = parse_size(getattr(args, "size", "1600x1000"))
            return EXIT_OK if win.save_screenshot(Path(screenshot), size) else EXIT_BAD_INPUT
        win.show()
        from PySide6.QtWidgets import QApplication

        return int(QApplication.exec())
    finally:
        cleanup()


def start_window(args: argparse.Namespace, interactive: bool) -> tuple[Any, Callable[[], None]] | int:
    """The main window on the plan ``args`` asks for (not shown yet) and the function that closes
    it, or an exit status. The map page starts loading first, while the library is read."""
    import shiboken6

    from desktop.ui.mapview import MapView

    early_map = MapView()
    # Chromium lays the page out at the size the view has when it starts loading, until the
    # window is shown (and only later at the view's real size): at the size the map gets in a
    # window of the default 1600 x 1000 (the screenshot's, the bench's), it lays out once.
    early_map.resize(918, 929)
    early_map.load_page()
    # Chromium's browser side and the app:// scheme handler run on this thread: the heavy pure
    # modules load on another thread while this one serves the page its files.
    import_while_page_loads(HEAVY_MODULES)
    from desktop.ui.mainwindow import MainWindow

    plan_ref = getattr(args, "plan", None)
    scratch: tempfile.TemporaryDirectory[str] | None = None
    try:
        if plan_ref and looks_like_file(plan_ref) and Path(plan_ref).is_file() and getattr(args, "screenshot", None):
            # A plan file is read without being added: show it from a scratch library.
            from desktop.planfile import read_plan_file

            scratch = tempfile.TemporaryDirectory(prefix="posture-shot-")
            library = Library(Path(scratch.name) / "scratch.sqlite")
            plan = library.load_plan(library.add_plan(read_plan_file(plan_ref)))
        else:
            opened = open_library_and_plan(db_path(args), plan_ref, interactive=interactive)
            if opened is None:
                early_map.shutdown()
                shiboken6.delete(early_map)
                return EXIT_BAD_INPUT
            library, plan = opened
    except BaseException:
        early_map.shutdown()
        shiboken6.delete(early_map)
        raise

    win = MainWindow(library, plan, map_view=early_map)
    from desktop.ui.basemapui import restore

    override = getattr(args, "basemap", None)
    error = restore(win, override, interactive=interactive)
    if error and override and not interactive:  # --screenshot --basemap BAD: bad input, nothing written
        print(f"posture: {error}", file=sys.stderr)
        win.shutdown()
        shiboken6.delete(win)
        library.close()
        if scratch is not None:
            scratch.cleanup()
        return EXIT_BAD_INPUT
    if error and not interactive:
        log.warning("%s (the built-in base map is shown)", error)

    def cleanup() -> None:
        win.shutdown()
        shiboken6.delete(win)  # page, then view and window, before the QApplication goes
        library.close()
        if scratch is not None:
            scratch.cleanup()

    return win, cleanup


#: Modules the window needs before its first frame, the slowest to import (the library's, the
#: window's own: classes only, no widget is made): imported by :func:`import_while_page_loads`.
#: The principles engine, numpy and shapely under the geo data, search, measuring and packages
#: are not among them: nothing in the first frame needs them; they load where they are first
#: used, once it is drawn (the first analysis; tests/ui/test_start_imports.py).
HEAVY_MODULES = (
    "desktop.planfile",
    "desktop.library",
    "mgrs",
    "desktop.ui.mainwindow",
)


def import_while_page_loads(names: tuple[str, ...]) -> None:
    """Import ``names`` on a worker thread while this (the GUI) thread runs Qt's event loop.

    Chromium's browser side and the ``app://`` scheme handler live on the GUI thread: while it
    imports, the page waits for its files. Here the page loads and draws its base map as the
    modules load (two cores: Python on one, Chromium's renderer on the other). This thread
    imports nothing meanwhile, so no module is ever imported by two threads at once; a module
    that fails to import here is imported again (and fails loudly) where it is used.
    """
    import importlib
    import threading

    from PySide6.QtCore import QEventLoop, QTimer

    def work() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # imported again, with its error, where it is used
                log.debug("could not import %s ahead", name, exc_info=True)

    worker = threading.Thread(target=work, name="posture-imports", daemon=True)
    worker.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
    worker.join()


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x", 1))
    except ValueError:
        raise UsageError(translate("App", "--size must look like 1600x1000, got “{text}”").format(text=text)) from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise UsageError(translate("App", "--size {text} is out of range (320x240 to 8000x8000)").format(text=text))
    return w, h


def open_library_and_plan(path: Path, plan_ref: str | None, interactive: bool) -> tuple[Library, Plan] | None:
    """The library and the plan to show. A library that opens but whose plan cannot be read
    (damage found only when loading) is treated like one that cannot be opened: say why and
    offer another library. None when the planner gives up."""
    while True:
        library = open_library_interactively(path, interactive)
        if library is None:
            return None
        try:
            if plan_ref and looks_like_file(plan_ref):
                try:  # a name that is also a path is found by name in the library first (cli.md)
                    return library, choose_plan(library, plan_ref)
                except PlanNotFound:
                    from desktop.planfile import read_plan_file

                    return library, library.load_plan(library.add_plan(read_plan_file(plan_ref)))
            return library, choose_plan(library, plan_ref)
        except PlanNotFound:
            library.close()
            raise  # the planner asked for a plan that is not there: a usage error, not damage
        except LibraryError as e:
            library.close()
            other = _another_library(e, library.path, interactive)
            if other is None:
                return None
            path = other


def open_library_interactively(path: Path, interactive: bool) -> Library | None:
    """Open the library; when it cannot be used, say why and offer to open another one."""
    while True:
        try:
            return Library(path)
        except LibraryError as e:
            other = _another_library(e, path, interactive)
            if other is None:
                return None
            path = other


def _another_library(error: LibraryError, path: Path, interactive: bool) -> Path | None:
    """The library the planner picks instead of ``path`` (None: gives up); raises when no one can be asked."""
    if not interactive:
        raise error
    from desktop.ui.dialogs import ask_other_library

    return ask_other_library(str(error), path)
