"""The plan library: schema and pragmas, plans in and out, the edit path, bad files, durability."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Migrations

import db.connection
from db import (
    AmbiguousPlanName,
    Library,
    LibraryCorrupt,
    LibraryError,
    LibraryFull,
    LibraryLocked,
    LibraryMissing,
    LibraryReadOnly,
    LibraryTooNew,
    PlanNotFound,
    PlanOutOfDate,
    default_db_path,
    migrations,
    schema,
)
from db.diff import increasing_subsequence, unit_changes
from desktop.model import Contribution, Geometry, Plan, PlanGeometry, Unit
from desktop.planfile import parse_plan, plan_to_geojson, read_plan_file
from desktop.sample import sample_plan

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parent.parent


def _unit(i: int, **fields: object) -> Unit:
    return Unit(f"u-{i}", "land.combat", "GB", Geometry.point(30 + i * 1e-4, 50), strength=10,
                **fields)  # type: ignore[arg-type]  # fmt: skip


def _big_plan(n: int = 10_000) -> Plan:
    return Plan(name=f"{n} units", units=tuple(_unit(i) for i in range(n)))


def _stored(lib: Library, plan_id: int, plan: Plan) -> None:
    """The library holds exactly ``plan`` under ``plan_id``."""
    assert lib.load_plan(plan_id) == dataclasses.replace(plan, id=plan_id)


def _moved(plan: Plan, index: int, lon: float, lat: float) -> Plan:
    unit = plan.units[index]
    return plan.with_unit(dataclasses.replace(unit, geometry=unit.geometry.moved_to(lon, lat)))


# -- the file --------------------------------------------------------------------------------------


def test_default_path_is_in_the_user_data_folder() -> None:
    path = default_db_path()
    assert path.name == "posture.sqlite" and "Posture" in str(path)


def test_new_library_is_created_with_folders_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "posture.sqlite"
    with Library(path) as lib:
        pragma = lambda name: lib.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("application_id") == migrations.APPLICATION_ID
        assert pragma("user_version") == migrations.SCHEMA_VERSION
        assert set(lib.db.table_names()) >= migrations.TABLES
        assert lib.list_plans() == []
    assert path.is_file()


def test_reopening_applies_no_migration_and_keeps_plans(tmp_path: Path) -> None:
    path = tmp_path / "posture.sqlite"
    plan = read_plan_file(DATA / "full.plan.geojson")
    with Library(path) as lib:
        plan_id = lib.add_plan(plan)
    with Library(path) as lib:
        _stored(lib, plan_id, plan)
        assert [m.name for m in migrations.MIGRATIONS.applied(lib.db)] == ["0001_initial", "0002_declared_members"]
    with Library(path, read_only=True) as lib:
        _stored(lib, plan_id, plan)


def test_closing_leaves_no_wal_behind(tmp_path: Path) -> None:
    path = tmp_path / "posture.sqlite"
    with Library(path) as lib:
        lib.add_plan(sample_plan())
    with Library(path, read_only=True) as lib:
        lib.list_plans()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posture.sqlite"]


# -- plans in and out ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["full", "example", "sample"])
def test_add_then_load_gives_the_same_plan(fresh_db: Library, source: str) -> None:
    plan = sample_plan() if source == "sample" else read_plan_file(DATA / f"{source}.plan.geojson")
    plan_id = fresh_db.add_plan(plan)
    _stored(fresh_db, plan_id, plan)


def test_numbers_keep_their_type(fresh_db: Library) -> None:
    plan = read_plan_file(DATA / "full.plan.geojson")
    loaded = fresh_db.load_plan(fresh_db.add_plan(plan))
    assert isinstance(loaded.unit("ad-1").range_km, int)
    assert isinstance(loaded.unit("isr-1").range_km, float)
    assert isinstance(loaded.parameters["min_troops"], int)
    assert isinstance(loaded.parameters["tripwire_km"], float)
    assert isinstance(loaded.contributions[0].amount_eur, int)


def test_list_plans_counts_units_and_troops(fresh_db: Library) -> None:
    a = fresh_db.add_plan(read_plan_file(DATA / "example.plan.geojson"))
    b = fresh_db.add_plan(Plan(name="empty"))
    rows = fresh_db.list_plans()
    assert [(r.id, r.name, r.units, r.troops) for r in rows] == [
        (a, "Ceasefire posture, option B", 3, 5520),
        (b, "empty", 0, 0),
    ]
    assert rows[0].modified.endswith("+00:00")


def test_find_plan_by_id_or_exact_name(fresh_db: Library) -> None:
    a = fresh_db.add_plan(Plan(name="Option A"))
    b = fresh_db.add_plan(Plan(name="2024"))
    assert fresh_db.find_plan(str(a)) == a
    assert fresh_db.find_plan("Option A") == a
    assert fresh_db.find_plan(" Option A ") == a
    assert fresh_db.find_plan("2024") == b  # no plan 2024: the name
    with pytest.raises(PlanNotFound, match=r'no plan "option a" in the library'):
        fresh_db.find_plan("option a")
    with pytest.raises(PlanNotFound):
        fresh_db.find_plan("99999999999999999999999")
    fresh_db.add_plan(Plan(name="Option A"))
    with pytest.raises(AmbiguousPlanName, match=r'2 plans are named "Option A" \(ids 1, 3\)'):
        fresh_db.find_plan("Option A")


def test_load_of_a_missing_plan(fresh_db: Library) -> None:
    with pytest.raises(PlanNotFound, match="no plan 42"):
        fresh_db.load_plan(42)


def test_rename_duplicate_delete(fresh_db: Library) -> None:
    plan = read_plan_file(DATA / "full.plan.geojson")
    a = fresh_db.add_plan(plan)
    fresh_db.rename_plan(a, "Renamed")
    b = fresh_db.duplicate_plan(a, "Copy")
    _stored(fresh_db, a, dataclasses.replace(plan, name="Renamed"))
    _stored(fresh_db, b, dataclasses.replace(plan, name="Copy"))
    fresh_db.delete_plan(a)
    assert [r.id for r in fresh_db.list_plans()] == [b]
    for table in ("units", "contributions", "geometries", "parameters"):
        assert fresh_db.db.execute(f"SELECT count(*) FROM {table} WHERE plan_id = ?", [a]).fetchone()[0] == 0
    for call in (lambda: fresh_db.rename_plan(a, "x"), lambda: fresh_db.delete_plan(a),
                 lambda: fresh_db.duplicate_plan(a, "x")):  # fmt: skip
        with pytest.raises(PlanNotFound):
            call()


@pytest.mark.parametrize("name", ["int-ids", "absent-members", "empty-members", "nulls", "numbers"])
def test_what_a_file_declared_is_stored_and_duplicated(fresh_db: Library, name: str) -> None:
    plan = read_plan_file(DATA / "roundtrip" / f"{name}.plan.geojson")
    assert plan.declared or any(u.declared or u.id_is_int for u in plan.units)
    a = fresh_db.add_plan(plan)
    b = fresh_db.duplicate_plan(a, "Copy")
    _stored(fresh_db, a, plan)
    _stored(fresh_db, b, dataclasses.replace(plan, name="Copy"))
    assert plan_to_geojson(fresh_db.load_plan(a)) == plan_to_geojson(plan)


def test_settings_are_json_values(fresh_db: Library) -> None:
    assert fresh_db.get_setting("last_plan") is None
    assert fresh_db.get_setting("last_plan", 0) == 0
    fresh_db.set_setting("last_plan", 3)
    fresh_db.set_setting("window", {"size": [1600, 1000], "docks": ["ledger"]})
    fresh_db.set_setting("last_plan", 4)
    assert fresh_db.get_setting("last_plan") == 4
    assert fresh_db.get_setting("window") == {"size": [1600, 1000], "docks": ["ledger"]}


def test_duplicate_unit_ids_are_refused(fresh_db: Library) -> None:
    with pytest.raises(ValueError, match="same id"):
        fresh_db.add_plan(Plan(units=(_unit(1), _unit(1))))
    assert fresh_db.list_plans() == []


# -- the edit path: save_changes -------------------------------------------------------------------


@pytest.fixture
def stored(fresh_db: Library) -> tuple[Library, int, Plan]:
    plan = read_plan_file(DATA / "full.plan.geojson")
    plan_id = fresh_db.add_plan(plan)
    return fresh_db, plan_id, fresh_db.load_plan(plan_id)


Edit = Callable[[Plan], Plan]
EDITS: dict[str, Edit] = {
    "add at the end": lambda p: p.with_unit(_unit(900)),
    "insert at the front": lambda p: p.with_unit(_unit(901), index=0),
    "insert in the middle": lambda p: p.with_unit(_unit(902), index=5),
    "move": lambda p: _moved(p, 3, 31.5, 49.5),
    "edit a field": lambda p: p.with_unit(dataclasses.replace(p.units[2], strength=1234)),
    "edit extra": lambda p: p.with_unit(dataclasses.replace(p.units[0], extra={"x": [1]})),
    "remove": lambda p: p.without_unit(p.units[4].id),
    "remove all": lambda p: dataclasses.replace(p, units=()),
    "reorder": lambda p: p.without_unit(p.units[1].id).with_unit(p.units[1], index=7),
    "reverse": lambda p: dataclasses.replace(p, units=p.units[::-1]),
    "several at once": lambda p: _moved(
        p.without_unit(p.units[0].id).with_unit(_unit(903), index=2), 5, 30, 50
    ).with_unit(_unit(904)),
    "plan fields": lambda p: dataclasses.replace(p, name="New", profile="ecfr", priority_sites=None, extra={}),
    "parameters": lambda p: dataclasses.replace(p, parameters={"min_troops": 1}),
    "contributions": lambda p: dataclasses.replace(p, contributions=(Contribution("SE", "funding", 5.5),)),
    "geometries": lambda p: dataclasses.replace(
        p, geometries=(PlanGeometry("l2", "contact_line", Geometry("LineString", ((1, 2), (3, 4)))),)
    ),
    "declared members of a unit": lambda p: p.with_unit(dataclasses.replace(p.units[1], declared=frozenset({"kind"}))),
    "an integer id": lambda p: p.with_unit(dataclasses.replace(_unit(905), id="905", id_is_int=True), index=3),
    "declared members of the plan": lambda p: dataclasses.replace(p, declared=frozenset({"format", "mandate"})),
    "declared members of a contribution": lambda p: dataclasses.replace(
        p, contributions=(dataclasses.replace(p.contributions[0], declared=frozenset({"nation", "kind", "note"})),)
    ),
    "an integer geometry id": lambda p: dataclasses.replace(
        p, geometries=(dataclasses.replace(p.geometries[0], id="12", id_is_int=True), *p.geometries[1:])
    ),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_save_changes_persists_the_edit(stored: tuple[Library, int, Plan], edit: str) -> None:
    lib, plan_id, before = stored
    after = EDITS[edit](before)
    assert after != before
    lib.save_changes(plan_id, before, after)
    _stored(lib, plan_id, after)


def test_no_change_writes_nothing(stored: tuple[Library, int, Plan]) -> None:
    lib, plan_id, before = stored
    modified = lib.list_plans()[0].modified
    statements: list[str] = []
    lib.db.conn.set_trace_callback(statements.append)
    lib.save_changes(plan_id, before, before)
    lib.save_changes(plan_id, before, dataclasses.replace(before))
    assert statements == []
    assert lib.list_plans()[0].modified == modified


def test_one_unit_move_writes_one_unit_row(stored: tuple[Library, int, Plan]) -> None:
    lib, plan_id, before = stored
    statements: list[str] = []
    lib.db.conn.set_trace_callback(statements.append)
    lib.save_changes(plan_id, before, _moved(before, 3, 31.5, 49.5))
    writes = [s for s in statements if s.split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert [w.split()[:2] for w in writes] == [["UPDATE", "plans"], ["UPDATE", "units"]]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda p: p.with_unit(_unit(99_999), index=500), [["INSERT", "INTO"]]),
        (lambda p: p.without_unit("u-10"), [["DELETE", "FROM"]]),
        (lambda p: p.without_unit("u-10").with_unit(p.unit("u-10"), index=900),
         [["UPDATE", "units"]]),
    ],
    ids=["insert", "remove", "reorder"],
)  # fmt: skip
def test_one_unit_change_in_a_big_plan_is_one_row_write(
    fresh_db: Library, edit: Edit, expected: list[list[str]]
) -> None:
    plan_id = fresh_db.add_plan(_big_plan(1000))
    before = fresh_db.load_plan(plan_id)
    after = edit(before)
    statements: list[str] = []
    fresh_db.db.conn.set_trace_callback(statements.append)
    fresh_db.save_changes(plan_id, before, after)
    fresh_db.db.conn.set_trace_callback(None)
    writes = [s.split()[:2] for s in statements if s.split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == [["UPDATE", "plans"], *expected]
    _stored(fresh_db, plan_id, after)


def test_stale_before_is_refused_and_nothing_is_saved(stored: tuple[Library, int, Plan]) -> None:
    lib, plan_id, before = stored
    lib.save_changes(plan_id, before, before.without_unit("gb-1"))
    now = lib.load_plan(plan_id)
    with pytest.raises(PlanOutOfDate, match="changed elsewhere"):
        lib.save_changes(plan_id, before, _moved(before, 3, 31, 49))  # stale: gb-1 is gone
    _stored(lib, plan_id, now)


def test_save_changes_of_a_missing_plan(fresh_db: Library) -> None:
    plan = Plan(units=(_unit(1),))
    with pytest.raises(PlanNotFound):
        fresh_db.save_changes(7, plan, plan.with_unit(_unit(2)))


def test_many_insertions_at_one_place_renumber_and_keep_order(fresh_db: Library) -> None:
    plan = Plan(units=(_unit(0), _unit(1)))
    plan_id = fresh_db.add_plan(plan)
    for i in range(2, 40):  # 38 insertions between u-0 and the last one: gaps run out at 16
        after = plan.with_unit(_unit(i), index=1)
        fresh_db.save_changes(plan_id, plan, after)
        plan = after
    _stored(fresh_db, plan_id, plan)


def test_increasing_subsequence() -> None:
    assert increasing_subsequence([]) == set()
    assert increasing_subsequence([0, 1, 2]) == {0, 1, 2}
    assert increasing_subsequence([0, 5, 1, 2, 3]) in ({0, 2, 3, 4},)
    assert len(increasing_subsequence([4, 3, 2, 1])) == 1


def test_unit_changes_of_a_single_move_is_one_edit() -> None:
    before = _big_plan(1000)
    changes = unit_changes(before.units, _moved(before, 500, 31, 49).units)
    assert (changes.removed, changes.added, changes.runs) == ((), (), ())
    assert [u.id for u in changes.edited] == ["u-500"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["insert", "remove", "move", "edit", "reorder"]),
                          st.integers(0, 10**6)), min_size=1, max_size=12))  # fmt: skip
def test_any_sequence_of_edits_is_stored_exactly(ops: list[tuple[str, int]]) -> None:
    with Library(":memory:") as lib:
        plan = Plan(units=tuple(_unit(i) for i in range(6)))
        plan_id = lib.add_plan(plan)
        fresh = 100
        for op, r in ops:
            n = len(plan.units)
            if op == "insert" or n == 0:
                fresh += 1
                after = plan.with_unit(_unit(fresh), index=r % (n + 1))
            elif op == "remove":
                after = plan.without_unit(plan.units[r % n].id)
            elif op == "move":
                after = _moved(plan, r % n, 30 + r % 7, 48 + r % 3)
            elif op == "edit":
                after = plan.with_unit(dataclasses.replace(plan.units[r % n], name=str(r)))
            else:
                unit = plan.units[r % n]
                after = plan.without_unit(unit.id).with_unit(unit, index=(r // 7) % n)
            lib.save_changes(plan_id, plan, after)
            _stored(lib, plan_id, after)
            plan = after


# -- 10,000 units ----------------------------------------------------------------------------------


def _timed(call: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``call`` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def test_ten_thousand_units_add_move_insert_remove(library: Library) -> None:
    plan = _big_plan()
    add_s = _timed(lambda: library.add_plan(plan), repeat=1)
    plan_id = library.list_plans()[-1].id
    before = library.load_plan(plan_id)

    state = {"plan": before, "k": 0}

    def move_one() -> None:
        state["k"] += 1  # type: ignore[operator]
        current: Plan = state["plan"]  # type: ignore[assignment]
        after = _moved(current, 5000, 31 + state["k"] * 0.01, 49)  # type: ignore[operator]
        library.save_changes(plan_id, current, after)
        state["plan"] = after

    move_s = _timed(move_one, repeat=9)
    plan = state["plan"]
    inserted = plan.with_unit(_unit(20_000), index=5000)
    library.save_changes(plan_id, plan, inserted)
    removed = inserted.without_unit("u-7")
    library.save_changes(plan_id, inserted, removed)
    _stored(library, plan_id, removed)
    print(f"\nadd_plan 10,000 units: {add_s * 1000:.0f} ms; one-unit move: {move_s * 1000:.1f} ms")
    assert move_s < 0.1  # measured ~5-10 ms with synchronous=FULL on a local disk
    assert add_s < 3.0


# -- refused files: raise, and leave the file byte for byte as it was ------------------------------


def _write_sqlite(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _library_file(path: Path, plans: int = 3) -> Path:
    with Library(path) as lib:
        for _ in range(plans):
            lib.add_plan(sample_plan())
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], None], type[LibraryError], str]] = {
    "text file": (lambda p: p.write_text("hello, not a database\n" * 20), LibraryCorrupt,
                  "not an SQLite database"),
    "short file": (lambda p: p.write_bytes(b"SQLite format 3\x00"), LibraryCorrupt,
                   "not an SQLite database"),
    "another application's database": (
        lambda p: _write_sqlite(p, "CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('x')"),
        LibraryCorrupt, "another application"),
    "another application's id": (
        lambda p: _write_sqlite(p, "PRAGMA application_id = 42", "CREATE TABLE t (x)"),
        LibraryCorrupt, "another application"),
    "a newer schema": (
        lambda p: (_library_file(p), _write_sqlite(p, "PRAGMA user_version = 99")),
        LibraryTooNew, f"schema 99; this build knows up to {migrations.SCHEMA_VERSION}"),
    "truncated": (
        lambda p: (_library_file(p), p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])),
        LibraryCorrupt, "truncated"),
    "damaged pages": (lambda p: _damage(_library_file(p)), LibraryCorrupt, "damaged"),
    "a table missing": (
        lambda p: (_library_file(p), _write_sqlite(p, "DROP TABLE settings")),
        LibraryCorrupt, "no table settings"),
}  # fmt: skip


def _damage(path: Path) -> None:
    """Overwrite the middle pages with garbage (a disk fault, a bad copy)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):
        data[offset + 8 : offset + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_and_left_untouched(
    tmp_path: Path, file_state: Callable[[Path], dict[str, str]], case: str, read_only: bool
) -> None:
    path = tmp_path / "posture.sqlite"
    make, error, fragment = BAD_FILES[case]
    make(path)
    before = file_state(path)
    with pytest.raises(error) as caught:
        Library(path, read_only=read_only)
    assert fragment in str(caught.value)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert file_state(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posture.sqlite"]


def test_an_empty_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "posture.sqlite"
    path.touch()
    with Library(path) as lib:
        assert lib.list_plans() == []


def test_read_only_never_creates_a_library(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "posture.sqlite"
    with pytest.raises(LibraryMissing, match="no plan library here"):
        Library(path, read_only=True)
    assert not path.parent.exists()


def test_read_only_library_refuses_every_write(tmp_path: Path, file_state: Callable[[Path], dict[str, str]]) -> None:
    path = _library_file(tmp_path / "posture.sqlite", plans=1)
    before = file_state(path)
    with Library(path, read_only=True) as lib:
        plan = lib.load_plan(1)
        for write in (
            lambda: lib.add_plan(plan),
            lambda: lib.save_changes(1, plan, plan.without_unit(plan.units[0].id)),
            lambda: lib.rename_plan(1, "x"),
            lambda: lib.duplicate_plan(1, "x"),
            lambda: lib.delete_plan(1),
            lambda: lib.set_setting("k", 1),
        ):
            with pytest.raises(LibraryReadOnly, match="opened read-only"):
                write()
    assert file_state(path) == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_a_write_protected_file_reports_read_only(tmp_path: Path) -> None:
    path = _library_file(tmp_path / "posture.sqlite", plans=1)
    path.chmod(0o444)
    try:
        with pytest.raises(LibraryReadOnly):
            Library(path).add_plan(Plan())
    finally:
        path.chmod(0o644)


def test_a_write_the_file_system_refuses_is_reported_read_only(library: Library) -> None:
    plan_id = library.add_plan(sample_plan())
    library.db.execute("PRAGMA query_only = ON")  # what SQLite reports for a read-only medium
    with pytest.raises(LibraryReadOnly, match="cannot be written"):
        library.rename_plan(plan_id, "x")
    library.db.execute("PRAGMA query_only = OFF")
    assert library.load_plan(plan_id).name == sample_plan().name


def _with_a_next_migration(monkeypatch: pytest.MonkeyPatch, step: Callable[[Any], None]) -> int:
    """Register ``step`` as the migration after the last one of this build; its version."""
    version = migrations.SCHEMA_VERSION + 1
    newer = Migrations("posture")
    newer._migrations = list(migrations.MIGRATIONS._migrations)
    newer(name=f"{version:04d}_next")(step)
    monkeypatch.setattr(migrations, "MIGRATIONS", newer)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", version)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
    return version


def test_failed_upgrade_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_state: Callable[[Path], dict[str, str]]
) -> None:
    path = _library_file(tmp_path / "posture.sqlite", plans=1)
    before = file_state(path)

    def broken(database: Any) -> None:
        database.execute("ALTER TABLE units ADD COLUMN readiness TEXT")
        raise RuntimeError("step failed")

    _with_a_next_migration(monkeypatch, broken)
    with pytest.raises(LibraryError, match=r"upgrading the plan library failed .*left as it was"):
        Library(path)
    after = file_state(path)
    backup = after.pop(f"posture.sqlite.schema{migrations.SCHEMA_VERSION - 1}.bak")
    assert after == before
    assert backup  # the copy taken before the upgrade


def test_successful_upgrade_keeps_plans_and_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _library_file(tmp_path / "posture.sqlite", plans=1)
    old = migrations.SCHEMA_VERSION

    def readiness(database: Any) -> None:
        database.execute("ALTER TABLE units ADD COLUMN readiness TEXT")
        database.execute(f"PRAGMA user_version = {old + 1}")

    version = _with_a_next_migration(monkeypatch, readiness)
    with Library(path) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == version
        _stored(lib, 1, sample_plan())
    backup = sqlite3.connect(path.with_name(f"posture.sqlite.schema{old}.bak"))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == old
    assert backup.execute("SELECT count(*) FROM units").fetchone()[0] == len(sample_plan().units)
    backup.close()


# -- a library written by schema 1 (tests/data/libraries/schema1.sqlite, see make_schema1.py) -------

SCHEMA1 = DATA / "libraries" / "schema1.sqlite"
SCHEMA1_EXPORTS: dict[str, Any] = json.loads((DATA / "libraries" / "schema1.expected.json").read_text("utf-8"))


def _schema1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "posture.sqlite"
    shutil.copyfile(SCHEMA1, path)
    return path


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of a query on a library file, read without changing it.

    A ``query_only`` read-write connection, as :mod:`db.connection` inspects files: closing it
    removes the -wal/-shm files it made (a ``mode=ro`` one would leave them behind).
    """
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA query_only = ON")
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


_SCHEMA1_UNITS = ("SELECT plan_id, id, kind, nation, name, strength, phases, roles, sidc, system, range_km, "
                  "aircraft, generation, count, ships, geometry, extra FROM units ORDER BY plan_id, seq")  # fmt: skip


def _undeclared(plan: Plan) -> Plan:
    """``plan`` as schema 1 stored it: no ``declared`` members, no integer ids."""
    return dataclasses.replace(
        plan,
        declared=frozenset(),
        units=tuple(dataclasses.replace(u, declared=frozenset(), id_is_int=False) for u in plan.units),
        contributions=tuple(dataclasses.replace(c, declared=frozenset()) for c in plan.contributions),
        geometries=tuple(dataclasses.replace(g, id_is_int=False) for g in plan.geometries),
    )


def test_the_schema1_fixture_is_a_schema1_library(tmp_path: Path) -> None:
    # Only copies are opened: even a read-only connection leaves -wal/-shm files next to a WAL file.
    path = _schema1_copy(tmp_path)
    assert _rows(path, "PRAGMA user_version") == [(1,)]
    assert _rows(path, "SELECT name FROM _sqlite_migrations") == [("0001_initial",)]
    assert [r[0] for r in _rows(path, "SELECT id FROM plans ORDER BY id")] == [1, 2, 3, 4]
    assert sorted(p.name for p in SCHEMA1.parent.glob("schema1.sqlite*")) == ["schema1.sqlite"]


def _rfc7946(doc: dict[str, Any]) -> dict[str, Any]:
    """An export of schema 1's time as the writer writes it today: polygons with RFC 7946 winding."""
    from desktop import planfile

    def wound(g: dict[str, Any]) -> dict[str, Any]:
        if g["type"] == "Polygon":
            return {**g, "coordinates": planfile._wound(g["coordinates"])}
        if g["type"] == "MultiPolygon":
            return {**g, "coordinates": [planfile._wound(p) for p in g["coordinates"]]}
        return g

    return {**doc, "features": [{**f, "geometry": wound(f["geometry"])} for f in doc["features"]]}


def test_a_schema1_library_is_upgraded_and_keeps_every_plan_and_unit(tmp_path: Path) -> None:
    path = _schema1_copy(tmp_path)
    plans_before = _rows(path, "SELECT id, name, profile, phase, priority_sites, extra, created FROM plans")
    units_before = _rows(path, _SCHEMA1_UNITS)
    with Library(path) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 2
        assert [m.name for m in migrations.MIGRATIONS.applied(lib.db)] == ["0001_initial", "0002_declared_members"]
        assert [(r.id, r.units) for r in lib.list_plans()] == _rows(
            path, "SELECT plan_id, count(*) FROM units GROUP BY plan_id"
        )
        plans = {plan_id: lib.load_plan(plan_id) for plan_id in (1, 2, 3, 4)}
        assert lib.get_setting("last_plan") == 4
    assert _rows(path, "SELECT id, name, profile, phase, priority_sites, extra, created FROM plans") == plans_before
    assert _rows(path, _SCHEMA1_UNITS) == units_before
    assert _rows(path, "SELECT DISTINCT declared FROM units") == [("[]",)]
    # Every plan as schema 1 exported it (frozen in schema1.expected.json), and nothing more: no
    # member is declared, no id is an integer (schema 1 kept neither).
    for plan_id, plan in plans.items():
        assert plan_to_geojson(plan) == _rfc7946(SCHEMA1_EXPORTS[str(plan_id)]), plan_id
        assert plan == dataclasses.replace(parse_plan(SCHEMA1_EXPORTS[str(plan_id)]), id=plan_id)
        assert plan == _undeclared(plan)
    assert [u.id for u in plans[4].units] == ["ad", "7", "empty", "cap"]
    backup = path.with_name("posture.sqlite.schema1.bak")
    assert _rows(backup, "PRAGMA user_version") == [(1,)]
    assert _rows(backup, _SCHEMA1_UNITS) == units_before


def test_an_upgraded_schema1_library_takes_edits_and_exact_plans(tmp_path: Path) -> None:
    path = _schema1_copy(tmp_path)
    with Library(path) as lib:
        before = lib.load_plan(4)
        after = _moved(before, 1, 31.5, 49.5).without_unit("cap")
        lib.save_changes(4, before, after)
        _stored(lib, 4, after)
        exact = read_plan_file(DATA / "roundtrip" / "int-ids.plan.geojson")
        _stored(lib, lib.add_plan(exact), exact)
    with Library(path, read_only=True) as lib:
        _stored(lib, 4, after)


def test_a_schema1_library_opened_read_only_is_not_upgraded(
    tmp_path: Path, file_state: Callable[[Path], dict[str, str]]
) -> None:
    path = _schema1_copy(tmp_path)
    before = file_state(path)
    with pytest.raises(LibraryError, match="needs an upgrade"):
        Library(path, read_only=True)
    assert file_state(path) == before


def test_a_failing_upgrade_of_a_schema1_library_leaves_it_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_state: Callable[[Path], dict[str, str]]
) -> None:
    path = _schema1_copy(tmp_path)
    units = _rows(path, "SELECT plan_id, count(*) FROM units GROUP BY plan_id")
    before = file_state(path)
    (step,) = [m for m in migrations.MIGRATIONS._migrations if m.name == "0002_declared_members"]
    real = step.fn

    def half_done(database: Any) -> None:
        real(database)  # every ALTER TABLE of the real step, then a failure
        raise RuntimeError("disk trouble half way")

    monkeypatch.setattr(step, "fn", half_done)
    with pytest.raises(LibraryError, match=r"upgrading the plan library failed \(disk trouble half way\)"):
        Library(path)
    after = file_state(path)
    assert after.pop("posture.sqlite.schema1.bak")  # the copy taken before the upgrade
    assert after == before
    assert _rows(path, "PRAGMA user_version") == [(1,)]
    monkeypatch.undo()
    with Library(path) as lib:  # and the next start upgrades it
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert [(r.id, r.units) for r in lib.list_plans()] == units


# -- conditions a user meets: locked, full -----------------------------------------------------------


def test_a_library_locked_by_another_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db.connection, "BUSY_TIMEOUT_S", 0.2)
    path = _library_file(tmp_path / "posture.sqlite", plans=1)
    other = sqlite3.connect(path)
    with Library(path) as lib:
        other.execute("BEGIN IMMEDIATE")
        start = time.perf_counter()
        with pytest.raises(LibraryLocked, match="in use by another program"):
            lib.rename_plan(1, "x")
        assert time.perf_counter() - start < 2
        other.rollback()
        lib.rename_plan(1, "x")  # and it works again once the other program is done
    other.close()


