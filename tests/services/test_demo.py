"""The demo case base: synthetic people, every status and right, dates relative to today."""

from __future__ import annotations

from collections import Counter

import pytest

from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.services import audit, cases, demo, settings
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.views import CaseFilter

from .helpers import open_request


def test_the_demo_covers_every_situation(ctx: ServiceContext) -> None:
    demo.fill_demo(ctx, cases=60)
    found = cases.list_cases(ctx)
    assert len(found) == 60
    assert set(Counter(c.status for c in found)) == set(Status)
    assert {r for c in found for r in c.rights} == set(Right)
    assert cases.list_cases(ctx, CaseFilter(overdue=True))
    assert any(c.days_left == 2 or 1 <= c.days_left <= 4 for c in found if c.status.is_open)
    assert cases.list_cases(ctx, CaseFilter(awaiting_info=True))
    assert cases.list_cases(ctx, CaseFilter(extended=True))
    assert settings.get_settings(ctx).demo
    assert audit.verify_journal(ctx).intact


def test_the_demo_is_reproducible(ctx: ServiceContext) -> None:
    demo.fill_demo(ctx, cases=20, seed=7)
    names = sorted(c.person_name for c in cases.list_cases(ctx))
    demo.fill_demo(ctx, cases=20, seed=7)
    again = sorted(c.person_name for c in cases.list_cases(ctx))
    assert again == sorted(names * 2)


def test_the_demo_never_fills_a_real_case_base(ctx: ServiceContext) -> None:
    open_request(ctx)
    with pytest.raises(DpoError, match="vraies demandes"):
        demo.fill_demo(ctx, cases=5)
    assert len(cases.list_cases(ctx)) == 1
    assert not settings.get_settings(ctx).demo
