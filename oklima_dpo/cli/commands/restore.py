"""``restore``: put a backup in place of the case base, after checking all of it.

    oklima-dpo restore ARCHIVE [--check] [--passphrase-file FILE] [--other-base] [--json]

Every part of the archive is checked (seals, SHA-256, SQLite's integrity check, the journal's
chain, the schema) before anything is replaced; the current base is then kept aside in
« avant-restauration-… » beside it. ``--check`` stops after the checks. On a new machine, the
recovery passphrase in force when the backup was made opens it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ...domain.errors import DpoError
from ...domain.french import PARIS, counted, fr_date, typography
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.backup import RestoreReport

NAME = "restore"
OPENS_CASE_BASE = False


def add(commands: Subcommands, parents: Parents) -> None:
    restore = commands.add_parser(
        NAME, parents=parents, help="check a backup, then put it in place of the case base"
    )
    restore.add_argument("archive", type=Path, metavar="ARCHIVE")
    restore.add_argument("--check", action="store_true", help="check only; replace nothing")
    restore.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the recovery passphrase in force when the backup was made",
    )
    restore.add_argument(
        "--other-base",
        action="store_true",
        help="replace the case base even though the backup is another base's",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...paths import current_user, default_data_dirs
    from ...services.backup import restore_archive
    from ...store.database import parse_target

    if args.demo:
        raise DpoError("La base de démonstration ne se restaure pas (personnes fictives).")
    base = (
        parse_target(args.db).sqlite_path if args.db else default_data_dirs(args.data_dir).case_base
    )
    if base is None:
        raise DpoError("« restore » restaure une base SQLite ; PostgreSQL : pg_restore.")
    passphrase = None
    if args.passphrase_file is not None:
        try:
            passphrase = args.passphrase_file.read_text("utf-8").strip()
        except OSError as error:
            raise DpoError(f"« {args.passphrase_file} » illisible : {error.strerror}.") from None
    report = restore_archive(
        args.archive,
        base,
        current_user(),
        passphrase,
        other_base=args.other_base,
        check_only=args.check,
    )
    if args.json:
        print_json(
            {
                "archive": report.archive,
                "base": report.base,
                "made": report.created.isoformat(),
                "cases": report.cases,
                "documents": report.documents,
                "journal_seq": report.journal_seq,
                "last_action": report.last_action,
                "last_at": report.last_at.isoformat() if report.last_at else None,
                "aside": report.aside,
                "replaced": report.replaced,
            },
            out,
        )
    else:
        out.write(typography(_text(report)) + "\n")
    return EXIT_OK


def _text(report: RestoreReport) -> str:
    from ...services.journal_words import action_label

    made = report.created.astimezone(PARIS)
    lines = [
        f"Sauvegarde du {fr_date(made.date())} à {made:%H:%M} : vérifiée (sceaux, empreintes "
        "SHA-256, intégrité SQLite, chaîne du journal).",
        f"Elle contient {counted(report.cases, 'demande', 'demandes')} et "
        f"{counted(report.documents, 'document', 'documents')} ; journal jusqu’à l’entrée "
        f"n° {report.journal_seq}"
        + (
            f" (dernière : {action_label(report.last_action)}, le "
            f"{fr_date(report.last_at.astimezone(PARIS).date())})."
            if report.last_at
            else "."
        ),
    ]
    if not report.replaced:
        lines.append("Vérification seule : rien n’a été remplacé.")
        return "\n".join(lines)
    lines.append(f"Base restaurée : {report.base}")
    if report.aside is not None:
        lines.append(f"La base qui était là est gardée dans « {report.aside} ».")
    return "\n".join(lines)
