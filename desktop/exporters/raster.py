"""milsymbol SVG to PNG without Qt: the icons of the KML export (Google Earth draws no SVG icon).

A small, strict renderer for the SVG that :func:`desktop.symbols.render` produces: ``path``
(every command of SVG 1.1, arcs included), ``circle``, ``ellipse``, ``rect``, ``line``,
``polyline``, ``polygon`` and ``text``, in ``g`` groups with ``translate``/``scale``/``rotate``/
``matrix`` transforms; ``fill``, ``stroke``, ``stroke-width``, ``fill-opacity``, ``opacity``.
Shapes become shapely geometries (strokes are buffered lines with SVG's miter joins and butt
caps; fills use the even-odd rule), sampled 3 × 3 per pixel and composited in order. Text is
drawn with the glyph outlines of DejaVu Sans (the font the app names for symbols), read from the
system's TrueType file; without that file text is left out.

Anything else (clip paths are ignored, which milsymbol uses only for shapes already inside the
frame; gradients, images, ``use``) makes :func:`svg_to_png` return None, and the caller falls
back to the SVG. Pure: numpy and shapely, no Qt; PNG written with zlib.
"""

from __future__ import annotations

import math
import re
import struct
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from xml.etree import ElementTree as ET

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry

SVG_NS = "{http://www.w3.org/2000/svg}"
SUPERSAMPLE = 3
CURVE_STEPS = 16
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/usr/share/fonts/TTF"))

Matrix = tuple[float, float, float, float, float, float]  # a b c d e f (SVG order)
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Pt = tuple[float, float]
Points = list[Pt]


class Unsupported(ValueError):
    """The SVG uses something this renderer does not draw."""


# -- colours, transforms ---------------------------------------------------------------------------

NAMED = {
    "black": (0, 0, 0), "white": (255, 255, 255), "red": (255, 0, 0), "green": (0, 128, 0),
    "blue": (0, 0, 255), "yellow": (255, 255, 0), "gray": (128, 128, 128), "grey": (128, 128, 128),
    "orange": (255, 165, 0), "purple": (128, 0, 128), "cyan": (0, 255, 255), "magenta": (255, 0, 255),
}  # fmt: skip


def parse_colour(value: str | None) -> tuple[float, float, float, float] | None:
    """An SVG paint as RGBA in 0..1, or None for ``none``/absent."""
    if value is None:
        return None
    v = value.strip().lower()
    if v in ("", "none", "transparent"):
        return None
    if v in NAMED:
        r, g, b = NAMED[v]
        return r / 255, g / 255, b / 255, 1.0
    if v.startswith("#") and len(v) in (4, 7):
        h = v[1:] if len(v) == 7 else "".join(c * 2 for c in v[1:])
        return int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255, 1.0
    m = re.fullmatch(r"rgba?\(([^)]*)\)", v)
    if m:
        parts = [p.strip() for p in m.group(1).split(",")]
        rf, gf, bf = (float(p[:-1]) * 2.55 if p.endswith("%") else float(p) for p in parts[:3])
        alpha = float(parts[3]) if len(parts) > 3 else 1.0
        return rf / 255, gf / 255, bf / 255, alpha
    raise Unsupported(f"colour {value!r}")


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def parse_transform(text: str | None) -> Matrix:
    m = IDENTITY
    if not text:
        return m
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", text):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "translate":
            n: Matrix = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale":
            n = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate":
            t = math.radians(v[0])
            cx, cy = (v[1], v[2]) if len(v) == 3 else (0.0, 0.0)
            n = _multiply(
                _multiply((1, 0, 0, 1, cx, cy), (math.cos(t), math.sin(t), -math.sin(t), math.cos(t), 0, 0)),
                (1, 0, 0, 1, -cx, -cy),
            )
        elif name == "matrix" and len(v) == 6:
            n = (v[0], v[1], v[2], v[3], v[4], v[5])
        else:
            raise Unsupported(f"transform {name}")
        m = _multiply(m, n)
    return m


