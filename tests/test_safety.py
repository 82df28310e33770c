"""Nothing a planner keeps is destroyed by an output path, a tampered library or an odd file.

Every test runs the real program (``python main.py …``) and hashes the library, its -wal/-shm
and every input before and after: a refusal is exit 2, one line on stderr, everything byte for
byte as it was. The one writer is :mod:`desktop.fileio`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from db import Library
from desktop.planfile import read_plan_file, write_plan_file

REPO = Path(__file__).resolve().parent.parent
MAIN = str(REPO / "main.py")
EXAMPLE = REPO / "tests" / "data" / "example.plan.geojson"
KML_NS = "{http://www.opengis.net/kml/2.2}"


def posture(
    *argv: str, cwd: Path | None = None, timeout: float = 120, **kw: object
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "POSTURE_DB"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [sys.executable, MAIN, *argv],
        cwd=cwd or REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        **kw,  # type: ignore[call-overload]
    )


def one_line(result: subprocess.CompletedProcess[str], status: int = 2) -> str:
    """The single stderr line of a refusal."""
    err = result.stderr
    assert result.returncode == status, (result.returncode, err)
    assert err.startswith("posture: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def state(*paths: Path) -> dict[str, str | None]:
    """Hashes of each path and of a library's -wal, -shm and -journal beside it (and beside its target)."""
    out: dict[str, str | None] = {}
    for p in paths:
        for q in {p, p.resolve()}:
            for suffix in ("", "-wal", "-shm", "-journal"):
                f = q.with_name(q.name + suffix)
                out[str(f)] = digest(f)
    return out


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    """A library holding the example plan (id 1)."""
    path = tmp_path / "posture.sqlite"
    with Library(path) as library:
        library.add_plan(read_plan_file(EXAMPLE))
    return path


@pytest.fixture
def open_lib(lib: Path) -> Iterator[Library]:
    """The library held open by another program (the window), so its -wal and -shm exist."""
    library = Library(lib)
    library.set_setting("held", 1)
    assert lib.with_name(lib.name + "-wal").exists() and lib.with_name(lib.name + "-shm").exists()
    yield library
    library.close()


# -- 1. an output onto what the command reads -----------------------------------------------------


def test_export_onto_the_library_by_any_path_is_refused(lib: Path, tmp_path: Path) -> None:
    (tmp_path / "link.sqlite").symlink_to(lib)
    os.link(lib, tmp_path / "hard.sqlite")
    sub = tmp_path / "sub"
    sub.mkdir()
    before = state(lib)
    for out in (str(lib), "posture.sqlite", "./sub/../posture.sqlite", str(tmp_path / "link.sqlite"),
                str(tmp_path / "hard.sqlite"), f"/proc/self/fd/../../../{lib}"):  # fmt: skip
        for fmt in ("geojson", "csv"):
            r = posture("export", "1", "--format", fmt, "-o", out, "--db", str(lib), cwd=tmp_path)
            assert "refused" in one_line(r) and "plan library" in r.stderr, out
            assert state(lib) == before, out


def test_export_onto_the_library_s_wal_and_shm_is_refused(lib: Path, open_lib: Library, tmp_path: Path) -> None:
    wal, shm = (lib.with_name(lib.name + s) for s in ("-wal", "-shm"))
    before = (digest(lib), digest(wal), shm.stat().st_ino, shm.stat().st_size)
    for target in (wal, shm):
        r = posture("export", "1", "--format", "csv", "-o", str(target), "--db", str(lib))
        assert "refused" in one_line(r) and target.name[-3:] in r.stderr
        # the reader's marks in the -shm may move (the export read the library); it stays the -shm
        assert (digest(lib), digest(wal), shm.stat().st_ino, shm.stat().st_size) == before
        assert b"TOTAL" not in shm.read_bytes()


