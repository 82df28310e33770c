"""The window in Ukrainian: the real MainWindow (real page, real SQLite library) started with the
Ukrainian catalogue, every text a planner reads walked, and any English left on it named.

What counts as English: a run of ASCII letters (two or more, not all capitals) that is not a
word of the plan itself (unit names, the plan's name, notes), a keyboard key name or one of the
few names that stay as they are (km, GeoJSON, Posture…). Rule ids, nation codes and
abbreviations (MGRS, PDF, ISR, AIR-COVERAGE) are capitals and pass.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableWidget,
    QWidget,
)

from desktop import i18n
from desktop.model import PROFILES
from desktop.ui.language import apply_language
from tests.ui.conftest import close_window, open_window

#: Names that stay as they are in Ukrainian: formats, units, products, keys.
KEPT = {
    "km", "GeoJSON", "GeoPackage", "MBTiles", "Posture", "Leaflet", "milsymbol", "OpenStreetMap",
    "geoBoundaries", "GeoNames", "Natural", "Earth", "ODbL", "CC", "BY", "Ctrl", "Shift", "Alt", "Esc",
    "Enter", "Del", "Delete", "Backspace", "Ins", "Home", "End", "PgUp", "PgDown", "Space", "Tab",
    "Return", "Meta", "WGS", "From", "Willing", "to", "Able", "English",
    *PROFILES,  # the profiles' ids (ecfr, mfu), as the plan file and `check --profile` name them
}  # fmt: skip


def catalogue_kept() -> set[str]:
    """Proper names the catalogue's Ukrainian labels keep in Latin letters (Patriot, Typhoon)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(i18n.catalogue_path("uk")).getroot()
    out: set[str] = set()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "Catalogue":
            for msg in ctx.iter("message"):
                out |= set(WORD.findall(msg.findtext("translation") or ""))
    return out


WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def english_words(text: str, kept: set[str]) -> list[str]:
    """The English words of ``text``: not a code, not a kept name, not a `command` in backticks."""
    text = re.sub(r"`[^`]*`", "", text.replace("&", ""))
    return [w for w in WORD.findall(text) if not w.isupper() and w not in kept]


def plan_words(win) -> set[str]:  # type: ignore[no-untyped-def]
    """Words the planner typed: unit names and notes, the plan's name (they stay as typed)."""
    plan = win.doc.plan
    texts = [plan.name, plan.classification, *(c.note for c in plan.contributions)]
    for u in plan.units:
        texts += [u.label(), u.name, getattr(u, "notes", "") or ""]
    return {w for t in texts for w in WORD.findall(str(t))}


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every widget under ``root``: labels, buttons, titles, placeholders, combo
    items, tabs, table headers, tooltips (and ``root``'s own window title)."""
    yield "window title", root.windowTitle()
    for w in root.findChildren(QWidget):
        name = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QLineEdit):
            yield f"placeholder of {name}", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"item {i} of {name}", w.itemText(i)
                yield f"tooltip of item {i} of {name}", str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"tab {i} of {name}", w.tabText(i)
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    yield f"column {c} of {name}", item.text()
                    yield f"tooltip of column {c} of {name}", item.toolTip()
        if not isinstance(w, QDockWidget) and w.toolTip():
            yield f"tooltip of {name}", w.toolTip()


