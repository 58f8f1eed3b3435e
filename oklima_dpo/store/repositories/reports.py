"""Queries for reports over every case, streamed: rows come from the cursor in batches (a
server-side cursor on PostgreSQL) and only the current case is held, never ORM objects."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Case, CaseRight, Event

#: Rows fetched from the cursor at a time.
BATCH = 2000


@dataclass(frozen=True, slots=True)
class RightDecision:
    right: str
    outcome: str | None
    legal_ground: str | None


@dataclass(frozen=True, slots=True)
class RegisterCase:
    """One case as the register of requests needs it (codes, not labels)."""

    reference: str
    received_on: date
    channel: str
    status: str
    assignee: str | None
    first_due_on: date
    due_on: date  # cached: live only while the clock runs (see models.Case)
    extended: bool
    suspended_days: int
    clock_stopped_since: date | None
    answered_on: date | None  # the first ``sent`` event: the answer
    rights: tuple[RightDecision, ...]


def _register_case(row: tuple[Any, ...], rights: list[RightDecision]) -> RegisterCase:
    """``row``: the case's id, then the fields of :class:`RegisterCase` up to answered_on."""
    (
        _id,
        reference,
        received_on,
        channel,
        status,
        assignee,
        first_due_on,
        due_on,
        extended,
        suspended_days,
        clock_stopped_since,
        answered_on,
    ) = row
    return RegisterCase(
        reference,
        received_on,
        channel,
        status,
        assignee,
        first_due_on,
        due_on,
        extended,
        suspended_days,
        clock_stopped_since,
        answered_on,
        tuple(rights),
    )


class ReportQueries:
    """``uow.reports``: every case, streamed."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def count_cases(self) -> int:
        return self._session.scalar(select(func.count(Case.id))) or 0

    def register_cases(self, batch: int = BATCH) -> Generator[RegisterCase, None, None]:
        """Every case in order of receipt, then reference, with its rights and decisions.

        One query, one row per right (cases joined to their rights, ordered so that a case's rows
        follow each other), grouped here as they pass; the first answer is a correlated
        subquery on the events' case index.
        """
        answered_on = (
            select(func.min(Event.occurred_on))
            .where(Event.case_id == Case.id, Event.kind == "sent")
            .scalar_subquery()
            .label("answered_on")
        )
        stmt = (
            select(
                Case.id,
                Case.reference,
                Case.received_on,
                Case.channel,
                Case.status,
                Case.assignee,
                Case.first_due_on,
                Case.due_on,
                Case.extended,
                Case.suspended_days,
                Case.clock_stopped_since,
                answered_on,
                CaseRight.right,
                CaseRight.outcome,
                CaseRight.legal_ground,
            )
            .outerjoin(CaseRight, CaseRight.case_id == Case.id)
            .order_by(Case.received_on, Case.reference, CaseRight.id)
        )
        result = self._session.execute(stmt, execution_options={"yield_per": batch})
        try:
            current: tuple | None = None
            rights: list[RightDecision] = []
            for row in result:
                if current is None or row[0] != current[0]:
                    if current is not None:
                        yield _register_case(current, rights)
                    current, rights = tuple(row[:12]), []
                if row[12] is not None:
                    rights.append(RightDecision(row[12], row[13], row[14]))
            if current is not None:
                yield _register_case(current, rights)
        finally:
            result.close()  # a consumer that stops early frees the server-side cursor
