"""Minimisation of the case base itself (LEGAL.md §3 and §5): what is purged, when, and the
proof kept.

Three purges, each journaled with counts and recorded in the ``purges`` table:

- **Identity documents** (role ``identity``): removed at once, whatever the case's state
  (« identity checked on DD/MM by X » is what stays, as an event). The intake never files a
  document under that role; the purge is the safety net for one filed by hand.
- **Gathered data** (``gathered_data``), once the case is answered (or refused, withdrawn,
  closed) and the delay of the settings has passed since the answer left: the records' field
  values and matched identifiers, their keys (replaced by their SHA-256), the reviewed
  snapshot's content, the owners' answers of manual sources, the documents gathered and the
  data packages sent (access, portability). Kept as proof: counts per source and table, the
  records' fingerprints and the DPO's review, the snapshots' SHA-256, every document's
  SHA-256 and size, the decisions.
- **Closed cases** past their retention (``closed_case``, settings: 5 years): the case is
  deleted with its documents; only anonymous statistics stay (month received, channel, rights
  and outcomes, on time or not, days to answer). The row keeps the reference: a counter
  (DR-YYYY-NNNN) that, once the case is gone, leads only to the journal's entries, which hold
  references and counts; it lets the DPO show when each file of the journal was purged.

Executions (their plans) and owners' tasks are left to their own service.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from ...domain.answers import LetterKind
from ...domain.workflow import OPEN_STATUSES, EventKind, Status
from ...store.models import Case, Document, Purge
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..objection.suppression import purge_expired_suppressions
from ..settings.model import Settings
from ..settings.model import read as read_settings

__all__ = ["PurgeItem", "PurgeReport", "purge_plan", "run_purge"]

IDENTITY_ROLE = "identity"
GATHERED_ROLE = "gathered"
PURGED_KEY = "sha256:"  # a record key once purged: its SHA-256, still unique in the case
DATA_PACKAGES = tuple(f"-{kind.code}-" for kind in LetterKind if kind.is_data_package)
DONE_STATUSES = tuple(s.value for s in Status if s not in OPEN_STATUSES)
ENDING_EVENTS = (EventKind.SENT.value, EventKind.CLOSED.value, EventKind.WITHDRAWN.value)
KIND_LABELS = {
    "identity_documents": "pièces d’identité supprimées",
    "gathered_data": "données rassemblées purgées",
    "closed_case": "demande close supprimée (statistiques anonymes conservées)",
}


@dataclass(frozen=True, slots=True)
class PurgeItem:
    reference: str
    kind: str  # identity_documents, gathered_data, closed_case
    since: date  # the day it became due
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True, slots=True)
class PurgeReport:
    dry_run: bool
    items: tuple[PurgeItem, ...]
    suppressions_removed: int  # expired entries of the suppression list (dry run: to remove)

    @property
    def empty(self) -> bool:
        return not self.items and not self.suppressions_removed

    @property
    def case_count(self) -> int:
        """How many cases the purges touch (a case may have several purges due)."""
        return len({item.reference for item in self.items})


# -- what is due ----------------------------------------------------------------------------


def _ended_on(case: Case) -> date | None:
    """When the case's answer left (or it ended without one): the last ending event."""
    days = [e.occurred_on for e in case.events if e.kind in ENDING_EVENTS]
    return max(days) if days else None


def _is_data_package(document: Document) -> bool:
    return document.role == "produced" and any(code in document.filename for code in DATA_PACKAGES)


def _gathered_documents(case: Case) -> list[Document]:
    return [
        d
        for d in case.documents
        if d.stored_as and (d.role == GATHERED_ROLE or _is_data_package(d))
    ]


def _has_gathered_data(uow: UnitOfWork, case: Case) -> bool:
    return bool(
        uow.findings.any_not_keyed_like(case.id, PURGED_KEY)
        or any(s.content for s in uow.reviews.for_case(case.id))
        or _gathered_documents(case)
    )


