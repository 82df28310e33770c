"""How figures read in the panel, on prints and in reports (pure)."""

from __future__ import annotations


def money(amount_eur: float | None) -> str:
    """``€2.5 bn``, ``€350.0 m``, ``€12,000``; an en dash for nothing."""
    if not amount_eur:
        return "–"
    if amount_eur >= 1e9:
        return f"€{amount_eur / 1e9:,.1f} bn"
    if amount_eur >= 1e6:
        return f"€{amount_eur / 1e6:,.1f} m"
    return f"€{amount_eur:,.0f}"
