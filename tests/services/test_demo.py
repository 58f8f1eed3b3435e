"""The demo case base: synthetic people, every status and right, dates relative to today."""

from __future__ import annotations

from collections import Counter

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
