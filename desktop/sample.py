"""The sample plan shown on first run: an illustrative ceasefire posture, not a real one.

It exercises every unit kind of doctrine.md and every geometry a kind may have (a fighter
squadron's CAP area, a sea patrol's route, area and point), sixteen nations (fourteen with
troops) led by France and the United Kingdom, non-troop contributions (including the US's), and a
hand-drawn contact line and occupied area. Positions were chosen against ``desktop/resources/geo``: land units in the
oblast their name says (combat units around Kyiv, the Belarus direction, Dnipro, Odesa and
towards Kharkiv from Poltava, none in the east; entry hubs at Lviv and Chernivtsi), every sea
vertex in the Black Sea, nothing on the occupied side (``tests/test_sample.py`` checks all this).
Figures are the catalogue's nominal values. Pure: no Qt, no files.

Under ``ecfr`` (doctrine.md, second reading) it has no error and no warning; its one information
finding is GEO-WEST-SUPPORT (the Yavoriv training mission). Under ``mfu`` it shows what that
profile asks beyond: Lviv lies outside every air-defence ring. For the second reading three
batteries joined (IRIS-T at Izmail for the Danube ports, NASAMS at the Kremenchuk HPP, CAMM at the
Dniester HPP), so that the new default sites are covered; the UK brigade north of Kyiv covers the
Belarus direction (GEO-BELARUS), fourteen nations contribute troops (COALITION-BREADTH), and the
declared US support (ISR and air) agrees with the US's single ISR pledge (US-DECLARED).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop import catalogue, sidc
from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit

if TYPE_CHECKING:
    from db import Library

SAMPLE_NAME = "Sample — ceasefire posture (illustrative)"

#: ``extra`` of the sketched plan geometries: they are not survey data.
ILLUSTRATIVE = {"note": "illustrative sketch, not survey data"}

_PROTECT = ("protect_infrastructure",)
_ENTRY = ("entry_point",)


#: The palette template each sample unit was made from (its symbol code comes from there).
_TEMPLATES = {
    "gb-armd-bde": "land.brigade", "fr-bde": "land.mech_brigade", "it-mech-bde": "land.mech_brigade",
    "fi-bg": "land.battlegroup", "ca-bg": "land.battlegroup", "gb-hq": "land.hq", "ca-trg": "land.training",
    "pl-exr": "land.exercise", "pl-log": "land.logistics", "ro-log": "land.logistics",
    "nl-patriot-kyiv": "ad.patriot", "de-iris-chernihiv": "ad.iris_slm", "fr-sampt-dnipro": "ad.sampt",
    "it-sampt-odesa": "ad.sampt", "gb-camm-odesa": "ad.camm", "de-patriot-npp": "ad.patriot",
    "no-nasams-npp": "ad.nasams", "fr-rafale-cap": "ftr.rafale", "gb-typhoon": "ftr.typhoon",
    "nl-mq9": "isr.male_uav", "se-globaleye": "isr.aew", "tr-frigates": "sea.frigate_group",
    "ro-danube-patrol": "sea.frigate_group", "bg-patrol": "sea.patrol_boats", "gb-mcm-odesa": "sea.mcm_group",
    "de-iris-izmail": "ad.iris_slm", "es-nasams-kremenchuk": "ad.nasams", "pl-camm-dniester": "ad.camm",
}  # fmt: skip


def _code(uid: str, strength: int) -> str:
    """The template's full code; a land unit's echelon follows its strength (a 1,200-strong
    battlegroup is a battalion, a 3,500-strong brigade a brigade)."""
    code = catalogue.template(_TEMPLATES[uid]).sidc
    return sidc.with_strength_echelon(code, strength) if sidc.entity(code)[:2] == "12" else code


def _unit(uid: str, kind: str, nation: str, name: str, lon: float, lat: float, **fields: Any) -> Unit:
    return Unit(uid, kind, nation, Geometry.point(lon, lat), name=name, sidc=_code(uid, fields.get("strength", 0)),
                **fields)  # fmt: skip


def _shaped(uid: str, kind: str, nation: str, geometry: Geometry, **fields: Any) -> Unit:
    return Unit(uid, kind, nation, geometry, sidc=_code(uid, fields.get("strength", 0)), **fields)


def _shape(kind: str, coordinates: list[tuple[float, float]]) -> Geometry:
    coords = tuple((float(lon), float(lat)) for lon, lat in coordinates)
    return Geometry(kind, (coords,) if kind == "Polygon" else coords)


#: The contact line, drawn north to south: from the Russian border near Vovchansk, east of the
#: Oskil, past Siversk, Chasiv Yar, Pokrovsk and Huliaipole, along the Kakhovka reservoir and the
#: lower Dnipro (Kherson on the Ukrainian bank) to the Kinburn spit.
CONTACT_LINE = [
    (36.90, 50.33), (37.55, 49.80), (37.75, 49.30), (37.95, 48.95), (37.90, 48.60),
    (37.70, 48.40), (37.25, 48.25), (37.00, 47.95), (36.60, 47.80), (36.20, 47.60),
    (35.80, 47.50), (35.30, 47.45), (34.90, 47.55), (34.45, 47.545), (34.10, 47.40),
    (33.40, 46.82), (32.90, 46.68), (32.62, 46.58), (32.05, 46.48), (31.55, 46.48),
]  # fmt: skip

#: The occupied area: east of the contact line, with Crimea and the Azov coast (counter-
#: clockwise, as RFC 7946 asks of an exterior ring).
OCCUPIED_AREA = [
    *CONTACT_LINE,
    (32.40, 46.05), (32.45, 45.35), (33.30, 44.40), (34.50, 44.40), (36.00, 45.00),
    (36.65, 45.40), (38.25, 47.10), (39.80, 47.85), (40.15, 48.60), (40.15, 49.60),
    (38.10, 50.05), (37.40, 50.40), CONTACT_LINE[0],
]  # fmt: skip


def _units() -> tuple[Unit, ...]:
    return (
        # -- land: combat units forward, HQ in Kyiv, training and entry hubs in the west ----
        _unit("gb-armd-bde", "land.combat", "GB", "UK armoured brigade (Belarus direction)",
              30.95, 50.95, strength=5000, phases=("ceasefire", "settlement"), parent="gb-hq"),
        _unit("fr-bde", "land.combat", "FR", "French brigade (Dnipro)", 34.95, 48.52,
              strength=5000, parent="gb-hq"),
        _unit("it-mech-bde", "land.combat", "IT", "Italian mechanised brigade (Odesa)",
              30.95, 46.75, strength=3500, roles=_PROTECT, parent="gb-hq"),
        _unit("fi-bg", "land.combat", "FI", "Finnish battlegroup (Poltava, Kharkiv axis)",
              34.75, 49.55, strength=1200, parent="fr-bde"),
        _unit("ca-bg", "land.combat", "CA", "Canadian battlegroup (Kyiv east)", 30.85, 50.55,
              strength=1200, parent="gb-armd-bde"),
        _unit("gb-hq", "land.hq", "GB", "Multinational force HQ (Kyiv)", 30.50, 50.43,
              strength=400),
        _unit("ca-trg", "land.training", "CA", "Training mission (Yavoriv)", 23.55, 49.95,
              strength=300),
        _unit("pl-exr", "land.exercise", "PL", "Exercise force (Zhytomyr)", 28.60, 50.30,
              strength=800),
        _unit("pl-log", "land.logistics", "PL", "Entry hub Lviv", 24.05, 49.80, strength=600,
              roles=_ENTRY),
        _unit("ro-log", "land.logistics", "RO", "Entry hub Chernivtsi", 25.95, 48.30,
              strength=600, roles=_ENTRY),
        # -- air defence over Kyiv, Chernihiv, Dnipro, Odesa–Mykolaiv and the nuclear plants --
        _unit("nl-patriot-kyiv", "air.defence", "NL", "Patriot battery (Kyiv)", 30.55, 50.40,
              strength=90, system="Patriot PAC-3", range_km=100, roles=_PROTECT),
        _unit("de-iris-chernihiv", "air.defence", "DE", "IRIS-T SLM battery (Chernihiv)",
              31.25, 51.45, strength=80, system="IRIS-T SLM", range_km=40),
        _unit("fr-sampt-dnipro", "air.defence", "FR", "SAMP/T battery (Dnipro)", 35.05, 48.40,
              strength=120, system="SAMP/T", range_km=100, roles=_PROTECT),
        _unit("it-sampt-odesa", "air.defence", "IT", "SAMP/T battery (Odesa–Mykolaiv)",
              31.15, 46.65, strength=120, system="SAMP/T", range_km=100, roles=_PROTECT),
        _unit("gb-camm-odesa", "air.defence", "GB", "Sky Sabre battery (Odesa port)",
              30.70, 46.45, strength=70, system="Sky Sabre", range_km=25, roles=_PROTECT),
        _unit("de-patriot-npp", "air.defence", "DE", "Patriot battery (Rivne and Khmelnytskyi NPPs)",
              26.25, 50.80, strength=90, system="Patriot PAC-3", range_km=100, roles=_PROTECT),
        _unit("no-nasams-npp", "air.defence", "NO", "NASAMS battery (South Ukraine NPP)",
              31.20, 47.85, strength=70, system="NASAMS", range_km=30, roles=_PROTECT),
        # -- air defence of the Danube port and the hydro plants (second reading's sites) -----
        _unit("de-iris-izmail", "air.defence", "DE", "IRIS-T SLM battery (Izmail, Danube ports)",
              28.80, 45.38, strength=80, system="IRIS-T SLM", range_km=40, roles=_PROTECT),
        _unit("es-nasams-kremenchuk", "air.defence", "ES", "NASAMS battery (Kremenchuk HPP)",
              33.30, 49.05, strength=70, system="NASAMS", range_km=30, roles=_PROTECT),
        _unit("pl-camm-dniester", "air.defence", "PL", "CAMM (Narew) battery (Dniester HPP)",
              27.40, 48.55, strength=70, system="Sky Sabre", range_km=25, roles=_PROTECT),
        # -- air policing, ISR ---------------------------------------------------------------
        _shaped("fr-rafale-cap", "air.policing", "FR",
             _shape("Polygon", [(32.0, 48.2), (35.2, 48.2), (35.2, 49.6), (32.0, 49.6),
                                (32.0, 48.2)]),
             name="Rafale squadron (central CAP)", strength=250, aircraft="Dassault Rafale",
             generation=4.5, count=12),
        _unit("gb-typhoon", "air.policing", "GB", "Typhoon squadron (Starokostiantyniv)",
              27.20, 49.75, strength=250, aircraft="Eurofighter Typhoon", generation=4.5,
              count=12),
        _unit("nl-mq9", "air.isr", "NL", "MQ-9 Reaper detachment (Vinnytsia)", 28.50, 49.20,
              strength=60, system="MQ-9 Reaper", range_km=250),
        _unit("se-globaleye", "air.isr", "SE", "GlobalEye AEW&C orbit (Cherkasy)", 29.90, 48.70,
              strength=40, system="Saab GlobalEye", range_km=400),
        # -- Black Sea: route, area and point patrols from the nearshore NATO navies, MCM -----
        _shaped("tr-frigates", "sea.patrol", "TR",
             _shape("LineString", [(30.90, 46.20), (31.30, 45.85), (30.75, 45.45),
                                   (30.10, 45.05), (30.60, 44.70)]),
             name="Turkish frigate patrol (Odesa approaches)", strength=600, ships=3),
        _shaped("ro-danube-patrol", "sea.patrol", "RO",
             _shape("Polygon", [(29.95, 45.05), (30.55, 45.05), (30.55, 45.40), (29.95, 45.40),
                                (29.95, 45.05)]),
             name="Romanian patrol area (Danube mouths)", strength=400, ships=3),
        _unit("bg-patrol", "sea.patrol", "BG", "Bulgarian patrol boats", 30.95, 46.05,
              strength=120, ships=4),
        _unit("gb-mcm-odesa", "sea.mcm", "GB", "Mine countermeasures group (off Odesa)",
              30.85, 46.35, strength=150, ships=3, roles=_PROTECT),
    )  # fmt: skip


def sample_plan() -> Plan:
    """The sample plan ("Sample — ceasefire posture (illustrative)"), about 21,000 troops."""
    return Plan(
        name=SAMPLE_NAME,
        profile="ecfr",
        phase="ceasefire",
        mandate="deterrence",
        us_support="isr_air",
        classification="UNCLASSIFIED // ILLUSTRATIVE SAMPLE",
        contributions=(
            Contribution("DE", "funding", 2_500_000_000, "air defence and ISR procurement"),
            Contribution("NO", "funding", 1_000_000_000, "maritime drones and demining"),
            Contribution("US", "isr", None, "satellite imagery and early warning"),
            Contribution("DK", "training", None, "F-16 maintenance and pilot training"),
            # pledged personnel, set against what each nation has placed (pledged against placed)
            Contribution("PL", "troops", None, "second battlegroup once the ceasefire holds", extra={"troops": 2000}),
            Contribution("IT", "troops", None, "mechanised brigade and SAMP/T crews", extra={"troops": 3500}),
        ),
        units=_units(),
        geometries=_sketches(),
    )


def _occupied_on_land() -> Geometry:
    """The hand-drawn occupied area cut to Ukraine's land, so it does not spill over the seas."""
    from shapely import geometry as sg
    from shapely import set_precision

    from desktop.geo import ukraine_outline

    cut = set_precision(sg.Polygon(OCCUPIED_AREA).intersection(ukraine_outline()).simplify(0.005), 1e-4)
    parts = [sg.polygon.orient(p, 1.0) for p in getattr(cut, "geoms", [cut]) if p.area > 0.01]  # no slivers of spits
    shape = parts[0] if len(parts) == 1 else sg.MultiPolygon(parts)  # exterior rings counter-clockwise
    return Geometry.from_geojson(sg.mapping(shape))


def _sketches() -> tuple[PlanGeometry, ...]:
    line = _shape("LineString", CONTACT_LINE)
    area = _occupied_on_land()
    return (
        PlanGeometry("contact-line", "contact_line", line, dict(ILLUSTRATIVE)),
        PlanGeometry("occupied-area", "occupied_area", area, dict(ILLUSTRATIVE)),
    )


def ensure_sample(library: Library) -> int | None:
    """Add the sample plan when the library has no plans (first run); its id, else ``None``.

    The window calls this at start-up so that it always has a plan to show; a library whose
    plans were all deleted gets the sample again.
    """
    if library.list_plans():
        return None
    return library.add_plan(sample_plan())
