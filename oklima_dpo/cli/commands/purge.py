"""``purge``: minimisation — purge what the case base keeps beyond its delay (``--dry-run``
says what is due and changes nothing)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...domain.french import typography
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "purge"


def add(commands: Subcommands, parents: Parents) -> None:
    purge_parser = commands.add_parser(
        NAME, parents=parents, help="minimisation: purge what the case base keeps too long"
    )
    purge_parser.add_argument(
        "--dry-run", action="store_true", help="say what is due, change nothing"
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.minimisation.purge import run_purge

    report = run_purge(ctx, dry_run=args.dry_run)
    if args.json:
        print_json(
            {
                "dry_run": report.dry_run,
                "purged": [
                    {"reference": i.reference, "kind": i.kind, "since": i.since, "counts": i.counts}
                    for i in report.items
                ],
                "suppressions_removed": report.suppressions_removed,
            },
            out,
        )
        return EXIT_OK
    if report.empty:
        out.write(typography("Rien à purger aujourd’hui.\n"))
    for item in report.items:
        mark = "à purger" if report.dry_run else "purgé"
        counts = ", ".join(f"{name} {value}" for name, value in item.counts.items())
        out.write(typography(f"– {item.reference} : {item.label} ({mark} ; {counts})\n"))
    if report.suppressions_removed:
        out.write(
            typography(
                f"{report.suppressions_removed} inscription(s) expirée(s) retirée(s) de la liste "
                "d’opposition.\n"
            )
        )
    return EXIT_OK
