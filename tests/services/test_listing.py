"""Queues: filters on status, right, deadlines (live while the clock is stopped) and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext

from .helpers import open_request


def received(day: int, month: int = 3) -> datetime:
    return datetime(2025, month, day, 9, 0, tzinfo=PARIS)


@pytest.fixture
def queue(ctx: ServiceContext) -> dict[str, str]:
    """Today is Tuesday 25/03/2025."""
    refs = {
        # received 20/02 → due 20/03: overdue by 5 days
        "overdue": open_request(ctx, name="Zoé Martin", received_at=received(20, 2)),
        # received 27/02 → due 27/03: J-2
        "soon": open_request(
            ctx, name="Hélène Petit", rights=("erasure",), received_at=received(27, 2)
        ),
        # received 24/03 → due 24/04
        "later": open_request(
            ctx, name="Jean Dupont", rights=("objection", "access"), received_at=received(24)
        ),
        # received 26/02 → due 26/03, but the clock stopped on 05/03: now due 15/04
        "waiting": open_request(ctx, name="Élodie Le Gall", received_at=received(26, 2)),
        # received 03/03, answered: not open any more
        "answered": open_request(ctx, name="Marc Durand", received_at=received(3)),
    }
    case_steps.request_information(ctx, refs["waiting"], on=date(2025, 3, 5))
    case_steps.decide(ctx, refs["answered"], Right.ACCESS, case_steps.Outcome.GRANTED)
    case_steps.mark_answered(ctx, refs["answered"])
    return refs


def refs_of(ctx: ServiceContext, wanted: CaseFilter) -> list[str]:
    return [c.reference for c in case_queue.list_cases(ctx, wanted)]


def test_everything_soonest_deadline_first(ctx: ServiceContext, queue: dict[str, str]) -> None:
    found = case_queue.list_cases(ctx)
    assert [c.reference for c in found] == [
        queue["overdue"],
        queue["soon"],
        queue["answered"],
        queue["waiting"],
        queue["later"],
    ]
    by_ref = {c.reference: c for c in found}
    assert by_ref[queue["overdue"]].days_left == -5 and by_ref[queue["overdue"]].overdue
    assert by_ref[queue["soon"]].days_left == 2
    waiting = by_ref[queue["waiting"]]
    assert waiting.clock_stopped and waiting.due == date(2025, 4, 15)
    assert by_ref[queue["later"]].rights == (Right.ACCESS, Right.OBJECTION)


def test_overdue(ctx: ServiceContext, queue: dict[str, str]) -> None:
    assert refs_of(ctx, CaseFilter(overdue=True)) == [queue["overdue"]]


def test_due_within_days_counts_stopped_clocks_live(
    ctx: ServiceContext, queue: dict[str, str]
) -> None:
    # The waiting case's cached date (26/03) is a candidate, its live date (15/04) is not.
    assert refs_of(ctx, CaseFilter(due_within_days=7)) == [queue["overdue"], queue["soon"]]
    assert refs_of(ctx, CaseFilter(due_within_days=21)) == [
        queue["overdue"],
        queue["soon"],
        queue["waiting"],
    ]


def test_text_search_ignores_accents_and_case(ctx: ServiceContext, queue: dict[str, str]) -> None:
    assert refs_of(ctx, CaseFilter(text="elodie")) == [queue["waiting"]]
    assert refs_of(ctx, CaseFilter(text="HÉLÈNE")) == [queue["soon"]]
    assert refs_of(ctx, CaseFilter(text="le gall")) == [queue["waiting"]]
    assert refs_of(ctx, CaseFilter(text=queue["later"].lower())) == [queue["later"]]
    assert refs_of(ctx, CaseFilter(text="100%_")) == []


def test_status_right_extended_awaiting(ctx: ServiceContext, queue: dict[str, str]) -> None:
    assert refs_of(ctx, CaseFilter(statuses=(Status.ANSWERED,))) == [queue["answered"]]
    assert refs_of(ctx, CaseFilter(right=Right.ERASURE)) == [queue["soon"]]
    assert refs_of(ctx, CaseFilter(awaiting_info=True)) == [queue["waiting"]]
    assert refs_of(ctx, CaseFilter(open_only=True, right=Right.ACCESS)) == [
        queue["overdue"],
        queue["waiting"],
        queue["later"],
    ]
    assert refs_of(ctx, CaseFilter(extended=True)) == []
    case_steps.extend(ctx, queue["later"], "Complexe")
    assert refs_of(ctx, CaseFilter(extended=True)) == [queue["later"]]


def test_contradictory_filters_find_nothing(ctx: ServiceContext, queue: dict[str, str]) -> None:
    assert refs_of(ctx, CaseFilter(statuses=(Status.ANSWERED,), overdue=True)) == []
    assert refs_of(ctx, CaseFilter(statuses=(Status.RECEIVED,), awaiting_info=True)) == []


def test_limit(ctx: ServiceContext, queue: dict[str, str]) -> None:
    assert len(case_queue.list_cases(ctx, CaseFilter(limit=2))) == 2
    assert refs_of(ctx, CaseFilter(due_within_days=30, limit=1)) == [queue["overdue"]]


@pytest.mark.parametrize("limit", [1, 3, 7, 25])
def test_a_limited_queue_is_the_head_of_the_whole_queue(ctx: ServiceContext, limit: int) -> None:
    """Without loading every case, the first ones are still exactly the first ones, stopped
    clocks included (their live date moves them later than their cached one)."""
    from oklima_dpo.demo import cases as demo

    demo.fill_demo(ctx, cases=60, seed=3)
    for wanted in (
        CaseFilter(open_only=True),
        CaseFilter(),
        CaseFilter(due_within_days=30),
        CaseFilter(right=Right.ACCESS, open_only=True),
    ):
        whole = [c.reference for c in case_queue.list_cases(ctx, wanted)]
        limited = case_queue.list_cases(ctx, replace(wanted, limit=limit))
        assert [c.reference for c in limited] == whole[:limit]
