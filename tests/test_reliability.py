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

import copy
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Library
from desktop.cli import run
from desktop.model import Plan
from desktop.planfile import PlanFileError, parse_plan, parse_plan_geometries, plan_to_geojson, plan_to_text
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
import tempfile
from db import Library, PlanSession

library = Library(sys.argv[1])
session = PlanSession(library, library.load_plan(int(sys.argv[2])))
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
    assert child.stdout is not None and child.stderr is not None
    first = ""
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.25))  # anywhere: start-up, opening, WAL recovery, first edits
        else:
            first = child.stdout.readline()
            assert first == "ready\n", child.stderr.read()
            time.sleep(rng.uniform(0.0, 0.2))  # in the middle of the stream
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        # Read on from the same text stream: readline() may already hold the next lines in its
        # buffer, which communicate() (reading the pipe's descriptor) would never see.
        out, err = first + child.stdout.read(), child.stderr.read()
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


# =============================================================================================
# Bad library files at the command line
# =============================================================================================

EXAMPLE = DATA / "example.plan.geojson"


def _library(path: Path, plans: int = 3) -> Path:
    with Library(path) as lib:
        for _ in range(plans):
            lib.add_plan(sample_plan())
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _hot_wal(path: Path, *statements: str) -> None:
    """A library whose last commits are only in its WAL, as a crashed program leaves it."""
    src = path.with_name("crashed-source.sqlite")
    lib = Library(_library(src, plans=1))
    for sql in statements:
        lib._conn.execute(sql)
    lib.set_setting("last_plan", 1)
    for suffix in ("", "-wal", "-shm"):  # copied while the writer still has it open
        shutil.copyfile(f"{src}{suffix}", f"{path}{suffix}")
    lib.close()
    for p in path.parent.glob(src.name + "*"):
        p.unlink()


