"""What the map page is sent about a plan: a unit as the page draws it (with its tooltip), the plan
geometries, and a new unit made from a palette template. Pure: no Qt (the window's map controller,
the print sheet and the comparison view all use it).
"""

from __future__ import annotations

from typing import Any

from desktop import catalogue, i18n, symbols
from desktop.i18n import catalogue_label, nation_name, translate
from desktop.model import Geometry, Plan, Unit, valid_position


def unit_for_page(u: Unit, phase: str, *, sheet: bool = False, tip: bool = True) -> dict[str, Any]:
    """What the page needs to draw a unit. ``name`` is plain text; the page sets it as text.
    ``sheet``: for the print sheet, which shows only units of the phase and no tooltip (no
    ``tip``, ``dim`` or ``sym``: at 10,000 units the tooltips alone cost a third of a second).
    ``tip=False``: no tooltip now (the window sends a whole plan's tooltips once it is drawn)."""
    lon, lat = u.position
    planned = symbols.planned_in(u, phase)
    spec = symbols.spec_of(u, planned=planned)
    d: dict[str, Any] = {
        "id": u.id,
        "kind": u.kind,
        "nation": u.nation,
        "name": u.name,
        "sidc": spec.sidc,  # the page draws it (symbols.js, the one engine)
        "lat": lat,
        "lng": lon,
    }
    if not sheet:
        d["sym"] = spec.key()  # for sheets given their symbols (compare views)
        d["dim"] = not u.in_phase(phase) and not planned  # left already: faded; still to come: dashed
        if tip:
            d["tip"] = tooltip(u)
    if planned:
        d["planned"] = True
    if spec.designation:
        d["designation"] = spec.designation
    if u.geometry.type != "Point":
        d["geom"] = u.geometry.to_geojson()
    if u.range_km and u.kind in ("air.defence", "air.isr"):
        d["range_km"] = u.range_km
    return d


def tooltip(u: Unit) -> str:
    """The unit's tooltip on the map, in the current language (names the planner typed as typed)."""
    kind = catalogue_label(catalogue.kinds()[u.kind]["label"])
    nation = nation_name(u.nation, catalogue.nation_name(u.nation))
    bits = [u.name or kind, f"{nation} ({u.nation}) · {kind}", translate("PageData", "%n personnel", None, u.strength)]
    if u.system:
        rng = translate("PageData", "{km} km").format(km=_num(u.range_km)) if u.range_km else ""
        bits.append(f"{u.system}" + (f", {rng}" if rng else ""))
    if u.aircraft:
        gen = translate("PageData", "{count} × {aircraft} (gen {generation})")
        bits.append(
            gen.format(count=u.count or 0, aircraft=u.aircraft, generation=_num(u.generation))
            if u.generation
            else u.aircraft
        )
    if u.ships:
        bits.append(translate("PageData", "%n ship(s)", None, u.ships))
    return "\n".join(bits)


def _num(value: float | None) -> str:
    """``40``, ``4.5`` (``4,5`` in Ukrainian): a figure with no trailing zeros."""
    if value is None:
        return ""
    text = f"{value:g}"
    return text.replace(".", ",") if i18n.language() == "uk" else text


def known_template(template_id: str) -> bool:
    try:
        catalogue.template(template_id)
    except KeyError:
        return False
    return True


def close_ring(coords: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
    return coords if coords[0] == coords[-1] else (*coords, coords[0])


def geometries_for_page(plan: Plan) -> list[dict[str, Any]]:
    return [{"id": g.id, "kind": g.kind, "geometry": g.geometry.to_geojson()} for g in plan.geometries]


def unit_from_template(plan: Plan, template_id: str, nation: str, lon: float, lat: float) -> Unit:
    """A new unit of the palette template ``template_id`` for ``nation`` at (lon, lat)."""
    if not valid_position(lon, lat):
        raise ValueError(f"position out of range: {lon}, {lat}")
    t = catalogue.template(template_id)
    return Unit(
        id=plan.new_unit_id(),
        nation=nation,
        geometry=Geometry.point(lon, lat),
        name=f"{nation} {t.label}",
        **t.unit_values(),
    )