# -- path data -------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _cubic(p0: Pt, p1: Pt, p2: Pt, p3: Pt) -> Points:
    out = []
    for i in range(1, CURVE_STEPS + 1):
        t = i / CURVE_STEPS
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return out


def _quad(p0: Pt, p1: Pt, p2: Pt, steps: int = CURVE_STEPS) -> Points:
    out = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        out.append(
            (u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1])
        )
    return out


def _arc(
    p0: tuple[float, float], rx: float, ry: float, phi_deg: float, large: bool, sweep: bool, p1: tuple[float, float]
) -> Points:
    """SVG elliptical arc (endpoint parameterisation, SVG 1.1 F.6.5) as points after ``p0``."""
    if p0 == p1:
        return []
    if rx == 0 or ry == 0:
        return [p1]
    rx, ry = abs(rx), abs(ry)
    phi = math.radians(phi_deg)
    cos, sin = math.cos(phi), math.sin(phi)
    dx, dy = (p0[0] - p1[0]) / 2, (p0[1] - p1[1]) / 2
    x1, y1 = cos * dx + sin * dy, -sin * dx + cos * dy
    lam = (x1 / rx) ** 2 + (y1 / ry) ** 2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
    den = rx * rx * y1 * y1 + ry * ry * x1 * x1
    k = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        k = -k
    cx1, cy1 = k * rx * y1 / ry, -k * ry * x1 / rx
    cx = cos * cx1 - sin * cy1 + (p0[0] + p1[0]) / 2
    cy = sin * cx1 + cos * cy1 + (p0[1] + p1[1]) / 2
    t1 = math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx)
    t2 = math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx)
    dt = t2 - t1
    if sweep and dt < 0:
        dt += 2 * math.pi
    elif not sweep and dt > 0:
        dt -= 2 * math.pi
    steps = max(4, int(abs(dt) / (math.pi / 16)))
    out = []
    for i in range(1, steps + 1):
        t = t1 + dt * i / steps
        x, y = rx * math.cos(t), ry * math.sin(t)
        out.append((cos * x - sin * y + cx, sin * x + cos * y + cy))
    out[-1] = p1
    return out


def parse_path(d: str) -> list[tuple[Points, bool]]:
    """Path data as subpaths of points, each with whether it was closed (``Z``)."""
    tokens = _TOKEN.findall(d or "")
    subpaths: list[tuple[Points, bool]] = []
    pts: Points = []
    cur = start = (0.0, 0.0)
    last_ctrl: tuple[float, float] | None = None
    last_cmd = ""
    i = 0
    cmd = ""

    def num() -> float:
        nonlocal i
        v = float(tokens[i])
        i += 1
        return v

    def flush(closed: bool) -> None:
        nonlocal pts
        if len(pts) > 1:
            subpaths.append((pts, closed))
        pts = []

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                flush(True)
                cur = start
                last_cmd, last_ctrl = cmd, None
                continue
        elif not cmd:
            raise Unsupported("path data does not start with a command")
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = cur if rel else (0.0, 0.0)
        ctrl: tuple[float, float] | None = None
        if c == "M":
            flush(False)
            cur = start = (ox + num(), oy + num())
            pts = [cur]
            cmd = "l" if rel else "L"  # further pairs are line-tos
        elif c == "L":
            cur = (ox + num(), oy + num())
            pts.append(cur)
        elif c == "H":
            cur = ((ox if rel else 0.0) + num(), cur[1])
            pts.append(cur)
        elif c == "V":
            cur = (cur[0], (oy if rel else 0.0) + num())
            pts.append(cur)
        elif c in "CS":
            if c == "C":
                p1 = (ox + num(), oy + num())
            else:
                p1 = (2 * cur[0] - last_ctrl[0], 2 * cur[1] - last_ctrl[1]) if last_ctrl and last_cmd in "CcSs" else cur
            p2 = (ox + num(), oy + num())
            p3 = (ox + num(), oy + num())
            pts += _cubic(cur, p1, p2, p3)
            cur, ctrl = p3, p2
        elif c in "QT":
            if c == "Q":
                p1 = (ox + num(), oy + num())
            else:
                p1 = (2 * cur[0] - last_ctrl[0], 2 * cur[1] - last_ctrl[1]) if last_ctrl and last_cmd in "QqTt" else cur
            p2 = (ox + num(), oy + num())
            pts += _quad(cur, p1, p2)
            cur, ctrl = p2, p1
        elif c == "A":
            rx, ry, phi, large, sweep = num(), num(), num(), num(), num()
            p1 = (ox + num(), oy + num())
            pts += _arc(cur, rx, ry, phi, bool(large), bool(sweep), p1)
            cur = p1
        else:
            raise Unsupported(f"path command {cmd}")
        if not pts:
            pts = [cur]
        last_cmd, last_ctrl = cmd, ctrl
    flush(False)
    return subpaths


