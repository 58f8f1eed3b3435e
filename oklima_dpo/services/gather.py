"""Gathering a person's data for a case, the DPO's review of it, and the reviewed snapshot.

The slow part (asking every system) runs without holding the case base; the result is then
merged into the case in one unit of work: a record found again keeps its review unless its
content changed, a record no longer found is marked gone (and excluded), a failed source keeps
what an earlier gathering found and is shown failed until it answers or the DPO skips it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.french import fr_date, paris_day
from ..domain.register import Register
from ..domain.workflow import EventKind, Status, check_allowed
from ..sources import gather as gathering
from ..sources.catalogue import Catalogue
from ..sources.connectors import open_connector
from ..sources.matching import STRONG_KINDS, IdentityKind, MatchHow, normalise, postcode_of
from ..store import journal
from ..store.models import Case, Document, Finding, Purge, ReviewSnapshot, SourceState
from . import settings as settings_service
from .casework import load_case, record_event
from .context import ServiceContext
from .documents import check_readable, remove_quietly, store_copy
from .errors import DpoError, InvalidInput, NotFound
from .objection import suppressed_in

__all__ = [
    "CaseData",
    "FindingView",
    "GatheringCancelled",
    "SourceStateView",
    "case_data",
    "finding_json",
    "gather_case",
    "record_manual_answer",
    "review_finding",
    "save_review",
    "skip_source",
]

GatheringCancelled = gathering.GatheringCancelled

STATUS_LABELS = {
    "answered": "a répondu",
    "failed": "en échec",
    "skipped": "écartée",
    "awaiting": "recherche manuelle en attente",
    "not_asked": "pas encore interrogée",
}
CHANGE_LABELS = {"new": "nouveau", "changed": "modifié", "same": "inchangé", "gone": "disparu"}


@dataclass(frozen=True, slots=True)
class SourceStateView:
    source_id: str
    name: str
    kind: str
    status: str
    status_label: str
    message: str | None
    records: int
    updated_at: datetime | None
    owner: str

    @property
    def settled(self) -> bool:
        """Answered, or skipped by the DPO with a reason: nothing more to wait for."""
        return self.status in ("answered", "skipped")


@dataclass(frozen=True, slots=True)
class FieldView:
    name: str
    label: str
    value: Any
    category: str
    category_label: str


@dataclass(frozen=True, slots=True)
class MatchView:
    kind: str
    value: str
    field: str
    how: str
    explanation: str  # « e-mail jean@… dans email : identique une fois normalisé (demande) »


@dataclass(frozen=True, slots=True)
class FindingView:
    id: int
    source_id: str
    source_name: str
    table: str
    table_label: str
    key: str
    fields: tuple[FieldView, ...]
    matches: tuple[MatchView, ...]
    match: str
    match_label: str
    retention_exceeded: bool
    retention_text: str | None
    change: str
    change_label: str
    included: bool
    exclusion_reason: str | None
    reviewed_by: str | None
    # The record holds an identifier on the marketing suppression list (an objection).
    suppressed: bool = False


@dataclass(frozen=True, slots=True)
class SnapshotView:
    id: int
    created_at: datetime
    created_by: str
    complete: bool
    sha256: str


@dataclass(frozen=True, slots=True)
class CaseData:
    reference: str
    sources: tuple[SourceStateView, ...]
    findings: tuple[FindingView, ...]
    snapshots: tuple[SnapshotView, ...]

    @property
    def complete(self) -> bool:
        """Every source has answered or been skipped with a reason."""
        return all(state.settled for state in self.sources)

    @property
    def incomplete_reasons(self) -> list[str]:
        return [
            f"{state.name} : {state.status_label}" for state in self.sources if not state.settled
        ]

    @property
    def gathered(self) -> bool:
        return any(state.status != "not_asked" for state in self.sources)


# -- Gathering ------------------------------------------------------------------------------


def gather_case(
    ctx: ServiceContext,
    reference: str,
    catalogue: Catalogue,
    register: Register,
    *,
    only: Sequence[str] | None = None,
    progress: gathering.Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    also_known: Sequence[tuple[IdentityKind, str, str]] = (),
) -> CaseData:
    """Ask every source (or ``only`` some, to retry one) and merge the result into the case.

    ``also_known``: identifiers found before, with the record that gave each (the
    verification after an erasure searches with the customer number the erased CRM row held).
    """
    if only is not None:
        unknown = [sid for sid in only if sid not in catalogue.sources]
        if unknown:
            raise InvalidInput({"source": f"Source inconnue du catalogue : « {unknown[0]} »."})
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        check_allowed(Status(case.status), EventKind.DATA_GATHERED)
        person = _person_of(case)
        if only is not None:
            found_before = _identifiers_found(session, case.id, catalogue, exclude=only)
            person = dataclasses.replace(person, found_before=found_before)
        if also_known:
            found = (*person.found_before, *also_known)
            person = dataclasses.replace(person, found_before=found)
        case_reference = case.reference
    result = gathering.gather(
        catalogue,
        lambda source_id: open_connector(catalogue, source_id, ctx.cache_dir),
        person,
        retention_rules=_rules(register),
        today=ctx.today(),
        only=only,
        progress=progress,
        cancelled=cancelled,
    )
    with ctx.store.unit_of_work() as session:
        case = load_case(session, case_reference)
        _merge(session, ctx, case, result)
        failed = sorted(sid for sid, o in result.sources.items() if o.status == "failed")
        record_event(
            session,
            ctx,
            case,
            EventKind.DATA_GATHERED,
            policy=settings_service.read(session).policy,
            data={
                "sources": sorted(result.sources),
                "failed": failed,
                "records": len(result.findings),
                "bound_reached": result.bound_reached,
            },
        )
        session.commit()
        return _case_data(session, case, catalogue, register)


def _rules(register: Register) -> dict[str, Any]:
    return {rule.id: rule for activity in register.activities for rule in activity.retention}


def _identifiers_found(
    session: Session, case_id: int, catalogue: Catalogue, exclude: Sequence[str]
) -> tuple[tuple[IdentityKind, str, str], ...]:
    """Strong identifiers held by the records the DPO keeps from the other sources."""
    found: dict[tuple[IdentityKind, str], str] = {}
    rows = session.scalars(
        select(Finding).where(
            Finding.case_id == case_id,
            Finding.included.is_(True),
            Finding.change != "gone",
            Finding.source_id.not_in(list(exclude)),
        )
    )
    for row in rows:
        spec = catalogue.sources.get(row.source_id)
        table = spec.tables.get(row.table_name) if spec else None
        if table is None:
            continue
        values = {f["name"]: f.get("value") for f in row.fields}
        for field_name, kind in table.identity_fields():
            value = normalise(kind, values.get(field_name)) if kind.is_strong else None
            if value is not None:
                found.setdefault(
                    (kind, value), f"{row.source_id}.{row.table_name} {row.record_key}"
                )
    return tuple((kind, value, via) for (kind, value), via in found.items())


def _person_of(case: Case) -> gathering.PersonToFind:
    identifiers = tuple(
        (IdentityKind(item.kind), item.normalized) for item in case.person.identifiers
    )
    return gathering.PersonToFind(
        identifiers=identifiers,
        name=case.person.display_name,
        postcode=postcode_of(case.person.postal_address),
    )


def _merge(
    session: Session, ctx: ServiceContext, case: Case, result: gathering.GatherResult
) -> None:
    now = ctx.now().replace(tzinfo=None)
    states = {s.source_id: s for s in _states(session, case.id)}
    for source_id, outcome in result.sources.items():
        state = states.get(source_id)
        if state is None:
            state = SourceState(case_id=case.id, source_id=source_id, records=0)
            session.add(state)
        if outcome.status == "awaiting" and state.status in ("answered", "skipped"):
            continue  # the owner's answer, or the DPO's reason, stands
        state.status = outcome.status
        state.message = outcome.message
        state.updated_at = now
        state.updated_by = ctx.actor
        if outcome.status == "answered":
            _merge_findings(session, case.id, source_id, result.findings, now)
            state.records = outcome.records


def _merge_findings(
    session: Session,
    case_id: int,
    source_id: str,
    found: list[gathering.Finding],
    now: datetime,
) -> None:
    existing = {
        (row.table_name, row.record_key): row
        for row in session.scalars(
            select(Finding).where(Finding.case_id == case_id, Finding.source_id == source_id)
        )
    }
    seen: set[tuple[str, str]] = set()
    for item in (f for f in found if f.source == source_id):
        key = (item.table, item.key)
        seen.add(key)
        row = existing.get(key)
        if row is None:
            session.add(_new_row(case_id, item, now))
            continue
        if row.fingerprint != item.fingerprint or row.change == "gone":
            row.change = "changed" if row.change != "gone" else "new"
            _reset_review(row, item)
        else:
            row.change = "same"
        _fill(row, item, now)
    for key, row in existing.items():
        if key not in seen and row.change != "gone":
            row.change = "gone"
            row.included = False
            row.exclusion_reason = "enregistrement absent du dernier rassemblement"
            row.reviewed_by = None
            row.reviewed_at = None


def _new_row(case_id: int, item: gathering.Finding, now: datetime) -> Finding:
    row = Finding(
        case_id=case_id,
        source_id=item.source,
        table_name=item.table,
        record_key=item.key,
        change="new",
    )
    _reset_review(row, item)
    _fill(row, item, now)
    return row


def _fill(row: Finding, item: gathering.Finding, now: datetime) -> None:
    """What a gathering says of a record (its review is kept apart)."""
    row.fields = item.fields
    row.fingerprint = item.fingerprint
    row.matched_on = [m.as_dict() for m in item.matches]
    row.match = item.match.value
    row.retention = item.retention
    row.found_at = now


def _reset_review(row: Finding, item: gathering.Finding) -> None:
    row.included = item.included_by_default
    row.exclusion_reason = item.default_exclusion_reason
    row.reviewed_by = None
    row.reviewed_at = None


# -- Review ---------------------------------------------------------------------------------


def case_data(
    ctx: ServiceContext, reference: str, catalogue: Catalogue, register: Register
) -> CaseData:
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        return _case_data(session, case, catalogue, register)


def review_finding(
    ctx: ServiceContext,
    reference: str,
    finding_id: int,
    *,
    included: bool,
    reason: str = "",
    catalogue: Catalogue,
    register: Register,
) -> CaseData:
    """Include or exclude one record; an exclusion needs its reason."""
    reason = " ".join(reason.split())
    if not included and not reason:
        raise InvalidInput({"reason": "Indiquer pourquoi cet enregistrement est écarté."})
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        row = session.get(Finding, finding_id)
        if row is None or row.case_id != case.id:
            raise NotFound(
                f"Aucun enregistrement n° {finding_id} dans la demande {case.reference}."
            )
        if row.change == "gone" and included:
            raise InvalidInput(
                {"included": "Cet enregistrement n’a pas été retrouvé : il ne peut être inclus."}
            )
        row.included = included
        row.exclusion_reason = None if included else reason
        row.reviewed_by = ctx.actor
        row.reviewed_at = ctx.now().replace(tzinfo=None)
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.finding_reviewed",
            case_reference=case.reference,
            details={"finding": row.id, "source": row.source_id, "included": included},
        )
        session.commit()
        return _case_data(session, case, catalogue, register)


def skip_source(
    ctx: ServiceContext,
    reference: str,
    source_id: str,
    reason: str,
    *,
    catalogue: Catalogue,
    register: Register,
) -> CaseData:
    """The DPO records why a source will not answer; the case's data may then be complete."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput({"reason": "Indiquer pourquoi cette source est écartée."})
    if source_id not in catalogue.sources:
        raise InvalidInput({"source": f"Source inconnue du catalogue : « {source_id} »."})
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        state = _state(session, case.id, source_id)
        state.status = "skipped"
        state.message = reason
        state.updated_at = ctx.now().replace(tzinfo=None)
        state.updated_by = ctx.actor
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.source_skipped",
            case_reference=case.reference,
            details={"source": source_id},
        )
        session.commit()
        return _case_data(session, case, catalogue, register)


