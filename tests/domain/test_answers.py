"""Which letter the program suggests producing next for a case."""

from __future__ import annotations

import pytest

from oklima_dpo.domain.answers import LetterKind, suggested_letter
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status


@pytest.mark.parametrize("rights", [(Right.ACCESS,), (Right.ERASURE,), ()])
def test_a_request_just_received_is_acknowledged_first(rights: tuple[Right, ...]) -> None:
    assert suggested_letter(Status.RECEIVED, rights) is LetterKind.ACKNOWLEDGEMENT


def test_once_taken_in_charge_access_is_answered_before_portability() -> None:
    both = (Right.PORTABILITY, Right.ACCESS)
    assert suggested_letter(Status.IN_PROGRESS, both) is LetterKind.ACCESS
    assert suggested_letter(Status.IN_PROGRESS, (Right.PORTABILITY,)) is LetterKind.PORTABILITY


def test_a_right_without_a_package_of_its_own_suggests_an_acknowledgement() -> None:
    rights = (Right.ERASURE, Right.OBJECTION)
    assert suggested_letter(Status.IN_PROGRESS, rights) is LetterKind.ACKNOWLEDGEMENT
