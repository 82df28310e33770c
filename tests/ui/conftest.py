"""Fixtures for tests that drive the real window and its real QWebEngineView page, headless.

The environment (offscreen platform, Chromium flags, the app:// scheme) is set up here, at
import, before pytest-qt creates the QApplication. Every window test fails on any JavaScript
error on the page, and the session fails if any page made a non-local request.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.ui.app import configure_environment

configure_environment(offscreen=os.environ["QT_QPA_PLATFORM"] == "offscreen")

from desktop.ui import web  # noqa: E402

web.register_scheme()

from db import Library  # noqa: E402
from desktop.model import Plan  # noqa: E402
from desktop.sample import ensure_sample  # noqa: E402

RENDER_TIMEOUT_MS = 30_000


@pytest.fixture(scope="session", autouse=True)
def no_network_in_the_whole_session() -> Iterator[None]:
    """Across every window and page of the run, the interceptor must see no non-local request."""
    yield
    assert web.SESSION_REMOTE == [], f"non-local requests: {web.SESSION_REMOTE[:5]}"


@pytest.fixture(autouse=True)
def no_modal_dialogs(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[list[tuple[str, str]]]:
    """A modal dialog would wait for a user forever: fail instead (tests patch the ones they expect).

    Error dialogs (``desktop.ui.dialogs.show_error``, under whatever name a module imported it)
    are recorded instead of shown, and the test FAILS when one was shown that it did not expect;
    a test that expects some takes the :func:`error_dialogs` fixture (the list) and checks it.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop.ui import dialogs

    def refuse(self: QDialog) -> int:
        raise AssertionError(f"unexpected modal dialog {self.windowTitle()!r}: {getattr(self, 'text', lambda: '')()}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    shown: list[tuple[str, str]] = []

    def record(parent: object, title: str, text: str) -> None:
        shown.append((title, text))

    original = dialogs.show_error
    for name, module in list(sys.modules.items()):
        if name.startswith("desktop.ui") and getattr(module, "show_error", None) is original:
            monkeypatch.setattr(module, "show_error", record)
    yield shown
    if shown and "error_dialogs" not in request.fixturenames:
        pytest.fail(f"unexpected error dialog(s) shown: {shown}")


@pytest.fixture
def error_dialogs(no_modal_dialogs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The error dialogs (title, text) the window showed during the test: it expects some."""
    return no_modal_dialogs


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def ui_library(db_file: Path) -> Iterator[Library]:
    lib = Library(db_file)
    yield lib
    lib.close()


def open_window(qtbot, library: Library, plan: Plan | None = None, size: tuple[int, int] = (1400, 900)):  # type: ignore[no-untyped-def]
    """A real MainWindow on ``plan`` (default: the sample), shown, with its plan drawn."""
    from desktop.ui.mainwindow import MainWindow

    if plan is None:
        pid = ensure_sample(library) or library.list_plans()[0].id
        plan = library.load_plan(pid)
    win = MainWindow(library, plan)  # not qtbot.addWidget: close_window deletes it in the right order
    try:
        with qtbot.waitSignal(win.controller.rendered, timeout=RENDER_TIMEOUT_MS):
            win.resize(*size)
            win.show()
        # the principles engine loads and gives its first findings right after the map is drawn
        qtbot.waitUntil(lambda: win.analyzer is not None and win.analyzer.latest is not None, timeout=RENDER_TIMEOUT_MS)
    except BaseException:
        # A window that did not come up must not outlive its test: its timers would go on
        # reading a library the fixtures close, and fail every later test.
        _discard(win)
        raise
    qtbot.wait(150)  # let Chromium finish the first layout before synthetic input reaches it
    return win


def _discard(win) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    win.shutdown()
    win.close()
    shiboken6.delete(win)


def close_window(win) -> None:  # type: ignore[no-untyped-def]
    """Check the page logged no JavaScript error, then delete page, view and window, in that order."""
    import shiboken6

    errors = win.map.console_errors()
    win.shutdown()
    win.close()
    shiboken6.delete(win)
    assert errors == [], f"JavaScript errors on the page: {errors}"


@pytest.fixture
def window(qtbot, ui_library: Library):  # type: ignore[no-untyped-def]
    win = open_window(qtbot, ui_library)
    yield win
    close_window(win)


def js(qtbot, win, expr: str):  # type: ignore[no-untyped-def]
    """Evaluate ``expr`` in the page and return its JSON-decoded value (stack.md: always stringify)."""
    import json

    with qtbot.waitCallback(timeout=10_000) as cb:
        win.map.page().runJavaScript(f"JSON.stringify((function(){{ return {expr}; }})())", 0, cb)
    raw = cb.args[0]
    return None if raw in (None, "") else json.loads(raw)
