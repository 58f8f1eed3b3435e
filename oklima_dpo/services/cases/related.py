"""The other requests of the same person: those that share an e-mail, a phone, a customer or
contract number with this one, open and past, with their outcome; the repeats within twelve
months pointed out (``domain.repeats``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.case import Outcome
from ...domain.repeats import is_repeat
from ...domain.rights import Right
from ...domain.workflow import Status
from ..context import ServiceContext
from .casework import load_case

__all__ = ["RelatedRequest", "related_requests"]


@dataclass(frozen=True, slots=True)
class RelatedRequest:
    reference: str
    received_on: date
    status: Status
    rights: tuple[tuple[Right, Outcome | None], ...]
    shared: tuple[str, ...]  # the identifiers in common, as typed
    repeat: bool  # received within the twelve months before this request

    @property
    def outcome_words(self) -> str:
        """« Droit d’accès : accordé ; Droit à l’effacement : pas encore décidé »."""
        return " ; ".join(
            f"{right.label_fr} : {outcome.label_fr if outcome else 'pas encore décidé'}"
            for right, outcome in self.rights
        )


def related_requests(ctx: ServiceContext, reference: str) -> list[RelatedRequest]:
    """The person's other requests, oldest first."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        mine = {
            (i.kind, i.normalized): i.value for i in case.person.identifiers
        }  # the person's identifiers as given
        related = []
        for other in uow.cases.sharing(list(mine), besides=case.id):
            theirs = {(i.kind, i.normalized) for i in other.person.identifiers}
            related.append(
                RelatedRequest(
                    reference=other.reference,
                    received_on=other.received_on,
                    status=Status(other.status),
                    rights=tuple(
                        (Right(r.right), Outcome(r.outcome) if r.outcome else None)
                        for r in other.rights
                    ),
                    shared=tuple(sorted(mine[key] for key in theirs & mine.keys())),
                    repeat=is_repeat(other.received_on, case.received_on),
                )
            )
        return related
