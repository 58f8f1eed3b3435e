"""Deadline settings are shared in the case base; changing them re-dates the open cases."""

from __future__ import annotations

from datetime import UTC, date, datetime

from oklima_dpo.domain.deadlines import Calendar, DeadlinePolicy, ExtensionReading
from oklima_dpo.domain.french import PARIS
from oklima_dpo.services import cases, settings
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.views import CaseFilter

from ..conftest import Clock
from .helpers import open_request


def test_defaults(ctx: ServiceContext) -> None:
    current = settings.get_settings(ctx)
    assert current.policy == DeadlinePolicy()
    assert current.reminder_days == 15 and not current.demo


def test_changing_the_calendar_redates_open_cases_only(ctx: ServiceContext, clock: Clock) -> None:
    """Received 25/11/2025: due 26/12 nationally, 29/12 in Alsace-Moselle (26/12 is a holiday)."""
    clock.now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    open_case = open_request(ctx, received_at=datetime(2025, 11, 25, 10, 0, tzinfo=PARIS))
    done = open_request(
        ctx, name="Marc Durand", received_at=datetime(2025, 11, 25, 11, 0, tzinfo=PARIS)
    )
    cases.withdraw(ctx, done)
    assert cases.show_case(ctx, open_case).deadline.due == date(2025, 12, 26)

    changed = settings.set_deadline_policy(ctx, DeadlinePolicy(calendar=Calendar.ALSACE_MOSELLE))
    assert changed == 1
    assert settings.get_settings(ctx).policy.calendar is Calendar.ALSACE_MOSELLE
    detail = cases.show_case(ctx, open_case)
    assert detail.deadline.due == date(2025, 12, 29)
    assert "Noël" in detail.deadline.explanation
    assert "Saint-Étienne" in detail.deadline.explanation  # the Alsace-Moselle holiday
    # The queue (cached dates) agrees with the case view.
    listed = {c.reference: c.due for c in cases.list_cases(ctx, CaseFilter(open_only=True))}
    assert listed == {open_case: date(2025, 12, 29)}


def test_the_careful_reading_of_extensions_is_a_setting(ctx: ServiceContext, clock: Clock) -> None:
    clock.now = datetime(2025, 2, 3, 9, 0, tzinfo=UTC)
    reference = open_request(ctx, received_at=datetime(2025, 1, 31, 10, 0, tzinfo=PARIS))
    cases.extend(ctx, reference, "Complexe")
    assert cases.show_case(ctx, reference).deadline.due == date(2025, 4, 30)
    settings.set_deadline_policy(
        ctx, DeadlinePolicy(extension_reading=ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS)
    )
    assert cases.show_case(ctx, reference).deadline.due == date(2025, 4, 28)


def test_switching_suspension_off_restarts_the_clock(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    cases.request_information(ctx, reference, on=date(2025, 3, 12))
    settings.set_deadline_policy(ctx, DeadlinePolicy(suspension_enabled=False))
    detail = cases.show_case(ctx, reference)
    assert detail.deadline.due == date(2025, 4, 10)
    assert not detail.deadline.clock_stopped
    assert "désactivée" in detail.deadline.explanation
    [summary] = cases.list_cases(ctx)
    assert summary.due == date(2025, 4, 10) and not summary.clock_stopped