def test_export_onto_a_wal_that_does_not_exist_yet_is_refused(lib: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    link.symlink_to(lib)
    assert not lib.with_name(lib.name + "-wal").exists()
    for out in (str(lib) + "-wal", str(lib) + "-journal"):
        r = posture("export", "1", "--format", "csv", "-o", out, "--db", str(link))
        assert "refused" in one_line(r)
        assert not Path(out).exists()


def test_print_onto_the_library_through_a_hard_link_is_refused(lib: Path, tmp_path: Path) -> None:
    os.link(lib, tmp_path / "copy.pdf")
    before = state(lib)
    r = posture("print", "1", "--pdf", str(tmp_path / "copy.pdf"), "--db", str(lib))
    assert "refused" in one_line(r)
    assert state(lib) == before


def test_export_onto_its_own_input_plan_file_is_refused(tmp_path: Path) -> None:
    plan = tmp_path / "in.plan.geojson"
    plan.write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "alias.csv").symlink_to(plan)
    before = state(plan)
    for out in (str(plan), "in.plan.geojson", str(tmp_path / "alias.csv")):
        r = posture("export", str(plan), "--format", "csv", "-o", out, "--db", str(tmp_path / "l.sqlite"),
                    cwd=tmp_path)  # fmt: skip
        assert "refused" in one_line(r) and "input" in r.stderr
        assert state(plan) == before


# -- 2. symlinks, devices, FIFOs, standard output -------------------------------------------------


def test_a_symlink_is_written_through_to_its_target(lib: Path, tmp_path: Path) -> None:
    real = tmp_path / "real" / "ledger.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "ledger.csv"
    link.symlink_to(real)
    dangling = tmp_path / "new.csv"
    dangling.symlink_to(tmp_path / "real" / "made.csv")
    for out in (link, dangling):
        r = posture("export", "1", "--format", "csv", "-o", str(out), "--db", str(lib))
        assert r.returncode == 0, r.stderr
        assert out.is_symlink()
        assert "TOTAL" in out.resolve().read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in real.parent.iterdir()) == ["ledger.csv", "made.csv"]  # no temporary left


def _device(path: Path, kind: int, major: int, minor: int) -> Path:
    """A private device node (the system's /dev is never the target: code that replaces a node
    must not take the machine's /dev/null with it when this test catches it)."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, kind | 0o666, os.makedev(major, minor))
    return path


def test_a_character_device_is_written_through_never_replaced(lib: Path, tmp_path: Path) -> None:
    null = _device(tmp_path / "null", stat.S_IFCHR, 1, 3)  # the same device as /dev/null
    before = null.lstat()
    r = posture("export", "1", "--format", "geojson", "-o", str(null), "--db", str(lib))
    assert r.returncode == 0, r.stderr
    after = null.lstat()
    assert stat.S_ISCHR(after.st_mode) and (after.st_rdev, after.st_ino) == (before.st_rdev, before.st_ino)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "posture.sqlite"]  # no temporary


def test_dash_and_a_link_to_dev_stdout_write_to_standard_output(lib: Path, tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")  # what /dev/stdout is
    for out in ("-", str(link)):
        r = posture("export", "1", "--format", "geojson", "-o", out, "--db", str(lib), cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["posture"]["name"] == read_plan_file(EXAMPLE).name
        assert link.is_symlink() and not (tmp_path / "-").exists()
    r = posture("export", "1", "--format", "csv", "-o", "-", "--db", str(lib), cwd=tmp_path)
    assert r.returncode == 0 and "TOTAL" in r.stdout
    r = posture("export", "1", "--format", "kml", "-o", "-", "--db", str(lib), cwd=tmp_path)
    assert r.returncode == 0 and ET.fromstring(r.stdout).tag == f"{KML_NS}kml"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posture.sqlite", "stdout"]


def test_binary_output_to_standard_output_is_refused(lib: Path) -> None:
    assert "not text" in one_line(posture("print", "1", "--pdf", "-", "--db", str(lib)))


def test_a_fifo_is_written_through_when_read_and_refused_when_not(lib: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    time.sleep(0.2)
    r = posture("export", "1", "--format", "csv", "-o", str(fifo), "--db", str(lib))
    reader.join(10)
    assert r.returncode == 0, r.stderr
    assert b"TOTAL" in got[0] and stat.S_ISFIFO(fifo.lstat().st_mode)
    r = posture("export", "1", "--format", "csv", "-o", str(fifo), "--db", str(lib), timeout=30)  # nobody reads
    assert "FIFO" in one_line(r) and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_folder_a_socket_and_a_block_device_are_refused(lib: Path, tmp_path: Path) -> None:
    import socket

    sock_path = tmp_path / "s.sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    # a block device node of a loop device that does not exist: nothing could be written even by mistake
    block = _device(tmp_path / "disk", stat.S_IFBLK, 7, 255)
    try:
        for out in (tmp_path, sock_path, block):
            before = out.lstat()
            r = posture("export", "1", "--format", "csv", "-o", str(out), "--db", str(lib))
            assert "not a file" in one_line(r), out
            after = out.lstat()
            assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    finally:
        sock.close()


# -- 10. temporaries, long names, KML hrefs, names that look like paths ---------------------------

_KILLED_WRITER = """
import os, signal, sys
sys.path.insert(0, {repo!r})
import desktop.fileio as fileio
def die(*a):  # the moment an export is killed: the temporary is written, not yet renamed
    os.kill(os.getpid(), signal.SIGKILL)
