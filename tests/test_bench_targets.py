"""The bench's issue-20 targets: each a ratio of two rows of the same run, met or not, or not run."""

from __future__ import annotations

from bench.__main__ import TARGETS, Row, ratios


def rows(**medians: float) -> list[Row]:
    out = []
    for key, value in medians.items():
        measure, size = {
            "drag10": ("drag: move to findings shown", 10),
            "drag10k": ("drag: move to findings shown", 10_000),
            "floor": ("start: floor (bare Leaflet page, same scheme)", 0),
            "start10k": ("start: process to map ready", 10_000),
        }[key]
        out.append(Row(measure, size, value, value * 1.5, "ms", "", None, 5))
    return out


def test_a_ratio_is_the_quotient_of_two_rows_and_is_judged_against_its_limit() -> None:
    found = {r.target: r for r in ratios(rows(drag10=10.0, drag10k=25.0, floor=0.5, start10k=1.4))}
    assert found["drag, 10,000 units: median"].value == 2.5
    assert found["drag, 10,000 units: median"].met is False  # limit 2×
    assert found["drag, 10,000 units: p95"].value == 2.5 and found["drag, 10,000 units: p95"].met is True
    assert found["start, 10,000 units, to the floor"].value == 2.8
    assert found["start, 10,000 units, to the floor"].met is True


def test_a_target_whose_rows_were_not_run_is_not_run_rather_than_met() -> None:
    found = ratios(rows(drag10=10.0))
    assert len(found) == len(TARGETS)
    assert all(r.value is None and r.met is None for r in found)
