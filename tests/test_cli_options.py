"""Global options of the command line work before or after the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import Library
from desktop.cli import run
from desktop.sample import ensure_sample


@pytest.mark.parametrize("before", [True, False])
def test_db_is_taken_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], before: bool
) -> None:
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        ensure_sample(lib)
    argv = ["--db", str(db), "plans"] if before else ["plans", "--db", str(db)]
    assert run(argv) == 0
    assert "Sample" in capsys.readouterr().out


def test_posture_db_environment_variable_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    db = tmp_path / "env.sqlite"
    with Library(db) as lib:
        ensure_sample(lib)
    monkeypatch.setenv("POSTURE_DB", str(db))
    assert run(["plans"]) == 0
    assert "Sample" in capsys.readouterr().out