# -- fonts (TrueType glyf outlines) -----------------------------------------------------------------


@dataclass(frozen=True)
class Font:
    data: bytes
    tables: dict[str, tuple[int, int]]
    units_per_em: int
    long_loca: bool
    cmap: dict[int, int]
    advances: tuple[int, ...]

    def glyph_offset(self, gid: int) -> tuple[int, int]:
        loca, _ = self.tables["loca"]
        if self.long_loca:
            a, b = struct.unpack_from(">II", self.data, loca + 4 * gid)
        else:
            a, b = (2 * x for x in struct.unpack_from(">HH", self.data, loca + 2 * gid))
        return self.tables["glyf"][0] + a, b - a

    def advance(self, gid: int) -> int:
        return self.advances[min(gid, len(self.advances) - 1)]

    def contours(self, gid: int, depth: int = 0) -> list[Points]:
        """The glyph's closed contours in font units (y up)."""
        off, length = self.glyph_offset(gid)
        if length == 0 or depth > 4:
            return []
        d = self.data
        n_contours = struct.unpack_from(">h", d, off)[0]
        p = off + 10
        if n_contours < 0:  # composite: components moved (and maybe scaled)
            out: list[Points] = []
            while True:
                flags, comp = struct.unpack_from(">HH", d, p)
                p += 4
                if flags & 1:
                    dx, dy = struct.unpack_from(">hh", d, p)
                    p += 4
                else:
                    dx, dy = struct.unpack_from(">bb", d, p)
                    p += 2
                sx = sy = 1.0
                if flags & 0x08:
                    sx = sy = struct.unpack_from(">h", d, p)[0] / 16384
                    p += 2
                elif flags & 0x40:
                    sx, sy = (v / 16384 for v in struct.unpack_from(">hh", d, p))
                    p += 4
                elif flags & 0x80:
                    p += 8  # a 2x2 matrix: rare in DejaVu's Latin; drawn unscaled
                if not flags & 2:
                    dx = dy = 0  # point matching: not used by the glyphs drawn here
                for c in self.contours(comp, depth + 1):
                    out.append([(x * sx + dx, y * sy + dy) for x, y in c])
                if not flags & 0x20:
                    return out
        ends = struct.unpack_from(f">{n_contours}H", d, p)
        p += 2 * n_contours
        n_points = ends[-1] + 1 if ends else 0
        p += 2 + struct.unpack_from(">H", d, p)[0]
        flags_list: list[int] = []
        while len(flags_list) < n_points:
            f = d[p]
            p += 1
            flags_list.append(f)
            if f & 8:
                flags_list += [f] * d[p]
                p += 1
        coords = []
        for short_bit, same_bit in ((2, 16), (4, 32)):
            v, vals = 0, []
            for f in flags_list:
                if f & short_bit:
                    delta = d[p]
                    p += 1
                    v += delta if f & same_bit else -delta
                elif not f & same_bit:
                    v += struct.unpack_from(">h", d, p)[0]
                    p += 2
                vals.append(v)
            coords.append(vals)
        points = list(zip(coords[0], coords[1], (f & 1 for f in flags_list), strict=True))
        out, first = [], 0
        for end in ends:
            out.append(_quad_contour(points[first : end + 1]))
            first = end + 1
        return out


