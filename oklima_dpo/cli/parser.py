"""The top-level parser: the options every command accepts, the desktop program's own options,
and one sub-parser per command, each added by its module (``commands/``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .commands import COMMANDS
from .exits import EXIT_BAD_INPUT


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with its errors in the program's style (message on stderr, exit 2).

    Sub-parsers are made of the class of their parent (argparse's default), so every command
    and action answers the same way."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog} : {message}\n")


def common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before or after the command (``--json`` at the end reads naturally).

    After the command (``suppress``), an option not given leaves the value read before it."""
    default = argparse.SUPPRESS if suppress else None
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--db",
        default=default,
        help="case base: a file path or a SQLAlchemy URL (postgresql+psycopg://…)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="put every folder the program writes (case base, documents, logs, "
        "exports) under this folder",
    )
    parser.add_argument(
        "--catalogue",
        type=Path,
        default=default,
        metavar="FILE",
        help="the source catalogue to use (default: the one chosen in the settings)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print machine-readable JSON",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="use the demo case base (synthetic people), never the real one",
    )
    return parser


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog="oklima-dpo",
        description="OKLIMA DPO: requests of data subjects, their deadlines and answers. "
        "Without a command, opens the desktop program.",
        parents=[common_options(suppress=False)],
    )
    parser.add_argument(
        "--no-err-windows",
        action="store_true",
        help="print unexpected errors instead of showing a dialog",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start once on a throw-away demo case base, check, print and exit",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help="language of the desktop program (default: the one chosen in it, else fr)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    later = [common_options(suppress=True)]
    for command in COMMANDS.values():
        command.add(commands, later)
    return parser
