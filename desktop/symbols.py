"""The one adapter around ``milsymbol`` (APP-6D / MIL-STD-2525D symbols as SVG).

Everything that draws a unit symbol (palette, map page, print, KML, HTML export) comes here, so
the same SIDC and nation give the same picture everywhere. milsymbol draws no national
identification, so the nation's ISO code is drawn as the unit's text amplifier (field T, beside
the frame). Only validated SIDCs and ISO codes reach milsymbol: no planner text is ever put
into a symbol, so the SVG is safe to insert as markup.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.catalogue import default_sidc, is_nation_code
from desktop.model import Unit

log = logging.getLogger(__name__)

#: Bump when the SVG this adapter makes changes (the disk cache is keyed by it).
ADAPTER_VERSION = 2

SIDC_RE = re.compile(r"^\d{20}$")
FONT = "DejaVu Sans"
DEFAULT_SIZE = 26
UNKNOWN_KEY = "?"


@dataclass(frozen=True)
class Symbol:
    """An SVG symbol with its pixel size and the anchor (the unit's position inside it)."""

    svg: str
    width: float
    height: float
    anchor_x: float
    anchor_y: float

    def as_page(self) -> dict[str, object]:
        return {"svg": self.svg, "w": self.width, "h": self.height, "ax": self.anchor_x, "ay": self.anchor_y}


class _DiskCache:
    """Symbols already drawn, kept between runs in the user's cache folder.

    milsymbol loads about 0.5 s of data on its first call; with every symbol of the palette and
    of the last plan on disk, a start needs none of it. One JSON line per entry, appended as new
    symbols are drawn; a damaged or foreign line is skipped. ``$POSTURE_CACHE_DIR`` overrides
    the folder (tests use it); any error only costs the speed-up.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, Any] | None = None

    def _path(self) -> Path:
        folder = os.environ.get("POSTURE_CACHE_DIR")
        if not folder:
            import platformdirs

            folder = platformdirs.user_cache_dir("posture", appauthor=False)
        return Path(folder) / f"symbols-{_milsymbol_stamp()}-{ADAPTER_VERSION}.jsonl"

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = {}
            try:
                with self._path().open(encoding="utf-8") as f:
                    for line in f:
                        try:
                            key, value = json.loads(line)
                            self._entries[str(key)] = value
                        except (ValueError, TypeError):
                            continue
            except OSError:
                pass
        return self._entries

    def get(self, key: str) -> Any:
        with self._lock:
            return self._load().get(key)

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._load()[key] = value
            try:
                path = self._path()
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps([key, value]) + "\n")
            except OSError as e:
                log.debug("symbol cache not written: %s", e)


def _milsymbol_stamp() -> str:
    """Identifies the installed milsymbol data (size and time of its symbol table) without
    importing it or importlib.metadata (about 40 ms of a start)."""
    import importlib.util

    spec = importlib.util.find_spec("milsymbol")
    origin = Path(spec.origin) if spec and spec.origin else None
    data = origin.parent / "data" / "number-data.json.gz" if origin else None
    try:
        st = data.stat() if data else None
    except OSError:
        st = None
    return f"{st.st_size}-{int(st.st_mtime)}" if st else "unknown"


_CACHE = _DiskCache()


def is_valid_sidc(sidc: object) -> bool:
    """A 20-digit APP-6D code that milsymbol knows how to draw."""
    return isinstance(sidc, str) and bool(SIDC_RE.match(sidc)) and _valid(sidc)


@lru_cache(maxsize=4096)
def _valid(sidc: str) -> bool:
    key = f"valid|{sidc}"
    cached = _CACHE.get(key)
    if cached is not None:
        return bool(cached)
    import milsymbol  # slow first call: only when the cache does not know this code

    ok = bool(milsymbol.Symbol(sidc).is_valid())
    _CACHE.put(key, ok)
    return ok


def sidc_of(unit: Unit) -> str:
    """The unit's own SIDC when valid, else the catalogue's default for its kind."""
    if unit.sidc and is_valid_sidc(unit.sidc):
        return unit.sidc
    return default_sidc(unit.kind)


def key_of(unit: Unit) -> str:
    """The key the map page uses to share one symbol image among units."""
    return symbol_key(sidc_of(unit), unit.nation)


def symbol_key(sidc: str, nation: str) -> str:
    return f"{sidc}|{nation}"


@lru_cache(maxsize=4096)
def render(sidc: str, nation: str = "", size: int = DEFAULT_SIZE) -> Symbol:
    """The symbol for ``sidc`` labelled with ``nation`` (an ISO code, or empty for none)."""
    if not SIDC_RE.match(sidc):
        raise ValueError(f"not a 20-digit SIDC: {sidc!r}")
    label = nation if is_nation_code(nation) else ""
    key = f"render|{sidc}|{label}|{size}"
    cached = _CACHE.get(key)
    if isinstance(cached, list) and len(cached) == 5:
        return Symbol(str(cached[0]), *(float(v) for v in cached[1:]))
    import milsymbol

    sym = milsymbol.Symbol(sidc, size=size, font_family=FONT, unique_designation=label or None)
    w, h = sym.get_size()["width"], sym.get_size()["height"]
    a = sym.get_anchor()
    # milsymbol hard-codes Arial for icon text (FF, MCM…); Chromium then falls back to a serif.
    svg = sym.as_svg().replace('font-family="Arial"', f'font-family="{FONT}, Arial, sans-serif"')
    out = Symbol(svg, float(w), float(h), float(a["x"]), float(a["y"]))
    _CACHE.put(key, [out.svg, out.width, out.height, out.anchor_x, out.anchor_y])
    return out


def unknown_symbol(size: int = DEFAULT_SIZE) -> Symbol:
    """Drawn for a unit whose symbol cannot be made (should not happen with validated plans)."""
    s = size * 1.2
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" viewBox="0 0 40 40">'
        '<rect x="4" y="4" width="32" height="32" fill="#eee" stroke="#c00" stroke-width="3"/>'
        '<text x="20" y="28" font-size="22" text-anchor="middle" fill="#c00">?</text></svg>'
    )
    return Symbol(svg, s, s, s / 2, s / 2)


def symbols_for(units: list[Unit] | tuple[Unit, ...], size: int = DEFAULT_SIZE) -> dict[str, Symbol]:
    """Every distinct symbol these units need, by key (a plan of 10,000 units needs a few dozen)."""
    out: dict[str, Symbol] = {}
    for u in units:
        k = key_of(u)
        if k not in out:
            sidc, nation = k.split("|", 1)
            out[k] = render(sidc, nation, size)
    return out
