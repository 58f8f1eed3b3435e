"""Queries on cases. The services call these; nothing above the store writes SQL."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from .models import Case, CaseRight, Person, PersonIdentifier, ReferenceCounter, Setting


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
    """What a queue asks for; every part optional. Deadline parts are candidates only: cases
    whose clock is stopped are always returned, since their date moves every day."""

    statuses: Collection[str] = ()
    right: str | None = None
    due_on_or_before: date | None = None
    extended: bool | None = None
    text_folded: str | None = None  # matched on the folded name
    reference_part: str | None = None  # matched on the reference


SUMMARY_COLUMNS = (
    Case.reference,
    Person.display_name,
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
            or_(Case.due_on <= query.due_on_or_before, Case.clock_stopped_since.is_not(None))
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
    return session.execute(stmt.order_by(Case.due_on, Case.reference)).all()


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


def write_setting(session: Session, key: str, value: object, *, at, actor: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=at, updated_by=actor))
    else:
        row.value, row.updated_at, row.updated_by = value, at, actor
