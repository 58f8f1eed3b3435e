"""The life of a case after intake: each step of the workflow, decisions, notes, and queues.

Each public function opens a unit of work, applies one ``*_in`` function to the case and
commits; the ``*_in`` functions are also used by the demo to build cases in bulk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..domain.case import Outcome, deadline_from
from ..domain.deadlines import DeadlinePolicy, check_extension_allowed
from ..domain.identity import fold_name
from ..domain.rights import RIGHTS, Right
from ..domain.workflow import (
    EventKind,
    Status,
    check_allowed,
    status_after_answer,
    status_after_decision,
)
from ..store import cases_repo, journal
from ..store.models import Case
from . import settings as settings_service
from .casework import (
    detail_from_case,
    load_case,
    paused_garbage_collector,
    record_event,
    summary_from_row,
    timeline_of,
)
from .context import ServiceContext
from .errors import InvalidInput

# The queue's filters live with the parts of the queue that need no SQLAlchemy; the
# dashboard and older callers find them here too.
from .queue import allowed_statuses, finish, quick_list
from .queue import deadline_bound as deadline_bound
from .queue import filter_summaries as filter_summaries
from .views import CaseDetail, CaseFilter, CaseSummary

# The steps recorded with no more than a date and an optional text.
SIMPLE_STEPS = (
    EventKind.ACKNOWLEDGED,
    EventKind.INFO_REQUESTED,
    EventKind.INFO_RECEIVED,
    EventKind.CLOSED,
    EventKind.WITHDRAWN,
)

CaseAction = Callable[[Session, ServiceContext, Case, DeadlinePolicy], object]


def _on_case(ctx: ServiceContext, reference: str, action: CaseAction) -> CaseDetail:
    with ctx.store.unit_of_work() as session:
        policy = settings_service.read(session).policy
        case = load_case(session, reference)
        action(session, ctx, case, policy)
        session.commit()
        return detail_from_case(case, policy, ctx.today(), ctx.documents_dir)


# -- steps on one case, inside the caller's transaction -----------------------------------


def step_in(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    policy: DeadlinePolicy,
    kind: EventKind,
    on: date | None = None,
    text: str = "",
) -> None:
    """A step that needs nothing but a date and an optional text (see SIMPLE_STEPS)."""
    if kind is EventKind.REOPENED and not text.strip():
        raise InvalidInput({"reason": "Indiquer pourquoi la demande est rouverte."})
    if kind is EventKind.NOTE and not text.strip():
        raise InvalidInput({"text": "La note est vide."})
    record_event(session, ctx, case, kind, policy=policy, on=on, text=text.strip())


def verify_identity_in(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    policy: DeadlinePolicy,
    how: str,
    on: date | None = None,
) -> None:
    if not how.strip():
        raise InvalidInput({"how": "Indiquer comment l’identité a été vérifiée."})
    record_event(
        session,
        ctx,
        case,
        EventKind.IDENTITY_VERIFIED,
        policy=policy,
        on=on,
        text=how.strip(),
        data={"verified_by": ctx.actor},
    )


def extend_in(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    policy: DeadlinePolicy,
    reason: str,
    on: date | None = None,
) -> None:
    if not reason.strip():
        raise InvalidInput(
            {
                "reason": "Indiquer les raisons de la prolongation (complexité, "
                "nombre de demandes) : elles sont dues à la personne."
            }
        )
    check_allowed(Status(case.status), EventKind.EXTENDED)
    on = on or ctx.today()
    deadline = deadline_from(case.received_on, timeline_of(case), policy, ctx.today())
    check_extension_allowed(deadline, on)
    record_event(
        session,
        ctx,
        case,
        EventKind.EXTENDED,
        policy=policy,
        on=on,
        text=reason.strip(),
        data={"extended_due": deadline.extended_due.isoformat()},
    )


def decide_in(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    policy: DeadlinePolicy,
    right: Right,
    outcome: Outcome,
    legal_ground: str = "",
    on: date | None = None,
) -> None:
    ground = legal_ground.strip()
    if outcome.needs_ground and not ground:
        raise InvalidInput(
            {
                "legal_ground": "Un refus, même partiel, doit indiquer son "
                f"fondement juridique ({RIGHTS[right].label_fr})."
            }
        )
    asked = {r.right: r for r in case.rights}
    if right.value not in asked:
        raise InvalidInput(
            {
                "right": f"La demande {case.reference} ne porte pas sur ce droit "
                f"({RIGHTS[right].label_fr})."
            }
        )
    status = Status(case.status)
    check_allowed(status, EventKind.DECISION)
    row = asked[right.value]
    row.outcome, row.legal_ground = outcome.value, ground or None
    row.decided_at, row.decided_by = ctx.now().replace(tzinfo=None), ctx.actor
    all_decided = all(r.outcome for r in case.rights)
    record_event(
        session,
        ctx,
        case,
        EventKind.DECISION,
        policy=policy,
        on=on,
        text=ground or None,
        data={"right": right.value, "outcome": outcome.value},
        status=status_after_decision(status, all_decided),
    )


def answer_sent_in(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    policy: DeadlinePolicy,
    on: date | None = None,
    how: str = "",
) -> None:
    check_allowed(Status(case.status), EventKind.SENT)
    all_refused = all(r.outcome == Outcome.REFUSED.value for r in case.rights)
    record_event(
        session,
        ctx,
        case,
        EventKind.SENT,
        policy=policy,
        on=on,
        text=how.strip() or None,
        status=status_after_answer(all_refused),
    )


# -- the use cases -------------------------------------------------------------------------


def acknowledge(ctx: ServiceContext, reference: str, on: date | None = None) -> CaseDetail:
    return record_step(ctx, reference, EventKind.ACKNOWLEDGED, on=on)


def request_information(
    ctx: ServiceContext, reference: str, what: str = "", on: date | None = None
) -> CaseDetail:
    """Ask the person for what is needed to identify them or understand the request:
    the clock stops (LEGAL.md §1.5) until the answer arrives."""
    return record_step(ctx, reference, EventKind.INFO_REQUESTED, on=on, reason=what)


def record_information_received(
    ctx: ServiceContext, reference: str, on: date | None = None, note: str = ""
) -> CaseDetail:
    return record_step(ctx, reference, EventKind.INFO_RECEIVED, on=on, reason=note)


def record_identity_verified(
    ctx: ServiceContext, reference: str, how: str, on: date | None = None
) -> CaseDetail:
    """Record how identity was checked and by whom; no copy of an ID document is kept."""
    return _on_case(
        ctx, reference, lambda s, c, case, p: verify_identity_in(s, c, case, p, how, on)
    )


def extend(ctx: ServiceContext, reference: str, reason: str, on: date | None = None) -> CaseDetail:
    """Extend by two months (Art. 12(3)): reasons required, before the first deadline only."""
    return _on_case(ctx, reference, lambda s, c, case, p: extend_in(s, c, case, p, reason, on))


def decide(
    ctx: ServiceContext, reference: str, right: Right, outcome: Outcome, legal_ground: str = ""
) -> CaseDetail:
    """Decide on one right; partial or total refusal needs its legal ground (Art. 12(4))."""
    return _on_case(
        ctx, reference, lambda s, c, case, p: decide_in(s, c, case, p, right, outcome, legal_ground)
    )


def mark_answered(
    ctx: ServiceContext, reference: str, on: date | None = None, how: str = ""
) -> CaseDetail:
    """The answer has left: the case is answered, or refused when every right was refused."""
    return _on_case(ctx, reference, lambda s, c, case, p: answer_sent_in(s, c, case, p, on, how))


def add_note(ctx: ServiceContext, reference: str, text: str) -> CaseDetail:
    return record_step(ctx, reference, EventKind.NOTE, reason=text)


def close(
    ctx: ServiceContext, reference: str, on: date | None = None, reason: str = ""
) -> CaseDetail:
    return record_step(ctx, reference, EventKind.CLOSED, on=on, reason=reason)


def withdraw(
    ctx: ServiceContext, reference: str, on: date | None = None, reason: str = ""
) -> CaseDetail:
    return record_step(ctx, reference, EventKind.WITHDRAWN, on=on, reason=reason)


def reopen(ctx: ServiceContext, reference: str, reason: str, on: date | None = None) -> CaseDetail:
    return record_step(ctx, reference, EventKind.REOPENED, on=on, reason=reason)


def record_step(
    ctx: ServiceContext,
    reference: str,
    kind: EventKind,
    *,
    on: date | None = None,
    reason: str = "",
) -> CaseDetail:
    """Record one workflow step; the command line's ``cases event REF KIND``."""
    match kind:
        case EventKind.IDENTITY_VERIFIED:
            return record_identity_verified(ctx, reference, reason, on)
        case EventKind.EXTENDED:
            return extend(ctx, reference, reason, on)
        case _ if kind in (*SIMPLE_STEPS, EventKind.REOPENED, EventKind.NOTE):
            return _on_case(
                ctx, reference, lambda s, c, case, p: step_in(s, c, case, p, kind, on, reason)
            )
    raise InvalidInput({"kind": f"L’étape « {kind.label_fr} » ne s’enregistre pas ainsi."})


