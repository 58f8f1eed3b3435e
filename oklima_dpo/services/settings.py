"""Settings shared by every user of a case base (stored in it), and their effect on deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..domain.deadlines import Calendar, DeadlinePolicy, ExtensionReading
from ..domain.workflow import OPEN_STATUSES
from ..store import cases_repo, journal
from .casework import refresh_deadline
from .context import ServiceContext

CALENDAR = "deadline.calendar"
SUSPENSION = "deadline.suspension_enabled"
EXTENSION_READING = "deadline.extension_reading"
REMINDER_DAYS = "deadline.reminder_days"
DEMO = "demo"


@dataclass(frozen=True, slots=True)
class Settings:
    policy: DeadlinePolicy = field(default_factory=DeadlinePolicy)
    reminder_days: int = 15  # days without an answer to a request for information
    demo: bool = False  # a demo case base, filled with synthetic people


def read(session: Session) -> Settings:
    stored = cases_repo.read_settings(session)
    default = Settings()
    policy = DeadlinePolicy(
        calendar=Calendar(stored.get(CALENDAR, default.policy.calendar)),
        suspension_enabled=bool(stored.get(SUSPENSION, default.policy.suspension_enabled)),
        extension_reading=ExtensionReading(
            stored.get(EXTENSION_READING, default.policy.extension_reading)
        ),
    )
    return Settings(
        policy=policy,
        reminder_days=int(stored.get(REMINDER_DAYS, default.reminder_days)),  # type: ignore[arg-type]
        demo=bool(stored.get(DEMO, False)),
    )


def get_settings(ctx: ServiceContext) -> Settings:
    with ctx.store.unit_of_work() as session:
        return read(session)


def set_deadline_policy(ctx: ServiceContext, policy: DeadlinePolicy) -> int:
    """Store the policy and re-date every open case with it; returns how many changed date."""
    with ctx.store.unit_of_work() as session:
        now = ctx.now()
        before = read(session).policy
        for key, value in (
            (CALENDAR, policy.calendar.value),
            (SUSPENSION, policy.suspension_enabled),
            (EXTENSION_READING, policy.extension_reading.value),
        ):
            cases_repo.write_setting(
                session, key, value, at=now.replace(tzinfo=None), actor=ctx.actor
            )
        changed = 0
        for case in cases_repo.open_cases_for_update(session, OPEN_STATUSES):
            old_due = case.due_on
            refresh_deadline(case, policy)
            changed += case.due_on != old_due
        journal.append(
            session,
            at=now,
            actor=ctx.actor,
            action="settings.deadline_policy",
            details={
                "before": _policy_dict(before),
                "after": _policy_dict(policy),
                "open_cases_redated": changed,
            },
        )
        session.commit()
        return changed


def _policy_dict(policy: DeadlinePolicy) -> dict[str, object]:
    return {
        "calendar": policy.calendar.value,
        "suspension_enabled": policy.suspension_enabled,
        "extension_reading": policy.extension_reading.value,
    }
