"""The one search over units, places, oblasts, templates and positions (desktop/search.py). Pure."""

from __future__ import annotations

from desktop import geo
from desktop.sample import sample_plan
from desktop.search import fold, search


def _first(text: str):  # type: ignore[no-untyped-def]
    return search(sample_plan(), text)[0]


def test_places_by_name_ukrainian_name_and_old_spelling() -> None:
    for text in ("Odesa", "odesa", "Одеса", "Odessa"):
        hit = _first(text)
        assert (hit.kind, hit.label) == ("place", "Odesa")
        assert (hit.lon, hit.lat) == geo.place("Odesa")
    hit = _first("Zaporizhzhia NPP")
    assert hit.kind == "place" and "Nuclear power plant" in hit.detail


def test_units_by_name_nation_and_kind() -> None:
    assert _first("finnish").ref == "fi-bg"
    french = {u.id for u in sample_plan().units if u.nation == "FR"}
    hits = search(sample_plan(), "FR")
    assert {h.ref for h in hits[: len(french)]} == french  # the nation's units first, then "frigate"…
    kinds = {h.ref for h in search(sample_plan(), "air-defence battery") if h.kind == "unit"}
    assert kinds == {u.id for u in sample_plan().units if u.kind == "air.defence"}
    assert "under Multinational force HQ" in _first("French brigade").detail


def test_oblasts_have_bounds_and_templates_no_position() -> None:
    hit = next(h for h in search(sample_plan(), "Lviv") if h.kind == "oblast")
    w, s, e, n = hit.bounds
    assert w < 24.03 < e and s < 49.84 < n
    tpl = next(h for h in search(sample_plan(), "NASAMS") if h.kind == "template")
    assert tpl.ref == "ad.nasams" and tpl.lon is None


def test_a_typed_position_comes_first() -> None:
    hit = _first("36U UA 23940 91604")
    assert hit.kind == "position" and "MGRS 36U UA 23940 91604" in hit.detail
    assert search(sample_plan(), "   ") == []


def test_folding_ignores_case_accents_and_apostrophes() -> None:
    assert fold("Kam’yanets-Podilskyi") == fold("kamyanets podilskyi")
    assert fold("Bilhorod-Dnistrovskyi") == "bilhorod dnistrovskyi"