def texts_of(win) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(where, text) of everything the window shows or would show on a hover or a click."""

    def walk_menu(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
        yield f"menu {path}", menu.title()
        for a in menu.actions():
            if a.isSeparator():
                continue
            here = f"{path} › {a.text()}"
            yield f"action {here}", a.text()
            yield f"tooltip of {here}", a.toolTip()
            yield f"status tip of {here}", a.statusTip()
            if a.menu() is not None:
                yield from walk_menu(a.menu(), here)

    for a in win.menuBar().actions():
        if a.menu() is not None:
            yield from walk_menu(a.menu(), a.text())
    for a in win.findChildren(QAction):
        yield f"action {a.text()!r}", a.text()
        yield f"status tip of {a.text()!r}", a.statusTip()
        yield f"tooltip of {a.text()!r}", a.toolTip()
    for d in win.findChildren(QDockWidget):
        yield f"dock {d.objectName()}", d.windowTitle()
    yield from widget_texts(win)
    sb = win.statusBar()
    yield "status bar message", sb.currentMessage()
    for label in (win.position_label, win.summary_label, win.findings_label):
        yield "status bar", label.text()
    model = win.side.findings.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        yield "findings group", model.data(group)
        for r in range(model.rowCount(group)):
            for c in range(model.columnCount()):
                index = model.index(r, c, group)
                yield f"finding {r}", str(model.data(index) or "")
                yield f"finding tooltip {r}", str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
    for c in range(model.columnCount()):
        yield f"findings column {c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")


def untranslated(win) -> list[str]:  # type: ignore[no-untyped-def]
    kept = KEPT | plan_words(win) | catalogue_kept()
    out = []
    for where, text in texts_of(win):
        bad = english_words(text or "", kept)
        if bad:
            out.append(f"{where}: {text!r} ({', '.join(dict.fromkeys(bad))})")
    return list(dict.fromkeys(out))


@pytest.fixture(scope="session")
def settings_in(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The user's settings (the chosen language) in a private folder, not the real ones; it lasts
    the session, since Qt keeps the path for every later QSettings of the process."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def uk_window(qtbot, ui_library, settings_in):  # type: ignore[no-untyped-def]
    apply_language("uk")
    win = None
    try:
        win = open_window(qtbot, ui_library, size=(1600, 1000))
        win.side.tabs.setCurrentIndex(0)
        qtbot.wait(100)
        yield win
    finally:
        if win is not None:
            close_window(win)
        apply_language("en")


def test_the_window_in_ukrainian_has_no_english_left(qtbot, uk_window) -> None:
    win = uk_window
    # the selected unit's pane and the status bar with a unit selected
    first = win.doc.plan.units[0].id
    win.controller.select([first])
    qtbot.wait(100)
    # every tab of the side panel once (its labels are filled when shown)
    for i in range(win.side.tabs.count()):
        win.side.tabs.setCurrentIndex(i)
        qtbot.wait(30)
    win.side.tabs.setCurrentIndex(0)
    index = win.side.findings.model.index(0, 0, win.side.findings.model.index(0, 0))
    win.side.findings._detail(index)
    win.legend.show()
    win.act_legend.setChecked(True)
    # the map's right-click menus: on a unit (a patrol ship: its drawing entries too) and on the map
    from desktop.ui.bridge import Context

    ship = next(u for u in win.doc.plan.units if u.kind == "sea.patrol")
    win._context_menu(Context(id=ship.id, lat=46.0, lng=31.0, x=300, y=300))
    win._context_menu(Context(id=None, lat=50.0, lng=30.0, x=300, y=300))
    qtbot.wait(50)
    found = untranslated(win)
    walked = [t for _, t in texts_of(win)]
    assert any("маршрут патрулювання" in t for t in walked)  # the menus above were walked, in Ukrainian
    assert win.summary_label.text() and win.findings_label.text()
    assert found == [], f"{len(found)} texts with English in the Ukrainian window:\n" + "\n".join(found[:80])


def test_the_shortcuts_and_about_texts_are_ukrainian(qtbot, uk_window) -> None:
    win = uk_window
    win.act_shortcuts.trigger()
    dialog = win.shortcuts_dialog
    kept = KEPT | plan_words(win) | catalogue_kept()
    bad = [dialog.windowTitle()] if english_words(dialog.windowTitle(), kept) else []
    t = dialog.table
    for r in range(t.rowCount()):
        for c in range(t.columnCount()):
            text = t.item(r, c).text()
            if english_words(text, kept):
                bad.append(text)
    for c in range(t.columnCount()):
        if english_words(t.horizontalHeaderItem(c).text(), kept):
            bad.append(t.horizontalHeaderItem(c).text())
    title, text = win.about_texts()
    bad += [x for x in (title, text) if english_words(x, kept)]
    dialog.close()
    assert t.rowCount() > 10
    assert bad == [], bad


def test_the_search_box_results_are_ukrainian(qtbot, uk_window) -> None:
    win = uk_window
    kept = KEPT | plan_words(win) | catalogue_kept()
    bad = []
    for query in ("Odesa", "Київ", "Patriot", "GB", "Lviv", "50.45, 30.52"):
        win.search_box._update(query)
        model = win.search_box.model
        assert model.rowCount() > 0, query
        texts = [model.item(r).text() for r in range(model.rowCount())]
        bad += [f"{query}: {t}" for t in texts if english_words(t, kept)]
    win.search_box.completer_.popup().hide()
    assert bad == [], bad


def test_the_dialogs_of_the_window_are_ukrainian(qtbot, uk_window) -> None:
    """Contributions and pledges (the ledger's button), Add unit at a position (Edit menu)."""
    from desktop.ui.addat import AddAtDialog
    from desktop.ui.panel import ContributionsDialog

    win = uk_window
    kept = KEPT | plan_words(win) | catalogue_kept()
    bad = []
    for dialog in (ContributionsDialog(win.doc.plan.contributions, win), AddAtDialog("GB", 30.5, 50.4, win)):
        qtbot.addWidget(dialog)
        walked = list(widget_texts(dialog))
        assert len(walked) > 10
        bad += [f"{type(dialog).__name__} {where}: {t!r}" for where, t in walked if english_words(t or "", kept)]
    assert bad == [], "\n".join(bad)


def test_a_new_untranslated_action_is_caught(qtbot, uk_window) -> None:
    win = uk_window
    assert untranslated(win) == []
    a = QAction("Frobnicate the plan", win)
    win.map_menu.addAction(a)
    found = untranslated(win)
    assert any("Frobnicate" in f for f in found), found


def test_the_language_menu_saves_the_choice_and_says_so_in_both_languages(qtbot, uk_window, settings_in) -> None:
    win = uk_window
    by_code = {a.data(): a for a in win.language_actions.actions()}
    assert set(by_code) == set(i18n.LANGUAGES) and by_code["uk"].isChecked()
    by_code["en"].trigger()
    assert QSettings("Posture", "Posture").value("language") == "en"
    said = win.statusBar().currentMessage()
    assert "English" in said and re.search("[а-яіїєґ]{4}", said), said  # Ukrainian words, and the English note
    assert "next start" in said, said
    by_code["uk"].trigger()
    assert QSettings("Posture", "Posture").value("language") == "uk"


def test_numbers_in_the_status_bar_follow_the_language(uk_window) -> None:
    win = uk_window
    troops = sum(u.strength for u in win.doc.plan.units_in_phase(win.doc.view_phase))
    assert troops >= 1000
    assert i18n.format_number(troops) in win.summary_label.text()
    assert "\u202f" in i18n.format_number(troops) and "," not in win.summary_label.text()


def test_a_new_plan_is_named_with_the_ukrainian_date_time_group(qtbot, uk_window) -> None:
    win = uk_window
    win.new_plan()
    qtbot.waitUntil(lambda: win.doc.plan.name.startswith("Новий план"), timeout=5000)
    assert re.fullmatch(r"Новий план \d{6}Z (" + "|".join(i18n.DTG_MONTHS["uk"]) + r") \d\d", win.doc.plan.name)
    assert win.windowTitle() == f"{win.doc.plan.name} — Posture"


def _language_at_start(config: Path, lang_env: str, *args: str) -> str:
    """The language a new start of the program takes (a real process, its own settings folder)."""
    code = (
        "import sys; from desktop.ui.app import create_application; create_application();"
        "from desktop.ui.language import apply_language;"
        "print(apply_language(sys.argv[1] if len(sys.argv) > 1 else None))"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "LANG": lang_env, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(root)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    env.pop("LANGUAGE", None)
    r = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    return r.stdout.strip().splitlines()[-1]


def test_the_chosen_language_is_the_next_start_s_and_the_system_s_by_default(tmp_path: Path) -> None:
    config = tmp_path / "config"
    assert _language_at_start(config, "uk_UA.UTF-8") == "uk"  # nothing chosen: the system's
    assert _language_at_start(config, "en_GB.UTF-8") == "en"
    (config / "Posture").mkdir(parents=True)
    (config / "Posture" / "Posture.conf").write_text("[General]\nlanguage=uk\n", encoding="utf-8")
    assert _language_at_start(config, "en_GB.UTF-8") == "uk"  # View › Language wins over the system
    assert _language_at_start(config, "en_GB.UTF-8", "en") == "en"  # and --lang over both
