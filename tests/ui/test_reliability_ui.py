"""Reliability of the window (README, "Reliability"): what the real world does to it, measured.

- A library that cannot be opened offers another one, with a one-line reason; the file is left
  byte for byte as it was.
- Thousands of malformed messages at the bridge change nothing and log one line each.
- Hostile names stay text: on the map, in the panel, in tooltips, and in every output.
- Offline: the content security policy allows only the app's own resources, the interceptor
  would catch a request that slipped through, Chromium's sandbox is off only for root.
- Killed mid-session, the window reopens on exactly the last committed state, undo history fresh.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from db import Library
from desktop.model import Contribution, Geometry, Plan, Unit
from desktop.planfile import parse_plan, plan_to_geojson
from desktop.sample import sample_plan
from desktop.ui import app as ui_app
from desktop.ui import web
from desktop.ui.bridge import MAX_ID_LENGTH, MAX_MESSAGE_BYTES, MAX_VERTICES
from tests.test_reliability import BAD_LIBRARIES, PAYLOADS, SEED, _child_env, _library, _state, read_only_runner
from tests.ui.conftest import close_window, js, open_window

pytestmark = pytest.mark.web
ROOT = Path(__file__).resolve().parents[2]


# =============================================================================================
# A library that cannot be opened: the window offers another one
# =============================================================================================


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    """What ``ask_other_library`` was asked; it answers "Cancel" (``None``)."""
    calls: list[tuple[str, Path]] = []

    def ask(reason: str, path: Path) -> Path | None:
        calls.append((reason, path))
        return None

    monkeypatch.setattr("desktop.ui.dialogs.ask_other_library", ask)
    return calls


@pytest.mark.parametrize("case", sorted(BAD_LIBRARIES))
def test_a_library_that_cannot_be_opened_offers_another_and_is_left_as_it_was(
    tmp_path: Path, asked: list[tuple[str, Path]], case: str
) -> None:
    path = tmp_path / "posture.sqlite"
    BAD_LIBRARIES[case](path)
    before = _state(path)
    assert ui_app.open_library_interactively(path, interactive=True) is None
    [(reason, where)] = asked
    assert where == path
    assert "\n" not in reason and str(path) in reason and "Traceback" not in reason
    assert _state(path) == before


def test_a_library_whose_plan_is_damaged_offers_another_and_is_left_as_it_was(
    tmp_path: Path, asked: list[tuple[str, Path]]
) -> None:
    """Damage found only when the plan loads (the file opens) is handled like a bad file."""
    path = _library(tmp_path / "posture.sqlite", plans=1)
    con = sqlite3.connect(path)
    con.execute('UPDATE units SET geometry = \'{"type": "Point", "coordinates": [\' WHERE rowid = 1')
    con.commit()
    con.close()
    before = _state(path)
    assert ui_app.open_library_and_plan(path, None, interactive=True) is None
    [(reason, where)] = asked
    assert where == path and "\n" not in reason and str(path) in reason
    assert _state(path) == before


def test_choosing_another_library_opens_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.sqlite"
    BAD_LIBRARIES["random bytes"](bad)
    good = _library(tmp_path / "good.sqlite", plans=1)
    monkeypatch.setattr("desktop.ui.dialogs.ask_other_library", lambda reason, path: good)
    library = ui_app.open_library_interactively(bad, interactive=True)
    assert library is not None and library.path == good
    assert [p.name for p in library.list_plans()] == [sample_plan().name]
    library.close()


def test_the_dialog_says_why_in_plain_text_and_offers_another_library(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs import ask_other_library

    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    reason = "/x/posture.sqlite: not a Posture plan library (<b>not an SQLite database</b>)"
    assert ask_other_library(reason, Path("/x/posture.sqlite")) is None
    [box] = shown
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith(reason) and "left as it was" in box.text()
    assert {b.text() for b in box.buttons()} >= {"Open another…", "Create new…"}


#: Run by the program: open the library as the window would (the dialog answers Cancel).
OPEN_AS_THE_WINDOW = r"""
import json, sys
from pathlib import Path
import desktop.ui.dialogs
asked = []
desktop.ui.dialogs.ask_other_library = lambda reason, path: asked.append(reason)
from desktop.ui.app import open_library_interactively
print(json.dumps({"opened": open_library_interactively(Path(sys.argv[1]), interactive=True) is not None,
                  "asked": asked}))
