"""Positions typed by planners: decimal degrees, degrees-minutes-seconds or MGRS; and back.

:func:`parse_position` reads any of::

    50.4501, 30.5234            latitude first, as planners write it
    50.4501 N 30.5234 E         hemisphere letters (before or after; any order: 30.52E 50.45N)
    50°27'00.4"N 30°31'24.2"E   DMS (°, ', ", or spaces: 50 27 00.4 N 30 31 24.2 E; also 50°27.5'N)
    36U UA 23940 91604          MGRS (any number of spaces; 1 to 5 digits per coordinate)

and gives ``(lon, lat)`` (GeoJSON order, like the rest of the core), or raises
:class:`CoordinateError` with one line that says what is wrong. An MGRS reference names a grid
square; the position is its centre (``36UUA2391`` is the 1 km square's middle), which is within
a metre of the point for a 10-digit reference.

Pure: no Qt. Uses the ``mgrs`` package (GeoTrans) for the grid.
"""

from __future__ import annotations

import math
import re

import mgrs

from desktop.i18n import translate

_MGRS = mgrs.MGRS()


class CoordinateError(ValueError):
    """Text that is not a position."""


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def format_decimal(lon: float, lat: float, digits: int = 5) -> str:
    """``50.45010° N, 30.52340° E``."""
    return f"{abs(lat):.{digits}f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.{digits}f}° {'E' if lon >= 0 else 'W'}"


def _dms(value: float, positive: str, negative: str, width: int) -> str:
    hemi = positive if value >= 0 else negative
    total = round(abs(value) * 3600, 1)  # tenths of a second: about 3 m
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{int(d):0{width}d}°{int(m):02d}′{s:04.1f}″{hemi}"


def format_dms(lon: float, lat: float) -> str:
    """``50°27′00.4″N 30°31′24.2″E``."""
    return f"{_dms(lat, 'N', 'S', 2)} {_dms(lon, 'E', 'W', 3)}"


def mgrs_of(lon: float, lat: float, precision: int = 5) -> str | None:
    """``36U UA 23940 91604`` (1 m at precision 5), or None where MGRS is not defined (polar)."""
    if not (-80.0 <= lat <= 84.0 and -180.0 <= lon <= 180.0) or not (math.isfinite(lon) and math.isfinite(lat)):
        return None
    try:
        raw = _MGRS.toMGRS(lat, lon, MGRSPrecision=precision)
    except Exception:  # the GeoTrans library raises its own error type
        return None
    text = raw.decode() if isinstance(raw, bytes) else str(raw)
    digits = text[5:]
    half = len(digits) // 2
    return f"{text[:3]} {text[3:5]} {digits[:half]} {digits[half:]}"


def format_all(lon: float, lat: float) -> str:
    """The three forms on one line: decimal · DMS · MGRS."""
    m = mgrs_of(lon, lat)
    return f"{format_decimal(lon, lat)}  ·  {format_dms(lon, lat)}" + (f"  ·  MGRS {m}" if m else "")


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------

_MGRS_RE = re.compile(r"^\s*(\d{1,2})\s*([C-HJ-NP-X])\s*([A-HJ-NP-Z])\s*([A-HJ-NP-V])\s*([\d\s]*)$", re.IGNORECASE)

_MARKS = "°º'′’\"″”"
#: One angle written with marks: degrees (° optional for a plain number), minutes ('), seconds (").
_MARKED = re.compile(
    r"""
    (?P<deg>[-+]?\d+(?:\.\d+)?)\s*[°º]?\s*
    (?:(?P<min>\d+(?:\.\d+)?)\s*['′’]\s*)?
    (?:(?P<sec>\d+(?:\.\d+)?)\s*(?:"|″|”|''|'')\s*)?
    """,
    re.VERBOSE,
)
_HEMI = frozenset("NSEW")


def looks_like_mgrs(text: str) -> bool:
    return bool(_MGRS_RE.match(text))


