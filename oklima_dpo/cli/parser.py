"""The top-level parser: the options every command accepts, the desktop program's own options,
and one sub-parser per command, each added by its module (``commands/``).

Most starts are the desktop program's, with no command typed: they are read by the parser of
the options alone, without importing the twenty command modules (the first painted window
waits for every import). Anything else (a command, ``--help``, a word or an option it does
not know) goes to the whole parser, whose messages name the commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

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


class _NotDesktopOnly(Exception):
    """The options alone cannot read this command line: the whole parser will."""


class _DesktopParser(ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotDesktopOnly(message)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line read: ``command`` is None for the desktop program."""
    words = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(words):
        try:
            args, rest = _top_parser(_DesktopParser).parse_known_args(words)
        except _NotDesktopOnly:
            rest = ["?"]
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(words)


def build_parser() -> ArgumentParser:
    from .commands import COMMANDS

    parser = _top_parser(ArgumentParser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    later = [common_options(suppress=True)]
    for command in COMMANDS.values():
        command.add(commands, later)
    return parser


def _top_parser(kind: type[ArgumentParser]) -> ArgumentParser:
    """The program's options, before any command."""
    parser = kind(
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
    return parser
