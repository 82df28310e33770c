"""The open plan and the library it lives in: each edit committed before it is shown.

:class:`PlanSession` applies a :class:`~desktop.edits.Delta` by committing it to SQLite first
(one transaction, :meth:`db.store.Library.save_changes`) and only then making it the current
plan, so that nothing shown as done can be lost. The window's document (``desktop/ui/document.py``)
and the crash-safety tests both go through here. No Qt.
"""

from __future__ import annotations

from db.store import Library
from desktop.edits import Delta
from desktop.model import Plan


class PlanSession:
    """The open plan and the library it lives in. Every :meth:`apply` is one committed transaction."""

    def __init__(self, library: Library, plan: Plan) -> None:
        if plan.id is None:
            raise ValueError("a session needs a plan stored in the library")
        self.library = library
        self.plan = plan

    @property
    def plan_id(self) -> int:
        assert self.plan.id is not None
        return self.plan.id

    def apply(self, delta: Delta) -> Plan:
        """Commit ``delta`` to the library, then make it the current plan; returns the new plan.

        If the commit fails (disk full, read-only, …) the library's error propagates and the
        current plan is unchanged.
        """
        new = delta.apply(self.plan)
        self.library.save_changes(self.plan_id, self.plan, new)
        self.plan = new
        return new

    def reload(self) -> Plan:
        """Read the plan again from the library (another process may have changed it)."""
        self.plan = self.library.load_plan(self.plan_id)
        return self.plan
