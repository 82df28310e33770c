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
from desktop.i18n import translate, translate_noop

#: Help for options by their ``dest``, for options registered without one.
HELP: dict[str, str] = {
    "plan": translate_noop(
        "CommandLine", "plan: a library id, an exact plan name, or a *.plan.geojson file (read, not added)"
    ),
    "plans": translate_noop("CommandLine", "plans: library ids, exact names or plan files"),
    "db": translate_noop(
        "CommandLine", "plan library (SQLite file); default $POSTURE_DB or posture.sqlite in the user data folder"
    ),
    "format": translate_noop("CommandLine", "output format"),
    "output": translate_noop("CommandLine", "file to write ('-' writes a text format to standard output)"),
    "pdf": translate_noop("CommandLine", "PDF file to write"),
    "paper": translate_noop("CommandLine", "paper size (default A4)"),
    "orientation": translate_noop("CommandLine", "page orientation (default landscape)"),
    "release": translate_noop(
        "CommandLine", "apply the ambiguity rules (positions generalised, strengths rounded, names hidden)"
    ),
    "release_to": translate_noop("CommandLine", "write only what is releasable to this nation (ISO 3166-1 alpha-2)"),
    "profile": translate_noop("CommandLine", "doctrine profile for this run (default: the plan's own)"),
    "phase": translate_noop("CommandLine", "phase for this run (default: the plan's own)"),
    "json": translate_noop("CommandLine", "print JSON (see cli.md) instead of a table"),
    "nation": translate_noop("CommandLine", "nation (ISO 3166-1 alpha-2 code)"),
    "file": translate_noop("CommandLine", "the file to read"),
    "files": translate_noop("CommandLine", "the files to read"),
    "dry_run": translate_noop("CommandLine", "report what would change without writing"),
    "lang": translate_noop("CommandLine", "language of the interface and reports"),
    "command": translate_noop("CommandLine", "command"),
}


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """``--version``, ``--verbose``, ``--quiet`` on the top-level parser."""
    parser.add_argument("--version", action="version", version=f"posture {__version__}",
                        help=translate("CommandLine", "print the version and exit"))  # fmt: skip
    loud = parser.add_mutually_exclusive_group()
    loud.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=translate("CommandLine", "also log what is going on (and Qt's messages)"),
    )
    loud.add_argument("-q", "--quiet", action="store_true", help=translate("CommandLine", "log errors only"))


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
                text = translate("CommandLine", HELP[dest]) if dest in HELP else None
                if text is None and action.choices and not isinstance(action, argparse._SubParsersAction):
                    choices = ", ".join(map(str, action.choices))
                    text = translate("CommandLine", "one of {choices}").format(choices=choices)
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


#: The level a log line names (errors name none), in the language.
_LEVEL_NAMES = {
    logging.WARNING: translate_noop("CommandLine", "warning"),
    logging.INFO: translate_noop("CommandLine", "info"),
    logging.DEBUG: translate_noop("CommandLine", "debug"),
    logging.CRITICAL: translate_noop("CommandLine", "critical"),
}


def _level_name(record: logging.LogRecord) -> str:
    text = _LEVEL_NAMES.get(record.levelno)
    return translate("CommandLine", text) if text else record.levelname.lower()


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = " ".join(super().format(record).split())
        level = "" if record.levelno == logging.ERROR else _level_name(record) + ": "
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
