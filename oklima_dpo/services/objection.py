"""Objection to marketing (Art. 21(2)-(3)) and withdrawal of consent (Art. 7(3)).

The person's identifiers go on the marketing suppression list for the settings' period (3
years by default, LEGAL.md §2): every later gathering flags the records holding one of them,
and ``sources check`` says how many people on the list a marketing source still holds. A
withdrawal of consent also says, per catalogue source serving a consent-based activity of the
register, what must stop: a SQL table with a consent (or opt-out) column is changed by the
execution of the right; any other source gets a task for its owner (kind ``stop_consent``).

The journal and the case's timeline record counts only, never the identifiers themselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, select, tuple_
from sqlalchemy.orm import Session

from ..domain.french import fr_date
from ..domain.register import LegalBasis, Register
from ..domain.rights import Right
from ..domain.workflow import EventKind
from ..sources.catalogue import Catalogue
from ..sources.connectors import open_connector
from ..sources.connectors.base import Record, SourceFailure
from ..sources.matching import STRONG_KINDS, IdentityKind, normalise
from ..store import journal
from ..store.models import Case, ReviewSnapshot, Suppression, Task
from . import settings as settings_service
from .casework import load_case, record_event
from .context import ServiceContext
from .errors import DpoError, InvalidInput

__all__ = [
    "MARKETING_ACTIVITIES",
    "Audience",
    "ConsentStop",
    "SuppressionResult",
    "WithdrawalResult",
    "is_suppressed",
    "marketing_audience",
    "marketing_sources",
    "purge_expired_suppressions",
    "record_consent_withdrawal",
    "record_objection",
    "suppressed_in_source",
    "suppression_warning",
]

#: The register's direct-marketing activities (objection is absolute for them, Art. 21(3)).
#: The register has no « marketing » flag: these ids are OKLIMA's charter's.
MARKETING_ACTIVITIES = frozenset({"prospecting", "electronic_prospecting", "information_messages"})

Identifier = tuple[str, str]  # (kind, normalised value)


@dataclass(frozen=True, slots=True)
class SuppressionResult:
    reference: str
    added: int  # identifiers new on the list
    extended: int  # identifiers already listed, their expiry pushed back
    expires_on: date
    kinds: dict[str, int]  # how many identifiers of each kind (the journal's words)

    @property
    def total(self) -> int:
        return self.added + self.extended


@dataclass(frozen=True, slots=True)
class ConsentStop:
    """A source holding consent-based processing of the person, and how it stops."""

    source_id: str
    source_name: str
    activities: tuple[str, ...]  # the consent-based activities it serves (register names)
    writable: bool  # a SQL table holds a consent or opt-out column: the execution sets it
    fields: tuple[str, ...]  # ``table.field`` set by the execution (writable sources)
    task_id: int | None  # the owner's task (other sources)


@dataclass(frozen=True, slots=True)
class WithdrawalResult:
    suppression: SuppressionResult
    stops: tuple[ConsentStop, ...]


@dataclass(frozen=True, slots=True)
class Audience:
    """A marketing source's list without the people who objected: who may be contacted."""

    source_id: str
    rows: tuple[Record, ...]  # the records without a suppressed identifier
    removed: tuple[Record, ...]  # the records holding one (to take off the list)


# -- the list ------------------------------------------------------------------------------


def _normalised(identifiers: Iterable[tuple[str | IdentityKind, str]]) -> set[Identifier]:
    result: set[Identifier] = set()
    for kind, value in identifiers:
        identity = IdentityKind(kind)
        if identity not in STRONG_KINDS:
            continue  # a name never goes on the list: too many people share it
        normal = normalise(identity, value)
        if normal is not None:
            result.add((identity.value, normal))
    return result


def suppressed_in(
    session: Session, identifiers: set[Identifier], today: date | None
) -> set[Identifier]:
    """Those of ``identifiers`` on the list on ``today`` (None: any entry not yet purged);
    for services sharing a unit of work."""
    found: set[Identifier] = set()
    wanted = sorted(identifiers)
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        query = select(Suppression.kind, Suppression.normalized).where(
            tuple_(Suppression.kind, Suppression.normalized).in_(chunk)
        )
        if today is not None:
            query = query.where(Suppression.expires_on >= today)
        rows = session.execute(query)
        found.update((kind, value) for kind, value in rows)
    return found