def _quad_contour(pts: list[tuple[int, int, int]]) -> Points:
    """A TrueType contour (on/off-curve points) as a flattened closed polyline."""
    if not pts:
        return []
    if not pts[0][2]:  # start on an on-curve point (or the midpoint of two off-curve ones)
        i = next((k for k, q in enumerate(pts) if q[2]), None)
        if i is None:
            a, b = pts[0], pts[1]
            pts = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, 1), *pts]  # type: ignore[list-item]
        else:
            pts = pts[i:] + pts[:i]
    out: Points = [(float(pts[0][0]), float(pts[0][1]))]
    ctrl: tuple[float, float] | None = None
    for x, y, on in [*pts[1:], pts[0]]:
        if on:
            if ctrl is None:
                out.append((float(x), float(y)))
            else:
                out += _quad(out[-1], ctrl, (float(x), float(y)), 6)
                ctrl = None
        else:
            if ctrl is not None:
                mid = ((ctrl[0] + x) / 2, (ctrl[1] + y) / 2)
                out += _quad(out[-1], ctrl, mid, 6)
            ctrl = (float(x), float(y))
    return out


@cache
def load_font(bold: bool = False) -> Font | None:
    """DejaVu Sans (Bold) from the system's fonts, or None when it is not installed."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        path = folder / name
        if path.is_file():
            return _parse_font(path.read_bytes())
    return None


def _parse_font(d: bytes) -> Font:
    n_tables = struct.unpack_from(">H", d, 4)[0]
    tables = {}
    for k in range(n_tables):
        tag, _, off, length = struct.unpack_from(">4sIII", d, 12 + 16 * k)
        tables[tag.decode("latin-1")] = (off, length)
    head = tables["head"][0]
    units = struct.unpack_from(">H", d, head + 18)[0]
    long_loca = struct.unpack_from(">h", d, head + 50)[0] == 1
    n_hmetrics = struct.unpack_from(">H", d, tables["hhea"][0] + 34)[0]
    hmtx = tables["hmtx"][0]
    advances = tuple(struct.unpack_from(">H", d, hmtx + 4 * k)[0] for k in range(n_hmetrics))
    return Font(d, tables, units, long_loca, _cmap(d, tables["cmap"][0]), advances)


def _cmap(d: bytes, base: int) -> dict[int, int]:
    """The Unicode BMP map (format 4 subtable of platform 3 / encoding 1, or platform 0)."""
    n = struct.unpack_from(">H", d, base + 2)[0]
    for k in range(n):
        platform, encoding, off = struct.unpack_from(">HHI", d, base + 4 + 8 * k)
        sub = base + off
        if struct.unpack_from(">H", d, sub)[0] != 4 or (platform, encoding) not in ((3, 1), (0, 3), (0, 4)):
            continue
        seg2 = struct.unpack_from(">H", d, sub + 6)[0]
        segs = seg2 // 2
        ends = struct.unpack_from(f">{segs}H", d, sub + 14)
        starts = struct.unpack_from(f">{segs}H", d, sub + 16 + seg2)
        deltas = struct.unpack_from(f">{segs}h", d, sub + 16 + 2 * seg2)
        ro_base = sub + 16 + 3 * seg2
        range_offsets = struct.unpack_from(f">{segs}H", d, ro_base)
        out: dict[int, int] = {}
        for s in range(segs):
            for ch in range(starts[s], min(ends[s], 0xFFFE) + 1):
                if range_offsets[s] == 0:
                    gid = (ch + deltas[s]) & 0xFFFF
                else:
                    addr = ro_base + 2 * s + range_offsets[s] + 2 * (ch - starts[s])
                    gid = struct.unpack_from(">H", d, addr)[0]
                    gid = (gid + deltas[s]) & 0xFFFF if gid else 0
                if gid:
                    out[ch] = gid
        return out
    return {}


def text_geometry(
    text: str, x: float, y: float, size: float, anchor: str, bold: bool, middle: bool
) -> BaseGeometry | None:
    """The outline of ``text`` set at (x, y) in SVG user units (y down), or None without a font."""
    font = load_font(bold)
    if font is None or not text:
        return None
    scale = size / font.units_per_em
    gids = [font.cmap.get(ord(ch), 0) for ch in text]
    width = sum(font.advance(g) for g in gids) * scale
    pen = x - (width if anchor == "end" else width / 2 if anchor == "middle" else 0.0)
    baseline = y + (0.35 * size if middle else 0.0)
    shapes: list[BaseGeometry] = []
    for g in gids:
        for contour in font.contours(g):
            if len(contour) >= 3:
                ring = [(pen + cx * scale, baseline - cy * scale) for cx, cy in contour]
                shapes.append(shapely.make_valid(Polygon(ring)))
        pen += font.advance(g) * scale
    return _even_odd(shapes)


# -- geometry --------------------------------------------------------------------------------------


def _even_odd(parts: list[BaseGeometry]) -> BaseGeometry | None:
    out: BaseGeometry | None = None
    for p in parts:
        if p.is_empty:
            continue
        out = p if out is None else shapely.symmetric_difference(out, p)
    return out


def _fill_of(subpaths: list[tuple[Points, bool]]) -> BaseGeometry | None:
    polys = [shapely.make_valid(Polygon(pts)) for pts, _ in subpaths if len(pts) >= 3]
    return _even_odd(polys)


def _stroke_of(subpaths: list[tuple[Points, bool]], width: float, join: str, cap: str) -> BaseGeometry | None:
    parts = []
    for pts, closed in subpaths:
        line = LineString([*pts, pts[0]] if closed else pts)
        if line.length == 0:
            continue
        parts.append(line.buffer(width / 2, cap_style=cap, join_style=join, mitre_limit=4.0))
    return shapely.union_all(parts) if parts else None


def _affine(g: BaseGeometry, m: Matrix) -> BaseGeometry:
    a, b, c, d, e, f = m
    return shapely.affinity.affine_transform(g, [a, c, b, d, e, f])


@dataclass
class _Style:
    fill: str | None = "black"
    stroke: str | None = None
    stroke_width: float = 1.0
    fill_opacity: float = 1.0
    stroke_opacity: float = 1.0
    opacity: float = 1.0
    linejoin: str = "mitre"
    linecap: str = "flat"

    def child(self, el: ET.Element) -> _Style:
        s = _Style(**self.__dict__)
        a = el.attrib
        if "fill" in a:
            s.fill = a["fill"]
        if "stroke" in a:
            s.stroke = a["stroke"]
        if "stroke-width" in a:
            s.stroke_width = float(a["stroke-width"])
        if "fill-opacity" in a:
            s.fill_opacity = float(a["fill-opacity"])
        if "stroke-opacity" in a:
            s.stroke_opacity = float(a["stroke-opacity"])
        if "opacity" in a:
            s.opacity = self.opacity * float(a["opacity"])
        if "stroke-linejoin" in a:
            s.linejoin = {"round": "round", "bevel": "bevel"}.get(a["stroke-linejoin"], "mitre")
        if "stroke-linecap" in a:
            s.linecap = {"round": "round", "square": "square"}.get(a["stroke-linecap"], "flat")
        return s


def _shape_subpaths(el: ET.Element, tag: str) -> list[tuple[Points, bool]]:
    a = el.attrib

    def f(name: str, default: float = 0.0) -> float:
        return float(a.get(name, default))

    if tag == "path":
        return parse_path(a.get("d", ""))
    if tag in ("circle", "ellipse"):
        cx, cy = f("cx"), f("cy")
        rx, ry = (f("r"), f("r")) if tag == "circle" else (f("rx"), f("ry"))
        steps = [2 * math.pi * k / 72 for k in range(72)]
        return [([(cx + rx * math.cos(t), cy + ry * math.sin(t)) for t in steps], True)]
    if tag == "rect":
        x, y, w, h = f("x"), f("y"), f("width"), f("height")
        return [([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], True)]
    if tag == "line":
        return [([(f("x1"), f("y1")), (f("x2"), f("y2"))], False)]
    if tag in ("polyline", "polygon"):
        nums = [float(v) for v in re.split(r"[\s,]+", a.get("points", "").strip()) if v]
        return [(list(zip(nums[0::2], nums[1::2], strict=False)), tag == "polygon")]
    raise Unsupported(tag)


# -- rendering -------------------------------------------------------------------------------------


def _scanline(g: BaseGeometry, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Which sample points (every x of ``xs`` on every row of ``ys``) lie inside the polygons of
    ``g``: even-odd parity of the ring edges crossed left of each point, one pass for all rows
    (a crossing toggles every sample right of it; the running sum's parity is the inside)."""
    polys = [p for p in shapely.get_parts(g) if p.geom_type == "Polygon"]
    out = np.zeros((len(ys), len(xs)), dtype=float)
    if not polys:
        return out
    coords, ring = shapely.get_coordinates(shapely.get_rings(polys), return_index=True)
    same = ring[1:] == ring[:-1]
    ax, ay = coords[:-1][same, 0], coords[:-1][same, 1]
    bx, by = coords[1:][same, 0], coords[1:][same, 1]
    y = ys[:, None]
    crosses = (ay[None, :] <= y) != (by[None, :] <= y)
    rows, edges = np.nonzero(crosses)
    if rows.size == 0:
        return out
    t = (ys[rows] - ay[edges]) / (by[edges] - ay[edges])
    xc = ax[edges] + t * (bx[edges] - ax[edges])
    cols = np.searchsorted(xs, xc)  # first sample right of the crossing
    toggles = np.zeros((len(ys), len(xs) + 1), dtype=np.int32)
    np.add.at(toggles, (rows, cols), 1)
    out[:] = np.cumsum(toggles, axis=1)[:, : len(xs)] % 2
    return out


