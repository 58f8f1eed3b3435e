"""``suppress``: put the person on the marketing suppression list, as the Exécution tab's
« Inscrire sur la liste d’opposition » does for an objection or a withdrawal of consent (the
latter also says, per source of consent-based processing, how it stops). ``execute --apply``
does it too, with the marks in the systems.

    oklima-dpo suppress DR-2025-0001 --right objection
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.french import fr_date
from ...domain.identity import IdentifierKind
from ..exits import EXIT_OK
from ..output import print_json, print_lines
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext
    from ...services.objection.consent import ConsentStop
    from ...services.objection.suppression import SuppressionResult

NAME = "suppress"


def add(commands: Subcommands, parents: Parents) -> None:
    suppress = commands.add_parser(
        NAME, parents=parents, help="put the person on the marketing suppression list"
    )
    suppress.add_argument("reference")
    suppress.add_argument("--right", required=True, choices=("objection", "consent_withdrawal"))


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.objection import consent, suppression

    stops: tuple[ConsentStop, ...] | None = None
    if args.right == "objection":
        result = suppression.record_objection(ctx, args.reference)
    else:
        withdrawal = consent.record_consent_withdrawal(ctx, args.reference)
        result, stops = withdrawal.suppression, withdrawal.stops
    if args.json:
        answer: dict[str, Any] = {
            "reference": result.reference,
            "right": args.right,
            "added": result.added,
            "extended": result.extended,
            "expires_on": result.expires_on,
            "kinds": result.kinds,
        }
        if stops is not None:
            answer["stops"] = [_stop_json(stop) for stop in stops]
        print_json(answer, out)
        return EXIT_OK
    lines = [_suppression_line(result)]
    if stops is not None:
        lines += [_stop_line(stop) for stop in stops] or [
            "Aucune source ne sert un traitement fondé sur le consentement."
        ]
    print_lines(lines, out)
    return EXIT_OK


def _suppression_line(result: SuppressionResult) -> str:
    kinds = ", ".join(f"{count} {_kind_word(kind)}" for kind, count in result.kinds.items())
    return (
        f"Inscrit sur la liste d’opposition à la prospection jusqu’au "
        f"{fr_date(result.expires_on)} : {result.total} identifiant(s) ({kinds}), "
        f"dont {result.extended} déjà inscrit(s)."
    )


def _kind_word(kind: str) -> str:
    try:
        return IdentifierKind(kind).label_fr
    except ValueError:
        return kind


def _stop_json(stop: ConsentStop) -> dict[str, Any]:
    return {
        "source": stop.source_id,
        "name": stop.source_name,
        "activities": stop.activities,
        "writable": stop.writable,
        "fields": stop.fields,
        "task": stop.task_id,
    }


def _stop_line(stop: ConsentStop) -> str:
    if stop.writable:
        return f"– {stop.source_name} : marque posée par l’exécution ({', '.join(stop.fields)})"
    return f"– {stop.source_name} : tâche n° {stop.task_id} pour son propriétaire"
