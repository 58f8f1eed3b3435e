"""The audit journal: checking its chain, and reading it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ..domain.french import PARIS
from ..store.journal import ChainCheck
from .context import ServiceContext

__all__ = ["ChainCheck", "JournalEntry", "JournalFilter", "list_entries", "verify_journal"]


@dataclass(frozen=True, slots=True)
class JournalFilter:
    case_reference: str = ""
    actor: str = ""
    action_prefix: str = ""  # "case." for every step of cases, "settings." …
    since: date | None = None  # Paris dates, both included
    until: date | None = None
    limit: int = 5000


@dataclass(frozen=True, slots=True)
class JournalEntry:
    seq: int
    at: datetime  # aware UTC
    actor: str
    action: str
    case_reference: str | None
    details: dict[str, object]


def verify_journal(ctx: ServiceContext) -> ChainCheck:
    """Walk the chain of hashes; the result names the first bad entry, if any."""
    with ctx.unit_of_work() as uow:
        return uow.journal.verify()


def _utc_start(day: date) -> datetime:
    """Midnight in Paris of ``day``, as naive UTC (how the journal stores time)."""
    return datetime.combine(day, time(0), tzinfo=PARIS).astimezone(UTC).replace(tzinfo=None)


def list_entries(ctx: ServiceContext, wanted: JournalFilter | None = None) -> list[JournalEntry]:
    """Who did what, when, on which case: newest first."""
    wanted = wanted or JournalFilter()
    with ctx.unit_of_work() as uow:
        rows = uow.journal.entries(
            case_reference=wanted.case_reference.strip().upper() or None,
            actor=wanted.actor.strip() or None,
            action_prefix=wanted.action_prefix or None,
            since=_utc_start(wanted.since) if wanted.since else None,
            until=_utc_start(wanted.until + timedelta(days=1)) if wanted.until else None,
            limit=wanted.limit,
        )
        return [
            JournalEntry(
                e.seq,
                e.at.replace(tzinfo=UTC),
                e.actor,
                e.action,
                e.case_reference,
                json.loads(e.details),
            )
            for e in rows
        ]