class _Canvas:
    def __init__(self, width: int, height: int, to_px: Matrix) -> None:
        self.w, self.h = width, height
        self.to_px = to_px
        self.rgba = np.zeros((height, width, 4), dtype=float)  # premultiplied
        s = SUPERSAMPLE
        offs = (np.arange(s) + 0.5) / s
        self.xs = (np.arange(width)[:, None] + offs[None, :]).ravel()
        self.ys = (np.arange(height)[:, None] + offs[None, :]).ravel()

    def paint(self, geom: BaseGeometry | None, colour: tuple[float, float, float, float] | None, alpha: float) -> None:
        if geom is None or colour is None or geom.is_empty:
            return
        g = _affine(geom, self.to_px)
        x0, y0, x1, y1 = g.bounds
        c0, c1 = max(0, math.floor(x0)), min(self.w, math.ceil(x1))
        r0, r1 = max(0, math.floor(y0)), min(self.h, math.ceil(y1))
        if c0 >= c1 or r0 >= r1:
            return
        s = SUPERSAMPLE
        inside = _scanline(g, self.xs[c0 * s : c1 * s], self.ys[r0 * s : r1 * s])
        cover = inside.reshape(r1 - r0, s, c1 - c0, s).mean(axis=(1, 3))
        a = cover * colour[3] * alpha
        rgb = np.array(colour[:3])
        region = self.rgba[r0:r1, c0:c1]
        region[..., :3] = rgb[None, None, :] * a[..., None] + region[..., :3] * (1 - a[..., None])
        region[..., 3] = a + region[..., 3] * (1 - a)

    def png(self) -> bytes:
        alpha = self.rgba[..., 3:4]
        with np.errstate(invalid="ignore", divide="ignore"):
            rgb = np.where(alpha > 0, self.rgba[..., :3] / np.maximum(alpha, 1e-9), 0.0)
        img = np.concatenate([rgb, alpha], axis=2)
        return encode_png(np.clip(np.rint(img * 255), 0, 255).astype(np.uint8))


