"""desktop.geo: regions, land and sea, borders and geodesic distances, checked against the data
and against geographiclib by brute force."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic

from desktop import geo
from desktop.model import Geometry

# The doctrine's macro-regions (doctrine.md, "Geography"), by the data's English names.
MACRO = {
    "west": ["Volyn", "Rivne", "Lviv", "Ternopil", "Khmelnytskyi", "Ivano-Frankivsk",
             "Zakarpattia", "Chernivtsi"],
    "north": ["Zhytomyr", "Kyiv Oblast", "Kyiv", "Chernihiv", "Sumy"],
    "centre": ["Vinnytsia", "Cherkasy", "Kirovohrad", "Poltava", "Dnipropetrovsk"],
    "south": ["Odesa", "Mykolaiv", "Kherson", "Zaporizhzhia", "Crimea", "Sevastopol"],
    "east": ["Kharkiv", "Donetsk", "Luhansk"],
}  # fmt: skip


def _short(name_en: str) -> str:
    if name_en == "Kyiv Oblast":
        return name_en
    return name_en.removesuffix(" Oblast").removeprefix("Autonomous Republic of ")


def test_oblasts_carry_the_doctrines_macro_regions() -> None:
    obs = geo.oblasts()
    assert len(obs) == 27 and len({o.iso for o in obs}) == 27
    got = {region: sorted(_short(o.name_en) for o in obs if o.macro_region == region)
           for region in geo.MACRO_REGIONS}  # fmt: skip
    assert got == {k: sorted(v) for k, v in MACRO.items()}


@pytest.mark.parametrize(
    ("lon", "lat", "iso", "region"),
    [
        (30.52, 50.45, "UA-30", "north"),  # Kyiv city
        (24.03, 49.84, "UA-46", "west"),  # Lviv
        (36.23, 49.99, "UA-63", "east"),  # Kharkiv
        (34.10, 44.95, "UA-43", "south"),  # Simferopol, Crimea
        (35.05, 48.46, "UA-12", "centre"),  # Dnipro
    ],
)
def test_oblast_and_macro_region_of_a_point(lon: float, lat: float, iso: str, region: str) -> None:
    ob = geo.oblast_of(lon, lat)
    assert ob is not None and ob.iso == iso and ob.macro_region == region
    assert geo.macro_region_of(lon, lat) == region
    assert geo.in_ukraine(lon, lat) and geo.on_land(lon, lat) and not geo.at_sea(lon, lat)


def test_every_city_lies_in_or_at_the_edge_of_its_own_oblast() -> None:
    doc = json.loads((geo.GEO_DIR / "places.geojson").read_text(encoding="utf-8"))
    cities = [f for f in doc["features"] if f["properties"]["kind"] == "city"]
    lon = np.array([f["geometry"]["coordinates"][0] for f in cities])
    lat = np.array([f["geometry"]["coordinates"][1] for f in cities])
    got = [o.iso if o else None for o in geo.oblasts_of_many(lon, lat)]
    want = [f["properties"]["oblast_iso"] for f in cities]
    misses = [i for i, (g, w) in enumerate(zip(got, want, strict=True)) if g != w]
    # Kherson's GeoNames point falls in the Dnipro estuary, which the coastline counts as sea.
    assert [cities[i]["properties"]["name"] for i in misses] == ["Kherson"]
    for i in misses:
        near = offset_points(lon[i], lat[i], 2.0)
        assert want[i] in {o.iso for o in geo.oblasts_of_many(*near) if o}


def offset_points(lon: float, lat: float, km: float) -> tuple[list[float], list[float]]:
    """Eight points ``km`` away from (lon, lat), every 45 degrees."""
    pts = [Geodesic.WGS84.Direct(lat, lon, az, km * 1000) for az in range(0, 360, 45)]
    return [p["lon2"] for p in pts], [p["lat2"] for p in pts]


@pytest.mark.parametrize(
    ("lon", "lat", "ukraine", "land", "sea"),
    [
        (21.01, 52.23, False, True, False),  # Warsaw
        (27.56, 53.90, False, True, False),  # Minsk
        (31.00, 45.50, False, False, True),  # Black Sea off Odesa
        (36.50, 46.30, False, False, True),  # Sea of Azov
        (10.00, 40.00, False, False, False),  # outside the data: unknown, neither
    ],
)
def test_land_and_sea(lon: float, lat: float, ukraine: bool, land: bool, sea: bool) -> None:
    assert geo.in_ukraine(lon, lat) is ukraine
    assert geo.on_land(lon, lat) is land
    assert geo.at_sea(lon, lat) is sea
    assert geo.oblast_of(lon, lat) is None


def test_batch_forms_agree_with_scalar_forms() -> None:
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(21, 41, 300), rng.uniform(43, 53, 300)
    pts = list(zip(lon.tolist(), lat.tolist(), strict=True))
    assert geo.in_ukraine_many(lon, lat).tolist() == [geo.in_ukraine(x, y) for x, y in pts]
    assert geo.at_sea_many(lon, lat).tolist() == [geo.at_sea(x, y) for x, y in pts]
    assert geo.on_land_many(lon, lat).tolist() == [geo.on_land(x, y) for x, y in pts]
    assert geo.macro_regions_of_many(lon, lat) == [geo.macro_region_of(x, y) for x, y in pts]
    # In the data extent every point is on land or at sea, never both away from the coast.
    assert np.all(geo.on_land_many(lon, lat) ^ geo.at_sea_many(lon, lat))


def test_places() -> None:
    assert geo.place("Kyiv") == pytest.approx((30.5, 50.45), abs=0.1)
    assert geo.places()["Rivne NPP"].kind == "nuclear_plant"
    with pytest.raises(KeyError):
        geo.place("Atlantis")


def test_borders_are_the_shared_boundaries() -> None:
    ru, by = geo.border("RU"), geo.border("BY")
    for line in (ru, by):
        assert line.geom_type in {"LineString", "MultiLineString"} and not line.is_empty
    # Russia's land border runs from the Azov coast to the tripoint with Belarus.
    ru_ends = shapely.get_coordinates(shapely.boundary(ru))
    by_ends = shapely.get_coordinates(shapely.boundary(by))
    tripoint = {tuple(p) for p in ru_ends} & {tuple(p) for p in by_ends}
    assert len(tripoint) == 1
    lengths = {c: sum(geo.geodesic_km_many(*shapely.get_coordinates(p)[:-1].T,
                                           *shapely.get_coordinates(p)[1:].T).sum()
                      for p in shapely.get_parts(geo.border(c)))
               for c in ("RU", "BY")}  # fmt: skip
    assert 1500 < lengths["RU"] < 2600 and 800 < lengths["BY"] < 1400


def _brute_force_km(line: shapely.Geometry, lon: float, lat: float) -> float:
    """Min geographiclib distance to the line densified to about 100 m."""
    coords = shapely.get_coordinates(shapely.segmentize(line, 0.001))
    rough = geo.geodesic_km_many(lon, lat, coords[:, 0], coords[:, 1])
    near = coords[np.argsort(rough)[:20]]  # exact geographiclib on the best candidates
    return min(geo.geodesic_km(lon, lat, x, y) for x, y in near)


@pytest.mark.parametrize(
    ("lon", "lat"),
    [(30.52, 50.45), (36.23, 49.99), (24.03, 49.84), (30.73, 46.48), (33.0, 52.5), (28.0, 55.0)],
)
@pytest.mark.parametrize("code", ["RU", "BY"])
def test_distance_to_border_within_1_km_of_brute_force(code: str, lon: float, lat: float) -> None:
    got = geo.distance_to_border_km(code, lon, lat)
    assert got == pytest.approx(_brute_force_km(geo.border(code), lon, lat), abs=1.0)


def test_known_distances_to_the_borders() -> None:
    assert 20 < geo.distance_to_border_km("RU", 36.23, 49.99) < 45  # Kharkiv
    assert 70 < geo.distance_to_border_km("BY", 30.52, 50.45) < 100  # Kyiv
    x, y = shapely.get_coordinates(geo.border("RU"))[500]
    assert geo.distance_to_border_km("RU", x, y) == pytest.approx(0.0, abs=1e-6)


def test_geodesic_many_matches_geographiclib() -> None:
    rng = np.random.default_rng(3)
    lo1, la1, lo2, la2 = (rng.uniform(a, b, 500) for a, b in ((20, 42), (41, 56)) * 2)
    got = geo.geodesic_km_many(lo1, la1, lo2, la2)
    exact = [geo.geodesic_km(*p) for p in zip(lo1, la1, lo2, la2, strict=True)]
    assert np.max(np.abs(got - exact)) < 0.05
    assert geo.geodesic_km_many(30, 50, 30, 50) == 0.0
    assert geo.geodesic_km(30, 50, 30, 51) == pytest.approx(111.2, abs=0.2)


def test_range_ring() -> None:
    ring = geo.range_ring(30.52, 50.45, 100, n=36)
    assert len(ring) == 36 and ring[0] != ring[-1]
    for lon, lat in ring:
        assert geo.geodesic_km(30.52, 50.45, lon, lat) == pytest.approx(100, abs=1e-6)
    assert ring[0][1] > 50.45 and ring[9][0] > 30.52  # first north, then clockwise (east)


def test_inside_and_distance_to_plan_geometries() -> None:
    square = Geometry.from_geojson(
        {"type": "Polygon", "coordinates": [[[37, 47], [39, 47], [39, 49], [37, 49], [37, 47]]]}
    )
    assert geo.inside(square, 38, 48) and not geo.inside(square, 36, 48)
    assert geo.inside(square, 37, 48)  # the edge counts as inside
    assert geo.distance_km(square, 38, 48) == 0.0
    line = Geometry.from_geojson({"type": "LineString", "coordinates": [[30, 48], [40, 48]]})
    # The nearest point of a straight segment in lon/lat: the brute force decides.
    want = _brute_force_km(shapely.LineString([(30, 48), (40, 48)]), 35, 49)
    assert geo.distance_km(line, 35, 49) == pytest.approx(want, abs=1.0)
    multi = Geometry.from_geojson(
        {"type": "MultiLineString", "coordinates": [[[30, 48], [31, 48]], [[35, 50], [36, 50]]]}
    )
    assert geo.distance_km(multi, 35.5, 50) == pytest.approx(0.0, abs=0.01)
    assert geo.distance_km_many(multi, [35.5, 30.5], [50, 48]).tolist() == pytest.approx([0, 0], abs=0.01)


def test_places_within_km() -> None:
    kyiv = geo.place("Kyiv")
    g = Geodesic.WGS84.Direct(kyiv[1], kyiv[0], 45.0, 50_000)
    got = geo.places_within_km(["Kyiv", "Lviv"], [g["lon2"]], [g["lat2"]], [50.01])
    assert got.tolist() == [True, False]
    assert geo.places_within_km(["Kyiv"], [g["lon2"]], [g["lat2"]], 49.9).tolist() == [False]
    assert geo.places_within_km(["Kyiv"], [], [], 100).tolist() == [False]
