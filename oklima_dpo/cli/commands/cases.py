"""``cases``: record a request, list the queue, show one case, record its steps and decisions."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ...domain.case import Outcome
from ...domain.errors import DpoError
from ...domain.french import typography
from ...domain.gates import GateRefused, IdentityMethod
from ...domain.rights import Right
from ...domain.workflow import EventKind, Status
from ..arguments import (
    EVENT_KINDS,
    enum_argument,
    event_argument,
    package_argument,
    parse_day,
    parse_moment,
    right_argument,
)
from ..exits import EXIT_BAD_INPUT, EXIT_OK
from ..output import print_detail, print_json, summary_line
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "cases"


def add(commands: Subcommands, parents: Parents) -> None:
    case_parser = commands.add_parser(NAME, help="requests: add, list, show, record steps")
    case_commands = case_parser.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    _add_intake(case_commands, parents)
    _add_listing(case_commands, parents)

    show = case_commands.add_parser("show", parents=parents, help="one case")
    show.add_argument("reference")

    step = case_commands.add_parser("event", parents=parents, help="record a step")
    step.add_argument("reference")
    step.add_argument("kind", type=event_argument, metavar="KIND", help=", ".join(EVENT_KINDS))
    step.add_argument("--on", type=parse_day, metavar="YYYY-MM-DD", help="default: today")
    step.add_argument("--reason", default="", help="reason, note, or how identity was checked")
    step.add_argument(
        "--method",
        type=enum_argument(IdentityMethod, "Méthode"),
        help="identity-verified: " + ", ".join(m.value for m in IdentityMethod.chosen()),
    )
    step.add_argument(
        "--mandate-checked",
        action="store_true",
        help="identity-verified: the representative's mandate was checked",
    )
    _add_gates(case_commands, parents)

    decide = case_commands.add_parser("decide", parents=parents, help="decide on one right")
    decide.add_argument("reference")
    decide.add_argument("--right", type=right_argument, required=True)
    decide.add_argument(
        "--outcome",
        type=enum_argument(Outcome, "Décision"),
        required=True,
        help="granted, partly_granted, refused",
    )
    decide.add_argument("--ground", default="", help="legal ground (required unless granted)")

    assign = case_commands.add_parser("assign", parents=parents, help="give the case to someone")
    assign.add_argument("reference")
    assign.add_argument("assignee", nargs="?", default="", help="a name; none: to nobody")


def _add_gates(case_commands: Subcommands, parents: Parents) -> None:
    checklist = case_commands.add_parser(
        "checklist", parents=parents, help="what stands before a letter or an execution"
    )
    checklist.add_argument("reference")
    what = checklist.add_mutually_exclusive_group(required=True)
    what.add_argument("--package", type=package_argument, metavar="KIND", help="a letter")
    what.add_argument("--execute", type=right_argument, metavar="RIGHT", help="an execution")
    override = case_commands.add_parser(
        "override", parents=parents, help="lift a warning of a checklist, with a reason"
    )
    override.add_argument("reference")
    override.add_argument("code", help="the warning's code, as the checklist prints it")
    override.add_argument("--reason", required=True)


def _add_intake(case_commands: Subcommands, parents: Parents) -> None:
    add = case_commands.add_parser("add", parents=parents, help="record a new request")
    add.add_argument(
        "--right",
        dest="rights",
        action="append",
        type=right_argument,
        required=True,
        help=", ".join(r.value for r in Right),
    )
    add.add_argument("--name", required=True)
    add.add_argument("--email", dest="emails", action="append", default=[])
    add.add_argument("--phone", dest="phones", action="append", default=[])
    add.add_argument("--customer-no", dest="customer_numbers", action="append", default=[])
    add.add_argument("--contract-no", dest="contract_numbers", action="append", default=[])
    add.add_argument("--address", default="", help="postal address")
    add.add_argument(
        "--received",
        type=parse_moment,
        required=True,
        metavar="YYYY-MM-DD[THH:MM]",
        help="Paris time",
    )
    add.add_argument("--channel", required=True, help="email, post, web, phone, in_person")
    add.add_argument("--text", default="", help="the request as received")
    add.add_argument("--language", default="fr", help="fr or en")
    add.add_argument("--representative", default="", help="name of the representative")
    add.add_argument("--mandate", type=Path, help="the representative's mandate (a file)")
    add.add_argument("--mandate-note", default="", help="how the mandate was checked")
    add.add_argument(
        "--attach",
        dest="attachments",
        type=Path,
        action="append",
        default=[],
        help="the letter or e-mail as received",
    )


def _add_listing(case_commands: Subcommands, parents: Parents) -> None:
    listing = case_commands.add_parser("list", parents=parents, help="the queue")
    listing.add_argument(
        "--status",
        type=enum_argument(Status, "Statut"),
        action="append",
        default=[],
        help=", ".join(s.value for s in Status),
    )
    listing.add_argument("--right", type=right_argument)
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--due-within", type=int, metavar="DAYS")
    listing.add_argument("--extended", action="store_true")
    listing.add_argument("--awaiting-info", action="store_true")
    listing.add_argument("--open", action="store_true", help="open cases only")
    listing.add_argument("--search", default="", help="text in the reference or the name")
    listing.add_argument("--limit", type=int)


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    match args.case_command:
        case "add":
            _open_case(args, ctx, out)
        case "list":
            _list_cases(args, ctx, out)
        case "checklist":
            return _checklist(args, ctx, out)
        case "override":
            from ...services.cases.gates import override_warning

            override_warning(ctx, args.reference, args.code, args.reason)
            out.write(typography(f"Avertissement « {args.code} » levé.\n"))
        case _:
            _step(args, ctx, out)
    return EXIT_OK


def _open_case(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> None:
    from ...services.cases import intake
    from ...services.cases.views import NewCase

    reference = intake.open_case(
        ctx,
        NewCase(
            name=args.name,
            rights=tuple(r.value for r in args.rights),
            received_at=args.received,
            channel=args.channel,
            emails=tuple(args.emails),
            phones=tuple(args.phones),
            customer_numbers=tuple(args.customer_numbers),
            contract_numbers=tuple(args.contract_numbers),
            postal_address=args.address,
            request_text=args.text,
            language=args.language,
            representative_name=args.representative,
            mandate_note=args.mandate_note,
            mandate_file=args.mandate,
            attachments=tuple(args.attachments),
        ),
    )
    if args.json:
        print_json({"reference": reference}, out)
    else:
        out.write(reference + "\n")


def _list_cases(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> None:
    from ...services.cases import queue as case_queue
    from ...services.cases.views import CaseFilter

    found = case_queue.list_cases(
        ctx,
        CaseFilter(
            statuses=tuple(args.status),
            open_only=args.open,
            right=args.right,
            overdue=args.overdue,
            due_within_days=args.due_within,
            extended=True if args.extended else None,
            awaiting_info=args.awaiting_info,
            text=args.search,
            limit=args.limit,
        ),
    )
    if args.json:
        print_json(found, out)
    else:
        out.writelines(summary_line(case) + "\n" for case in found)


def _checklist(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    """The checklist, and exit 2 when something stands in the way (as the step itself)."""
    from ...services.cases.gates import case_checklist

    checklist = case_checklist(ctx, args.reference, letter=args.package, execute=args.execute)
    if args.json:
        print_json(
            {
                "title": checklist.title,
                "clear": checklist.clear,
                "items": [
                    {"code": i.code, "severity": i.severity.value, "text": i.text, "fix": i.fix}
                    for i in checklist.items
                ],
                "overridden": [i.code for i in checklist.overridden],
            },
            out,
        )
    elif checklist.clear:
        out.write(typography(f"{checklist.title} : rien ne s’y oppose.\n"))
    else:
        out.write(str(GateRefused(checklist)) + "\n")
    return EXIT_OK if checklist.clear else EXIT_BAD_INPUT


def _step(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> None:
    """show, event, decide, assign: each returns the case as it is now, printed alike."""
    from ...services.cases import steps as case_steps
    from ...services.cases.views import IdentityCheck

    if args.case_command == "show":
        detail = case_steps.show_case(ctx, args.reference)
    elif args.case_command == "decide":
        detail = case_steps.decide(ctx, args.reference, args.right, args.outcome, args.ground)
    elif args.case_command == "assign":
        detail = case_steps.assign(ctx, args.reference, args.assignee)
    elif args.kind is EventKind.IDENTITY_VERIFIED:
        proof = IdentityCheck(args.method, args.reason, args.mandate_checked)
        detail = case_steps.record_identity_verified(ctx, args.reference, proof, args.on)
    elif args.method or args.mandate_checked:
        raise DpoError("--method et --mandate-checked vont avec l’étape identity-verified.")
    elif args.kind is EventKind.SENT:
        detail = case_steps.mark_answered(ctx, args.reference, args.on, args.reason)
    else:
        detail = case_steps.record_step(
            ctx, args.reference, args.kind, on=args.on, reason=args.reason
        )
    if args.json:
        print_json(detail, out)
    else:
        print_detail(detail, out)
