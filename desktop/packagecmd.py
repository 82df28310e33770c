"""The ``package`` and ``merge`` commands (cli.md): desktop.packages applied to files and the library.

``package PLAN --nation XX -o FILE [--release-to YY]`` writes XX's national package;
``merge PLAN FILE [FILE…] [--dry-run] [--json]`` brings packages into the library plan PLAN in one
transaction. With any conflict nothing is merged, the exit is 2 and the conflicts are listed (one
line each on stderr, or in ``--json`` on stdout). No Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db import Library, PlanNotFound
from desktop.formatting import json_text
from desktop.i18n import translate
from desktop.library import EXIT_BAD_INPUT, EXIT_OK, UsageError, db_path, looks_like_file, resolve_plan
from desktop.model import Plan
from desktop.packages import make_package, merge_packages, package_summary
from desktop.planfile import read_plan_file


def register(
    sub: argparse._SubParsersAction[Any],
    add_release_to: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The two subcommands' arguments (called by desktop.cli.build_parser)."""
    s = sub.add_parser(
        "package",
        help=translate("CommandLine", "write one nation's package (its units and contributions) as a plan file"),
    )
    s.add_argument("plan")
    s.add_argument(
        "--nation", required=True, metavar="XX", help=translate("CommandLine", "ISO 3166-1 alpha-2 code of the nation")
    )
    s.add_argument("-o", "--output", required=True, metavar="OUT.plan.geojson")
    add_release_to(s)
    s.add_argument("--db", default=argparse.SUPPRESS)

    s = sub.add_parser(
        "merge", help=translate("CommandLine", "bring national packages into a library plan (all or nothing)")
    )
    s.add_argument("plan")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument(
        "--dry-run", action="store_true", help=translate("CommandLine", "report what would happen; change nothing")
    )
    s.add_argument("--json", action="store_true", help=translate("CommandLine", "print the report as JSON"))
    s.add_argument("--db", default=argparse.SUPPRESS)


def cmd_package(args: argparse.Namespace) -> int:
    from desktop.export import export_plan

    plan = resolve_plan(args.plan, args)
    try:
        package = make_package(plan, args.nation)
    except ValueError as e:
        raise UsageError(str(e)) from None
    export_plan(package, "geojson", Path(args.output), release_to=args.release_to or ())
    # With ``-o -`` the package is standard output: the summary goes to standard error.
    print(f"{args.output}: {package_summary(package)}", file=sys.stderr if args.output == "-" else sys.stdout)
    return EXIT_OK


def _target(args: argparse.Namespace, lib: Library | None) -> tuple[int | None, Plan]:
    """The plan to merge into: by id or name in the library (a file only with --dry-run)."""
    if lib is not None:
        try:
            plan_id = lib.find_plan(args.plan)
            return plan_id, lib.load_plan(plan_id)
        except PlanNotFound:
            if not (args.dry_run and looks_like_file(args.plan)):
                raise
    if not looks_like_file(args.plan):
        raise PlanNotFound(translate("Library", "no plan {plan} in the library").format(plan=repr(args.plan)))
    if not args.dry_run:
        raise UsageError(
            translate(
                "CommandLine",
                "merge: {file} is a file; merge writes into a library plan (import it first, or --dry-run)",
            ).format(file=args.plan)
        )
    return None, read_plan_file(args.plan)


def cmd_merge(args: argparse.Namespace) -> int:
    packages = [(f, read_plan_file(f)) for f in args.files]  # every file whole before the library
    path = db_path(args)
    lib: Library | None = None
    if path.exists() or not args.dry_run:
        lib = Library(path, read_only=args.dry_run)
    try:
        plan_id, before = _target(args, lib)
        result = merge_packages(before, packages)
        if args.json:
            print(json_text(result.as_json(before.name), indent=2))
        if result.conflicts:  # one line on stderr (cli.md), also beside --json's report
            n = len(result.conflicts) - 1
            more = translate("CommandLine", " (and %n more conflict(s))", None, n) if n else ""
            refused = translate("CommandLine", "posture: merge refused, nothing merged: {conflict}{more}")
            print(refused.format(conflict=result.conflicts[0].line(), more=more), file=sys.stderr)
            return EXIT_BAD_INPUT
        if not args.dry_run and result.changed and lib is not None and plan_id is not None:
            lib.save_changes(plan_id, before, result.plan)
        if not args.json:
            print(result.summary(before.name, dry_run=args.dry_run))
        return EXIT_OK
    finally:
        if lib is not None:
            lib.close()
