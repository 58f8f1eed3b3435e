"""Settings shared by every user of a case base: one row per key, a JSON value."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Setting


class SettingsRepository:
    """``uow.settings``: what is stored (absent keys read as their defaults, above)."""

    def __init__(self, session: Session, actor: str, clock: Callable[[], datetime]) -> None:
        self._session, self._actor, self._clock = session, actor, clock

    def values(self) -> dict[str, object]:
        return {row.key: row.value for row in self._session.scalars(select(Setting))}

    def value(self, key: str) -> object | None:
        row = self._session.get(Setting, key)
        return None if row is None else row.value

    def write(self, key: str, value: object) -> None:
        """Stored with who changed it and when."""
        at = self._clock().replace(tzinfo=None)
        row = self._session.get(Setting, key)
        if row is None:
            self._session.add(Setting(key=key, value=value, updated_at=at, updated_by=self._actor))
        else:
            row.value, row.updated_at, row.updated_by = value, at, self._actor
