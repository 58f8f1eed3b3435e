"""Carrying a right out in the company's systems: plan, preview, apply, verify; owners' tasks.

- :func:`plan_execution` builds the plan from the case's reviewed snapshot (``actions.plan``)
  and stores it as an :class:`~oklima_dpo.store.models.Execution` (status ``planned``) with
  its SHA-256; the preview is its counts, nothing runs.
- :func:`apply_execution` runs each SQL source's part in one transaction
  (``actions.sql_executor``: all or nothing per source, the others go on), opens a task for
  the owner of every source the program cannot write, stores the before/after counts and
  hashes, then verifies by gathering the person's data again: after an erasure only what was
  kept (legal hold) or is awaiting an owner's task may remain; after a rectification the
  records show the new values; after a restriction or an objection they bear the mark. The
  status becomes ``verified`` (what the program did is proved) or ``partly`` (a source failed,
  or something remains that should not), ``failed`` when no source could be written.
- Restriction: :func:`announce_restriction_lift` records the date and reasons, the notice
  letter is produced (``respond``, package ``restriction-lift-notice``), and only then may
  :func:`lift_restriction` remove the marks (Art. 18(3)).

The journal gets counts, hashes and source ids, never a person's data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..actions.plan import (
    EXECUTABLE_RIGHTS,
    Action,
    Change,
    Plan,
    PreviewLine,
    RecordPlan,
    SourcePlan,
    build_plan,
)
from ..actions.sql_executor import SourceResult, execute_source
from ..domain.case import Outcome
from ..domain.french import fr_date, typography
from ..domain.register import Register
from ..domain.rights import Right
from ..domain.workflow import EventKind, Status, check_allowed
from ..sources.catalogue import Catalogue
from ..sources.matching import IdentityKind
from ..store import journal
from ..store.models import Case, Execution, Task
from . import gather as gather_service
from . import settings as settings_service
from .casework import load_case, record_event
from .context import ServiceContext
from .errors import DpoError, InvalidInput, NotFound

__all__ = [
    "ExecutionView",
    "TaskView",
    "announce_restriction_lift",
    "apply_execution",
    "complete_task",
    "latest_execution",
    "lift_restriction",
    "list_executions",
    "list_tasks",
    "plan_execution",
    "verify_execution",
]

STATUS_LABELS = {
    "planned": "planifiée (rien n’a été modifié)",
    "applied": "appliquée, vérification en attente",
    "verified": "appliquée et vérifiée",
    "partly": "appliquée en partie",
    "failed": "échouée (rien n’a été modifié)",
}
TASK_KINDS = {
    Right.ERASURE: "erase",
    Right.RECTIFICATION: "rectify",
    Right.RESTRICTION: "restrict",
    Right.OBJECTION: "object",
    Right.CONSENT_WITHDRAWAL: "stop_consent",
}
LIFT_TASK = "lift_restriction"
TASK_STATUS_LABELS = {"open": "à faire", "done": "faite", "cancelled": "annulée"}
LIFT_NOTICE_CODE = "-LEVEE-"  # in a produced document's name (respond.PackageKind)

#: Called with (source id, statements run so far) after each statement: tests inject a failure.
AfterStatement = Callable[[str, int], None]
Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class TaskView:
    id: int
    execution_id: int | None
    kind: str
    target: str  # the source id
    target_name: str
    description: str
    status: str
    status_label: str
    answer: str | None
    created_at: datetime
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True, slots=True)
class ExecutionView:
    id: int
    reference: str
    right: Right
    status: str
    status_label: str
    plan: Plan
    plan_sha256: str
    preview: tuple[PreviewLine, ...]
    created_at: datetime
    created_by: str
    applied_at: datetime | None
    applied_by: str | None
    result: dict[str, Any] | None  # per source: status, message, before/after counts, hashes
    verification: dict[str, Any] | None  # status, what remains and why
    tasks: tuple[TaskView, ...]

    @property
    def lifted(self) -> bool:
        return bool(self.result and self.result.get("lift", {}).get("status") == "applied")


# -- Planning --------------------------------------------------------------------------------


def plan_execution(
    ctx: ServiceContext,
    reference: str,
    right: Right | str,
    *,
    catalogue: Catalogue,
    register: Register,
    corrections: Mapping[str, Any] | None = None,
) -> ExecutionView:
    """Build, freeze and journal the plan of ``right`` for the case; nothing is written."""
    right = _right(right)
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        _check_case(case, right)
        case_reference = case.reference
    snapshot = gather_service.snapshot_content(ctx, case_reference)
    if snapshot is None:
        raise DpoError(
            f"La revue des données de la demande {case_reference} n’est pas enregistrée : "
            "rechercher dans les sources, revoir les enregistrements, puis « Enregistrer la "
            "revue » avant de préparer l’exécution."
        )
    _check_fresh(ctx, case_reference, snapshot)
    snapshot_sha = hashlib.sha256(_canonical(snapshot).encode("utf-8")).hexdigest()
    plan = build_plan(
        case_reference,
        right,
        snapshot.get("findings", ()),
        catalogue,
        register,
        corrections=corrections,
        source_states=snapshot.get("sources", ()),
        snapshot_sha256=snapshot_sha,
    )
    with ctx.store.unit_of_work() as session:
        case = load_case(session, case_reference)
        now = ctx.now().replace(tzinfo=None)
        row = Execution(
            case_id=case.id,
            right=right.value,
            status="planned",
            plan=plan.canonical(),
            plan_sha256=plan.sha256,
            created_at=now,
            created_by=ctx.actor,
        )
        session.add(row)
        session.flush()
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.execution_planned",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "right": right.value,
                "plan_sha256": plan.sha256,
                "snapshot_sha256": snapshot_sha,
                "counts": plan.counts(),
                "tasks": [s.source for s in plan.sources if s.task],
            },
        )
        session.commit()
        return _view(session, case, row, catalogue)


def _check_fresh(ctx: ServiceContext, reference: str, snapshot: Mapping[str, Any]) -> None:
    """A review older than an execution applied since describes rows that have changed."""
    reviewed_at = datetime.fromisoformat(snapshot["at"]).astimezone(UTC).replace(tzinfo=None)
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        applied = session.scalars(
            select(Execution.applied_at).where(
                Execution.case_id == case.id, Execution.applied_at.is_not(None)
            )
        ).all()
    if any(at is not None and at >= reviewed_at for at in applied):
        raise DpoError(
            f"Une exécution a modifié les systèmes depuis la revue des données de la demande "
            f"{reference} : rassembler les données et enregistrer la revue à nouveau avant "
            "un nouveau plan."
        )


def _right(right: Right | str) -> Right:
    try:
        value = Right(right)
    except ValueError:
        raise InvalidInput({"right": f"Droit « {right} » inconnu."}) from None
    if value not in EXECUTABLE_RIGHTS:
        raise InvalidInput(
            {
                "right": f"Le droit « {value.label_fr} » ne s’exécute pas dans les systèmes : "
                "effacement, rectification, limitation ou opposition."
            }
        )
    return value


def _check_case(case: Case, right: Right) -> None:
    asked = {r.right: r for r in case.rights}
    row = asked.get(right.value)
    if row is None:
        raise InvalidInput(
            {
                "right": f"La demande {case.reference} ne porte pas sur ce droit "
                f"({right.label_fr}) : rien à exécuter."
            }
        )
    if row.outcome == Outcome.REFUSED.value:
        raise DpoError(
            f"Le droit « {right.label_fr} » a été refusé pour la demande {case.reference} : "
            "rien à exécuter."
        )
    if row.outcome is None:  # the DPO decides; the systems then carry the decision out
        raise DpoError(
            f"Décider d’abord sur le droit « {right.label_fr} » (accordé, ou accordé en "
            "partie avec son fondement) : l’exécution applique la décision."
        )
    # The verification gathers again: the case must still be open to gathering.
    check_allowed(Status(case.status), EventKind.DATA_GATHERED)


# -- Applying --------------------------------------------------------------------------------


def apply_execution(
    ctx: ServiceContext,
    reference: str,
    execution_id: int,
    *,
    catalogue: Catalogue,
    register: Register,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    after_statement: AfterStatement | None = None,
) -> ExecutionView:
    """Carry the planned execution out, source by source, then verify it (see the module)."""
    say = progress or (lambda _text: None)
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        row = _execution(session, case, execution_id)
        if row.status != "planned":
            raise DpoError(
                f"L’exécution n° {row.id} de la demande {case.reference} est déjà "
                f"« {STATUS_LABELS.get(row.status, row.status)} » : préparer un nouveau plan."
            )
        check_allowed(Status(case.status), EventKind.DATA_GATHERED)
        since = session.scalars(
            select(Execution.id).where(
                Execution.case_id == case.id,
                Execution.id != row.id,
                Execution.applied_at >= row.created_at,
            )
        ).first()
        if since is not None:
            raise DpoError(
                f"Le plan n° {row.id} précède l’exécution n° {since}, appliquée depuis : "
                "rassembler les données, enregistrer la revue et préparer un nouveau plan."
            )
        plan = _plan_of(row)
        row.status = "applied"  # taken: a second apply is refused
        row.applied_at = ctx.now().replace(tzinfo=None)
        row.applied_by = ctx.actor
        case_reference = case.reference
        session.commit()
    results: dict[str, SourceResult] = {}
    not_run: list[str] = []
    for source in plan.sources:
        if not source.writes:
            continue
        if cancelled():
            not_run.append(source.source)
            continue
        say(typography(f"{source.name} : {len(source.writes)} enregistrement(s) à modifier…"))
        hook = None
        if after_statement is not None:
            hook = _bound(after_statement, source.source)
        results[source.source] = execute_source(catalogue, source, after_statement=hook)
    with ctx.store.unit_of_work() as session:
        case = load_case(session, case_reference)
        row = _execution(session, case, execution_id)
        tasks = _open_tasks(session, ctx, case, row, plan)
        row.result = {
            "sources": {sid: r.to_json() for sid, r in results.items()},
            "not_run": not_run,
            "tasks": [t.id for t in tasks],
        }
        if results and not any(r.applied for r in results.values()):
            row.status = "failed"
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.execution_applied",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "right": plan.right.value,
                "plan_sha256": row.plan_sha256,
                "sources": {sid: _journal_result(r) for sid, r in results.items()},
                "not_run": not_run,
                "tasks": [t.target for t in tasks],
            },
        )
        session.commit()
    if plan.right in (Right.OBJECTION, Right.CONSENT_WITHDRAWAL):
        # The marks in the systems, and the person on the suppression list that later
        # gatherings and the marketing sources' checks consult (Art. 21(3), Art. 7(3)).
        from . import objection

        say("Inscription sur la liste d’opposition…")
        if plan.right is Right.OBJECTION:
            objection.record_objection(ctx, case_reference, catalogue=catalogue)
        else:
            objection.record_consent_withdrawal(
                ctx, case_reference, catalogue=catalogue, register=register
            )
    say("Vérification : nouvelle recherche dans les sources…")
    return verify_execution(
        ctx, case_reference, execution_id, catalogue=catalogue, register=register
    )


def _bound(hook: AfterStatement, source_id: str) -> Callable[[int], None]:
    return lambda count: hook(source_id, count)


def _journal_result(result: SourceResult) -> dict[str, Any]:
    """Counts and hashes only: a database's message may quote a person's data."""
    return {
        "status": result.status,
        "statements": result.statements,
        "before": result.before.to_json() if result.before else None,
        "after": result.after.to_json() if result.after else None,
        "tables": result.tables,
        "done": result.done,
    }


def _open_tasks(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    row: Execution,
    plan: Plan,
    kind: str | None = None,
) -> list[Task]:
    """A task for the owner of each source of ``plan`` that the program cannot write."""
    now = ctx.now().replace(tzinfo=None)
    tasks = []
    for source in plan.sources:
        if source.task is None:
            continue
        task = Task(
            case_id=case.id,
            execution_id=row.id,
            kind=kind or TASK_KINDS[plan.right],
            target=source.source,
            description=source.task,
            status="open",
            created_at=now,
            updated_at=now,
            updated_by=ctx.actor,
        )
        session.add(task)
        tasks.append(task)
    session.flush()
    return tasks


# -- Verifying -------------------------------------------------------------------------------


def verify_execution(
    ctx: ServiceContext,
    reference: str,
    execution_id: int,
    *,
    catalogue: Catalogue,
    register: Register,
    progress: gather_service.gathering.Progress | None = None,
) -> ExecutionView:
    """Gather the person's data again and compare with the plan (again after owners' tasks)."""
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        row = _execution(session, case, execution_id)
        if row.status == "planned":
            raise DpoError(f"L’exécution n° {row.id} n’a pas encore été appliquée.")
        plan = _plan_of(row)
        result = dict(row.result or {})
        case_reference = case.reference
    known = tuple((IdentityKind(kind), value, via) for kind, value, via in plan.identifiers)
    try:
        data = gather_service.gather_case(
            ctx, case_reference, catalogue, register, also_known=known, progress=progress
        )
    except DpoError as error:
        verification: dict[str, Any] = {
            "status": "partly",
            "at": ctx.now().isoformat(),
            "error": str(error),
            "remaining": [],
            "unverified_sources": [],
        }
    else:
        verification = _compare(plan, result, data, ctx.now())
    with ctx.store.unit_of_work() as session:
        case = load_case(session, case_reference)
        row = _execution(session, case, execution_id)
        if row.status != "failed":
            row.status = verification["status"]
        row.verification = verification
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.execution_verified",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "status": row.status,
                "remaining": _tally(verification["remaining"]),
                "unverified_sources": verification["unverified_sources"],
            },
        )
        session.commit()
        return _view(session, case, row, catalogue)


def _compare(
    plan: Plan, result: Mapping[str, Any], data: gather_service.CaseData, now: datetime
) -> dict[str, Any]:
    """What the new gathering shows against the plan: each remaining record and why."""
    planned = {(s.source, r.table, r.key): r for s in plan.sources for r in s.records}
    outcomes = result.get("sources", {})
    failed = {sid for sid, r in outcomes.items() if r.get("status") != "applied"}
    failed |= set(result.get("not_run", ()))
    with_task = {s.source for s in plan.sources if s.task}
    unverified = sorted(s.source_id for s in data.sources if s.status == "failed")
    remaining: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for finding in data.findings:
        if finding.change == "gone" or not finding.included:
            continue
        place = (finding.source_id, finding.table, finding.key)
        seen.add(place)
        record = planned.get(place)
        state, why = _state_of(plan.right, finding, record, failed, with_task)
        if state is not None:
            remaining.append(
                {
                    "source": finding.source_id,
                    "table": finding.table,
                    "key": finding.key,
                    "state": state,
                    "reason": why,
                }
            )
    if plan.right is not Right.ERASURE:
        for place, record in planned.items():
            if record.action.writes and place not in seen and place[0] not in failed:
                remaining.append(
                    {
                        "source": place[0],
                        "table": place[1],
                        "key": place[2],
                        "state": "not_found",
                        "reason": "enregistrement modifié non retrouvé : vérifier à la main",
                    }
                )
    bad = {"unexpected", "not_applied", "not_found", "source_failed"}
    ok = not unverified and not failed and not any(r["state"] in bad for r in remaining)
    return {
        "status": "verified" if ok else "partly",
        "at": now.isoformat(),
        "remaining": remaining,
        "unverified_sources": unverified,
        "failed_sources": sorted(failed),
    }


def _state_of(
    right: Right,
    finding: gather_service.FindingView,
    record: RecordPlan | None,
    failed: set[str],
    with_task: set[str],
) -> tuple[str | None, str]:
    if right is Right.ERASURE:
        if record is not None and record.action is Action.KEEP:
            return "kept", record.ground or record.reason
        if finding.source_id in failed:
            return "source_failed", "la source n’a pas été modifiée (échec)"
        if finding.source_id in with_task:
            return "task", "effacement demandé au propriétaire de la source (tâche)"
        return "unexpected", "toujours présent alors que l’effacement devait le retirer"
    if record is None or not record.action.writes:
        return None, ""
    values = {f.name: f.value for f in finding.fields}
    if finding.source_id in failed:
        return "source_failed", "la source n’a pas été modifiée (échec)"
    if all(_same_text(values.get(c.field), c.new) for c in record.changes):
        return ("corrected" if right is Right.RECTIFICATION else "marked"), record.reason
    return "not_applied", "la nouvelle recherche ne montre pas la modification"


def _same_text(value: Any, expected: Any) -> bool:
    def text(item: Any) -> str:
        if isinstance(item, bool):
            return "1" if item else "0"
        return "" if item is None else str(item).strip()

    return text(value) == text(expected)


def _tally(remaining: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in remaining:
        counts[item["state"]] = counts.get(item["state"], 0) + 1
    return counts


# -- Restriction lifted ---------------------------------------------------------------------


def announce_restriction_lift(
    ctx: ServiceContext, reference: str, execution_id: int, *, lift_on: date, reasons: str
) -> ExecutionView:
    """Record when and why a restriction will be lifted: the notice letter quotes them."""
    reasons = " ".join(reasons.split())
    if not reasons:
        raise InvalidInput({"reasons": "Indiquer pourquoi la limitation sera levée."})
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        case = load_case(session, reference)
        row = _restriction(session, case, execution_id)
        if lift_on < ctx.today():
            raise InvalidInput({"lift_on": "La date de levée est passée."})
        record_event(
            session,
            ctx,
            case,
            EventKind.NOTE,
            policy=settings.policy,
            text=reasons,
            data={"restriction_lift": {"execution": row.id, "on": lift_on.isoformat()}},
        )
        session.commit()
        return _view(session, case, row, None)


def lift_restriction(
    ctx: ServiceContext,
    reference: str,
    execution_id: int,
    *,
    catalogue: Catalogue,
    after_statement: AfterStatement | None = None,
) -> ExecutionView:
    """Remove the restriction marks; refused until the person has been told (the notice
    letter produced) and the announced day has come (Art. 18(3))."""
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        row = _restriction(session, case, execution_id)
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
        plan = _plan_of(row)
        case_reference = case.reference
    lift = _lift_plan(plan)
    results = {}
    for source in lift.sources:
        if source.writes:
            hook = _bound(after_statement, source.source) if after_statement else None
            results[source.source] = execute_source(catalogue, source, after_statement=hook)
    with ctx.store.unit_of_work() as session:
        case = load_case(session, case_reference)
        row = _execution(session, case, execution_id)
        tasks = _open_tasks(session, ctx, case, row, lift, LIFT_TASK)
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
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.restriction_lifted",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "sources": {sid: _journal_result(r) for sid, r in results.items()},
                "tasks": [t.target for t in tasks],
                "status": result["lift"]["status"],
            },
        )
        session.commit()
        view = _view(session, case, row, catalogue)
    if not ok:
        failures = "; ".join(r.message or r.source for r in results.values() if not r.applied)
        raise DpoError(f"La levée de la limitation a échoué : {failures}")
    return view


def _restriction(session: Session, case: Case, execution_id: int) -> Execution:
    row = _execution(session, case, execution_id)
    if row.right != Right.RESTRICTION.value:
        raise InvalidInput({"execution": f"L’exécution n° {row.id} n’est pas une limitation."})
    if row.status not in ("verified", "partly", "applied"):
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
            task = (
                f"Demande {plan.case} — levée de la limitation (art. 18(3) RGPD).\n"
                f"Source « {source.name} » ({source.owner}).\n\n"
                "La personne a été informée : lever la limitation posée sur ses données "
                "(voir la tâche de limitation), puis répondre en indiquant la date."
            )
        if records or task:
            sources.append(
                SourcePlan(source.source, source.name, source.kind, source.owner, records, task)
            )
    return Plan(plan.case, plan.right, tuple(sources), plan.identifiers)


# -- Owners' tasks ---------------------------------------------------------------------------


def list_tasks(ctx: ServiceContext, reference: str) -> tuple[TaskView, ...]:
    """The tasks the executions of the case opened for the sources' owners."""
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        return tuple(_task_view(t, None) for t in _tasks(session, case))


