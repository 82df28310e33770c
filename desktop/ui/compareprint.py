"""The comparison sheet (``compare --pdf``, and Print in the compare view): a PDF of 2 to 4 plans.

The sheet is the page ``app://posture/compare-print.html`` (compare-print.js), rendered by the
print machinery of :mod:`desktop.ui.printing` (the same off-screen page, bridge protocol and PDF
step; only the page differs): the classification banner on every page, the maps small side by
side (the differences drawn on each variant), the matrix with the best value of each row marked,
and the differences. Python builds everything as plain JSON data; the page sets planner text as
text only.

Release (``--release``): the maps show the released plans (positions generalised, no names, no
difference marks), the matrix leaves out what the principle of ambiguity withholds (findings,
coverage, distances, US dependence) and the differences are counts only.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import symbols
from desktop.compare import compare_plans, difference_lines, matrix_rows, pair_names
from desktop.fileio import atomic_write
from desktop.i18n import phase_label, translate
from desktop.model import Plan
from desktop.pagedata import unit_for_page
from desktop.pagetext import page_strings
from desktop.printsheet import attribution_extra, date_time_text
from desktop.release import RELEASED_PLAN_NAME, release_note, release_plan
from desktop.ui.printing import (
    PrintCancelled,
    PrintError,
    check_target,
    marking_style,
    render_sheet,
)

COMPARE_PRINT_URL = "app://posture/compare-print.html"
SYMBOL_PX = 13

#: Marking words, most restrictive first: the sheet carries the most restrictive of its plans'.
_RANK = (r"\bTOP SECRET\b|\bCOSMIC\b", r"\bSECRET\b", r"\bCONFIDENTIAL\b", r"\bRESTRICTED\b|\bSENSITIVE\b|\bCUI\b")


def sheet_marking(plans: Sequence[Plan]) -> str:
    """The marking of a sheet that shows all ``plans``: the most restrictive of theirs (the first
    plan's when none outranks another)."""

    def rank(text: str) -> int:
        up = text.upper()
        return next((i for i, pat in enumerate(_RANK) if re.search(pat, up)), len(_RANK))

    return min((p.classification for p in plans), key=rank)


def _map_of(
    plan: Plan, name: str, phase: str, diff: Mapping[str, Any] | None, first: Plan | None, release: bool
) -> dict[str, Any]:
    units = []
    for u in plan.units:
        if not u.in_phase(phase):
            continue
        d = unit_for_page(u, phase)
        for k in ("tip", "dim", "geom", "range_km"):
            d.pop(k, None)
        if release:
            d["name"] = ""
        units.append(d)
    marks: dict[str, Any] = {"added": [], "changed": [], "moved": [], "removed": []}
    if diff is not None and first is not None and not release:
        marks["added"] = list(diff["added"])
        marks["changed"] = [c["id"] for c in diff["changed"]]
        for m in diff["moved"]:
            lon, lat = first.unit(m["id"]).position
            marks["moved"].append({"id": m["id"], "lat": lat, "lng": lon, "km": m["km"]})
        for uid in diff["removed"]:
            lon, lat = first.unit(uid).position
            marks["removed"].append({"id": uid, "lat": lat, "lng": lon})
    return {
        "name": name,
        "units": units,
        "geometries": [{"id": g.id, "kind": g.kind, "geometry": g.geometry.to_geojson()} for g in plan.geometries],
        "marks": marks,
    }


def build_compare_sheet(
    plans: Sequence[Plan],
    result: Mapping[str, Any],
    release: bool = False,
    now: datetime | None = None,
    paper: str = "A4",
) -> dict[str, Any]:
    """Everything the comparison sheet shows, as JSON-ready data (compare-print.js ``setSheet``).

    ``result`` is :func:`desktop.compare.compare_plans` of ``plans`` (the numbers the command
    line printed). In release mode the maps and the matrix are those of the released plans.
    """
    phase = str(result["phase"])
    shown = [release_plan(p) for p in plans] if release else list(plans)
    matrix_source = compare_plans(shown, result["profile"], phase) if release else result
    rows = matrix_rows(matrix_source, release=release)
    diffs = result["differences"]
    every = [u for p in shown for u in p.units if u.in_phase(phase)]
    # A released plan's name is withheld (desktop.release): letters tell the courses of action apart.
    released = translate("Release", RELEASED_PLAN_NAME)
    names = [f"{released} {chr(65 + i)}" for i in range(len(shown))] if release else [p.name for p in shown]
    maps = [
        _map_of(p, names[i], phase, None if i == 0 else diffs[i - 1], plans[0], release) for i, p in enumerate(shown)
    ]
    prof = str(result["profile"]).upper() if result["profile"] else translate("CompareSheet", "each plan's own")
    fields = [
        [translate("CompareSheet", "Phase"), phase_label(phase)],
        [
            translate("CompareSheet", "Profile"),
            translate("CompareSheet", "{profile} (findings under both)").format(profile=prof),
        ],
        [translate("CompareSheet", "Compared with"), names[0]],
        [translate("CompareSheet", "Date-time"), date_time_text(now or datetime.now(UTC))],
    ]
    title = (
        translate("CompareSheet", "Courses of action compared — {plans} (release)")
        if release
        else translate("CompareSheet", "Courses of action compared — {plans}")
    )
    return {
        "paper": paper,
        "orientation": "landscape",
        "documentTitle": title.format(plans=" / ".join(names)),
        "text": page_strings(),
        "marking": marking_style(sheet_marking(shown)),
        "title": {"plans": names, "fields": fields},
        "release": release,
        "releaseNote": release_note() if release else "",
        "maps": maps,
        "symbols": {k: s.as_page() for k, s in symbols.symbols_for(every, SYMBOL_PX).items()},
        "matrix": {
            "head": names,
            "rows": [
                {
                    "label": r.label.strip(),
                    "indent": r.label.startswith(" "),
                    "cells": list(r.texts),
                    "best": r.best(),
                    "group": r.group,
                }
                for r in rows
            ],
        },
        "differences": [
            {
                "title": translate("CompareSheet", "{plan} against {first}").format(plan=names[i + 1], first=names[0]),
                "lines": difference_lines(d, None if release else pair_names(plans, i + 1), release=release),
            }
            for i, d in enumerate(diffs)
        ],
        "attribution": attribution_extra(),
    }


def write_compare_pdf(
    plans: Sequence[Plan], result: Mapping[str, Any], target: Path, release: bool = False, **kw: Any
) -> bytes:
    """Print the comparison to the PDF file ``target`` whole or not at all; returns its bytes."""
    check_target(target)
    data = render_sheet(build_compare_sheet(plans, result, release=release), url=COMPARE_PRINT_URL, **kw)
    atomic_write(target, data)
    return data


def run_compare_pdf(args: argparse.Namespace) -> int:
    """``main.py compare PLAN PLAN … --pdf OUT [--release]``: the plans and the comparison come
    from :func:`desktop.cli.cmd_compare` (already read and compared). Bad input raises
    :class:`desktop.library.UsageError` (one line, exit 2, no file written)."""
    from desktop.library import EXIT_OK, UsageError, db_path

    try:
        target = Path(args.pdf)
        lib = db_path(args).resolve()
        protected = {Path(r).resolve() for r in args.plans if Path(r).exists()}
        protected |= {lib, lib.with_name(lib.name + "-wal"), lib.with_name(lib.name + "-shm")}
        if target.resolve() in protected:
            raise PrintError(
                translate(
                    "Printing", "{file}: is the library or one of the plans compared; it is never overwritten"
                ).format(file=target)
            )
        write_compare_pdf(args.compare_plans, args.compare_result, target, release=bool(args.release))
    except (PrintError, PrintCancelled) as e:
        raise UsageError(str(e)) from None
    return EXIT_OK
