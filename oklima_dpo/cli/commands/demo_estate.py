"""``demo-estate``: write a demo estate of company systems (synthetic people) and its
catalogue; no case base is opened."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from ...domain.french import typography
from ..arguments import positive_count
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

NAME = "demo-estate"
OPENS_CASE_BASE = False


def add(commands: Subcommands, parents: Parents) -> None:
    estate = commands.add_parser(
        NAME,
        parents=parents,
        help="write a demo estate of company systems (synthetic people) and its catalogue",
    )
    estate.add_argument("--persons", type=positive_count, required=True, metavar="N")
    estate.add_argument("--out", type=Path, required=True, metavar="DIR")
    estate.add_argument("--seed", type=int, default=0, help="the same seed gives the same people")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...demo.estate import write_demo_estate

    write_demo_estate(args.out, args.persons, seed=args.seed)
    catalogue = args.out / "catalogue.yaml"
    if args.json:
        print_json({"out": args.out, "catalogue": catalogue, "persons": args.persons}, out)
    else:
        out.write(
            typography(
                f"Patrimoine de démonstration écrit dans {args.out} "
                f"({args.persons} personnes) ; catalogue : {catalogue}\n"
            )
        )
    return EXIT_OK
