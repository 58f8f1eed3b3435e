"""``register export``: the register of requests (every case and the statistics) as an Excel
workbook, for the DPO's accountability."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..exits import EXIT_OK
from ..output import print_json, print_written
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "register"


def add(commands: Subcommands, parents: Parents) -> None:
    requests_register = commands.add_parser(
        NAME, help="the register of requests (every case, for the DPO's accountability)"
    )
    register_commands = requests_register.add_subparsers(
        dest="register_command", metavar="ACTION", required=True
    )
    register_export = register_commands.add_parser(
        "export", parents=parents, help="every case and the statistics, as an Excel workbook"
    )
    register_export.add_argument("--out", type=Path, metavar="FILE.xlsx")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.reports.register import export_register

    written = export_register(ctx, args.out)
    if args.json:
        print_json({"path": str(written.path), "sha256": written.sha256}, out)
    else:
        print_written(written.path, written.sha256, out)
    return EXIT_OK
