"""The demo case base: synthetic people, every status and right, dates relative to today."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from oklima_dpo.demo import cases as demo
from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.services import audit
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.settings import model as settings_model

from ..conftest import Clock
from .helpers import open_request


def test_the_demo_covers_every_situation(ctx: ServiceContext) -> None:
    demo.fill_demo(ctx, cases=60)
    found = case_queue.list_cases(ctx)
    assert len(found) == 60
    assert set(Counter(c.status for c in found)) == set(Status)
    assert {r for c in found for r in c.rights} == set(Right)
    assert case_queue.list_cases(ctx, CaseFilter(overdue=True))
    assert any(c.days_left == 2 or 1 <= c.days_left <= 4 for c in found if c.status.is_open)
    assert case_queue.list_cases(ctx, CaseFilter(awaiting_info=True))
    assert case_queue.list_cases(ctx, CaseFilter(extended=True))
    assert settings_model.get_settings(ctx).demo
    assert audit.verify_journal(ctx).intact


def test_the_demo_is_reproducible(ctx: ServiceContext) -> None:
    demo.fill_demo(ctx, cases=20, seed=7)
    names = sorted(c.person_name for c in case_queue.list_cases(ctx))
    demo.fill_demo(ctx, cases=20, seed=7)
    again = sorted(c.person_name for c in case_queue.list_cases(ctx))
    assert again == sorted(names * 2)


def test_the_demo_never_fills_a_real_case_base(ctx: ServiceContext) -> None:
    open_request(ctx)
    with pytest.raises(DpoError, match="vraies demandes"):
        demo.fill_demo(ctx, cases=5)
    assert len(case_queue.list_cases(ctx)) == 1
    assert not settings_model.get_settings(ctx).demo


@pytest.mark.unconfigured  # the demo fills the DPO's contact itself
def test_the_demo_asks_for_people_of_its_own_estate_and_writes_to_their_address(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    from oklima_dpo.demo.sources import estate_people, fill_demo_base
    from oklima_dpo.services.cases import steps as case_steps
    from oklima_dpo.services.gathering import gather as gathering

    fill_demo_base(ctx, tmp_path / "estate", 30)
    settings = settings_model.get_settings(ctx)
    assert settings.demo and settings.organisation.dpo_name and settings.organisation.dpo_email
    customers = {p.customer_no: p for p in estate_people(tmp_path / "estate")}
    opened = case_queue.list_cases(ctx, CaseFilter(statuses=(Status.IN_PROGRESS,)))
    assert opened
    for summary in opened[:3]:
        detail = case_steps.show_case(ctx, summary.reference)
        assert detail.postal_address and "démonstration" not in detail.postal_address
        street, town = detail.postal_address.split("\n")
        assert street and town[:5].isdigit()  # « 8 rue des Tilleuls », « 31000 Toulouse »
        assert any(p.address == detail.postal_address for p in customers.values())
        assert gathering.gather_case(ctx, summary.reference).findings  # the systems know them


def test_the_demo_opened_just_after_midnight_in_paris_dates_nothing_in_the_future(
    ctx: ServiceContext, clock: Clock, tmp_path: Path
) -> None:
    """At 00:30 in Paris (23:30 UTC), « this morning at nine » is still to come."""
    from datetime import UTC, datetime

    from oklima_dpo.demo.sources import fill_demo_base

    clock.now = datetime(2025, 3, 24, 23, 30, tzinfo=UTC)
    fill_demo_base(ctx, tmp_path / "estate", 30)
    opened = case_queue.list_cases(ctx, CaseFilter())
    assert opened and all(c.received_on <= ctx.today() for c in opened)
