"""What each deadline choice gives: the dates the settings dialog shows beside them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...domain.deadlines import (
    PACKAGE_HOLIDAYS,
    Calendar,
    DeadlinePolicy,
    ExtensionReading,
    PublicHolidays,
    Suspension,
    compute_deadline,
)
from ..context import ServiceContext
from .model import Settings, get_settings


@dataclass(frozen=True, slots=True)
class ExampleDeadline:
    """A made-up request and the date a choice gives it, with the reasoning in words."""

    received: date
    due: date
    explanation: str


@dataclass(frozen=True, slots=True)
class Holiday:
    day: date
    name: str


@dataclass(frozen=True)
class PolicyPreview:
    """Example dates for every choice of the deadline settings, for one year."""

    year: int
    extension: dict[tuple[Calendar, ExtensionReading], ExampleDeadline]
    # Suspension example: information asked on ``asked``, answered on ``answered``.
    asked: date
    answered: date
    suspension: dict[tuple[Calendar, bool], ExampleDeadline]
    alsace_moselle_only: tuple[Holiday, ...]  # holidays of Alsace-Moselle not national

    def extension_example(self, calendar: Calendar, reading: ExtensionReading) -> ExampleDeadline:
        return self.extension[calendar, reading]

    def suspension_example(self, calendar: Calendar, enabled: bool) -> ExampleDeadline:
        return self.suspension[calendar, enabled]

    def reminder_date(self, days: int) -> date:
        """When the reminder falls for the example's request for information."""
        return self.asked + timedelta(days=days)


def _extension_receipt(year: int, holidays: PublicHolidays) -> date:
    """31/01 where the two readings differ (a capped month end); else another month end."""
    candidates = [date(year, 1, 31), date(year, 5, 31), date(year, 10, 31)]
    for received in candidates:
        dates = {
            compute_deadline(
                received,
                policy=DeadlinePolicy(
                    calendar=calendar, extension_reading=reading, holidays=holidays
                ),
                today=received,
            ).extended_due
            for calendar in Calendar
            for reading in ExtensionReading
        }
        if len(dates) > 1:
            return received
    return candidates[0]


def policy_preview(year: int, holidays: PublicHolidays = PACKAGE_HOLIDAYS) -> PolicyPreview:
    received = _extension_receipt(year, holidays)
    extension = {}
    for calendar in Calendar:
        for reading in ExtensionReading:
            deadline = compute_deadline(
                received,
                policy=DeadlinePolicy(
                    calendar=calendar, extension_reading=reading, holidays=holidays
                ),
                today=received,
            )
            extension[calendar, reading] = ExampleDeadline(
                received, deadline.extended_due, deadline.explanation_extended
            )
    example_received, asked, answered = date(year, 3, 10), date(year, 3, 12), date(year, 3, 20)
    suspension = {}
    for calendar in Calendar:
        for enabled in (True, False):
            deadline = compute_deadline(
                example_received,
                suspensions=[Suspension(asked, answered)],
                policy=DeadlinePolicy(
                    calendar=calendar, suspension_enabled=enabled, holidays=holidays
                ),
                today=answered,
            )
            suspension[calendar, enabled] = ExampleDeadline(
                example_received, deadline.due, deadline.explanation_first
            )
    day, extra = date(year, 1, 1), []
    while day.year == year:
        name = holidays.name(day, Calendar.ALSACE_MOSELLE)
        if name and not holidays.name(day, Calendar.NATIONAL):
            extra.append(Holiday(day, name))
        day += timedelta(days=1)
    return PolicyPreview(year, extension, asked, answered, suspension, tuple(extra))


@dataclass(frozen=True)
class EditableSettings:
    """What the settings dialog loads: the settings and the dates each choice gives."""

    settings: Settings
    preview: PolicyPreview


def settings_for_editing(ctx: ServiceContext) -> EditableSettings:
    return EditableSettings(get_settings(ctx), policy_preview(ctx.today().year, ctx.holidays))
