"""``deadline``: the legal deadlines of a request received on a date, without a case base."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...domain.deadlines import Calendar, DeadlinePolicy, ExtensionReading, compute_deadline
from ...domain.french import fr_date, typography
from ..arguments import enum_argument, parse_day, parse_suspension
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

NAME = "deadline"
OPENS_CASE_BASE = False


def add(commands: Subcommands, parents: Parents) -> None:
    deadline = commands.add_parser(
        NAME, parents=parents, help="compute the legal deadlines of a request"
    )
    deadline.add_argument("--received", type=parse_day, required=True, metavar="YYYY-MM-DD")
    deadline.add_argument(
        "--calendar",
        type=enum_argument(Calendar, "Calendrier"),
        default=Calendar.NATIONAL,
        help="national or alsace-moselle",
    )
    deadline.add_argument(
        "--suspended",
        type=parse_suspension,
        action="append",
        default=[],
        metavar="FROM:TO",
        help="waiting for information (TO empty: still)",
    )
    deadline.add_argument("--extended", action="store_true", help="the two-month extension")
    deadline.add_argument(
        "--extension-reading",
        default=ExtensionReading.RECEIPT_PLUS_THREE_MONTHS,
        type=enum_argument(ExtensionReading, "Lecture de la prolongation"),
    )
    deadline.add_argument(
        "--no-suspension",
        action="store_true",
        help="do not stop the clock while waiting for information",
    )
    deadline.add_argument("--today", type=parse_day, help="for a suspension still open")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    policy = DeadlinePolicy(
        calendar=args.calendar,
        suspension_enabled=not args.no_suspension,
        extension_reading=args.extension_reading,
    )
    deadline = compute_deadline(
        args.received,
        suspensions=args.suspended,
        extended=args.extended,
        policy=policy,
        today=args.today,
    )
    result = {
        "received": deadline.received,
        "due": deadline.due,
        "extension_notice_by": deadline.extension_notice_by,
        "extended_due": deadline.extended_due,
        "effective_due": deadline.effective_due,
        "extended": deadline.extended,
        "suspended_days": deadline.suspended_days,
        "calendar": policy.calendar,
        "extension_reading": policy.extension_reading,
        "explanation": deadline.explanation,
        "explanation_extended": deadline.explanation_extended,
    }
    if args.json:
        print_json(result, out)
    else:
        text = f"Échéance : {fr_date(deadline.effective_due)}\n  {deadline.explanation}\n"
        if not deadline.extended:
            text += (
                f"Si prolongée (à notifier au plus tard le "
                f"{fr_date(deadline.extension_notice_by)}) : "
                f"{fr_date(deadline.extended_due)}\n  {deadline.explanation_extended}\n"
            )
        out.write(typography(text))
    return EXIT_OK
