"""Time the rules engine on seeded random plans spread over Ukraine.

Run: ``.venv/bin/python bench/bench_evaluate.py [--sizes 1000 10000] [--repeats 7]``.
Prints, per plan size, the median and best wall time of ``evaluate()`` and of ``check_report()``
(findings plus metrics), after one warm-up run that loads the geo data. Goals: evaluate() under
50 ms at 1,000 units and under 500 ms at 10,000.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from desktop import geo
from desktop.doctrine import check_report, evaluate
from desktop.model import PHASES, UNIT_KINDS, Contribution, Geometry, Plan, PlanGeometry, Unit

GOALS_MS = {1_000: 50.0, 10_000: 500.0}
NATIONS = ("FR", "GB", "DE", "PL", "IT", "NL", "RO", "TR", "BG", "SE", "FI", "CA", "US", "AT", "CN")
CONTACT_LINE = ((37.9, 50.3), (38.2, 49.0), (37.6, 48.0), (36.0, 47.4), (34.5, 47.0), (33.0, 46.7))
OCCUPIED = (*CONTACT_LINE, (33.0, 45.0), (40.2, 45.0), (40.2, 50.3), CONTACT_LINE[0])


def _points(rng: np.random.Generator, n: int, keep: Callable[..., Any], box: Sequence[float]) -> np.ndarray:
    """``n`` random (lon, lat) inside ``box`` for which ``keep(lons, lats)`` holds."""
    out = np.empty((0, 2))
    while len(out) < n:
        lon = rng.uniform(box[0], box[2], 4 * n)
        lat = rng.uniform(box[1], box[3], 4 * n)
        ok = keep(lon, lat)
        out = np.vstack([out, np.column_stack([lon[ok], lat[ok]])])
    return out[:n]


def random_plan(n: int, seed: int = 0) -> Plan:
    """A plan of ``n`` units of every kind and phase; land and air units in Ukraine (a few just
    outside), sea units in the Black Sea (some as routes), with a contact line and occupied area."""
    rng = np.random.default_rng(seed)
    kinds = list(UNIT_KINDS)
    land_pts = _points(rng, n, geo.in_ukraine_many, (22.1, 44.4, 40.2, 52.4))
    sea_pts = _points(rng, n, geo.at_sea_many, (28.5, 41.5, 39.5, 46.5))
    units = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        nation = NATIONS[int(rng.integers(len(NATIONS)))]
        phases = tuple(p for p in PHASES if rng.random() < 0.7)
        if kind.startswith("sea."):
            lon, lat = sea_pts[i]
            if i % 3 == 0:
                route = ((lon, lat), (lon + 0.3, lat - 0.2), (lon + 0.6, lat + 0.1))
                geometry = Geometry("LineString", route)
            else:
                geometry = Geometry.point(lon, lat)
        else:
            geometry = Geometry.point(*land_pts[i])
        units.append(
            Unit(
                f"u-{i + 1}",
                kind,
                nation,
                geometry,
                strength=int(rng.integers(0, 3000)),
                phases=phases,
                roles=("ceasefire_monitoring",) if i % 97 == 0 else (),
                range_km=float(rng.choice([25, 40, 100])) if kind == "air.defence" else None,
                generation=float(rng.choice([3, 4, 4.5, 5])) if kind == "air.policing" else None,
                count=12 if kind == "air.policing" else None,
            )
        )
    geometries = (
        PlanGeometry("line", "contact_line", Geometry("LineString", CONTACT_LINE)),
        PlanGeometry("occ", "occupied_area", Geometry("Polygon", (OCCUPIED,))),
    )
    contributions = (Contribution("DE", "funding", 1e9), Contribution("US", "isr"))
    return Plan(name=f"Random {n}", units=tuple(units), geometries=geometries, contributions=contributions)


def _time_ms(fn: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times


def run(sizes: Sequence[int] = (1_000, 10_000), repeats: int = 7) -> list[dict[str, Any]]:
    """One row per size: units, findings, evaluate and check_report median/best in ms, goal."""
    rows = []
    for n in sizes:
        plan = random_plan(n)
        findings = len(evaluate(plan))  # warm-up: loads and prepares the geo data
        ev = _time_ms(partial(evaluate, plan), repeats)
        cr = _time_ms(partial(check_report, plan), repeats)
        rows.append(
            {
                "units": n,
                "findings": findings,
                "evaluate_median_ms": statistics.median(ev),
                "evaluate_best_ms": min(ev),
                "check_report_median_ms": statistics.median(cr),
                "goal_ms": GOALS_MS.get(n),
            }
        )
    return rows


def format_rows(rows: Sequence[dict[str, Any]]) -> str:
    head = f"{'units':>7} {'findings':>9} {'evaluate median':>16} {'best':>8} {'check_report':>13} {'goal':>8}"
    lines = [head, "-" * len(head)]
    for r in rows:
        goal = f"<{r['goal_ms']:.0f} ms" if r["goal_ms"] else ""
        ok = "" if not r["goal_ms"] else (" ok" if r["evaluate_median_ms"] < r["goal_ms"] else " MISSED")
        lines.append(
            f"{r['units']:>7,} {r['findings']:>9,} {r['evaluate_median_ms']:>13.1f} ms "
            f"{r['evaluate_best_ms']:>5.1f} ms {r['check_report_median_ms']:>10.1f} ms {goal:>8}{ok}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    p.add_argument("--repeats", type=int, default=7)
    args = p.parse_args(argv)
    print(format_rows(run(args.sizes, args.repeats)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