def parse_mgrs(text: str) -> tuple[float, float]:
    """(lon, lat) of the centre of the MGRS grid square ``text``."""
    m = _MGRS_RE.match(text)
    if not m:
        raise CoordinateError(
            translate("Coords", "{text!r} is not an MGRS reference (e.g. 36U UA 23940 91604)").format(text=text.strip())
        )
    zone, band, col, row, digits = m.groups()
    digits = re.sub(r"\s+", "", digits)
    if len(digits) % 2 or len(digits) > 10:
        raise CoordinateError(
            translate("Coords", "{text!r}: an MGRS reference has as many easting as northing digits (1 to 5 each)")
            .format(text=text.strip())
        )  # fmt: skip
    if not 1 <= int(zone) <= 60:
        raise CoordinateError(
            translate("Coords", "{text!r}: MGRS zone {zone} is not 1 to 60").format(text=text.strip(), zone=zone)
        )
    half = len(digits) // 2
    east, north = digits[:half], digits[half:]
    if half < 5:  # the centre of the square, not its south-west corner
        east, north = (east + "5").ljust(5, "0"), (north + "5").ljust(5, "0")
    ref = f"{int(zone):02d}{band}{col}{row}{east}{north}".upper()
    try:
        lat, lon = _MGRS.toLatLon(ref)
    except Exception:  # GeoTrans's own error type
        raise CoordinateError(
            translate("Coords", "{text!r} is not a valid MGRS reference (no such grid square)").format(
                text=text.strip()
            )
        ) from None
    return float(lon), float(lat)


def _angle(deg: str, minutes: str | None, seconds: str | None, hemi: str | None, text: str) -> tuple[float, str | None]:
    d, m, sec = float(deg), float(minutes or 0), float(seconds or 0)
    if m >= 60 or sec >= 60:
        raise CoordinateError(translate("Coords", "{text}: minutes and seconds are below 60").format(text=text))
    if (minutes or seconds) and not d.is_integer():
        raise CoordinateError(
            translate("Coords", "{text}: degrees followed by minutes are whole degrees").format(text=text)
        )
    if seconds and minutes and not float(minutes).is_integer():
        raise CoordinateError(
            translate("Coords", "{text}: minutes followed by seconds are whole minutes").format(text=text)
        )
    value = abs(d) + m / 60 + sec / 3600
    negative = deg.startswith("-")
    if hemi in ("S", "W"):
        if negative:
            raise CoordinateError(
                translate("Coords", "{text}: a negative number with {hemisphere}").format(text=text, hemisphere=hemi)
            )
        negative = True
    return (-value if negative else value), hemi


def _tokens(text: str) -> list[str]:
    """Numbers, marks-joined angles and hemisphere letters of ``text``."""
    t = text.strip().upper()
    if re.search(r"\d,\d", t) and "." not in t and re.search(r"\d\s+[\d+-]", t):
        t = t.replace(",", ".")  # "50,45 30,52": decimal commas
    t = re.sub(r"[,;/]", " ", t)
    word = re.search(r"[A-Z]{2,}|[A-DF-MO-RT-VX-Z]", t)
    if word:
        raise CoordinateError(
            translate("Coords", "{text!r}: {word!r} is not part of a coordinate").format(
                text=text.strip(), word=word.group(0)[:12]
            )
        )
    t = re.sub(r"([NSEW])", r" \1 ", t)  # N50.45 / 50.45N: the letter apart
    return t.split()


def _angles(text: str) -> list[tuple[float, str | None]]:
    """Each angle in ``text`` as (signed degrees, hemisphere letter or None)."""
    shown = repr(text.strip())
    tokens = _tokens(text)
    if not tokens:
        return []
    letters = [i for i, tok in enumerate(tokens) if tok in _HEMI]
    bad = [tok for tok in tokens if tok not in _HEMI and not re.fullmatch(rf"[-+0-9.{_MARKS}]+", tok)]
    if bad:
        raise CoordinateError(
            translate("Coords", "{text}: cannot read {word!r} as part of a coordinate").format(
                text=shown, word=bad[0][:12]
            )
        )
    # group the numbers: by hemisphere letters when there are, else one group per marked angle
    groups: list[tuple[list[str], str | None]] = []
    if letters:
        prefix = tokens[0] in _HEMI
        current: list[str] = []
        hemi: str | None = None
        for tok in tokens:
            if tok in _HEMI:
                if prefix:
                    if current or hemi:
                        groups.append((current, hemi))
                    current, hemi = [], tok
                else:
                    groups.append((current, tok))
                    current = []
            else:
                current.append(tok)
        if prefix:
            groups.append((current, hemi))
        elif current:
            groups.append((current, None))
    else:
        marked = any(c in text for c in _MARKS)
        groups = [(tokens, None)] if marked else [([tok], None) for tok in tokens]
    out = []
    for nums, hemi in groups:
        joined = " ".join(nums)
        if not nums:
            raise CoordinateError(
                translate("Coords", "{text}: a hemisphere letter without a number").format(text=shown)
            )
        if any(c in joined for c in _MARKS):
            pieces = [m for m in _MARKED.finditer(joined.replace(" ", "")) if m.group(0)]
            for i, m in enumerate(pieces):
                last = hemi if i == len(pieces) - 1 else None
                out.append(_angle(m.group("deg"), m.group("min"), m.group("sec"), last, shown))
            if "".join(m.group(0) for m in pieces) != joined.replace(" ", ""):
                raise CoordinateError(
                    translate("Coords", "{text}: cannot read {part!r} as degrees, minutes and seconds").format(
                        text=shown, part=joined
                    )
                )
        elif len(nums) <= 3 and hemi is not None:
            minutes = nums[1] if len(nums) > 1 else None
            seconds = nums[2] if len(nums) > 2 else None
            out.append(_angle(nums[0], minutes, seconds, hemi, shown))
        else:
            for n in nums:
                if not re.fullmatch(r"[-+]?\d+(?:\.\d+)?", n):
                    raise CoordinateError(
                        translate("Coords", "{text}: {part!r} is not a number").format(text=shown, part=n)
                    )
                out.append(_angle(n, None, None, hemi, shown))
    if not letters and len(out) in (4, 6) and all("." not in t for t in tokens[:-1]):
        per = len(out) // 2  # "50 27 30 31" or "50 27 00 30 31 12": degrees, minutes (seconds)
        parts = tokens
        out = [_angle(parts[0], parts[1], parts[2] if per == 3 else None, None, shown),
               _angle(parts[per], parts[per + 1], parts[per + 2] if per == 3 else None, None, shown)]  # fmt: skip
    return out


