"""Reliability: what the real world does to Posture's files, measured (README, "Reliability").

- Crash safety: a child process applies a stream of edits through ``PlanSession.apply`` (the
  window's edit path) and is killed with SIGKILL at random moments, 50 times on one library:
  every time ``PRAGMA integrity_check`` is ``ok`` and the stored plan is exactly the state after
  the last edit reported done (or the one after it, when the kill fell between commit and report).
- Bad library files at the command line: truncated, random bytes, another application's SQLite
  file, a newer schema, damaged pages, a folder, a plan file given as library, a read-only file,
  a full disk (a size-limited file, and a full tmpfs where one can be mounted): exit 2, one line
  on stderr naming the file, no traceback, and the file (with its -wal/-shm) byte for byte as it
  was. A seeded fuzz of damaged libraries holds the same line for every command.
- Hostile plan files (hypothesis): broken and hostile documents never crash ``import`` and never
  half-apply; a valid one always round-trips exactly.

Every random choice is seeded (``POSTURE_RELIABILITY_SEED`` overrides the seed to explore).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from db import Library
from desktop.model import Plan
from desktop.sample import sample_plan

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = int(os.environ.get("POSTURE_RELIABILITY_SEED", "20250611"))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")


def file_state(path: Path) -> dict[str, str]:
    """sha256 of ``path`` and of every sibling named ``path`` + suffix (-wal, -shm, -journal…)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.glob(path.name + "*"))}


def _child_env(**more: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **more}
    env.pop("QT_QPA_PLATFORM", None)
    return env


# =============================================================================================
# Crash safety: SIGKILL at random moments
# =============================================================================================

#: The edit stream, run by the child and replayed by the test (same seed, same plan: same edits).
EDIT_STREAM = r'''
import random
from dataclasses import replace
from desktop import edits
from desktop.model import Contribution, Geometry, Unit

NATIONS = ("GB", "FR", "DE", "PL", "NL", "SE", "DK", "NO", "FI", "CA")
PARAMETERS = ("min_troops", "tripwire_km", "protect_radius_km", "max_threat_distance_km")
KINDS = ("land.combat", "land.training", "land.logistics", "air.defence", "sea.patrol")


def _position(rng):
    return rng.uniform(22.5, 40.0), rng.uniform(44.5, 52.2)


def _new_units(plan, rng, count):
    out, taken, n = [], {u.id for u in plan.units} | {g.id for g in plan.geometries}, len(plan.units)
    for _ in range(count):
        while f"u-{n}" in taken:
            n += 1
        uid = f"u-{n}"
        taken.add(uid)
        kind = rng.choice(KINDS)
        out.append(Unit(uid, kind, rng.choice(NATIONS), Geometry.point(*_position(rng)),
                        name=f"{uid} \u00e9\u00e8 <b>{rng.randrange(10**6)}</b>", strength=rng.randrange(0, 6000),
                        range_km=float(rng.randrange(20, 200)) if kind == "air.defence" else None))
    return out


def next_delta(plan, rng):
    """One edit a planner could make: mostly moves, sometimes big adds and removes."""
    r = rng.random()
    if len(plan.units) < 5 or r < 0.10:
        return edits.add_units(plan, _new_units(plan, rng, 1))
    if r < 0.15:  # a pasted group: a transaction of many pages
        return edits.add_units(plan, _new_units(plan, rng, rng.randrange(20, 150)))
    if r < 0.20 or len(plan.units) > 600:
        ids = [u.id for u in rng.sample(plan.units, min(len(plan.units) - 3, rng.randrange(1, 80)))]
        return edits.remove_units(ids)
    if r < 0.70:
        return edits.move_unit(plan, rng.choice(plan.units).id, *_position(rng))
    if r < 0.76:
        u = rng.choice(plan.units)
        return edits.update_units([replace(u, strength=rng.randrange(0, 9000), name=u.name[::-1])])
    if r < 0.82:
        return edits.set_fields(name=f"Plan {rng.randrange(10**9)}", phase=rng.choice(("ceasefire", "settlement")))
    if r < 0.88:
        return edits.set_parameter(plan, rng.choice(PARAMETERS), float(rng.randrange(1, 90000)))
    if r < 0.94:
        return edits.set_contributions(
            Contribution(rng.choice(NATIONS), "funding", float(rng.randrange(10**9)), f"note {rng.random()}")
            for _ in range(rng.randrange(0, 6))
        )
    line = tuple(_position(rng) for _ in range(rng.randrange(2, 40)))
    return edits.set_geometry(plan, "contact_line", Geometry("LineString", line))
'''

KILLED_CHILD = (
    EDIT_STREAM
    + r"""
import sys
from db import Library

library = Library(sys.argv[1])
session = edits.PlanSession(library, library.load_plan(int(sys.argv[2])))
rng = random.Random(int(sys.argv[3]))
print("ready", flush=True)
for n in range(1, 1_000_000):
    session.apply(next_delta(session.plan, rng))  # committed to SQLite before it returns
    print(f"done {n}", flush=True)
"""
)

KILLS = 50


def _replay(plan: Plan, seed: int, count: int) -> list[Plan]:
    """The plans after 0, 1, …, ``count`` edits of the child's stream (pure: no library)."""
    space: dict[str, Any] = {}
    exec(EDIT_STREAM, space)  # the very code the child runs
    rng = random.Random(seed)
    states = [plan]
    for _ in range(count):
        states.append(space["next_delta"](states[-1], rng).apply(states[-1]))
    return states


def _integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def _kill_one(path: Path, plan_id: int, seed: int, rng: random.Random) -> int:
    """Start the child, SIGKILL it at a random moment; the number of edits it reported done."""
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_CHILD, str(path), str(plan_id), str(seed)],
        cwd=REPO, env=_child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.25))  # anywhere: start-up, opening, WAL recovery, first edits
        else:
            assert child.stdout is not None
            assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
            time.sleep(rng.uniform(0.0, 0.2))  # in the middle of the stream
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, err
    done = [int(line.split()[1]) for line in out.splitlines() if line.startswith("done ")]
    assert done == list(range(1, len(done) + 1)), out[-500:]
    assert "Traceback" not in err, err
    return len(done)


@pytest.mark.slow
def test_edits_reported_done_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "posture.sqlite"
    with Library(path) as lib:
        plan_id = lib.add_plan(sample_plan())
    rng = random.Random(SEED)
    total_edits = 0
    mid_commit = 0  # kills that fell after a commit and before its report
    for kill in range(KILLS):
        with Library(path) as lib:
            start = lib.load_plan(plan_id)
        seed = rng.randrange(2**32)
        reported = _kill_one(path, plan_id, seed, rng)
        where = f"kill {kill + 1} (seed {SEED}, child seed {seed}, {reported} edits reported)"
        assert _integrity(path) == ["ok"], where
        with Library(path) as lib:
            stored = lib.load_plan(plan_id)
        states = _replay(start, seed, reported + 1)
        assert stored in (states[reported], states[reported + 1]), where
        mid_commit += stored != states[reported]
        total_edits += reported
    print(f"\n{KILLS} kills survived; {total_edits} edits reported done, all stored; {mid_commit} kills after a commit")
    assert total_edits > KILLS  # the kills did land in the middle of streams of edits
