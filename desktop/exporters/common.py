"""What every export format shares: errors, progress and cancelling, clean text, unit fields.

Pure: no Qt, no files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from desktop import catalogue
from desktop.model import UNIT_SPECS, UNIT_TABLE, FieldSpec, Plan, Unit

#: ``progress(done, total)``; returning False asks the export to stop (nothing is written).
ProgressCallback = Callable[[int, int], bool]

#: Calls of the progress callback per export, at most (plus the first and the last).
PROGRESS_CALLS = 100


class ExportError(Exception):
    """A plan could not be exported (unknown or unavailable format, unwritable file)."""


class ExportCancelled(ExportError):
    """The planner cancelled the export through the progress callback; nothing was written."""


class Progress:
    """Counts work steps and reports them to an optional :data:`ProgressCallback`.

    :meth:`advance` calls the callback at most about :data:`PROGRESS_CALLS` times per export
    (always on the first and the last step) and raises :class:`ExportCancelled` as soon as the
    callback returns False. Writers call :meth:`check` once more right before writing, so a
    cancel never leaves a file.
    """

    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self.callback = callback
        self.total = max(1, int(total))
        self.done = 0
        self._next = 0
        self._step = max(1, self.total // PROGRESS_CALLS)

    def advance(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        if self.done >= self._next or self.done == self.total:
            self._next = self.done + self._step
            self.check()

    def check(self) -> None:
        """Report where the export is; raise :class:`ExportCancelled` when asked to stop."""
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ExportCancelled("export cancelled; nothing was written")

    def finish(self) -> None:
        self.done = self.total
        self.check()


# -- text --------------------------------------------------------------------------------------

#: Characters XML 1.0 does not allow (C0 controls but tab, LF, CR; U+FFFE/U+FFFF) and lone
#: surrogates (which no UTF-8 encoder accepts).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: object) -> str:
    """``value`` as text that every format can carry: characters XML 1.0 forbids and lone
    surrogates become U+FFFD. Markup is NOT escaped here: each format escapes for itself."""
    return _NOT_XML.sub("\ufffd", str(value))


def fmt_number(value: float | int | None) -> str:
    """A figure as a planner reads it: ``5000``, ``4.5``, ``100``; empty for None."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fmt_coord(value: float) -> str:
    """A longitude or latitude in a KML/GeoJSON file: at most 6 decimals (about 10 cm)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def kind_label(kind: str) -> str:
    """The catalogue's label of a unit kind ("Air-defence battery")."""
    info = catalogue.kinds().get(kind)
    return str(info["label"]) if info else kind


def nation_status(code: str) -> str:
    """The one doctrine group a nation is listed under in a ledger: ``core``, ``excluded``,
    ``neutral``, ``eligible`` or ``non-allied`` (doctrine.md, "Nation groups")."""
    for group in ("core", "excluded", "neutral", "eligible"):
        if catalogue.in_group(code, group):
            return group
    return "non-allied"


def field_text(spec: FieldSpec, value: Any) -> str:
    """A unit field's value as raw text (``5000``, ``4.5``, ``ceasefire, settlement``); empty
    when unset. The caller escapes for its format."""
    if value is None or value == "":
        return ""
    if spec.type is tuple:
        return ", ".join(clean_text(v) for v in value)
    if spec.type is dict:
        return clean_text(json.dumps(spec.to_json(value), ensure_ascii=False, sort_keys=True))
    if spec.type in (int, float):
        return fmt_number(value)
    return clean_text(value)


#: Fields :func:`unit_fields` states in its first lines, in its own words.
_HEAD_FIELDS = ("name", "kind", "nation")


def unit_fields(unit: Unit) -> list[tuple[str, str, str]]:
    """Every field of a unit worth showing, as ``(key, label, text)``, in the field table's order
    (:data:`~desktop.model.UNIT_TABLE`); values are raw text (the caller escapes for its format).
    Empty fields are left out, but those with an ``empty_text`` ("all phases")."""
    rows: list[tuple[str, str, str]] = [
        ("name", UNIT_SPECS["name"].title, clean_text(unit.label())),
        ("kind", UNIT_SPECS["kind"].title, f"{kind_label(unit.kind)} ({unit.kind})"),
        ("nation", UNIT_SPECS["nation"].title, f"{catalogue.nation_name(unit.nation)} ({unit.nation})"),
    ]
    for spec in UNIT_TABLE:
        if spec.name in _HEAD_FIELDS or not spec.shown:
            continue
        text = field_text(spec, getattr(unit, spec.name)) or spec.empty_text
        if text:
            rows.append((spec.name, spec.title, text))
    return rows


def plan_fields(plan: Plan, troops: int, released: bool) -> list[tuple[str, str]]:
    """The plan-level lines every format states: ``(label, text)``, raw text; in release mode the
    mandate and US support are withheld."""
    withheld = ""
    if released:
        from desktop.release import WITHHELD as withheld
    rows = [
        ("Plan", clean_text(plan.name)),
        ("Classification", clean_text(plan.classification) or "no classification marking set"),
        ("Profile", plan.profile),
        ("Phase", plan.phase),
        ("Mandate", withheld or plan.mandate),
        ("US support", withheld or plan.us_support),
        ("Units", str(len(plan.units))),
        ("Troops in the phase", f"{troops:,}"),
    ]
    if released:
        from desktop.release import FINDINGS_WITHHELD, release_note

        rows.append(("Release", release_note()))
        rows.append(("Findings", FINDINGS_WITHHELD))
    return rows
