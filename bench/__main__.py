"""Posture's benchmarks: what a planner feels, from 10 to 10,000 units.

Run ``make bench`` (or ``python -m bench [--quick]``). Headless (offscreen). Prints a table
(measure, size, median, p95, target, met?) and writes the same to ``bench/results.json``.
Not part of ``make test``: timings belong here, not in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.plans import generated_plan  # noqa: E402
from db import Library  # noqa: E402
from db.session import PlanSession  # noqa: E402
from desktop.doctrine import evaluate  # noqa: E402
from desktop.edits import move_unit  # noqa: E402
from desktop.planfile import write_plan_file  # noqa: E402

SIZES = (10, 1_000, 10_000)


@dataclass
class Row:
    measure: str
    size: int
    median: float
    p95: float
    unit: str
    target: str
    met: bool | None
    runs: int


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def row(measure: str, size: int, values: list[float], unit: str, limit: float | None, on: str = "median") -> Row:
    med, high = statistics.median(values), p95(values)
    target = "" if limit is None else f"{on} ≤ {limit:g} {unit}"
    met = None if limit is None else (med if on == "median" else high) <= limit
    return Row(measure, size, round(med, 2), round(high, 2), unit, target, met, len(values))


def timed_ms(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


# -- measures that need no window ----------------------------------------------------------------


def bench_evaluate(plans: dict[int, object], repeats: int) -> list[Row]:
    limits = {1_000: 50.0, 10_000: 500.0}
    rows = []
    for n, plan in plans.items():
        evaluate(plan)  # warm-up: geo data loaded and prepared once per process
        rows.append(row("evaluate()", n, timed_ms(lambda p=plan: evaluate(p), repeats), "ms", limits.get(n)))
    return rows


def bench_check(files: dict[int, Path], repeats: int) -> list[Row]:
    rows = []
    for n, path in files.items():
        values = []
        for _ in range(repeats):
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "main.py", "check", str(path), "--json"], cwd=ROOT, capture_output=True, check=False
            )
            values.append(time.perf_counter() - t)
        rows.append(row("check command (whole process)", n, values, "s", 2.0 if n == 10_000 else None))
    return rows


def bench_suggest(repeats: int) -> list[Row]:
    """Air-defence placement (the covering model and its set cover) on the sample under mfu."""
    from desktop.sample import sample_plan
    from desktop.suggest import place_air_defence

    plan = sample_plan()
    sites = len(place_air_defence(plan, "mfu").sites)  # warm-up: scipy and the geo data loaded
    values = timed_ms(lambda: place_air_defence(plan, "mfu"), repeats)
    return [row("air-defence placement (sample, mfu; size = sites)", sites, [v / 1000 for v in values], "s", 2.0)]


def course_of_action(plan: object, moved: int = 500, changed: int = 200, added: int = 100) -> object:
    """Option B of ``plan``: a course of action drawn from it (moves, changes, additions and
    removals), as a planner's duplicate in the library would be."""
    from dataclasses import replace

    from desktop.model import Geometry

    units = list(plan.units)  # type: ignore[attr-defined]
    for i in range(0, moved * 7, 7):
        u = units[i % len(units)]
        if u.geometry.type == "Point":
            lon, lat = u.position
            units[i % len(units)] = replace(u, geometry=Geometry.point(lon + 0.05, lat + 0.03))
    for i in range(3, changed * 11, 11):
        u = units[i % len(units)]
        units[i % len(units)] = replace(u, strength=u.strength + 10)
    units = units[added:] + [replace(u, id=f"{u.id}-b") for u in units[:added]]
    return replace(plan, name="Option B", units=tuple(units))  # type: ignore[type-var]


def bench_compare(files: dict[int, Path], plans: dict[int, object], repeats: int, tmp: Path) -> list[Row]:
    """``compare`` of a plan and a course of action drawn from it, against ``check`` of one plan
    (both whole processes, the same files)."""
    rows = []
    for n, path in files.items():
        if n not in (1_000, 10_000):
            continue
        other = tmp / f"plan-{n}-b.plan.geojson"
        write_plan_file(course_of_action(plans[n]), other)  # type: ignore[arg-type]

        def run(*argv: str) -> float:
            t = time.perf_counter()
            proc = subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, check=False)
            return time.perf_counter() - t if proc.returncode in (0, 1) else float("inf")

        compare, check = [], []
        for _ in range(repeats):
            check.append(run("check", str(path), "--json"))
            compare.append(run("compare", str(path), str(other), "--json"))
        rows.append(row("compare command, two plans (whole process)", n, compare, "s", 3.0 if n == 10_000 else None))
        ratio = [c / k for c, k in zip(compare, check, strict=True)]
        rows.append(row("compare: ratio to check of one plan", n, ratio, "×", 2.0 if n == 10_000 else None))
    return rows


