"""The deadline alerts (LEGAL.md §1, end), rule by rule and at each boundary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from oklima_dpo.domain.alerts import Alert, AlertKind, WatchedCase, alerts_for
from oklima_dpo.domain.workflow import Status

TODAY = date(2025, 3, 25)  # a Tuesday


def case_due_in(days: int, **changes: object) -> WatchedCase:
    """An open case, not extended, whose first deadline (and deadline in force) is in ``days``."""
    due = TODAY + timedelta(days=days)
    made = WatchedCase(
        reference="DR-2025-0001",
        person_name="Élodie Le Gall",
        status=Status.IN_PROGRESS,
        first_due=due,
        due=due,
        extended=False,
        clock_stopped=False,
    )
    return replace(made, **changes)  # type: ignore[arg-type]


def kinds(*cases: WatchedCase, reminder_days: int = 15) -> list[AlertKind]:
    return [a.kind for a in alerts_for(cases, TODAY, reminder_days)]


def deadline_kinds(*cases: WatchedCase) -> list[AlertKind]:
    """The alerts without the extension notice (tested on its own below)."""
    return [k for k in kinds(*cases) if k is not AlertKind.EXTENSION_NOTICE]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (8, []),
        (7, [AlertKind.DUE_J7]),
        (3, [AlertKind.DUE_J7]),
        (2, [AlertKind.DUE_J2]),
        (1, [AlertKind.DUE_J2]),
        (0, [AlertKind.DUE_J2]),
        (-1, [AlertKind.OVERDUE]),
        (-30, [AlertKind.OVERDUE]),
    ],
)
def test_j7_j2_and_overdue_boundaries(days: int, expected: list[AlertKind]) -> None:
    assert deadline_kinds(case_due_in(days)) == expected


def test_the_messages_say_the_date_and_the_days_in_french() -> None:
    (j7,) = alerts_for([case_due_in(7, extended=True)], TODAY)
    assert j7.message == "Échéance le 01/04/2025, dans 7\u00a0jours."
    assert j7.on == date(2025, 4, 1) and j7.days == 7
    assert (
        j7.text == "DR-2025-0001 (Élodie Le Gall)\u00a0: Échéance le 01/04/2025, dans 7\u00a0jours."
    )
    (today,) = alerts_for([case_due_in(0, extended=True)], TODAY)
    assert today.message == "Échéance le 25/03/2025, aujourd’hui."
    (tomorrow,) = alerts_for([case_due_in(1, extended=True)], TODAY)
    assert tomorrow.message == "Échéance le 26/03/2025, demain."
    (late,) = alerts_for([case_due_in(-1, extended=True)], TODAY)
    assert late.message == "En retard de 1\u00a0jour\u00a0: l’échéance était le 24/03/2025."
    assert late.days == -1
    (later,) = alerts_for([case_due_in(-5, extended=True)], TODAY)
    assert "En retard de 5\u00a0jours" in later.message


def test_the_extended_deadline_is_the_one_watched() -> None:
    # First deadline passed, but extended to 3 days from now: J-7, not overdue.
    extended = case_due_in(3, first_due=TODAY - timedelta(days=20), extended=True)
    assert kinds(extended) == [AlertKind.DUE_J7]


def test_only_open_cases() -> None:
    for status in (Status.ANSWERED, Status.CLOSED, Status.REFUSED, Status.WITHDRAWN):
        assert kinds(case_due_in(-3, status=status)) == []
        assert kinds(case_due_in(1, status=status)) == []
    for status in (Status.RECEIVED, Status.IN_PROGRESS, Status.IN_REVIEW):
        assert deadline_kinds(case_due_in(1, status=status)) == [AlertKind.DUE_J2]


def waiting(asked_days_ago: int, due_in: int = 20, **changes: object) -> WatchedCase:
    defaults: dict[str, object] = {
        "status": Status.AWAITING_INFO,
        "clock_stopped": True,
        "info_requested_on": TODAY - timedelta(days=asked_days_ago),
    }
    return case_due_in(due_in, **{**defaults, **changes})


def test_a_stopped_clock_gives_no_j7_j2_nor_notice_alert() -> None:
    assert kinds(waiting(3, due_in=1)) == []
    assert kinds(waiting(3, due_in=6)) == []
    assert kinds(waiting(3, due_in=0)) == []


def test_a_deadline_passed_before_the_clock_stopped_stays_overdue() -> None:
    assert kinds(waiting(3, due_in=-4)) == [AlertKind.OVERDUE]


def test_awaiting_information_with_suspension_disabled_runs_its_clock() -> None:
    # The DPO switched suspension off: the deadline does not move, J-2 applies.
    running = waiting(3, due_in=2, clock_stopped=False, extended=True)
    assert kinds(running) == [AlertKind.DUE_J2]


@pytest.mark.parametrize(
    ("asked_days_ago", "reminder_days", "expected"),
    [
        (14, 15, []),
        (15, 15, [AlertKind.REMINDER_DUE]),
        (40, 15, [AlertKind.REMINDER_DUE]),
        (9, 10, []),
        (10, 10, [AlertKind.REMINDER_DUE]),
        (15, 20, []),
    ],
)
def test_reminder_after_the_days_set(
    asked_days_ago: int, reminder_days: int, expected: list[AlertKind]
) -> None:
    assert kinds(waiting(asked_days_ago), reminder_days=reminder_days) == expected


def test_the_reminder_message() -> None:
    (reminder,) = alerts_for([waiting(15)], TODAY, 15)
    assert reminder.on == date(2025, 3, 10) and reminder.days == 15
    assert reminder.message == (
        "Informations demandées le 10/03/2025, sans réponse depuis 15\u00a0jours\u00a0: "
        "relancer la personne, ou clôturer faute de réponse."
    )


def test_no_reminder_once_the_answer_came_or_without_a_request() -> None:
    answered = waiting(30, status=Status.IN_PROGRESS, clock_stopped=False)
    assert AlertKind.REMINDER_DUE not in kinds(answered)
    assert kinds(waiting(30, info_requested_on=None)) == []
    assert kinds(waiting(30, status=Status.CLOSED)) == []


@pytest.mark.parametrize(
    ("first_due_in", "expected"),
    [(4, False), (3, True), (2, True), (0, True), (-1, False)],
)
def test_extension_notice_limit_within_three_days(first_due_in: int, expected: bool) -> None:
    assert (AlertKind.EXTENSION_NOTICE in kinds(case_due_in(first_due_in))) is expected


def test_no_extension_notice_once_extended() -> None:
    extended = case_due_in(40, first_due=TODAY + timedelta(days=2), extended=True)
    assert kinds(extended) == []


def test_the_extension_notice_message_names_the_first_deadline() -> None:
    found = alerts_for([case_due_in(3)], TODAY)
    notice = next(a for a in found if a.kind is AlertKind.EXTENSION_NOTICE)
    assert notice.on == date(2025, 3, 28) and notice.days == 3
    assert notice.message == (
        "Pour prolonger, informer la personne au plus tard le 28/03/2025 (dans 3\u00a0jours)."
    )


def test_most_urgent_first_then_by_date() -> None:
    cases = [
        case_due_in(6, reference="DR-2025-0001"),
        case_due_in(-2, reference="DR-2025-0002"),
        waiting(20, reference="DR-2025-0003"),
        case_due_in(1, reference="DR-2025-0004"),
        case_due_in(-9, reference="DR-2025-0005"),
        case_due_in(0, reference="DR-2025-0006", extended=True),
    ]
    found: list[Alert] = alerts_for(cases, TODAY)
    assert [(a.kind, a.reference) for a in found] == [
        (AlertKind.OVERDUE, "DR-2025-0005"),
        (AlertKind.OVERDUE, "DR-2025-0002"),
        (AlertKind.DUE_J2, "DR-2025-0006"),
        (AlertKind.DUE_J2, "DR-2025-0004"),
        (AlertKind.EXTENSION_NOTICE, "DR-2025-0004"),
        (AlertKind.DUE_J7, "DR-2025-0001"),
        (AlertKind.REMINDER_DUE, "DR-2025-0003"),
    ]


def test_labels() -> None:
    assert [k.label_fr for k in AlertKind] == [
        "en retard",
        "J-2",
        "limite de prolongation",
        "J-7",
        "tâche en retard",
        "relance due",
    ]


def test_an_owners_task_late_is_said_with_its_system_and_its_days() -> None:
    from oklima_dpo.domain.alerts import LateTask

    task = LateTask(
        "DR-2025-0007", "Zoé Hervé", 3, "Archives papier", "Services généraux", date(2025, 3, 20)
    )
    on_time = alerts_for([], date(2025, 3, 20), late_tasks=[task])
    assert on_time == []  # due today: not late yet
    (alert,) = alerts_for([], date(2025, 3, 25), late_tasks=[task])
    assert alert.kind is AlertKind.TASK_LATE and alert.days == -5
    assert alert.message == (
        "Tâche n°\u00a03 (Archives papier, Services généraux) attendue le 20/03/2025, en "
        "retard de 5\u00a0jours\u00a0: relancer son propriétaire."
    )
