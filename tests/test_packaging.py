"""Packaging as the ecosystem expects: ``--version``, a help text for every option, one
``posture:`` prefix on errors, nothing on stderr when a command succeeds (Qt's messages only
with ``--verbose``), compatible ranges in pyproject.toml with the exact pins in
requirements.lock, and ``make install`` putting a launcher, an icon and the plan file type
where the desktop finds them."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import build_parser
from desktop.clihelp import every_option_help

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, env={**os.environ, **(env or {})})  # fmt: skip


def test_version() -> None:
    done = _run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"posture {__version__}" and done.stderr == ""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]  # one source: desktop.__version__
    assert project["tool"]["setuptools"]["dynamic"]["version"]["attr"] == "desktop.__version__"


def test_every_option_has_a_help_text() -> None:
    helps = every_option_help(build_parser())
    assert len(helps) > 40
    missing = [name for name, text in helps.items() if not text or not text.strip()]
    assert missing == []
    assert "show" in helps["posture -h/--help"]


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["export", "x", "--format", "pdf", "-o", "y"],
        ["--bogus"],
        ["check", str(DATA / "bad" / "format-2.plan.geojson")],
        ["import", "/nonexistent/x.kml"],
    ],
    ids=["missing-argument", "bad-choice", "unknown-option", "bad-file", "missing-file"],
)
def test_errors_are_one_line_with_one_prefix(args: list[str], tmp_path: Path) -> None:
    done = _run(*args, "--db", str(tmp_path / "lib.sqlite")) if args[0] != "--bogus" else _run(*args)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("posture: ") and lines[0].count("posture:") == 1, done.stderr


@pytest.mark.web
def test_a_successful_screenshot_says_nothing_on_stderr_and_verbose_shows_qt(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    quiet = _run("--screenshot", str(tmp_path / "a.png"), "--db", str(tmp_path / "lib.sqlite"), env=env)
    assert quiet.returncode == 0 and quiet.stderr == "" and (tmp_path / "a.png").stat().st_size > 10_000
    loud = _run("-v", "--screenshot", str(tmp_path / "b.png"), "--db", str(tmp_path / "lib.sqlite"), env=env)
    assert loud.returncode == 0
    assert loud.stderr and all(line.startswith("posture: ") for line in loud.stderr.splitlines())


def test_runtime_dependencies_are_ranges_and_pinned_in_the_lock() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            lock[re.sub(r"[-_.]+", "-", name.strip().lower())] = version.strip()
    for spec in [*project["dependencies"], *project["optional-dependencies"]["dev"]]:
        m = re.fullmatch(r"([A-Za-z0-9_.\-]+)\s*(.*)", spec)
        assert m is not None, spec
        name, constraint = re.sub(r"[-_.]+", "-", m.group(1).lower()), m.group(2)
        assert "==" not in constraint and ">=" in constraint and "<" in constraint, spec  # a compatible range
        assert name in lock, f"{spec} has no exact pin in requirements.lock"
        low = re.search(r">=\s*([0-9][^,]*)", constraint).group(1)  # type: ignore[union-attr]
        assert lock[name].split(".")[0] == low.split(".")[0], f"{spec}: the lock pins {lock[name]}"


@pytest.mark.skipif(shutil.which("make") is None, reason="make")
def test_make_install_puts_launcher_icon_and_plan_file_type_in_the_user_share(tmp_path: Path) -> None:
    done = subprocess.run(["make", "-s", "install", f"PREFIX={tmp_path}"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    share = tmp_path / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(share / "applications" / "posture.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "posture"
    assert "application/x-posture-plan" in desktop["MimeType"] and desktop["Exec"].endswith("posture --plan %f")
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / "posture.svg"
    assert icon.read_text(encoding="utf-8").startswith("<svg")
    mime = (share / "mime" / "packages" / "posture.xml").read_text(encoding="utf-8")
    assert 'glob pattern="*.plan.geojson"' in mime
    if shutil.which("update-mime-database"):
        assert "application/x-posture-plan:*.plan.geojson" in (share / "mime" / "globs2").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(share / "applications" / "posture.desktop")],
                               capture_output=True, text=True)  # fmt: skip
        assert check.returncode == 0, check.stdout + check.stderr


def test_data_and_cache_folders_share_the_application_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    from db import default_db_path
    from desktop import APP_NAME, symbols

    monkeypatch.delenv("POSTURE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = default_db_path().parent
    cache = symbols._DiskCache()._path().parent
    assert data == tmp_path / "data" / APP_NAME and cache == tmp_path / "cache" / APP_NAME
    assert Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) == cache
