"""``demo``: fill the demo case base (its own folder) with synthetic requests."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "demo"


def add(commands: Subcommands, parents: Parents) -> None:
    demo_parser = commands.add_parser(
        NAME, parents=parents, help="fill a demo case base with synthetic requests"
    )
    demo_parser.add_argument("--cases", type=int, default=150)
    demo_parser.add_argument("--seed", type=int, help="the same seed gives the same people")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...demo import cases as demo

    seed = demo.DEFAULT_SEED if args.seed is None else args.seed
    report = demo.fill_demo(ctx, cases=args.cases, seed=seed)
    if args.json:
        print_json(
            {"cases": report.cases, "seed": report.seed, "db": ctx.store.target.display}, out
        )
    else:
        out.write(
            f"{report.cases} demandes de démonstration ajoutées à {ctx.store.target.display}\n"
        )
    return EXIT_OK
