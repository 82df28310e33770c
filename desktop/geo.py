"""Geography of the theatre: regions of Ukraine, land and sea, borders, places and distances.

Everything is read lazily, once, from ``desktop/resources/geo`` (see its ``SOURCES.md``) and kept
as prepared shapely geometries. Positions are ``(lon, lat)`` in WGS84 degrees, as in GeoJSON;
distances are geodesic kilometres on the WGS84 ellipsoid. Pure: no Qt, no files written.

Each look-up comes in a scalar form (``in_ukraine(lon, lat)``) and a batch form taking numpy-
compatible arrays (``in_ukraine_many(lons, lats)``) that the rules engine uses so that a plan of
10,000 units is checked in a fraction of a second. The scalar forms call the batch forms, so both
always agree.

Accuracy of the distances:

* :func:`geodesic_km` is geographiclib's exact WGS84 inverse problem (nanometre level).
* :func:`geodesic_km_many` is Lambert's formula for long lines on the ellipsoid, vectorised: within
  about 10 m of geographiclib for any two points of the theatre (tested: within 50 m up to
  2,000 km).
* Distances to a line (a border, a contact line) cut the line into pieces of at most 0.05° (about
  5 km), find the nearest point of the line in an azimuthal equidistant projection centred on
  Ukraine, whose scale error is below 0.4 % within 1,000 km of the centre, and then measure the
  geodesic distance to that point with Lambert's formula. Because
  the distance is measured geodesically and the projection's distortion hardly varies between
  nearby candidates, the result is within 0.1 km (measured: 10 m) of a brute-force geographiclib
  search over the densified line for any point within 1,400 km of Ukraine (the tests check 1 km).
  Between vertices a line runs straight in longitude/latitude, as GeoJSON draws it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import shapely
from geographiclib.geodesic import Geodesic
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from desktop.model import Geometry

GEO_DIR = Path(__file__).resolve().parent / "resources" / "geo"

#: The five macro-regions of Ukraine (doctrine.md, "Geography"), west to east.
MACRO_REGIONS: tuple[str, ...] = ("west", "north", "centre", "south", "east")

#: ISO codes of the neighbours whose border with Ukraine is a threat source (doctrine.md).
RUSSIA, BELARUS = "RU", "BY"

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]
ArrayLike = npt.ArrayLike

# WGS84 ellipsoid.
_A_KM = Geodesic.WGS84.a / 1000.0
_F = Geodesic.WGS84.f
# Sphere used only to project for the nearest-point search (its scale does not matter there).
_R_KM = 6371.0088
# Centre of the azimuthal equidistant projection: the middle of Ukraine's bounding box.
_CENTRE_LON, _CENTRE_LAT = 31.2, 48.4
# Lines are cut into segments of at most this many degrees (about 5 km) before indexing.
_MAX_SEGMENT_DEG = 0.05


@dataclass(frozen=True)
class Oblast:
    """A first-level unit of Ukraine (oblast, Crimea, Kyiv or Sevastopol city)."""

    iso: str  # ISO 3166-2, e.g. "UA-46"
    name_en: str  # e.g. "Lviv Oblast"
    macro_region: str  # one of MACRO_REGIONS


@dataclass(frozen=True)
class Place:
    """A named point of ``places.geojson`` (city, port, power plant, airport)."""

    name: str
    kind: str  # city | port | nuclear_plant | hydro_plant | airport
    lon: float
    lat: float

    @property
    def position(self) -> tuple[float, float]:
        return (self.lon, self.lat)


# ---------------------------------------------------------------------------------------------
# Loading (once)
# ---------------------------------------------------------------------------------------------


@cache
def _features(layer: str) -> tuple[dict[str, Any], ...]:
    doc = json.loads((GEO_DIR / f"{layer}.geojson").read_text(encoding="utf-8"))
    return tuple(doc["features"])


def _prepared(geom: BaseGeometry) -> BaseGeometry:
    shapely.prepare(geom)
    return geom


@cache
def _oblast_layer() -> tuple[tuple[Oblast, ...], tuple[BaseGeometry, ...], FloatArray]:
    """Oblasts, their prepared polygons and bounding boxes (n, 4), in file order."""
    infos, geoms = [], []
    for f in _features("ukraine_oblasts"):
        p = f["properties"]
        infos.append(Oblast(p["iso_3166_2"], p["name_en"], p["macro_region"]))
        geoms.append(_prepared(shape(f["geometry"])))
    bounds = np.array([g.bounds for g in geoms], dtype=float)
    return tuple(infos), tuple(geoms), bounds


@cache
def _outline() -> BaseGeometry:
    return _prepared(shape(_features("ukraine_outline")[0]["geometry"]))


def ukraine_outline() -> BaseGeometry:
    """Ukraine's land (the union of its 27 units, prepared for fast predicates)."""
    return _outline()


