"""The plan library: every plan on one SQLite file (see :mod:`db.store`).

Pure: no Qt. The names below are the library's public API (the CLI and the UI use them).
"""

from db.connection import BUSY_TIMEOUT_S, default_db_path
from db.errors import (
    AmbiguousPlanName,
    LibraryCorrupt,
    LibraryError,
    LibraryForeign,
    LibraryFull,
    LibraryLocked,
    LibraryMissing,
    LibraryReadOnly,
    LibraryTooNew,
    PlanNotFound,
    PlanOutOfDate,
)
from db.session import PlanSession
from db.store import Library, PlanSummary

__all__ = [
    "BUSY_TIMEOUT_S",
    "AmbiguousPlanName",
    "Library",
    "LibraryCorrupt",
    "LibraryError",
    "LibraryForeign",
    "LibraryFull",
    "LibraryLocked",
    "LibraryMissing",
    "LibraryReadOnly",
    "LibraryTooNew",
    "PlanNotFound",
    "PlanOutOfDate",
    "PlanSession",
    "PlanSummary",
    "default_db_path",
]
