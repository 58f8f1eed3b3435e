"""``audit verify [--against ARCHIVE]``: check the journal's chain; exit 1 when it is broken,
cut back behind the head the OS keyring or a backup recorded, or rewritten."""

from __future__ import annotations

import argparse
from pathlib import Path
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
    verify = audit_commands.add_parser(
        "verify", parents=parents, help="check the chain of hashes (and against a backup)"
    )
    verify.add_argument(
        "--against",
        type=Path,
        metavar="ARCHIVE",
        help="a backup of this base: the journal must still hold the head it recorded",
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services import audit

    check = audit.verify_journal(ctx, args.against)
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
