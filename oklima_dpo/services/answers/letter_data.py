"""What a letter says of its case: the facts each kind quotes (the deadline, what was asked,
the reasons of an extension or a refusal, what an execution did and kept), from the case
alone. A letter that lacks its fact is refused with the step to take first."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...documents.letter_data import Kept, LetterData
from ...domain.answers import LetterKind
from ...domain.case import Outcome
from ...domain.french import counted
from ...domain.plan import Action
from ...domain.workflow import EventKind
from ...store.models import Case
from ...store.unit_of_work import UnitOfWork
from ..cases.views import CaseDetail
from ..context import ServiceContext
from ..errors import DpoError
from ..execution.notices import NOTIFY, recipient_names
from ..execution.views import executions_in
from ..objection.suppression import normalised
from ..settings.model import Organisation

__all__ = ["last_event_text", "letter_data_in"]


def letter_data_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    detail: CaseDetail,
    kind: LetterKind,
    organisation: Organisation,
    language: str,
) -> LetterData:
    """What the letter of ``kind`` says of the case; a DpoError names the step that must come
    first (the extension recorded before its letter, the execution before its answer…)."""
    deadline = detail.deadline
    emails = [i.value for i in detail.identifiers if i.kind.value == "email"]
    fields: dict[str, Any] = {}
    if kind is LetterKind.ACKNOWLEDGEMENT:
        fields["due_on"] = deadline.due
    elif kind is LetterKind.INFORMATION_REQUEST:
        asked = last_event_text(detail, EventKind.INFO_REQUESTED)
        if asked is None:
            raise DpoError(
                "Enregistrer d’abord la demande d’informations (ce qui est demandé) : "
                "le courrier en reprend le contenu."
            )
        fields["needed"] = tuple(
            line.strip("–- ").strip() for line in asked.splitlines() if line.strip()
        )
    elif kind is LetterKind.EXTENSION:
        reasons = last_event_text(detail, EventKind.EXTENDED)
        if reasons is None or not deadline.extended:
            raise DpoError(
                "Enregistrer d’abord la prolongation et ses motifs : le courrier en reprend la "
                "nouvelle échéance et les raisons."
            )
        fields.update(new_due_on=deadline.due, reasons=reasons, due_on=deadline.first_due)
    elif kind is LetterKind.REFUSAL:
        refused = [
            r for r in detail.rights if r.outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED)
        ]
        if not refused:
            raise DpoError(
                "Aucun droit n’est refusé, même en partie : décider d’abord (avec le "
                "fondement juridique)."
            )
        fields.update(
            reasons=" ; ".join(r.legal_ground or "" for r in refused),
            legal_ground=" ; ".join(r.legal_ground or "" for r in refused),
            total=all(r.outcome is Outcome.REFUSED for r in detail.rights),
        )
    elif kind is LetterKind.RESTRICTION_LIFT_NOTICE:
        # Announced by execution.restriction.announce_restriction_lift (a note with its data).
        lifts = [e for e in detail.timeline if e.data and "restriction_lift" in e.data]
        if not lifts:
            raise DpoError(
                "Annoncer d’abord la levée de la limitation (date et motifs) : le courrier "
                "les reprend."
            )
        lift = (lifts[-1].data or {})["restriction_lift"]
        fields.update(lift_on=date.fromisoformat(lift["on"]), reasons=lifts[-1].text or "")
    elif kind.executed_right is not None:
        fields.update(_what_was_done(uow, ctx, case, detail, kind))
    return LetterData(
        reference=detail.reference,
        received_on=deadline.received_on,
        today=ctx.today(),
        recipient_name=detail.representative_name or detail.person_name,
        organisation_name=organisation.name,
        language=language,
        recipient_address=detail.postal_address or "",
        recipient_email="" if detail.postal_address else (emails[0] if emails else ""),
        organisation_address=organisation.address,
        dpo_name=organisation.dpo_name,
        dpo_email=organisation.dpo_email,
        dpo_phone=organisation.dpo_phone,
        dpo_address=organisation.dpo_address,
        rights=tuple(r.right for r in detail.rights),
        subject_name=detail.person_name if detail.representative_name else "",
        **fields,
    )


def _what_was_done(
    uow: UnitOfWork, ctx: ServiceContext, case: Case, detail: CaseDetail, kind: LetterKind
) -> dict[str, Any]:
    """The answer quotes the execution: what was done per system, what was kept and why."""
    right = kind.executed_right
    assert right is not None  # only the answers to an execution come here
    executions = executions_in(uow, case, None, right=right)
    execution = executions[-1] if executions else None
    if execution is None or execution.applied_at is None:
        raise DpoError(
            "Exécuter d’abord ce droit dans les systèmes (onglet Exécution, ou « oklima-dpo "
            "execute ») : la réponse dit ce qui a été fait et ce qui a été conservé."
        )
    done: list[str] = []
    kept: list[Kept] = []
    # The last day each record is kept: the register's retention, from the record's date.
    ends = {
        (f.source_id, f.table_name, f.record_key): (f.retention or {}).get("ends_on")
        for f in uow.findings.for_case(case.id)
    }
    tasks = uow.tasks.for_case(case.id)
    open_sources = {t.target for t in tasks if t.kind != NOTIFY and t.status == "open"}
    for source in execution.plan.sources:
        counts: dict[Action, int] = {}
        grounds: dict[str, int] = {}
        until: dict[str, date | None] = {}
        for record in source.records:
            if record.action is Action.KEEP:
                ground = record.ground or record.reason
                grounds[ground] = grounds.get(ground, 0) + 1
                ends_on = ends.get((source.source, record.table, record.key))
                if ends_on:  # the group is kept until its last record's end
                    last = date.fromisoformat(ends_on)
                    until[ground] = max(last, until.get(ground) or last)
            elif record.action is Action.CORRECT:  # the person reads what now stands
                done += [
                    f"{source.name} — {record.table_label} : {change.field} « {change.old} » "
                    f"→ « {change.new} »"
                    for change in record.changes
                ]
            elif record.action is Action.TASK and source.source in open_sources:
                continue  # not done yet: said among what is still under way (pending)
            else:
                counts[record.action] = counts.get(record.action, 0) + 1
        for action, count in counts.items():
            # An owner's task, once completed, is what the owner did.
            label = (
                "effacement par le service qui les détient"
                if action is Action.TASK
                else (action.label_fr)
            )
            done.append(f"{source.name} : {label} ({_records(count)})")
        for ground, count in grounds.items():
            kept.append(Kept(f"{source.name} ({_records(count)})", ground, until.get(ground)))
    suppressed = kind in (LetterKind.OBJECTION, LetterKind.CONSENT_WITHDRAWAL) and _on_list(
        uow, ctx, detail
    )
    # What an owner still has to do, and whom the measure was told to (Art. 19): each
    # sentence of the answer only when it is true of this case.
    pending = tuple(sorted({s.name for s in execution.plan.sources if s.source in open_sources}))
    names = recipient_names(ctx.configuration.register())
    notified = tuple(
        names.get(task.target, task.target)
        for task in tasks
        if task.kind == NOTIFY and task.status in ("sent", "acknowledged")
    )
    return {
        "what_was_done": tuple(done),
        "kept": tuple(kept),
        "suppression_list": suppressed,
        "pending": pending,
        "notified": notified,
    }


def _records(count: int) -> str:
    return counted(count, "enregistrement", "enregistrements")


def _on_list(uow: UnitOfWork, ctx: ServiceContext, detail: CaseDetail) -> bool:
    """The person's identifiers are on the suppression list today."""
    identifiers = normalised((i.kind.value, i.normalized) for i in detail.identifiers)
    return bool(identifiers and uow.suppressions.listed(identifiers, ctx.today()))


def last_event_text(detail: CaseDetail, kind: EventKind) -> str | None:
    texts = [e.text for e in detail.timeline if e.kind is kind and e.text]
    return texts[-1] if texts else None
