"""How findings name things: nations, units, lists and numbers, in plain English."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.catalogue import kinds, nation_name
from desktop.model import Unit

# Country names that take "the" in a sentence ("the United Kingdom contributes …").
_ARTICLE_PREFIXES = ("United ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives")


def nation(code: str, *, start: bool = False) -> str:
    """A nation's English name as it reads in a sentence ("the United Kingdom", "France")."""
    name = nation_name(code)
    if name.startswith(_ARTICLE_PREFIXES) or " Republic" in name or "Islands" in name:
        name = f"{'The' if start else 'the'} {name}"
    return name


def nations(codes: Sequence[str], conj: str = "and") -> str:
    return join([nation(c) for c in codes], conj)


def unit(u: Unit) -> str:
    """A unit as the findings name it: its name (or kind and id) and its nation code."""
    if u.name:
        return f"{u.name} ({u.nation})"
    label = kinds().get(u.kind, {}).get("label", u.kind)
    return f"{label} {u.id} ({u.nation})"


def units(us: Sequence[Unit], limit: int = 3) -> str:
    """Up to ``limit`` units by name, then "and N more"."""
    names = [unit(u) for u in us[:limit]]
    if len(us) > limit:
        names.append(f"{len(us) - limit} more")
    return join(names)


def names(items: Sequence[str], limit: int = 4) -> str:
    """Up to ``limit`` names, then "and N more"."""
    shown = list(items[:limit])
    if len(items) > limit:
        shown.append(f"{len(items) - limit} more")
    return join(shown)


def join(items: Sequence[str], conj: str = "and") -> str:
    """Join words as prose: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """A counted noun: "1 unit", "3 units", "12,000 troops"."""
    word = singular if n == 1 else (plural or f"{singular}s")
    return f"{n:,} {word}"


def km(value: float) -> str:
    return f"{value:,.0f} km"


def number(value: float) -> str:
    """A threshold as written: 4, 4.5, 10,000."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"
