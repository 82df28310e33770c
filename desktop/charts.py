"""Charts of who gives what: troops by nation (core nations marked, pledges against what is
placed), troops by phase stacked by nation, and air-defence coverage of the priority sites.

:func:`chart_data` takes the figures from the rules' own counting (``desktop.doctrine``: staging
land units outside Ukraine count 0, a unit counts in the phases it is deployed in) and coverage
from the same range test the rules use (``geo.places_within_km``). The charts are drawn by
matplotlib straight to SVG (vector, for the side panel and the print sheet), without pyplot and
without any GUI backend: pure, no Qt. Every label comes from the catalogue or the geo data, and
is drawn as plain text (no mathtext).
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop import catalogue, geo, pledges
from desktop.i18n import format_number, nation_name, phase_title, place_name, translate
from desktop.model import PHASES, Plan


def _tick(label: str, note: str = "", width: int = 18) -> str:
    """A bar's label that fits under its bar: wrapped, the note on the last line when it fits."""
    lines = textwrap.wrap(label, width) or [""]
    if note:
        if len(lines[-1]) + 1 + len(note) <= width:
            lines[-1] += " " + note
        else:
            lines.append(note)
    return "\n".join(lines)


def _n(value: float) -> str:
    return format_number(value)


CORE_COLOUR, OTHER_COLOUR, PLEDGE_COLOUR = "#1f4e9c", "#7fa7d9", "#e65100"
#: Nations shown by name in the stacked chart; the rest are "Others".
STACK_NATIONS = 8
PALETTE = ["#1f4e9c", "#c62828", "#2e7d32", "#ef8f00", "#6a1b9a", "#00838f", "#8d6e63", "#546e7a", "#bdbdbd"]


@dataclass(frozen=True)
class ChartData:
    phase: str
    by_nation: dict[str, int]  # viewed phase, the rules' count, largest first
    core: frozenset[str]
    pledged: dict[str, int]  # nation -> personnel pledged (troops contributions)
    by_phase: dict[str, dict[str, int]]  # phase -> nation -> troops
    coverage: list[tuple[str, int]] = field(default_factory=list)  # (site, AD batteries covering it)

    def key(self) -> tuple[Any, ...]:
        """Equal keys draw equal charts (a move that changes no figure redraws nothing)."""
        phases = tuple((p, tuple(sorted(n.items()))) for p, n in self.by_phase.items())
        return (self.phase, tuple(self.by_nation.items()), tuple(sorted(self.pledged.items())), phases,
                tuple(self.coverage))  # fmt: skip


def chart_data(plan: Plan, profile: str | None = None, phase: str | None = None) -> ChartData:
    """The figures the charts show, counted as the rules count them."""
    from desktop.doctrine.context import Context

    profile = profile or plan.profile
    phase = phase or plan.phase
    contexts = {p: Context(plan, profile, p) for p in PHASES}
    viewed = contexts[phase]
    by_nation = dict(sorted(viewed.troops_by_nation.items(), key=lambda kv: (-kv[1], kv[0])))
    by_phase = {p: {n: t for n, t in ctx.troops_by_nation.items() if t} for p, ctx in contexts.items()}
    ad = [viewed.units[int(i)] for i in viewed.of_kinds("air.defence")]
    ad = [u for u in ad if u.range_km]
    lons, lats = np.array([u.position[0] for u in ad]), np.array([u.position[1] for u in ad])
    ranges = np.array([u.range_km for u in ad], dtype=float)
    counts = np.zeros(len(viewed.sites), dtype=int)
    for k, name in enumerate(viewed.sites):  # each site: the batteries whose range reaches it
        if ad:
            lon, lat = geo.place(name)
            counts[k] = int(np.count_nonzero(geo.geodesic_km_many(lon, lat, lons, lats) <= ranges))
    core = frozenset(n for n in set(by_nation) | set(pledges.pledged_by_nation(plan)) if catalogue.in_group(n, "core"))
    return ChartData(
        phase=phase,
        by_nation=by_nation,
        core=core,
        pledged=pledges.pledged_by_nation(plan),
        by_phase=by_phase,
        coverage=list(zip(viewed.sites, counts.tolist(), strict=True)),
    )


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------

_RC: Any = {
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "svg.fonttype": "none",  # text stays text: small files, sharp print
    "text.parse_math": False,  # a "$" in a name is a dollar sign
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "posture",  # the same chart gives the same file
}


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig


def _svg(fig: Any) -> str:
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "posture"}):
        FigureCanvasSVG(fig).print_svg(buf, metadata={"Date": None})
    return buf.getvalue()


def _empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666", wrap=True)
    ax.set_axis_off()