def bench_commit(tmp: Path, plans: dict[int, object], edits: int) -> list[Row]:
    rows = []
    for n, plan in plans.items():
        lib = Library(tmp / f"commit-{n}.sqlite")
        session = PlanSession(lib, lib.load_plan(lib.add_plan(plan)))
        ids = [u.id for u in session.plan.units]
        values = []
        for i in range(edits):
            uid = ids[(i * 7919) % len(ids)]
            lon, lat = session.plan.unit(uid).position
            delta = move_unit(session.plan, uid, lon + 0.001, lat)
            t = time.perf_counter()
            session.apply(delta)
            values.append((time.perf_counter() - t) * 1000)
        lib.close()
        rows.append(row("commit one edit (SQLite, WAL)", n, values, "ms", 5.0, on="p95"))
    return rows


# -- start-up, against the floor -------------------------------------------------------------------


def probe(args: list[str]) -> dict[str, float]:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "bench.probe", *args], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("{")), "{}")
    data = json.loads(line)
    if "ready" not in data:
        raise RuntimeError(f"probe {args} failed: {data or out.stderr[-500:]}")
    return {"start": data["ready"] - t0, "pss_mb": data["pss_kb"] / 1024}


def bench_start(db: Path, ids: dict[int, int], sample: tuple[int, int], repeats: int) -> list[Row]:
    """Start-up of the window against the floor, the runs interleaved (floor, each plan, floor…) so
    that a busy moment of the machine falls on every measure alike. ``sample`` is (plan id, units)."""
    plans = [("start: process to map ready (sample plan)", sample[1], sample[0]), *[
        ("start: process to map ready", n, pid) for n, pid in ids.items()]]  # fmt: skip
    floor: list[dict[str, float]] = []
    runs: dict[tuple[str, int], list[dict[str, float]]] = {(m, n): [] for m, n, _ in plans}
    for _ in range(repeats):
        floor.append(probe(["floor"]))
        for measure, n, pid in plans:
            runs[(measure, n)].append(probe(["app", str(db), str(pid)]))
    floor_median = statistics.median(f["start"] for f in floor)
    rows = [row("start: floor (bare Leaflet page, same scheme)", 0, [f["start"] for f in floor], "s", None)]
    for measure, n, _pid in plans:
        got = runs[(measure, n)]
        starts = [r["start"] for r in got]
        rows.append(row(measure, n, starts, "s", None))
        rows.append(row("start: ratio to the floor" + (" (sample plan)" if "sample" in measure else ""), n,
                        [s / floor_median for s in starts], "×", None))  # fmt: skip
        if "sample" not in measure:
            rows.append(row("memory: PSS of all processes after open", n, [r["pss_mb"] for r in got], "MB", None))
    return rows


# -- in the window -----------------------------------------------------------------------------------


def bench_window(db: Path, ids: dict[int, int], repeats: int) -> list[Row]:
    from desktop.ui.app import configure_environment, create_application

    configure_environment(offscreen=True)
    create_application()
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.ui.mainwindow import MainWindow

    def wait_for(signal, timeout_ms: int = 60_000) -> bool:  # type: ignore[no-untyped-def]
        loop, fired = QEventLoop(), []

        def quit_(*_: object) -> None:
            fired.append(1)
            loop.quit()

        signal.connect(quit_)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(quit_)
        return bool(fired)

    rows = []
    lib = Library(db)
    first = lib.load_plan(next(iter(ids.values())))
    win = MainWindow(lib, first)
    win.resize(1600, 1000)
    win.show()
    win.wait_rendered()
    for n, pid in ids.items():
        values = []
        for _ in range(repeats):
            plan = lib.load_plan(pid)
            t = time.perf_counter()
            win.doc.set_plan(plan)
            ok = wait_for(win.controller.rendered)
            values.append(time.perf_counter() - t if ok else float("inf"))
        rows.append(row("open plan to all units drawn", n, values, "s", 2.0 if n == 10_000 else None))
        # steady state before the drags: the first findings are shown and the page has settled
        win.ensure_analysis().evaluate_now()
        settle = QEventLoop()
        QTimer.singleShot(500, settle.quit)
        settle.exec()
        # a move through the bridge until the side panel shows the new findings
        drag, cpu = [], []
        units = list(win.doc.plan.units)
        # 60 moves (20 in a quick run): the p95 of 20 is one spike of a shared machine
        for i in range(max(12 * repeats, 20)):
            u = units[(i * 131) % len(units)]
            lon, lat = u.position
            msg = json.dumps(
                {"type": "move", "id": u.id, "lat": lat + 0.01 * ((i % 3) - 1), "lng": lon + 0.01, "final": True}
            )
            t, c = time.perf_counter(), time.process_time()
            win.map.bridge.send(msg)
            ok = wait_for(win.side.analysisShown, 30_000)
            drag.append((time.perf_counter() - t) * 1000 if ok else float("inf"))
            cpu.append((time.process_time() - c) * 1000)
        limit = {1_000: 50.0, 10_000: 200.0}.get(n)
        rows.append(row("drag: move to findings shown", n, drag, "ms", limit, on="p95"))
        # the same moves in this process's CPU time (Python and Qt; not Chromium's renderer): what
        # the drag costs the program whatever else the machine runs
        rows.append(row("drag: CPU of the window process per move", n, cpu, "ms", None))
        # a drop of a palette template until the side panel shows the new findings
        drops = []
        for i in range(min(repeats * 2, 20)):
            msg = json.dumps({"type": "drop", "template": "land.battlegroup", "lat": 48.0 + 0.05 * i, "lng": 31.0})
            t = time.perf_counter()
            win.map.bridge.send(msg)
            ok = wait_for(win.side.analysisShown, 30_000)
            drops.append((time.perf_counter() - t) * 1000 if ok else float("inf"))
        rows.append(row("drop: new unit to findings shown", n, drops, "ms", None))
    win.shutdown()
    lib.close()
    return rows