def _damage_pages(path: Path, seed: int, pages: int) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for page in rng.sample(range(1, len(data) // 4096), pages):
        data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    path.write_bytes(bytes(data))


#: One builder per kind of bad library a planner can meet; each gets the path to create.
BAD_LIBRARIES: dict[str, Callable[[Path], object]] = {
    "truncated to half": lambda p: p.write_bytes(_library(p).read_bytes()[: p.stat().st_size // 2]),
    "truncated inside the header": lambda p: p.write_bytes(_library(p).read_bytes()[:60]),
    "truncated to one page": lambda p: p.write_bytes(_library(p).read_bytes()[:4096]),
    "random bytes": lambda p: p.write_bytes(random.Random(SEED).randbytes(50_000)),
    "random bytes after an SQLite header": lambda p: p.write_bytes(
        _library(p).read_bytes()[:100] + random.Random(SEED).randbytes(200_000)
    ),
    "zeros": lambda p: p.write_bytes(bytes(64 * 1024)),
    "a text file": lambda p: p.write_text("meeting notes, not a database\n" * 100, encoding="utf-8"),
    "a plan file given as the library": lambda p: shutil.copyfile(EXAMPLE, p),
    "a zip archive": lambda p: (
        shutil.make_archive(str(p.with_suffix("")), "zip", DATA / "bad") and p.with_suffix(".zip").rename(p)
    ),
    "another application's SQLite file": lambda p: _sql(
        p, "CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('x')"
    ),
    "another application's id": lambda p: _sql(p, "PRAGMA application_id = 1234", "CREATE TABLE t (x)"),
    "a newer schema": lambda p: _sql(_library(p), "PRAGMA user_version = 99"),
    "a newer schema, crashed (only in the WAL)": lambda p: _hot_wal(p, "PRAGMA user_version = 99"),
    "damaged pages": lambda p: _damage_pages(_library(p), SEED, 6),
    "a table missing": lambda p: _sql(_library(p), "DROP TABLE contributions"),
    "a folder": lambda p: p.mkdir(),
    # Tampered: SQLite runs what a file carries (tests/test_safety.py shows what these would do).
    "a planted trigger that rewrites imported units": lambda p: _sql(
        _library(p),
        "CREATE TRIGGER rewrite AFTER INSERT ON units BEGIN "
        "UPDATE units SET nation = 'BY', strength = strength * 10 WHERE rowid = new.rowid; END",
    ),
    "a planted trigger that deletes every unit when the window opens": lambda p: _sql(
        _library(p), "CREATE TRIGGER wipe AFTER INSERT ON settings BEGIN DELETE FROM units; END"
    ),
    "a planted view": lambda p: _sql(_library(p), "CREATE VIEW everything AS SELECT * FROM units"),
    "a foreign index": lambda p: _sql(_library(p), "CREATE INDEX by_name ON units (name)"),
    "a changed table": lambda p: _sql(_library(p), "ALTER TABLE units ADD COLUMN payload TEXT DEFAULT 'x'"),
    "a newer schema, crashed, through a symlink": lambda p: _linked(p, _hot_wal, "PRAGMA user_version = 99"),
}


def _linked(path: Path, build: Callable[..., object], *args: str) -> None:
    """``path`` a symlink to a library built elsewhere (SQLite keeps its -wal beside the target)."""
    real = path.parent / "elsewhere" / "real.sqlite"
    real.parent.mkdir()
    build(real, *args)
    path.symlink_to(real)


#: Every command that opens the library (``check`` and ``export`` open it read-only).
COMMANDS: dict[str, list[str]] = {
    "plans": ["plans"],
    "import": ["import", str(EXAMPLE)],
    "check": ["check", "1"],
    "export": ["export", "1", "--format", "geojson", "-o", "{out}"],
}


def _state(path: Path) -> dict[str, str]:
    """The library's bytes and its WAL's, and whether a -shm file is there (its bytes are shared memory)."""
    if path.is_dir():
        return {"folder": ",".join(sorted(p.name for p in path.iterdir()))}
    state = file_state(path)
    if path.is_symlink():  # and the file it points to, with the -wal and -shm beside that
        state.update({f"target {k}": v for k, v in file_state(path.resolve()).items()})
    for name in state:
        if name.endswith("-shm"):
            state[name] = "present"
    return state


def _one_clear_line(err: str, path: Path) -> None:
    assert err.startswith("posture: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and str(path) in err, err


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", sorted(BAD_LIBRARIES))
def test_a_bad_library_gives_one_line_exit_2_and_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command: str
) -> None:
    path = tmp_path / "posture.sqlite"
    BAD_LIBRARIES[case](path)
    before = _state(path)
    out = tmp_path / "out.plan.geojson"
    status = run([*(a.format(out=out) for a in COMMANDS[command]), "--db", str(path)])
    stdout, err = capsys.readouterr()
    assert (status, stdout) == (2, ""), err
    _one_clear_line(err, path)
    assert _state(path) == before
    assert not out.exists()


# -- the same as a program: one line, no traceback, whatever Python prints at exit ----------------


def _program(*argv: str, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *argv], cwd=REPO, env=_child_env(),
        capture_output=True, text=True, timeout=120, check=False, preexec_fn=preexec,
    )  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD_LIBRARIES))
def test_the_program_refuses_a_bad_library_in_one_line(tmp_path: Path, case: str) -> None:
    path = tmp_path / "posture.sqlite"
    BAD_LIBRARIES[case](path)
    before = _state(path)
    done = _program("import", str(EXAMPLE), "--db", str(path))
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    _one_clear_line(done.stderr, path)
    assert _state(path) == before


# -- read-only libraries -------------------------------------------------------------------------

#: Capabilities that let root write any file: dropped from the bounding set of the program run.
_DAC_CAPABILITIES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
_PR_CAPBSET_DROP = 24


def _without_root_powers() -> None:
    """(preexec) Root, but bound by file modes like anyone else: no DAC override after exec."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _DAC_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def read_only_runner() -> Callable[[], None] | None:
    """The ``preexec`` that makes file modes bind the program (``None``: they already do)."""
    if os.geteuid() != 0:
        return None
    subprocess.run(["true"], preexec_fn=_without_root_powers, check=True)  # raises where it is not allowed
    return _without_root_powers


@pytest.fixture
def read_only_library(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Path, Callable[[], None] | None]]:
    """``(path, preexec)``: a library the program (run with ``preexec``) cannot write.

    ``file``: the file is read-only (its folder is not: SQLite could make its -wal there);
    ``folder``: the folder is read-only too (a CD, a read-only share). Root ignores file modes,
    so as root the program runs without the capabilities that override them.
    """
    folder = tmp_path / "share"
    folder.mkdir()
    path = _library(folder / "posture.sqlite", plans=2)
    try:
        preexec = read_only_runner()
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"cannot drop root's file capabilities here: {e}")
    path.chmod(0o444)
    if request.param == "folder":
        folder.chmod(0o555)
    try:
        yield path, preexec
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


READ_ONLY_CASES = {"file": "a read-only file", "folder": "a read-only file in a read-only folder"}


@pytest.mark.parametrize("read_only_library", sorted(READ_ONLY_CASES), indirect=True)
@pytest.mark.parametrize("command", ["plans", "import"])
def test_a_library_that_cannot_be_written_is_refused_in_one_line(
    read_only_library: tuple[Path, Callable[[], None] | None], command: str
) -> None:
    path, preexec = read_only_library
    before = _state(path)
    done = _program(*COMMANDS[command], "--db", str(path), preexec=preexec)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    _one_clear_line(done.stderr, path)
    assert "cannot be written" in done.stderr
    assert _state(path) == before


@pytest.mark.parametrize("read_only_library", sorted(READ_ONLY_CASES), indirect=True)
def test_a_read_only_library_can_still_be_checked_and_is_left_as_it_was(
    read_only_library: tuple[Path, Callable[[], None] | None],
) -> None:
    path, preexec = read_only_library
    before = _state(path)
    done = _program("check", "2", "--json", "--db", str(path), preexec=preexec)
    assert done.returncode in (0, 1) and done.stderr == "", done.stderr
    assert json.loads(done.stdout)["plan"] == sample_plan().name
    assert _state(path) == before


# -- a full disk -----------------------------------------------------------------------------------


def _big_plan_file(path: Path, units: int = 3000) -> Path:
    """A valid plan file whose import needs a few megabytes of library pages."""
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    unit = next(f for f in doc["features"] if f["properties"]["kind"] == "land.combat")
    doc["features"] = [
        {**unit, "id": f"big-{i}", "properties": {**unit["properties"], "name": f"unit {i} " + "x" * 300}}
        for i in range(units)
    ]
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


SIZE_LIMITED = r"""
import resource, runpy, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv = ["main.py", *sys.argv[2:]]
runpy.run_path("main.py", run_name="__main__")
"""


def test_a_write_past_the_file_size_limit_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    """A size-limited file (RLIMIT_FSIZE, no privileges needed): the import is rolled back whole."""
    path = _library(tmp_path / "posture.sqlite")
    with Library(path, read_only=True) as lib:
        plans = [p.name for p in lib.list_plans()]
    before = _state(path)
    limit = path.stat().st_size + 64 * 1024  # the WAL may grow to 64 KiB: the import needs megabytes
    big = _big_plan_file(tmp_path / "big.plan.geojson")
    done = subprocess.run(
        [sys.executable, "-c", SIZE_LIMITED, str(limit), "import", str(big), "--db", str(path)],
        cwd=REPO, env=_child_env(), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    _one_clear_line(done.stderr, path)
    assert _state(path) == before
    with Library(path, read_only=True) as lib:
        assert [p.name for p in lib.list_plans()] == plans


#: Run inside a private mount namespace: a small tmpfs, the library copied in, the program run.
TMPFS_DRIVER = r"""
import hashlib, json, os, shutil, subprocess, sys
mount_point, library, size, fill, *argv = sys.argv[1:]
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "posture-test", mount_point], check=True)
db = os.path.join(mount_point, "posture.sqlite")
shutil.copyfile(library, db)
if fill == "fill":  # nothing left: not one more byte fits
    with open(os.path.join(mount_point, "filler"), "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 512)
        except OSError:
            pass
def state():
    out = {}
    for name in sorted(os.listdir(mount_point)):
        if name.startswith("posture.sqlite"):
            data = open(os.path.join(mount_point, name), "rb").read()
            out[name] = "present" if name.endswith("-shm") else hashlib.sha256(data).hexdigest()
    return out
before = state()
argv = [a.replace("{db}", db) for a in argv]
done = subprocess.run([sys.executable, "main.py", *argv], capture_output=True, text=True)
print(json.dumps({"before": before, "after": state(), "status": done.returncode, "stdout": done.stdout,
                  "stderr": done.stderr.replace(db, "{db}"), "free": shutil.disk_usage(mount_point).free}))
"""


def _on_small_tmpfs(tmp_path: Path, library: Path, size: str, fill: bool, *argv: str) -> dict[str, Any]:
    """Run the program on a copy of ``library`` on a tmpfs of ``size`` (skips where none can be mounted)."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) to mount a private tmpfs")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "--propagation", "private",
         sys.executable, "-c", TMPFS_DRIVER, str(mount_point), str(library), size, "fill" if fill else "-", *argv],
        cwd=REPO, env=_child_env(), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    if done.returncode != 0 and not done.stdout:
        pytest.skip(f"cannot mount a private tmpfs here: {done.stderr.strip()[-200:]}")
    return dict(json.loads(done.stdout))


