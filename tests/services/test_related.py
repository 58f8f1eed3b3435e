"""One person, all their requests: those sharing an identifier, open and past, with their
outcome; repeats within twelve months pointed out (Art. 12(5): the DPO decides)."""

from __future__ import annotations

from datetime import datetime

from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.related import related_requests
from oklima_dpo.services.context import ServiceContext

from .helpers import open_request


def received(year: int, month: int) -> datetime:
    return datetime(year, month, 3, 10, 0, tzinfo=PARIS)


def test_the_persons_other_requests_with_their_outcome_and_the_repeats(
    ctx: ServiceContext,
) -> None:
    old = open_request(ctx, received_at=received(2023, 1), rights=("erasure",))
    case_steps.decide(ctx, old, Right.ERASURE, Outcome.REFUSED, "Art. 17(3)(b) : factures")
    recent = open_request(
        ctx,
        received_at=received(2024, 11),
        emails=("autre@exemple.fr",),
        customer_numbers=("CL0001234",),
    )
    this = open_request(
        ctx,
        received_at=received(2025, 3),
        emails=("elodie.legall@exemple.fr",),
        customer_numbers=("cl0001234",),  # typed otherwise: the normalised form is shared
    )
    stranger = open_request(ctx, emails=("quelquun@exemple.fr",), name="Paul Martin")

    related = related_requests(ctx, this)
    assert [r.reference for r in related] == [old, recent]  # oldest first, not the stranger
    by_reference = {r.reference: r for r in related}
    assert by_reference[old].repeat is False  # two years before
    assert by_reference[recent].repeat is True  # four months before
    assert by_reference[old].shared == ("elodie.legall@exemple.fr",)
    assert by_reference[recent].shared == ("cl0001234",)
    assert by_reference[old].status is Status.IN_REVIEW  # decided, its answer not yet sent
    assert "Droit à l’effacement : refusé" in by_reference[old].outcome_words
    assert stranger not in by_reference
    assert related_requests(ctx, stranger) == []