def is_suppressed(
    ctx: ServiceContext, identifiers: Iterable[tuple[str | IdentityKind, str]]
) -> set[Identifier]:
    """Which of ``identifiers`` (kind, value; normalised here) are on the list today."""
    wanted = _normalised(identifiers)
    if not wanted:
        return set()
    with ctx.store.unit_of_work() as session:
        return suppressed_in(session, wanted, ctx.today())


def purge_expired_suppressions(ctx: ServiceContext) -> int:
    """Remove the entries whose period is over; journaled with the count."""
    with ctx.store.unit_of_work() as session:
        today = ctx.today()
        removed = session.execute(
            delete(Suppression).where(Suppression.expires_on < today)
        ).rowcount
        if removed:
            journal.append(
                session,
                at=ctx.now(),
                actor=ctx.actor,
                action="suppression.expired_removed",
                details={"removed": removed, "before": today.isoformat()},
            )
        session.commit()
        return int(removed or 0)


def _case_identifiers(session: Session, case: Case, catalogue: Catalogue | None) -> set[Identifier]:
    """The case's identifiers, and the strong ones of the latest review's included records.

    A review already purged (minimisation) gives nothing more: the case's own identifiers
    remain.
    """
    found = _normalised((i.kind, i.normalized) for i in case.person.identifiers)
    snapshot = session.scalars(
        select(ReviewSnapshot)
        .where(ReviewSnapshot.case_id == case.id)
        .order_by(ReviewSnapshot.id.desc())
        .limit(1)
    ).first()
    if snapshot is None or not snapshot.content:
        return found
    content = json.loads(snapshot.content)
    for finding in content.get("findings", []):
        if not finding.get("included"):
            continue
        # The identifiers that tied the record are the person's own.
        found |= _normalised(
            (m["kind"], m["value"])
            for m in finding.get("matched_on", [])
            if m.get("kind") in {k.value for k in STRONG_KINDS}
        )
        found |= _record_identifiers(finding, catalogue)
    return found


def _record_identifiers(finding: dict[str, Any], catalogue: Catalogue | None) -> set[Identifier]:
    """The other strong identifiers a record holds (a phone beside the e-mail that matched).

    Not from mail: a message's addresses are also its other party's (OKLIMA's support).
    """
    if catalogue is None:
        return set()
    spec = catalogue.sources.get(finding.get("source", ""))
    if spec is None or spec.kind == "mail":
        return set()
    table = spec.tables.get(finding.get("table", ""))
    if table is None:
        return set()
    kinds = dict(table.identity_fields())
    values = {f["name"]: f.get("value") for f in finding.get("fields", [])}
    return _normalised(
        (kinds[name], str(values[name]))
        for name in kinds
        if kinds[name] in STRONG_KINDS and values.get(name) not in (None, "")
    )


def _suppress(
    session: Session, ctx: ServiceContext, case: Case, identifiers: set[Identifier]
) -> SuppressionResult:
    settings = settings_service.read(session)
    today = ctx.today()
    expires_on = today + relativedelta(years=settings.suppression_years)
    existing = {
        (row.kind, row.normalized): row
        for row in session.scalars(
            select(Suppression).where(
                tuple_(Suppression.kind, Suppression.normalized).in_(sorted(identifiers))
            )
        )
    }
    added = extended = 0
    kinds: dict[str, int] = {}
    for kind, value in sorted(identifiers):
        kinds[kind] = kinds.get(kind, 0) + 1
        row = existing.get((kind, value))
        if row is None:
            session.add(
                Suppression(
                    kind=kind,
                    normalized=value,
                    case_reference=case.reference,
                    added_on=today,
                    expires_on=expires_on,
                    added_by=ctx.actor,
                )
            )
            added += 1
        else:
            # Listed already (an earlier objection): the latest one's period runs.
            row.expires_on = max(row.expires_on, expires_on)
            row.case_reference = case.reference
            extended += 1
    return SuppressionResult(case.reference, added, extended, expires_on, kinds)


