"""Rights carried out in the company's systems, and the tasks opened for people outside the
program (sources' owners, recipients to notify)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from ..models import Case, Execution, Person, Task


class ExecutionRepository:
    """Executions and their plans (``uow.executions``), oldest first."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, case_id: int, execution_id: int) -> Execution | None:
        """The execution, only when it belongs to the case."""
        row = self._session.get(Execution, execution_id)
        return row if row is not None and row.case_id == case_id else None

    def for_case(self, case_id: int, *, statuses: Collection[str] = ()) -> list[Execution]:
        stmt = select(Execution).where(Execution.case_id == case_id)
        if statuses:
            stmt = stmt.where(Execution.status.in_(list(statuses)))
        return list(self._session.scalars(stmt.order_by(Execution.id)))

    def applied_since(self, case_id: int, since: datetime, *, besides: int) -> int | None:
        """The id of an execution of the case, other than ``besides``, applied at or after
        ``since`` (naive UTC); None when there is none."""
        stmt = select(Execution.id).where(
            Execution.case_id == case_id,
            Execution.id != besides,
            Execution.applied_at >= since,
        )
        return self._session.scalars(stmt).first()

    def with_status(self, status: str, reference: str | None = None) -> list[tuple[str, int]]:
        """(case reference, execution id) of the executions in ``status``, oldest first."""
        stmt = (
            select(Case.reference, Execution.id)
            .join(Case, Case.id == Execution.case_id)
            .where(Execution.status == status)
            .order_by(Execution.id)
        )
        if reference is not None:
            stmt = stmt.where(Case.reference == reference.strip().upper())
        return [(ref, int(eid)) for ref, eid in self._session.execute(stmt).all()]

    def unverified(self, reference: str | None = None) -> list[tuple[str, int]]:
        """Executions applied whose verification was never recorded (a crash came between)."""
        stmt = (
            select(Case.reference, Execution.id)
            .join(Case, Case.id == Execution.case_id)
            .where(Execution.status == "applied", Execution.verification.is_(None))
            .order_by(Execution.id)
        )
        if reference is not None:
            stmt = stmt.where(Case.reference == reference.strip().upper())
        return [(ref, int(eid)) for ref, eid in self._session.execute(stmt).all()]

    def add(self, execution: Execution) -> Execution:
        self._session.add(execution)
        self._session.flush()  # its id, which the journal and the tasks name
        return execution


class TaskRepository:
    """Tasks for sources' owners and recipients (``uow.tasks``), oldest first."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, case_id: int, task_id: int) -> Task | None:
        """The task, only when it belongs to the case."""
        row = self._session.get(Task, task_id)
        return row if row is not None and row.case_id == case_id else None

    def for_case(
        self, case_id: int, *, kinds: Collection[str] = (), statuses: Collection[str] = ()
    ) -> list[Task]:
        stmt = select(Task).where(Task.case_id == case_id)
        if kinds:
            stmt = stmt.where(Task.kind.in_(list(kinds)))
        if statuses:
            stmt = stmt.where(Task.status.in_(list(statuses)))
        return list(self._session.scalars(stmt.order_by(Task.id)))

    def owners(self, case_id: int, kinds: Collection[str], unattached_kind: str) -> list[Task]:
        """Tasks of ``kinds`` that an execution opened, and those of ``unattached_kind`` opened
        without one (a consent withdrawal's, for sources the program cannot write)."""
        stmt = (
            select(Task)
            .where(
                Task.case_id == case_id,
                Task.kind.in_(list(kinds)),
                or_(Task.execution_id.is_not(None), Task.kind == unattached_kind),
            )
            .order_by(Task.id)
        )
        return list(self._session.scalars(stmt))

    def late(self, today: date, open_statuses: Collection[str]) -> Sequence[Row]:
        """Owners' tasks still open after their due day, in open cases: (the case's reference,
        the person's name, the task), the oldest due first."""
        stmt = (
            select(Case.reference, Person.display_name, Task)
            .join(Case, Case.id == Task.case_id)
            .join(Person, Person.case_id == Case.id)
            .where(
                Task.status == "open",
                Task.due_on.is_not(None),
                Task.due_on < today,
                Case.status.in_(list(open_statuses)),
            )
            .order_by(Task.due_on, Task.id)
        )
        return self._session.execute(stmt).all()

    def for_execution(self, execution_id: int) -> list[Task]:
        stmt = select(Task).where(Task.execution_id == execution_id).order_by(Task.id)
        return list(self._session.scalars(stmt))

    def add(self, task: Task) -> Task:
        self._session.add(task)
        self._session.flush()  # its id, which the journal names
        return task
