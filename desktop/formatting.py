"""How figures read in the panel, on prints and in reports (pure)."""

from __future__ import annotations

import json
import math
from typing import Any


def money(amount_eur: float | None) -> str:
    """``€2.5 bn``, ``€350.0 m``, ``€12,000``; an en dash for nothing."""
    if not amount_eur or not math.isfinite(amount_eur):  # not finite: only a damaged library holds it
        return "–"
    if amount_eur >= 1e9:
        return f"€{amount_eur / 1e9:,.1f} bn"
    if amount_eur >= 1e6:
        return f"€{amount_eur / 1e6:,.1f} m"
    return f"€{amount_eur:,.0f}"


def finite(value: Any) -> Any:
    """``value`` with every float that is not finite (NaN, ±Infinity) replaced by ``None``."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    return value


def json_text(value: Any, indent: int | None = None) -> str:
    """Strict JSON (RFC 8259) of ``value`` for every ``--json`` output: never ``NaN`` or
    ``Infinity``, whatever the plan holds (a figure that is not finite is ``null``)."""
    return json.dumps(finite(value), indent=indent, ensure_ascii=False, allow_nan=False)
