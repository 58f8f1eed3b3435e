"""What a letter says of its case: the facts each kind quotes (the deadline, what was asked,
the reasons of an extension or a refusal, what an execution did and kept), from the case
alone. A letter that lacks its fact is refused with the step to take first."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...documents.letter_data import Kept, LetterData
from ...domain.answers import LetterKind
from ...domain.case import Outcome
from ...domain.catalogue import Catalogue
from ...domain.execution_summary import RecordOutcome, summarise
from ...domain.owner_tasks import plain_text
from ...domain.plan import Action, RecordPlan
from ...domain.register import Register
from ...domain.rights import Right
from ...domain.workflow import EventKind
from ...store.models import Case, Finding
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
        fields.update(_what_was_done(uow, ctx, case, detail, kind, language))
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
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    detail: CaseDetail,
    kind: LetterKind,
    language: str,
) -> dict[str, Any]:
    """The answer quotes the execution per category of data: what was done, what was kept
    (its ground and last day), what an owner is still doing, whom it was told to (Art. 19)."""
    right = kind.executed_right
    assert right is not None  # only the answers to an execution come here
    executions = executions_in(uow, case, None, right=right)
    execution = executions[-1] if executions else None
    if execution is None or execution.applied_at is None:
        raise DpoError(
            "Exécuter d’abord ce droit dans les systèmes (onglet Exécution, ou « oklima-dpo "
            "execute ») : la réponse dit ce qui a été fait et ce qui a été conservé."
        )
    register = ctx.configuration.register()
    catalogue = ctx.configuration.catalogue_if_any(uow)
    findings = {
        (f.source_id, f.table_name, f.record_key): f for f in uow.findings.for_case(case.id)
    }
    tasks = uow.tasks.for_case(case.id)
    owners = [t for t in tasks if t.kind != NOTIFY]
    open_sources = {t.target for t in owners if t.status == "open"}
    outcomes: list[RecordOutcome] = []
    owners_done: list[str] = []
    for source in execution.plan.sources:
        pending = source.source in open_sources
        for record in source.records:
            finding = findings.get((source.source, record.table, record.key))
            outcomes.append(
                RecordOutcome(
                    action=record.action,
                    categories=_categories(finding, record, catalogue, source.source),
                    source_name=source.name,
                    pending=pending and record.action is Action.TASK,
                    ground=record.ground
                    or (record.reason if record.action is Action.KEEP else None),
                    until=_ends_on(finding),
                    corrections=tuple(
                        (
                            _field_label(
                                catalogue,
                                register,
                                (source.source, record.table, c.field),
                                language,
                            ),
                            plain_text(c.old),
                            plain_text(c.new),
                        )
                        for c in record.changes
                    )
                    if record.action is Action.CORRECT
                    else (),
                )
            )
        if not source.records and source.task is not None:
            if pending:  # an owner searching by hand (paper archives): still under way
                outcomes.append(RecordOutcome(Action.TASK, (), source.name, pending=True))
            elif any(t.target == source.source and t.status == "done" for t in owners):
                owners_done.append(source.name)
    summary = summarise(
        outcomes, register, language, erasure=right is Right.ERASURE, owners_done=owners_done
    )
    suppressed = kind in (LetterKind.OBJECTION, LetterKind.CONSENT_WITHDRAWAL) and _on_list(
        uow, ctx, detail
    )
    if not (summary.done or summary.kept or summary.pending or suppressed):
        raise DpoError(
            "L’exécution n’a rien fait, rien conservé et n’attend rien : il n’y a rien à "
            "répondre sur ce droit ; revoir le plan (onglet Exécution)."
        )
    names = recipient_names(register, language)
    notified = tuple(
        names.get(task.target, task.target)
        for task in tasks
        if task.kind == NOTIFY and task.status in ("sent", "acknowledged")
    )
    return {
        "what_was_done": summary.done,
        "kept": tuple(Kept(k.what, k.ground, k.until) for k in summary.kept),
        "suppression_list": suppressed,
        "pending": summary.pending,
        "notified": notified,
    }


def _categories(
    finding: Finding | None, record: RecordPlan, catalogue: Catalogue | None, source: str
) -> tuple[str, ...]:
    """The categories of the data the action touched: the emptied or pseudonymised fields
    only, else every field the record held."""
    touched = {c.field for c in record.changes} if record.action in _FIELD_ACTIONS else None
    if finding is not None:
        fields = [(f.get("name"), f.get("category"), f.get("value")) for f in finding.fields]
    else:  # the finding gone since: the table's fields, each taken as holding a value
        table = catalogue.table(source, record.table) if catalogue else None
        fields = [(n, f.category, True) for n, f in (table.fields.items() if table else ())]
    return tuple(
        dict.fromkeys(
            category
            for name, category, value in fields
            if category and value not in (None, "") and (touched is None or name in touched)
        )
    )


_FIELD_ACTIONS = (Action.EMPTY, Action.PSEUDONYMISE)


def _ends_on(finding: Finding | None) -> date | None:
    ends_on = (finding.retention or {}).get("ends_on") if finding is not None else None
    return date.fromisoformat(ends_on) if ends_on else None


def _field_label(
    catalogue: Catalogue | None,
    register: Register,
    where: tuple[str, str, str],
    language: str,
) -> str:
    """A corrected field as the person reads it: the catalogue's label (French); in English,
    the register's English label of the field's category."""
    source, table_name, name = where
    table = catalogue.table(source, table_name) if catalogue else None
    spec = table.fields.get(name) if table else None
    if spec is None:
        return name
    if language == "en":
        return next((c.label.en for c in register.categories if c.key == spec.category), name)
    return spec.label or name


def _on_list(uow: UnitOfWork, ctx: ServiceContext, detail: CaseDetail) -> bool:
    """The person's identifiers are on the suppression list today."""
    identifiers = normalised((i.kind.value, i.normalized) for i in detail.identifiers)
    return bool(identifiers and uow.suppressions.listed(identifiers, ctx.today()))


def last_event_text(detail: CaseDetail, kind: EventKind) -> str | None:
    texts = [e.text for e in detail.timeline if e.kind is kind and e.text]
    return texts[-1] if texts else None
