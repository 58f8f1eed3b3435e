"""The deadline follows from the case's timeline (case.py): suspensions and extension."""

from __future__ import annotations

from datetime import date

import pytest

from oklima_dpo.domain.case import (
    Channel,
    Outcome,
    TimelineEvent,
    deadline_from,
    suspensions_from,
)
from oklima_dpo.domain.deadlines import DeadlinePolicy, Suspension
from oklima_dpo.domain.workflow import EventKind as K

D = date.fromisoformat
NATIONAL = DeadlinePolicy()
TODAY = D("2030-01-01")


def ev(kind: K, on: str) -> TimelineEvent:
    return TimelineEvent(kind, D(on))


# -- suspensions_from ---------------------------------------------------------------------------


def test_no_request_for_information_no_suspension() -> None:
    events = [ev(K.ACKNOWLEDGED, "2025-03-10"), ev(K.NOTE, "2025-03-11")]
    assert suspensions_from(events) == []
    assert suspensions_from([]) == []


def test_question_and_answer_make_one_suspension() -> None:
    """The clock stops from the day the question is sent to the day the answer arrives."""
    events = [ev(K.INFO_REQUESTED, "2025-03-12"), ev(K.INFO_RECEIVED, "2025-03-20")]
    assert suspensions_from(events) == [Suspension(D("2025-03-12"), D("2025-03-20"))]


def test_unanswered_question_leaves_suspension_open() -> None:
    events = [ev(K.ACKNOWLEDGED, "2025-03-10"), ev(K.INFO_REQUESTED, "2025-03-12")]
    assert suspensions_from(events) == [Suspension(D("2025-03-12"), None)]


def test_several_questions_make_several_suspensions() -> None:
    events = [
        ev(K.INFO_REQUESTED, "2025-03-12"),
        ev(K.INFO_RECEIVED, "2025-03-20"),
        ev(K.NOTE, "2025-03-21"),
        ev(K.INFO_REQUESTED, "2025-03-25"),
        ev(K.INFO_RECEIVED, "2025-03-28"),
        ev(K.INFO_REQUESTED, "2025-04-02"),
    ]
    assert suspensions_from(events) == [
        Suspension(D("2025-03-12"), D("2025-03-20")),
        Suspension(D("2025-03-25"), D("2025-03-28")),
        Suspension(D("2025-04-02"), None),
    ]


def test_second_question_while_waiting_does_not_restart_the_suspension() -> None:
    """The clock stopped at the first question; a reminder does not count twice."""
    events = [
        ev(K.INFO_REQUESTED, "2025-03-12"),
        ev(K.INFO_REQUESTED, "2025-03-15"),
        ev(K.INFO_RECEIVED, "2025-03-20"),
    ]
    assert suspensions_from(events) == [Suspension(D("2025-03-12"), D("2025-03-20"))]


def test_answer_without_question_is_ignored() -> None:
    events = [ev(K.INFO_RECEIVED, "2025-03-12"), ev(K.CLOSED, "2025-03-20")]
    assert suspensions_from(events) == []


@pytest.mark.parametrize("ending", [K.CLOSED, K.WITHDRAWN])
def test_end_of_case_ends_the_suspension(ending: K) -> None:
    """Closed for lack of answer (§1.5) or withdrawn: the suspension ends with the case."""
    events = [ev(K.INFO_REQUESTED, "2025-03-12"), ev(ending, "2025-04-01")]
    assert suspensions_from(events) == [Suspension(D("2025-03-12"), D("2025-04-01"))]


@pytest.mark.parametrize(
    "other",
    [K.NOTE, K.EXTENDED, K.IDENTITY_VERIFIED, K.ACKNOWLEDGED, K.DECISION, K.REOPENED],
)
def test_other_events_do_not_end_the_suspension(other: K) -> None:
    events = [ev(K.INFO_REQUESTED, "2025-03-12"), ev(other, "2025-03-15")]
    assert suspensions_from(events) == [Suspension(D("2025-03-12"), None)]


# -- deadline_from ------------------------------------------------------------------------------


def test_deadline_from_legal_example() -> None:
    """LEGAL.md §1: received 10/03, info asked 12/03, answer 20/03 → 18/04, 18/06."""
    events = [
        ev(K.RECEIVED, "2025-03-10"),
        ev(K.INFO_REQUESTED, "2025-03-12"),
        ev(K.INFO_RECEIVED, "2025-03-20"),
    ]
    d = deadline_from(D("2025-03-10"), events, NATIONAL, today=TODAY)
    assert d.suspended_days == 8
    assert d.due == D("2025-04-18")
    assert d.extended_due == D("2025-06-18")
    assert not d.extended
    assert d.effective_due == D("2025-04-18")
    assert not d.clock_stopped


def test_extension_event_extends_the_deadline() -> None:
    """The deadline in force is never typed by hand: an EXTENDED event moves it."""
    events = [
        ev(K.INFO_REQUESTED, "2025-03-12"),
        ev(K.INFO_RECEIVED, "2025-03-20"),
        ev(K.EXTENDED, "2025-04-01"),
    ]
    # a one-shot iterable is fine: it is read once
    d = deadline_from(D("2025-03-10"), iter(events), NATIONAL, today=TODAY)
    assert d.extended
    assert d.suspended_days == 8
    assert d.effective_due == D("2025-06-18")
    assert d.extension_notice_by == D("2025-04-18")


def test_open_question_counts_up_to_today() -> None:
    events = [ev(K.INFO_REQUESTED, "2025-03-12")]
    d = deadline_from(D("2025-03-10"), events, NATIONAL, today=D("2025-03-15"))
    assert d.suspended_days == 3
    assert d.due == D("2025-04-14")
    assert d.clock_stopped


def test_suspension_switched_off() -> None:
    events = [ev(K.INFO_REQUESTED, "2025-03-12"), ev(K.INFO_RECEIVED, "2025-03-20")]
    policy = DeadlinePolicy(suspension_enabled=False)
    d = deadline_from(D("2025-03-10"), events, policy, today=TODAY)
    assert d.suspended_days == 0
    assert d.due == D("2025-04-10")


def test_closed_for_lack_of_answer() -> None:
    """The days waited until the case was closed are the suspended days."""
    events = [ev(K.INFO_REQUESTED, "2025-03-12"), ev(K.CLOSED, "2025-04-01")]
    d = deadline_from(D("2025-03-10"), events, NATIONAL, today=TODAY)
    assert d.suspended_days == 20
    assert d.due == D("2025-04-30")


# -- channels and outcomes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "needs_ground"),
    [(Outcome.GRANTED, False), (Outcome.PARTLY_GRANTED, True), (Outcome.REFUSED, True)],
)
def test_refusal_total_or_partial_needs_a_ground(outcome: Outcome, needs_ground: bool) -> None:
    """Art. 12(4), LEGAL.md §1.7: any refusal gives its reasons."""
    assert outcome.needs_ground is needs_ground


def test_labels_are_french() -> None:
    assert Channel.POST.label_fr == "courrier"
    assert Outcome.PARTLY_GRANTED.label_fr == "partiellement accordé"
    assert all(channel.label_fr for channel in Channel)
    assert all(outcome.label_fr for outcome in Outcome)