def assign(ctx: ServiceContext, reference: str, assignee: str) -> CaseDetail:
    """Give the case to a deputy (or back to nobody with an empty name); journaled."""
    name = " ".join(assignee.split()) or None
    if name is not None and len(name) > 100:
        raise InvalidInput({"assignee": "Le nom de la personne chargée dépasse 100 caractères."})

    def change(session: Session, c: ServiceContext, case: Case, p: DeadlinePolicy) -> None:
        before, case.assignee = case.assignee, name
        journal.append(
            session,
            at=c.now(),
            actor=c.actor,
            action="case.assigned",
            case_reference=case.reference,
            details={"before": before, "after": name},
        )

    return _on_case(ctx, reference, change)


def show_case(ctx: ServiceContext, reference: str) -> CaseDetail:
    """One case with its deadline and timeline. Consulting it is journaled."""
    with ctx.store.unit_of_work() as session:
        policy = settings_service.read(session).policy
        case = load_case(session, reference, for_update=False)
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.consulted",
            case_reference=case.reference,
            details={},
        )
        session.commit()
        return detail_from_case(case, policy, ctx.today(), ctx.documents_dir)


def list_cases(ctx: ServiceContext, wanted: CaseFilter | None = None) -> list[CaseSummary]:
    """The queue: cases matching ``wanted``, soonest deadline first.

    The case base preselects on indexed columns; :func:`filter_summaries` then decides exactly
    (a stopped clock's deadline moves every day), so that a queue filtering the summaries it
    already holds and this function always agree.
    """
    wanted = wanted or CaseFilter()
    found = quick_list(ctx, wanted)  # a SQLite base's queue scopes, at less cost per row
    if found is not None:
        return found
    with ctx.store.unit_of_work() as session:
        return list_cases_in(session, settings_service.read(session).policy, ctx.today(), wanted)


