"""``gather``: search every source of the catalogue for the person of a request (or retry one
source with ``--source``), then print what was found."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...domain.french import counted, typography
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "gather"


def add(commands: Subcommands, parents: Parents) -> None:
    gather_parser = commands.add_parser(
        NAME, parents=parents, help="search every source for the person of a request"
    )
    gather_parser.add_argument("reference")
    gather_parser.add_argument(
        "--source", dest="sources", action="append", help="only this source (to retry it)"
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.gathering import gather as gathering
    from ...services.gathering import snapshot as snapshots

    data = gathering.gather_case(ctx, args.reference, only=args.sources)
    failed = [s for s in data.sources if s.status == "failed"]
    if args.json:
        print_json(
            {
                "reference": data.reference,
                "complete": data.complete,
                "findings": [
                    snapshots.finding_json(f) for f in data.findings if f.change != "gone"
                ],
                "sources": [
                    {"source": s.source_id, "status": s.status, "records": s.records}
                    for s in data.sources
                ],
                "failed_sources": [{"source": s.source_id, "message": s.message} for s in failed],
            },
            out,
        )
        return EXIT_OK
    out.write(typography(f"Demande {data.reference} : données rassemblées.\n"))
    for state in data.sources:
        line = f"– {state.name} : {state.status_label}"
        if state.status == "answered":
            line += ", " + counted(state.records, "enregistrement", "enregistrements")
        elif state.message:
            line += f" — {state.message}"
        out.write(typography(line + "\n"))
    for finding in data.findings:
        if finding.change == "gone":
            continue
        mark = "✓" if finding.included else "✗"
        out.write(
            typography(
                f"  {mark} {finding.source_name} › {finding.table_label} › {finding.key} "
                f"({finding.match_label})\n"
            )
        )
    if not data.complete:
        out.write(
            typography("Données incomplètes : " + " ; ".join(data.incomplete_reasons) + ".\n")
        )
    return EXIT_OK
