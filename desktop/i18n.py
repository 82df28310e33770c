"""Languages: English (the source text) and Ukrainian, from one Qt Linguist catalogue.

The catalogue is ``desktop/i18n/posture_<lang>.ts`` (Qt's XML format, edited with Qt Linguist).
The window loads it through a ``QTranslator`` (the ``.qm`` that ``pyside6-lrelease`` builds from
it); the pure core reads the same ``.ts`` here, with no Qt, so ``check`` and ``print`` translate
without a display. :func:`translate` has the signature of ``QCoreApplication.translate``, so one
extractor (``scripts/translations.py``) finds every string of both.

Plural forms follow CLDR: Ukrainian has three (one, few, many), in Qt's numerus order.
"""

from __future__ import annotations

import locale
import os
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES: dict[str, str] = {"en": "English", "uk": "Українська"}
DEFAULT = "en"
FOLDER = Path(__file__).resolve().parent / "i18n"

_current = DEFAULT


def catalogue_path(lang: str) -> Path:
    return FOLDER / f"posture_{lang}.ts"


def system_language() -> str:
    """``uk`` when the system locale is Ukrainian, else ``en`` (``$LANG``, ``$LC_ALL``, …)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "uk" if value.lower().startswith(("uk", "ua")) else DEFAULT
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "uk" if loc.lower().startswith("uk") else DEFAULT


def set_language(lang: str | None) -> str:
    """Make ``lang`` (``en`` / ``uk``; None: the system's) the language of every later message."""
    global _current
    chosen = lang or system_language()
    if chosen not in LANGUAGES:
        raise ValueError(f"unknown language {chosen!r} (choose one of {', '.join(LANGUAGES)})")
    _current = chosen
    return chosen


def language() -> str:
    return _current


Key = tuple[str, str, str]  # (context, source, disambiguation)


@cache
def _catalogue(lang: str) -> dict[Key, tuple[str, ...]]:
    """(context, source, comment) -> translation forms (one, or the numerus forms), finished only."""
    path = catalogue_path(lang)
    if lang == DEFAULT or not path.is_file():
        return {}
    root = ET.parse(path).getroot()  # noqa: S314 (the project's own file)
    out: dict[Key, tuple[str, ...]] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) or (tr.text or "",)
            if any(forms):
                out[(name, source, comment)] = forms
    return out


def plural_index(lang: str, n: int) -> int:
    """Which numerus form ``n`` takes (Qt's order: Ukrainian one, few, many; English one, other)."""
    n = abs(int(n))
    if lang == "uk":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def _english_plural(source: str, n: int) -> str:
    """The English source's own plural: "%n error(s)" reads "1 error", "2 errors"."""
    return _english_forms(source)[0 if n == 1 else 1]


@cache
def _english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of an English source (remembered: a 10,000-unit map asks 10,000 times)."""
    singular = re.sub(r"\((\w+)\)", "", re.sub(r"y\(ies\)", "y", source))  # battery(ies): battery
    plural = re.sub(r"\((\w+)\)", r"\1", re.sub(r"y\(ies\)", "ies", source))  # batteries
    return singular, plural


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language (the source itself when there is no translation).

    With ``n >= 0`` the message is a plural: ``%n`` stands for the number and the form is chosen
    by the language's plural rule.
    """
    lang = _current
    forms = _catalogue(lang).get((context, source, disambiguation or ""))
    if n < 0:
        return forms[0] if forms else source
    text = forms[min(plural_index(lang, n), len(forms) - 1)] if forms else _english_plural(source, n)
    return text.replace("%n", format_number(n))


def format_number(value: float, decimals: int = 0) -> str:
    """A number in the language's conventions: 21,110 in English, 21 110 in Ukrainian."""
    text = f"{value:,.{decimals}f}"
    if _current == "uk":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


#: Month names for the date-time group (military DTG: 011200ZDEC26), by language.
DTG_MONTHS = {
    "en": ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
    "uk": ("СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"),
}


# -- names: places, catalogue entries, nations ----------------------------------------------------


@cache
def _place_names_uk() -> dict[str, str]:
    """English name -> Ukrainian name, from every layer of the geo data that carries ``name_uk``."""
    import json

    out: dict[str, str] = {}
    geo = Path(__file__).resolve().parent / "resources" / "geo"
    for layer in ("places", "ukraine_oblasts", "neighbours", "water"):
        path = geo / f"{layer}.geojson"
        if not path.is_file():
            continue
        for f in json.loads(path.read_text(encoding="utf-8")).get("features", ()):
            p = f.get("properties") or {}
            uk = p.get("name_uk")
            for key in ("name", "name_en", "admin_centre"):
                en = p.get(key)
                if isinstance(en, str) and isinstance(uk, str) and uk and en not in out:
                    out[en] = uk if key != "admin_centre" else out.get(en, en)
    return out


def place_name(name: str) -> str:
    """A place of the geo data in the current language (its official English romanisation in
    English, its ``name_uk`` in Ukrainian); other names unchanged."""
    if _current == "uk":
        return _place_names_uk().get(name, name)
    return name


def catalogue_label(label: str) -> str:
    """A label of the catalogue (a template, a kind) in the current language."""
    return translate("Catalogue", label)


def nation_name(code: str, english: str) -> str:
    """A nation's name in the current language (CLDR's, through Babel), else ``english``."""
    if _current == DEFAULT:
        return english
    try:
        from babel import Locale

        return str(Locale.parse(_current).territories.get(code, english))
    except (ImportError, ValueError):
        return english


def phase_label(phase: str) -> str:
    """A phase's name in the current language (doctrine.md: ceasefire, settlement, long term)."""
    labels = {
        "ceasefire": translate("Phases", "ceasefire"),
        "settlement": translate("Phases", "settlement"),
        "long_term": translate("Phases", "long term"),
    }
    return labels.get(phase, phase)


def phase_title(phase: str) -> str:
    """A phase's name as a title, list item or axis names it: ``Ceasefire`` / ``Припинення вогню``."""
    text = phase_label(phase)
    return text[:1].upper() + text[1:]


def translate_noop(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Mark ``source`` for the catalogue without translating it now (Qt's QT_TRANSLATE_NOOP):
    for module constants, translated with :func:`translate` where they are shown. With ``n``
    (any number) the message is marked as a plural (:func:`plural_forms`)."""
    del context, disambiguation, n
    return source


def plural_forms(context: str, source: str) -> list[str]:
    """The numerus forms of a plural message in the current language, ``%n`` left in (for pages
    that choose the form themselves: :mod:`desktop.pagetext`); English: singular and plural."""
    forms = _catalogue(_current).get((context, source, ""))
    if forms:
        return list(forms)
    return [_english_plural(source, 1), _english_plural(source, 2)]


def date_time_group(when: Any) -> str:
    """The date-time group of ``when`` in UTC (Zulu), month in the current language:
    ``141530Z MAR 26``, in Ukrainian ``141530Z БЕР 26``."""
    from datetime import UTC

    z = when.astimezone(UTC)
    months = DTG_MONTHS.get(_current, DTG_MONTHS[DEFAULT])
    return f"{z:%d%H%M}Z {months[z.month - 1]} {z:%y}"


def format_date(when: Any) -> str:
    """A calendar date in words in the current language (Babel, CLDR): ``14 March 2026``,
    ``14 березня 2026 р.``."""
    try:
        from babel.dates import format_date as babel_date

        return str(babel_date(when, "long", locale="uk" if _current == "uk" else "en_GB"))
    except ImportError:
        return f"{when:%d %B %Y}"
