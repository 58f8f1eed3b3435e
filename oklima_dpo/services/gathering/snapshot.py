"""The reviewed snapshot: the review frozen as canonical JSON with its SHA-256 when the DPO
saves it, and read back, checked, for what is built from it (answers, executions)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from ...domain.french import fr_date, paris_day
from ...domain.identity import IdentifierKind
from ...domain.review import (
    MatchedOn,
    MatchHow,
    ReviewedField,
    ReviewedRecord,
    ReviewSnapshot,
    SourceAnswer,
)
from ...store.models import Case
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..errors import DpoError
from .views import CaseData, FindingView

__all__ = [
    "finding_json",
    "freeze",
    "reviewed_record",
    "reviewed_snapshot",
    "reviewed_snapshot_in",
]


def reviewed_snapshot_in(uow: UnitOfWork, case: Case) -> ReviewSnapshot | None:
    """The case's latest reviewed snapshot, checked against its SHA-256; None when the review
    was never saved. A purged review (minimisation) or an altered one is refused, saying so."""
    row = uow.reviews.latest(case.id)
    if row is None:
        return None
    if not row.content:  # minimisation emptied it: say so, not « altered »
        purged = uow.purges.last_at(case.reference, "gathered_data")
        when = f" le {fr_date(paris_day(purged.replace(tzinfo=UTC)))}" if purged else ""
        raise DpoError(
            f"La revue de la demande {case.reference} a été purgée{when} (minimisation "
            f"des données rassemblées) ; seule reste son empreinte SHA-256 {row.sha256}. "
            "Rassembler les données à nouveau pour produire ce document."
        )
    if hashlib.sha256(row.content.encode("utf-8")).hexdigest() != row.sha256:
        raise DpoError(
            f"La revue enregistrée de la demande {case.reference} a été altérée "
            "(empreinte SHA-256 différente) : la refaire."
        )
    return ReviewSnapshot.from_json(json.loads(row.content))


def freeze(data: CaseData, now: datetime) -> ReviewSnapshot:
    """The review as it stands: every source's state, every record still found."""
    return ReviewSnapshot(
        case=data.reference,
        at=now,
        complete=data.complete,
        sources=tuple(
            SourceAnswer(s.source_id, s.status, s.message, s.records) for s in data.sources
        ),
        records=tuple(reviewed_record(f) for f in data.findings if f.change != "gone"),
    )


def reviewed_record(finding: FindingView) -> ReviewedRecord:
    """One record as the snapshot keeps it."""
    return ReviewedRecord(
        source=finding.source_id,
        table=finding.table,
        key=finding.key,
        included=finding.included,
        exclusion_reason=finding.exclusion_reason,
        match=MatchHow(finding.match),
        matched_on=tuple(
            MatchedOn(IdentifierKind(m.kind), m.value, m.field, MatchHow(m.how))
            for m in finding.matches
        ),
        retention_exceeded=finding.retention_exceeded,
        change=finding.change,
        fields=tuple(ReviewedField(x.name, x.label, x.value, x.category) for x in finding.fields),
    )


def finding_json(finding: FindingView) -> dict[str, Any]:
    """One record as the snapshot and the command line write it (plain JSON)."""
    return reviewed_record(finding).to_json()


def reviewed_snapshot(ctx: ServiceContext, reference: str) -> ReviewSnapshot | None:
    """The latest reviewed snapshot of a case (see :func:`reviewed_snapshot_in`)."""
    with ctx.unit_of_work() as uow:
        return reviewed_snapshot_in(uow, load_case(uow, reference, for_update=False))
