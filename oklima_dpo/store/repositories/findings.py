"""What gathering found for a case: the records tied to the person, each source's state, and
the reviewed snapshots the DPO saved."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ..models import Finding, ReviewSnapshotRow, SourceState


class FindingRepository:
    """Findings and source states (``uow.findings``)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_case(self, case_id: int) -> list[Finding]:
        """By source, table, then as found."""
        stmt = (
            select(Finding)
            .where(Finding.case_id == case_id)
            .order_by(Finding.source_id, Finding.table_name, Finding.id)
        )
        return list(self._session.scalars(stmt))

    def for_source(self, case_id: int, source_id: str) -> list[Finding]:
        stmt = select(Finding).where(Finding.case_id == case_id, Finding.source_id == source_id)
        return list(self._session.scalars(stmt))

    def get(self, case_id: int, finding_id: int) -> Finding | None:
        """The finding, only when it belongs to the case."""
        row = self._session.get(Finding, finding_id)
        return row if row is not None and row.case_id == case_id else None

    def included(self, case_id: int, *, except_sources: Collection[str] = ()) -> list[Finding]:
        """The records the DPO keeps (included, still found), from every source but some."""
        stmt = select(Finding).where(
            Finding.case_id == case_id, Finding.included.is_(True), Finding.change != "gone"
        )
        if except_sources:
            stmt = stmt.where(Finding.source_id.not_in(list(except_sources)))
        return list(self._session.scalars(stmt))

    def keyed(self, case_id: int, source_id: str, key_prefix: str) -> list[Finding]:
        """A source's findings whose key starts with ``key_prefix``."""
        stmt = select(Finding).where(
            Finding.case_id == case_id,
            Finding.source_id == source_id,
            Finding.record_key.startswith(key_prefix, autoescape=True),
        )
        return list(self._session.scalars(stmt))

    def count(self, case_id: int, source_id: str | None = None) -> int:
        stmt = select(func.count(Finding.id)).where(Finding.case_id == case_id)
        if source_id is not None:
            stmt = stmt.where(Finding.source_id == source_id)
        return self._session.scalar(stmt) or 0

    def any_not_keyed_like(self, case_id: int, key_prefix: str) -> bool:
        """Whether a finding of the case has a key not starting with ``key_prefix``."""
        return bool(
            self._session.scalar(
                select(
                    exists().where(
                        Finding.case_id == case_id,
                        Finding.record_key.not_like(f"{key_prefix}%"),
                    )
                )
            )
        )

    def add(self, finding: Finding) -> None:
        self._session.add(finding)

    # -- where each source stands -----------------------------------------------------------

    def states(self, case_id: int) -> list[SourceState]:
        stmt = (
            select(SourceState)
            .where(SourceState.case_id == case_id)
            .order_by(SourceState.source_id)
        )
        return list(self._session.scalars(stmt))

    def state(self, case_id: int, source_id: str) -> SourceState:
        """The source's state in the case, made (not yet asked) when it has none."""
        stmt = select(SourceState).where(
            SourceState.case_id == case_id, SourceState.source_id == source_id
        )
        state = self._session.scalars(stmt).first()
        if state is None:
            state = SourceState(case_id=case_id, source_id=source_id, records=0)
            self._session.add(state)
        return state


class ReviewRepository:
    """The reviewed snapshots of a case (``uow.reviews``), oldest first."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_case(self, case_id: int) -> list[ReviewSnapshotRow]:
        stmt = (
            select(ReviewSnapshotRow)
            .where(ReviewSnapshotRow.case_id == case_id)
            .order_by(ReviewSnapshotRow.id)
        )
        return list(self._session.scalars(stmt))

    def latest(self, case_id: int) -> ReviewSnapshotRow | None:
        stmt = (
            select(ReviewSnapshotRow)
            .where(ReviewSnapshotRow.case_id == case_id)
            .order_by(ReviewSnapshotRow.id.desc())
            .limit(1)
        )
        return self._session.scalars(stmt).first()

    def add(self, snapshot: ReviewSnapshotRow) -> ReviewSnapshotRow:
        self._session.add(snapshot)
        self._session.flush()  # its id, which the journal names
        return snapshot
