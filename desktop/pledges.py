"""Pledged against placed: the personnel each nation has pledged (contributions of kind
``troops``, plan-format.md) set against the troops it has placed on the map, as the rules count
them in the viewed phase. A pledge is not counted as deployed. Pure: no Qt."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.model import Contribution, Plan


def pledged_troops(c: Contribution) -> int:
    """The personnel a ``troops`` contribution pledges (0 for any other kind)."""
    if c.kind != "troops":
        return 0
    n = c.extra.get("troops")
    return n if isinstance(n, int) and not isinstance(n, bool) and n >= 0 else 0


def with_troops(c: Contribution, troops: int) -> Contribution:
    """``c`` pledging ``troops`` personnel."""
    return replace(c, extra={**c.extra, "troops": int(troops)})


def pledged_by_nation(plan: Plan) -> dict[str, int]:
    """Nation -> personnel pledged, for every nation with a ``troops`` contribution."""
    out: dict[str, int] = {}
    for c in plan.contributions:
        if c.kind == "troops":
            out[c.nation] = out.get(c.nation, 0) + pledged_troops(c)
    return out


@dataclass(frozen=True)
class Pledge:
    nation: str
    pledged: int
    placed: int

    @property
    def gap(self) -> int:
        """Troops still to place (negative: more placed than pledged)."""
        return self.pledged - self.placed


def pledges(plan: Plan, placed_by_nation: dict[str, int]) -> dict[str, Pledge]:
    """Nation -> its pledge against ``placed_by_nation`` (the rules' troop count), for nations
    that pledged."""
    return {n: Pledge(n, p, placed_by_nation.get(n, 0)) for n, p in sorted(pledged_by_nation(plan).items())}