@pytest.mark.parametrize("command", ["plans", "import", "check"])
def test_a_full_disk_is_refused_in_one_line_and_nothing_changes(tmp_path: Path, command: str) -> None:
    """Not one byte free (a real ENOSPC on a tmpfs): no library is opened for writing, none is changed."""
    library = _library(tmp_path / "posture.sqlite")
    got = _on_small_tmpfs(tmp_path, library, "512k", True, *COMMANDS[command], "--db", "{db}")
    assert got["free"] == 0
    if command == "check":  # reading needs no room
        assert got["status"] in (0, 1) and got["stderr"] == "", got["stderr"]
    else:
        assert (got["status"], got["stdout"]) == (2, ""), got["stderr"]
        _one_clear_line(got["stderr"], Path("{db}"))
        assert "disk is full" in got["stderr"]
    assert got["after"] == got["before"]


def test_an_import_that_does_not_fit_on_the_disk_is_rolled_back(tmp_path: Path) -> None:
    """Room to open the library, not for the import: SQLITE_FULL, one line, the library as it was."""
    library = _library(tmp_path / "posture.sqlite")
    big = _big_plan_file(tmp_path / "big.plan.geojson")
    got = _on_small_tmpfs(tmp_path, library, "400k", False, "import", str(big), "--db", "{db}")
    assert (got["status"], got["stdout"]) == (2, ""), got["stderr"]
    _one_clear_line(got["stderr"], Path("{db}"))
    assert "disk is full" in got["stderr"]
    assert got["after"] == got["before"]