def complete_task(
    ctx: ServiceContext,
    reference: str,
    task_id: int,
    answer: str,
    *,
    catalogue: Catalogue | None = None,
) -> TaskView:
    """The owner's answer: what was done (journaled without its text)."""
    answer = answer.strip()
    if not answer:
        raise InvalidInput({"answer": "Indiquer ce que le propriétaire de la source a fait."})
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        task = next((t for t in _tasks(session, case) if t.id == task_id), None)
        if task is None:
            raise NotFound(f"Aucune tâche n° {task_id} dans la demande {case.reference}.")
        if task.status != "open":
            raise DpoError(f"La tâche n° {task.id} est déjà « {_task_label(task.status)} ».")
        task.status = "done"
        task.answer = answer
        task.updated_at = ctx.now().replace(tzinfo=None)
        task.updated_by = ctx.actor
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.task_completed",
            case_reference=case.reference,
            details={"task": task.id, "kind": task.kind, "target": task.target},
        )
        session.commit()
        return _task_view(task, catalogue)


def _tasks(session: Session, case: Case) -> list[Task]:
    """The owners' tasks of the case: its executions', and those a consent withdrawal opened
    for sources the program cannot write (``services.objection``)."""
    kinds = [*TASK_KINDS.values(), LIFT_TASK]
    stop_consent = TASK_KINDS[Right.CONSENT_WITHDRAWAL]
    return list(
        session.scalars(
            select(Task)
            .where(
                Task.case_id == case.id,
                Task.kind.in_(kinds),
                or_(Task.execution_id.is_not(None), Task.kind == stop_consent),
            )
            .order_by(Task.id)
        )
    )


