"""The audit journal as a unit of work writes and reads it (the chain itself: ``store.journal``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from .. import journal as chain
from ..journal import Anchor, ChainCheck
from ..models import AuditEntry


class Journal:
    """``uow.journal``: each entry is written in the unit of work's transaction, so it is
    committed with the change it records, or not at all."""

    def __init__(
        self,
        session: Session,
        actor: str,
        clock: Callable[[], datetime],
        key: bytes | None = None,
    ) -> None:
        self._session, self._actor, self._clock = session, actor, clock
        self._key = key  # the HMAC key of an encrypted base's journal

    def record(
        self,
        action: str,
        *,
        case_reference: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """Who (the unit of work's actor) did ``action``, now, on which case; ``details``:
        references and counts, never a person's data."""
        return chain.append(
            self._session,
            at=self._clock(),
            actor=self._actor,
            action=action,
            case_reference=case_reference,
            details=details,
            key=self._key,
        )

    def verify(self, anchors: Iterable[Anchor] = ()) -> ChainCheck:
        return chain.verify(self._session, self._key, anchors)

    def head(self) -> tuple[int, str]:
        return chain.head_of(self._session)

    def rechain(self) -> int:
        return chain.rechain(self._session, self._key)

    def entries(
        self,
        *,
        case_reference: str | None = None,
        actor: str | None = None,
        action_prefix: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 5000,
    ) -> list[AuditEntry]:
        """The newest first, filtered; ``since``/``until`` naive UTC, until exclusive."""
        return chain.entries(
            self._session,
            case_reference=case_reference,
            actor=actor,
            action_prefix=action_prefix,
            since=since,
            until=until,
            limit=limit,
        )
