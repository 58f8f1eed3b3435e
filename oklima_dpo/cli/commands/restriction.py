"""``restriction``: lifting a restriction (Art. 18(3)), as in the Exécution tab — announce the
day and the reasons, produce the letter telling the person (``respond REF --package
restriction-lift-notice``), then, on that day, lift the marks in the systems.

    oklima-dpo restriction DR-2025-0001 --announce --on 2025-04-15 --reasons "Exactitude vérifiée"
    oklima-dpo respond DR-2025-0001 --package restriction-lift-notice
    oklima-dpo restriction DR-2025-0001 --lift

Without ``--execution``, the latest execution of the restriction is meant, as in the window.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...domain.errors import DpoError
from ...domain.french import fr_date
from ..arguments import number_argument, parse_day
from ..exits import EXIT_OK
from ..output import execution_json, print_execution, print_json, print_lines
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "restriction"


def add(commands: Subcommands, parents: Parents) -> None:
    restriction = commands.add_parser(
        NAME, parents=parents, help="lift a restriction: announce it, then lift it"
    )
    restriction.add_argument("reference")
    step = restriction.add_mutually_exclusive_group(required=True)
    step.add_argument("--announce", action="store_true", help="the day and the reasons")
    step.add_argument(
        "--lift", action="store_true", help="remove the marks (once the person is told)"
    )
    restriction.add_argument(
        "--execution", type=number_argument, metavar="ID", help="default: the latest one"
    )
    restriction.add_argument(
        "--on", type=parse_day, metavar="YYYY-MM-DD", help="--announce: the day of the lift"
    )
    restriction.add_argument("--reasons", metavar="TEXT", help="--announce: why it is lifted")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.execution import restriction

    if args.lift and (args.on is not None or args.reasons is not None):
        raise DpoError("--on et --reasons ne valent qu’avec --announce.")
    if args.announce and args.on is None:
        raise DpoError("--announce : indiquer le jour de la levée (--on AAAA-MM-JJ).")
    execution_id = args.execution or _latest(ctx, args.reference)
    if args.announce:
        view = restriction.announce_restriction_lift(
            ctx, args.reference, execution_id, lift_on=args.on, reasons=args.reasons or ""
        )
        said = (
            f"Levée annoncée pour le {fr_date(args.on)} : produire maintenant le courrier de "
            f"levée (respond {view.reference} --package restriction-lift-notice)."
        )
    else:
        view = restriction.lift_restriction(ctx, args.reference, execution_id)
        said = "Limitation levée dans les systèmes."
    if args.json:
        result = execution_json(view)
        if args.announce:
            result["lift_on"] = args.on.isoformat()
        print_json(result, out)
    else:
        print_execution(view, out)
        print_lines([said], out)
    return EXIT_OK


def _latest(ctx: ServiceContext, reference: str) -> int:
    """The case's latest execution of the restriction, as the window shows it."""
    from ...domain.rights import Right
    from ...services.execution import views as execution_views

    latest = execution_views.latest_execution(ctx, reference, Right.RESTRICTION)
    if latest is None:
        raise DpoError(
            f"Aucune exécution de la limitation dans la demande {reference.strip().upper()} : "
            "rien à lever."
        )
    return latest.id
