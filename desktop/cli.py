"""The command line of ``shared/cli.md``: parsing, and the batch commands that need no display.

Commands that need Qt (the window, ``--screenshot``, ``print``) are handed to the ``gui``
callable that ``main.py`` passes in, so that this module (and ``check``) never imports Qt.

Exit status: 0 done, 1 ``check`` found an error, 2 bad input or usage (one line on stderr),
130 interrupted (Ctrl+C: one line; a library write in progress is rolled back, an output file is
not written).

Every command runs inside :func:`desktop.fileio.command_inputs` with its library protected: no
output may be the library, its -wal/-shm, or a file the command read.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from db import Library, LibraryError, PlanNotFound
from desktop import fileio, i18n
from desktop.export import FORMATS as EXPORT_FORMATS
from desktop.export import ExportError
from desktop.fileio import FileRefused
from desktop.formatting import json_text
from desktop.i18n import LANGUAGES, translate, translate_noop
from desktop.library import (  # shared with the window (desktop/library.py)
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
    db_path,
    resolve_plan,
)
from desktop.model import PHASES, PROFILES
from desktop.planfile import PlanFileError

GuiRunner = Callable[[argparse.Namespace], int]


LANG_HELP = translate_noop("CommandLine", "language of messages and output: en or uk (default: the system's)")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints usage and exits 2 on its own; keep it to one clear line, one "posture:".
        command = self.prog.removeprefix("posture").strip()
        raise UsageError(f"{command}: {message}" if command else message)


def _recipients(text: str) -> tuple[str, ...]:
    from desktop.release import parse_recipients

    try:
        return parse_recipients(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e).removeprefix("--release-to: ")) from None


def add_release_to(s: argparse.ArgumentParser) -> None:
    """``--release-to XX[,YY]``: write only what is releasable to those nations (desktop.release)."""
    s.add_argument(
        "--release-to",
        type=_recipients,
        metavar="XX",
        help=translate("CommandLine", "only what is releasable to nation XX (or XX,YY)"),
    )


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="posture",
        description=translate(
            "CommandLine",
            "Posture: sketch a reassurance force for Ukraine and check it against "
            "the mission's principles. Without a command, opens the window.",
        ),
    )
    from desktop import clihelp

    clihelp.add_global_options(p)
    p.add_argument("--lang", choices=list(LANGUAGES), help=translate("CommandLine", LANG_HELP))
    p.add_argument(
        "--db", help=translate("CommandLine", "plan library (SQLite file); default $POSTURE_DB or the user data folder")
    )
    p.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help=translate("CommandLine", "render the main window off screen, save a PNG, exit"),
    )
    p.add_argument("--plan", help=translate("CommandLine", "plan to open (id, exact name, or *.plan.geojson)"))
    p.add_argument("--size", default="1600x1000", help=translate("CommandLine", "window size for --screenshot, WxH"))
    p.add_argument(
        "--basemap",
        metavar="FILE",
        help=translate(
            "CommandLine", "a raster MBTiles or GeoPackage tile file drawn under the plan (window and --screenshot)"
        ),
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("plans", help=translate("CommandLine", "list the library"))
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    s = sub.add_parser(
        "import",
        help=translate("CommandLine", "add a plan file, or a GIS file (KML/KMZ, GeoPackage, shapefile, GeoJSON, CSV)"),
    )
    s.add_argument("file", help=translate("CommandLine", "*.plan.geojson, or a vector file GDAL reads"))
    s.add_argument(
        "--nation",
        metavar="XX",
        help=translate("CommandLine", "ISO 3166-1 alpha-2 nation of GIS features that give none"),
    )
    s.add_argument(
        "--as",
        dest="as_kind",
        choices=["contact_line", "occupied_area"],
        help=translate(
            "CommandLine", "lines (contact_line) or areas (occupied_area) without a unit kind become that plan geometry"
        ),
    )
    s.add_argument("--name", help=translate("CommandLine", "name of the new plan (default: the file's name)"))
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    s = sub.add_parser(
        "export",
        help=translate(
            "CommandLine",
            "write a plan as geojson, kml, kmz, gpkg, csv or xlsx (ledger), html or png (the print sheet)",
        ),
    )
    s.add_argument("plan")
    s.add_argument("--format", required=True, choices=[*EXPORT_FORMATS, "png"])
    s.add_argument("-o", "--output", required=True)
    s.add_argument(
        "--release",
        action="store_true",
        help=translate("CommandLine", "apply the ambiguity rules (generalise positions)"),
    )
    add_release_to(s)
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    s = sub.add_parser("print", help=translate("CommandLine", "print a posture map to PDF"))
    s.add_argument("plan")
    s.add_argument("--pdf", required=True)
    s.add_argument("--paper", default="A4", choices=["A4", "A3"])
    s.add_argument("--orientation", default="landscape", choices=["landscape", "portrait"])
    s.add_argument("--release", action="store_true")
    add_release_to(s)
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    s = sub.add_parser("check", help=translate("CommandLine", "check a plan against its doctrine profile"))
    s.add_argument("plan")
    s.add_argument("--profile", choices=list(PROFILES))
    s.add_argument("--phase", choices=list(PHASES))
    s.add_argument("--json", action="store_true")
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    s = sub.add_parser("orbat", help=translate("CommandLine", "print the plan's order of battle (the tree by command)"))
    s.add_argument("plan")
    s.add_argument("--json", action="store_true")
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    s = sub.add_parser(
        "suggest", help=translate("CommandLine", "propose fixes for the plan's findings (the library is never changed)")
    )
    s.add_argument("plan")
    s.add_argument("--profile", choices=list(PROFILES))
    s.add_argument("--phase", choices=list(PHASES))
    s.add_argument("--json", action="store_true", help=translate("CommandLine", "print the proposals as JSON"))
    s.add_argument(
        "-o",
        "--output",
        metavar="FIXED.plan.geojson",
        help=translate("CommandLine", "write a copy with every fix applied"),
    )
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    from desktop import packagecmd

    packagecmd.register(sub, add_release_to)

    s = sub.add_parser(
        "compare", help=translate("CommandLine", "compare courses of action: the matrix and the differences")
    )
    s.add_argument(
        "plans",
        nargs="+",
        metavar="PLAN",
        help=translate("CommandLine", "two or more plans; each is compared with the first"),
    )
    s.add_argument("--profile", choices=list(PROFILES))
    s.add_argument("--phase", choices=list(PHASES))
    s.add_argument("--json", action="store_true")
    s.add_argument("--pdf", metavar="OUT", help=translate("CommandLine", "also print a comparison sheet to this PDF"))
    s.add_argument(
        "--release", action="store_true", help=translate("CommandLine", "apply the ambiguity rules to the PDF")
    )
    add_release_to(s)
    s.add_argument("--db", default=argparse.SUPPRESS)  # also accepted before the command

    for command in sub.choices.values():  # every command speaks either language (before or after it)
        command.add_argument(
            "--lang", choices=list(LANGUAGES), default=argparse.SUPPRESS, help=translate("CommandLine", LANG_HELP)
        )
    return clihelp.complete(p)  # a help text for every option


# -- commands ------------------------------------------------------------------------------


def cmd_plans(args: argparse.Namespace) -> int:
    with Library(db_path(args)) as lib:
        rows = lib.list_plans()
    if not rows:
        print(translate("CommandLine", "The library is empty."))
        return EXIT_OK
    # The column heads in the language; the numbers as in English (scripts read the table)
    ident, name = translate("CommandLine", "id"), translate("CommandLine", "name")
    units, troops = translate("CommandLine", "units"), translate("CommandLine", "troops")
    print(f"{ident:>4}  {name:<40} {units:>6} {troops:>8}  {translate('CommandLine', 'last change')}")
    for r in rows:
        print(f"{r.id:>4}  {r.name[:40]:<40} {r.units:>6} {r.troops:>8}  {r.modified}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.gisimport import read_import_file

    # validates the whole file before the library is touched
    plan = read_import_file(args.file, nation=args.nation, as_kind=args.as_kind, name=args.name)
    with Library(db_path(args)) as lib:
        plan_id = lib.add_plan(plan)
    print(f"{plan_id}\t{plan.name}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop import export

    plan = resolve_plan(args.plan, args)
    export.export_plan(plan, args.format, Path(args.output), release=args.release, release_to=args.release_to or ())
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.doctrine import check_report, format_report

    plan = resolve_plan(args.plan, args)
    report = check_report(plan, profile=args.profile, phase=args.phase)
    if args.json:
        print(json_text(report, indent=2))
    else:
        print(format_report(report))
    has_error = any(f["severity"] == "error" for f in report["findings"])
    return EXIT_FINDINGS if has_error else EXIT_OK


def cmd_orbat(args: argparse.Namespace) -> int:
    from desktop import orbat

    plan = resolve_plan(args.plan, args)
    print(json_text(orbat.orbat_json(plan), indent=2) if args.json else orbat.format_orbat(plan))
    return EXIT_OK


def cmd_suggest(args: argparse.Namespace) -> int:
    from desktop import suggest
    from desktop.planfile import write_plan_file

    plan = resolve_plan(args.plan, args)
    report = suggest.suggest_report(plan, profile=args.profile, phase=args.phase)
    if args.output:
        _, fixed = suggest.suggest(plan, profile=args.profile, phase=args.phase)
        write_plan_file(fixed, args.output)
    # With ``-o -`` the fixed plan is standard output: the report goes to standard error.
    print(json_text(report, indent=2) if args.json else suggest.format_report(report),
          file=sys.stderr if args.output == fileio.STDOUT else sys.stdout)  # fmt: skip
    return EXIT_OK


def _packagecmd() -> ModuleType:
    from desktop import packagecmd

    return packagecmd


def cmd_compare(args: argparse.Namespace, gui: GuiRunner | None = None) -> int:
    from desktop.compare import CompareError, compare, format_comparison

    if len(args.plans) < 2:
        raise UsageError(translate("CommandLine", "compare needs at least two plans"))
    if args.pdf and gui is None:
        raise UsageError(
            translate("CommandLine", "{command} needs the desktop interface (run main.py)").format(
                command="compare --pdf"
            )
        )
    plans = [resolve_plan(ref, args) for ref in args.plans]
    if args.release_to:
        from desktop.release import release_to

        plans = [release_to(p, args.release_to) for p in plans]  # only what the recipients may see
    try:
        _, result = compare(plans, profile=args.profile, phase=args.phase)
    except CompareError as e:
        raise UsageError(str(e)) from None
    if args.pdf:
        assert gui is not None
        args.compare_plans, args.compare_result = plans, result
        status = gui(args)  # the sheet is drawn by the print page (desktop/ui/compareprint.py)
        if status != EXIT_OK:
            return status
    if args.json:
        # One line: the differences of large plans run to thousands of entries (the C encoder is
        # ten times faster than the indenting one), and every JSON reader takes it.
        print(json_text(result))
    elif not args.pdf:
        print(format_comparison(result, plans), end="")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "plans": cmd_plans,
    "import": cmd_import,
    "export": cmd_export,
    "check": cmd_check,
    "orbat": cmd_orbat,
    "suggest": cmd_suggest,
    "package": lambda args: _packagecmd().cmd_package(args),
    "merge": lambda args: _packagecmd().cmd_merge(args),
}


def run(argv: Sequence[str] | None, gui: GuiRunner | None = None) -> int:
    """Parse ``argv`` and run the command; returns the exit status (never raises for bad input)."""
    from desktop.clihelp import configure_logging
    from desktop.climessages import argparse_in_language, language_asked, os_error_text

    commits_before = Library.commits
    try:
        # --lang first: the help, argparse's own errors and every message after are in that language
        i18n.set_language(language_asked(sys.argv[1:] if argv is None else argv))
        try:
            with argparse_in_language():
                args = build_parser().parse_args(argv)
        except SystemExit as e:  # --version, --help: printed, done
            return int(e.code or 0) if isinstance(e.code, int) or e.code is None else EXIT_BAD_INPUT
        configure_logging(verbose=args.verbose, quiet=args.quiet)
        i18n.set_language(args.lang)
        # A command's inputs are protected from its outputs; the window (no command) protects its
        # library only: exporting over a file imported earlier in the session is the planner's call.
        with fileio.command_inputs() if args.command else contextlib.nullcontext():
            fileio.protect_library(db_path(args))  # even before (or without) opening it
            if args.command == "compare":
                return cmd_compare(args, gui)
            if args.command == "export" and args.format == "png":  # the print sheet: drawn by Qt
                if gui is None:
                    raise UsageError(
                        translate("CommandLine", "{command} needs the desktop interface (run main.py)").format(
                            command="export --format png"
                        )
                    )
                return gui(args)
            if args.command in COMMANDS:
                return COMMANDS[args.command](args)
            if gui is None:
                raise UsageError(translate("CommandLine", "this command needs the desktop interface (run main.py)"))
            return gui(args)
    except KeyboardInterrupt:
        if Library.commits != commits_before:  # too late: the change was already committed
            print(
                translate("CommandLine", "posture: interrupted after the change was committed; it is in the library"),
                file=sys.stderr,
            )
            return EXIT_OK
        print(translate("CommandLine", "posture: interrupted; nothing was written or committed"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except (UsageError, PlanFileError, PlanNotFound, LibraryError, ExportError, FileRefused) as e:
        print(f"posture: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as e:
        where = f" ({e.filename})" if getattr(e, "filename", None) else ""
        print(f"posture: {os_error_text(e)}{where}", file=sys.stderr)
        return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)
