"""What every use case on a case shares: finding it, recording an event, keeping its deadline
cache right, and turning it into the view the faces show. Internal to the services."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ...domain.case import Channel, Outcome, TimelineEvent, deadline_from, suspensions_from
from ...domain.deadlines import DeadlinePolicy, due_dates
from ...domain.french import fr_date
from ...domain.identity import IdentifierKind
from ...domain.rights import Right
from ...domain.text import clean_text
from ...domain.workflow import STEPS, EventKind, Status, next_status
from ...store.models import Case, Event
from ...store.unit_of_work import UnitOfWork
from ..context import ServiceContext
from ..errors import InvalidInput, NotFound
from .views import (
    CaseDetail,
    DeadlineView,
    DocumentView,
    EventView,
    IdentifierView,
    RightView,
)


def normalize_reference(reference: str) -> str:
    return reference.strip().upper()


def load_case(uow: UnitOfWork, reference: str, *, for_update: bool = True) -> Case:
    """The case, or :class:`NotFound` naming the reference as typed; ``for_update`` (the
    default for a change) queues concurrent changes of one case on a shared case base."""
    case = uow.cases.get(normalize_reference(reference), for_update=for_update)
    if case is None:
        raise NotFound(f"Aucune demande ne porte la référence « {reference.strip()} ».")
    return case


def timeline_of(case: Case) -> list[TimelineEvent]:
    return [TimelineEvent(EventKind(e.kind), e.occurred_on) for e in case.events]


def refresh_deadline(case: Case, policy: DeadlinePolicy) -> None:
    """Recompute the cached deadline columns from the events (see models.Case)."""
    timeline = timeline_of(case)
    suspensions = suspensions_from(timeline)
    closed_days = sum(s.days(s.start) for s in suspensions if s.end is not None)
    still_open = next((s for s in suspensions if s.end is None), None)
    extended = any(e.kind is EventKind.EXTENDED for e in timeline)
    first, extended_due = due_dates(case.received_on, closed_days, policy)
    case.first_due_on = first
    case.due_on = extended_due if extended else first
    case.extended = extended
    case.suspended_days = closed_days
    case.clock_stopped_since = (
        still_open.start if still_open and policy.suspension_enabled else None
    )


def check_event_date(case: Case, on: date, today: date, kind: EventKind) -> None:
    if on > today:
        raise InvalidInput({"on": f"La date du {fr_date(on)} est dans le futur."})
    if on < case.received_on:
        raise InvalidInput(
            {
                "on": f"La date du {fr_date(on)} précède la réception de la demande "
                f"({fr_date(case.received_on)})."
            }
        )
    if kind is EventKind.INFO_RECEIVED:
        asked = max(
            (e.occurred_on for e in case.events if e.kind == EventKind.INFO_REQUESTED), default=None
        )
        if asked is not None and on < asked:
            raise InvalidInput(
                {
                    "on": f"La réponse du {fr_date(on)} précède la demande d’informations "
                    f"du {fr_date(asked)}."
                }
            )


def record_event(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    kind: EventKind,
    *,
    policy: DeadlinePolicy,
    on: date | None = None,
    text: str | None = None,
    data: dict[str, Any] | None = None,
    status: Status | None = None,
) -> Event:
    """Append an event, move the status (checked against the workflow), re-date, journal it."""
    now = ctx.now()
    on = on or ctx.today()
    if text:  # a reason, a note, how identity was checked: stored and printed as typed
        text = clean_text(text, "Texte", max_length=10_000, multiline=True)
    new_status = status or next_status(Status(case.status), kind)
    check_event_date(case, on, ctx.today(), kind)
    event = Event(
        kind=kind.value,
        occurred_on=on,
        recorded_at=now.replace(tzinfo=None),
        actor=ctx.actor,
        text=text or None,
        data=data,
    )
    case.events.append(event)
    old_status = case.status
    case.status = new_status.value
    case.updated_at = now.replace(tzinfo=None)
    refresh_deadline(case, policy)
    details: dict[str, Any] = {"event": kind.value, "on": on.isoformat(), **(data or {})}
    if old_status != case.status:
        details["status"] = [old_status, case.status]
    uow.journal.record(f"case.{kind.value}", case_reference=case.reference, details=details)
    return event


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def detail_from_case(
    case: Case, policy: DeadlinePolicy, today: date, documents_dir: Path
) -> CaseDetail:
    status = Status(case.status)
    deadline = deadline_from(case.received_on, timeline_of(case), policy, today)
    allowed = frozenset(k for k, step in STEPS.items() if status in step.allowed_from)
    if not deadline.can_extend(today):
        allowed -= {EventKind.EXTENDED}
    if not any(d.role == "produced" for d in case.documents):
        allowed -= {EventKind.SENT}  # « Réponse envoyée » once an answer has been produced
    person = case.person
    return CaseDetail(
        reference=case.reference,
        status=status,
        channel=Channel(case.channel),
        language=case.language,
        received_at=_utc(case.received_at),
        person_name=person.display_name,
        postal_address=person.postal_address,
        identifiers=tuple(
            IdentifierView(IdentifierKind(i.kind), i.value, i.normalized)
            for i in person.identifiers
        ),
        rights=tuple(
            RightView(
                Right(r.right),
                Outcome(r.outcome) if r.outcome else None,
                r.legal_ground,
                _utc(r.decided_at) if r.decided_at else None,
                r.decided_by,
            )
            for r in case.rights
        ),
        representative_name=case.representative_name,
        mandate_note=case.mandate_note,
        request_text=case.request_text,
        assignee=case.assignee,
        deadline=DeadlineView(
            received_on=case.received_on,
            first_due=deadline.due,
            extended_due=deadline.extended_due,
            extension_notice_by=deadline.extension_notice_by,
            due=deadline.effective_due,
            extended=deadline.extended,
            clock_stopped=deadline.clock_stopped,
            suspended_days=deadline.suspended_days,
            days_left=(deadline.effective_due - today).days,
            can_extend=status.is_open and deadline.can_extend(today),
            explanation=deadline.explanation,
            explanation_extended=deadline.explanation_extended,
        ),
        timeline=tuple(
            EventView(
                EventKind(e.kind), e.occurred_on, _utc(e.recorded_at), e.actor, e.text, e.data
            )
            for e in case.events
        ),
        documents=tuple(
            DocumentView(
                d.role,
                d.filename,
                d.sha256,
                d.size,
                documents_dir / d.stored_as,
                _utc(d.added_at),
                d.added_by,
                d.id,
            )
            for d in case.documents
        ),
        allowed=allowed,
    )