def parse_position(text: str) -> tuple[float, float]:
    """(lon, lat) of a typed position (decimal, DMS or MGRS); :class:`CoordinateError` if none."""
    if not isinstance(text, str) or not text.strip():
        raise CoordinateError(translate("Coords", "no position given"))
    if len(text) > 100:
        raise CoordinateError(translate("Coords", "a position is at most 100 characters"))
    if looks_like_mgrs(text):
        return parse_mgrs(text)
    angles = _angles(text)
    if len(angles) != 2:
        raise CoordinateError(
            translate("Coords", "{text!r}: give two coordinates, latitude and longitude (found {n})").format(
                text=text.strip(), n=len(angles)
            )
        )
    (a, ha), (b, hb) = angles
    if ha in ("E", "W") or hb in ("N", "S"):
        (a, ha), (b, hb) = (b, hb), (a, ha)  # longitude written first
    if ha in ("E", "W") or hb in ("N", "S"):
        raise CoordinateError(
            translate("Coords", "{text!r}: one latitude (N/S) and one longitude (E/W), please").format(
                text=text.strip()
            )
        )
    lat, lon = a, b
    if not -90 <= lat <= 90:
        raise CoordinateError(
            translate("Coords", "{text!r}: latitude {value} is outside −90…90").format(
                text=text.strip(), value=f"{lat:g}"
            )
        )
    if not -180 <= lon <= 180:
        raise CoordinateError(
            translate("Coords", "{text!r}: longitude {value} is outside −180…180").format(
                text=text.strip(), value=f"{lon:g}"
            )
        )
    return lon, lat


def parse_angle(text: str, axis: str) -> float:
    """One latitude (``axis`` "lat") or longitude ("lon") in decimal degrees or DMS."""
    name = translate("Coords", "Latitude") if axis == "lat" else translate("Coords", "Longitude")
    try:
        angles = _angles(text) if text.strip() else []
    except CoordinateError as e:
        raise CoordinateError(f"{name}: {e}") from None
    if len(angles) != 1:
        raise CoordinateError(
            translate("Coords", "{axis}: {text!r} is not one angle (e.g. 50.45 or 50°27′00″N)").format(
                axis=name, text=text.strip()
            )
        )
    value, hemi = angles[0]
    if (axis == "lat" and hemi in ("E", "W")) or (axis == "lon" and hemi in ("N", "S")):
        raise CoordinateError(
            translate("Coords", "{axis}: {text!r} has the wrong hemisphere letter").format(axis=name, text=text.strip())
        )
    limit = 90 if axis == "lat" else 180
    if not -limit <= value <= limit:
        raise CoordinateError(
            translate("Coords", "{axis}: {value} is outside −{limit}…{limit}").format(
                axis=name, value=f"{value:g}", limit=limit
            )
        )
    return value


def try_position(text: str) -> tuple[float, float] | None:
    """:func:`parse_position`, or None when the text is not a position (for a search box)."""
    try:
        return parse_position(text)
    except CoordinateError:
        return None
