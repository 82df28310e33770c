"""Running totals of a plan kept up to date by the units an edit touched (no walk over the plan).

The window's title shows the troops listed in the viewed phase; summing 10,000 units on every
drag cost more than the drag itself, so the sum is kept per unit and adjusted by the ids a change
names. Pure (no Qt).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.model import Plan


class PhaseStrength:
    """The summed ``strength`` of the plan's units listed in a phase."""

    def __init__(self) -> None:
        self._phase: str | None = None
        self._by_id: dict[str, int] = {}
        self._total = 0

    def total(self, plan: Plan, phase: str, touched: Iterable[str] | None = None) -> int:
        """The sum for ``plan`` in ``phase``; ``touched``: the ids changed (added, edited or
        removed) since the previous call, None for a new plan (counted afresh)."""
        if touched is None or phase != self._phase:
            self._by_id = {u.id: u.strength for u in plan.units if u.in_phase(phase)}
            self._total = sum(self._by_id.values())
            self._phase = phase
            return self._total
        for uid in touched:
            self._total -= self._by_id.pop(uid, 0)
            if plan.has_unit(uid):
                u = plan.unit(uid)
                if u.in_phase(phase):
                    self._by_id[uid] = u.strength
                    self._total += u.strength
        return self._total
