"""A planner's own raster base map: an MBTiles or GeoPackage tile set, read straight from the file.

No tile server and no network: the map page asks ``app://posture/tiles/<token>/<z>/<x>/<y>`` and
the scheme handler (desktop/ui/web.py) answers with :meth:`TileSet.tile`, read from the SQLite
file opened read-only and immutable (SQLite neither writes it nor leaves -wal/-shm files).

- MBTiles 1.x: ``tiles(zoom_level, tile_column, tile_row, tile_data)`` (TMS rows, flipped here)
  and ``metadata(name, value)`` (``format``, ``minzoom``, ``maxzoom``, ``bounds``, ``attribution``,
  ``name``).
- GeoPackage tiles: the first ``gpkg_contents`` row of ``data_type`` ``tiles``, in Web Mercator
  (EPSG:3857) on the Google Maps compatible grid (what ``gdal_translate -of GPKG`` writes with
  ``-co TILING_SCHEME=GoogleMapsCompatible``); its zoom levels from ``gpkg_tile_matrix``;
  attribution from the contents' ``description`` (or ``gpkg_metadata``).

Tiles are PNG or JPEG (checked from the bytes). Any zoom range: the page draws the deepest zoom
upscaled beyond it, the shallowest downscaled below it. A file that is missing, damaged, not a
tile set, in another grid, or of vector tiles raises :class:`TileSetError`, one line naming it.

Pure: no Qt.
"""

from __future__ import annotations

import math
import os
import re
import secrets
import sqlite3
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.climessages import os_error_text, sqlite_error_text
from desktop.i18n import translate

#: Half the width of the Web Mercator world, metres (EPSG:3857).
WORLD = 20037508.342789244
PNG, JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"
#: What a tile the file does not have is served as (transparent; no failed request in the page).
EMPTY_TILE = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000b494441"
    "54789c6360000200000500017a5eab3f0000000049454e44ae426082"
)


class TileSetError(Exception):
    """A tile file cannot be used as a base map (one line: the file and why)."""


