"""Which letters fit a case, and which one the program preselects."""

from __future__ import annotations

import pytest

from oklima_dpo.domain.answers import CaseForLetters, LetterKind, letters_for, next_letter
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status

L = LetterKind


def case(status: Status, **decisions: Outcome | None) -> CaseForLetters:
    return CaseForLetters(status, {Right(name): outcome for name, outcome in decisions.items()})


@pytest.mark.parametrize("right", ["access", "erasure", "objection"])
def test_a_request_just_received_is_acknowledged_first(right: str) -> None:
    assert next_letter(case(Status.RECEIVED, **{right: None})) is L.ACKNOWLEDGEMENT


def test_only_the_letters_of_the_rights_asked_are_offered() -> None:
    erasure = letters_for(case(Status.IN_PROGRESS, erasure=None))
    assert erasure == (L.ACKNOWLEDGEMENT, L.INFORMATION_REQUEST, L.ERASURE)
    access = letters_for(case(Status.IN_PROGRESS, access=Outcome.GRANTED))
    assert L.ACCESS in access and L.NO_DATA in access
    assert L.PORTABILITY not in access and L.ERASURE not in access and L.REFUSAL not in access
    restriction = letters_for(case(Status.IN_PROGRESS, restriction=None))
    assert L.RESTRICTION_LIFT_NOTICE in restriction


def test_a_refused_right_offers_the_refusal_not_its_answer() -> None:
    refused = letters_for(case(Status.IN_REVIEW, erasure=Outcome.REFUSED, access=None))
    assert L.REFUSAL in refused and L.ERASURE not in refused and L.ACCESS in refused
    partly = letters_for(case(Status.IN_REVIEW, erasure=Outcome.PARTLY_GRANTED))
    assert L.REFUSAL in partly and L.ERASURE in partly  # what was done, and what was refused


def test_an_executed_case_preselects_its_answer_not_an_acknowledgement() -> None:
    executed = CaseForLetters(
        Status.IN_REVIEW, {Right.ERASURE: Outcome.GRANTED}, produced=frozenset({L.ACKNOWLEDGEMENT})
    )
    assert next_letter(executed) is L.ERASURE
    answered = CaseForLetters(
        Status.ANSWERED, {Right.ERASURE: Outcome.GRANTED}, produced=frozenset({L.ERASURE})
    )
    assert L.ACKNOWLEDGEMENT not in letters_for(answered)  # the case is no longer open
    assert next_letter(answered) is L.ERASURE


def test_the_extension_letter_once_extended_and_the_question_while_awaited() -> None:
    assert L.EXTENSION not in letters_for(case(Status.IN_PROGRESS, access=None))
    extended = CaseForLetters(Status.IN_PROGRESS, {Right.ACCESS: None}, extended=True)
    assert next_letter(extended) is L.EXTENSION
    told = CaseForLetters(
        Status.IN_PROGRESS, {Right.ACCESS: None}, extended=True, produced=frozenset({L.EXTENSION})
    )
    assert next_letter(told) is L.ACCESS
    assert next_letter(case(Status.AWAITING_INFO, access=None)) is L.INFORMATION_REQUEST


def test_access_comes_before_portability_and_refusals_come_last() -> None:
    both = case(Status.IN_REVIEW, portability=Outcome.GRANTED, access=Outcome.GRANTED)
    assert next_letter(both) is L.ACCESS
    mixed = case(Status.IN_REVIEW, erasure=Outcome.REFUSED, objection=Outcome.GRANTED)
    assert next_letter(mixed) is L.OBJECTION