# -- a seeded fuzz of damaged libraries --------------------------------------------------------------

DAMAGED = 150


def _damaged(good: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A copy of a good library as a bad disk, a bad copy or bit rot leaves it."""
    data = bytearray(good)
    how = rng.choice(("bit flips", "garbage page", "zeroed page", "cut short", "torn write"))
    if how == "bit flips":
        for _ in range(rng.randrange(1, 24)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif how in ("garbage page", "zeroed page"):
        page = rng.randrange(len(data) // 4096)
        data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096) if how == "garbage page" else bytes(4096)
    elif how == "cut short":
        del data[rng.randrange(len(data)) :]
    else:  # a sector of a page written, the rest of the page old: from another library's page
        page, sector = rng.randrange(1, len(data) // 4096), rng.randrange(8)
        other = rng.randrange(1, len(data) // 4096)
        data[page * 4096 + sector * 512 : page * 4096 + (sector + 1) * 512] = good[other * 4096 : other * 4096 + 512]
    return how, bytes(data)


@pytest.mark.slow
def test_damaged_libraries_never_crash_a_command_and_refusals_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _library(tmp_path / "good.sqlite").read_bytes()
    rng = random.Random(SEED)
    path = tmp_path / "posture.sqlite"
    out = tmp_path / "out.plan.geojson"
    refused = 0
    for n in range(DAMAGED):
        how, data = _damaged(good, rng)
        for command in ("plans", "check", "export", "import"):
            for p in tmp_path.glob("posture.sqlite*"):
                p.unlink()
            path.write_bytes(data)
            before = _state(path)
            where = f"damaged library {n} ({how}, seed {SEED}), {command}"
            try:
                status = run([*(a.format(out=out) for a in COMMANDS[command]), "--db", str(path)])
            except BaseException as e:  # any escape is the failure looked for
                raise AssertionError(f"{where}: {type(e).__name__}: {e}") from e
            stdout, err = capsys.readouterr()
            if status == 2:
                refused += 1
                assert stdout == "", where
                _one_clear_line(err, path)
                assert _state(path) == before, where
            else:
                assert status in (0, 1) and err == "", f"{where}: {status} {err}"
                if command != "import":
                    assert _state(path) == before, where
            out.unlink(missing_ok=True)
    print(f"\n{DAMAGED} damaged libraries x 4 commands: {refused} refused in one line, none crashed")
    assert refused > DAMAGED  # most damage is seen (bit flips in free space may not be)


# =============================================================================================
# Broken and hostile plan files (hypothesis)
# =============================================================================================

#: Text that must stay text (and a lone surrogate, NUL, very long and right-to-left text).
PAYLOADS: list[str] = [
    *json.loads((DATA / "export" / "hostile_names.json").read_text(encoding="utf-8")),
    "<img src=x onerror=window.__pwned=1>",
    "javascript:window.__pwned=1",
    '<a href="javascript:window.__pwned=1">click</a>',
    "=cmd|' /C calc'!A0",
    "\u202eevil.exe\u202c",
    "שלום עולם \u200f",
    "nul\x00byte",
    "lone \ud800 surrogate",
    "line\u2028separator",
    "x" * 100_000,
    "__proto__",
]

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(PAYLOADS),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
#: Values a hostile file puts where a member was: anything JSON, deep nesting, huge numbers.
_HOSTILE_VALUES = (
    _JSON
    | st.integers(1, 1200).map(lambda depth: f"__nested_{depth}__")  # put in as text: see below
    | st.sampled_from([10**30, -(10**30), 1e308, -1e308, 5e-324, -0.0, 2**63, -(2**63) - 1])
)
_RAW = ["NaN", "Infinity", "-Infinity", "1e400", "9" * 5000, "[" * 5000, '"\\ud800"', "\x00"]


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON document (a path of keys and indexes)."""
    yield at
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*at, i))


