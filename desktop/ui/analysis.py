"""Runs the principles engine after every change and publishes findings and figures.

Evaluation is deferred to the next turn of the event loop, so a burst of changes (an undo of
many steps, a paste) is evaluated once, and the map is updated before the rules run. It runs on
the GUI thread: measured, a worker thread was slower (the engine is Python and numpy under the
GIL, so a thread only adds contention) while the drag itself lives in Chromium's renderer and is
never blocked. The findings and the figures share one engine context (one pass over the plan).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.doctrine import Finding, without_us
from desktop.doctrine.engine import context, evaluate_context
from desktop.doctrine.metrics import context_metrics
from desktop.model import Plan
from desktop.ui.document import Change, PlanDocument

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Analysis:
    """Findings and figures of one plan snapshot, as evaluated."""

    plan: Plan  # what was evaluated (the plan without US units when ``without_us``)
    findings: tuple[Finding, ...]
    metrics: dict[str, Any]
    without_us: bool
    seconds: float

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


def analyse(plan: Plan, exclude_us: bool) -> Analysis:
    """Evaluate ``plan`` under its own profile and phase (pure)."""
    t0 = time.perf_counter()
    target = without_us(plan) if exclude_us else plan
    ctx = context(target)
    findings = tuple(evaluate_context(ctx))
    figures = context_metrics(ctx)
    return Analysis(target, findings, figures, exclude_us, time.perf_counter() - t0)


class Analyzer(QObject):
    """Observes the document; ``updated`` carries the newest :class:`Analysis`."""

    updated = Signal(object)

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.exclude_us = False
        self.latest: Analysis | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.evaluate_now)
        doc.changed.connect(self._on_change)
        # No evaluation yet: the window asks for the first one once the map is drawn.

    def _on_change(self, _change: Change) -> None:
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
        try:
            result = analyse(self.doc.plan, self.exclude_us)
        except Exception:  # a bug in a rule must not take the window down
            log.exception("the principles engine failed")
            return None
        self.latest = result
        self.updated.emit(result)
        return result

    def shutdown(self) -> None:
        self._timer.stop()
