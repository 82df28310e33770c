"""Plan files written back by GIS tools (QGIS, GDAL) still import."""

from __future__ import annotations

import json

import pytest

from desktop.planfile import PlanFileError, parse_plan


def _file(**props: object) -> str:
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
               "properties": {"kind": "sea.patrol", "nation": "RO", **props}}  # fmt: skip
    return json.dumps({"type": "FeatureCollection", "posture": {"format": 1}, "features": [feature]})


def test_whole_numbers_written_as_reals_are_read_as_whole_numbers() -> None:
    unit = parse_plan(_file(strength=5000.0, ships=3.0)).units[0]
    assert (unit.strength, unit.ships) == (5000, 3)
    assert isinstance(unit.strength, int) and isinstance(unit.ships, int)


@pytest.mark.parametrize("value", [5000.5, -1.0, float("1e300")])
def test_reals_that_are_not_counts_are_still_refused(value: float) -> None:
    with pytest.raises(PlanFileError, match="strength"):
        parse_plan(_file(strength=value))