def _with_text(value: Any, payloads: Iterator[str]) -> Any:
    """``value`` with every name, note and marking replaced by hostile text (still a valid file)."""
    if isinstance(value, dict):
        return {
            k: next(payloads) if k in ("name", "note", "classification", "system", "aircraft") and isinstance(v, str)
            else _with_text(v, payloads)
            for k, v in value.items()
        }  # fmt: skip
    if isinstance(value, list):
        return [_with_text(v, payloads) for v in value]
    return value


@st.composite
def hostile_plan_files(draw: st.DrawFn) -> tuple[bytes, bool]:
    """``(file bytes, broken)``: a valid plan file named hostilely, then perhaps broken."""
    base = json.loads(draw(st.sampled_from([EXAMPLE, DATA / "full.plan.geojson"])).read_text(encoding="utf-8"))
    names = draw(st.lists(st.sampled_from(PAYLOADS), min_size=1, max_size=40))
    doc = _with_text(base, iter(names * 100))
    mutations = draw(st.integers(0, 3))
    for _ in range(mutations):
        places = list(_paths(doc))[1:]
        place = draw(st.sampled_from(places))
        parent = doc
        for key in place[:-1]:
            parent = parent[key]
        how = draw(st.sampled_from(["replace", "delete", "duplicate"]))
        if how == "delete":
            del parent[place[-1]]
        elif how == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[place[-1]]))
        else:
            parent[place[-1]] = draw(_HOSTILE_VALUES)
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    text = re.sub(r'"__nested_(\d+)__"', lambda m: "[" * int(m[1]) + "]" * int(m[1]), text)
    how = draw(st.sampled_from(["as is", "as is", "as is", "cut", "raw token", "bad byte", "bom"]))
    data = text.encode("utf-8", "surrogatepass")
    if how == "cut":
        data = data[: draw(st.integers(0, max(0, len(data) - 1)))]
    elif how == "raw token":
        at = draw(st.integers(0, len(text)))
        data = (text[:at] + draw(st.sampled_from(_RAW)) + text[at:]).encode("utf-8", "surrogatepass")
    elif how == "bad byte":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"])) + data[at:]
    elif how == "bom":
        data = b"\xef\xbb\xbf" + data
    lone_surrogate = any("\ud800" in name for name in names)  # not Unicode: refused, rightly
    return data, bool(mutations) or lone_surrogate or how not in ("as is", "bom")


@pytest.fixture(scope="module")
def import_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _library(tmp_path_factory.mktemp("import") / "posture.sqlite", plans=1)


#: Plan files tried by the property tests below (for the README's figures).
PLAN_FILES = 400


@pytest.mark.slow
@settings(max_examples=PLAN_FILES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])  # fmt: skip
@given(hostile_plan_files())
def test_a_hostile_plan_file_is_imported_whole_or_not_at_all(
    import_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[bytes, bool]
) -> None:
    data, broken = case
    plan_file = tmp_path / "hostile.plan.geojson"
    plan_file.write_bytes(data)
    with Library(import_library, read_only=True) as lib:
        plans_before = lib.list_plans()
    before = _state(import_library)
    status = run(["import", str(plan_file), "--db", str(import_library)])  # an escape fails the test
    stdout, err = capsys.readouterr()
    if status == 2:  # refused: one line, and the library exactly as it was
        assert stdout == ""
        _one_clear_line(err, plan_file)
        assert _state(import_library) == before
        assert broken, f"a valid file was refused: {err}"
        return
    assert status == 0 and err == "", err
    with Library(import_library, read_only=True) as lib:
        plans = lib.list_plans()
        (added,) = [p for p in plans if p not in plans_before]  # one whole plan, nothing else
        assert plans == [*plans_before, added]
        stored = lib.load_plan(added.id)
    # … exactly the file's plan, and it round-trips: export, import, the same plan
    parsed = parse_plan(data, str(plan_file))
    assert stored == replace(parsed, id=added.id)
    assert parse_plan(plan_to_text(stored)) == parsed
    if not broken:
        assert plan_to_geojson(stored) == json.loads(data.decode("utf-8-sig"))