def list_cases_in(
    session: Session, policy: DeadlinePolicy, today: date, wanted: CaseFilter
) -> list[CaseSummary]:
    """:func:`list_cases` inside the caller's transaction (the dashboard's, for one)."""
    statuses = allowed_statuses(wanted)
    if statuses is not None and not statuses:
        return []  # the filters contradict each other
    text = wanted.text.strip()
    query = cases_repo.CaseQuery(
        statuses=sorted(s.value for s in statuses or ()),
        right=wanted.right.value if wanted.right else None,
        due_on_or_before=deadline_bound(wanted, today),
        extended=wanted.extended,
        text_folded=fold_name(text) if text else None,
        reference_part=text.upper() if text else None,
    )
    with paused_garbage_collector():
        if wanted.limit:
            rows = _soonest_rows(session, query, wanted.limit)
        else:
            rows = cases_repo.query_summaries(session, query)
        summaries = [summary_from_row(row, policy, today) for row in rows]
    return finish(summaries, wanted, today)


def _soonest_rows(session: Session, query: cases_repo.CaseQuery, limit: int) -> list[Row]:
    """The first ``limit`` cases without loading them all: the first running clocks, and the
    stopped ones whose cached date comes before the last of those (a stopped clock's live
    date is never before its cached one, so no other can come earlier)."""
    running = cases_repo.query_summaries(session, replace(query, clock_stopped=False, limit=limit))
    bound = running[-1].due_on if len(running) == limit else query.due_on_or_before
    if query.due_on_or_before is not None and bound is not None:
        bound = min(bound, query.due_on_or_before)
    stopped = cases_repo.query_summaries(
        session, replace(query, clock_stopped=True, due_on_or_before=bound)
    )
    return [*running, *stopped]