"""


@pytest.mark.parametrize("folder", [False, True], ids=["read-only file", "read-only folder"])
def test_a_library_that_cannot_be_written_offers_another(tmp_path: Path, folder: bool) -> None:
    share = tmp_path / "share"
    share.mkdir()
    path = _library(share / "posture.sqlite", plans=1)
    try:
        preexec = read_only_runner()
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"cannot drop root's file capabilities here: {e}")
    path.chmod(0o444)
    share.chmod(0o555 if folder else 0o755)
    try:
        before = _state(path)
        done = subprocess.run(
            [sys.executable, "-c", OPEN_AS_THE_WINDOW, str(path)], cwd=ROOT, env=_child_env(),
            capture_output=True, text=True, timeout=60, check=False, preexec_fn=preexec,
        )  # fmt: skip
        assert done.returncode == 0 and done.stderr == "", done.stderr
        got = json.loads(done.stdout)
        assert got["opened"] is False
        [reason] = got["asked"]
        assert "cannot be written" in reason and "\n" not in reason and str(path) in reason
        assert _state(path) == before
    finally:
        share.chmod(0o755)
        path.chmod(0o644)


# =============================================================================================
# The bridge: thousands of malformed messages change nothing and log one line each
# =============================================================================================

_RAW_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + "0" * 400]
_NOT_NUMBERS: list[Any] = ["50", "", True, False, None, [], {}, [50, 30], {"v": 50}]
_NOT_IDS: list[Any] = [5, 5.5, True, False, [], {}, ["gb-1"], {"id": "gb-1"}, ""]
_NOT_BOOLS: list[Any] = ["yes", "true", 1, 0, None, [], {}]
_RANGES = {"lat": (-90, 90), "lng": (-180, 180), "south": (-90, 90), "north": (-90, 90), "west": (-540, 540),
           "east": (-540, 540), "zoom": (0, 30), "x": (-1e5, 1e5), "y": (-1e5, 1e5), "units": (0, 1e7),
           "ms": (0, 1e9)}  # fmt: skip


class Raw(str):
    """JSON text put into a message as it is (NaN, 1e400 …: what ``json.dumps`` will not write)."""


def _dumps(message: Any) -> str:
    raws: list[str] = []

    def mark(value: Any) -> Any:
        if isinstance(value, Raw):
            raws.append(value)
            return f"__raw{len(raws) - 1}__"
        if isinstance(value, dict):
            return {k: mark(v) for k, v in value.items()}
        if isinstance(value, list):
            return [mark(v) for v in value]
        return value

    text = json.dumps(mark(message))
    for i, raw in enumerate(raws):
        text = text.replace(f'"__raw{i}__"', raw, 1)
    return text


class BadMessages:
    """A seeded stream of messages the bridge must refuse, each made bad on purpose.

    Every message is a valid one with exactly one thing broken (a wrong type, NaN or a huge
    number, a value out of range, an unknown id, a missing field, a huge string), or is not a
    message at all (not JSON, not an object, an unknown type, too big, nested too deep).
    """

    def __init__(self, rng: random.Random, units: list[str], sea_unit: str) -> None:
        self.rng = rng
        self.units = units
        self.sea_unit = sea_unit

    def unknown_id(self) -> str:
        r = self.rng
        alphabet = "abcxyz-_0123456789 <>\"'\\/é€😀\u202e\u0000\ud800"
        return "zz-" + "".join(r.choice(alphabet) for _ in range(r.randrange(1, 30)))

    def bad_number(self, field: str) -> Any:
        r = self.rng
        lo, hi = _RANGES[field]
        choice = r.randrange(4)
        if choice == 0:
            return Raw(r.choice(_RAW_NUMBERS))
        if choice == 1:
            return r.choice(_NOT_NUMBERS)
        if choice == 2:
            return r.choice([hi + r.uniform(1e-6, 1e6), lo - r.uniform(1e-6, 1e6), 1e308, -1e308])
        return r.choice([str(r.uniform(lo, hi)), [r.uniform(lo, hi)]])

    def bad_id(self) -> Any:
        r = self.rng
        return r.choice([r.choice(_NOT_IDS), "x" * r.randrange(MAX_ID_LENGTH + 1, 5000), self.unknown_id()])

    def valid(self, kind: str) -> dict[str, Any]:
        r, uid = self.rng, self.rng.choice(self.units)
        lat, lng = r.uniform(44.5, 52), r.uniform(22.5, 40)
        return {
            "cursor": {"lat": lat, "lng": lng},
            "view": {"south": 44.0, "west": 22.0, "north": 53.0, "east": 41.0, "zoom": 6.0},
            "drop": {"template": "land.brigade", "lat": lat, "lng": lng},
            "move": {"id": uid, "lat": lat, "lng": lng, "final": True},
            "select": {"ids": [uid], "add": False},
            "activate": {"id": uid},
            "context": {"id": uid, "lat": lat, "lng": lng, "x": 10.0, "y": 10.0},
            "draw": {"kind": "route", "coordinates": [[lng, lat], [lng + 0.5, lat]], "unit": self.sea_unit},
            "delete": {"ids": [uid]},
            "log": {"level": "info", "message": "hello"},
            "rendered": {"units": 2, "ms": 5.0},
        }[kind]

    def broken_field(self) -> Any:
        """A valid message of a known type with one field broken."""
        r = self.rng
        kind = r.choice(["cursor", "view", "drop", "move", "select", "activate", "context", "draw", "delete",
                         "log", "rendered"])  # fmt: skip
        msg = {"type": kind, **self.valid(kind)}
        field = r.choice([k for k in msg if k != "type"])
        required = field not in ("final", "add", "unit") and not (kind == "context" and field == "id")
        if required and r.random() < 0.15:
            del msg[field]
        elif field in _RANGES:
            msg[field] = self.bad_number(field)
        elif field in ("id", "unit"):
            msg[field] = self.bad_id()
        elif field == "template":
            msg[field] = r.choice([self.bad_id(), "land.nope", "LAND.BRIGADE"])
        elif field in ("final", "add"):
            msg[field] = r.choice(_NOT_BOOLS)
        elif field == "ids":
            not_lists: list[Any] = [5, 5.5, True, None, {}, "gb-1", {"ids": ["gb-1"]}]  # [] is valid: no selection
            msg[field] = r.choice([r.choice(not_lists), [self.bad_id()],
                                   [*self.units, self.unknown_id()]])  # fmt: skip
        elif field == "coordinates":
            pair = [msg["coordinates"][0][0], msg["coordinates"][0][1]]
            msg[field] = r.choice([
                None, "x", [], [pair], [[pair[0]]], [pair, [pair[0], pair[1], 0.0]], [pair, ["a", "b"]],
                [pair, [Raw("NaN"), 1.0]], [pair, [200.0, 50.0]], [pair, [30.0, -91.0]],
                [pair] * (MAX_VERTICES + 1),
            ])  # fmt: skip
            if r.random() < 0.2:  # well-formed points, too few for an area
                msg["kind"], msg["coordinates"] = "area", [pair, [pair[0] + 1, pair[1]]]
        elif field == "kind":
            msg[field] = r.choice(["circle", "", "ROUTE", 5, None, ["route"]])
        elif field == "level":
            msg[field] = r.choice(["debug", "", 5, None])
        elif field == "message":
            msg[field] = r.choice([5, None, [], {}, True])
        return msg

    def not_a_message(self) -> str:
        r = self.rng
        good = _dumps({"type": "move", **self.valid("move")})
        return r.choice([
            "", " ", "null", "true", "42", '"move"', "[]", '[{"type": "move"}]', "{'type': 'move'}",
            good[: r.randrange(len(good))], good + "}", good + " x", "\ufeff" + good,
            _dumps({"type": r.choice(["Move", "move ", "launch", "", None, 5, [], {}, self.unknown_id()])}),
            _dumps({k: v for k, v in self.valid("move").items()}),  # no type
            "[" * 100_000, '{"a":' * 50_000,
            "".join(chr(r.randrange(1, 0x2FFF)) for _ in range(r.randrange(1, 200))),
            good[:-1] + ', "lat": "x"}',  # a duplicate key: the last one counts
        ])  # fmt: skip

    def __iter__(self) -> Iterator[str]:
        while True:
            roll = self.rng.random()
            if roll < 0.75:
                yield _dumps(self.broken_field())
            elif roll < 0.999:
                yield self.not_a_message()
            else:
                yield "{" + " " * MAX_MESSAGE_BYTES + "}"  # too big to read at all


#: Messages fuzzed at the Python side of the bridge, and through the page's own channel.
FUZZED = 5000
FUZZED_FROM_PAGE = 300


def _sea_plan(library: Library) -> Plan:
    units = (
        Unit("gb-1", "land.combat", "GB", Geometry.point(31.0, 49.0), name="UK brigade", strength=5000),
        Unit("fr-1", "air.defence", "FR", Geometry.point(30.5, 50.4), name="SAMP/T", strength=120, range_km=100),
        Unit("ro-1", "sea.patrol", "RO", Geometry.point(30.9, 46.0), name="Patrol", strength=400, ships=3),
    )
    return library.load_plan(library.add_plan(Plan(name="Bridge fuzz", units=units)))


@pytest.mark.slow
def test_thousands_of_malformed_messages_change_nothing_and_log_one_line_each(
    qtbot, ui_library: Library, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, ui_library, _sea_plan(ui_library))
    try:
        plan, bridge = win.doc.plan, win.map.bridge
        stream = iter(BadMessages(random.Random(SEED), [u.id for u in plan.units], "ro-1"))
        caplog.set_level(logging.WARNING)
        refused_before = bridge.refused_count
        for n in range(FUZZED):
            text = next(stream)
            caplog.clear()
            bridge.send(text)  # an exception here fails the test
            refusals = [r for r in caplog.records if r.name == "desktop.ui.bridge"]
            assert len(refusals) == 1 and len(caplog.records) == 1, (n, text[:300], caplog.records)
            assert "\n" not in refusals[0].getMessage()
            assert bridge.refused_count == refused_before + n + 1, (n, text[:300])
        assert win.doc.plan is plan and win.doc.undo_stack.count() == 0
        with Library(ui_library.path, read_only=True) as stored:
            assert stored.load_plan(plan.id) == plan
    finally:
        close_window(win)


#: Sends every message of ``MESSAGES`` through a channel of the page's own (as map.js does).
PAGE_SENDS = """
new Promise((resolve) => new QWebChannel(qt.webChannelTransport, (channel) => {
  const bridge = channel.objects.bridge;
  for (const m of MESSAGES) bridge.send(m);
  resolve(MESSAGES.length);
}))
"""


@pytest.mark.slow
def test_malformed_messages_from_the_page_are_refused_one_by_one(
    qtbot, ui_library: Library, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, ui_library, _sea_plan(ui_library))
    try:
        plan, bridge = win.doc.plan, win.map.bridge
        stream = iter(BadMessages(random.Random(SEED + 1), [u.id for u in plan.units], "ro-1"))
        texts = [t for t in (next(stream) for _ in range(FUZZED_FROM_PAGE * 2)) if len(t) < 200_000][:FUZZED_FROM_PAGE]
        # and what only JavaScript can send: lone surrogates, and values that are not text at all
        extra = '["\\ud800", "{\\"type\\": \\"move\\", \\"id\\": \\"\\udc00\\", \\"lat\\": 1, \\"lng\\": 1}"]'
        others = "[5, 0.5, -0, true, null, [], {}, [1, 2], {type: 'move', id: 'gb-1', lat: 50, lng: 30}]"
        caplog.set_level(logging.WARNING)
        before = bridge.refused_count
        script = f"const MESSAGES = {json.dumps(texts)}.concat({extra}, {others});" + PAGE_SENDS
        win.map.page().runJavaScript(script, 0, lambda _result: None)
        total = len(texts) + 2 + 9
        qtbot.waitUntil(lambda: bridge.refused_count - before >= total, timeout=20_000)
        qtbot.wait(200)
        assert bridge.refused_count - before == total
        refusals = [r for r in caplog.records if r.name == "desktop.ui.bridge"]
        assert len(refusals) == total and all("\n" not in r.getMessage() for r in refusals)
        assert win.doc.plan is plan and win.doc.undo_stack.count() == 0
    finally:
        close_window(win)


# =============================================================================================
# Hostile names stay text: map, panel, tooltips, unit form
# =============================================================================================

#: Every payload a planner (or a plan file) can give as a name (a lone surrogate cannot be stored).
NAMES = [p for p in PAYLOADS if "\ud800" not in p]
#: The payloads that would become markup if they were ever parsed as HTML.
MARKUP = [p for p in NAMES if "<" in p]
HOSTILE_PLAN_NAME = "<script>window.__pwned=1</script> <b>Plan</b> ${window.__pwned=1}"
HOSTILE_MARKING = "<img src=x onerror=window.__pwned=1>"


def hostile_plan() -> Plan:
    """The sample plan, plus a unit named with every payload (US and Belarusian ones draw findings
    that quote their names), a hostile plan name, marking and contribution notes."""
    base = sample_plan()
    nations = ("US", "BY", "GB", "FR")
    units = tuple(
        Unit(f"h-{i}", "land.combat", nations[i % 4], Geometry.point(24.5 + (i % 7) * 2.0, 46.8 + (i // 7) * 1.2),
             name=name, strength=100 + i)
        for i, name in enumerate(NAMES)
    )  # fmt: skip
    notes = tuple(replace(c, note=NAMES[i % len(NAMES)]) for i, c in enumerate(base.contributions))
    return replace(
        base, name=HOSTILE_PLAN_NAME, classification=HOSTILE_MARKING, profile="mfu",
        units=base.units + units, contributions=notes + (Contribution("US", "isr", None, MARKUP[0]),),
    )  # fmt: skip


def _has_markup(text: str) -> bool:
    return any(p in text for p in MARKUP)


_ROOT = QModelIndex()


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = _ROOT, depth: int = 0) -> Iterator[tuple[int, str]]:
    """(role, text) of every display and tooltip text of an item model, nested rows included."""
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model: one column (PySide makes its columnCount private)
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield role, value
            if depth < 3 and column == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index, depth + 1)


def _rich_text_showing_markup(window: QWidget) -> list[str]:
    """Every place of the window where planner text containing markup would be drawn as rich text."""
    problems = []
    for w in [window, *window.findChildren(QWidget)]:
        if _has_markup(w.toolTip()) and QtGui_Qt.mightBeRichText(w.toolTip()):
            problems.append(f"tooltip of {type(w).__name__}: {w.toolTip()[:80]}")
        rich = isinstance(w, QLabel) and (
            w.textFormat() == Qt.TextFormat.RichText
            or (w.textFormat() == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(w.text()))
        )
        if rich and _has_markup(w.text()):  # type: ignore[attr-defined]
            problems.append(f"label in {type(w.parent()).__name__}: {w.text()[:80]}")  # type: ignore[attr-defined]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            for role, text in _model_texts(w.model()):
                if role == Qt.ItemDataRole.ToolTipRole and _has_markup(text) and QtGui_Qt.mightBeRichText(text):
                    problems.append(f"item tooltip in {type(w).__name__}: {text[:80]}")
    return problems


DOUBLE_CLICK = """(() => {
  const unit = [...document.querySelectorAll('.unit')].find((u) => u.title.split('\\n')[0] === %s);
  unit.dispatchEvent(new MouseEvent('dblclick', {bubbles: true, cancelable: true, view: window}));
  return 1;
})()"""
MAP_PROBE = """(() => {
  const units = [...document.querySelectorAll('.unit')];
  return {
    pwned: typeof window.__pwned,
    names: Object.fromEntries(units.map((u) => [u.title.split('\\n')[0], u.querySelector('.name').textContent])),
    nameElements: units.reduce((n, u) => n + u.querySelector('.name').childElementCount, 0),
    titles: units.map((u) => u.title),
    injected: document.querySelectorAll(
      'img[src="x"], [onerror], [onload], a[href^="javascript"], .unit b, .unit script').length,
    scripts: document.scripts.length,
  };
})()"""


def test_hostile_names_are_text_on_the_map_and_in_the_panel_and_run_nothing(
    qtbot, ui_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    plan = hostile_plan()
    stored = ui_library.load_plan(ui_library.add_plan(plan))
    win = open_window(qtbot, ui_library, stored)
    try:
        scripts = js(qtbot, win, "document.scripts.length")
        # hover, click and double-click every hostile unit where the map draws it
        forms: list[tuple[str, str]] = []
        monkeypatch.setattr(
            "desktop.ui.mainwindow.UnitForm.exec",
            lambda form: forms.append((form.windowTitle(), form.name.text())) or 0,
        )
        target = win.map.focusProxy()
        js(qtbot, win, "(app.map.setView([49.0, 31.0], 6.6, {animate: false}), 1)")
        qtbot.wait(200)
        clicked = []
        for u in (u for u in stored.units if u.id.startswith("h-")):
            x, y = js(qtbot, win, f"app._unitPoint({json.dumps(u.id)})")
            if not (20 < x < target.width() - 20 and 20 < y < target.height() - 20):
                continue
            point = QPoint(int(x), int(y))
            QTest.mouseMove(target, point)
            with qtbot.waitSignal(win.controller.selectionChanged, timeout=5000) as selected:
                QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
            if selected.args == [[u.id]]:  # (not a sample unit drawn on top of it)
                clicked.append(u)
                assert win.statusBar().currentMessage().startswith(f"Selected: {u.name} ("), u.name[:60]
        assert len(clicked) > len(NAMES) // 2
        last = clicked[-1]
        with qtbot.waitSignal(win.controller.editRequested, timeout=5000):  # a double-click on its symbol
            js(qtbot, win, DOUBLE_CLICK % json.dumps(last.name))
        qtbot.waitUntil(lambda: bool(forms), timeout=5000)
        probe = js(qtbot, win, MAP_PROBE)
        assert probe["pwned"] == "undefined"
        assert probe["injected"] == 0 and probe["nameElements"] == 0 and probe["scripts"] == scripts
        for u in stored.units:  # the name is the text of its label, and the first line of its tooltip
            assert probe["names"].get(u.name) == u.name, u.name[:60]
        # the window: title, status bar, the unit form, findings (which quote unit names)
        assert win.windowTitle() == f"{HOSTILE_PLAN_NAME} — Posture"
        assert forms == [(f"Edit unit — {last.name}", last.name)]
        side = win.side
        assert side is not None
        messages = [f.message for f in side.findings.findings]
        assert any(name in m for name in MARKUP for m in messages)  # findings quote hostile names …
        row = next(f for f in side.findings.findings if any(name in f.message for name in MARKUP))
        side.findings._detail(side.findings.index_of(row.rule))
        assert row.message in side.findings.detail.text()  # … and show them as text
        assert _rich_text_showing_markup(win) == []
        assert js(qtbot, win, "typeof window.__pwned") == "undefined"
    finally:
        close_window(win)


# -- the same hostile plan through every output ----------------------------------------------------

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """``text`` as XML (and a spreadsheet) can hold it: characters XML 1.0 forbids become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


