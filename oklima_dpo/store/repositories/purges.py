"""The record of what minimisation purged, and the proof it kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..models import Purge


class PurgeRepository:
    """``uow.purges``."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, purge: Purge) -> None:
        self._session.add(purge)

    def last_at(self, case_reference: str, kind: str) -> datetime | None:
        """When the case's latest purge of ``kind`` ran (naive UTC)."""
        stmt = (
            select(Purge.at)
            .where(Purge.case_reference == case_reference, Purge.kind == kind)
            .order_by(Purge.id.desc())
            .limit(1)
        )
        return self._session.scalars(stmt).first()

    def forget_case(self, case_reference: str) -> None:
        """The case's purges kept its proof for its retention period, now over."""
        self._session.execute(delete(Purge).where(Purge.case_reference == case_reference))

    def closed_case_statistics(self) -> Iterator[dict[str, Any]]:
        """The anonymous statistics kept by the purge of each closed case past its retention."""
        for kept in self._session.scalars(select(Purge.kept).where(Purge.kind == "closed_case")):
            if kept and kept.get("received_month"):
                yield kept