def _check_asked(case: Case, right: Right) -> None:
    if right.value not in {r.right for r in case.rights}:
        raise InvalidInput(
            {
                "right": f"La demande {case.reference} ne porte pas sur ce droit "
                f"({right.label_fr}) : la liste d’opposition n’est pas modifiée."
            }
        )


def _record(
    ctx: ServiceContext,
    reference: str,
    right: Right,
    catalogue: Catalogue | None,
    after: Callable[[Session, Case], Any] | None = None,
) -> tuple[SuppressionResult, Any]:
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        _check_asked(case, right)
        identifiers = _case_identifiers(session, case, catalogue)
        if not identifiers:
            raise DpoError(
                f"La demande {case.reference} ne porte aucun e-mail, téléphone ni numéro : "
                "rien à inscrire sur la liste d’opposition."
            )
        result = _suppress(session, ctx, case, identifiers)
        extra = after(session, case) if after is not None else None
        record_event(
            session,
            ctx,
            case,
            EventKind.NOTE,
            policy=settings_service.read(session).policy,
            text=(
                f"Inscription sur la liste d’opposition à la prospection jusqu’au "
                f"{fr_date(result.expires_on)} ({result.total} identifiant(s), "
                f"{result.extended} déjà inscrit(s))."
            ),
            data={
                "suppression": {
                    "right": right.value,
                    "added": result.added,
                    "extended": result.extended,
                    "kinds": result.kinds,
                    "expires_on": result.expires_on.isoformat(),
                }
            },
        )
        session.commit()
        return result, extra


def record_objection(
    ctx: ServiceContext, reference: str, *, catalogue: Catalogue | None = None
) -> SuppressionResult:
    """Put every identifier of the person on the suppression list (idempotent).

    With the ``catalogue``, the other strong identifiers held by the reviewed records (a
    phone in the CRM) are listed too; without it, those that tied the records.
    """
    result, _ = _record(ctx, reference, Right.OBJECTION, catalogue)
    return result


def record_consent_withdrawal(
    ctx: ServiceContext, reference: str, *, catalogue: Catalogue, register: Register
) -> WithdrawalResult:
    """The suppression list for consent-based marketing, and what must stop where."""
    consent = {a.id: a.name.fr for a in register.activities if a.legal_basis is LegalBasis.CONSENT}

    def stops(session: Session, case: Case) -> tuple[ConsentStop, ...]:
        return _consent_stops(session, ctx, case, catalogue, consent)

    result, found = _record(ctx, reference, Right.CONSENT_WITHDRAWAL, catalogue, stops)
    return WithdrawalResult(result, found)


def _consent_stops(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    catalogue: Catalogue,
    consent: dict[str, str],
) -> tuple[ConsentStop, ...]:
    open_tasks = {
        task.target: task
        for task in session.scalars(
            select(Task).where(
                Task.case_id == case.id,
                Task.kind == "stop_consent",
                Task.status.in_(("open", "sent")),
            )
        )
    }
    now = ctx.now().replace(tzinfo=None)
    result = []
    for source_id, spec in catalogue.sources.items():
        activities = tuple(consent[a] for a in spec.activities if a in consent)
        if not activities:
            continue
        fields = tuple(
            f"{name}.{table.writes.consent_field or table.writes.optout_field}"
            for name, table in spec.tables.items()
            if table.writes is not None
            and (table.writes.consent_field or table.writes.optout_field)
        )
        if spec.kind == "sql" and fields:
            result.append(ConsentStop(source_id, spec.name, activities, True, fields, None))
            continue
        task = open_tasks.get(source_id)
        if task is None:
            task = Task(
                case_id=case.id,
                kind="stop_consent",
                target=source_id,
                description=(
                    f"Cesser pour la personne de la demande {case.reference} les traitements "
                    f"fondés sur son consentement dans « {spec.name} » "
                    f"({', '.join(activities)}) : la retirer de la liste ou marquer son "
                    f"retrait, consentement retiré le {fr_date(ctx.today())}. Confirmer "
                    f"au délégué à la protection des données."
                ),
                status="open",
                created_at=now,
                updated_at=now,
                updated_by=ctx.actor,
            )
            session.add(task)
            session.flush()
            journal.append(
                session,
                at=ctx.now(),
                actor=ctx.actor,
                action="case.task_created",
                case_reference=case.reference,
                details={"task": task.id, "kind": task.kind, "target": source_id},
            )
        result.append(ConsentStop(source_id, spec.name, activities, False, (), task.id))
    return tuple(result)