def _due(uow: UnitOfWork, settings: Settings, case: Case, today: date) -> list[PurgeItem]:
    items = []
    identity = [d for d in case.documents if d.role == IDENTITY_ROLE and d.stored_as]
    if identity:
        items.append(
            PurgeItem(case.reference, "identity_documents", today, {"documents": len(identity)})
        )
    ended = _ended_on(case) if case.status in DONE_STATUSES else None
    if ended is None:
        return items
    retention_end = ended + relativedelta(years=settings.closed_case_retention_years)
    if retention_end <= today:
        return [PurgeItem(case.reference, "closed_case", retention_end, _case_counts(case))]
    purge_on = ended + relativedelta(days=settings.gathered_data_days)
    if purge_on <= today and _has_gathered_data(uow, case):
        items.append(PurgeItem(case.reference, "gathered_data", purge_on, _data_counts(uow, case)))
    return items


def _data_counts(uow: UnitOfWork, case: Case) -> dict[str, int]:
    return {
        "records": uow.findings.count(case.id),
        "snapshots": sum(1 for s in uow.reviews.for_case(case.id) if s.content),
        "documents": len(_gathered_documents(case)),
    }


def _case_counts(case: Case) -> dict[str, int]:
    return {"documents": len(case.documents), "events": len(case.events)}


def purge_plan(ctx: ServiceContext) -> PurgeReport:
    """What :func:`run_purge` would do today (nothing is changed)."""
    return run_purge(ctx, dry_run=True)


# -- purging --------------------------------------------------------------------------------


def run_purge(ctx: ServiceContext, *, dry_run: bool = False) -> PurgeReport:
    """Purge what is due today. Each case is purged in a unit of work of its own, journaled:
    one that fails leaves the others purged, and itself as it was."""
    with ctx.unit_of_work() as uow:
        today = ctx.today()
        settings = read_settings(uow, ctx.holidays)
        candidates = uow.cases.ended_or_holding([s.value for s in OPEN_STATUSES], IDENTITY_ROLE)
        planned = [item for case in candidates for item in _due(uow, settings, case, today)]
        expired = uow.suppressions.count_expired(today)
    if dry_run:
        return PurgeReport(True, tuple(planned), expired)
    done: list[PurgeItem] = []
    for item in planned:
        with ctx.unit_of_work() as uow:
            case = load_case(uow, item.reference)
            files = _apply(uow, ctx, case, item)
            uow.commit()
        _remove_files(ctx.documents_dir, files)  # after the commit: a rollback keeps them
        done.append(item)
    removed = purge_expired_suppressions(ctx)
    return PurgeReport(False, tuple(done), removed)


def _apply(uow: UnitOfWork, ctx: ServiceContext, case: Case, item: PurgeItem) -> list[str]:
    """Change the rows; return the files to remove once committed."""
    if item.kind == "identity_documents":
        kept, files = _purge_identity(case)
    elif item.kind == "gathered_data":
        kept, files = _purge_gathered(uow, case)
        ended = _ended_on(case)
        assert ended is not None  # gathered data are due only after the case ended
        kept["answered_on"] = ended.isoformat()
    else:
        kept, files = _purge_case(uow, case)
    uow.purges.add(
        Purge(
            case_reference=item.reference,
            kind=item.kind,
            at=ctx.now().replace(tzinfo=None),
            by=ctx.actor,
            kept=kept,
        )
    )
    uow.journal.record(
        f"case.purged.{item.kind}",
        case_reference=item.reference,
        details={"counts": item.counts, "due_since": item.since.isoformat()},
    )
    return files


def _purge_identity(case: Case) -> tuple[dict[str, Any], list[str]]:
    files, kept = [], []
    for document in case.documents:
        if document.role == IDENTITY_ROLE and document.stored_as:
            files.append(document.stored_as)
            kept.append({"sha256": document.sha256, "size": document.size})
            document.stored_as = ""
            document.filename = "pièce d’identité supprimée"
    return {"documents": kept}, files


