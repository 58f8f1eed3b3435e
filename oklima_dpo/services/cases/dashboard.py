"""The dashboard's figures and the deadline alerts.

Every figure but the on-time rate is the size of a queue: it is defined by the CaseFilter in
FIGURES, and a click on it opens the queue with exactly that filter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ...domain.alerts import Alert, LateTask, WatchedCase, alerts_for
from ...domain.deadlines import DeadlinePolicy, add_months
from ...domain.workflow import OPEN_STATUSES, Status
from ...store.unit_of_work import UnitOfWork
from ..backup import BackupState, backup_state
from ..context import ServiceContext
from ..settings.model import read as read_settings
from .queue import allowed_statuses, deadline_bound, list_cases_in, row_dates
from .views import CaseFilter, CaseSummary

#: How far ahead "due soon" looks (days), and how many deadlines the dashboard lists.
DUE_SOON_DAYS = 7
NEXT_DEADLINES = 10
#: The on-time rate looks at the answers sent over this many months.
ON_TIME_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Figure:
    key: str  # the name of the count in DashboardFigures
    label_fr: str
    filter: CaseFilter


FIGURES: tuple[Figure, ...] = (
    Figure("open", "Demandes ouvertes", CaseFilter(open_only=True)),
    Figure(
        "due_soon",
        "Échéance sous 7 jours (retards compris)",
        CaseFilter(due_within_days=DUE_SOON_DAYS),
    ),
    Figure("overdue", "En retard", CaseFilter(overdue=True)),
    Figure("awaiting_info", "En attente d’informations", CaseFilter(awaiting_info=True)),
    Figure("extended", "Prolongées", CaseFilter(open_only=True, extended=True)),
)
FIGURE_FILTERS: dict[str, CaseFilter] = {f.key: f.filter for f in FIGURES}


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    today: date
    open: int
    due_soon: int  # overdue cases included: their deadline is before today + 7 days
    overdue: int
    awaiting_info: int
    extended: int
    answered: int  # first answers sent over the last 12 months
    answered_on_time: int
    next_deadlines: tuple[CaseSummary, ...]  # open cases, soonest deadline in force first
    late_tasks: tuple[LateTask, ...] = ()  # owners' tasks past their due day, oldest first
    backup: BackupState | None = None  # the last backup, and whether it is too old

    def count(self, key: str) -> int:
        """The figure named by a key of FIGURE_FILTERS."""
        if key not in FIGURE_FILTERS:
            raise KeyError(key)
        return int(getattr(self, key))

    @property
    def on_time_percent(self) -> float | None:
        """Share of the answers sent on time, 0–100; None when none was sent."""
        if not self.answered:
            return None
        return 100 * self.answered_on_time / self.answered


def figures(ctx: ServiceContext) -> DashboardFigures:
    """The dashboard: the size of each queue of FIGURES, the on-time rate of the answers sent
    over the last 12 months, and the ten next deadlines.

    Counted in the case base on the cached deadline columns, not by loading each queue: only
    cases whose clock is stopped are dated live (their date moves every day), exactly as
    ``list_cases`` does. The tests hold each count equal to ``len(list_cases(filter))``.
    """
    today = ctx.today()
    with ctx.unit_of_work() as uow:
        policy = read_settings(uow, ctx.holidays).policy
        counts = {f.key: _count(uow, f.filter, policy, today) for f in FIGURES}
        answered, on_time = uow.queue.answers_on_time(
            after=add_months(today, -ON_TIME_MONTHS), until=today
        )
        next_ten = list_cases_in(
            uow, policy, today, CaseFilter(open_only=True, limit=NEXT_DEADLINES)
        )
        late = late_tasks_in(uow, ctx, today)
    return DashboardFigures(
        backup=backup_state(ctx),
        today=today,
        answered=answered,
        answered_on_time=on_time,
        next_deadlines=tuple(next_ten),
        late_tasks=late,
        **counts,
    )


def late_tasks_in(uow: UnitOfWork, ctx: ServiceContext, today: date) -> tuple[LateTask, ...]:
    """The owners' tasks of open cases still open after their due day, oldest due first."""
    catalogue = ctx.configuration.catalogue_if_any(uow)
    late = []
    for reference, person_name, task in uow.tasks.late(today, _codes(OPEN_STATUSES)):
        spec = catalogue.sources.get(task.target) if catalogue is not None else None
        late.append(
            LateTask(
                reference=reference,
                person_name=person_name,
                task_id=task.id,
                source_name=spec.name if spec else task.target,
                owner=spec.owner.team if spec else "",
                due_on=task.due_on,
            )
        )
    return tuple(late)


def alerts(ctx: ServiceContext) -> list[Alert]:
    """The alerts of today (domain.alerts), the most urgent first."""
    today = ctx.today()
    with ctx.unit_of_work() as uow:
        current = read_settings(uow, ctx.holidays)
        asked = uow.queue.info_requested_on(Status.AWAITING_INFO.value)
        # Only these can raise an alert: a deadline (or the first one, when not extended)
        # within 7 days or passed, or a request for information waiting for its answer.
        rows = uow.queue.alert_candidate_rows(
            _codes(OPEN_STATUSES),
            today + timedelta(days=DUE_SOON_DAYS),
            Status.AWAITING_INFO.value,
        )
        late = late_tasks_in(uow, ctx, today)
    watched = []
    for row in rows:
        first, due = row_dates(row, current.policy, today)
        watched.append(
            WatchedCase(
                reference=row.reference,
                person_name=row.display_name,
                status=Status(row.status),
                first_due=first,
                due=due,
                extended=row.extended,
                clock_stopped=row.clock_stopped_since is not None,
                info_requested_on=asked.get(row.reference),
            )
        )
    return alerts_for(watched, today, current.reminder_days, late)


# -- counting without loading -------------------------------------------------------------


def _codes(statuses: Iterable[Status]) -> list[str]:
    return sorted(s.value for s in statuses)


def _count(uow: UnitOfWork, wanted: CaseFilter, policy: DeadlinePolicy, today: date) -> int:
    """``len(list_cases(wanted))`` for the parts FIGURES use: statuses, extended, deadline."""
    if wanted.text.strip() or wanted.right is not None or wanted.limit:
        raise ValueError("a figure counts on statuses, extension and deadline only")
    statuses = allowed_statuses(wanted)
    if statuses is not None and not statuses:
        return 0  # the parts contradict each other
    codes = _codes(statuses or ())
    bound = deadline_bound(wanted, today)
    running = uow.queue.count_with_running_clock(
        codes, extended=wanted.extended, due_on_or_before=bound
    )
    if bound is None:
        return running  # stopped clocks included: no date to check
    stopped = uow.queue.stopped_clock_rows(codes, extended=wanted.extended, due_on_or_before=bound)
    return running + sum(row_dates(row, policy, today)[1] <= bound for row in stopped)
