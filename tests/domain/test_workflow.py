"""The workflow table: which step is allowed in which status, and where it leads."""

from __future__ import annotations

import itertools

import pytest

from oklima_dpo.domain.errors import DomainError, ForbiddenTransition
from oklima_dpo.domain.workflow import (
    EVENT_LABELS_FR,
    OPEN_STATUSES,
    STATUS_LABELS_FR,
    STEPS,
    EventKind,
    Status,
    check_allowed,
    is_allowed,
    next_status,
    status_after_answer,
    status_after_decision,
)

S = Status
K = EventKind
OPEN = (S.RECEIVED, S.AWAITING_INFO, S.IN_PROGRESS, S.IN_REVIEW)
DONE = (S.ANSWERED, S.REFUSED, S.CLOSED, S.WITHDRAWN)


def stays(*statuses: Status) -> dict[Status, Status]:
    """Allowed in these statuses, which do not change."""
    return {status: status for status in statuses}


def goes(target: Status, *statuses: Status) -> dict[Status, Status]:
    """Allowed in these statuses, and leads to ``target``."""
    return dict.fromkeys(statuses, target)


#: Written from the module docstring and the legal steps (LEGAL.md §1, §3, §5), not copied
#: from STEPS: for each event, the statuses it is allowed in and the status it leads to.
#: Anything not listed is refused.
EXPECTED: dict[EventKind, dict[Status, Status]] = {
    # Recorded when the case is created, never by hand.
    K.RECEIVED: {},
    # The acknowledgement starts the work.
    K.ACKNOWLEDGED: goes(S.IN_PROGRESS, S.RECEIVED),
    # Identification or clarification (§1.5): before deciding, one question at a time.
    K.INFO_REQUESTED: goes(S.AWAITING_INFO, S.RECEIVED, S.IN_PROGRESS, S.IN_REVIEW),
    K.INFO_RECEIVED: goes(S.IN_PROGRESS, S.AWAITING_INFO),
    # Identity may be checked at any moment while the case is open.
    K.IDENTITY_VERIFIED: stays(*OPEN),
    # An extension is possible while the case is open (the date check is in deadlines.py).
    K.EXTENDED: stays(*OPEN),
    K.DATA_GATHERED: stays(S.IN_PROGRESS, S.IN_REVIEW),
    # The service moves to IN_REVIEW once every right is decided (status_after_decision).
    K.DECISION: stays(S.RECEIVED, S.IN_PROGRESS, S.IN_REVIEW),
    # Sent after review; ANSWERED or REFUSED is set by status_after_answer.
    K.SENT: stays(S.IN_REVIEW),
    # Closed once answered or refused, or for lack of answer to a question (§1.5).
    K.CLOSED: goes(S.CLOSED, S.ANSWERED, S.REFUSED, S.AWAITING_INFO),
    K.WITHDRAWN: goes(S.WITHDRAWN, *OPEN),
    K.REOPENED: goes(S.IN_PROGRESS, *DONE),
    # A note never changes anything.
    K.NOTE: stays(*Status),
    # A checklist's warning is lifted (with a reason) while the case is open.
    K.GATE_OVERRIDDEN: stays(*OPEN),
}

PAIRS = list(itertools.product(Status, EventKind))


def test_expected_table_covers_every_event() -> None:
    assert set(EXPECTED) == set(EventKind)


@pytest.mark.parametrize(("status", "event"), PAIRS, ids=[f"{s}-{e}" for s, e in PAIRS])
def test_transition_table(status: Status, event: EventKind) -> None:
    """Every (status, event) pair is allowed exactly as the table says, and leads where it says."""
    expected = EXPECTED[event].get(status)
    assert is_allowed(status, event) is (expected is not None)
    if expected is None:
        with pytest.raises(ForbiddenTransition):
            check_allowed(status, event)
        with pytest.raises(ForbiddenTransition):
            next_status(status, event)
    else:
        check_allowed(status, event)
        assert next_status(status, event) is expected


def test_received_is_not_a_manual_step() -> None:
    assert K.RECEIVED not in STEPS
    with pytest.raises(ForbiddenTransition) as raised:
        check_allowed(S.IN_PROGRESS, K.RECEIVED)
    assert str(raised.value) == (
        "L’étape «\u00a0demande reçue\u00a0» ne s’enregistre pas à la main."
    )


def test_forbidden_transition_message() -> None:
    """The refusal names the step, the current status, and why, in French."""
    with pytest.raises(ForbiddenTransition) as raised:
        check_allowed(S.CLOSED, K.WITHDRAWN)
    assert str(raised.value) == (
        "Impossible d’enregistrer «\u00a0retrait de la demande\u00a0»\u00a0: "
        "la demande est «\u00a0clôturée\u00a0», et seule une demande encore ouverte "
        "peut être retirée."
    )
    assert isinstance(raised.value, DomainError)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    ("status", "event"),
    [(s, e) for s, e in PAIRS if e in STEPS and not is_allowed(s, e)],
    ids=lambda value: str(value),
)
def test_every_refusal_names_step_and_status(status: Status, event: EventKind) -> None:
    with pytest.raises(ForbiddenTransition) as raised:
        check_allowed(status, event)
    message = str(raised.value)
    assert f"«\u00a0{event.label_fr}\u00a0»" in message
    assert f"la demande est «\u00a0{status.label_fr}\u00a0»" in message
    assert STEPS[event].why_not.replace("'", "’") in message
    assert message.endswith(".")


def test_every_refusable_step_says_why() -> None:
    for event, step in STEPS.items():
        if set(step.allowed_from) != set(Status):
            assert step.why_not, event


@pytest.mark.parametrize(
    ("status", "all_decided", "expected"),
    [
        (S.RECEIVED, False, S.IN_PROGRESS),
        (S.IN_PROGRESS, False, S.IN_PROGRESS),
        (S.IN_REVIEW, False, S.IN_REVIEW),
        (S.RECEIVED, True, S.IN_REVIEW),
        (S.IN_PROGRESS, True, S.IN_REVIEW),
        (S.IN_REVIEW, True, S.IN_REVIEW),
    ],
)
def test_status_after_decision(status: Status, all_decided: bool, expected: Status) -> None:
    """A decision starts the work; the last one sends the case to review before it leaves."""
    assert status_after_decision(status, all_decided) is expected


def test_status_after_answer() -> None:
    """Every right refused: the case is refused; anything granted: answered."""
    assert status_after_answer(all_refused=True) is S.REFUSED
    assert status_after_answer(all_refused=False) is S.ANSWERED


def test_open_statuses() -> None:
    """The clock runs until an answer leaves or the case ends."""
    assert set(OPEN_STATUSES) == set(OPEN)
    assert all(status.is_open for status in OPEN)
    assert not any(status.is_open for status in DONE)


def test_every_status_and_event_has_a_french_label() -> None:
    assert set(STATUS_LABELS_FR) == set(Status)
    assert set(EVENT_LABELS_FR) == set(EventKind)
    assert S.AWAITING_INFO.label_fr == "en attente d’informations"
    assert K.EXTENDED.label_fr == "délai prolongé"
    for label in [*STATUS_LABELS_FR.values(), *EVENT_LABELS_FR.values()]:
        assert label
        assert "'" not in label
