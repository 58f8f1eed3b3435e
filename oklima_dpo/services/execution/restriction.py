"""Lifting a restriction (Art. 18(3)): announced with its date and reasons, the person told
by the notice letter (``answers``, kind ``restriction-lift-notice``), and only then, on the
announced day, the marks removed and the owners asked to lift theirs."""

from __future__ import annotations

from datetime import date, datetime

from ...actions.sql_executor import execute_source
from ...domain.answers import LetterKind
from ...domain.french import fr_date
from ...domain.owner_tasks import lift_task_text
from ...domain.plan import Action, Change, Plan, RecordPlan, SourcePlan
from ...domain.rights import Right
from ...domain.workflow import EventKind
from ...store.models import Case, Execution
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case, record_event
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput
from ..settings.model import read as read_settings
from .applying import AfterStatement, bound_hook, journal_result
from .tasks import LIFT_TASK, open_tasks_in
from .views import APPLIED, ExecutionView, execution_in, plan_of, view_of

__all__ = ["announce_restriction_lift", "lift_restriction"]

#: In a produced document's name: the notice before lifting (see ``LetterKind.code``).
LIFT_NOTICE_CODE = f"-{LetterKind.RESTRICTION_LIFT_NOTICE.code}-"


def announce_restriction_lift(
    ctx: ServiceContext, reference: str, execution_id: int, *, lift_on: date, reasons: str
) -> ExecutionView:
    """Record when and why a restriction will be lifted: the notice letter quotes them."""
    reasons = " ".join(reasons.split())
    if not reasons:
        raise InvalidInput({"reasons": "Indiquer pourquoi la limitation sera levée."})
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference)
        row = _restriction(uow, case, execution_id)
        if lift_on < ctx.today():
            raise InvalidInput({"lift_on": "La date de levée est passée."})
        record_event(
            uow,
            ctx,
            case,
            EventKind.NOTE,
            policy=settings.policy,
            text=reasons,
            data={"restriction_lift": {"execution": row.id, "on": lift_on.isoformat()}},
        )
        uow.commit()
        return view_of(uow, case, row, None)


def lift_restriction(
    ctx: ServiceContext,
    reference: str,
    execution_id: int,
    *,
    after_statement: AfterStatement | None = None,
) -> ExecutionView:
    """Remove the restriction marks; refused until the person has been told (the notice
    letter produced) and the announced day has come (Art. 18(3))."""
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, reference)
        row = _restriction(uow, case, execution_id)
        if row.result and row.result.get("lift"):
            raise DpoError(f"La limitation de l’exécution n° {row.id} est déjà levée.")
        announced = _announced_lift(case, row.id)
        if announced is None:
            raise DpoError(
                "La personne doit être informée avant la levée de la limitation (art. 18(3) "
                "RGPD) : annoncer d’abord la date et les motifs de la levée, puis produire le "
                "courrier « levée de la limitation »."
            )
        notice = [
            d
            for d in case.documents
            if d.role == "produced"
            and LIFT_NOTICE_CODE in d.filename
            and d.added_at >= announced[0]
        ]
        if not notice:
            raise DpoError(
                "Le courrier informant la personne de la levée de la limitation n’a pas été "
                "produit : le produire d’abord (art. 18(3) RGPD)."
            )
        if ctx.today() < announced[1]:
            raise DpoError(
                f"La levée de la limitation est annoncée pour le {fr_date(announced[1])} : "
                "pas avant."
            )
        plan = plan_of(row)
        case_reference = case.reference
    lift = _lift_plan(plan)
    results = {}
    for source in lift.sources:
        if source.writes:
            hook = bound_hook(after_statement, source.source) if after_statement else None
            results[source.source] = execute_source(catalogue, source, after_statement=hook)
    with ctx.unit_of_work() as uow:
        case = load_case(uow, case_reference)
        row = execution_in(uow, case, execution_id)
        tasks = open_tasks_in(uow, ctx, case, row, lift, LIFT_TASK)
        ok = all(r.applied for r in results.values())
        result = dict(row.result or {})
        result["lift"] = {
            "status": "applied" if ok else "failed",
            "at": ctx.now().isoformat(),
            "by": ctx.actor,
            "sources": {sid: r.to_json() for sid, r in results.items()},
            "tasks": [t.id for t in tasks],
        }
        row.result = result
        uow.journal.record(
            "case.restriction_lifted",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "sources": {sid: journal_result(r) for sid, r in results.items()},
                "tasks": [t.target for t in tasks],
                "status": result["lift"]["status"],
            },
        )
        uow.commit()
        view = view_of(uow, case, row, catalogue)
    if not ok:
        failures = "; ".join(r.message or r.source for r in results.values() if not r.applied)
        raise DpoError(f"La levée de la limitation a échoué : {failures}")
    return view


def _restriction(uow: UnitOfWork, case: Case, execution_id: int) -> Execution:
    row = execution_in(uow, case, execution_id)
    if row.right != Right.RESTRICTION.value:
        raise InvalidInput({"execution": f"L’exécution n° {row.id} n’est pas une limitation."})
    if row.status not in APPLIED:
        raise DpoError(f"La limitation n° {row.id} n’a pas été appliquée : rien à lever.")
    return row


def _announced_lift(case: Case, execution_id: int) -> tuple[datetime, date] | None:
    found = None
    for event in case.events:
        lift = (event.data or {}).get("restriction_lift") if event.kind == "note" else None
        if lift and lift.get("execution") == execution_id:
            found = (event.recorded_at, date.fromisoformat(lift["on"]))
    return found


def _lift_plan(plan: Plan) -> Plan:
    """The marks set by a restriction, set back; the owners' tasks, asked to lift theirs."""
    sources = []
    for source in plan.sources:
        records = tuple(
            RecordPlan(
                table=r.table,
                table_label=r.table_label,
                key=r.key,
                key_values=r.key_values,
                action=Action.RESTRICT,
                reason="Limitation levée (art. 18(3) RGPD).",
                changes=tuple(Change(c.field, c.new, 0) for c in r.changes),
            )
            for r in source.records
            if r.action is Action.RESTRICT
        )
        task = None
        if source.task is not None:
            task = lift_task_text(plan.case, source.name, source.owner)
        if records or task:
            sources.append(
                SourcePlan(source.source, source.name, source.kind, source.owner, records, task)
            )
    return Plan(plan.case, plan.right, tuple(sources), plan.identifiers)