def test_disk_full_rolls_the_whole_plan_back(library: Library) -> None:
    library.add_plan(sample_plan())
    pages = library.db.execute("PRAGMA page_count").fetchone()[0]
    library.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(LibraryFull, match="disk is full"):
        library.add_plan(_big_plan(2000))
    assert [r.name for r in library.list_plans()] == [sample_plan().name]


# -- durability and a second window ------------------------------------------------------------------

_KILLED_WRITER = """
import os, signal, sys, dataclasses
sys.path.insert(0, {repo!r})
from db import Library
from desktop.model import Geometry
lib = Library({path!r})
before = lib.load_plan(1)
unit = before.units[0]
after = before.with_unit(dataclasses.replace(unit, geometry=Geometry.point(33.333, 48.888)))
lib.save_changes(1, before, after)
print("saved", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint: only the WAL has the edit
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="POSIX only")
def test_an_edit_reported_saved_survives_a_killed_process(tmp_path: Path) -> None:
    path = _library_file(tmp_path / "posture.sqlite", plans=1)
    script = _KILLED_WRITER.format(repo=str(REPO), path=str(path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert done.stdout.strip() == "saved", done.stderr
    assert done.returncode != 0  # killed
    with Library(path) as lib:
        assert lib.load_plan(1).units[0].position == (33.333, 48.888)


def test_a_second_window_notices_commits(tmp_path: Path) -> None:
    path = _library_file(tmp_path / "posture.sqlite", plans=1)
    with Library(path) as first, Library(path) as second:
        seen = second.data_version()
        plan = first.load_plan(1)
        first.save_changes(1, plan, _moved(plan, 0, 31, 49))
        assert second.data_version() != seen
        assert second.load_plan(1).units[0].position == (31.0, 49.0)
        seen = second.data_version()
        second.set_setting("x", 1)  # its own commits do not count
        assert second.data_version() == seen
