"""``casefile``: the legal team's case file of a request (one PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..exits import EXIT_OK
from ..output import print_json, print_written
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "casefile"


def add(commands: Subcommands, parents: Parents) -> None:
    casefile_parser = commands.add_parser(
        NAME, parents=parents, help="the legal team's case file (PDF)"
    )
    casefile_parser.add_argument("reference")
    casefile_parser.add_argument("--out", type=Path, metavar="FILE.pdf")
    casefile_parser.add_argument(
        "--raw-data", action="store_true", help="include the gathered records' values"
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.answers.casefile import build_case_file

    written = build_case_file(ctx, args.reference, out=args.out, include_raw_data=args.raw_data)
    if args.json:
        print_json({"path": str(written.path), "sha256": written.sha256}, out)
    else:
        print_written(written.path, written.sha256, out)
    return EXIT_OK