PRINT_PROBE = """JSON.stringify([typeof window.__pwned,
  document.querySelectorAll('img[src="x"], [onerror], [onload], a[href^="javascript"], b').length,
  document.scripts.length, document.title])"""


def test_hostile_names_are_text_in_the_pdf_kml_csv_and_html(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.export import export_plan
    from desktop.exporters import ledger
    from desktop.ui.printing import PrintOptions, SheetRenderer, build_sheet
    from tests.ui.test_print import NOW

    plan = hostile_plan()
    # PDF: the print page runs nothing and makes no element of planner text; the sheet says it as text
    renderer = SheetRenderer()
    try:
        pdf = renderer.render_pdf(build_sheet(plan, PrintOptions("A3", "landscape", now=NOW)))
        with qtbot.waitCallback(timeout=10_000) as cb:
            renderer.page.runJavaScript(PRINT_PROBE, 0, cb)
        pwned, injected, scripts, title = json.loads(cb.args[0])
        assert (pwned, injected) == ("undefined", 0) and renderer.console_errors() == []
        assert scripts == (web.RESOURCES / "print.html").read_text(encoding="utf-8").count("<script")
    finally:
        renderer.close()
    (tmp_path / "plan.pdf").write_bytes(pdf)
    raw = subprocess.run(["pdftotext", "-raw", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True)
    text = "".join(raw.stdout.split())  # the sheet wraps long names where it likes

    def shown(name: str) -> bool:
        return "".join(name.split()) in text

    assert shown(HOSTILE_PLAN_NAME) and shown(HOSTILE_MARKING.upper()) and title.startswith(HOSTILE_PLAN_NAME)
    assert sum(shown(name) for name in MARKUP) >= 4  # the names the legend and findings have room for
    # KML: every name is the text of its placemark
    export_plan(plan, "kml", tmp_path / "plan.kml")
    root = ET.parse(tmp_path / "plan.kml").getroot()
    ns = "{http://www.opengis.net/kml/2.2}"
    placemarks = {pm.findtext(f"{ns}name") for pm in root.iter(f"{ns}Placemark")}
    assert {_xml_safe(u.name) for u in plan.units if u.name} <= placemarks
    assert root.findtext(f"{ns}Document/{ns}name") == HOSTILE_PLAN_NAME
    raw = (tmp_path / "plan.kml").read_text(encoding="utf-8")
    assert not any(p in raw for p in MARKUP)  # only ever escaped
    # CSV: plan name, marking and pledge notes are cells, no cell starts a formula
    export_plan(plan, "csv", tmp_path / "plan.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "plan.csv").read_bytes().decode("utf-8-sig"), newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c.startswith(ledger.FORMULA_STARTS)]
    column = {name: rows[0].index(name) for name in ("plan", "classification", "pledge_notes")}
    assert {r[column["plan"]] for r in rows[1:]} == {HOSTILE_PLAN_NAME}
    assert {r[column["classification"]] for r in rows[1:]} == {HOSTILE_MARKING}
    notes = " ".join(r[column["pledge_notes"]] for r in rows[1:])
    assert all(_xml_safe(c.note) in notes for c in plan.contributions if c.note and not c.note.startswith("="))
    # HTML: no markup made of planner text; the names are in the page's data, exactly
    export_plan(plan, "html", tmp_path / "plan.html")
    page = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert not any(p in page for p in MARKUP)
    found = re.search(r'<script type="application/json" id="posture-data">(.*?)</script>', page, re.S)
    data = json.loads(found.group(1))  # type: ignore[union-attr]
    assert [u["name"] for u in data["units"]] == [_xml_safe(u.name) for u in plan.units]


# =============================================================================================
# A full disk during a session: the edit is refused in one dialog, nothing changes
# =============================================================================================


def test_an_edit_on_a_full_disk_is_refused_in_one_dialog_and_the_plan_is_unchanged(
    qtbot, ui_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("desktop.ui.mainwindow.show_error", lambda parent, title, text: shown.append((title, text)))
    win = open_window(qtbot, ui_library, _sea_plan(ui_library))
    try:
        plan = win.doc.plan
        conn = ui_library._conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk (or the library's quota) is full
        line = [[30.0 + i * 0.0004, 47.0 + (i % 2) * 0.1] for i in range(MAX_VERTICES)]  # pages of vertices
        with qtbot.waitSignal(win.doc.failed, timeout=5000):
            win.map.bridge.send(json.dumps({"type": "draw", "kind": "contact_line", "coordinates": line}))
        [(title, text)] = shown
        assert title == "Edit not saved" and "disk is full" in text and "The plan is unchanged" in text
        assert win.doc.plan is plan and win.doc.undo_stack.count() == 0
        with Library(ui_library.path, read_only=True) as stored:
            assert stored.load_plan(plan.id) == plan
        conn.execute("PRAGMA max_page_count = 1073741823")  # room again: the next edit is saved
        with qtbot.waitSignal(win.doc.changed, timeout=5000):
            win.map.bridge.send(json.dumps({"type": "draw", "kind": "contact_line", "coordinates": line[:50]}))
        assert win.doc.undo_stack.count() == 1 and len(shown) == 1
    finally:
        close_window(win)


# =============================================================================================
# Offline: the page may load nothing remote; the interceptor would see it if it tried
# =============================================================================================

_LOCAL_SOURCES = {"'none'", "app:", "data:", "blob:"}


@pytest.mark.parametrize("page", ["index.html", "print.html"])
def test_the_content_security_policy_forbids_every_remote_load(page: str) -> None:
    html = (web.RESOURCES / page).read_text(encoding="utf-8")
    [csp] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp == web.CSP
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"]
    for name, sources in directives.items():
        allowed = _LOCAL_SOURCES | ({"'unsafe-inline'"} if name == "style-src" else set())
        assert set(sources) <= allowed, (name, sources)  # no http:, https:, *, host or 'unsafe-eval'
    for fetch in ("script-src", "connect-src", "img-src", "font-src", "style-src"):
        assert fetch in directives  # each falls back on nothing remote


def test_the_interceptor_sees_and_blocks_a_request_that_gets_past_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Control for the session-wide check (tests/ui/conftest.py): a navigation the CSP does not
    govern reaches the interceptor, which blocks it and records it."""
    import shiboken6
    from PySide6.QtCore import QUrl

    from desktop.ui.mapview import MapView

    before = list(web.SESSION_REMOTE)
    view = MapView()
    try:
        url = "http://posture-test.invalid/tile.png"
        with qtbot.waitSignal(view.map_page.loadFinished, timeout=10_000):
            view.load(QUrl(url))
        assert view.interceptor.remote == [url]
        assert [*before, url] == web.SESSION_REMOTE
    finally:
        del web.SESSION_REMOTE[len(before) :]  # this one was made on purpose; the session check stays whole
        view.shutdown()
        shiboken6.delete(view)


@pytest.mark.parametrize(("euid", "sandboxed"), [(0, False), (1000, True)])
def test_the_sandbox_is_disabled_only_for_root(monkeypatch: pytest.MonkeyPatch, euid: int, sandboxed: bool) -> None:
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    monkeypatch.setattr(os, "geteuid", lambda: euid)
    ui_app.configure_environment(offscreen=True)
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert ("--no-sandbox" not in flags) is sandboxed
    assert "--disable-gpu" in flags and "--disable-background-networking" in flags


def test_chromium_runs_sandboxed_unless_this_process_is_root(window) -> None:  # type: ignore[no-untyped-def]
    """The real Chromium processes of this test run: ``--no-sandbox`` only when we are root."""
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            cmdline = (status.parent / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(os.getpid()) and b"QtWebEngineProcess" in cmdline[0]:
            children.append(cmdline)
    assert children, "no QtWebEngineProcess child found"
    for cmdline in children:
        assert (b"--no-sandbox" in cmdline) is (os.geteuid() == 0), cmdline[:3]


# =============================================================================================
# Autosave recovery: the window killed mid-session reopens on the last committed state
# =============================================================================================

#: The real window, edited through its bridge as the map page would (drops and drags), reporting
#: every committed change; it prints the state it opened on first.
WINDOW_UNDER_EDIT = r"""
import json, random, sys
from desktop.ui.app import choose_plan, configure_environment, create_application
configure_environment(offscreen=True)
app = create_application()
from PySide6.QtCore import QTimer
from db import Library
from desktop import catalogue
from desktop.planfile import plan_to_geojson
import desktop.ui.mainwindow as mainwindow
mainwindow.show_error = lambda parent, title, text: print("error", json.dumps([title, text]), flush=True)
library = Library(sys.argv[1])
win = mainwindow.MainWindow(library, choose_plan(library, None))
win.resize(1200, 800)
win.show()
win.wait_rendered()
opened = {"plan": plan_to_geojson(win.doc.plan), "id": win.doc.plan.id, "undo": win.doc.undo_stack.count(),
          "nation": win.palette.nation.code()}
print("ready", json.dumps(opened), flush=True)
done = 0
def changed(_change):
    global done
    done += 1
    print("done", done, json.dumps(plan_to_geojson(win.doc.plan)), flush=True)
win.doc.changed.connect(changed)
rng = random.Random(int(sys.argv[2]))
templates = [t.id for t in catalogue.templates()]
def edit():
    lat, lng = rng.uniform(45.0, 52.0), rng.uniform(23.0, 39.5)
    if rng.random() < 0.25:
        msg = {"type": "drop", "template": rng.choice(templates), "lat": lat, "lng": lng}
    else:
        msg = {"type": "move", "id": rng.choice(win.doc.plan.units).id, "lat": lat, "lng": lng, "final": True}
    print("send", json.dumps(msg), flush=True)
    win.map.bridge.send(json.dumps(msg))
timer = QTimer()
timer.timeout.connect(edit)
timer.start(10)
app.exec()
"""

KILLED_WINDOWS = 3


def _expected_after(plan_json: dict[str, Any], plan_id: int, message: dict[str, Any], nation: str) -> dict[str, Any]:
    """The plan after the edit ``message`` asks for (the edit in flight when the window was killed)."""
    from desktop import edits
    from desktop.pagedata import unit_from_template

    plan = replace(parse_plan(plan_json), id=plan_id)
    if message["type"] == "move":
        delta = edits.move_unit(plan, message["id"], message["lng"], message["lat"])
    else:
        delta = edits.add_units(
            plan, [unit_from_template(plan, message["template"], nation, message["lng"], message["lat"])]
        )
    return plan_to_geojson(delta.apply(plan))


def _run_and_kill(db_file: Path, seed: int, rng: random.Random) -> tuple[dict[str, Any], list[str]]:
    """Start the window, let its edits begin, SIGKILL it at a random moment among them."""
    env = _child_env(QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", WINDOW_UNDER_EDIT, str(db_file), str(seed)], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    seen: list[str] = []
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("ready "), (line, child.stderr.read() if child.poll() is not None else "")
        opened = json.loads(line.split(" ", 1)[1])
        while not line.startswith("done ") and line:  # the first edit is committed: the stream is on
            line = child.stdout.readline()
            seen.append(line)
        time.sleep(rng.uniform(0.05, 1.0))
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # the window and its Chromium processes, at once
        out, _err = child.communicate(timeout=30)
    lines = ("".join(seen) + out).split("\n")
    return opened, lines[:-1]  # the last one was cut by the kill, or is empty: only whole lines count


@pytest.mark.slow
def test_a_window_killed_mid_session_reopens_on_the_last_committed_state(
    qtbot, ui_library: Library, db_file: Path
) -> None:  # type: ignore[no-untyped-def]
    plan = _sea_plan(ui_library)
    ui_library.set_setting("last_plan", plan.id)
    ui_library.close()
    rng = random.Random(SEED)
    expected: list[dict[str, Any]] | None = None  # what the last kill left: the next window must open on it
    committed = 0
    for kill in range(KILLED_WINDOWS):
        opened, lines = _run_and_kill(db_file, rng.randrange(2**32), rng)
        where = f"kill {kill + 1} (seed {SEED})"
        assert opened["id"] == plan.id and opened["undo"] == 0, where
        if expected is not None:
            assert opened["plan"] in expected, where  # the reopened window shows the last committed state
        assert not [line for line in lines if line.startswith("error ")], where
        done = [line for line in lines if line.startswith("done ")]
        assert done, where  # killed in the middle of a stream of edits
        last = json.loads(done[-1].split(" ", 2)[2])
        in_flight = [json.loads(line[5:]) for line in lines[lines.index(done[-1]) + 1 :] if line.startswith("send ")]
        expected = [last] + [_expected_after(last, plan.id, m, opened["nation"]) for m in in_flight[:1]]
        with Library(db_file, read_only=True) as stored:
            assert plan_to_geojson(stored.load_plan(plan.id)) in expected, where
        committed += len(done)
    # and this window, opened as the program opens it: the last committed state, a fresh undo history
    library = Library(db_file)
    win = open_window(qtbot, library, ui_app.choose_plan(library, None))
    try:
        assert plan_to_geojson(win.doc.plan) in (expected or [])
        assert win.doc.undo_stack.count() == 0
        assert js(qtbot, win, "app._state().units") == len(win.doc.plan.units)
    finally:
        close_window(win)
        library.close()
    print(f"\n{KILLED_WINDOWS} windows killed after {committed} committed edits: every one reopened on its last state")


# =============================================================================================
# Two programs, one library: the gap tests/ui/test_two_windows.py leaves (the plan deleted elsewhere)
# =============================================================================================


def test_a_plan_deleted_by_another_program_is_replaced_by_another_plan(
    qtbot, ui_library: Library, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("desktop.ui.mainwindow.show_error", lambda parent, title, text: shown.append((title, text)))
    keep = ui_library.add_plan(sample_plan())
    plan = _sea_plan(ui_library)
    win = open_window(qtbot, ui_library, plan)
    try:
        win.map.bridge.send(json.dumps({"type": "move", "id": "gb-1", "lat": 49.5, "lng": 32.0, "final": True}))
        assert win.doc.undo_stack.count() == 1
        with Library(db_file) as other:  # another Posture program
            other.delete_plan(plan.id)
        with qtbot.waitSignal(win.doc.external, timeout=5000) as sig:
            pass  # the document polls the library
        assert sig.args == ["deleted"]
        assert [title for title, _ in shown] == ["Plan deleted"]
        assert win.doc.plan.id == keep and win.doc.plan == ui_library.load_plan(keep)
        assert win.doc.undo_stack.count() == 0  # nothing to undo into a plan that is gone
        qtbot.waitUntil(lambda: js(qtbot, win, "app._state().units") == len(win.doc.plan.units), timeout=5000)
    finally:
        close_window(win)
