"""The CSV contribution ledger: one row per nation, then a TOTAL row (``export --format csv``).

Layout (decided for spreadsheets and scripts alike): RFC 4180 (comma, double quotes, CRLF),
UTF-8 with a byte-order mark so Excel reads the accents and the Cyrillic/Arabic of names, ONE
header row and every row the same columns (:data:`COLUMNS`), no comment rows (which break
``pandas.read_csv`` and Excel's sorting). The nation's figures come first; the plan's context
(plan, classification, profile, phase, release) closes every row, so a row copied elsewhere
still says what it counts. Rows are ordered by troops (largest first), then nation code.

Figures are :func:`desktop.doctrine.metrics` of the plan in its own phase (troops follow the
doctrine's counting rule: staging land units count 0). ``share_pct`` is the nation's share of
the phase's troops in percent, one decimal. Pledge columns count the nation's non-troop
contributions by kind; ``pledge_notes`` joins their notes (none in release mode).

Formula injection: every text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with ``'`` (OWASP), so a spreadsheet shows it as text; numbers are written as
plain numbers and never start that way.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.doctrine import metrics
from desktop.exporters.common import Progress, ProgressCallback, clean_text, nation_status
from desktop.fileio import atomic_write
from desktop.model import CONTRIBUTION_KINDS, DOMAINS, Plan

COLUMNS: tuple[str, ...] = (
    "code", "nation", "group", "troops", "share_pct",
    "land_units", "air_units", "maritime_units", "staging_units",
    "aircraft", "ships", "ad_batteries", "funding_eur",
    *(f"{k}_pledges" for k in CONTRIBUTION_KINDS), "pledge_notes",
    "plan", "classification", "profile", "phase", "release",
)  # fmt: skip

#: First characters that make a spreadsheet read a cell as a formula (or hide it).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(text: str) -> str:
    return neutralise(text)


def neutralise(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows as text: a leading ``'`` when it starts like a
    formula (:data:`FORMULA_STARTS`); characters XML forbids become U+FFFD like elsewhere."""
    text = clean_text(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _amount(value: float) -> int | float | str:
    if not math.isfinite(value):  # only a damaged library can sum to that: an empty cell, not "inf"
        return ""
    return int(value) if float(value).is_integer() else round(value, 2)


def _notes(plan: Plan, code: str) -> str:
    notes = [f"{c.kind}: {c.note}" for c in plan.contributions if c.nation == code and c.note]
    return "; ".join(notes)


def ledger_rows(
    plan: Plan, released: bool = False, progress: Progress | None = None, text: Callable[[str], str] | None = None
) -> list[list[Any]]:
    """The ledger as rows of cells (header first, TOTAL last); text cells passed through ``text``
    (default :func:`neutralise`, for CSV; a workbook stores text cells as text and needs none)."""
    neutralise = text or _neutralise
    m = metrics(plan)
    context = [
        neutralise(plan.name),
        neutralise(plan.classification),
        plan.profile,
        plan.phase,
        "yes" if released else "no",
    ]
    nations: dict[str, dict[str, Any]] = m["nations"]
    order = sorted(nations, key=lambda code: (-nations[code]["troops"], code))
    rows: list[list[Any]] = [list(COLUMNS)]
    for code in order:
        n = nations[code]
        rows.append(
            [
                neutralise(code),
                neutralise(n["name"]),
                nation_status(code),
                n["troops"],
                round(n["share"] * 100, 1),
                *(n["units"][d] for d in DOMAINS),
                n["staging_units"],
                n["aircraft"],
                n["ships"],
                n["ad_batteries"],
                _amount(n["funding_eur"]),
                *(n["contributions"].get(k, 0) for k in CONTRIBUTION_KINDS),
                neutralise(_notes(plan, code)),
                *context,
            ]
        )
        if progress is not None:
            progress.advance()
    pledges = {k: sum(n["contributions"].get(k, 0) for n in nations.values()) for k in CONTRIBUTION_KINDS}
    rows.append(
        [
            "TOTAL",
            "All nations",
            "",
            m["troops"],
            100.0 if m["troops"] else 0.0,
            *(sum(n["units"][d] for n in nations.values()) for d in DOMAINS),
            m["staging_units"],
            m["aircraft"],
            m["ships"],
            m["ad_batteries"],
            _amount(m["funding_eur"]),
            *(pledges[k] for k in CONTRIBUTION_KINDS),
            "",
            *context,
        ]
    )
    return rows


def ledger_bytes(plan: Plan, released: bool = False, progress: Progress | None = None) -> bytes:
    """The ledger file's bytes: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerows(ledger_rows(plan, released, progress))
    return out.getvalue().encode("utf-8-sig")


def write_ledger(plan: Plan, path: Path, released: bool = False, progress: ProgressCallback | None = None) -> None:
    """Write the ledger of ``plan`` (already released when ``released``) to ``path``, atomically."""
    steps = Progress(progress, len(plan.nations()) + 2)
    steps.check()
    data = ledger_bytes(plan, released, steps)
    steps.finish()
    atomic_write(path, data)
