"""Fixtures shared by the pure tests: plan libraries, the plan files of ``tests/data``.

``tests/data/example.plan.geojson`` is plan-format.md's example verbatim;
``tests/data/full.plan.geojson`` uses every field, unknown members included, in the form the
exporter writes (so import -> export gives it back exactly); ``tests/data/bad/`` holds one
rejected file per bad-input case, and ``bad/expected.json`` what its one-line message must say.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from db import Library

DATA = Path(__file__).resolve().parent / "data"

# Property tests draw the same examples on every run, so CI never fails by chance; set
# POSTURE_HYPOTHESIS=explore to search new random examples (how new bugs are found).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("POSTURE_HYPOTHESIS", "repeatable"))

# Tests (and the programs they start) keep drawn symbols in a cache of their own.
os.environ.setdefault("POSTURE_CACHE_DIR", tempfile.mkdtemp(prefix="posture-test-cache-"))


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def example_doc() -> dict[str, Any]:
    """plan-format.md's example, parsed (a fresh copy for each test)."""
    return json.loads((DATA / "example.plan.geojson").read_text(encoding="utf-8"))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A library on a real file in ``tmp_path`` (for durability and file-level behaviour)."""
    with Library(tmp_path / "posture.sqlite") as lib:
        yield lib


@pytest.fixture
def fresh_db() -> Iterator[Library]:
    """A throw-away in-memory library, for logic that does not need a file."""
    with Library(":memory:") as lib:
        yield lib


FileState = Callable[[Path], dict[str, str]]


@pytest.fixture
def file_state() -> FileState:
    """``state(path)``: sha256 of ``path`` and of every sibling named ``path`` + suffix (-wal…).

    Two equal states mean the library file, its WAL and its shared-memory file are byte for
    byte as they were, and that no such file appeared or vanished.
    """

    def state(path: Path) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.glob(path.name + "*"))}

    return state
