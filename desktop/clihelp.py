"""What every command line of Posture has: ``--version``, ``--verbose``/``--quiet``, a help text for
every option, and the logging they set (shared/cli.md).

:func:`complete` runs on the finished parser (desktop/cli.py), so options other modules register
get their help too when they leave it out; :func:`configure_logging` makes the log one
``posture:`` line per message on stderr: warnings and errors by default, everything with
``--verbose``, errors only with ``--quiet`` (Qt's own messages go the same way, see
desktop/ui/app.py).

Pure: no Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import __version__

#: Help for options by their ``dest``, for options registered without one.
HELP: dict[str, str] = {
    "plan": "plan: a library id, an exact plan name, or a *.plan.geojson file (read, not added)",
    "plans": "plans: library ids, exact names or plan files",
    "db": "plan library (SQLite file); default $POSTURE_DB or posture.sqlite in the user data folder",
    "format": "output format",
    "output": "file to write ('-' writes a text format to standard output)",
    "pdf": "PDF file to write",
    "paper": "paper size (default A4)",
    "orientation": "page orientation (default landscape)",
    "release": "apply the ambiguity rules (positions generalised, strengths rounded, names hidden)",
    "release_to": "write only what is releasable to this nation (ISO 3166-1 alpha-2)",
    "profile": "doctrine profile for this run (default: the plan's own)",
    "phase": "phase for this run (default: the plan's own)",
    "json": "print JSON (see cli.md) instead of a table",
    "nation": "nation (ISO 3166-1 alpha-2 code)",
    "file": "the file to read",
    "files": "the files to read",
    "dry_run": "report what would change without writing",
    "lang": "language of the interface and reports",
}


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """``--version``, ``--verbose``, ``--quiet`` on the top-level parser."""
    parser.add_argument("--version", action="version", version=f"posture {__version__}",
                        help="print the version and exit")  # fmt: skip
    loud = parser.add_mutually_exclusive_group()
    loud.add_argument("-v", "--verbose", action="store_true", help="also log what is going on (and Qt's messages)")
    loud.add_argument("-q", "--quiet", action="store_true", help="log errors only")


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    out = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                out += _parsers(sub)
    return out


def complete(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Give every option and argument of ``parser`` and its commands a help text."""
    for p in _parsers(parser):
        for action in p._actions:
            if action.help is None or action.help == "":
                dest = action.dest.replace("-", "_")
                text = HELP.get(dest)
                if text is None and action.choices and not isinstance(action, argparse._SubParsersAction):
                    text = "one of " + ", ".join(map(str, action.choices))
                action.help = text or dest.replace("_", " ")
    return parser


def every_option_help(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    """``"command --option" -> help`` of every option (for tests and documentation)."""
    out: dict[str, str | None] = {}
    for p in _parsers(parser):
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            name = "/".join(action.option_strings) or action.dest
            out[f"{p.prog} {name}"] = action.help
    return out


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = " ".join(super().format(record).split())
        level = "" if record.levelno == logging.ERROR else f"{record.levelname.lower()}: "
        return f"posture: {level}{text}"


def configure_logging(verbose: bool = False, quiet: bool = False) -> None:
    """The process's logging: one ``posture:`` line per message on stderr (module docstring)."""
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_posture", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("%(message)s (%(name)s)" if verbose else "%(message)s"))
    handler._posture = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("posture").setLevel(level)
