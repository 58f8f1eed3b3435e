"""The command line: the same use cases as the desktop program, for scripts, IT and tests.

Exit codes: 0 success, 2 bad input (message on stderr, nothing written), 1 internal error or a
step that failed (a source, an execution, the journal). ``--json`` prints machine-readable
results. No business rule lives here: arguments are read, a service is called, its result
printed.

- ``parser``: the top-level parser and the options common to every command;
- ``arguments``: reading dates, rights, steps… from the text typed;
- ``output``: printing JSON and French text;
- ``commands/``: one module per command (its sub-parser and its ``run``).

Importing this package loads neither the services nor SQLAlchemy: each command imports the
services it calls when it runs; the desktop program's start, with no command typed, does not
import the command modules either.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from ..domain.errors import DpoError
from .exits import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK
from .parser import build_parser, parse
from .protocol import ContextFactory

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "ContextFactory",
    "DpoError",
    "build_parser",
    "parse",
    "run",
]


def run(
    args: argparse.Namespace,
    open_context: ContextFactory,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command; DpoError → exit 2 with its message, anything else propagates."""
    from ..services.errors import InvalidInput
    from .commands import COMMANDS

    out, err = out or sys.stdout, err or sys.stderr
    command = COMMANDS.get(args.command)
    if command is None:
        raise AssertionError(f"unknown command {args.command!r}")
    try:
        if not getattr(command, "OPENS_CASE_BASE", True):
            return int(command.run(args, out, err))
        ctx = open_context(args)
        try:
            return int(command.run(args, ctx, out, err))
        finally:
            ctx.store.dispose()
    except InvalidInput as error:
        err.writelines(f"oklima-dpo : {problem}\n" for problem in error.problems.values())
        return EXIT_BAD_INPUT
    except DpoError as error:
        err.write(f"oklima-dpo : {error}\n")
        return EXIT_BAD_INPUT