def bench_print(db: Path, ids: dict[int, int], repeats: int, tmp: Path) -> list[Row]:
    rows = []
    for n, pid in ids.items():
        values = []
        for k in range(repeats):
            out = tmp / f"print-{n}-{k}.pdf"
            t = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "main.py", "--db", str(db), "print", str(pid), "--pdf", str(out), "--paper", "A3"],
                cwd=ROOT, capture_output=True, text=True, check=False,
            )  # fmt: skip
            values.append(time.perf_counter() - t if proc.returncode == 0 else float("inf"))
        rows.append(row("print A3 PDF (whole command)", n, values, "s", 5.0 if n == 1_000 else None))
    return rows


# -- the targets: each a ratio of two rows of the same run (issue 20) ------------------------------


@dataclass
class Ratio:
    target: str  # what is measured, in the words
    numerator: str  # "measure @ size (statistic)"
    denominator: str
    value: float | None  # None: a row was not measured in this run
    limit: float
    met: bool | None


#: (what, numerator (measure, size, stat), denominator (measure, size, stat) or None when the
#: numerator row is itself a ratio, limit)
TARGETS: tuple[tuple[str, tuple[str, int | None, str], tuple[str, int | None, str] | None, float], ...] = (
    ("drag, 1,000 units: median", ("drag: move to findings shown", 1_000, "median"),
     ("drag: move to findings shown", 10, "median"), 1.5),
    ("drag, 1,000 units: p95", ("drag: move to findings shown", 1_000, "p95"),
     ("drag: move to findings shown", 10, "p95"), 2.0),
    ("drag, 10,000 units: median", ("drag: move to findings shown", 10_000, "median"),
     ("drag: move to findings shown", 10, "median"), 2.0),
    ("drag, 10,000 units: p95", ("drag: move to findings shown", 10_000, "p95"),
     ("drag: move to findings shown", 10, "p95"), 3.0),
    ("start, sample plan, to the floor", ("start: process to map ready (sample plan)", None, "median"),
     ("start: floor (bare Leaflet page, same scheme)", 0, "median"), 1.3),
    ("start, 10,000 units, to the floor", ("start: process to map ready", 10_000, "median"),
     ("start: floor (bare Leaflet page, same scheme)", 0, "median"), 3.0),
    ("print A3 PDF, 10,000 units, to 10 units", ("print A3 PDF (whole command)", 10_000, "median"),
     ("print A3 PDF (whole command)", 10, "median"), 2.0),
    ("memory after open, 10,000 units, to 10 units", ("memory: PSS of all processes after open", 10_000, "median"),
     ("memory: PSS of all processes after open", 10, "median"), 1.3),
    # compare's own step runs check beside it, run for run: the ratio row is already the quotient
    ("compare two 10,000-unit plans, to check of one", ("compare: ratio to check of one plan", 10_000, "median"),
     None, 2.0),
)  # fmt: skip


