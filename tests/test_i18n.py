"""Ukrainian and English: one catalogue, complete, placeholders kept, plurals by the language's rule."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import i18n

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


@pytest.fixture(autouse=True)
def english_again():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("n", "form"),
    [(1, 0), (21, 0), (101, 0), (2, 1), (3, 1), (4, 1), (22, 1), (5, 2), (11, 2), (12, 2), (14, 2), (0, 2)],
)
def test_ukrainian_has_three_plural_forms(n: int, form: int) -> None:
    assert i18n.plural_index("uk", n) == form


def test_english_plural_of_the_source_text() -> None:
    assert i18n.translate("Test", "%n error(s)", None, 1) == "1 error"
    assert i18n.translate("Test", "%n error(s)", None, 3) == "3 errors"


def test_every_string_in_the_code_has_a_ukrainian_translation_with_its_placeholders() -> None:
    found = translations.problems("uk")
    assert found == [], "\n".join(found[:20])


def test_the_extractor_sees_core_and_window_strings(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text(
        "from desktop.i18n import translate\n"
        "x = translate('Ctx', 'Hello {name}')\n"
        "y = translate('Ctx', '%n unit(s)', None, 3)\n"
        "class W:\n    def f(self):\n        return self.tr('Open')\n",
        encoding="utf-8",
    )
    got = {(m.context, m.source, m.numerus) for m in translations.extract(tmp_path)}
    assert got == {("Ctx", "Hello {name}", False), ("Ctx", "%n unit(s)", True), ("W", "Open", False)}


def test_a_translation_that_drops_a_placeholder_is_caught(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "m.py").write_text("translate('Ctx', 'Move {unit} now')\n", encoding="utf-8")
    (tmp_path / "posture_uk.ts").write_text(
        '<TS version="2.1" language="uk_UA"><context><name>Ctx</name><message><source>Move {unit} now</source>'
        "<translation>Перемістити зараз</translation></message></context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "SOURCES", tmp_path)
    monkeypatch.setattr(translations, "FOLDER", tmp_path)
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    found = translations.problems("uk")
    assert len(found) == 1 and "placeholders" in found[0]


def test_every_command_takes_lang(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    plan = str(ROOT / "tests" / "data" / "example.plan.geojson")
    for args in (["plans", "--lang", "uk"], ["--lang", "uk", "plans"], ["check", plan, "--json", "--lang", "en"]):
        r = subprocess.run([sys.executable, "main.py", *args, "--db", db], cwd=ROOT, capture_output=True, text=True)
        assert r.returncode in (0, 1), r.stderr
    bad = [sys.executable, "main.py", "plans", "--lang", "fr", "--db", db]
    r = subprocess.run(bad, cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 2 and "--lang" in r.stderr


def test_check_in_ukrainian_gives_the_same_findings(tmp_path: Path) -> None:
    plan = str(ROOT / "tests" / "data" / "example.plan.geojson")

    def check(lang: str) -> dict:
        r = subprocess.run(
            [sys.executable, "main.py", "check", plan, "--json", "--profile", "mfu", "--lang", lang],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        return json.loads(r.stdout)

    en, uk = check("en"), check("uk")
    strip = [{k: f[k] for k in ("rule", "severity", "units", "nations", "sites")} for f in en["findings"]]
    assert strip == [{k: f[k] for k in ("rule", "severity", "units", "nations", "sites")} for f in uk["findings"]]