def record_manual_answer(
    ctx: ServiceContext,
    reference: str,
    source_id: str,
    *,
    found: bool,
    note: str,
    attachment: Path | None = None,
    catalogue: Catalogue,
    register: Register,
) -> CaseData:
    """The owner of a manual source answered: found (with what, maybe a file) or nothing."""
    note = note.strip()
    spec = catalogue.sources.get(source_id)
    if spec is None or spec.kind != "manual":
        raise InvalidInput({"source": f"« {source_id} » n’est pas une source manuelle."})
    if found and not note and attachment is None:
        raise InvalidInput({"note": "Décrire ce qui a été trouvé, ou joindre le document."})
    if attachment is not None:
        check_readable(attachment, "attachment")
    copied: list[str] = []
    try:
        with ctx.store.unit_of_work() as session:
            case = load_case(session, reference)
            fields: list[dict[str, Any]] = [
                {"name": "note", "label": "Réponse", "value": note, "category": ""}
            ]
            if attachment is not None:
                number = len(case.documents) + 1
                relative, digest, size = store_copy(
                    attachment, ctx.documents_dir, case.reference, number
                )
                copied.append(relative)
                case.documents.append(
                    Document(
                        role="gathered",
                        filename=attachment.name,
                        stored_as=relative,
                        sha256=digest,
                        size=size,
                        added_at=ctx.now().replace(tzinfo=None),
                        added_by=ctx.actor,
                    )
                )
                fields.append(
                    {
                        "name": "document",
                        "label": "Document joint",
                        "value": f"{attachment.name} (SHA-256 {digest})",
                        "category": "",
                    }
                )
            state = _state(session, case.id, source_id)
            state.status = "answered"
            state.message = note or None
            state.updated_at = ctx.now().replace(tzinfo=None)
            state.updated_by = ctx.actor
            if found:
                manual = gathering.Finding(
                    source=source_id,
                    table="réponse",
                    key=f"réponse du {ctx.today().isoformat()}",
                    fields=fields,
                    matches=[
                        gathering.Match(
                            IdentityKind.KEY, "", "", MatchHow.EXACT, "recherche manuelle"
                        )
                    ],
                )
                _merge_findings_keep(session, case.id, source_id, manual, ctx.now())
            state.records = len(
                session.scalars(
                    select(Finding.id).where(
                        Finding.case_id == case.id, Finding.source_id == source_id
                    )
                ).all()
            )
            journal.append(
                session,
                at=ctx.now(),
                actor=ctx.actor,
                action="case.manual_source_answered",
                case_reference=case.reference,
                details={"source": source_id, "found": found, "attachment": bool(attachment)},
            )
            session.commit()
            return _case_data(session, case, catalogue, register)
    except BaseException:
        remove_quietly(ctx.documents_dir, copied)
        raise