def ratios(rows: list[Row]) -> list[Ratio]:
    """The issue's targets computed from the rows of this run (a row not run: value None)."""

    def find(measure: str, size: int | None, stat: str) -> float | None:
        for r in rows:
            if r.measure == measure and (size is None or r.size == size):
                return float(getattr(r, stat))
        return None

    def name(measure: str, size: int | None, stat: str) -> str:
        return f"{measure}{'' if size in (None, 0) else f' @ {size:,}'} ({stat})"

    out = []
    for what, num, den, limit in TARGETS:
        a, b = find(*num), (1.0 if den is None else find(*den))
        value = None if a is None or b is None or b <= 0 else round(a / b, 2)
        met = None if value is None else value <= limit
        out.append(Ratio(what, name(*num), "" if den is None else name(*den), value, limit, met))
    return out


def ratio_table(found: list[Ratio]) -> str:
    head = f"{'target (issue 20)':<48} {'ratio':>7}  {'limit':>6}  met?"
    lines = [head, "-" * len(head)]
    for r in found:
        value = "—" if r.value is None else f"{r.value:.2f}×"
        met = "not run" if r.met is None else ("yes" if r.met else "NO")
        lines.append(f"{r.target:<48} {value:>7}  ≤{r.limit:>4g}×  {met}")
    return "\n".join(lines)


# -- report ----------------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    head = f"{'measure':<46} {'size':>7} {'median':>10} {'p95':>10}  {'target':<22} met?"
    lines = [head, "-" * len(head)]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "NO")
        size = "" if r.size == 0 else f"{r.size:,}"
        lines.append(
            f"{r.measure:<46} {size:>7} {r.median:>8.2f} {r.unit:<2}{r.p95:>8.2f} {r.unit:<2} {r.target:<22} {met}"
        )
    return "\n".join(lines)


def machine() -> dict[str, str]:
    import PySide6

    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())  # fmt: skip
    return {"cpu": cpu, "cores": str(os.cpu_count()), "python": platform.python_version(),
            "pyside6": PySide6.__version__, "platform": platform.platform(),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Posture benchmarks")
    ap.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    measures = "evaluate check compare commit start window print suggest"
    ap.add_argument("--only", nargs="*", default=None, help=f"measures: {measures}")
    args = ap.parse_args(argv)
    r = 3 if args.quick else 1
    reps = {"evaluate": 15 // r, "check": 5 // r or 1, "compare": 5 // r or 1, "commit": 200 // r,
            "start": 5 // r or 1, "window": 5 // r or 1, "print": 3 // r or 1, "suggest": 5 // r or 1}  # fmt: skip
    only = set(args.only or reps)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="posture-bench-") as tmpname:
        tmp = Path(tmpname)
        plans = {n: generated_plan(n, seed=7) for n in SIZES}
        db = tmp / "bench.sqlite"
        lib = Library(db)
        ids = {n: lib.add_plan(p) for n, p in plans.items()}
        from desktop.sample import sample_plan

        sample = sample_plan()
        sample_id = (lib.add_plan(sample), len(sample.units))
        lib.close()
        files = {}
        for n, p in plans.items():
            files[n] = tmp / f"plan-{n}.plan.geojson"
            write_plan_file(p, files[n])
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("evaluate", lambda: bench_evaluate(plans, reps["evaluate"])),
            ("check", lambda: bench_check(files, reps["check"])),
            ("compare", lambda: bench_compare(files, plans, reps["compare"], tmp)),
            ("commit", lambda: bench_commit(tmp, plans, reps["commit"])),
            ("start", lambda: bench_start(db, ids, sample_id, reps["start"])),
            ("window", lambda: bench_window(db, ids, reps["window"])),
            ("print", lambda: bench_print(db, ids, reps["print"], tmp)),
            ("suggest", lambda: bench_suggest(reps["suggest"])),
        ]
        for name, step in steps:
            if name in only:
                t = time.perf_counter()
                got = step()
                rows.extend(got)
                print(f"[{name}: {time.perf_counter() - t:.0f} s]", file=sys.stderr, flush=True)
    print(table(rows))
    found = ratios(rows)
    print()
    print(ratio_table(found))
    box = machine()
    result = {"machine": box, "rows": [asdict(x) for x in rows], "targets": [asdict(x) for x in found]}
    (ROOT / "bench" / "results.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    met, total = sum(1 for x in rows if x.met), sum(1 for x in rows if x.met is not None)
    hit, asked = sum(1 for x in found if x.met), sum(1 for x in found if x.met is not None)
    where = f"{box['cpu']} ({box['cores']} cores)"
    print(f"\n{hit} of {asked} ratio targets and {met} of {total} absolute targets met on {where};"
          " bench/results.json written.")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
