"""The life of a case after intake: each step of the workflow, decisions, notes, assignment.

Each public function opens one unit of work, applies one ``*_in`` function to the case and
commits; the ``*_in`` functions are also used by the demo to build cases in bulk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ...domain.case import Outcome, deadline_from
from ...domain.deadlines import DeadlinePolicy, check_extension_allowed
from ...domain.rights import RIGHTS, Right
from ...domain.workflow import (
    EventKind,
    Status,
    check_allowed,
    status_after_answer,
    status_after_decision,
)
from ...store.models import Case
from ...store.unit_of_work import UnitOfWork
from ..context import ServiceContext
from ..errors import InvalidInput
from ..settings.model import read as read_settings
from .casework import detail_from_case, load_case, record_event, timeline_of
from .views import CaseDetail, IdentityCheck

# The steps recorded with no more than a date and an optional text.
SIMPLE_STEPS = (
    EventKind.ACKNOWLEDGED,
    EventKind.INFO_REQUESTED,
    EventKind.INFO_RECEIVED,
    EventKind.CLOSED,
    EventKind.WITHDRAWN,
)

CaseAction = Callable[[UnitOfWork, ServiceContext, Case, DeadlinePolicy], object]


def _on_case(ctx: ServiceContext, reference: str, action: CaseAction) -> CaseDetail:
    with ctx.unit_of_work() as uow:
        policy = read_settings(uow, ctx.holidays).policy
        case = load_case(uow, reference)
        action(uow, ctx, case, policy)
        uow.commit()
        return detail_from_case(case, policy, ctx.today(), ctx.documents_dir)


# -- steps on one case, inside the caller's transaction -----------------------------------


def step_in(
    uow: UnitOfWork,
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
    record_event(uow, ctx, case, kind, policy=policy, on=on, text=text.strip())


def verify_identity_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    policy: DeadlinePolicy,
    proof: IdentityCheck,
    on: date | None = None,
) -> None:
    problems = proof.problems()
    if problems:
        raise InvalidInput(problems)
    record_event(
        uow,
        ctx,
        case,
        EventKind.IDENTITY_VERIFIED,
        policy=policy,
        on=on,
        text=proof.note.strip(),
        data={
            "verified_by": ctx.actor,
            "method": proof.method.value if proof.method else None,
            "mandate_checked": proof.mandate_checked,
        },
    )


def extend_in(
    uow: UnitOfWork,
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
        uow,
        ctx,
        case,
        EventKind.EXTENDED,
        policy=policy,
        on=on,
        text=reason.strip(),
        data={"extended_due": deadline.extended_due.isoformat()},
    )


def decide_in(
    uow: UnitOfWork,
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
        uow,
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
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    policy: DeadlinePolicy,
    on: date | None = None,
    how: str = "",
) -> None:
    check_allowed(Status(case.status), EventKind.SENT)
    all_refused = all(r.outcome == Outcome.REFUSED.value for r in case.rights)
    record_event(
        uow,
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
    ctx: ServiceContext, reference: str, proof: IdentityCheck, on: date | None = None
) -> CaseDetail:
    """Record how identity was established and by whom; no copy of an ID document is kept."""
    return _on_case(
        ctx, reference, lambda s, c, case, p: verify_identity_in(s, c, case, p, proof, on)
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
            # The method is asked separately (see IdentityCheck): without it, a clear refusal.
            return record_identity_verified(ctx, reference, IdentityCheck(None, reason), on)
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

    def change(uow: UnitOfWork, c: ServiceContext, case: Case, p: DeadlinePolicy) -> None:
        before, case.assignee = case.assignee, name
        uow.journal.record(
            "case.assigned",
            case_reference=case.reference,
            details={"before": before, "after": name},
        )

    return _on_case(ctx, reference, change)


def show_case(ctx: ServiceContext, reference: str) -> CaseDetail:
    """One case with its deadline and timeline. Consulting it is journaled."""
    with ctx.unit_of_work() as uow:
        policy = read_settings(uow, ctx.holidays).policy
        case = load_case(uow, reference, for_update=False)
        uow.journal.record("case.consulted", case_reference=case.reference, details={})
        uow.commit()
        return detail_from_case(case, policy, ctx.today(), ctx.documents_dir)
