"""A planner's own templates: a placed unit saved as a palette entry (kind, symbol code,
strength and equipment figures; never its position, name of a place or commander), kept in the
library's settings and checked when read back (a damaged entry is skipped, never trusted).
Pure: no Qt."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

from desktop import catalogue, sidc, symbols
from desktop.catalogue import Template
from desktop.model import UNIT_KINDS, UNIT_SPECS, Unit

log = logging.getLogger(__name__)

#: The library setting holding them (a JSON list).
SETTING = "user_templates"
PREFIX = "user."
MAX_LABEL = 80
MAX_TEMPLATES = 200
#: Unit fields a template carries (what the unit *is*, not where it stands or whom it serves).
CARRIED = ("strength", "roles", "system", "range_km", "aircraft", "generation", "count", "ships")


def from_unit(unit: Unit, label: str, taken: Iterable[str] = ()) -> Template:
    """A template made from ``unit``, named ``label`` (an id not among ``taken``)."""
    label = " ".join(label.split())[:MAX_LABEL]
    if not label:
        raise ValueError("a template needs a name")
    base = PREFIX + (re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "template")
    used, tid, n = set(taken), base, 1
    while tid in used:
        n += 1
        tid = f"{base}_{n}"
    defaults: dict[str, Any] = {}
    for name in CARRIED:
        value = getattr(unit, name)
        if value not in (None, (), ""):
            defaults[name] = list(value) if isinstance(value, tuple) else value
    return Template(tid, unit.kind, label, symbols.sidc_of(unit), defaults)


def to_json(t: Template) -> dict[str, Any]:
    return {"id": t.id, "kind": t.kind, "label": t.label, "sidc": t.sidc, **t.defaults}


def _valid_default(name: str, value: Any) -> bool:
    spec = UNIT_SPECS[name]
    if name == "roles":
        return isinstance(value, list) and all(isinstance(r, str) and r.strip() for r in value)
    if not spec.has_type(value) or isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return spec.bound_problem(value) is None
    return isinstance(value, str) and len(value) <= 200


def parse(value: Any) -> list[Template]:
    """The templates in a stored setting; entries that are not well formed are left out (logged)."""
    out: list[Template] = []
    seen: set[str] = set()
    for i, row in enumerate(value if isinstance(value, list) else []):
        if len(out) >= MAX_TEMPLATES:
            break
        ok = (
            isinstance(row, dict)
            and isinstance(row.get("id"), str) and row["id"].startswith(PREFIX) and row["id"] not in seen
            and row.get("kind") in UNIT_KINDS
            and isinstance(row.get("label"), str) and 0 < len(row["label"].strip()) <= MAX_LABEL
            and isinstance(row.get("sidc"), str) and sidc.problem(row["sidc"]) is None
            and all(k in {"id", "kind", "label", "sidc", *CARRIED} for k in row)
            and all(_valid_default(k, row[k]) for k in CARRIED if k in row)
        )  # fmt: skip
        if not ok:
            log.warning("user template #%d is not well formed: left out", i + 1)
            continue
        seen.add(row["id"])
        defaults = {k: row[k] for k in CARRIED if k in row}
        out.append(Template(row["id"], row["kind"], row["label"].strip(), row["sidc"], defaults))
    return out


def install(templates: Iterable[Template]) -> None:
    """Make these the user templates the palette, the map and the commands offer."""
    catalogue.set_user_templates(tuple(templates))