def troops_by_nation_svg(d: ChartData, width: float = 4.4) -> str:
    """Horizontal bars, largest first; core nations (FR, GB…) dark and marked; a pledge drawn as
    an orange tick with the gap written beside the bar."""
    import matplotlib

    nations = list(dict.fromkeys([*d.by_nation, *d.pledged]))
    with matplotlib.rc_context(_RC):
        fig = _figure(width, max(1.6, 0.28 * len(nations) + 0.9))
        ax = fig.add_subplot()
        if not nations:
            _empty(ax, translate("Charts", "No troops placed or pledged yet."))
            return _svg(fig)
        y = np.arange(len(nations))[::-1]
        placed = [d.by_nation.get(n, 0) for n in nations]
        colours = [CORE_COLOUR if n in d.core else OTHER_COLOUR for n in nations]
        ax.barh(y, placed, color=colours, height=0.62)
        top = max([*placed, *d.pledged.values(), 1])
        for yi, n, v in zip(y, nations, placed, strict=True):
            label = _n(v)
            if n in d.pledged:
                p = d.pledged[n]
                ax.plot([p, p], [yi - 0.42, yi + 0.42], color=PLEDGE_COLOUR, linewidth=2.2, solid_capstyle="butt")
                gap = p - v
                label += "  " + (
                    translate("Charts", "(pledged {pledged}; {gap} to place)").format(pledged=_n(p), gap=_n(gap))
                    if gap > 0
                    else translate("Charts", "(pledged {pledged}; met)").format(pledged=_n(p))
                )
            ax.text(v + top * 0.01, yi, label, va="center", fontsize=7, color="#333")
        core = "  " + translate("Charts", "★ core")
        ax.set_yticks(
            y, [f"{n} {nation_name(n, catalogue.nation_name(n))}" + (core if n in d.core else "") for n in nations]
        )
        ax.set_xlim(0, top * 1.45)
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _n(v)))
        title = translate("Charts", "Troops by nation, {phase}").format(phase=phase_title(d.phase).lower())
        ax.set_title(title, fontsize=8, loc="left")
        ax.set_xlabel(translate("Charts", "★ core nation · orange tick: troops pledged"), fontsize=7)
        ax.tick_params(axis="y", length=0)
        return _svg(fig)


def troops_by_phase_svg(d: ChartData, width: float = 4.4) -> str:
    """One bar per phase, stacked by nation (the largest nations by name, the rest "Others")."""
    import matplotlib

    totals: dict[str, int] = {}
    for per in d.by_phase.values():
        for n, t in per.items():
            totals[n] = totals.get(n, 0) + t
    named = [n for n, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:STACK_NATIONS]]
    others = [n for n in totals if n not in named]
    with matplotlib.rc_context(_RC):
        fig = _figure(width, 2.5)
        ax = fig.add_subplot()
        if not totals:
            _empty(ax, translate("Charts", "No troops in any phase yet."))
            return _svg(fig)
        x = np.arange(len(PHASES))
        bottom = np.zeros(len(PHASES))
        series = [(n, [d.by_phase[p].get(n, 0) for p in PHASES]) for n in named]
        if others:
            series.append(
                (translate("Charts", "Others"), [sum(d.by_phase[p].get(n, 0) for n in others) for p in PHASES])
            )
        for i, (name, values) in enumerate(series):
            colour = PALETTE[-1] if others and i == len(series) - 1 else PALETTE[i % (len(PALETTE) - 1)]
            ax.bar(x, values, bottom=bottom, color=colour, width=0.6, label=name, edgecolor="white", linewidth=0.5)
            bottom += np.array(values)
        for xi, total in zip(x, bottom, strict=True):
            ax.text(xi, total, _n(int(total)), ha="center", va="bottom", fontsize=7)
        viewed = translate("Charts", "(viewed)")
        ax.set_xticks(x, [_tick(phase_title(p), viewed if p == d.phase else "") for p in PHASES])
        ax.set_ylim(0, max(bottom.max(), 1) * 1.15)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _n(v)))
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
        ax.set_title(translate("Charts", "Troops by phase, by nation"), fontsize=8, loc="left")
        return _svg(fig)


def coverage_svg(d: ChartData, width: float = 4.4) -> str:
    """Each priority site with the number of air-defence batteries whose ring covers it (red: none)."""
    import matplotlib

    with matplotlib.rc_context(_RC):
        fig = _figure(width, max(1.5, 0.24 * len(d.coverage) + 0.8))
        ax = fig.add_subplot()
        if not d.coverage:
            _empty(ax, translate("Charts", "The plan has no priority sites the map knows."))
            return _svg(fig)
        names = [place_name(s) for s, _ in d.coverage]
        counts = [c for _, c in d.coverage]
        y = np.arange(len(names))[::-1]
        ax.barh(y, [max(c, 0.08) for c in counts], color=["#2e7d32" if c else "#c62828" for c in counts], height=0.6)
        for yi, c in zip(y, counts, strict=True):
            text = str(c) if c else translate("Charts", "not covered")
            ax.text(max(c, 0.08) + 0.05, yi, text, va="center", fontsize=7, color="#333" if c else "#c62828")
        ax.set_yticks(y, names)
        ax.set_xlim(0, max([*counts, 1]) + 1.2)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        covered = sum(1 for c in counts if c)
        title = translate("Charts", "Priority sites under air defence: {covered} of {sites}")
        ax.set_title(title.format(covered=covered, sites=len(counts)), fontsize=8, loc="left")
        ax.set_xlabel(translate("Charts", "air-defence batteries whose range covers the site"), fontsize=7)
        ax.tick_params(axis="y", length=0)
        return _svg(fig)


def all_svgs(d: ChartData, width: float = 4.4) -> dict[str, str]:
    return {
        "troops_by_nation": troops_by_nation_svg(d, width),
        "troops_by_phase": troops_by_phase_svg(d, width),
        "coverage": coverage_svg(d, width),
    }
