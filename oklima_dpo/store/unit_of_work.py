"""One transaction on the case base, as the services see it: a repository per aggregate and
the journal, all in the same transaction, rolled back unless the use case commits.

Services open one unit of work per thing the user does (``ServiceContext.unit_of_work``),
load what they need through the repositories, change it, journal it and commit once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from .repositories.cases import CaseRepository, DocumentRepository
from .repositories.executions import ExecutionRepository, TaskRepository
from .repositories.findings import FindingRepository, ReviewRepository
from .repositories.journal import Journal
from .repositories.purges import PurgeRepository
from .repositories.queue import QueueQueries
from .repositories.reports import ReportQueries
from .repositories.settings import SettingsRepository
from .repositories.suppressions import SuppressionRepository

__all__ = ["UnitOfWork"]


class UnitOfWork:
    """``cases``, ``documents``, ``findings``, ``reviews``, ``executions``, ``tasks``,
    ``suppressions``, ``purges``, ``settings`` (the aggregates); ``queue`` and ``reports``
    (reads over every case); ``journal`` (who did what, in this transaction)."""

    def __init__(
        self,
        session: Session,
        actor: str,
        clock: Callable[[], datetime],
        journal_key: bytes | None = None,
    ) -> None:
        self._session = session
        self.cases = CaseRepository(session)
        self.documents = DocumentRepository(session)
        self.findings = FindingRepository(session)
        self.reviews = ReviewRepository(session)
        self.executions = ExecutionRepository(session)
        self.tasks = TaskRepository(session)
        self.suppressions = SuppressionRepository(session)
        self.purges = PurgeRepository(session)
        self.settings = SettingsRepository(session, actor, clock)
        self.queue = QueueQueries(session)
        self.reports = ReportQueries(session)
        self.journal = Journal(session, actor, clock, journal_key)

    def commit(self) -> None:
        self._session.commit()

    def rollback(self) -> None:
        self._session.rollback()

    def forget_loaded(self) -> None:
        """After a commit in a long batch (the demo's thousands of cases): let go of the rows
        loaded so far, so that memory does not grow with the batch."""
        self._session.expunge_all()
