"""The audit journal: checking its chain, and reading it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from ..domain.french import PARIS
from ..store.journal import Anchor, ChainCheck
from ..store.vault import KeyFile, keep_anchor, key_file_path, keyring_anchor
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


def verify_journal(ctx: ServiceContext, against: Path | None = None) -> ChainCheck:
    """Walk the chain of hashes; the result names the first bad entry, if any. The heads known
    outside the base must still be in it: the OS keyring's, and ``against``'s (a backup)."""
    anchors = known_anchors(ctx)
    if against is not None:
        from .backup import archive_anchor

        anchors.append(archive_anchor(ctx, against))
    with ctx.unit_of_work() as uow:
        return uow.journal.verify(anchors)


def known_anchors(ctx: ServiceContext) -> list[Anchor]:
    """The journal head the OS keyring keeps for an encrypted base, if it keeps one."""
    base = ctx.store.target.sqlite_path
    if base is None or ctx.store.target.journal_key is None:
        return []
    anchor = keyring_anchor(KeyFile.read(key_file_path(base)).base_id)
    return [anchor] if anchor is not None else []


def remember_journal_head(ctx: ServiceContext) -> bool:
    """Keep the journal's head in the OS keyring (at closing): the journal can no longer be
    cut back behind it unseen. False where there is no keyring or no encrypted base. (The
    chain is not walked again here: closing stays quick; ``audit verify`` walks it.)"""
    base = ctx.store.target.sqlite_path
    if base is None or ctx.store.target.journal_key is None:
        return False
    with ctx.unit_of_work() as uow:
        seq, digest = uow.journal.head()
    return keep_anchor(KeyFile.read(key_file_path(base)).base_id, seq, digest)


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
