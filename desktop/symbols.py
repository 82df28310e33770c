"""The one adapter around ``milsymbol`` (APP-6D / MIL-STD-2525D symbols as SVG).

Everything that draws a unit symbol (palette, map page, print, KML, HTML export) comes here, so
the same SIDC and nation give the same picture everywhere. milsymbol draws no national
identification, so the nation's ISO code is drawn as the unit's text amplifier (field T, beside
the frame). Only validated SIDCs and ISO codes reach milsymbol: no planner text is ever put
into a symbol, so the SVG is safe to insert as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import milsymbol

from desktop.catalogue import default_sidc, is_nation_code
from desktop.model import Unit

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


def is_valid_sidc(sidc: object) -> bool:
    """A 20-digit APP-6D code that milsymbol knows how to draw."""
    return isinstance(sidc, str) and bool(SIDC_RE.match(sidc)) and _valid(sidc)


@lru_cache(maxsize=4096)
def _valid(sidc: str) -> bool:
    return bool(milsymbol.Symbol(sidc).is_valid())


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
    sym = milsymbol.Symbol(sidc, size=size, font_family=FONT, unique_designation=label or None)
    w, h = sym.get_size()["width"], sym.get_size()["height"]
    a = sym.get_anchor()
    # milsymbol hard-codes Arial for icon text (FF, MCM…); Chromium then falls back to a serif.
    svg = sym.as_svg().replace('font-family="Arial"', f'font-family="{FONT}, Arial, sans-serif"')
    return Symbol(svg, float(w), float(h), float(a["x"]), float(a["y"]))


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
