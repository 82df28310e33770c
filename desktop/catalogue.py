"""The product's catalogues: nations and their groups, unit kinds and palette templates.

Loaded once from ``desktop/resources/{nations,catalogue}.json``; pure, no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent / "resources"

#: Identity digit (SIDC position 4) used for every symbol: friend. Excluded nations are still
#: drawn as friend-framed but flagged by the rules; identity is the planner's view, not a verdict.
FRIEND = "3"


@dataclass(frozen=True)
class Nation:
    code: str
    name: str
    groups: frozenset[str] = frozenset()

    @property
    def eligible(self) -> bool:
        return "eligible" in self.groups

    @property
    def excluded(self) -> bool:
        return "excluded" in self.groups


@dataclass(frozen=True)
class Template:
    """One palette entry: a unit kind with defaults."""

    id: str
    kind: str
    label: str
    sidc: str
    defaults: dict[str, Any] = field(default_factory=dict)

    def unit_values(self) -> dict[str, Any]:
        """The :class:`~desktop.model.Unit` fields a unit made from this template starts with."""
        d = self.defaults
        return {
            "kind": self.kind,
            "strength": int(d.get("strength", 0)),
            "roles": tuple(d.get("roles", ())),
            "sidc": self.sidc,
            **{key: d.get(key) for key in ("system", "range_km", "aircraft", "generation", "count", "ships")},
        }


@cache
def _nations_doc() -> dict[str, Any]:
    return json.loads((RESOURCES / "nations.json").read_text(encoding="utf-8"))


@cache
def _catalogue_doc() -> dict[str, Any]:
    return json.loads((RESOURCES / "catalogue.json").read_text(encoding="utf-8"))


@cache
def nation_groups() -> dict[str, frozenset[str]]:
    """Group name -> set of ISO codes (core, excluded, eligible, neutral, black_sea_nato, …)."""
    return {k: frozenset(v) for k, v in _nations_doc()["groups"].items()}


@cache
def nations() -> dict[str, Nation]:
    """ISO 3166-1 alpha-2 code -> :class:`Nation`, every code the product accepts."""
    groups = nation_groups()
    out: dict[str, Nation] = {}
    for row in _nations_doc()["nations"]:
        code = row["code"]
        out[code] = Nation(code, row["name"], frozenset(g for g, m in groups.items() if code in m))
    return out


def is_nation_code(code: object) -> bool:
    return isinstance(code, str) and code in nations()


def nation_name(code: str) -> str:
    n = nations().get(code)
    return n.name if n else code


def in_group(code: str, group: str) -> bool:
    return code in nation_groups().get(group, frozenset())


@cache
def kinds() -> dict[str, dict[str, Any]]:
    """Unit kind -> {label, sidc, abbr}."""
    return dict(_catalogue_doc()["kinds"])


@cache
def templates() -> tuple[Template, ...]:
    out = []
    kind_info = kinds()
    for row in _catalogue_doc()["templates"]:
        defaults = {k: v for k, v in row.items() if k not in {"id", "kind", "label", "sidc"}}
        out.append(
            Template(row["id"], row["kind"], row["label"], row.get("sidc") or kind_info[row["kind"]]["sidc"], defaults)
        )
    return tuple(out)


#: The planner's own templates (desktop/usertemplates.py), after the catalogue's.
_user_templates: tuple[Template, ...] = ()


def set_user_templates(user: tuple[Template, ...]) -> None:
    global _user_templates
    _user_templates = tuple(user)


def user_templates() -> tuple[Template, ...]:
    return _user_templates


def all_templates() -> tuple[Template, ...]:
    """The catalogue's templates, then the planner's own."""
    return templates() + _user_templates


def template(template_id: str) -> Template:
    for t in all_templates():
        if t.id == template_id:
            return t
    raise KeyError(template_id)


def default_sidc(kind: str) -> str:
    """The APP-6D code the product draws for a unit of this kind when the plan gives none."""
    return kinds()[kind]["sidc"]