def _draw(canvas: _Canvas, el: ET.Element, style: _Style, m: Matrix) -> None:
    tag = el.tag.removeprefix(SVG_NS)
    if tag in ("clipPath", "defs", "title", "desc", "metadata"):
        return
    style = style.child(el)
    m = _multiply(m, parse_transform(el.get("transform")))
    if tag in ("g", "svg"):
        for child in el:
            _draw(canvas, child, style, m)
        return
    if tag == "text":
        text = "".join(el.itertext())
        g = text_geometry(
            text,
            float(el.get("x", 0)),
            float(el.get("y", 0)),
            float(el.get("font-size", 16)),
            el.get("text-anchor", "start"),
            el.get("font-weight", "normal") in ("bold", "bolder", "700", "800", "900"),
            el.get("dominant-baseline") in ("middle", "central"),
        )
        if g is not None:
            canvas.paint(_affine(g, m), parse_colour(style.fill), style.fill_opacity * style.opacity)
        return
    subpaths = _shape_subpaths(el, tag)
    fill = parse_colour(style.fill)
    if fill is not None:
        canvas.paint(_affine_opt(_fill_of(subpaths), m), fill, style.fill_opacity * style.opacity)
    stroke = parse_colour(style.stroke)
    if stroke is not None and style.stroke_width > 0:
        g = _stroke_of(subpaths, style.stroke_width, style.linejoin, style.linecap)
        canvas.paint(_affine_opt(g, m), stroke, style.stroke_opacity * style.opacity)