def _task_label(status: str) -> str:
    return TASK_STATUS_LABELS.get(status, status)


def _task_view(task: Task, catalogue: Catalogue | None) -> TaskView:
    spec = catalogue.sources.get(task.target) if catalogue else None
    return TaskView(
        id=task.id,
        execution_id=task.execution_id,
        kind=task.kind,
        target=task.target,
        target_name=spec.name if spec else task.target,
        description=task.description,
        status=task.status,
        status_label=_task_label(task.status),
        answer=task.answer,
        created_at=task.created_at,
        updated_at=task.updated_at,
        updated_by=task.updated_by,
    )


# -- Reading ---------------------------------------------------------------------------------


def list_executions(
    ctx: ServiceContext, reference: str, *, catalogue: Catalogue | None = None
) -> tuple[ExecutionView, ...]:
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        rows = session.scalars(
            select(Execution).where(Execution.case_id == case.id).order_by(Execution.id)
        )
        return tuple(_view(session, case, row, catalogue) for row in rows)


def latest_execution(
    ctx: ServiceContext,
    reference: str,
    right: Right | str,
    *,
    status: str | None = None,
    catalogue: Catalogue | None = None,
) -> ExecutionView | None:
    """The case's latest execution of ``right`` (with ``status``, when given)."""
    right = Right(right)
    found = [
        e
        for e in list_executions(ctx, reference, catalogue=catalogue)
        if e.right is right and (status is None or e.status == status)
    ]
    return found[-1] if found else None


