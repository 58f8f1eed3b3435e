"""The audit journal: append-only, each entry carrying the hash of the one before.

The hash covers the entry's number, time, author, action, case and details, and the previous
hash; so altering, deleting or inserting a row breaks the chain at that row. The journal head
(one row) holds the last number and hash: it serialises writers and reveals a truncated tail.

In an encrypted case base the hash is an HMAC-SHA256 under the journal key held with the
base's key: whoever edits the file cannot recompute the chain. A head known outside the base
(an *anchor*: in a backup, in the OS keyring) must still be in the chain, unchanged; so the
journal cannot be cut back behind it unseen either.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .models import AuditEntry, Case, JournalHead

GENESIS_HASH = "0" * 64
HEAD_ID = 1


def canonical_json(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    case_reference: str | None,
    details: str,
    prev_hash: str,
    key: bytes | None = None,
) -> str:
    """SHA-256 of the entry, or its HMAC-SHA256 under ``key`` (an encrypted base's)."""
    fields = [
        seq,
        at.isoformat(timespec="microseconds"),
        actor,
        action,
        case_reference,
        details,
        prev_hash,
    ]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if key is not None:
        return hmac.new(key, payload, hashlib.sha256).hexdigest()
    return hashlib.sha256(payload).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    case_reference: str | None = None,
    details: dict[str, Any] | None = None,
    key: bytes | None = None,
) -> AuditEntry:
    """Add one entry in the caller's transaction (which commits it with the change it logs)."""
    head = session.get(JournalHead, HEAD_ID, with_for_update=True)
    if head is None:  # the migration creates it; this only guards a hand-made database
        head = JournalHead(id=HEAD_ID, last_seq=0, last_hash=GENESIS_HASH)
        session.add(head)
    at = at.replace(tzinfo=None)  # stored as naive UTC
    text = canonical_json(details or {})
    seq = head.last_seq + 1
    digest = entry_hash(seq, at, actor, action, case_reference, text, head.last_hash, key)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        case_reference=case_reference,
        details=text,
        prev_hash=head.last_hash,
        hash=digest,
    )
    session.add(entry)
    head.last_seq, head.last_hash = seq, digest
    return entry


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The result of walking the journal: intact, or the first entry where it breaks."""

    entries: int
    first_bad_seq: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


@dataclass(frozen=True, slots=True)
class Anchor:
    """A head of the journal known outside the base (a backup's, the OS keyring's)."""

    seq: int
    hash: str
    where: str  # « la sauvegarde du 07/12/2026 à 18:02 », …


def verify(
    session: Session, key: bytes | None = None, anchors: Iterable[Anchor] = ()
) -> ChainCheck:
    """Walk the whole chain in order; stop at the first broken link. Every anchor must be
    an entry of the chain, unchanged."""
    query = select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
    rows = session.scalars(query)
    head = session.get(JournalHead, HEAD_ID)
    wanted = {anchor.seq: anchor for anchor in anchors}
    seen: dict[int, str] = {}
    try:
        found = _walk(rows, head, key, wanted, seen)
    finally:
        rows.close()  # a server-side cursor when stopped early on PostgreSQL
    if not found.intact:
        return found
    for anchor in sorted(wanted.values(), key=lambda a: a.seq):
        if anchor.seq not in seen:
            return ChainCheck(
                found.entries,
                found.entries + 1,
                f"le journal a été ramené en arrière : il s’arrête à l’entrée n° "
                f"{found.entries} alors que {anchor.where} en connaît {anchor.seq}",
            )
        if seen[anchor.seq] != anchor.hash:
            return ChainCheck(
                found.entries,
                anchor.seq,
                f"l’entrée n° {anchor.seq} n’est plus celle que {anchor.where} connaît : "
                "le journal a été réécrit",
            )
    # Cut back whole: no entries, or no head, while the base holds what they would prove.
    if head is None and found.entries:
        return ChainCheck(
            found.entries,
            found.entries + 1,
            "la tête du journal a été supprimée : sa dernière entrée ne peut plus être prouvée",
        )
    if found.entries == 0:
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        if cases:
            return ChainCheck(
                0,
                1,
                f"le journal est vide alors que la base contient {cases} demande"
                f"{'s' if cases > 1 else ''} : il a été supprimé",
            )
    return found


def _walk(
    entries: Iterable[AuditEntry],
    head: JournalHead | None,
    key: bytes | None,
    wanted: dict[int, Anchor],
    seen: dict[int, str],
) -> ChainCheck:
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    for entry in entries:
        count += 1
        if entry.seq != expected_seq:
            return ChainCheck(
                count, expected_seq, f"l’entrée n° {expected_seq} manque (supprimée ou renumérotée)"
            )
        if entry.prev_hash != prev_hash:
            return ChainCheck(
                count,
                entry.seq,
                f"l’entrée n° {entry.seq} ne suit pas l’entrée précédente "
                "(une entrée a été supprimée ou insérée avant elle)",
            )
        recomputed = entry_hash(
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.case_reference,
            entry.details,
            entry.prev_hash,
            key,
        )
        if not hmac.compare_digest(recomputed, entry.hash):
            return ChainCheck(
                count,
                entry.seq,
                f"l’entrée n° {entry.seq} a été modifiée "
                "(son empreinte ne correspond plus à son contenu)",
            )
        if entry.seq in wanted:
            seen[entry.seq] = entry.hash
        expected_seq, prev_hash = entry.seq + 1, entry.hash
    last_seq = expected_seq - 1
    if head is not None and (head.last_seq, head.last_hash) != (last_seq, prev_hash):
        if head.last_seq > last_seq:
            return ChainCheck(
                count,
                last_seq + 1,
                f"l’entrée n° {last_seq + 1} manque : le journal s’arrête à l’entrée "
                f"n° {last_seq} alors qu’il en comptait {head.last_seq}",
            )
        return ChainCheck(
            count,
            head.last_seq + 1,
            f"l’entrée n° {head.last_seq + 1} a été ajoutée hors du programme",
        )
    return ChainCheck(count)


def rechain(session: Session, key: bytes | None) -> int:
    """Recompute every entry's hash under ``key`` (a base being encrypted: its chain, checked
    intact first by the caller, becomes an HMAC chain); how many entries. Read in columns and
    written back in batches by primary key: a journal of hundreds of thousands of entries."""
    head = session.get(JournalHead, HEAD_ID, with_for_update=True)
    prev_hash, count = GENESIS_HASH, 0
    columns = (
        AuditEntry.seq,
        AuditEntry.at,
        AuditEntry.actor,
        AuditEntry.action,
        AuditEntry.case_reference,
        AuditEntry.details,
    )
    rows = session.execute(select(*columns).order_by(AuditEntry.seq)).all()
    batch: list[dict[str, Any]] = []
    for seq, at, actor, action, case_reference, details in rows:
        digest = entry_hash(seq, at, actor, action, case_reference, details, prev_hash, key)
        batch.append({"seq": seq, "prev_hash": prev_hash, "hash": digest})
        prev_hash, count = digest, count + 1
        if len(batch) == 5000:
            session.execute(update(AuditEntry), batch)
            batch = []
    if batch:
        session.execute(update(AuditEntry), batch)
    if head is not None:
        head.last_hash = prev_hash
    return count


def head_of(session: Session) -> tuple[int, str]:
    """The journal's last number and hash (0 and the genesis hash when it is empty)."""
    head = session.get(JournalHead, HEAD_ID)
    return (head.last_seq, head.last_hash) if head is not None else (0, GENESIS_HASH)


def entries(
    session: Session,
    *,
    case_reference: str | None = None,
    actor: str | None = None,
    action_prefix: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 5000,
) -> list[AuditEntry]:
    """The newest entries first, filtered; ``since``/``until`` are naive UTC, until exclusive."""
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if case_reference:
        query = query.where(AuditEntry.case_reference == case_reference)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action_prefix:
        query = query.where(AuditEntry.action.startswith(action_prefix, autoescape=True))
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    return list(session.scalars(query))
