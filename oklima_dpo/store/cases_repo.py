"""Queries on cases. The services call these; nothing above the store writes SQL."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Row, exists, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, selectinload

from .models import (
    Case,
    CaseRight,
    Event,
    Person,
    PersonIdentifier,
    ReferenceCounter,
    Setting,
)


def get_case(session: Session, reference: str, *, for_update: bool = False) -> Case | None:
    query = (
        select(Case)
        .where(Case.reference == reference)
        .options(
            selectinload(Case.person).selectinload(Person.identifiers),
            selectinload(Case.rights),
            selectinload(Case.events),
            selectinload(Case.documents),
        )
    )
    if for_update:
        query = query.with_for_update(of=Case)
    return session.scalars(query).first()


def next_reference(session: Session, year: int) -> str:
    """DR-YYYY-NNNN, numbered per year; the counter row is locked until the caller commits."""
    counter = session.get(ReferenceCounter, year, with_for_update=True)
    if counter is None:
        counter = ReferenceCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    return f"DR-{year}-{counter.last_number:04d}"


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


def rights_codes_column():
    """The rights of each case, comma separated, computed in the same query."""
    return (
        select(func.aggregate_strings(CaseRight.right, ","))
        .where(CaseRight.case_id == Case.id)
        .scalar_subquery()
    )


def query_summaries(session: Session, query: CaseQuery) -> Sequence[Row]:
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
    return session.execute(stmt).all()


def open_cases_sharing(
    session: Session, identifiers: Collection[tuple[str, str]], open_statuses: Collection[str]
) -> list[str]:
    """References of open cases where one of ``(kind, normalized)`` identifiers appears."""
    if not identifiers:
        return []
    conditions = [
        (PersonIdentifier.kind == kind) & (PersonIdentifier.normalized == normalized)
        for kind, normalized in identifiers
    ]
    stmt = (
        select(Case.reference)
        .join(Person, Person.case_id == Case.id)
        .join(PersonIdentifier, PersonIdentifier.person_id == Person.id)
        .where(Case.status.in_(list(open_statuses)), or_(*conditions))
        .distinct()
        .order_by(Case.reference)
    )
    return list(session.scalars(stmt))


def open_cases_for_update(session: Session, open_statuses: Collection[str]) -> Sequence[Case]:
    stmt = (
        select(Case).where(Case.status.in_(list(open_statuses))).options(selectinload(Case.events))
    )
    return session.scalars(stmt).all()


def count_cases(session: Session, *, demo: bool | None = None) -> int:
    stmt = select(func.count(Case.id))
    if demo is not None:
        stmt = stmt.where(Case.is_demo.is_(demo))
    return session.scalar(stmt) or 0


def read_settings(session: Session) -> dict[str, object]:
    return {row.key: row.value for row in session.scalars(select(Setting))}


def write_setting(session: Session, key: str, value: object, *, at: datetime, actor: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=at, updated_by=actor))
    else:
        row.value, row.updated_at, row.updated_by = value, at, actor


# -- the dashboard and the alerts -------------------------------------------------------------
# (Imported here so that this section was added without touching the lines above.)


def answers_on_time(session: Session, *, after: date, until: date) -> tuple[int, int]:
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
    answered, in_time = session.execute(stmt).one()
    return int(answered or 0), int(in_time or 0)


def info_requested_on(session: Session, status: str) -> dict[str, date]:
    """Reference → day of the latest request for information, for the cases in ``status``
    (the one that waits for an answer: awaiting information)."""
    stmt = (
        select(Case.reference, func.max(Event.occurred_on))
        .join(Event, Event.case_id == Case.id)
        .where(Case.status == status, Event.kind == "info_requested")
        .group_by(Case.reference)
    )
    return {reference: on for reference, on in session.execute(stmt)}


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


def _deadline_filtered(stmt, statuses: Collection[str], extended: bool | None):
    if statuses:
        stmt = stmt.where(Case.status.in_(list(statuses)))
    if extended is not None:
        stmt = stmt.where(Case.extended.is_(extended))
    return stmt


def count_with_running_clock(
    session: Session,
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
    return session.scalar(stmt) or 0


def stopped_clock_rows(
    session: Session,
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
    return session.execute(stmt).all()


def alert_candidate_rows(
    session: Session, open_statuses: Collection[str], due_on_or_before: date, waiting_status: str
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
    return session.execute(stmt).all()
