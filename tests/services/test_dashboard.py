"""The dashboard's figures (each the size of a queue) and the deadline alerts, on a case base."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from oklima_dpo.domain.alerts import AlertKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.rights import Right
from oklima_dpo.services.cases import dashboard
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.settings import keys as settings_keys
from oklima_dpo.services.settings import model as settings_model

from ..conftest import DEFAULT_NOW, Clock
from .helpers import open_request


def received(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=PARIS)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def answer(ctx: ServiceContext, clock: Clock, reference: str, on: date) -> None:
    """Decide and send the answer on ``on`` (the clock is moved there, then back)."""
    saved, clock.now = clock.now, at(on)
    case_steps.decide(ctx, reference, Right.ACCESS, Outcome.GRANTED)
    case_steps.mark_answered(ctx, reference, on=on)
    clock.now = saved


@pytest.fixture
def base(ctx: ServiceContext, clock: Clock) -> dict[str, str]:
    """Today is Tuesday 25/03/2025. One case per situation the dashboard counts."""
    D = date
    # Answered a year and more ago: outside the on-time rate's twelve months.
    clock.now = at(D(2024, 2, 5))
    old = open_request(ctx, name="Paul Ancien", received_at=received(D(2024, 1, 10)))
    answer(ctx, clock, old, D(2024, 2, 5))
    # Extended on 20/01, answered 20/02: late for the first deadline (06/02), on time for
    # the extended one (07/04).
    clock.now = at(D(2025, 1, 20))
    extended_answered = open_request(
        ctx, name="Inès Prolongée", received_at=received(D(2025, 1, 6))
    )
    case_steps.extend(ctx, extended_answered, "Demande complexe", on=D(2025, 1, 20))
    answer(ctx, clock, extended_answered, D(2025, 2, 20))
    clock.now = DEFAULT_NOW
    refs = {
        "old": old,
        "extended_answered": extended_answered,
        # due 20/03: overdue by 5 days
        "overdue": open_request(ctx, name="Zoé Martin", received_at=received(D(2025, 2, 20))),
        # due 27/03: J-2, and the extension notice limit in 2 days
        "j2": open_request(ctx, name="Hélène Petit", received_at=received(D(2025, 2, 27))),
        # received Saturday 01/03, due Tuesday 01/04: J-7
        "j7": open_request(ctx, name="Jean Dupont", received_at=received(D(2025, 3, 1))),
        # asked 05/03, still waiting: reminder due (20 days); live deadline 15/04
        "reminder": open_request(ctx, name="Élodie Le Gall", received_at=received(D(2025, 2, 26))),
        # asked 15/03: 10 days only
        "waiting": open_request(ctx, name="Luc Attente", received_at=received(D(2025, 3, 14))),
        # extended on 20/03: due 26/05
        "extended": open_request(ctx, name="Anne Long", received_at=received(D(2025, 2, 24))),
        # due 10/03, answered 12/03: late
        "late": open_request(ctx, name="Marc Tard", received_at=received(D(2025, 2, 10))),
        # due 03/04, answered today: on time
        "on_time": open_request(ctx, name="Claire Alheure", received_at=received(D(2025, 3, 3))),
        # due 20/03, then information asked 24/03: still late, clock stopped (live 21/03)
        "stopped_late": open_request(
            ctx, name="Léon Suspendu", received_at=received(D(2025, 2, 20))
        ),
        # due 01/04 as cached, but information asked 10/03: live 16/04, and a reminder
        "stopped_later": open_request(
            ctx, name="Rose Attente", received_at=received(D(2025, 3, 1))
        ),
        # withdrawn: neither open nor answered
        "withdrawn": open_request(ctx, name="Yves Retrait", received_at=received(D(2025, 3, 4))),
    }
    case_steps.request_information(ctx, refs["reminder"], on=D(2025, 3, 5))
    case_steps.request_information(ctx, refs["waiting"], on=D(2025, 3, 15))
    case_steps.request_information(ctx, refs["stopped_late"], on=D(2025, 3, 24))
    case_steps.request_information(ctx, refs["stopped_later"], on=D(2025, 3, 10))
    case_steps.extend(ctx, refs["extended"], "Nombreuses demandes", on=D(2025, 3, 20))
    answer(ctx, clock, refs["late"], D(2025, 3, 12))
    answer(ctx, clock, refs["on_time"], D(2025, 3, 25))
    case_steps.withdraw(ctx, refs["withdrawn"], on=D(2025, 3, 6))
    return refs


def test_each_figure_is_the_size_of_its_queue(ctx: ServiceContext, base: dict[str, str]) -> None:
    found = dashboard.figures(ctx)
    for key, wanted in dashboard.FIGURE_FILTERS.items():
        assert found.count(key) == len(case_queue.list_cases(ctx, wanted)), key
    assert (found.open, found.due_soon, found.overdue, found.awaiting_info, found.extended) == (
        8,
        4,  # overdue, stopped late, J-2 and J-7 (not the stopped one dated later)
        2,
        4,
        1,
    )
    assert found.today == date(2025, 3, 25)


def test_the_figures_filters_are_the_ones_the_issue_names() -> None:
    filters = dashboard.FIGURE_FILTERS
    assert filters == {
        "open": CaseFilter(open_only=True),
        "due_soon": CaseFilter(due_within_days=7),
        "overdue": CaseFilter(overdue=True),
        "awaiting_info": CaseFilter(awaiting_info=True),
        "extended": CaseFilter(open_only=True, extended=True),
    }
    assert all(f.label_fr for f in dashboard.FIGURES)


def test_answered_on_time_over_twelve_months(ctx: ServiceContext, base: dict[str, str]) -> None:
    found = dashboard.figures(ctx)
    # late (12/03 > 10/03), on time (25/03 ≤ 03/04), extended then answered (20/02 ≤ 07/04);
    # the answer of February 2024 is out of the twelve months.
    assert (found.answered, found.answered_on_time) == (3, 2)
    assert found.on_time_percent == pytest.approx(200 / 3)


def test_no_answer_sent_gives_no_rate(ctx: ServiceContext) -> None:
    open_request(ctx)
    found = dashboard.figures(ctx)
    assert (found.answered, found.on_time_percent) == (0, None)
    assert found.open == 1


def test_the_twelve_months_end_where_they_should(ctx: ServiceContext, clock: Clock) -> None:
    # Today 25/03/2025: an answer of 25/03/2024 is a year old, one of 26/03/2024 is not.
    for sent, name in ((date(2024, 3, 25), "Léa Avant"), (date(2024, 3, 26), "Noé Après")):
        clock.now = at(sent)
        reference = open_request(ctx, name=name, received_at=received(date(2024, 3, 1)))
        answer(ctx, clock, reference, sent)
    clock.now = DEFAULT_NOW
    found = dashboard.figures(ctx)
    assert (found.answered, found.answered_on_time) == (1, 1)
    assert found.on_time_percent == 100


def test_a_reopened_case_counts_once_with_its_first_answer(
    ctx: ServiceContext, clock: Clock
) -> None:
    clock.now = at(date(2025, 3, 5))
    reference = open_request(ctx, received_at=received(date(2025, 3, 3)))
    answer(ctx, clock, reference, date(2025, 3, 5))
    clock.now = DEFAULT_NOW
    case_steps.reopen(ctx, reference, "Pièce manquante")
    answer(ctx, clock, reference, date(2025, 3, 25))
    found = dashboard.figures(ctx)
    assert (found.answered, found.answered_on_time) == (1, 1)


def test_the_next_ten_deadlines(ctx: ServiceContext) -> None:
    refs = [
        open_request(ctx, name=f"Personne {day:02d}", received_at=received(date(2025, 3, day)))
        for day in range(1, 13)
    ]
    # Stopped clocks: due 04/04 moved to 09/04 (still in the ten), 03/04 moved out of them.
    case_steps.request_information(ctx, refs[3], on=date(2025, 3, 20))
    case_steps.request_information(ctx, refs[2], on=date(2025, 3, 5))
    found = dashboard.figures(ctx)
    expected = case_queue.list_cases(ctx, CaseFilter(open_only=True, limit=10))
    shown = [c.reference for c in found.next_deadlines]
    assert shown == [c.reference for c in expected]
    assert len(shown) == 10 and refs[2] not in shown and refs[3] in shown
    dues = [c.due for c in found.next_deadlines]
    assert dues == sorted(dues)
    assert found.open == 12


def test_fewer_than_ten_open_cases(ctx: ServiceContext) -> None:
    late = open_request(ctx, name="Léon Suspendu", received_at=received(date(2025, 2, 20)))
    soon = open_request(ctx, name="Hélène Petit", received_at=received(date(2025, 2, 27)))
    case_steps.request_information(ctx, late, on=date(2025, 3, 24))
    found = dashboard.figures(ctx)
    assert [c.reference for c in found.next_deadlines] == [late, soon]
    assert found.next_deadlines[0].clock_stopped


def test_the_alerts_of_the_day(ctx: ServiceContext, base: dict[str, str]) -> None:
    found = [(a.kind, a.reference) for a in dashboard.alerts(ctx)]
    assert found == [
        (AlertKind.OVERDUE, base["overdue"]),  # due 20/03
        (AlertKind.OVERDUE, base["stopped_late"]),  # live 21/03: stopping does not undo late
        (AlertKind.DUE_J2, base["j2"]),
        (AlertKind.EXTENSION_NOTICE, base["j2"]),
        (AlertKind.DUE_J7, base["j7"]),
        (AlertKind.REMINDER_DUE, base["reminder"]),  # asked 05/03
        (AlertKind.REMINDER_DUE, base["stopped_later"]),  # asked 10/03
    ]
    reminder = dashboard.alerts(ctx)[-2]
    assert reminder.on == date(2025, 3, 5) and reminder.days == 20
    assert reminder.person_name == "Élodie Le Gall"


def test_the_reminder_follows_the_setting(ctx: ServiceContext, base: dict[str, str]) -> None:
    assert settings_model.get_settings(ctx).reminder_days == 15
    with ctx.store.unit_of_work() as uow:
        uow.settings.write(settings_keys.REMINDER_DAYS, 10)
        uow.commit()
    reminders = [a.reference for a in dashboard.alerts(ctx) if a.kind is AlertKind.REMINDER_DUE]
    assert reminders == [base["reminder"], base["stopped_later"], base["waiting"]]


def test_alerts_move_with_the_days(ctx: ServiceContext, clock: Clock, base: dict[str, str]) -> None:
    clock.advance(days=3)  # Friday 28/03: the J-2 case is now one day late
    found = {(a.kind, a.reference) for a in dashboard.alerts(ctx)}
    assert (AlertKind.OVERDUE, base["j2"]) in found
    assert (AlertKind.DUE_J2, base["j7"]) not in found  # 01/04 is 4 days away: J-7
    assert (AlertKind.DUE_J7, base["j7"]) in found
