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
    OpenTask,
    Purpose,
    checklist,
)
from ...domain.owner_tasks import TASK_RIGHTS
from ...domain.review import SourceAnswer
from ...domain.rights import Right
from ...domain.workflow import EventKind
from ...store.models import Case, ReviewSnapshotRow
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
    review = uow.reviews.latest(case.id)
    return GateFacts(
        rights_asked=frozenset(Right(r.right) for r in case.rights),
        decisions={Right(r.right): Outcome(r.outcome) if r.outcome else None for r in case.rights},
        identity=_identity_proof(case),
        representative=bool(case.representative_name),
        review_saved=review is not None,
        review_waiting=_waiting_sources(uow, ctx, review),
        organisation_missing=organisation_missing(settings.organisation),
        identity_policy=settings.identity,
        overridden=frozenset(
            str((e.data or {}).get("code"))
            for e in case.events
            if e.kind == EventKind.GATE_OVERRIDDEN.value
        ),
        open_tasks=_open_tasks(uow, ctx, case),
    )


def _open_tasks(uow: UnitOfWork, ctx: ServiceContext, case: Case) -> tuple[OpenTask, ...]:
    """The owners' tasks of the case not yet done (Art. 19 notices are not owners')."""
    tasks = [t for t in uow.tasks.for_case(case.id, statuses=("open",)) if t.kind in TASK_RIGHTS]
    if not tasks:
        return ()
    catalogue = ctx.configuration.catalogue_if_any(uow)
    return tuple(
        OpenTask(
            task.id,
            TASK_RIGHTS[task.kind],
            catalogue.source_name(task.target) if catalogue else task.target,
            task.due_on,
        )
        for task in tasks
    )


def _identity_proof(case: Case) -> IdentityProof | None:
    proofs = [e for e in case.events if e.kind == EventKind.IDENTITY_VERIFIED.value]
    if not proofs:
        return None
    data = proofs[-1].data or {}
    return IdentityProof(
        IdentityMethod.recorded(data.get("method")), bool(data.get("mandate_checked"))
    )


def _waiting_sources(
    uow: UnitOfWork, ctx: ServiceContext, review: ReviewSnapshotRow | None
) -> tuple[str, ...]:
    """The names of the sources an incomplete review was saved without (its own record of
    them: only the sources part of it is read)."""
    if review is None or review.complete or not review.content:
        return ()
    catalogue = ctx.configuration.catalogue(uow)
    sources = json.loads(review.content).get("sources", ())
    answers = (SourceAnswer(s["source"], s["status"], None, 0) for s in sources)
    return tuple(catalogue.source_name(a.source) for a in answers if not a.settled)


def checklist_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    settings: Settings,
    *,
    letter: LetterKind | None = None,
    execute: Right | None = None,
) -> Checklist:
    """The checklist before producing ``letter`` or executing ``execute`` (one of them)."""
    facts = facts_in(uow, ctx, case, settings)
    if execute is not None:
        return checklist(facts, Purpose.EXECUTE, right=execute)
    return checklist(facts, Purpose.LETTER, letter=letter)


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
        return checklist_in(uow, ctx, case, settings, letter=letter, execute=execute)


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
        answer = LetterKind.answer_to(right)
        if answer.executed_right is not None:
            for item in checklist(facts, Purpose.LETTER, letter=answer).warnings:
                found[item.code] = item.text
    return found
