"""The marketing suppression list (Art. 21(3)): identifiers not to contact, until a date."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import delete, func, select, tuple_
from sqlalchemy.orm import Session

from ..models import Suppression

Identifier = tuple[str, str]  # (kind, normalised value)

#: Identifiers looked up per statement: far below every database's limit on parameters.
CHUNK = 400


class SuppressionRepository:
    """``uow.suppressions``."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def entries(self, identifiers: Collection[Identifier]) -> dict[Identifier, Suppression]:
        """The list's entries for ``identifiers``, expired or not."""
        found: dict[Identifier, Suppression] = {}
        wanted = sorted(identifiers)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            stmt = select(Suppression).where(
                tuple_(Suppression.kind, Suppression.normalized).in_(chunk)
            )
            found.update({(row.kind, row.normalized): row for row in self._session.scalars(stmt)})
        return found

    def listed(self, identifiers: Collection[Identifier], on: date | None) -> set[Identifier]:
        """Those of ``identifiers`` on the list on ``on`` (None: any entry not yet purged)."""
        return {
            key
            for key, row in self.entries(identifiers).items()
            if on is None or row.expires_on >= on
        }

    def active(self, on: date) -> dict[str, list[str]]:
        """Kind → normalised values on the list on ``on``."""
        by_kind: dict[str, list[str]] = {}
        stmt = select(Suppression.kind, Suppression.normalized).where(Suppression.expires_on >= on)
        for kind, value in self._session.execute(stmt):
            by_kind.setdefault(kind, []).append(value)
        return by_kind

    def count_active(self, on: date) -> int:
        stmt = select(func.count()).select_from(Suppression).where(Suppression.expires_on >= on)
        return self._session.scalar(stmt) or 0

    def count_expired(self, on: date) -> int:
        stmt = select(func.count()).select_from(Suppression).where(Suppression.expires_on < on)
        return self._session.scalar(stmt) or 0

    def remove_expired(self, on: date) -> int:
        """Delete the entries whose period ended before ``on``; how many went."""
        result = self._session.execute(delete(Suppression).where(Suppression.expires_on < on))
        return int(getattr(result, "rowcount", 0) or 0)

    def add(self, entry: Suppression) -> None:
        self._session.add(entry)
