"""Runs the principles engine after every change, off the GUI thread, and publishes the result.

The engine is pure and the plan immutable, so a worker thread can evaluate a snapshot while the
planner keeps dragging; only the newest result is published (older ones are dropped).
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.doctrine import Finding, evaluate, metrics, without_us
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
    generation: int

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


def analyse(plan: Plan, exclude_us: bool, generation: int = 0) -> Analysis:
    """Evaluate ``plan`` under its own profile and phase (pure; runs in the worker)."""
    t0 = time.perf_counter()
    target = without_us(plan) if exclude_us else plan
    findings = tuple(evaluate(target))
    figures = metrics(target)
    return Analysis(target, findings, figures, exclude_us, time.perf_counter() - t0, generation)


class Analyzer(QObject):
    """Observes the document; ``updated`` carries the newest :class:`Analysis`."""

    updated = Signal(object)
    _done = Signal(object)  # from the worker thread; queued to the GUI thread

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.exclude_us = False
        self.latest: Analysis | None = None
        self._generation = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="posture-rules")
        self._done.connect(self._publish)
        doc.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        self.refresh()

    def set_without_us(self, on: bool) -> None:
        if on != self.exclude_us:
            self.exclude_us = on
            self.refresh()

    def refresh(self) -> None:
        """Evaluate the current plan in the background."""
        self._generation += 1
        gen, plan, exclude = self._generation, self.doc.plan, self.exclude_us
        future = self._pool.submit(analyse, plan, exclude, gen)
        future.add_done_callback(self._finished)

    def evaluate_now(self) -> Analysis:
        """Evaluate synchronously (print, export, tests) and publish."""
        self._generation += 1
        result = analyse(self.doc.plan, self.exclude_us, self._generation)
        self._publish(result)
        return result

    def _finished(self, future: Future[Analysis]) -> None:
        try:
            result = future.result()
        except Exception:  # a bug in a rule must not take the window down
            log.exception("the principles engine failed")
            return
        self._done.emit(result)

    def _publish(self, result: Analysis) -> None:
        if result.generation < self._generation and self.latest is not None:
            return  # a newer evaluation is on its way
        self.latest = result
        self.updated.emit(result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
