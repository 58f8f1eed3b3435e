"""``notices``: the Art. 19 notices to the recipients of the person's data (processors,
partners), as in the Exécution tab — list them, plan one per recipient concerned, produce one
(a letter, or a prepared e-mail with ``--email``), mark it sent, record its acknowledgement.

    oklima-dpo notices DR-2025-0001 --plan
    oklima-dpo notices DR-2025-0001 --produce 7 --email dpo@prestataire.example
    oklima-dpo notices DR-2025-0001 --sent 7 --channel "e-mail à dpo@prestataire.example"
    oklima-dpo notices DR-2025-0001 --acknowledged 7 --text "Fait, ticket 4521"
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.errors import DpoError
from ..arguments import number_argument, parse_day
from ..exits import EXIT_OK
from ..output import print_json, print_lines, print_written
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext
    from ...services.execution.notices import NoticeView

NAME = "notices"
# The options of one step, refused with another (they would be silently ignored).
STEP_OPTIONS = {
    "produce": ("email", "address", "letter_language", "out"),
    "sent": ("channel", "on"),
    "acknowledged": ("text", "on"),
}


def add(commands: Subcommands, parents: Parents) -> None:
    notices = commands.add_parser(
        NAME, parents=parents, help="Art. 19 notices to the recipients: plan, produce, sent, done"
    )
    notices.add_argument("reference")
    step = notices.add_mutually_exclusive_group()
    step.add_argument(
        "--plan", action="store_true", help="one notice per processor or partner concerned"
    )
    step.add_argument("--produce", type=number_argument, metavar="ID", help="produce notice ID")
    step.add_argument("--sent", type=number_argument, metavar="ID", help="notice ID has left")
    step.add_argument(
        "--acknowledged", type=number_argument, metavar="ID", help="the recipient confirmed"
    )
    notices.add_argument("--email", metavar="ADDR", help="--produce: also a prepared e-mail")
    notices.add_argument("--address", metavar="TEXT", help="--produce: the recipient's address")
    notices.add_argument("--lang", dest="letter_language", choices=("fr", "en"))
    notices.add_argument("--out", type=Path, metavar="DIR", help="--produce: where to write")
    notices.add_argument("--channel", metavar="TEXT", help="--sent: how it left")
    notices.add_argument("--text", metavar="TEXT", help="--acknowledged: the recipient's answer")
    notices.add_argument(
        "--on", type=parse_day, metavar="YYYY-MM-DD", help="--sent, --acknowledged: default today"
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.execution import notice_letter, notices

    _check_options(args)
    reference = args.reference.strip().upper()
    said = ""
    if args.plan:
        planned = notices.plan_notices(ctx, reference)
        said = f"{len(planned)} destinataire(s) à notifier."
    elif args.produce is not None:
        produced = notice_letter.produce_notice(
            ctx,
            reference,
            args.produce,
            address=args.address or "",
            email=args.email or "",
            as_email=args.email is not None,
            language=args.letter_language or args.lang or "fr",
            out=args.out,
        )
        files = [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in produced.files]
        if args.json:
            print_json(
                {
                    "reference": reference,
                    "notice": produced.task_id,
                    "document_reference": produced.document_reference,
                    "files": files,
                },
                out,
            )
        else:
            for file in produced.files:
                print_written(file.path, file.sha256, out)
        return EXIT_OK
    elif args.sent is not None:
        notices.mark_notice_sent(ctx, reference, args.sent, channel=args.channel or "", on=args.on)
        said = f"Envoi de la notification n° {args.sent} enregistré."
    elif args.acknowledged is not None:
        notices.acknowledge_notice(
            ctx, reference, args.acknowledged, answer=args.text or "", on=args.on
        )
        said = f"Accusé de réception de la notification n° {args.acknowledged} enregistré."
    found = notices.list_notices(ctx, reference)
    if args.json:
        print_json({"reference": reference, "notices": [notice_json(n) for n in found]}, out)
    else:
        nothing = ["Aucune notification (art. 19) pour cette demande."]
        print_lines([said] if said else [], out)
        print_lines(notice_lines(found) or nothing, out)
    return EXIT_OK


def _check_options(args: argparse.Namespace) -> None:
    """An option of another step than the one asked is refused rather than ignored."""
    chosen = next((step for step in STEP_OPTIONS if getattr(args, step) is not None), "")
    allowed = STEP_OPTIONS.get(chosen, ())
    for option in dict.fromkeys(o for options in STEP_OPTIONS.values() for o in options):
        if getattr(args, option) is not None and option not in allowed:
            steps = " ou ".join(f"--{s}" for s, taken in STEP_OPTIONS.items() if option in taken)
            typed = "--lang" if option == "letter_language" else f"--{option}"
            raise DpoError(f"{typed} ne vaut qu’avec {steps}.")


def notice_json(notice: NoticeView) -> dict[str, Any]:
    return {
        "id": notice.task_id,
        "recipient": notice.recipient_id,
        "recipient_name": notice.recipient_name,
        "status": notice.status,
        "status_label": notice.status_label,
        "document_id": notice.document_id,
        "answer": notice.answer,
        "updated_at": notice.updated_at.isoformat(),
    }


def notice_lines(found: list[NoticeView]) -> list[str]:
    lines = []
    for notice in found:
        lines.append(
            f"– Notification n° {notice.task_id} — {notice.recipient_name} : {notice.status_label}"
        )
        if notice.answer:
            lines.append(f"    {notice.answer}")
    return lines
