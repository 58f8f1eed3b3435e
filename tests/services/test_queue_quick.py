"""The queue read with the standard library (services.queue, store.quick) gives exactly what
the SQLAlchemy queries give: the same lines, in the same order, for every scope a queue loads
with, a first screenful of any size included."""

from __future__ import annotations

from dataclasses import replace

import pytest

from oklima_dpo.demo import cases as demo
from oklima_dpo.domain.deadlines import Calendar
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter, CaseSummary
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.settings import keys as settings_keys
from oklima_dpo.services.settings import model as settings_model

from ..conftest import Clock

SCOPES = [
    CaseFilter(),
    CaseFilter(open_only=True),
    *(CaseFilter(statuses=(status,)) for status in Status),
    CaseFilter(statuses=(Status.ANSWERED, Status.AWAITING_INFO)),
    CaseFilter(open_only=True, statuses=(Status.CLOSED,)),  # contradicts itself: nothing
]
LIMITS = [None, 1, 5, 13, 200]


def through_sqlalchemy(ctx: ServiceContext, wanted: CaseFilter) -> list[CaseSummary]:
    """``case_queue.list_cases`` as it reads when the quick path does not apply."""
    with ctx.unit_of_work() as uow:
        policy = settings_model.read(uow, ctx.holidays).policy
        return case_queue.list_cases_in(uow, policy, ctx.today(), wanted)


@pytest.fixture
def filled(ctx: ServiceContext, clock: Clock) -> ServiceContext:
    demo.fill_demo(ctx, cases=70, seed=11)
    clock.advance(days=9)  # stopped clocks have moved their live deadlines since
    return ctx


def test_the_quick_queue_equals_the_sqlalchemy_one(filled: ServiceContext) -> None:
    for scope in SCOPES:
        for limit in LIMITS:
            wanted = replace(scope, limit=limit)
            expected = through_sqlalchemy(filled, wanted)
            quick = case_queue.quick_list(filled, wanted)
            if filled.store.target.sqlite_path is None:
                assert quick is None, wanted  # a server: SQLAlchemy only
            else:
                assert quick == expected, wanted
            assert case_queue.first_page(filled, wanted) == expected, wanted
            assert case_queue.list_cases(filled, wanted) == expected, wanted


def test_the_first_screenful_holds_stopped_clocks(filled: ServiceContext) -> None:
    """The demo's stopped clocks are in the queue (so the comparison above covers them)."""
    found = case_queue.first_page(filled, CaseFilter(open_only=True, limit=200))
    assert any(c.clock_stopped for c in found)
    assert [(c.due, c.reference) for c in found] == sorted((c.due, c.reference) for c in found)


def test_the_policy_is_read_too(filled: ServiceContext) -> None:
    with filled.store.unit_of_work() as uow:
        uow.settings.write(settings_keys.CALENDAR, Calendar.ALSACE_MOSELLE.value)
        uow.settings.write(settings_keys.SUSPENSION, False)
        uow.commit()
    wanted = CaseFilter(open_only=True, limit=200)
    assert case_queue.first_page(filled, wanted) == through_sqlalchemy(filled, wanted)


def test_other_filters_go_through_sqlalchemy(filled: ServiceContext) -> None:
    for wanted in (
        CaseFilter(text="a"),
        CaseFilter(right=Right.ACCESS),
        CaseFilter(overdue=True),
        CaseFilter(due_within_days=7),
        CaseFilter(extended=True),
        CaseFilter(awaiting_info=True),
    ):
        assert case_queue.quick_list(filled, wanted) is None, wanted
        first = replace(wanted, limit=7)
        assert case_queue.first_page(filled, first) == through_sqlalchemy(filled, first), wanted


def test_policy_from_stored_values() -> None:
    assert settings_keys.policy_from({}) == settings_model.Settings().policy
    policy = settings_keys.policy_from(
        {settings_keys.CALENDAR: "alsace-moselle", settings_keys.SUSPENSION: False}
    )
    assert policy.calendar is Calendar.ALSACE_MOSELLE and not policy.suspension_enabled
