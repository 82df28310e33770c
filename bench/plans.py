"""Seeded plans of any size spread over Ukraine, for the benchmarks and the scale tests.

Every template of the palette in turn, nations drawn at random, phases and roles varied, land
and air units inside Ukraine, sea units at sea (a third of the patrols as routes), a contact
line and an occupied area, so that every rule of the engine has work to do.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from desktop import catalogue, geo
from desktop.model import PHASES, Contribution, Geometry, Plan, PlanGeometry, Unit

NATIONS = ("GB", "FR", "DE", "PL", "NL", "SE", "NO", "FI", "DK", "IT", "ES", "CA", "RO", "TR", "BG", "US", "AT")
CONTACT_LINE = ((37.9, 50.3), (38.2, 49.0), (37.6, 48.0), (36.0, 47.4), (34.5, 47.0), (33.0, 46.7))
OCCUPIED = (*CONTACT_LINE, (33.0, 45.0), (40.2, 45.0), (40.2, 50.3), CONTACT_LINE[0])
LAND_BOX = (22.2, 44.4, 40.2, 52.3)
SEA_BOX = (29.7, 44.6, 33.5, 46.3)


def _points(rng: np.random.Generator, n: int, keep: Callable[..., np.ndarray], box: tuple[float, ...]) -> np.ndarray:
    """``n`` random (lon, lat), rounded to 5 decimals, inside ``box`` where ``keep(lons, lats)``."""
    out = np.empty((0, 2))
    while len(out) < n:
        lon = rng.uniform(box[0], box[2], 4 * n + 16)
        lat = rng.uniform(box[1], box[3], 4 * n + 16)
        ok = keep(lon, lat)
        out = np.vstack([out, np.column_stack([lon[ok], lat[ok]]).round(5)])
    return out[:n]


def generated_plan(n: int, seed: int = 1, name: str | None = None) -> Plan:
    """A plan of ``n`` units (deterministic for a given ``n`` and ``seed``)."""
    rng = np.random.default_rng(seed)
    templates = catalogue.templates()
    land = _points(rng, n, geo.in_ukraine_many, LAND_BOX)
    sea = _points(rng, n, geo.at_sea_many, SEA_BOX)
    units = []
    for i in range(n):
        t = templates[i % len(templates)]
        if t.kind.startswith("sea."):
            lon, lat = (float(v) for v in sea[i])
            route = ((lon, lat), (lon + 0.2, lat - 0.15), (lon + 0.4, lat + 0.05))
            geometry = (
                Geometry("LineString", route) if t.kind == "sea.patrol" and i % 3 == 0 else Geometry.point(lon, lat)
            )
        else:
            geometry = Geometry.point(float(land[i][0]), float(land[i][1]))
        values = t.unit_values()
        if i % 97 == 0:
            values["roles"] = ("ceasefire_monitoring",)
        units.append(
            Unit(
                id=f"g-{i + 1}",
                nation=NATIONS[int(rng.integers(len(NATIONS)))],
                geometry=geometry,
                name=f"{t.label} {i + 1}",
                phases=tuple(p for p in PHASES if rng.random() < 0.8),
                **values,
            )
        )
    geometries = (
        PlanGeometry("line", "contact_line", Geometry("LineString", CONTACT_LINE)),
        PlanGeometry("occupied", "occupied_area", Geometry("Polygon", (OCCUPIED,))),
    )
    contributions = (Contribution("DE", "funding", 1e9), Contribution("US", "isr", None, "satellite imagery"))
    return Plan(
        name=name or f"Generated {n:,} units (seed {seed})",
        units=tuple(units),
        geometries=geometries,
        contributions=contributions,
    )