# -- marketing sources: who is still listed -------------------------------------------------


def marketing_sources(catalogue: Catalogue) -> list[str]:
    """The sources serving a direct-marketing activity (a newsletter, a prospect file)."""
    return [
        source_id
        for source_id, spec in catalogue.sources.items()
        if spec.kind != "manual" and MARKETING_ACTIVITIES.intersection(spec.activities)
    ]


def _active_list(session: Session, today: date) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    rows = session.execute(
        select(Suppression.kind, Suppression.normalized).where(Suppression.expires_on >= today)
    )
    for kind, value in rows:
        by_kind.setdefault(kind, []).append(value)
    return by_kind


def _list_size(ctx: ServiceContext) -> int:
    with ctx.store.unit_of_work() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Suppression)
                .where(Suppression.expires_on >= ctx.today())
            )
            or 0
        )


def suppressed_in_source(ctx: ServiceContext, catalogue: Catalogue, source_id: str) -> list[Record]:
    """The records of a source holding an identifier on the list (people who objected).

    Raises :class:`SourceFailure` when the source cannot answer.
    """
    with ctx.store.unit_of_work() as session:
        listed = _active_list(session, ctx.today())
    if not listed:
        return []
    spec = catalogue.source(source_id)
    connector = open_connector(catalogue, source_id, ctx.cache_dir)
    found: dict[tuple[str, str], Record] = {}
    try:
        for table_name, table in spec.tables.items():
            for field_name, kind in table.identity_fields():
                values = listed.get(kind.value)
                if kind in STRONG_KINDS and values:
                    for record in connector.find(table_name, field_name, kind, values):
                        found.setdefault((record.table, record.key), record)
    finally:
        connector.close()
    return list(found.values())


def suppression_warning(ctx: ServiceContext, catalogue: Catalogue, source_id: str) -> str | None:
    """« N personnes opposées figurent encore dans … », for ``sources check``; None if none."""
    if source_id not in marketing_sources(catalogue) or not _list_size(ctx):
        return None
    try:
        still = suppressed_in_source(ctx, catalogue, source_id)
    except SourceFailure:
        return None  # the check itself reports why the source cannot be reached
    if not still:
        return None
    spec = catalogue.source(source_id)
    count = len(still)
    who = "personne opposée figure" if count == 1 else "personnes opposées figurent"
    return (
        f"{count} {who} encore dans « {spec.name} » (liste d’opposition à la prospection) : "
        "les retirer de la liste ou marquer leur opposition."
    )


def marketing_audience(ctx: ServiceContext, catalogue: Catalogue, source_id: str) -> Audience:
    """The rows of a marketing file source minus those holding a suppressed identifier.

    File sources only (a spreadsheet, a CSV export): a SQL source's list is filtered by its
    opt-out column, which the execution of the objection sets.
    """
    spec = catalogue.sources.get(source_id)
    if spec is None:
        raise InvalidInput({"source": f"Source inconnue du catalogue : « {source_id} »."})
    if spec.kind != "spreadsheet":
        raise DpoError(
            f"« {spec.name} » n’est pas un fichier de diffusion : seule une liste tenue dans "
            "un classeur ou un fichier CSV se filtre ainsi."
        )
    removed = {(r.table, r.key) for r in suppressed_in_source(ctx, catalogue, source_id)}
    connector = open_connector(catalogue, source_id, ctx.cache_dir)
    try:
        rows = [
            record
            for table_name in spec.tables
            for record in connector.records(table_name)  # type: ignore[attr-defined]
        ]
    finally:
        connector.close()
    kept = tuple(r for r in rows if (r.table, r.key) not in removed)
    gone = tuple(r for r in rows if (r.table, r.key) in removed)
    return Audience(source_id, kept, gone)
