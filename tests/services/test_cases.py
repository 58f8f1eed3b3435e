"""The life of a case: each step, the deadline that follows from the events, and refusals."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.errors import DeadlineRuleError, ForbiddenTransition
from oklima_dpo.domain.gates import IdentityMethod
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind, Status
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import IdentityCheck
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import InvalidInput, NotFound
from oklima_dpo.store.models import AuditEntry, Event
from tests.db import raw_session

from ..conftest import Clock
from .helpers import open_request


def journal_size(ctx: ServiceContext) -> int:
    with raw_session(ctx.store) as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_asking_for_information_stops_the_clock_until_the_answer(
    ctx: ServiceContext, clock: Clock
) -> None:
    """LEGAL.md: received 10/03, asked 12/03, answered 20/03 → due 18/04 (8 days)."""
    reference = open_request(ctx)  # received 10/03/2025, today 25/03/2025
    waiting = case_steps.request_information(ctx, reference, "Numéro client", on=date(2025, 3, 12))
    assert waiting.status is Status.AWAITING_INFO
    assert waiting.deadline.clock_stopped
    assert waiting.deadline.due == date(2025, 4, 23)  # 13 days waited so far
    clock.advance(days=2)
    assert case_steps.show_case(ctx, reference).deadline.due == date(2025, 4, 25)
    answered = case_steps.record_information_received(ctx, reference, on=date(2025, 3, 20))
    assert answered.status is Status.IN_PROGRESS
    assert not answered.deadline.clock_stopped
    assert answered.deadline.due == date(2025, 4, 18)
    assert answered.deadline.extended_due == date(2025, 6, 18)
    assert "8 jours de suspension" in answered.deadline.explanation


def test_several_suspensions_add_up(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    case_steps.request_information(ctx, reference, on=date(2025, 3, 11))
    case_steps.record_information_received(ctx, reference, on=date(2025, 3, 13))
    case_steps.request_information(ctx, reference, on=date(2025, 3, 17))
    detail = case_steps.record_information_received(ctx, reference, on=date(2025, 3, 20))
    assert detail.deadline.suspended_days == 5
    assert detail.deadline.due == date(2025, 4, 15)


def test_an_extension_shows_the_new_date(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    case_steps.acknowledge(ctx, reference, on=date(2025, 3, 11))
    before = case_steps.show_case(ctx, reference)
    assert before.deadline.can_extend and EventKind.EXTENDED in before.allowed
    detail = case_steps.extend(ctx, reference, "Données dans six systèmes et des archives papier")
    assert detail.deadline.extended
    assert detail.deadline.due == date(2025, 6, 10)
    assert detail.deadline.first_due == date(2025, 4, 10)
    assert not detail.deadline.can_extend and EventKind.EXTENDED not in detail.allowed
    assert detail.timeline[-1].text == "Données dans six systèmes et des archives papier"


def test_an_extension_needs_reasons(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    with pytest.raises(InvalidInput, match="raisons"):
        case_steps.extend(ctx, reference, "  ")


def test_an_extension_after_the_first_deadline_is_refused(
    ctx: ServiceContext, clock: Clock
) -> None:
    reference = open_request(ctx)
    size = journal_size(ctx)
    clock.advance(days=17)  # 11/04/2025: the first deadline (10/04) has passed
    assert not case_steps.show_case(ctx, reference).deadline.can_extend
    with pytest.raises(DeadlineRuleError, match="10/04/2025"):
        case_steps.extend(ctx, reference, "Trop tard")
    detail = case_steps.show_case(ctx, reference)
    assert not detail.deadline.extended
    assert journal_size(ctx) == size + 2  # the two consultations only


def test_the_case_says_whether_its_deadline_may_still_be_extended(
    ctx: ServiceContext, clock: Clock
) -> None:
    reference = open_request(ctx)
    assert case_steps.show_case(ctx, reference).may_extend
    extended = case_steps.extend(ctx, reference, "Données dans six systèmes")
    assert not extended.may_extend  # once only
    late = open_request(ctx)
    withdrawn = case_steps.withdraw(ctx, open_request(ctx), reason="Plus d’objet")
    assert not withdrawn.may_extend  # a request no longer open
    clock.advance(days=17)  # the first deadline (10/04/2025) has passed
    assert not case_steps.show_case(ctx, late).may_extend


def test_a_forbidden_step_says_which_and_why_and_changes_nothing(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    size = journal_size(ctx)
    with pytest.raises(ForbiddenTransition) as caught:
        case_steps.close(ctx, reference)
    assert "clôture" in str(caught.value) and "reçue" in str(caught.value)
    with pytest.raises(ForbiddenTransition, match="informations reçues"):
        case_steps.record_information_received(ctx, reference)
    assert journal_size(ctx) == size
    with raw_session(ctx.store) as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_dates_of_steps_are_checked(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    with pytest.raises(InvalidInput, match="futur"):
        case_steps.acknowledge(ctx, reference, on=date(2025, 3, 26))
    with pytest.raises(InvalidInput, match="précède la réception"):
        case_steps.acknowledge(ctx, reference, on=date(2025, 3, 9))
    case_steps.request_information(ctx, reference, on=date(2025, 3, 15))
    with pytest.raises(InvalidInput, match="précède la demande d’informations"):
        case_steps.record_information_received(ctx, reference, on=date(2025, 3, 14))


def test_decisions_lead_to_review_then_answer(ctx: ServiceContext) -> None:
    reference = open_request(ctx, rights=("access", "erasure"))
    case_steps.acknowledge(ctx, reference)
    case_steps.record_identity_verified(
        ctx,
        reference,
        IdentityCheck(IdentityMethod.MATCHING_ANSWERS, "Numéro client et e-mail connus"),
    )
    detail = case_steps.decide(ctx, reference, Right.ACCESS, Outcome.GRANTED)
    assert detail.status is Status.IN_PROGRESS  # one right still open
    with pytest.raises(InvalidInput, match="fondement juridique"):
        case_steps.decide(ctx, reference, Right.ERASURE, Outcome.PARTLY_GRANTED)
    detail = case_steps.decide(
        ctx,
        reference,
        Right.ERASURE,
        Outcome.PARTLY_GRANTED,
        "Art. 17(3)(b) : factures conservées dix ans (L123-22)",
    )
    assert detail.status is Status.IN_REVIEW
    erasure = detail.rights[1]
    assert (erasure.outcome, erasure.decided_by) == (Outcome.PARTLY_GRANTED, "dpo.test")
    assert case_steps.mark_answered(ctx, reference).status is Status.ANSWERED
    assert case_steps.close(ctx, reference).status is Status.CLOSED
    reopened = case_steps.reopen(ctx, reference, "La personne conteste la réponse")
    assert reopened.status is Status.IN_PROGRESS


def test_a_right_not_asked_cannot_be_decided(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    with pytest.raises(InvalidInput, match="ne porte pas"):
        case_steps.decide(ctx, reference, Right.ERASURE, Outcome.GRANTED)


def test_refusing_every_right_ends_refused(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    case_steps.decide(
        ctx,
        reference,
        Right.ACCESS,
        Outcome.REFUSED,
        "Art. 12(5) : demande manifestement excessive",
    )
    assert case_steps.mark_answered(ctx, reference).status is Status.REFUSED


def test_identity_verification_records_how_and_by_whom(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    # No method: refused, naming the methods; « autre » needs the note that says how.
    with pytest.raises(InvalidInput, match="Indiquer comment l’identité a été établie"):
        case_steps.record_identity_verified(ctx, reference, IdentityCheck(None, "vu"))
    with pytest.raises(InvalidInput, match="dire dans la note"):
        case_steps.record_identity_verified(
            ctx, reference, IdentityCheck(IdentityMethod.OTHER, "  ")
        )
    with pytest.raises(InvalidInput, match="Indiquer comment"):
        case_steps.record_step(ctx, reference, EventKind.IDENTITY_VERIFIED, reason="vu")
    detail = case_steps.record_identity_verified(
        ctx, reference, IdentityCheck(IdentityMethod.DOCUMENT_SEEN, "Carte d’identité au guichet")
    )
    last = detail.timeline[-1]
    assert (last.kind, last.actor, last.text) == (
        EventKind.IDENTITY_VERIFIED,
        "dpo.test",
        "Carte d’identité au guichet",
    )
    assert last.data is not None and last.data["method"] == "document_seen"
    assert last.data["mandate_checked"] is False
    assert detail.status is Status.RECEIVED


def test_withdrawal_closes_an_open_case_only(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    assert case_steps.withdraw(ctx, reference, reason="Par téléphone").status is Status.WITHDRAWN
    with pytest.raises(ForbiddenTransition):
        case_steps.withdraw(ctx, reference)


def test_a_case_awaiting_an_answer_can_be_closed_for_lack_of_it(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    case_steps.request_information(ctx, reference, on=date(2025, 3, 11))
    assert case_steps.close(ctx, reference, reason="Sans réponse").status is Status.CLOSED


def test_notes_join_the_timeline(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    with pytest.raises(InvalidInput):
        case_steps.add_note(ctx, reference, " ")
    detail = case_steps.add_note(ctx, reference, "Appel de la personne : précise sa demande.")
    assert detail.timeline[-1].kind is EventKind.NOTE
    assert detail.status is Status.RECEIVED


def test_an_unknown_reference_is_named(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound, match="DR-2025-0999"):
        case_steps.acknowledge(ctx, "DR-2025-0999")
    assert case_steps.show_case(ctx, open_request(ctx).lower()).reference == "DR-2025-0001"


@pytest.mark.unconfigured  # counts every row the base holds
def test_every_change_and_every_consultation_is_journaled(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    case_steps.acknowledge(ctx, reference)
    case_steps.show_case(ctx, reference)
    with raw_session(ctx.store) as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions == ["case.opened", "case.acknowledged", "case.consulted"]


def test_assigning_a_case_is_journaled(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    assert case_steps.assign(ctx, reference, "  Claire  Martin ").assignee == "Claire Martin"
    [summary] = case_queue.list_cases(ctx)
    assert summary.assignee == "Claire Martin"
    assert case_steps.assign(ctx, reference, "").assignee is None
    with raw_session(ctx.store) as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("case.assigned") == 2


@pytest.mark.unconfigured  # counts every row the base holds
def test_the_journal_reads_newest_first_with_filters(ctx: ServiceContext, clock: Clock) -> None:
    from oklima_dpo.services.audit import JournalFilter, list_entries

    first = open_request(ctx)
    clock.advance(days=1)
    second = open_request(ctx, name="Marc Durand", emails=("marc@exemple.fr",))
    case_steps.acknowledge(ctx, second)
    everything = list_entries(ctx)
    assert [e.action for e in everything] == ["case.acknowledged", "case.opened", "case.opened"]
    assert everything[0].details["event"] == "acknowledged"
    assert [e.seq for e in list_entries(ctx, JournalFilter(case_reference=first.lower()))] == [1]
    assert len(list_entries(ctx, JournalFilter(action_prefix="case.ack"))) == 1
    assert len(list_entries(ctx, JournalFilter(since=date(2025, 3, 26)))) == 2
    assert len(list_entries(ctx, JournalFilter(until=date(2025, 3, 25)))) == 1
    assert list_entries(ctx, JournalFilter(actor="quelqu’un d’autre")) == []
