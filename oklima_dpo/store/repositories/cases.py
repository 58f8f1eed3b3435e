"""Cases: one request with its person, identifiers, rights, events and documents."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..models import Case, Document, Person, PersonIdentifier, ReferenceCounter


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, reference: str, *, for_update: bool = False) -> Case | None:
        """The case with everything it holds loaded; ``for_update`` locks its row until the
        unit of work ends (PostgreSQL), so that two users' steps on one case queue up."""
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
        return self._session.scalars(query).first()

    def add(self, case: Case) -> None:
        self._session.add(case)
        self._session.flush()  # its id, for the rows that refer to it

    def delete(self, case: Case) -> None:
        """The case and everything it holds (ON DELETE CASCADE)."""
        self._session.delete(case)
        self._session.flush()

    def next_reference(self, year: int) -> str:
        """DR-YYYY-NNNN, numbered per year; the counter row is locked until the unit of work
        ends."""
        counter = self._session.get(ReferenceCounter, year, with_for_update=True)
        if counter is None:
            counter = ReferenceCounter(year=year, last_number=0)
            self._session.add(counter)
        counter.last_number += 1
        return f"DR-{year}-{counter.last_number:04d}"

    def open_sharing(
        self, identifiers: Collection[tuple[str, str]], open_statuses: Collection[str]
    ) -> list[str]:
        """References of open cases where one of ``(kind, normalised)`` identifiers appears."""
        if not identifiers:
            return []
        stmt = (
            select(Case.reference)
            .where(Case.id.in_(_holding(identifiers)), Case.status.in_(list(open_statuses)))
            .order_by(Case.reference)
        )
        return list(self._session.scalars(stmt))

    def sharing(self, identifiers: Collection[tuple[str, str]], *, besides: int) -> Sequence[Case]:
        """Every case, open or past, where one of ``(kind, normalised)`` identifiers appears,
        the case ``besides`` aside; oldest first."""
        if not identifiers:
            return []
        stmt = (
            select(Case)
            .where(Case.id.in_(_holding(identifiers)), Case.id != besides)
            .order_by(Case.received_at, Case.id)
        )
        return list(self._session.scalars(stmt))

    def with_statuses(self, statuses: Collection[str]) -> Sequence[Case]:
        """Every case in ``statuses`` with its events and person (to re-date them)."""
        stmt = (
            select(Case)
            .where(Case.status.in_(list(statuses)))
            .options(selectinload(Case.events), selectinload(Case.person))
        )
        return self._session.scalars(stmt).all()

    def count(self, *, demo: bool | None = None) -> int:
        stmt = select(func.count(Case.id))
        if demo is not None:
            stmt = stmt.where(Case.is_demo.is_(demo))
        return self._session.scalar(stmt) or 0

    def ended_or_holding(self, open_statuses: Collection[str], role: str) -> list[Case]:
        """Cases no longer open, and cases holding a document of ``role`` (purge candidates)."""
        holding = exists().where(
            Document.case_id == Case.id, Document.role == role, Document.stored_as != ""
        )
        stmt = (
            select(Case)
            .where(or_(Case.status.not_in(list(open_statuses)), holding))
            .order_by(Case.id)
        )
        return list(self._session.scalars(stmt))


class DocumentRepository:
    """Files received and produced for a case, kept in the document store with their SHA-256."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, case: Case, document: Document) -> Document:
        case.documents.append(document)
        self._session.flush()  # its id: what marking it sent refers to
        return document


def _holding(identifiers: Collection[tuple[str, str]]) -> Select[int]:
    """The ids of the cases whose person holds one of ``(kind, normalised)`` identifiers."""
    conditions = [
        (PersonIdentifier.kind == kind) & (PersonIdentifier.normalized == normalized)
        for kind, normalized in identifiers
    ]
    return (
        select(Case.id)
        .join(Person, Person.case_id == Case.id)
        .join(PersonIdentifier, PersonIdentifier.person_id == Person.id)
        .where(or_(*conditions))
        .distinct()
    )