@dataclass
class TileSet:
    """An open tile file; :meth:`tile` is safe to call from any thread."""

    path: Path
    kind: str  # "mbtiles" | "gpkg"
    table: str
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # west, south, east, north (degrees)
    attribution: str
    name: str
    mime: str
    zoom_offset: int = 0  # GeoPackage: web zoom - gpkg zoom_level
    conn: sqlite3.Connection | None = field(default=None, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at web zoom ``z``, column ``x``, row ``y`` (XYZ, row 0 at the top), or None."""
        if self.conn is None or not (self.min_zoom <= z <= self.max_zoom) or x < 0 or y < 0:
            return None
        n = 1 << z
        if x >= n or y >= n:
            return None
        if self.kind == "mbtiles":
            query = "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"
            args: tuple[int, ...] = (z, x, n - 1 - y)
        else:
            query = f'SELECT tile_data FROM "{self.table}" WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?'
            args = (z - self.zoom_offset, x, y)
        try:
            with self.lock:
                row = self.conn.execute(query, args).fetchone()
        except sqlite3.Error:
            return None
        data = bytes(row[0]) if row and row[0] is not None else None
        return data if data and data.startswith((PNG, JPEG)) else None

    def page_options(self, token: str) -> dict[str, Any]:
        """What the map page needs to draw it (tilebase.js)."""
        return {
            "url": f"app://posture/tiles/{token}/{{z}}/{{x}}/{{y}}",
            "minzoom": self.min_zoom, "maxzoom": self.max_zoom,
            "bounds": list(self.bounds) if self.bounds else None,
            "attribution": self.attribution, "name": self.name,
        }  # fmt: skip

    def close(self) -> None:
        with self.lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None


def _connect(path: Path) -> sqlite3.Connection:
    uri = "file:" + urllib.parse.quote(os.fspath(path.resolve())) + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _detect(conn: sqlite3.Connection, path: Path, table: str, zoom_query: str) -> str:
    row = conn.execute(f'SELECT tile_data FROM "{table}" WHERE tile_data IS NOT NULL {zoom_query} LIMIT 1').fetchone()
    data = bytes(row[0]) if row else b""
    if data.startswith(PNG):
        return "image/png"
    if data.startswith(JPEG):
        return "image/jpeg"
    if not data:
        raise TileSetError(_no_tiles(path))
    if data[:2] == b"\x1f\x8b" or data[:1] in (b"\x1a", b"\x0a"):
        text = translate("TileSet", "{file}: holds vector tiles; a base map needs raster (PNG or JPEG) tiles")
        raise TileSetError(text.format(file=path))
    raise TileSetError(translate("TileSet", "{file}: its tiles are neither PNG nor JPEG").format(file=path))


def _no_tiles(path: object) -> str:
    return translate("TileSet", "{file}: holds no tiles").format(file=path)


def _mbtiles(conn: sqlite3.Connection, path: Path) -> TileSet:
    meta = {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM metadata").fetchall()}
    fmt = meta.get("format", "").lower()
    if fmt in ("pbf", "mvt"):
        text = translate(
            "TileSet", "{file}: holds vector tiles (format {format}); a base map needs raster (PNG or JPEG) tiles"
        )
        raise TileSetError(text.format(file=path, format=fmt))
    zooms = conn.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
    if zooms is None or zooms[0] is None:
        raise TileSetError(_no_tiles(path))
    mime = _detect(conn, path, "tiles", "")
    bounds = None
    parts = re.split(r"\s*,\s*", meta.get("bounds", "").strip())
    if len(parts) == 4:
        try:
            w, s, e, n = (float(p) for p in parts)
            if all(math.isfinite(v) for v in (w, s, e, n)) and -180 <= w < e <= 180 and -90 <= s < n <= 90:
                bounds = (w, s, e, n)
        except ValueError:
            bounds = None
    return TileSet(path, "mbtiles", "tiles", int(zooms[0]), int(zooms[1]), bounds,
                   meta.get("attribution", "").strip(), meta.get("name", "").strip() or path.stem, mime,
                   conn=conn)  # fmt: skip


def _lonlat(x: float, y: float) -> tuple[float, float]:
    lon = x / WORLD * 180.0
    lat = math.degrees(2 * math.atan(math.exp(y / WORLD * math.pi)) - math.pi / 2)
    return lon, lat


def _gpkg(conn: sqlite3.Connection, path: Path) -> TileSet:
    row = conn.execute(
        "SELECT table_name, identifier, description, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents "
        "WHERE data_type = 'tiles' ORDER BY table_name LIMIT 1"
    ).fetchone()
    if row is None:
        text = translate("TileSet", "{file}: a GeoPackage without a tile layer (its layers are vector data)")
        raise TileSetError(text.format(file=path))
    table, identifier, description, cminx, cminy, cmaxx, cmaxy, _srs = row
    tms = conn.execute(
        "SELECT srs_id, min_x, min_y, max_x, max_y FROM gpkg_tile_matrix_set WHERE table_name = ?", (table,)
    ).fetchone()
    if tms is None:
        text = translate("TileSet", "{file}: tile layer {layer} has no tile matrix set")
        raise TileSetError(text.format(file=path, layer=repr(table)))
    srs, min_x, min_y, max_x, max_y = tms
    srs_row = conn.execute(
        "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?", (srs,)
    ).fetchone()
    epsg = int(srs_row[1]) if srs_row and str(srs_row[0]).upper() == "EPSG" else int(srs)
    tolerance = 1.0
    extent = (min_x, min_y, max_x, max_y)
    if epsg != 3857 or any(abs(a - b) > tolerance for a, b in zip(extent, (-WORLD, -WORLD, WORLD, WORLD), strict=True)):
        text = translate("TileSet", "{file}: tile layer {layer} is not on the Web Mercator grid (EPSG:3857, "
                         "Google Maps compatible); make it with gdal_translate -of GPKG "
                         "-co TILING_SCHEME=GoogleMapsCompatible")  # fmt: skip
        raise TileSetError(text.format(file=path, layer=repr(table)))
    offsets = set()
    levels = conn.execute(f'SELECT DISTINCT zoom_level FROM "{table}"').fetchall()
    for (level,) in levels:
        m = conn.execute("SELECT matrix_width FROM gpkg_tile_matrix WHERE table_name = ? AND zoom_level = ?",
                         (table, level)).fetchone()  # fmt: skip
        if m is None or m[0] <= 0 or (m[0] & (m[0] - 1)):
            text = translate("TileSet", "{file}: tile layer {layer} zoom level {level} is not on the Web Mercator grid")
            raise TileSetError(text.format(file=path, layer=repr(table), level=level))
        offsets.add(int(math.log2(m[0])) - int(level))
    if not levels:
        raise TileSetError(_no_tiles(path))
    if len(offsets) != 1:
        text = translate("TileSet", "{file}: tile layer {layer} mixes tile grids")
        raise TileSetError(text.format(file=path, layer=repr(table)))
    offset = offsets.pop()
    mime = _detect(conn, path, table, "")
    low, high = conn.execute(f'SELECT MIN(zoom_level), MAX(zoom_level) FROM "{table}"').fetchone()
    zmin, zmax = int(low) + offset, int(high) + offset
    bounds = None
    if None not in (cminx, cminy, cmaxx, cmaxy):
        w, s = _lonlat(float(cminx), float(cminy))
        e, n = _lonlat(float(cmaxx), float(cmaxy))
        bounds = (max(-180.0, w), max(-85.06, s), min(180.0, e), min(85.06, n))
    attribution = (description or "").strip()
    return TileSet(path, "gpkg", str(table), zmin, zmax, bounds, attribution, (identifier or table or path.stem),
                   mime, zoom_offset=offset, conn=conn)  # fmt: skip


def open_tileset(path: str | os.PathLike[str]) -> TileSet:
    """Open the MBTiles or GeoPackage tile file at ``path`` read-only; :class:`TileSetError` else."""
    p = Path(path)
    name = os.fspath(path)
    if not p.is_file():
        why = translate("TileSet", "no such file") if not p.exists() else translate("TileSet", "not a file")
        raise TileSetError(translate("Files", "{file}: cannot read ({why})").format(file=name, why=why))
    try:
        with p.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise TileSetError(
            translate("Files", "{file}: cannot read ({why})").format(file=name, why=os_error_text(e))
        ) from None
    if head != b"SQLite format 3\x00":
        text = translate("TileSet", "{file}: not a tile file (an MBTiles or GeoPackage file is an SQLite database)")
        raise TileSetError(text.format(file=name))
    try:
        conn = _connect(p)
    except sqlite3.Error as e:
        text = translate("TileSet", "{file}: cannot be opened ({detail})")
        raise TileSetError(text.format(file=name, detail=sqlite_error_text(str(e)))) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if "tiles" in tables and "metadata" in tables:
            return _mbtiles(conn, p)
        if "gpkg_contents" in tables:
            return _gpkg(conn, p)
        text = translate("TileSet", "{file}: not a tile set (neither MBTiles nor a GeoPackage with tiles)")
        raise TileSetError(text.format(file=name))
    except TileSetError:
        conn.close()
        raise
    except (sqlite3.Error, ValueError, TypeError, OverflowError) as e:
        conn.close()
        text = translate("TileSet", "{file}: damaged or not a tile set ({detail})")
        raise TileSetError(text.format(file=name, detail=sqlite_error_text(str(e)))) from None


# -- the tile sets the page may ask for -------------------------------------------------------------

#: The page options of the base map the window shows (None: the built-in one): what a print draws.
_ACTIVE: list[dict[str, Any] | None] = [None]


def set_active(options: dict[str, Any] | None) -> None:
    _ACTIVE[0] = dict(options) if options else None


def active() -> dict[str, Any] | None:
    """The page options of the raster base map in use (for the print page), or None."""
    return dict(_ACTIVE[0]) if _ACTIVE[0] else None


_REGISTRY: dict[str, TileSet] = {}
_REGISTRY_LOCK = threading.Lock()


def register(tileset: TileSet) -> str:
    """A new token under which the scheme handler serves ``tileset``'s tiles."""
    token = secrets.token_hex(8)
    with _REGISTRY_LOCK:
        _REGISTRY[token] = tileset
    return token


def unregister(token: str) -> None:
    with _REGISTRY_LOCK:
        ts = _REGISTRY.pop(token, None)
    if ts is not None and ts not in _REGISTRY.values():
        ts.close()


def lookup(token: str) -> TileSet | None:
    with _REGISTRY_LOCK:
        return _REGISTRY.get(token)


_TILE_PATH = re.compile(r"^/?tiles/([0-9a-f]{16})/(\d{1,2})/(\d{1,8})/(\d{1,8})(?:\.\w+)?$")


def serve(url_path: str) -> tuple[bytes, str] | None:
    """(bytes, mime) of ``/tiles/<token>/<z>/<x>/<y>``: the tile, :data:`EMPTY_TILE` where the
    file has none; None for a path that is no tile or a token no base map has."""
    m = _TILE_PATH.match(url_path)
    if not m:
        return None
    ts = lookup(m.group(1))
    if ts is None:
        return None
    data = ts.tile(int(m.group(2)), int(m.group(3)), int(m.group(4)))
    if not data:
        return EMPTY_TILE, "image/png"
    return data, "image/png" if data.startswith(PNG) else "image/jpeg"
