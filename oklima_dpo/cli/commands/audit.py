"""``audit verify``: check the journal's chain of hashes; exit 1 when a link is broken."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...domain.french import typography
from ..exits import EXIT_INTERNAL, EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "audit"


def add(commands: Subcommands, parents: Parents) -> None:
    audit_parser = commands.add_parser(NAME, help="the audit journal")
    audit_commands = audit_parser.add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    audit_commands.add_parser("verify", parents=parents, help="check the chain of hashes")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services import audit

    check = audit.verify_journal(ctx)
    if args.json:
        print_json(
            {
                "intact": check.intact,
                "entries": check.entries,
                "first_bad_entry": check.first_bad_seq,
                "problem": check.problem,
            },
            out,
        )
    elif check.intact:
        count = "1 entrée vérifiée" if check.entries == 1 else f"{check.entries} entrées vérifiées"
        out.write(typography(f"Journal intact : {count}.\n"))
    else:
        err.write(typography(f"Journal altéré : {check.problem}.\n"))
    return EXIT_OK if check.intact else EXIT_INTERNAL