def _purge_gathered(uow: UnitOfWork, case: Case) -> tuple[dict[str, Any], list[str]]:
    per_table: dict[str, dict[str, dict[str, int]]] = {}
    for row in uow.findings.for_case(case.id):
        counts = per_table.setdefault(row.source_id, {}).setdefault(
            row.table_name, {"records": 0, "included": 0}
        )
        counts["records"] += 1
        counts["included"] += int(row.included and row.change != "gone")
        row.fields = []
        row.matched_on = []
        if not row.record_key.startswith(PURGED_KEY):
            digest = hashlib.sha256(row.record_key.encode("utf-8")).hexdigest()
            row.record_key = PURGED_KEY + digest
    snapshots = []
    for snapshot in uow.reviews.for_case(case.id):
        snapshots.append(
            {
                "id": snapshot.id,
                "sha256": snapshot.sha256,
                "created_at": snapshot.created_at.isoformat(),
                "complete": snapshot.complete,
            }
        )
        snapshot.content = ""
    for state in uow.findings.states(case.id):
        if state.status == "answered" and state.message:
            state.message = None  # a manual source's answer: what its owner found
    executions = _purge_executions(uow, case)
    files, documents = [], []
    for document in _gathered_documents(case):
        files.append(document.stored_as)
        documents.append(
            {
                "role": document.role,
                "filename": document.filename if document.role == "produced" else None,
                "sha256": document.sha256,
                "size": document.size,
            }
        )
        document.stored_as = ""
        if document.role == GATHERED_ROLE:
            document.filename = "document rassemblé purgé"
    kept = {
        "records": per_table,
        "snapshots": snapshots,
        "executions": executions,
        "documents": documents,
        "decisions": [
            {
                "right": r.right,
                "outcome": r.outcome,
                "legal_ground": r.legal_ground,
                "decided_at": r.decided_at.isoformat() if r.decided_at else None,
                "decided_by": r.decided_by,
            }
            for r in case.rights
        ],
    }
    return kept, files


def _purge_executions(uow: UnitOfWork, case: Case) -> list[dict[str, Any]]:
    """Execution plans hold the records' keys and old values, tasks the owners' answers: the
    data go; the plans' SHA-256, the counts and hashes of the results stay (the proof)."""
    kept = []
    for execution in uow.executions.for_case(case.id):
        kept.append(
            {
                "id": execution.id,
                "right": execution.right,
                "status": execution.status,
                "plan_sha256": execution.plan_sha256,
            }
        )
        execution.plan = ""
        if execution.verification:
            execution.verification = {
                "status": execution.verification.get("status"),
                "purged": True,
            }
    for task in uow.tasks.for_case(case.id):
        task.description = "tâche purgée (données personnelles)"
        if task.answer:
            task.answer = "réponse purgée"
    return kept


def _purge_case(uow: UnitOfWork, case: Case) -> tuple[dict[str, Any], list[str]]:
    statistics = _statistics(case)
    files = [d.stored_as for d in case.documents if d.stored_as]
    # Earlier purges of this case kept its proof for the retention period, now over.
    uow.purges.forget_case(case.reference)
    uow.cases.delete(case)  # the rest goes with it (ON DELETE CASCADE)
    return statistics, files


def _statistics(case: Case) -> dict[str, Any]:
    """What the register of requests counts, without anything that tells who it was."""
    sent = [e.occurred_on for e in case.events if e.kind == EventKind.SENT.value]
    answered = min(sent) if sent else None
    return {
        "received_month": case.received_on.strftime("%Y-%m"),
        "channel": case.channel,
        "status": case.status,
        "rights": [{"right": r.right, "outcome": r.outcome} for r in case.rights],
        "extended": case.extended,
        "representative": bool(case.representative_name),
        "answered_on_time": (answered <= case.due_on) if answered else None,
        "days_to_answer": (answered - case.received_on).days if answered else None,
        "demo": case.is_demo,
    }


def _remove_files(documents_dir: Path, relatives: list[str]) -> None:
    for relative in relatives:
        path = documents_dir / relative
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty: other documents stay
            path.parent.rmdir()
