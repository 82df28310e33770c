"""Posture's entry point: ``python main.py [command] …`` (see shared/cli.md and README.md)."""

from __future__ import annotations

import argparse
import signal
import sys


def _gui(args: argparse.Namespace) -> int:
    # Qt is imported only for the commands that need it, so `check` runs with no display.
    from desktop.ui.app import run_gui

    return run_gui(args)


def main(argv: list[str] | None = None) -> int:
    try:
        from desktop.cli import run
    except KeyboardInterrupt:  # Ctrl+C while the program starts: nothing was done yet
        print("posture: interrupted; nothing was written or committed", file=sys.stderr)
        return 130
    status = run(sys.argv[1:] if argv is None else argv, gui=_gui)
    # Done (committed or refused): a Ctrl+C now would only turn the status into "killed" while
    # Python shuts down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return status


if __name__ == "__main__":
    sys.exit(main())