def _execution(session: Session, case: Case, execution_id: int) -> Execution:
    row = session.get(Execution, execution_id)
    if row is None or row.case_id != case.id:
        raise NotFound(f"Aucune exécution n° {execution_id} dans la demande {case.reference}.")
    return row


def _plan_of(row: Execution) -> Plan:
    if row.plan == "":  # minimisation: the plan's data were purged, its SHA-256 kept
        return Plan(
            case="",
            right=Right(row.right),
            sources=(),
            warnings=(
                "Plan purgé avec les données de la demande (minimisation) ; "
                f"empreinte conservée : {row.plan_sha256}.",
            ),
        )
    if hashlib.sha256(row.plan.encode("utf-8")).hexdigest() != row.plan_sha256:
        raise DpoError(
            f"Le plan de l’exécution n° {row.id} a été altéré (empreinte SHA-256 différente) : "
            "préparer un nouveau plan."
        )
    return Plan.from_json(json.loads(row.plan))


def _view(
    session: Session, case: Case, row: Execution, catalogue: Catalogue | None
) -> ExecutionView:
    plan = _plan_of(row)
    tasks = session.scalars(select(Task).where(Task.execution_id == row.id).order_by(Task.id))
    return ExecutionView(
        id=row.id,
        reference=case.reference,
        right=Right(row.right),
        status=row.status,
        status_label=STATUS_LABELS.get(row.status, row.status),
        plan=plan,
        plan_sha256=row.plan_sha256,
        preview=plan.preview(),
        created_at=row.created_at,
        created_by=row.created_by,
        applied_at=row.applied_at,
        applied_by=row.applied_by,
        result=row.result,
        verification=row.verification,
        tasks=tuple(_task_view(t, catalogue) for t in tasks),
    )


def _canonical(content: Any) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