def _affine_opt(g: BaseGeometry | None, m: Matrix) -> BaseGeometry | None:
    return None if g is None else _affine(g, m)


@lru_cache(maxsize=1024)
def svg_to_png(svg: str, scale: float = 1.0) -> bytes | None:
    """The SVG (as :func:`desktop.symbols.render` makes it) as PNG bytes at ``scale`` pixels per
    CSS pixel, transparent around the symbol; None when the SVG uses what this module does not
    draw (module docstring)."""
    try:
        root = ET.fromstring(svg)  # noqa: S314 - milsymbol's own output, no planner text
        w = float(root.get("width", 0)) * scale
        h = float(root.get("height", 0)) * scale
        vb = [float(v) for v in re.split(r"[\s,]+", root.get("viewBox", "").strip()) if v]
        if w <= 0 or h <= 0 or len(vb) != 4 or vb[2] <= 0 or vb[3] <= 0:
            raise Unsupported("size")
        width, height = max(1, math.ceil(w)), max(1, math.ceil(h))
        sx, sy = w / vb[2], h / vb[3]
        canvas = _Canvas(width, height, (sx, 0.0, 0.0, sy, -vb[0] * sx, -vb[1] * sy))
        style = _Style()
        for child in root:
            _draw(canvas, child, style.child(root), IDENTITY)
        return canvas.png()
    except (Unsupported, ValueError, KeyError, IndexError, struct.error, ET.ParseError, shapely.errors.GEOSException):
        return None


def encode_png(img: np.ndarray) -> bytes:
    """An (h, w, 4) uint8 RGBA array as PNG bytes (8-bit RGBA, no interlace)."""
    h, w, _ = img.shape
    raw = b"".join(b"\x00" + img[y].tobytes() for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )
