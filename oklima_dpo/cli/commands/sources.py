"""``sources check``: the catalogue is valid and each source answers; exit 1 if one fails."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...domain.french import typography
from ..exits import EXIT_INTERNAL, EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "sources"


def add(commands: Subcommands, parents: Parents) -> None:
    sources_parser = commands.add_parser(NAME, help="the company's systems (catalogue)")
    sources_commands = sources_parser.add_subparsers(
        dest="sources_command", metavar="ACTION", required=True
    )
    sources_commands.add_parser(
        "check", parents=parents, help="the catalogue is valid and each source answers"
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services import sources

    catalogue = sources.catalogue_in_use(ctx)
    checks = sources.check_sources(ctx)
    if args.json:
        print_json(
            {
                "catalogue": str(catalogue.path),
                "valid": True,
                "sources": [
                    {"source": c.source_id, "name": c.name, "ok": c.ok, "problems": c.problems}
                    for c in checks
                ],
            },
            out,
        )
    else:
        out.write(typography(f"Catalogue valide : {catalogue.path}\n"))
        for check in checks:
            state = "joignable, conforme" if check.ok else "PROBLÈME"
            out.write(typography(f"– {check.name} ({check.source_id}) : {state}\n"))
            out.writelines(typography(f"    {problem}\n") for problem in check.problems)
    return EXIT_OK if all(check.ok for check in checks) else EXIT_INTERNAL
