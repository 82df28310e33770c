"""One search over what a planner looks for: the plan's units, the places of the geo data, the
oblasts, the palette's templates, and typed positions (desktop/coords.py).

:func:`search` ranks hits by how well the text matches (whole name, start of the name, start of a
word, anywhere), ignoring case, accents and apostrophes, and knows the old transliterations
planners still type (Odessa, Kiev, Kharkov…). Ukrainian names of places and oblasts are found
too. Pure: no Qt.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from shapely.geometry import shape

from desktop import catalogue, coords, geo, orbat
from desktop.i18n import catalogue_label, nation_name, place_name, translate, translate_noop
from desktop.model import Plan

#: Old (Russian-based) spellings -> the names of the geo data.
ALIASES = {
    "odessa": "Odesa",
    "kiev": "Kyiv",
    "kharkov": "Kharkiv",
    "lvov": "Lviv",
    "dnepr": "Dnipro",
    "dnepropetrovsk": "Dnipro",
    "nikolaev": "Mykolaiv",
    "nikolayev": "Mykolaiv",
    "zaporozhye": "Zaporizhzhia",
    "zaporozhe": "Zaporizhzhia",
    "chernigov": "Chernihiv",
    "rovno": "Rivne",
    "vinnitsa": "Vinnytsia",
    "zhitomir": "Zhytomyr",
    "kherson": "Kherson",
}

PLACE_KINDS = {
    "city": translate_noop("Search", "City"),
    "port": translate_noop("Search", "Port"),
    "airport": translate_noop("Search", "Airport"),
    "nuclear_plant": translate_noop("Search", "Nuclear power plant"),
    "hydro_plant": translate_noop("Search", "Hydroelectric plant"),
}
KIND_ORDER = {"position": 0, "unit": 1, "place": 2, "oblast": 3, "template": 4}


@dataclass(frozen=True)
class Hit:
    """One result. ``ref``: unit id, place name, oblast ISO code or template id."""

    kind: str  # position | unit | place | oblast | template
    label: str
    detail: str
    lon: float | None = None
    lat: float | None = None
    ref: str | None = None
    bounds: tuple[float, float, float, float] | None = None  # (west, south, east, north) of an oblast
    score: int = 0


def fold(text: str) -> str:
    """Lower case, no accents, no apostrophes, single spaces: what is compared."""
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"['’ʼ`]", "", t)
    return re.sub(r"[\s\-_/(),.·]+", " ", t).strip()


def score(query: str, texts: Iterable[str]) -> int:
    """How well ``query`` (already folded) matches the best of ``texts`` (0: not at all)."""
    best = 0
    for text in texts:
        t = fold(text)
        if not t:
            continue
        if t == query:
            return 100
        if t.startswith(query):
            best = max(best, 80)
        elif f" {query}" in f" {t}":
            best = max(best, 60)
        elif query in t:
            best = max(best, 40)
    return best


@cache
def _places() -> tuple[dict[str, Any], ...]:
    doc = json.loads((geo.GEO_DIR / "places.geojson").read_text(encoding="utf-8"))
    return tuple(doc["features"])


@cache
def _oblasts() -> tuple[tuple[str, str, str, tuple[float, float, float, float]], ...]:
    """(iso, English name, Ukrainian name, bounds) of each oblast."""
    doc = json.loads((geo.GEO_DIR / "ukraine_oblasts.geojson").read_text(encoding="utf-8"))
    out = []
    for f in doc["features"]:
        p = f["properties"]
        w, s, e, n = shape(f["geometry"]).bounds
        out.append((p["iso_3166_2"], p["name_en"], p.get("name_uk", ""), (w, s, e, n)))
    return tuple(out)


def _unit_hits(plan: Plan, q: str) -> list[Hit]:
    kinds = catalogue.kinds()
    meaning = {t.sidc: t.label for t in catalogue.templates()}
    out = []
    for u in plan.units:
        kind = catalogue_label(kinds[u.kind]["label"])
        nation = nation_name(u.nation, catalogue.nation_name(u.nation))
        texts = [u.name, u.id, nation, catalogue.nation_name(u.nation), kind, kinds[u.kind]["label"], u.kind]
        texts += [u.system or "", u.aircraft or ""]
        if u.sidc and u.sidc in meaning:
            texts.append(meaning[u.sidc])
        s = score(q, texts)
        if q == fold(u.nation):
            s = max(s, 90)
        if s:
            lon, lat = u.position
            boss = orbat.parent_of(u)
            under = ""
            if boss and plan.has_unit(boss):
                under = " · " + translate("Search", "under {commander}").format(commander=plan.unit(boss).label())
            people = translate("Search", "%n personnel", None, u.strength)
            detail = f"{u.nation} {nation} · {kind} · {people}{under}"
            out.append(Hit("unit", u.label(), detail, lon, lat, u.id, score=s))
    return out


def _place_hits(q: str) -> list[Hit]:
    alias = ALIASES.get(q)
    out = []
    for f in _places():
        p = f["properties"]
        s = 100 if alias == p["name"] else score(q, [p["name"], p.get("name_uk", "")])
        if s:
            lon, lat = f["geometry"]["coordinates"][:2]
            kind = translate("Search", PLACE_KINDS[p["kind"]]) if p["kind"] in PLACE_KINDS else p["kind"]
            oblast = geo.oblast_of(lon, lat)
            where = f" · {place_name(oblast.name_en)}" if oblast else ""
            out.append(
                Hit("place", place_name(p["name"]), f"{kind}{where}", float(lon), float(lat), p["name"], score=s)
            )
    return out


def _oblast_hits(q: str) -> list[Hit]:
    out = []
    for iso, name, name_uk, bounds in _oblasts():
        short = name.removesuffix(" Oblast")
        s = score(q, [name, short, name_uk, iso])
        if s:
            lon, lat = geo.label_point("oblast", iso)
            detail = translate("Search", "Region of Ukraine ({iso})").format(iso=iso)
            out.append(Hit("oblast", place_name(name), detail, lon, lat, iso, bounds, score=s))
    return out


def _template_hits(q: str) -> list[Hit]:
    kinds = catalogue.kinds()
    out = []
    for t in catalogue.all_templates():
        kind = kinds[t.kind]["label"]
        label = catalogue_label(t.label)
        texts = [t.label, label, t.id, kind, catalogue_label(kind)]
        s = score(q, [*texts, str(t.defaults.get("system", "")), str(t.defaults.get("aircraft", ""))])
        if s:
            detail = translate("Search", "Palette template · {kind}").format(kind=catalogue_label(kind))
            out.append(Hit("template", label, detail, ref=t.id, score=s - 5))
    return out


def search(plan: Plan, text: str, limit: int = 30) -> list[Hit]:
    """Hits for ``text``, best first; a typed position comes first of all."""
    text = text.strip()
    if not text:
        return []
    hits: list[Hit] = []
    pos = coords.try_position(text)
    if pos is not None:
        lon, lat = pos
        where = translate("Search", "Go to {position}").format(position=coords.format_decimal(lon, lat))
        hits.append(Hit("position", where, coords.format_all(lon, lat), lon, lat, score=1000))
    q = fold(text)
    if q:
        found = _unit_hits(plan, q) + _place_hits(q) + _oblast_hits(q) + _template_hits(q)
        found.sort(key=lambda h: (-h.score, KIND_ORDER[h.kind]))
        hits.extend(found)
    return hits[:limit]
