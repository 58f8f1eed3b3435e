"""``execute``: carry a right out in the company's systems — ``--plan`` stores the plan and
shows its preview (nothing written), ``--apply`` applies the latest plan (made first if there
is none) and verifies it, ``--verify`` verifies the latest execution again (after the owners
answered their tasks), as « Vérifier à nouveau » in the Exécution tab. Exit 1 when the
execution failed or left something unverified."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ...domain.french import typography
from ..arguments import correction_argument
from ..exits import EXIT_INTERNAL, EXIT_OK
from ..output import execution_json, print_execution, print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext
    from ...services.execution.recovery import Recovered

NAME = "execute"
RIGHTS = ("erasure", "rectification", "restriction", "objection", "consent_withdrawal")


def add(commands: Subcommands, parents: Parents) -> None:
    execute_parser = commands.add_parser(
        NAME,
        parents=parents,
        help="carry a right out in the company's systems: plan (preview), then apply and verify",
    )
    execute_parser.add_argument("reference")
    execute_parser.add_argument("--right", required=True, choices=RIGHTS)
    step_choice = execute_parser.add_mutually_exclusive_group(required=True)
    step_choice.add_argument(
        "--plan", action="store_true", help="build and store the plan, show the preview"
    )
    step_choice.add_argument(
        "--apply",
        action="store_true",
        help="apply the latest planned execution of the right (planned first if none)",
    )
    step_choice.add_argument(
        "--verify",
        action="store_true",
        help="gather again and compare with the latest execution of the right",
    )
    execute_parser.add_argument(
        "--set",
        dest="corrections",
        action="append",
        type=correction_argument,
        default=[],
        metavar="SOURCE.TABLE.FIELD=VALUE",
        help="rectification: a field and its new value (repeat for each field)",
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.errors import InvalidInput
    from ...services.execution import applying, planning, recovery
    from ...services.execution import views as execution_views

    # An execution of this case interrupted by a crash is recovered first, and said.
    for found in recovery.recover_interrupted(ctx, args.reference):
        err.write(recovered_text(found) + "\n")

    corrections = dict(args.corrections) if args.corrections else None
    if corrections and args.right != "rectification":
        raise InvalidInput({"set": "--set ne vaut que pour une rectification."})
    if args.verify:
        if corrections:
            raise InvalidInput({"set": "--set ne vaut qu’avec --plan ou --apply."})
        return _verify(args, ctx, out)
    if args.apply:  # refused before a plan is even written, when the gates say so
        from ...domain.rights import Right
        from ...services.cases.gates import case_checklist

        case_checklist(ctx, args.reference, execute=Right(args.right)).check()
    planned = None
    if args.apply and corrections is None:
        planned = execution_views.latest_execution(
            ctx, args.reference, args.right, status="planned"
        )
    fresh = planned is None
    if planned is None:
        planned = planning.plan_execution(ctx, args.reference, args.right, corrections=corrections)
    view = planned
    if args.apply:
        if fresh and not args.json:
            print_execution(planned, out)
        view = applying.apply_execution(ctx, args.reference, planned.id)
    if args.json:
        print_json(execution_json(view), out)
    else:
        print_execution(view, out)
    if args.apply and args.right in ("objection", "consent_withdrawal") and not args.json:
        out.write(typography("La personne est inscrite sur la liste d’opposition.\n"))
    return EXIT_OK if view.status in ("planned", "verified") else EXIT_INTERNAL


def _verify(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    """The latest execution of the right, whatever its state: the service refuses a plan."""
    from ...domain.errors import DpoError
    from ...services.execution import verification
    from ...services.execution import views as execution_views

    latest = execution_views.latest_execution(ctx, args.reference, args.right)
    if latest is None:
        raise DpoError(
            f"Aucune exécution de ce droit dans la demande {args.reference.strip().upper()} : "
            "rien à vérifier."
        )
    view = verification.verify_execution(ctx, args.reference, latest.id)
    if args.json:
        print_json(execution_json(view), out)
    else:
        print_execution(view, out)
    return EXIT_OK if view.status == "verified" else EXIT_INTERNAL


def recovered_text(found: Recovered) -> str:
    """What the recovery of an interrupted execution found, for the DPO."""
    states = {"changed": "modifiée", "unchanged": "non modifiée", "half": "modifiée en partie"}
    lines = [
        f"Exécution n° {found.execution_id} de la demande {found.reference} interrompue : "
        "reprise et enregistrée."
    ]
    lines += [
        f"  – {sid} : {states.get(state, 'illisible, à vérifier à la main')}"
        for sid, state in found.found.items()
    ]
    if found.not_applied:
        lines.append(
            "  Pour appliquer le reste : rassembler les données, enregistrer la revue, puis "
            "préparer un nouveau plan."
        )
    return typography("\n".join(lines))
