"""The read side of the queue, the dashboard and the alerts: rows, not cases, for speed.

A hundred thousand cases are listed from plain rows of the columns a queue line shows (the
deadline cached in indexed columns, see ``models.Case``); counts are made in the case base.
``quick`` reads the same first screenful with the standard library alone (a test holds both
equal).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Row, ScalarSelect, Select, exists, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from ..models import Case, CaseRight, Event, Person

SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True, slots=True)
class CaseQuery:
    """What a queue asks for; every part optional. The deadline bound preselects on the cached
    date; for a stopped clock the live date is later, so the service filters exactly."""

    statuses: Collection[str] = ()
    right: str | None = None
    due_on_or_before: date | None = None
    extended: bool | None = None
    text_folded: str | None = None  # matched on the folded name
    reference_part: str | None = None  # matched on the reference
    clock_stopped: bool | None = None  # only cases whose clock is stopped (True) or runs
    limit: int | None = None  # the first rows, soonest cached deadline first


SUMMARY_COLUMNS = (
    Case.reference,
    Person.display_name,
    Person.folded_name,
    Case.received_on,
    Case.status,
    Case.channel,
    Case.assignee,
    Case.first_due_on,
    Case.due_on,
    Case.extended,
    Case.suspended_days,
    Case.clock_stopped_since,
)


def rights_codes_column() -> ScalarSelect[str]:
    """The rights of each case, comma separated, computed in the same query."""
    return (
        select(func.aggregate_strings(CaseRight.right, ","))
        .where(CaseRight.case_id == Case.id)
        .scalar_subquery()
    )


#: What the dashboard needs of a case to date it live (see services.casework.live_dates).
DEADLINE_COLUMNS = (
    Case.reference,
    Case.status,
    Case.received_on,
    Case.first_due_on,
    Case.due_on,
    Case.extended,
    Case.suspended_days,
    Case.clock_stopped_since,
)


def _deadline_filtered(stmt: SelectT, statuses: Collection[str], extended: bool | None) -> SelectT:
    if statuses:
        stmt = stmt.where(Case.status.in_(list(statuses)))
    if extended is not None:
        stmt = stmt.where(Case.extended.is_(extended))
    return stmt


class QueueQueries:
    """The queue's and the dashboard's reads (``uow.queue``)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def summaries(self, query: CaseQuery) -> Sequence[Row]:
        rights = rights_codes_column().label("rights")
        stmt = select(*SUMMARY_COLUMNS, rights).join(Person, Person.case_id == Case.id)
        if query.statuses:
            stmt = stmt.where(Case.status.in_(list(query.statuses)))
        if query.right:
            stmt = stmt.where(
                exists().where(CaseRight.case_id == Case.id, CaseRight.right == query.right)
            )
        if query.due_on_or_before is not None:
            stmt = stmt.where(
                # The cached date is a lower bound of the live one (a stopped clock only moves a
                # deadline later), so it preselects stopped clocks too; the service decides exactly.
                Case.due_on <= query.due_on_or_before
            )
        if query.extended is not None:
            stmt = stmt.where(Case.extended.is_(query.extended))
        matches = []
        if query.text_folded:
            matches.append(Person.folded_name.contains(query.text_folded, autoescape=True))
        if query.reference_part:
            matches.append(Case.reference.contains(query.reference_part, autoescape=True))
        if matches:
            stmt = stmt.where(or_(*matches))
        if query.clock_stopped is not None:
            stopped = Case.clock_stopped_since
            stmt = stmt.where(stopped.is_not(None) if query.clock_stopped else stopped.is_(None))
        stmt = stmt.order_by(Case.due_on, Case.reference)
        if query.limit is not None:
            stmt = stmt.limit(query.limit)
        return self._session.execute(stmt).all()

    def answers_on_time(self, *, after: date, until: date) -> tuple[int, int]:
        """(answered, answered on time) over the cases whose first answer (event ``sent``) left
        after ``after`` and on or before ``until``. On time: on or before the cached deadline in
        force (``due_on``, the extended one when extended), which no longer moves once answered."""
        first_sent = (
            select(Event.case_id, func.min(Event.occurred_on).label("sent_on"))
            .where(Event.kind == "sent")
            .group_by(Event.case_id)
            .subquery()
        )
        on_time = func.sum(sql_case((first_sent.c.sent_on <= Case.due_on, 1), else_=0))
        stmt = (
            select(func.count(), on_time)
            .select_from(first_sent)
            .join(Case, Case.id == first_sent.c.case_id)
            .where(first_sent.c.sent_on > after, first_sent.c.sent_on <= until)
        )
        answered, in_time = self._session.execute(stmt).one()
        return int(answered or 0), int(in_time or 0)

    def info_requested_on(self, status: str) -> dict[str, date]:
        """Reference → day of the latest request for information, for the cases in ``status``
        (the one that waits for an answer: awaiting information)."""
        stmt = (
            select(Case.reference, func.max(Event.occurred_on))
            .join(Event, Event.case_id == Case.id)
            .where(Case.status == status, Event.kind == "info_requested")
            .group_by(Case.reference)
        )
        return {reference: on for reference, on in self._session.execute(stmt)}

    def count_with_running_clock(
        self,
        statuses: Collection[str] = (),
        *,
        extended: bool | None = None,
        due_on_or_before: date | None = None,
    ) -> int:
        """How many cases match; with a deadline bound, only those whose clock runs (their cached
        date is their date): stopped clocks are counted by the caller, see stopped_clock_rows."""
        stmt = _deadline_filtered(select(func.count(Case.id)), statuses, extended)
        if due_on_or_before is not None:
            stmt = stmt.where(Case.due_on <= due_on_or_before, Case.clock_stopped_since.is_(None))
        return self._session.scalar(stmt) or 0

    def stopped_clock_rows(
        self,
        statuses: Collection[str] = (),
        *,
        extended: bool | None = None,
        due_on_or_before: date | None = None,
    ) -> Sequence[Row]:
        """Cases whose clock is stopped and whose cached date is on or before the bound: a stopped
        clock only moves the date later, so no other can be due by then."""
        stmt = _deadline_filtered(select(*DEADLINE_COLUMNS), statuses, extended)
        stmt = stmt.where(Case.clock_stopped_since.is_not(None))
        if due_on_or_before is not None:
            stmt = stmt.where(Case.due_on <= due_on_or_before)
        return self._session.execute(stmt).all()

    def alert_candidate_rows(
        self, open_statuses: Collection[str], due_on_or_before: date, waiting_status: str
    ) -> Sequence[Row]:
        """Open cases that may raise an alert: a cached deadline by the bound (a live one is
        never earlier), or waiting for information (the reminder)."""
        stmt = (
            select(*DEADLINE_COLUMNS, Person.display_name)
            .join(Person, Person.case_id == Case.id)
            .where(
                Case.status.in_(list(open_statuses)),
                or_(Case.due_on <= due_on_or_before, Case.status == waiting_status),
            )
        )
        return self._session.execute(stmt).all()