def _merge_findings_keep(
    session: Session, case_id: int, source_id: str, item: gathering.Finding, now: datetime
) -> None:
    """A manual answer adds to what earlier answers found (nothing is marked gone)."""
    row = _new_row(case_id, item, now.replace(tzinfo=None))
    existing = session.scalars(
        select(Finding).where(
            Finding.case_id == case_id,
            Finding.source_id == source_id,
            Finding.record_key.startswith(item.key),
        )
    ).all()
    if existing:
        row.record_key = f"{item.key} ({len(existing) + 1})"
    session.add(row)


def save_review(
    ctx: ServiceContext, reference: str, *, catalogue: Catalogue, register: Register
) -> SnapshotView:
    """Freeze the reviewed result as canonical JSON with its SHA-256 (journaled)."""
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        data = _case_data(session, case, catalogue, register)
        if not data.gathered:
            raise DpoError(
                f"Aucune donnée rassemblée pour la demande {case.reference} : "
                "lancer d’abord la recherche dans les sources."
            )
        content = _canonical(_snapshot_content(data, ctx.now()))
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
        snapshot = ReviewSnapshot(
            case_id=case.id,
            created_at=ctx.now().replace(tzinfo=None),
            created_by=ctx.actor,
            complete=data.complete,
            sha256=digest,
            content=content,
        )
        session.add(snapshot)
        session.flush()
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.review_saved",
            case_reference=case.reference,
            details={"snapshot": snapshot.id, "sha256": digest, "complete": data.complete},
        )
        session.commit()
        return SnapshotView(
            snapshot.id, snapshot.created_at, snapshot.created_by, snapshot.complete, digest
        )