@cache
def _neighbour(code: str) -> BaseGeometry:
    parts = [
        shape(f["geometry"])
        for f in _features("neighbours")
        if f["properties"].get("iso_a2") == code and f["properties"].get("kind") == "country"
    ]
    if not parts:
        raise KeyError(f"no neighbour with ISO code {code!r} in the geo data")
    return shapely.unary_union(parts)


@cache
def _land() -> BaseGeometry:
    """Every land polygon of the data (Ukraine and its neighbours) as one prepared geometry.

    The union dissolves the land borders, so only coastlines (and the clip box) remain as
    boundaries: a point is on land exactly when it lies strictly inside this geometry.
    """
    parts = [shape(f["geometry"]) for f in _features("neighbours")]
    land = shapely.unary_union([_outline(), *parts])
    # The open estuaries are sea (doctrine.md, "At sea"), though the coastline data holds them.
    water = [
        shape(f["geometry"])
        for f in _features("water")
        if f["properties"]["kind"] == "estuary" and f["properties"].get("name") in OPEN_ESTUARIES
    ]
    return _prepared(shapely.difference(land, shapely.unary_union(water)) if water else land)


@cache
def _seas() -> BaseGeometry:
    parts = [shape(f["geometry"]) for f in _features("water") if f["properties"]["kind"] == "sea"]
    return _prepared(shapely.unary_union(parts))


@cache
def data_extent() -> tuple[float, float, float, float]:
    """(west, south, east, north) of the land and sea data; outside it nothing is known."""
    w, s, e, n = shapely.total_bounds([_land(), _seas()])
    return (float(w), float(s), float(e), float(n))


@cache
def places() -> dict[str, Place]:
    """Every named place of ``places.geojson``, by its exact ``name``, in file order."""
    out: dict[str, Place] = {}
    for f in _features("places"):
        lon, lat = f["geometry"]["coordinates"][:2]
        p = f["properties"]
        out[p["name"]] = Place(p["name"], p["kind"], float(lon), float(lat))
    return out


def preload() -> None:
    """Load and prepare every layer and border index now (a fraction of a second) rather than on
    first use, e.g. while the window opens. Idempotent."""
    _oblast_layer()
    _land()
    _seas()
    _sea_areas()
    places()
    for code in (RUSSIA, BELARUS):
        _border_index(code)


@cache
def _places_by_any_name() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for f in _features("places"):
        name_uk = f["properties"].get("name_uk")
        if name_uk:
            out.setdefault(name_uk, places()[f["properties"]["name"]])
    out.update(places())  # the English name wins
    return out


def find_place(name: str) -> Place | None:
    """The place whose ``name`` or ``name_uk`` is exactly this, or None."""
    return _places_by_any_name().get(name)


def place(name: str) -> tuple[float, float]:
    """(lon, lat) of the place with this exact name; ``KeyError`` when there is none."""
    return places()[name].position


def oblasts() -> tuple[Oblast, ...]:
    """The 27 first-level units of Ukraine, in the data's order."""
    return _oblast_layer()[0]


# ---------------------------------------------------------------------------------------------
# Where is a point
# ---------------------------------------------------------------------------------------------


def _xy(lons: ArrayLike, lats: ArrayLike) -> tuple[FloatArray, FloatArray]:
    x = np.atleast_1d(np.asarray(lons, dtype=float))
    y = np.atleast_1d(np.asarray(lats, dtype=float))
    return np.broadcast_arrays(x, y)  # type: ignore[return-value]


def in_ukraine_many(lons: ArrayLike, lats: ArrayLike) -> BoolArray:
    """For each point: inside Ukraine's internationally recognised borders (border included)."""
    x, y = _xy(lons, lats)
    return np.asarray(shapely.intersects_xy(_outline(), x, y), dtype=bool)


def in_ukraine(lon: float, lat: float) -> bool:
    return bool(in_ukraine_many(lon, lat)[0])


