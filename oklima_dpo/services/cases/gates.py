"""The gates of a case (``domain.gates``) read from what is recorded: the identity proof, the
decisions, the saved review, the settings letters need, the warnings overridden. Every
service that discloses, executes or writes a letter checks them in its own unit of work; the
faces ask for the same checklist to show it."""

from __future__ import annotations

import json

from ...domain.answers import LetterKind
from ...domain.case import Outcome
from ...domain.gates import (
    Checklist,
    GateFacts,
    IdentityMethod,
    IdentityProof,
    Purpose,
    checklist,
)
from ...domain.rights import Right
from ...domain.workflow import EventKind
from ...store.models import Case
from ...store.unit_of_work import UnitOfWork
from ..context import ServiceContext
from ..errors import InvalidInput
from ..settings.model import Organisation, Settings
from ..settings.model import read as read_settings
from .casework import detail_from_case, load_case, record_event
from .views import CaseDetail

__all__ = [
    "case_checklist",
    "checklist_in",
    "letter_checklist_in",
    "organisation_missing",
    "override_warning",
]


def organisation_missing(org: Organisation) -> tuple[tuple[str, str], ...]:
    """The settings every letter needs and that are empty: (code, label as the dialog says)."""
    missing = []
    if not org.name.strip():
        missing.append(("name", "Raison sociale"))
    if not org.address.strip():
        missing.append(("address", "Adresse du siège"))
    if not org.dpo_name.strip():
        missing.append(("dpo_name", "Nom du DPO"))
    if not (org.dpo_email.strip() or org.dpo_phone.strip() or org.dpo_address.strip()):
        missing.append(("dpo_contact", "Contact du DPO (e-mail, téléphone ou adresse)"))
    return tuple(missing)


def facts_in(uow: UnitOfWork, ctx: ServiceContext, case: Case, settings: Settings) -> GateFacts:
    return GateFacts(
        rights_asked=frozenset(Right(r.right) for r in case.rights),
        decisions={Right(r.right): Outcome(r.outcome) if r.outcome else None for r in case.rights},
        identity=_identity_proof(case),
        representative=bool(case.representative_name),
        review_saved=uow.reviews.latest(case.id) is not None,
        review_waiting=_waiting_sources(uow, ctx, case),
        organisation_missing=organisation_missing(settings.organisation),
        identity_policy=settings.identity,
        overridden=frozenset(
            str((e.data or {}).get("code"))
            for e in case.events
            if e.kind == EventKind.GATE_OVERRIDDEN.value
        ),
    )


def _identity_proof(case: Case) -> IdentityProof | None:
    proofs = [e for e in case.events if e.kind == EventKind.IDENTITY_VERIFIED.value]
    if not proofs:
        return None
    data = proofs[-1].data or {}
    try:
        method = IdentityMethod(data.get("method", IdentityMethod.OTHER.value))
    except ValueError:
        method = IdentityMethod.OTHER
    return IdentityProof(method, bool(data.get("mandate_checked")))


def _waiting_sources(uow: UnitOfWork, ctx: ServiceContext, case: Case) -> tuple[str, ...]:
    row = uow.reviews.latest(case.id)
    if row is None or row.complete or not row.content:
        return ()
    catalogue = ctx.configuration.catalogue(uow)
    sources = json.loads(row.content).get("sources", ())
    return tuple(
        catalogue.source_name(s["source"])
        for s in sources
        if s.get("status") not in ("answered", "skipped")
    )


def checklist_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    settings: Settings,
    purpose: Purpose,
    right: Right | None = None,
) -> Checklist:
    return checklist(facts_in(uow, ctx, case, settings), purpose, right=right)


def letter_checklist_in(
    uow: UnitOfWork, ctx: ServiceContext, case: Case, settings: Settings, kind: LetterKind
) -> Checklist:
    return checklist(facts_in(uow, ctx, case, settings), Purpose.LETTER, letter=kind)


def case_checklist(
    ctx: ServiceContext,
    reference: str,
    *,
    letter: LetterKind | None = None,
    execute: Right | None = None,
) -> Checklist:
    """The checklist before producing ``letter`` or executing ``execute`` (one of them)."""
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference, for_update=False)
        facts = facts_in(uow, ctx, case, settings)
    if execute is not None:
        return checklist(facts, Purpose.EXECUTE, right=execute)
    return checklist(facts, Purpose.LETTER, letter=letter)


def override_warning(ctx: ServiceContext, reference: str, code: str, reason: str) -> CaseDetail:
    """Lift the warning ``code`` of the case with a reason (journaled); a blocking item is
    never lifted. Returns the case as it is now."""
    if not reason.strip():
        raise InvalidInput({"reason": "Indiquer pourquoi l’avertissement est levé."})
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference)
        facts = facts_in(uow, ctx, case, settings)
        warnings = _warnings_of(facts)
        if code not in warnings:
            raise InvalidInput(
                {
                    "code": f"« {code} » n’est pas un avertissement de la demande "
                    f"{case.reference}"
                    + (f" (avertissements : {', '.join(sorted(warnings))})" if warnings else "")
                    + " ; un point bloquant ne se lève jamais."
                }
            )
        record_event(
            uow,
            ctx,
            case,
            EventKind.GATE_OVERRIDDEN,
            policy=settings.policy,
            text=reason.strip(),
            data={"code": code, "warning": warnings[code]},
        )
        uow.commit()
        return detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)


def _warnings_of(facts: GateFacts) -> dict[str, str]:
    """Every warning the case's checklists hold now, by code."""
    found: dict[str, str] = {}
    for right in facts.rights_asked:
        for purpose in (Purpose.DISCLOSE, Purpose.EXECUTE):
            for item in checklist(facts, purpose, right=right).warnings:
                found[item.code] = item.text
    return found
