"""The DPO's review of what gathering found: include or exclude each record (an exclusion
says why), skip a source that will not answer, record a manual source's answer, and save the
reviewed result as a snapshot (what may leave)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...domain.catalogue import SystemKind
from ...domain.french import fr_date
from ...domain.identity import IdentifierKind
from ...domain.review import MatchHow, inclusion_needs_reason
from ...sources.findings import Finding as FoundRecord
from ...sources.findings import Match
from ...store.models import Document, ReviewSnapshotRow
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..document_store import check_readable, remove_quietly, store_copy
from ..errors import DpoError, InvalidInput, NotFound
from ..sealed_storage import file_key
from .case_data import case_data_in
from .gather import new_finding
from .snapshot import freeze
from .views import CaseData, SnapshotView

__all__ = ["case_data", "record_manual_answer", "review_finding", "save_review", "skip_source"]


def case_data(ctx: ServiceContext, reference: str, *, consulted: bool = False) -> CaseData:
    """What gathering found for the case, and where each source stands; ``consulted``: shown
    to someone (the command line's ``review``), which the journal records, as it records a
    case opened in the window."""
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        data = case_data_in(uow, case, ctx.configuration.catalogue(uow), register)
        if consulted:
            uow.journal.record("case.consulted", case_reference=case.reference, details={})
            uow.commit()
        return data


def review_finding(
    ctx: ServiceContext, reference: str, finding_id: int, *, included: bool, reason: str = ""
) -> CaseData:
    """Include or exclude one record: an exclusion needs its reason, and so does including a
    record tied by the name alone (the DPO vouches for it; it then reads « inclus par le
    DPO »)."""
    reason = " ".join(reason.split())
    if not included and not reason:
        raise InvalidInput({"reason": "Indiquer pourquoi cet enregistrement est écarté."})
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, reference)
        row = uow.findings.get(case.id, finding_id)
        if row is None:
            raise NotFound(
                f"Aucun enregistrement n° {finding_id} dans la demande {case.reference}."
            )
        if row.change == "gone" and included:
            raise InvalidInput(
                {"included": "Cet enregistrement n’a pas été retrouvé : il ne peut être inclus."}
            )
        weak = inclusion_needs_reason(
            MatchHow(row.match), row.included, row.reviewed_by is not None
        )
        if included and weak and not reason:
            raise InvalidInput(
                {
                    "reason": "Cet enregistrement n’est rattaché que par le nom (ou porte le nom "
                    "d’une autre personne) : dire pourquoi il est bien celui de la personne."
                }
            )
        row.included = included
        row.exclusion_reason = None if included else reason
        row.inclusion_reason = reason if included and weak else None
        row.reviewed_by = ctx.actor
        row.reviewed_at = ctx.now().replace(tzinfo=None)
        uow.journal.record(
            "case.finding_reviewed",
            case_reference=case.reference,
            details={"finding": row.id, "source": row.source_id, "included": included},
        )
        uow.commit()
        return case_data_in(uow, case, catalogue, register)


def skip_source(ctx: ServiceContext, reference: str, source_id: str, reason: str) -> CaseData:
    """The DPO records why a source will not answer; the case's data may then be complete."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput({"reason": "Indiquer pourquoi cette source est écartée."})
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        if source_id not in catalogue.sources:
            raise InvalidInput({"source": f"Source inconnue du catalogue : « {source_id} »."})
        case = load_case(uow, reference)
        state = uow.findings.state(case.id, source_id)
        state.status = "skipped"
        state.message = reason
        state.updated_at = ctx.now().replace(tzinfo=None)
        state.updated_by = ctx.actor
        uow.journal.record(
            "case.source_skipped", case_reference=case.reference, details={"source": source_id}
        )
        uow.commit()
        return case_data_in(uow, case, catalogue, register)


def record_manual_answer(
    ctx: ServiceContext,
    reference: str,
    source_id: str,
    *,
    found: bool,
    note: str,
    attachment: Path | None = None,
) -> CaseData:
    """The owner of a manual source answered: found (with what, maybe a file) or nothing."""
    note = note.strip()
    if found and not note and attachment is None:
        raise InvalidInput({"note": "Décrire ce qui a été trouvé, ou joindre le document."})
    if attachment is not None:
        check_readable(attachment, "attachment")
    register = ctx.configuration.register()
    copied: list[str] = []
    try:
        with ctx.unit_of_work() as uow:
            catalogue = ctx.configuration.catalogue(uow)
            spec = catalogue.sources.get(source_id)
            if spec is None or spec.kind is not SystemKind.MANUAL:
                raise InvalidInput({"source": f"« {source_id} » n’est pas une source manuelle."})
            case = load_case(uow, reference)
            fields: list[dict[str, Any]] = [
                {"name": "note", "label": "Réponse", "value": note, "category": ""}
            ]
            if attachment is not None:
                number = len(case.documents) + 1
                relative, digest, size = store_copy(
                    attachment, ctx.documents_dir, case.reference, number, file_key(ctx)
                )
                copied.append(relative)
                uow.documents.add(
                    case,
                    Document(
                        role="gathered",
                        filename=attachment.name,
                        stored_as=relative,
                        sha256=digest,
                        size=size,
                        added_at=ctx.now().replace(tzinfo=None),
                        added_by=ctx.actor,
                    ),
                )
                fields.append(
                    {
                        "name": "document",
                        "label": "Document joint",
                        "value": f"{attachment.name} (SHA-256 {digest})",
                        "category": "",
                    }
                )
            state = uow.findings.state(case.id, source_id)
            state.status = "answered"
            state.message = note or None
            state.updated_at = ctx.now().replace(tzinfo=None)
            state.updated_by = ctx.actor
            if found:
                _add_manual_finding(uow, ctx, case.id, source_id, fields)
            state.records = uow.findings.count(case.id, source_id)
            uow.journal.record(
                "case.manual_source_answered",
                case_reference=case.reference,
                details={"source": source_id, "found": found, "attachment": bool(attachment)},
            )
            uow.commit()
            return case_data_in(uow, case, catalogue, register)
    except BaseException:
        remove_quietly(ctx.documents_dir, copied)
        raise


def _add_manual_finding(
    uow: UnitOfWork, ctx: ServiceContext, case_id: int, source_id: str, fields: list[dict[str, Any]]
) -> None:
    """A manual answer adds to what earlier answers found (nothing is marked gone)."""
    manual = FoundRecord(
        source=source_id,
        table="réponse",
        key=f"réponse du {fr_date(ctx.today())}",  # a person reads it (annex, tasks)
        fields=fields,
        matches=[Match(IdentifierKind.KEY, "", "", MatchHow.EXACT, "recherche manuelle")],
    )
    row = new_finding(case_id, manual, ctx.now().replace(tzinfo=None))
    earlier = uow.findings.keyed(case_id, source_id, manual.key)
    if earlier:
        row.record_key = f"{manual.key} ({len(earlier) + 1})"
    uow.findings.add(row)


def save_review(ctx: ServiceContext, reference: str) -> SnapshotView:
    """Freeze the reviewed result as canonical JSON with its SHA-256 (journaled)."""
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        data = case_data_in(uow, case, ctx.configuration.catalogue(uow), register)
        if not data.gathered:
            raise DpoError(
                f"Aucune donnée rassemblée pour la demande {case.reference} : "
                "lancer d’abord la recherche dans les sources."
            )
        frozen = freeze(data, ctx.now())
        snapshot = uow.reviews.add(
            ReviewSnapshotRow(
                case_id=case.id,
                created_at=ctx.now().replace(tzinfo=None),
                created_by=ctx.actor,
                complete=data.complete,
                sha256=frozen.sha256,
                content=frozen.canonical(),
            )
        )
        uow.journal.record(
            "case.review_saved",
            case_reference=case.reference,
            details={"snapshot": snapshot.id, "sha256": frozen.sha256, "complete": data.complete},
        )
        uow.commit()
        return SnapshotView(
            snapshot.id, snapshot.created_at, snapshot.created_by, snapshot.complete, frozen.sha256
        )