@st.composite
def hostile_geojson(draw: st.DrawFn) -> Any:
    """Any GeoJSON another tool might write, then broken in places (Map › Import contact line)."""
    line = {"type": "LineString", "coordinates": [[37.0, 50.2], [37.9, 48.0]]}
    area = {"type": "Polygon", "coordinates": [[[36.0, 47.0], [38.0, 47.0], [38.0, 48.5], [36.0, 47.0]]]}
    feature = {"type": "Feature", "properties": {"kind": draw(st.sampled_from(["contact_line", "x", None]))},
               "geometry": draw(st.sampled_from([line, area]))}  # fmt: skip
    doc: Any = draw(st.sampled_from([copy.deepcopy(line), {"type": "FeatureCollection", "features": [feature]}]))
    for _ in range(draw(st.integers(0, 3))):
        places = list(_paths(doc))
        place = draw(st.sampled_from(places))
        if not place:
            doc = draw(_HOSTILE_VALUES)
            continue
        parent = doc
        for key in place[:-1]:
            parent = parent[key]
        parent[place[-1]] = draw(_HOSTILE_VALUES)
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_geojson())
def test_a_hostile_geojson_line_or_area_is_read_or_refused_in_one_line(doc: Any) -> None:
    try:
        found = parse_plan_geometries(doc, "line.geojson")
    except PlanFileError as e:
        assert "\n" not in str(e) and str(e).startswith("line.geojson")
        return
    assert {g.kind for g in found} <= {"contact_line", "occupied_area"}


# =============================================================================================
# Migrations: the gap tests/test_db.py leaves (an upgrade killed half way)
# =============================================================================================

UPGRADING_CHILD = r"""
import sys
print("start", flush=True)
from db import Library
Library(sys.argv[1]).close()
print("upgraded", flush=True)
"""
KILLED_UPGRADES = 12


@pytest.mark.slow
def test_an_upgrade_killed_at_any_moment_leaves_a_library_that_opens_with_every_plan(tmp_path: Path) -> None:
    """SIGKILL while a schema-1 library is backed up and upgraded: the file is schema 1 or 2, never
    between, and the next start opens it with every plan exactly as schema 1 exported it."""
    from tests.test_db import _rfc7946  # the exports as the writer writes them now (RFC 7946 winding)

    exports = json.loads((DATA / "libraries" / "schema1.expected.json").read_text(encoding="utf-8"))
    exports = {k: _rfc7946(v) for k, v in exports.items()}
    rng = random.Random(SEED)
    outcomes: list[str] = []
    for n in range(KILLED_UPGRADES):
        path = tmp_path / f"kill-{n}" / "posture.sqlite"
        path.parent.mkdir()
        shutil.copyfile(DATA / "libraries" / "schema1.sqlite", path)
        child = subprocess.Popen(
            [sys.executable, "-c", UPGRADING_CHILD, str(path)], cwd=REPO, env=_child_env(),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert child.stdout is not None and child.stdout.readline() == "start\n"
            time.sleep(rng.uniform(0.0, 0.2))  # importing, checking, backing up, upgrading, closing (~0.15 s)
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        where = f"upgrade killed {n + 1} (seed {SEED})"
        assert "Traceback" not in err, where
        assert _integrity(path) == ["ok"], where
        conn = sqlite3.connect(path)
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        conn.close()
        assert version in (1, 2), where
        outcomes.append("finished" if "upgraded" in out else f"killed at schema {version}")
        with Library(path) as lib:  # the next start: upgraded (again, or at last), every plan there
            assert {str(p.id): plan_to_geojson(lib.load_plan(p.id)) for p in lib.list_plans()} == exports, where
    print(f"\n{KILLED_UPGRADES} upgrades killed: {sorted(outcomes)}")
    assert any(o.startswith("killed") for o in outcomes)
