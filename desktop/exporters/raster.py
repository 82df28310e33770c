"""Symbol SVG to PNG without Qt: the icons of the KML export (Google Earth draws no SVG icon).

The rendering is resvg's (the maintained Rust SVG renderer, through ``resvg-py``), with the
system fonts (DejaVu Sans, the font the symbols name). The SVG is the symbol engine's own
output (:mod:`desktop.symbols`), never planner text.
"""

from __future__ import annotations

import logging

import resvg_py

log = logging.getLogger(__name__)


def svg_to_png(svg: str, scale: float = 2.0) -> bytes | None:
    """The SVG as PNG bytes at ``scale`` pixels per SVG pixel; ``None`` when resvg cannot draw it."""
    try:
        return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=float(scale)))
    except (ValueError, RuntimeError, OSError) as e:
        log.warning("symbol not rasterised: %s", e)
        return None
