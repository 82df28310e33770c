"""The HTML export in Ukrainian: ``main.py --lang uk export PLAN --format html`` writes a page
whose visible text (title, banner, plan box, nations) and whose page data (layer names, popup
fields, the page's own strings: stack tooltips, scale, legend of the base map) hold no English of
the catalogue; the planner's text and codes may stay (tests/englishleft.py)."""

from __future__ import annotations

import html.parser
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop.planfile import write_plan_file
from desktop.sample import sample_plan
from tests.englishleft import ROOT, english_left

CONTEXTS = ("HtmlExport", "Fields", "PrintSheet", "Release", "Page")


class _Visible(html.parser.HTMLParser):
    """The text a reader sees: everything outside <script> and <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip and data.strip():
            self.parts.append(data.strip())


def _export(tmp_path: Path, lang: str, *extra: str) -> tuple[str, dict[str, Any]]:
    plan_file = tmp_path / "sample.plan.geojson"
    write_plan_file(sample_plan(), plan_file)
    out = tmp_path / f"{lang}.html"
    command = [sys.executable, "main.py", "--lang", lang, "export", str(plan_file), "--format", "html"]
    r = subprocess.run(
        [*command, "-o", str(out), "--db", str(tmp_path / "lib.sqlite"), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="posture-data">(.*?)</script>', page, re.S)
    assert found
    return page, json.loads(found.group(1))


def _shown_strings(page: str, data: dict[str, Any]) -> str:
    """Every string a reader of the page can see: the visible HTML and what the script shows."""
    visible = _Visible()
    visible.feed(page)
    shown = [*visible.parts, data["attribution"], *(name for _, name in data["layers"])]
    for u in data["units"]:
        shown += [label for label, _ in u["fields"]]
        shown += [value for label, value in u["fields"] if not value.isascii() or label != u["fields"][0][0]]
    text = data["text"]
    shown += list(text["text"].values())
    shown += [form for forms in text["plural"].values() for form in forms]
    return "\n".join(shown)


def test_a_ukrainian_html_export_has_no_english_of_its_own(tmp_path: Path) -> None:
    page, data = _export(tmp_path, "uk")
    assert '<html lang="uk">' in page
    shown = _shown_strings(page, data)
    assert "Сухопутні підрозділи" in shown and "Велика Британія" in shown
    assert "Тут %n підрозділів — клацніть, щоб відкрити" in data["text"]["plural"]["%n unit(s) here — click to open"]
    assert data["text"]["places"]["Kyiv"] == "Київ"  # the base map's names (basemap.js)
    left = english_left(shown, sample_plan(), CONTEXTS)
    assert left == [], f"English left in the Ukrainian HTML export: {left}"


def test_a_released_ukrainian_html_export_too(tmp_path: Path) -> None:
    page, data = _export(tmp_path, "uk", "--release")
    shown = _shown_strings(page, data)
    assert "ВЕРСІЯ ДЛЯ ПОШИРЕННЯ" in shown
    left = english_left(shown, sample_plan(), CONTEXTS)
    assert left == [], f"English left in the released Ukrainian HTML export: {left}"


def test_the_english_export_is_english(tmp_path: Path) -> None:
    """The check can fail: the same export in English is full of the sources it looks for."""
    page, data = _export(tmp_path, "en")
    assert '<html lang="en">' in page
    left = english_left(_shown_strings(page, data), sample_plan(), CONTEXTS)
    assert {"Land units", "Troops in the phase", "Contact line and occupied area"} <= set(left)