fileio.os.replace = die
from desktop.cli import run
run(["export", "1", "--format", "csv", "-o", {out!r}, "--db", {db!r}])
"""


def test_a_temporary_left_by_a_killed_export_is_removed_by_the_next_write(lib: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "ledger.csv"
    out.parent.mkdir()
    code = _KILLED_WRITER.format(repo=str(REPO), out=str(out), db=str(lib))
    killed = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    left = [p.name for p in out.parent.iterdir()]
    assert len(left) == 1 and left[0].startswith(".") and left[0].endswith(".tmp")  # the leftover
    legacy = out.parent / ".ledger.csv.k3j_x9qa.tmp"  # what builds before the one writer left
    legacy.write_bytes(b"half an export")
    os.utime(legacy, (time.time() - 3600, time.time() - 3600))
    r = posture("export", "1", "--format", "csv", "-o", str(out), "--db", str(lib))
    assert r.returncode == 0, r.stderr
    assert [p.name for p in out.parent.iterdir()] == ["ledger.csv"]


def test_a_250_byte_file_name_is_written(lib: Path, tmp_path: Path) -> None:
    name = "x" * 246 + ".csv"
    assert len(name.encode()) == 250
    r = posture("export", "1", "--format", "csv", "-o", str(tmp_path / name), "--db", str(lib))
    assert r.returncode == 0, r.stderr
    assert "TOTAL" in (tmp_path / name).read_text(encoding="utf-8-sig")


def test_kml_icon_hrefs_are_url_escaped_and_open_in_gdal(lib: Path, tmp_path: Path) -> None:
    out = tmp_path / "Plan #1 100%.kml"
    r = posture("export", "1", "--format", "kml", "-o", str(out), "--db", str(lib))
    assert r.returncode == 0, r.stderr
    hrefs = [e.text or "" for e in ET.parse(out).getroot().iter(f"{KML_NS}href")]
    assert hrefs and all(h.startswith("Plan%20%231%20100%25_files/") for h in hrefs)
    for h in hrefs:
        assert (tmp_path / urllib.parse.unquote(h)).is_file()
    info = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(out)], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0 and "Feature Count" in info.stdout


def test_plans_named_like_paths_or_with_spaces_are_found_by_name(tmp_path: Path) -> None:
    lib = tmp_path / "posture.sqlite"
    base = read_plan_file(EXAMPLE)
    names = ["Option B/C", "  Option D  ", "tests/data/example.plan.geojson"]
    with Library(lib) as library:
        for n in names:
            library.add_plan(dataclasses.replace(base, name=n))
    for n in names:
        r = posture("check", n, "--json", "--db", str(lib))
        assert r.returncode in (0, 1), r.stderr
        assert json.loads(r.stdout)["plan"] == n


# -- 7. odd input files -------------------------------------------------------------------------


def _at_most_2_gb() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))  # code that reads /dev/zero whole dies here


def test_a_fifo_dev_zero_a_folder_and_a_huge_file_are_refused_as_plan_files(lib: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "plan.geojson"
    os.mkfifo(fifo)
    zero = _device(tmp_path / "zero.plan.geojson", stat.S_IFCHR, 1, 5)  # the device /dev/zero is
    huge = tmp_path / "huge.plan.geojson"
    with huge.open("wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: costs no disk
    before = state(lib)
    for src, words in ((fifo, "FIFO"), (zero, "character device"), (tmp_path, "folder"),
                       (huge, "at most 64 MB")):  # fmt: skip
        for command in (["import", str(src)], ["check", str(src)], ["export", str(src), "--format", "csv", "-o",
                        str(tmp_path / "o.csv")]):  # fmt: skip
            started = time.monotonic()
            r = posture(*command, "--db", str(lib), timeout=30, preexec_fn=_at_most_2_gb)
            assert words in one_line(r), (command, r.stderr)
            assert time.monotonic() - started < 20
            assert state(lib) == before
    assert not (tmp_path / "o.csv").exists()


def test_a_device_as_library_leaves_no_journal(tmp_path: Path) -> None:
    null = _device(tmp_path / "null", stat.S_IFCHR, 1, 3)
    for command in (["plans"], ["import", str(EXAMPLE)], ["check", "1"]):
        r = posture(*command, "--db", str(null))
        assert "not a Posture plan library" in one_line(r)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]  # no -journal, -wal or -shm
    assert stat.S_ISCHR(null.lstat().st_mode)


# -- Ctrl+C -------------------------------------------------------------------------------------


def _ctrl_c_reaches_it() -> None:
    """A job started in the background inherits SIGINT ignored; a terminal's Ctrl+C is not."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_a_long_import_commits_nothing(lib: Path, tmp_path: Path) -> None:
    from bench.plans import generated_plan

    big = tmp_path / "big.plan.geojson"
    write_plan_file(generated_plan(10_000, seed=3), big)
    before = state(lib)
    saved = {sfx: (f.read_bytes() if f.exists() else None)
             for sfx in ("", "-wal", "-shm", "-journal") for f in [lib.with_name(lib.name + sfx)]}  # fmt: skip
    outcomes = []
    # from start-up to the last write: fine steps first, as a quiet machine imports it in about a second
    for delay in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.2, 1.6, 2.0, 2.5, 3.0, 4.0):
        env = {k: v for k, v in os.environ.items() if k != "POSTURE_DB"}
        proc = subprocess.Popen([sys.executable, MAIN, "import", str(big), "--db", str(lib)], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=_ctrl_c_reaches_it)  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
        outcomes.append(proc.returncode)
        if proc.returncode == 0:  # finished before the signal (or it came after the commit): one plan more
            with Library(lib, read_only=True) as library:
                assert len(library.list_plans()) == 2
            if outcomes.count(130) >= 2:
                break
            # A busy machine can run the import faster than this loop's clock suggests: start again
            # from the library as it was (its very bytes), and try the later moments too.
            for suffix, data in saved.items():
                f = lib.with_name(lib.name + suffix)
                f.unlink(missing_ok=True)
                if data is not None:
                    f.write_bytes(data)
            assert state(lib) == before
            continue
        if proc.returncode == -signal.SIGINT:  # before the interpreter took the signal: nothing ran
            assert err == "" and state(lib) == before
            continue
        assert proc.returncode == 130, err
        assert err.count("\n") == 1 and "interrupted" in err and "Traceback" not in err, err
        assert state(lib) == before  # nothing committed
    assert outcomes.count(130) >= 2, outcomes