def on_land_many(lons: ArrayLike, lats: ArrayLike) -> BoolArray:
    """For each point: strictly inside a land polygon of the data (Ukraine or a neighbour).

    The coastline itself counts as water's edge (not land). Lakes, reservoirs, lagoons and closed
    estuaries are part of the land; the open Dniester Estuary is not. Outside :func:`data_extent`
    the answer is False (unknown is not land)."""
    x, y = _xy(lons, lats)
    return np.asarray(shapely.contains_xy(_land(), x, y), dtype=bool)


def on_land(lon: float, lat: float) -> bool:
    return bool(on_land_many(lon, lat)[0])


def _in_extent(x: FloatArray, y: FloatArray) -> BoolArray:
    w, s, e, n = data_extent()
    return np.asarray((x >= w) & (x <= e) & (y >= s) & (y <= n), dtype=bool)


#: The sea a ship may sail besides the sea polygons (doctrine.md, "At sea"): the Dniester
#: Estuary opens onto the Black Sea and counts as Black Sea. Every other estuary, lagoon,
#: reservoir, lake and river of the data is land for a ship.
OPEN_ESTUARIES: dict[str, str] = {"Dniester Estuary": "Black Sea"}


@cache
def _sea_areas() -> tuple[tuple[str, ...], tuple[BaseGeometry, ...]]:
    """(sea name, prepared polygon): the sea polygons of the water data, then the open estuaries
    under the sea they open onto."""
    names, geoms = [], []
    for f in _features("water"):
        p = f["properties"]
        if p["kind"] == "sea":
            names.append(str(p["name"]))
        elif p["kind"] == "estuary" and p.get("name") in OPEN_ESTUARIES:
            names.append(OPEN_ESTUARIES[p["name"]])
        else:
            continue
        geoms.append(_prepared(shape(f["geometry"])))
    return tuple(names), tuple(geoms)


def sea_of_many(lons: ArrayLike, lats: ArrayLike) -> list[str | None]:
    """For each point, the sea holding it ("Black Sea", "Sea of Azov", "Baltic Sea"; the Dniester
    Estuary counts as Black Sea), edge included, or None: not at sea."""
    x, y = _xy(lons, lats)
    out: list[str | None] = [None] * x.size
    for name, geom in zip(*_sea_areas(), strict=True):
        for i in np.flatnonzero(shapely.intersects_xy(geom, x, y)).tolist():
            if out[i] is None:
                out[i] = name
    return out


def at_sea_many(lons: ArrayLike, lats: ArrayLike) -> BoolArray:
    """For each point: at sea, as doctrine.md's "At sea" defines it: in a sea polygon (Black Sea,
    Sea of Azov, Baltic; edge included) or in the Dniester Estuary. Closed estuaries, lagoons,
    reservoirs, lakes, rivers and anywhere outside the data are not at sea."""
    x, y = _xy(lons, lats)
    out = np.zeros(x.shape, dtype=bool)
    for geom in _sea_areas()[1]:
        out |= np.asarray(shapely.intersects_xy(geom, x, y), dtype=bool)
    return out


def at_sea(lon: float, lat: float) -> bool:
    return bool(at_sea_many(lon, lat)[0])


def in_black_sea_many(lons: ArrayLike, lats: ArrayLike) -> BoolArray:
    """For each point: in the Black Sea (its polygon, edge included, or the Dniester Estuary)."""
    return np.array([s == "Black Sea" for s in sea_of_many(lons, lats)], dtype=bool)


def oblast_index_many(lons: ArrayLike, lats: ArrayLike) -> IntArray:
    """For each point, the index in :func:`oblasts` of the oblast holding it, or -1.

    A point on a border between two oblasts gets the first in the data's order.
    """
    x, y = _xy(lons, lats)
    out = np.full(x.shape, -1, dtype=np.intp)
    todo = in_ukraine_many(x, y)
    _, geoms, bounds = _oblast_layer()
    for i, geom in enumerate(geoms):
        w, s, e, n = bounds[i]
        # The bounding-box test is cheap and leaves few points for the exact test.
        cand = np.flatnonzero(todo & (x >= w) & (x <= e) & (y >= s) & (y <= n))
        if cand.size == 0:
            continue
        hit = cand[shapely.intersects_xy(geom, x[cand], y[cand])]
        out[hit] = i
        todo[hit] = False
    return out


def oblasts_of_many(lons: ArrayLike, lats: ArrayLike) -> list[Oblast | None]:
    """For each point, its :class:`Oblast` or None outside Ukraine."""
    infos = oblasts()
    return [infos[i] if i >= 0 else None for i in oblast_index_many(lons, lats).tolist()]


