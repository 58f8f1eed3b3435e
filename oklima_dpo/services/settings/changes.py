"""Changing the settings: only the keys that changed are stored, journaled by name (never the
personal data they hold) and, when the deadline policy changed, every open case re-dated,
saying which ones moved."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ...domain.case import deadline_from
from ...domain.deadlines import DeadlinePolicy
from ...domain.workflow import OPEN_STATUSES
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import refresh_deadline, timeline_of
from ..context import ServiceContext
from .checks import check_settings
from .keys import (
    CALENDAR,
    CLOSED_CASE_RETENTION,
    EXTENSION_READING,
    GATHERED_DATA_DAYS,
    JOURNAL_RETENTION,
    OWNER_TASK_DAYS,
    POLICY_KEYS,
    REMINDER_DAYS,
    SUPPRESSION_YEARS,
    SUSPENSION,
)
from .model import Settings, read, rows_of

# Keys whose values the journal may show: rules, not people (the DPO's name, e-mail, phone
# and address, and a folder path that may name a user, are personal data).
JOURNALED_VALUES = (
    *POLICY_KEYS,
    REMINDER_DAYS,
    OWNER_TASK_DAYS,
    CLOSED_CASE_RETENTION,
    JOURNAL_RETENTION,
    SUPPRESSION_YEARS,
    GATHERED_DATA_DAYS,
)


@dataclass(frozen=True, slots=True)
class Redated:
    """An open case whose deadline in force moved with the new policy."""

    reference: str
    person_name: str
    old_due: date
    new_due: date


@dataclass(frozen=True, slots=True)
class SettingsChange:
    changed_keys: tuple[str, ...]  # keys of the settings table, sorted
    redated: tuple[Redated, ...]  # by new date, then reference
    settings: Settings  # as stored now


def _redate_open_cases(
    uow: UnitOfWork, before: DeadlinePolicy, after: DeadlinePolicy, today: date
) -> list[Redated]:
    """Recompute every open case's cached deadline; list those whose date in force moved.

    Dates are compared live (a stopped clock counted up to today), as the DPO sees them.
    """
    moved = []
    for case in uow.cases.with_statuses([s.value for s in OPEN_STATUSES]):
        timeline = timeline_of(case)
        old_due = deadline_from(case.received_on, timeline, before, today).effective_due
        refresh_deadline(case, after)
        new_due = deadline_from(case.received_on, timeline, after, today).effective_due
        if old_due != new_due:
            moved.append(Redated(case.reference, case.person.display_name, old_due, new_due))
    return sorted(moved, key=lambda r: (r.new_due, r.reference))


def update_settings(ctx: ServiceContext, new: Settings) -> SettingsChange:
    """Check and store ``new`` (its ``demo`` flag aside); re-date open cases on a new policy."""
    checked = check_settings(new)
    # The dialog knows the choices, not where holidays come from: the program's source.
    checked = replace(checked, policy=replace(checked.policy, holidays=ctx.holidays))
    with ctx.unit_of_work() as uow:
        current = read(uow, ctx.holidays)
        old_rows, new_rows = rows_of(current), rows_of(checked)
        changed = sorted(key for key, value in new_rows.items() if old_rows[key] != value)
        if not changed:
            return SettingsChange((), (), current)
        for key in changed:
            uow.settings.write(key, new_rows[key])
        redated: list[Redated] = []
        if current.policy != checked.policy:
            redated = _redate_open_cases(uow, current.policy, checked.policy, ctx.today())
        uow.journal.record(
            "settings.changed",
            details={
                "keys": changed,
                "before": {k: old_rows[k] for k in changed if k in JOURNALED_VALUES},
                "after": {k: new_rows[k] for k in changed if k in JOURNALED_VALUES},
                "open_cases_redated": [r.reference for r in redated],
            },
        )
        uow.commit()
        stored = replace(checked, demo=current.demo)
        return SettingsChange(tuple(changed), tuple(redated), stored)


def set_deadline_policy(ctx: ServiceContext, policy: DeadlinePolicy) -> int:
    """Store the policy and re-date every open case with it; returns how many changed date."""
    policy = replace(policy, holidays=ctx.holidays)
    with ctx.unit_of_work() as uow:
        before = read(uow, ctx.holidays).policy
        for key, value in (
            (CALENDAR, policy.calendar.value),
            (SUSPENSION, policy.suspension_enabled),
            (EXTENSION_READING, policy.extension_reading.value),
        ):
            uow.settings.write(key, value)
        redated = _redate_open_cases(uow, before, policy, ctx.today())
        uow.journal.record(
            "settings.deadline_policy",
            details={
                "before": _policy_dict(before),
                "after": _policy_dict(policy),
                "open_cases_redated": len(redated),
            },
        )
        uow.commit()
        return len(redated)


def _policy_dict(policy: DeadlinePolicy) -> dict[str, object]:
    return {
        "calendar": policy.calendar.value,
        "suspension_enabled": policy.suspension_enabled,
        "extension_reading": policy.extension_reading.value,
    }
