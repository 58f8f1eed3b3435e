"""``send``: documents produced for a request have left (by which channel, on which day), as
« Marquer envoyé… » in the Réponses tab: journaled with each file's SHA-256; an answer moves
the case to answered, an acknowledgement takes it in charge. ``documents REF`` gives the
numbers.

    oklima-dpo send DR-2025-0001 4 5 --channel "courrier recommandé" --on 2025-03-28
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...domain.french import fr_date
from ..arguments import number_argument, parse_day
from ..exits import EXIT_OK
from ..output import print_detail, print_json, print_lines
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "send"


def add(commands: Subcommands, parents: Parents) -> None:
    send = commands.add_parser(
        NAME, parents=parents, help="record that produced documents were sent"
    )
    send.add_argument("reference")
    send.add_argument(
        "documents", type=number_argument, nargs="+", metavar="ID", help="see: documents REF"
    )
    send.add_argument("--channel", required=True, metavar="TEXT", help="how they left")
    send.add_argument("--on", type=parse_day, metavar="YYYY-MM-DD", help="default: today")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.answers.sending import mark_sent

    detail = mark_sent(ctx, args.reference, args.documents, channel=args.channel, on=args.on)
    if args.json:
        print_json(detail, out)
        return EXIT_OK
    channel = " ".join(args.channel.split())
    print_lines([f"Envoi enregistré ({channel}, le {fr_date(args.on or ctx.today())})."], out)
    print_detail(detail, out)
    return EXIT_OK