# -- 3. tampered libraries (the kinds are in tests/test_reliability.py's BAD_LIBRARIES) ----------


def test_the_stored_schema_digests_are_what_the_migrations_create() -> None:
    from db import schema, schemacheck

    assert sorted(schema.SCHEMA_DIGESTS) == list(range(1, schema.SCHEMA_VERSION + 1))
    for version, expected in schema.SCHEMA_DIGESTS.items():
        assert schemacheck.digest(schemacheck.expected_schema(version)) == expected, version


def test_a_planted_trigger_is_named_and_never_runs(lib: Path, tmp_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(lib)
    conn.execute(
        "CREATE TRIGGER rewrite AFTER INSERT ON units BEGIN "
        "UPDATE units SET nation = 'BY', strength = strength * 10 WHERE rowid = new.rowid; END"
    )
    conn.commit()
    conn.close()
    before = state(lib)
    for command in (["import", str(EXAMPLE)], ["plans"], ["check", "1"]):
        r = posture(*command, "--db", str(lib))
        assert "trigger rewrite on units" in one_line(r) and "did not create" in r.stderr
        assert state(lib) == before
    conn = sqlite3.connect(lib)  # what it would have done: the plan's nations are as imported
    assert "BY" not in {n for (n,) in conn.execute("SELECT nation FROM units")}
    conn.close()


# -- 4 and 6. whole numbers that overflow SQLite, figures that are not finite ---------------------


def _strict(text: str) -> object:
    def refuse(name: str) -> object:
        raise AssertionError(f"{name} in JSON output")

    return json.loads(text, parse_constant=refuse)


def _troops_pledge(doc: dict) -> None:  # type: ignore[type-arg]
    doc["posture"]["contributions"].append({"nation": "PL", "kind": "funding", "troops": 2**63 - 1})


def test_numbers_above_what_any_force_has_are_refused_at_import(lib: Path, tmp_path: Path) -> None:
    base = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    cases = {
        "strength": lambda d: d["features"][0]["properties"].update(strength=2**63 - 1),
        "amount_eur": lambda d: d["posture"]["contributions"].append(
            {"nation": "DE", "kind": "funding", "amount_eur": 1e308}
        ),
        "troops": _troops_pledge,
    }
    before = state(lib)
    for field, change in cases.items():
        doc = json.loads(json.dumps(base))
        change(doc)
        bad = tmp_path / f"{field}.plan.geojson"
        bad.write_text(json.dumps(doc), encoding="utf-8")
        r = posture("import", str(bad), "--db", str(lib))
        assert field in one_line(r) and ("above" in r.stderr or "more than" in r.stderr), r.stderr
        assert state(lib) == before


def test_a_library_written_before_the_bounds_still_lists_checks_and_exports(lib: Path, tmp_path: Path) -> None:
    """Two strengths of 2^63 - 1 and two pledges of 1e308, as an older build let in."""
    import sqlite3

    conn = sqlite3.connect(lib)
    conn.execute("UPDATE units SET strength = 9223372036854775807 WHERE rowid <= 2")
    conn.execute("UPDATE contributions SET kind = 'funding', amount_eur = 1e308")
    conn.commit()
    conn.close()
    r = posture("plans", "--db", str(lib))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "184467440737" in r.stdout  # the total of the two, as a sum that cannot overflow gives it
    r = posture("check", "1", "--json", "--db", str(lib))
    assert r.returncode in (0, 1), r.stderr
    report = _strict(r.stdout)
    assert isinstance(report, dict) and report["metrics"]["troops"] > 2**63
    out = tmp_path / "ledger.csv"
    r = posture("export", "1", "--format", "csv", "-o", str(out), "--db", str(lib))
    assert r.returncode == 0, r.stderr
    assert "inf" not in out.read_text(encoding="utf-8-sig").lower().replace("infrastructure", "")
