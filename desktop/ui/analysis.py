"""Runs the principles engine after every change and publishes findings and figures.

Evaluation is deferred to the next turn of the event loop, so a burst of changes (an undo of
many steps, a paste) is evaluated once, and the map is updated before the rules run. It runs on
the GUI thread: measured, a worker thread was slower (the engine is Python and numpy under the
GIL, so a thread only adds contention) while the drag itself lives in Chromium's renderer and is
never blocked. The findings and the figures share one engine context (one pass over the plan):
:func:`desktop.doctrine.report.analyse`, which ``check`` and the print sheet use too. After an edit
the :class:`~desktop.doctrine.incremental.Engine` patches the last evaluation with the units the
edit touched (the same result as a full evaluation, which a new plan or another view still gets).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.doctrine.incremental import Engine
from desktop.doctrine.report import Analysis, analyse
from desktop.ui.document import Change, PlanDocument

__all__ = ["Analysis", "Analyzer", "analyse"]  # Analysis and analyse live in desktop/doctrine/report.py

log = logging.getLogger(__name__)


class Analyzer(QObject):
    """Observes the document; ``updated`` carries the newest :class:`Analysis`."""

    updated = Signal(object)

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.exclude_us = False
        self.latest: Analysis | None = None
        # An edit re-evaluates only what it can change (desktop/doctrine/incremental.py); the
        # ids touched since the last evaluation, None when unknown (a new plan, another view).
        self.engine = Engine()
        self._touched: set[str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.evaluate_now)
        doc.changed.connect(self._on_change)
        # No evaluation yet: the window asks for the first one once the map is drawn.

    def _on_change(self, change: Change) -> None:
        if change.reset or change.view:
            self._touched = None
        elif self._touched is not None:
            self._touched |= change.units | change.removed
        self.refresh()

    def set_without_us(self, on: bool) -> None:
        if on != self.exclude_us:
            self.exclude_us = on
            self.refresh()

    def refresh(self) -> None:
        """Evaluate the current plan at the next turn of the event loop (bursts coalesce)."""
        if not self._timer.isActive():
            self._timer.start()

    def evaluate_now(self) -> Analysis | None:
        """Evaluate and publish now (print, export, tests); None if the engine failed."""
        self._timer.stop()
        touched, self._touched = self._touched, set()
        try:
            result = self.engine.analyse(self.doc.viewed, self.exclude_us, touched)  # the profile and phase viewed
        except Exception:  # a bug in a rule must not take the window down
            log.exception("the principles engine failed")
            self.engine.reset()
            self._touched = None
            return None
        self.latest = result
        self.updated.emit(result)
        return result

    def shutdown(self) -> None:
        self._timer.stop()
