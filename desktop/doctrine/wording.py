"""How findings name things: nations, units, lists and numbers, in the current language."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.catalogue import kinds, nation_name
from desktop.i18n import DEFAULT, catalogue_label, format_number, language, translate
from desktop.i18n import nation_name as localised_nation
from desktop.model import Unit

# Country names that take "the" in an English sentence ("the United Kingdom contributes …").
_ARTICLE_PREFIXES = ("United ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives")


def nation(code: str, *, start: bool = False) -> str:
    """A nation's name as it reads in a sentence ("the United Kingdom", "France"; in Ukrainian
    the CLDR name)."""
    name = nation_name(code)
    if language() != DEFAULT:
        return localised_nation(code, name)
    if name.startswith(_ARTICLE_PREFIXES) or " Republic" in name or "Islands" in name:
        name = f"{'The' if start else 'the'} {name}"
    return name


def nations(codes: Sequence[str], conj: str = "and") -> str:
    return join([nation(c) for c in codes], conj)


def kind_label(kind: str) -> str:
    return catalogue_label(kinds().get(kind, {}).get("label", kind))


def unit(u: Unit) -> str:
    """A unit as the findings name it: its name (or kind and id) and its nation code."""
    if u.name:
        return f"{u.name} ({u.nation})"
    return f"{kind_label(u.kind)} {u.id} ({u.nation})"


def _more(n: int) -> str:
    return translate("Wording", "%n more", None, n)


def units(us: Sequence[Unit], limit: int = 3) -> str:
    """Up to ``limit`` units by name, then "and N more"."""
    names = [unit(u) for u in us[:limit]]
    if len(us) > limit:
        names.append(_more(len(us) - limit))
    return join(names)


def names(items: Sequence[str], limit: int = 4) -> str:
    """Up to ``limit`` names, then "and N more"."""
    shown = list(items[:limit])
    if len(items) > limit:
        shown.append(_more(len(items) - limit))
    return join(shown)


def _conjunction(conj: str) -> str:
    words = {
        "and": translate("Wording", "and"),
        "or": translate("Wording", "or"),
        "and no": translate("Wording", "and no"),
    }
    return words.get(conj, conj)


def join(items: Sequence[str], conj: str = "and") -> str:
    """Join words as prose: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_conjunction(conj)} {items[-1]}"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """A counted noun: "1 unit", "3 units", "12,000 troops" (with the language's plural forms)."""
    nouns = {
        "unit": translate("Wording", "%n unit(s)", None, n),
        "troop": translate("Wording", "%n troop(s)", None, n),
        "nation": translate("Wording", "%n nation(s)", None, n),
    }
    if singular in nouns:
        return nouns[singular]
    word = singular if n == 1 else (plural or f"{singular}s")
    return f"{format_number(n)} {word}"


def km(value: float) -> str:
    return translate("Wording", "{km} km").format(km=format_number(value))


def number(value: float) -> str:
    """A threshold as written: 4, 4.5, 10,000."""
    return format_number(value) if float(value).is_integer() else format_number(value, 1).rstrip("0").rstrip(",.")


def contribution_kind(kind: str) -> str:
    """A contribution kind in words (funding, ISR, equipment, …)."""
    words = {
        "funding": translate("Wording", "funding"),
        "isr": translate("Wording", "ISR"),
        "equipment": translate("Wording", "equipment"),
        "training": translate("Wording", "training"),
        "logistics": translate("Wording", "logistics"),
        "troops": translate("Wording", "troops"),
    }
    return words.get(kind, kind)
