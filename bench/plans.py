"""Seeded plans of any size spread over Ukraine, for benchmarks and scale tests."""

from __future__ import annotations

import random

from desktop import catalogue, geo
from desktop.model import Geometry, Plan, Unit

#: Nations drawn for generated units (weights favour the lead nations, as real plans do).
NATIONS = ("GB", "FR", "DE", "PL", "NL", "SE", "NO", "FI", "DK", "IT", "ES", "CA", "RO", "TR", "BG", "US")
BOX = (22.2, 44.4, 40.2, 52.3)


def generated_plan(n: int, seed: int = 1, name: str | None = None) -> Plan:
    """``n`` units of every template, at random points inside Ukraine (sea units at sea)."""
    rng = random.Random(seed)
    templates = catalogue.templates()
    units = []
    while len(units) < n:
        t = templates[len(units) % len(templates)]
        sea = t.kind.startswith("sea.")
        lon, lat = _point(rng, sea)
        d = t.defaults
        units.append(
            Unit(
                id=f"g-{len(units) + 1}",
                kind=t.kind,
                nation=rng.choice(NATIONS),
                geometry=Geometry.point(lon, lat),
                name=f"{t.label} {len(units) + 1}",
                strength=int(d.get("strength", 0)),
                system=d.get("system"),
                range_km=d.get("range_km"),
                aircraft=d.get("aircraft"),
                generation=d.get("generation"),
                count=d.get("count"),
                ships=d.get("ships"),
                sidc=t.sidc,
            )
        )
    return Plan(name=name or f"Generated {n} units (seed {seed})", units=tuple(units))


def _point(rng: random.Random, sea: bool) -> tuple[float, float]:
    while True:
        if sea:
            lon, lat = rng.uniform(29.7, 33.5), rng.uniform(44.6, 46.3)
            if geo.at_sea(lon, lat):
                return round(lon, 5), round(lat, 5)
        else:
            lon, lat = rng.uniform(BOX[0], BOX[2]), rng.uniform(BOX[1], BOX[3])
            if geo.in_ukraine(lon, lat):
                return round(lon, 5), round(lat, 5)