def oblast_of(lon: float, lat: float) -> Oblast | None:
    """The oblast holding the point, or None outside Ukraine."""
    return oblasts_of_many(lon, lat)[0]


def macro_regions_of_many(lons: ArrayLike, lats: ArrayLike) -> list[str | None]:
    """For each point, its macro-region (``west`` … ``east``) or None outside Ukraine."""
    return [o.macro_region if o else None for o in oblasts_of_many(lons, lats)]


def macro_region_of(lon: float, lat: float) -> str | None:
    return macro_regions_of_many(lon, lat)[0]


# ---------------------------------------------------------------------------------------------
# Geodesic distances
# ---------------------------------------------------------------------------------------------


def geodesic_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Exact WGS84 geodesic distance in km (geographiclib)."""
    return float(Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE)["s12"]) / 1000


def geodesic_km_many(lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike, lat2: ArrayLike) -> FloatArray:
    """WGS84 distances in km, vectorised with numpy broadcasting (Lambert's formula).

    Within about 10 m of :func:`geodesic_km` for points of the theatre (not meant for
    near-antipodal points).
    """
    p1, l1, p2, l2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    # Reduced latitudes, then the central angle on the auxiliary sphere (haversine: stable
    # for short distances).
    b1 = np.arctan((1 - _F) * np.tan(p1))
    b2 = np.arctan((1 - _F) * np.tan(p2))
    h = np.sin((b2 - b1) / 2) ** 2 + np.cos(b1) * np.cos(b2) * np.sin((l2 - l1) / 2) ** 2
    sigma = 2 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    p, q = (b1 + b2) / 2, (b2 - b1) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        x = (sigma - np.sin(sigma)) * np.sin(p) ** 2 * np.cos(q) ** 2 / np.cos(sigma / 2) ** 2
        y = (sigma + np.sin(sigma)) * np.cos(p) ** 2 * np.sin(q) ** 2 / np.sin(sigma / 2) ** 2
        d = _A_KM * (sigma - _F / 2 * (x + y))
    return np.where(sigma > 0, d, 0.0)


def range_ring(lon: float, lat: float, km: float, n: int = 72) -> list[tuple[float, float]]:
    """The geodesic circle of radius ``km`` around (lon, lat) as ``n`` (lon, lat) vertices.

    Vertices run clockwise from north (azimuths 0, 360/n, …); the ring is open (the first
    vertex is not repeated). A radius of 0 gives ``n`` copies of the centre.
    """
    out = []
    for i in range(n):
        g = Geodesic.WGS84.Direct(lat, lon, 360.0 * i / n, km * 1000.0)
        out.append((float(g["lon2"]), float(g["lat2"])))
    return out


# ---------------------------------------------------------------------------------------------
# Distance to lines (borders, contact line) and containment in polygons
# ---------------------------------------------------------------------------------------------


def _project(lons: ArrayLike, lats: ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Spherical azimuthal equidistant projection centred on Ukraine, in km."""
    lam = np.radians(np.asarray(lons, dtype=float) - _CENTRE_LON)
    phi = np.radians(np.asarray(lats, dtype=float))
    phi0 = math.radians(_CENTRE_LAT)
    cos_c = np.clip(math.sin(phi0) * np.sin(phi) + math.cos(phi0) * np.cos(phi) * np.cos(lam), -1.0, 1.0)
    c = np.arccos(cos_c)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = np.where(c > 1e-12, c / np.sin(c), 1.0)
    x = _R_KM * k * np.cos(phi) * np.sin(lam)
    y = _R_KM * k * (math.cos(phi0) * np.sin(phi) - math.sin(phi0) * np.cos(phi) * np.cos(lam))
    return x, y


def _segments(geom: BaseGeometry) -> FloatArray:
    """Every straight segment of a geometry's lines or polygon rings, as (n, 2, 2) lon/lat."""
    lineal = shapely.boundary(geom) if geom.geom_type.endswith("Polygon") else geom
    segs = []
    for line in shapely.get_parts(lineal):
        c = shapely.get_coordinates(line)
        if len(c) >= 2:
            segs.append(np.stack([c[:-1], c[1:]], axis=1))
        elif len(c) == 1:
            segs.append(np.stack([c, c], axis=1))
    if not segs:
        raise ValueError("a distance needs a geometry with at least one vertex")
    return np.concatenate(segs)


class LineIndex:
    """Nearest-point and distance queries against a fixed line (or polygon boundary).

    Built once per line: its segments are projected (see the module docstring) and kept in an
    STRtree, so a query costs a tree search per point plus a few vectorised numpy operations.
    """

    def __init__(self, geom: BaseGeometry) -> None:
        # Short segments keep the projected nearest point and its lon/lat image together
        # (a planner's contact line may have vertices hundreds of km apart).
        seg = _segments(shapely.segmentize(geom, _MAX_SEGMENT_DEG))
        self._a, self._b = seg[:, 0, :], seg[:, 1, :]
        ax, ay = _project(self._a[:, 0], self._a[:, 1])
        bx, by = _project(self._b[:, 0], self._b[:, 1])
        self._pa = np.column_stack([ax, ay])
        self._pb = np.column_stack([bx, by])
        # A small node capacity makes nearest queries of far points markedly faster (measured).
        self._tree = shapely.STRtree(shapely.linestrings(np.stack([self._pa, self._pb], axis=1)), node_capacity=2)

    def nearest_many(self, lons: ArrayLike, lats: ArrayLike) -> tuple[FloatArray, FloatArray]:
        """(lons, lats) of the nearest point of the line to each query point."""
        x, y = _xy(lons, lats)
        if x.size == 0:
            return np.empty(0), np.empty(0)
        px, py = _project(x, y)
        idx = self._tree.query_nearest(shapely.points(px, py), all_matches=False)
        seg = np.empty(x.shape, dtype=np.intp)
        seg[idx[0]] = idx[1]
        pa, pb = self._pa[seg], self._pb[seg]
        d = pb - pa
        dd = np.einsum("ij,ij->i", d, d)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.einsum("ij,ij->i", np.column_stack([px, py]) - pa, d) / dd
        t = np.clip(np.nan_to_num(t, nan=0.0), 0.0, 1.0)[:, None]
        # Segments are short (at most _MAX_SEGMENT_DEG), so the projected parameter t maps
        # back linearly in lon/lat to within metres.
        near = self._a[seg] + t * (self._b[seg] - self._a[seg])
        return near[:, 0], near[:, 1]

    def distance_km_many(self, lons: ArrayLike, lats: ArrayLike) -> FloatArray:
        """Geodesic km from each point to the nearest point of the line."""
        x, y = _xy(lons, lats)
        nlon, nlat = self.nearest_many(x, y)
        return geodesic_km_many(x, y, nlon, nlat)


@cache
def border(code: str) -> BaseGeometry:
    """Ukraine's land border with the neighbour of this ISO code, as a (Multi)LineString.

    Derived as the shared boundary of Ukraine's outline and the neighbour's polygon (the data's
    shared borders are bit-identical, see SOURCES.md §6). Empty when they do not touch.
    """
    shared = shapely.intersection(_outline().boundary, _neighbour(code).boundary)
    return shapely.line_merge(shapely.multilinestrings(shapely.get_parts(shared)))


@cache
def _border_index(code: str) -> LineIndex:
    return LineIndex(border(code))


def distance_to_border_km_many(code: str, lons: ArrayLike, lats: ArrayLike) -> FloatArray:
    """Geodesic km from each point to Ukraine's border with ``code`` (e.g. "RU", "BY")."""
    return _border_index(code).distance_km_many(lons, lats)


def distance_to_border_km(code: str, lon: float, lat: float) -> float:
    return float(distance_to_border_km_many(code, lon, lat)[0])


@lru_cache(maxsize=64)
def to_shape(geometry: Geometry) -> BaseGeometry:
    """The model geometry as a prepared shapely geometry (cached per geometry value).

    Planar: a plan file may give an altitude for some positions of a shape and not for others,
    which shapely cannot build; the rules only need longitude and latitude.
    """
    return _prepared(shape({"type": geometry.type, "coordinates": _planar(geometry.coordinates)}))


def _planar(coords: Any) -> Any:
    if coords and isinstance(coords[0], (int, float)):
        return coords[:2]
    return [_planar(c) for c in coords]


@lru_cache(maxsize=64)
def _line_index(geometry: Geometry) -> LineIndex:
    return LineIndex(to_shape(geometry))


def inside_many(geometry: Geometry, lons: ArrayLike, lats: ArrayLike) -> BoolArray:
    """For each point: inside the (Multi)Polygon ``geometry``, its edge included."""
    x, y = _xy(lons, lats)
    return np.asarray(shapely.intersects_xy(to_shape(geometry), x, y), dtype=bool)


def inside(geometry: Geometry, lon: float, lat: float) -> bool:
    return bool(inside_many(geometry, lon, lat)[0])


def distance_km_many(geometry: Geometry, lons: ArrayLike, lats: ArrayLike) -> FloatArray:
    """Geodesic km from each point to ``geometry`` (a line, or a polygon: 0 inside it)."""
    x, y = _xy(lons, lats)
    d = _line_index(geometry).distance_km_many(x, y)
    if geometry.type.endswith("Polygon"):
        d = np.where(inside_many(geometry, x, y), 0.0, d)
    return d


def distance_km(geometry: Geometry, lon: float, lat: float) -> float:
    return float(distance_km_many(geometry, lon, lat)[0])


def positions_xy(positions: Iterable[tuple[float, float]]) -> tuple[FloatArray, FloatArray]:
    """Split (lon, lat) pairs into two float arrays (empty input gives empty arrays)."""
    arr = np.asarray(list(positions), dtype=float).reshape(-1, 2)
    return arr[:, 0].copy(), arr[:, 1].copy()


def places_within_km(names: Sequence[str], lons: ArrayLike, lats: ArrayLike, radii_km: ArrayLike) -> BoolArray:
    """For each named place: within ``radii_km[j]`` of at least one point j (edge included).

    ``radii_km`` broadcasts against the points (a single radius for all is fine).
    """
    return points_within_km([place(name) for name in names], lons, lats, radii_km)


def points_within_km(
    sites: Sequence[tuple[float, float]], lons: ArrayLike, lats: ArrayLike, radii_km: ArrayLike
) -> BoolArray:
    """For each (lon, lat) site: within ``radii_km[j]`` of at least one point j (edge included)."""
    x, y = _xy(lons, lats)
    out = np.zeros(len(sites), dtype=bool)
    if x.size == 0 or not sites:
        return out
    r = np.broadcast_to(np.asarray(radii_km, dtype=float), x.shape)
    for i, (plon, plat) in enumerate(sites):
        out[i] = bool(np.any(geodesic_km_many(plon, plat, x, y) <= r))
    return out


# ---------------------------------------------------------------------------------------------
# Named areas around a point (for generalising positions: desktop.release)
# ---------------------------------------------------------------------------------------------


@cache
def _label_points() -> dict[tuple[str, str], tuple[float, float]]:
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for f in _features("labels"):
        p = f["properties"]
        key = p.get("iso_3166_2") or p.get("iso_a2") or p["name"]
        if p["kind"] == "breakaway_region":
            continue  # generalised to the recognised country, never to a breakaway region
        lon, lat = f["geometry"]["coordinates"][:2]
        out[(p["kind"], key)] = (float(lon), float(lat))
    return out


def label_point(kind: str, key: str) -> tuple[float, float]:
    """(lon, lat) of the label point (pole of inaccessibility) of a named area of ``labels.geojson``.

    ``kind`` is "oblast" (``key``: ISO 3166-2, e.g. "UA-46"), "country" (ISO 3166-1 alpha-2 of a
    neighbour, e.g. "PL") or "sea" (its name, e.g. "Black Sea"). ``KeyError`` when there is none.
    The point lies inside the area it labels.
    """
    return _label_points()[(kind, key)]


def label_points(kind: str) -> dict[str, tuple[float, float]]:
    """Every label point of this kind ("oblast", "country", "sea"), by key as in :func:`label_point`."""
    return {k: v for (kd, k), v in _label_points().items() if kd == kind}


@cache
def _countries() -> tuple[tuple[str, ...], tuple[BaseGeometry, ...]]:
    codes, geoms = [], []
    for f in _features("neighbours"):
        p = f["properties"]
        if p.get("kind") == "country":
            codes.append(str(p["iso_a2"]))
            geoms.append(_prepared(shape(f["geometry"])))
    return tuple(codes), tuple(geoms)


def country_of_many(lons: ArrayLike, lats: ArrayLike) -> list[str | None]:
    """For each point outside Ukraine, the ISO code of the neighbour country holding it (None when
    in Ukraine, at sea or outside the data). Breakaway regions count as their recognised country."""
    x, y = _xy(lons, lats)
    out: list[str | None] = [None] * x.size
    todo = ~in_ukraine_many(x, y)
    for code, geom in zip(*_countries(), strict=True):
        cand = np.flatnonzero(todo)
        if cand.size == 0:
            break
        hit = cand[shapely.intersects_xy(geom, x[cand], y[cand])]
        for i in hit.tolist():
            out[i] = code
        todo[hit] = False
    return out
