"""Undo commands: one small class per kind of edit, each a thin shell around a pure Delta.

``first_apply`` commits the edit when it is made (so a failure to save is reported and the
command never reaches the stack); after that ``redo``/``undo`` apply the delta or its inverse.
Moves of the same units merge while the planner keeps nudging them (QGIS-style ``mergeWith``).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop import edits, orbat
from desktop.edits import Delta
from desktop.i18n import format_number, translate
from desktop.model import Contribution, Geometry, Unit
from desktop.ui.document import PlanDocument

MERGE_SECONDS = 1.5


class PlanCommand(QUndoCommand):
    """An edit of the open plan."""

    def __init__(self, doc: PlanDocument, delta: Delta, text: str, source: object | None = None) -> None:
        super().__init__(text)
        self.doc = doc
        self.delta = delta
        self.inverse = delta.inverse(doc.plan)
        self.source = source
        self._applied = False

    def first_apply(self) -> None:
        self.doc.apply(self.delta, self.source)
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo; the edit is already committed
            self._applied = False
            return
        self.doc.apply(self.delta)

    def undo(self) -> None:
        self.doc.apply(self.inverse)


class AddUnits(PlanCommand):
    def __init__(self, doc: PlanDocument, units: Iterable[Unit], source: object | None = None) -> None:
        units = list(units)
        if len(units) == 1:
            text = translate("Commands", "Add {unit}").format(unit=units[0].label())
        else:
            text = translate("Commands", "Add %n unit(s)", None, len(units))
        super().__init__(doc, edits.add_units(doc.plan, units), text, source)


class MoveUnit(PlanCommand):
    """Move one unit; successive moves of the same unit within a moment are one undo step."""

    ID = 1001

    def __init__(self, doc: PlanDocument, unit_id: str, lon: float, lat: float, source: object | None = None) -> None:
        super().__init__(
            doc,
            edits.move_unit(doc.plan, unit_id, lon, lat),
            translate("Commands", "Move {unit}").format(unit=doc.plan.unit(unit_id).label()),
            source,
        )
        self.unit_id = unit_id
        self.when = time.monotonic()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveUnit) or other.unit_id != self.unit_id:
            return False
        if other.when - self.when > MERGE_SECONDS:
            return False
        self.delta = other.delta  # keep our inverse: undo goes back to where the drag began
        self.when = other.when
        return True


class EditUnit(PlanCommand):
    def __init__(self, doc: PlanDocument, unit: Unit, text: str | None = None, source: object | None = None) -> None:
        text = text or translate("Commands", "Edit {unit}").format(unit=unit.label())
        super().__init__(doc, edits.update_units([unit]), text, source)


class ReshapeUnit(PlanCommand):
    def __init__(self, doc: PlanDocument, unit_id: str, geometry: Geometry, text: str) -> None:
        super().__init__(doc, edits.reshape_unit(doc.plan, unit_id, geometry), text)


class RemoveUnits(PlanCommand):
    def __init__(self, doc: PlanDocument, unit_ids: Iterable[str], source: object | None = None) -> None:
        ids = [i for i in dict.fromkeys(unit_ids) if doc.plan.has_unit(i)]
        if len(ids) == 1:
            text = translate("Commands", "Delete {unit}").format(unit=doc.plan.unit(ids[0]).label())
        else:
            text = translate("Commands", "Delete %n unit(s)", None, len(ids))
        # The units a deleted commander led now report to the next commander up (orbat).
        repointed = orbat.repointed_after_removal(doc.plan, ids)
        delta = edits.remove_units(ids)
        if repointed:
            delta = Delta(put=tuple((0, u) for u in repointed), remove=delta.remove)
        super().__init__(doc, delta, text, source)


class SetPlanFields(PlanCommand):
    """Profile, phase, mandate, US support, classification, name, priority sites…"""

    def __init__(self, doc: PlanDocument, text: str, **fields: Any) -> None:
        super().__init__(doc, edits.set_fields(**fields), text)


class SetParameter(PlanCommand):
    def __init__(self, doc: PlanDocument, name: str, value: float | None) -> None:
        if value is None:
            text = translate("Commands", "Set {name} to the profile's default").format(name=_parameter_label(name))
        else:
            number = format_number(value, 0 if float(value).is_integer() else 1)
            text = translate("Commands", "Set {name} to {value}").format(name=_parameter_label(name), value=number)
        super().__init__(doc, edits.set_parameter(doc.plan, name, value), text)


class SetGeometry(PlanCommand):
    def __init__(self, doc: PlanDocument, kind: str, geometry: Geometry | None) -> None:
        texts = {
            ("contact_line", False): translate("Commands", "Clear the contact line"),
            ("contact_line", True): translate("Commands", "Draw the contact line"),
            ("occupied_area", False): translate("Commands", "Clear the occupied area"),
            ("occupied_area", True): translate("Commands", "Draw the occupied area"),
        }
        text = texts.get((kind, geometry is not None), kind)
        super().__init__(doc, edits.set_geometry(doc.plan, kind, geometry), text)


class SetContributions(PlanCommand):
    def __init__(self, doc: PlanDocument, contributions: Iterable[Contribution], text: str) -> None:
        super().__init__(doc, edits.set_contributions(contributions), text)


def _parameter_label(name: str) -> str:
    """A parameter of the rules by its label in the window's language (desktop/doctrine/params.py)."""
    from desktop.doctrine import DEFAULT_PARAMETERS

    p = DEFAULT_PARAMETERS["ecfr"].get(name)
    return translate("Doctrine", p.label) if p is not None else name