def snapshot_content(ctx: ServiceContext, reference: str) -> dict[str, Any] | None:
    """The latest reviewed snapshot of a case, checked against its SHA-256."""
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        row = session.scalars(
            select(ReviewSnapshot)
            .where(ReviewSnapshot.case_id == case.id)
            .order_by(ReviewSnapshot.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        if not row.content:  # minimisation emptied it: say so, not « altered »
            purged = session.scalars(
                select(Purge.at)
                .where(Purge.case_reference == case.reference, Purge.kind == "gathered_data")
                .order_by(Purge.id.desc())
                .limit(1)
            ).first()
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
        return json.loads(row.content)


def _canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _snapshot_content(data: CaseData, now: datetime) -> dict[str, Any]:
    return {
        "case": data.reference,
        "at": now.isoformat(),
        "complete": data.complete,
        "sources": [
            {"source": s.source_id, "status": s.status, "message": s.message, "records": s.records}
            for s in data.sources
        ],
        "findings": [finding_json(f) for f in data.findings if f.change != "gone"],
    }


def finding_json(finding: FindingView) -> dict[str, Any]:
    """One record as the snapshot and the command line write it (plain JSON)."""
    return {
        "source": finding.source_id,
        "table": finding.table,
        "key": finding.key,
        "included": finding.included,
        "exclusion_reason": finding.exclusion_reason,
        "match": finding.match,
        "matched_on": [
            {"kind": m.kind, "value": m.value, "field": m.field, "how": m.how}
            for m in finding.matches
        ],
        "retention_exceeded": finding.retention_exceeded,
        "change": finding.change,
        "fields": [
            {"name": x.name, "label": x.label, "value": x.value, "category": x.category}
            for x in finding.fields
        ],
    }


# -- Views ----------------------------------------------------------------------------------


def _states(session: Session, case_id: int) -> list[SourceState]:
    return list(session.scalars(select(SourceState).where(SourceState.case_id == case_id)))


def _state(session: Session, case_id: int, source_id: str) -> SourceState:
    state = session.scalars(
        select(SourceState).where(
            SourceState.case_id == case_id, SourceState.source_id == source_id
        )
    ).first()
    if state is None:
        state = SourceState(case_id=case_id, source_id=source_id, records=0)
        session.add(state)
    return state


def _case_data(session: Session, case: Case, catalogue: Catalogue, register: Register) -> CaseData:
    states = {s.source_id: s for s in _states(session, case.id)}
    sources = []
    for source_id, spec in catalogue.sources.items():
        state = states.get(source_id)
        status = state.status if state else "not_asked"
        sources.append(
            SourceStateView(
                source_id=source_id,
                name=spec.name,
                kind=spec.kind,
                status=status,
                status_label=STATUS_LABELS.get(status, status),
                message=state.message if state else None,
                records=state.records if state else 0,
                updated_at=state.updated_at if state else None,
                owner=f"{spec.owner.team} ({spec.owner.contact})",
            )
        )
    labels = {category.key: category.label.fr for category in register.categories}
    rows = session.scalars(
        select(Finding)
        .where(Finding.case_id == case.id)
        .order_by(Finding.source_id, Finding.table_name, Finding.id)
    )
    order = {source_id: number for number, source_id in enumerate(catalogue.sources)}
    rows = list(rows)
    held = {row.id: _strong_identifiers(row, catalogue) for row in rows}
    # Expired entries count until the purge removes them: the view has no clock of its own.
    listed = suppressed_in(session, set().union(set(), *held.values()), None)
    findings = tuple(
        sorted(
            (
                _finding_view(row, catalogue, labels, suppressed=bool(held[row.id] & listed))
                for row in rows
            ),
            key=lambda f: order.get(f.source_id, len(order)),  # the catalogue's order; stable
        )
    )
    snapshots = tuple(
        SnapshotView(s.id, s.created_at, s.created_by, s.complete, s.sha256)
        for s in session.scalars(
            select(ReviewSnapshot)
            .where(ReviewSnapshot.case_id == case.id)
            .order_by(ReviewSnapshot.id)
        )
    )
    return CaseData(case.reference, tuple(sources), findings, snapshots)


def _strong_identifiers(row: Finding, catalogue: Catalogue) -> set[tuple[str, str]]:
    """The strong identifiers a record holds: those that tied it, and its identity fields."""
    held = {
        (m["kind"], m["value"])
        for m in row.matched_on
        if m.get("kind") in {k.value for k in STRONG_KINDS}
    }
    spec = catalogue.sources.get(row.source_id)
    table = spec.tables.get(row.table_name) if spec else None
    if table is not None:
        values = {f["name"]: f.get("value") for f in row.fields}
        for name, kind in table.identity_fields():
            value = normalise(kind, values.get(name)) if kind.is_strong else None
            if value is not None:
                held.add((kind.value, value))
    return held


def _finding_view(
    row: Finding, catalogue: Catalogue, labels: dict[str, str], *, suppressed: bool = False
) -> FindingView:
    spec = catalogue.sources.get(row.source_id)
    table = spec.tables.get(row.table_name) if spec else None
    retention = row.retention or {}
    how = MatchHow(row.match)
    return FindingView(
        id=row.id,
        source_id=row.source_id,
        source_name=spec.name if spec else row.source_id,
        table=row.table_name,
        table_label=(table.label if table and table.label else row.table_name),
        key=row.record_key,
        fields=tuple(
            FieldView(
                f["name"],
                f.get("label") or f["name"],
                f.get("value"),
                f.get("category", ""),
                labels.get(f.get("category", ""), f.get("category", "")),
            )
            for f in row.fields
        ),
        matches=tuple(_match_view(m) for m in row.matched_on),
        match=how.value,
        match_label=how.label_fr,
        retention_exceeded=bool(retention.get("exceeded")),
        retention_text=retention.get("explanation"),
        change=row.change,
        change_label=CHANGE_LABELS.get(row.change, row.change),
        included=row.included,
        exclusion_reason=row.exclusion_reason,
        reviewed_by=row.reviewed_by,
        suppressed=suppressed,
    )


def _match_view(match: dict[str, str]) -> MatchView:
    how = MatchHow(match["how"])
    kind = IdentityKind(match["kind"])
    if how is MatchHow.REFERENCE:
        text = f"{match['field']} = {match['value']}, par référence depuis {match['via']}"
    elif kind is IdentityKind.KEY:
        text = match["via"]
    else:
        origin = "la demande" if match["via"] == "demande" else match["via"]
        text = (
            f"{kind.label_fr} {match['value']} dans « {match['field']} » : "
            f"{how.label_fr} (identifiant venu de {origin})"
        )
    return MatchView(match["kind"], match["value"], match["field"], match["how"], text)
