"""``backup``: one encrypted archive of the case base and its documents.

    oklima-dpo backup [--to DIR] [--json]

The archive goes to ``DIR``, else to the settings' backup folder (else « sauvegardes » beside
the base); the oldest archives of this base beyond the number the settings keep are removed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ...domain.errors import DpoError
from ...domain.french import counted, fr_number, fr_size, typography
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "backup"


def add(commands: Subcommands, parents: Parents) -> None:
    backup = commands.add_parser(
        NAME, parents=parents, help="an encrypted archive of the case base and its documents"
    )
    backup.add_argument("--to", type=Path, metavar="DIR", help="the folder of the archive")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.backup import make_backup

    if args.demo:
        raise DpoError("La base de démonstration ne se sauvegarde pas (personnes fictives).")
    made = make_backup(ctx, args.to)
    if args.json:
        print_json(
            {
                "archive": made.archive,
                "size": made.size,
                "sha256": made.sha256,
                "cases": made.cases,
                "documents": made.documents,
                "journal_seq": made.journal_seq,
                "seconds": round(made.seconds, 3),
                "removed": list(made.removed),
            },
            out,
        )
        return EXIT_OK
    lines = [
        f"Sauvegarde chiffrée : {made.archive}",
        f"{counted(made.cases, 'demande', 'demandes')}, "
        f"{counted(made.documents, 'document', 'documents')}, "
        f"journal jusqu’à l’entrée n° {made.journal_seq} ; {fr_size(made.size)}, "
        f"en {fr_number(made.seconds, '#,##0.0')} s.",
        f"SHA-256 : {made.sha256}",
    ]
    if made.removed:
        lines.append(f"Anciennes sauvegardes retirées : {len(made.removed)}.")
    out.write(typography("\n".join(lines)) + "\n")
    return EXIT_OK
