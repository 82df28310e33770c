"""The pages' own strings (map, print sheet, comparison, HTML export), in the current language.

The JavaScript pages write no English of their own: every text they show is looked up in one
dict sent by Python (:func:`page_strings`), by its English source, through ``PostureText``
(``resources/text.js``: ``T('Legend')``, ``T('{n} km', {n: 5})``, ``N('%n unit(s) here', 3)``).
The window's pages load it as ``app://posture/strings.js`` (served by ``desktop/ui/web.py``),
the print sheet carries it in its data (``sheet.text``), the HTML export embeds it. The strings
are listed here with :func:`desktop.i18n.translate_noop`, so the catalogue's extractor
(``scripts/translations.py``) finds them in context ``Page``; plurals (marked with a count)
travel as their numerus forms and the page picks the form by the language's plural rule.
Place names of the base map travel too (English -> Ukrainian, from the geo data's ``name_uk``).
Pure: no Qt.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from desktop import i18n
from desktop.i18n import translate, translate_noop

CONTEXT = "Page"

#: Every string the pages show, by its English source (placeholders in braces: ``{n}``).
STRINGS: tuple[str, ...] = (
    # print.html / print.js: title block, legend, tables, scale bar
    translate_noop("Page", "Posture map"),
    translate_noop("Page", "RELEASE VERSION · positions generalised"),
    translate_noop("Page", "North"),
    translate_noop("Page", "N"),
    translate_noop("Page", "Legend"),
    translate_noop("Page", "Contributions"),
    translate_noop("Page", "Findings"),
    translate_noop("Page", "Nation"),
    translate_noop("Page", "Troops"),
    translate_noop("Page", "Share"),
    translate_noop("Page", "Land"),
    translate_noop("Page", "Air"),
    translate_noop("Page", "Sea"),
    translate_noop("Page", "AD bty"),
    translate_noop("Page", "Aircraft"),
    translate_noop("Page", "Ships"),
    translate_noop("Page", "Other pledges"),
    translate_noop("Page", "Funding"),
    translate_noop("Page", "Scale 1 : {ratio} at {lat}° N"),
    translate_noop("Page", "{n} km"),
    translate_noop("Page", "{n} m"),
    translate_noop("Page", "Contact line"),
    translate_noop("Page", "Occupied area"),
    translate_noop("Page", "Air-defence range"),
    translate_noop("Page", "ISR range"),
    translate_noop("Page", "Patrol route"),
    translate_noop("Page", "Patrol area"),
    translate_noop("Page", "Air patrol (CAP) area"),
    translate_noop("Page", "Priority site, inside air-defence range"),
    translate_noop("Page", "Priority site, not covered"),
    translate_noop("Page", "MGRS grid"),
    translate_noop("Page", "MGRS grid, {n} km lines (100 km squares named)"),
    translate_noop("Page", "(breakaway)"),
    translate_noop(
        "Page",
        "Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries (Runfola et al. 2020) · "
        "Made with Natural Earth · Cities © GeoNames (CC BY 4.0)",
    ),
    # printextra.js: the second page
    translate_noop("Page", "{plan} — figures and order of battle"),
    translate_noop("Page", "Order of battle"),
    translate_noop("Page", "Unit"),
    translate_noop("Page", "Kind"),
    translate_noop("Page", "Strength"),
    translate_noop("Page", "Total"),
    translate_noop("Page", "(File › Export has them all)."),
    # map.js: the map page
    translate_noop("Page", "Click to open"),
    translate_noop("Page", "Click to add the route’s points; double-click or Enter to finish, Esc to cancel."),
    translate_noop("Page", "Click to add the area’s corners; double-click or Enter to finish, Esc to cancel."),
    translate_noop("Page", "Click to add the CAP area’s corners; double-click or Enter to finish, Esc to cancel."),
    translate_noop("Page", "Click along the contact line; double-click or Enter to finish, Esc to cancel."),
    translate_noop("Page", "Click around the occupied area; double-click or Enter to finish, Esc to cancel."),
    translate_noop("Page", "Click to draw; Enter to finish."),
    translate_noop("Page", "inside an air-defence ring"),
    translate_noop("Page", "NOT covered by air defence"),
    translate_noop("Page", "Zoom in"),
    translate_noop("Page", "Zoom out"),
    # tools.js: measuring, picking one of several units
    translate_noop("Page", "{n} km²"),
    translate_noop("Page", "Measure"),
    translate_noop(
        "Page",
        "Click points on the map. Click the first point again to close an area; double-click or Enter to finish; "
        "Esc to end.",
    ),
    translate_noop("Page", "Leg {n}: {km} · bearing {bearing}"),
    translate_noop("Page", "To the mouse: {km} · {bearing}"),
    translate_noop("Page", "Perimeter: {km}"),
    translate_noop("Page", "Total: {km}"),
    translate_noop("Page", "Area: {area}"),
    translate_noop("Page", "Keep on map"),
    translate_noop("Page", "Discard"),
    translate_noop("Page", "Click the map to measure again; Esc to end."),
    translate_noop("Page", "Double-click or Enter to finish; Esc to end."),
    # compare.js: the comparison view's maps
    translate_noop("Page", "removed: {unit}"),
    translate_noop("Page", "changed"),
    translate_noop("Page", "moved (arrow from where it stood)"),
    translate_noop("Page", "removed"),
    translate_noop("Page", "passes in this plan"),
    # compare-print.html / compare-print.js: the comparison sheet
    translate_noop("Page", "Courses of action compared"),
    translate_noop("Page", "RELEASE VERSION · positions generalised, findings withheld"),
    translate_noop("Page", "Comparison matrix"),
    translate_noop("Page", "best value of the row"),
    translate_noop("Page", "Differences, unit by unit"),
    translate_noop("Page", "added"),
    translate_noop("Page", "changed (dashed ring)"),
    translate_noop("Page", "moved (arrow from the first plan’s position)"),
    translate_noop("Page", "removed (where it stood)"),
)

#: Plural strings (``%n`` is the number), by English source.
PLURALS: tuple[str, ...] = (
    # the map page and the HTML export: stacks of units
    translate_noop("Page", "%n unit(s) here — click to open", None, 0),
    translate_noop("Page", "%n unit(s)", None, 0),
    translate_noop("Page", "%n unit(s) here: {names}", None, 0),
    translate_noop("Page", "%n unit(s) here — choose one", None, 0),
    translate_noop("Page", "… and %n more nation(s) (counted in the total)", None, 0),
    translate_noop("Page", "… and %n more finding(s)", None, 0),
    translate_noop("Page", "… and %n more legend entries", None, 0),
    translate_noop("Page", "… +%n nation(s)", None, 0),
    translate_noop("Page", "%n more unit(s) not shown", None, 0),
)


def page_strings() -> dict[str, Any]:
    """What a page needs to speak the current language: ``lang``, ``text`` (English source ->
    translation), ``plural`` (source -> numerus forms, ``%n`` kept) and ``places`` (English
    place name -> the name in the language; empty in English)."""
    lang = i18n.language()
    text = {s: translate(CONTEXT, s) for s in STRINGS}
    plural = {s: i18n.plural_forms(CONTEXT, s) for s in PLURALS}
    places = {**i18n._place_names_uk(), **_oblast_labels_uk()} if lang == "uk" else {}
    return {"lang": lang, "text": text, "plural": plural, "places": places}


@cache
def _oblast_labels_uk() -> dict[str, str]:
    """``oblast:<ISO 3166-2 code>`` -> the oblast's short Ukrainian label ("Вінницька обл.";
    the cities with special status by their name, "Київ"), for the base map's oblast labels
    (labels.geojson names them as the English map does, "Vinnytsia", and the city of Kyiv and
    Kyiv oblast alike, "Kyiv")."""
    geo = Path(__file__).resolve().parent / "resources" / "geo"
    try:
        oblasts = json.loads((geo / "ukraine_oblasts.geojson").read_text(encoding="utf-8"))["features"]
        labels = json.loads((geo / "labels.geojson").read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError):
        return {}
    by_iso = {f["properties"].get("iso_3166_2"): f["properties"].get("name_uk") or "" for f in oblasts}
    out = {}
    for f in labels:
        p = f.get("properties") or {}
        uk = by_iso.get(p.get("iso_3166_2"), "")
        if p.get("kind") == "oblast" and uk and p.get("iso_3166_2"):
            uk = uk.replace(" область", " обл.").replace("Автономна Республіка Крим", "Крим")
            out[f"oblast:{p['iso_3166_2']}"] = uk
    return out


def strings_script() -> str:
    """``strings.js``: the page's strings as a script that runs before the page's own
    (``window.POSTURE_TEXT``); JSON, with ``<`` escaped so no text can close a script."""
    data = json.dumps(page_strings(), ensure_ascii=False).replace("<", "\\u003c")
    return f"window.POSTURE_TEXT = {data};\n"
