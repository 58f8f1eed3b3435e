"""An execution and the owners' tasks as the faces show them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ...domain.catalogue import Catalogue
from ...domain.plan import Plan, PreviewLine
from ...domain.rights import Right
from ...store.models import Case, Execution, Task
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..errors import DpoError, NotFound

__all__ = [
    "APPLIED",
    "STATUS_LABELS",
    "TASK_STATUS_LABELS",
    "ExecutionView",
    "TaskView",
    "execution_in",
    "executions_in",
    "latest_execution",
    "list_executions",
    "plan_of",
    "task_view",
    "view_of",
]

STATUS_LABELS = {
    "planned": "planifiée (rien n’a été modifié)",
    "applying": "en cours d’application (interrompue si le programme s’est arrêté)",
    "applied": "appliquée, vérification en attente",
    "verified": "appliquée et vérifiée",
    "partly": "appliquée en partie",
    "failed": "échouée (rien n’a été modifié)",
}
TASK_STATUS_LABELS = {"open": "à faire", "done": "faite", "cancelled": "annulée"}
#: An execution carried out in the systems, in whole or in part.
APPLIED = ("applied", "partly", "verified")


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
    due_on: date | None = None  # an owner's task: the day the answer is due
    reminded_at: datetime | None = None  # the last reminder prepared (UTC)
    owner: str = ""  # the team that holds the source, and its address

    @property
    def may_complete(self) -> bool:
        """Still waiting for its owner's answer (``tasks.complete_task``)."""
        return self.status == "open"

    def days_late(self, today: date) -> int:
        """Days past the due day while still open; 0 when on time, done or undated."""
        if self.status != "open" or self.due_on is None:
            return 0
        return max(0, (today - self.due_on).days)


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

    # What may be done now: the faces ask these rather than reading statuses themselves.
    @property
    def may_apply(self) -> bool:
        """Planned and nothing written yet (``applying.apply_execution``)."""
        return self.status == "planned"

    @property
    def may_verify(self) -> bool:
        """Carried out, so the person's data may be gathered again (after owners' tasks)."""
        return self.status in APPLIED

    @property
    def may_lift(self) -> bool:
        """A restriction carried out and not lifted: its lifting may be announced, the letter
        produced, then the restriction lifted (``restriction`` checks that order and the day)."""
        return self.right is Right.RESTRICTION and self.status in APPLIED and not self.lifted


def execution_in(uow: UnitOfWork, case: Case, execution_id: int) -> Execution:
    """The case's execution ``execution_id``, or :class:`NotFound`."""
    row = uow.executions.get(case.id, execution_id)
    if row is None:
        raise NotFound(f"Aucune exécution n° {execution_id} dans la demande {case.reference}.")
    return row


def plan_of(row: Execution) -> Plan:
    """The execution's frozen plan, checked against its SHA-256."""
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


def view_of(
    uow: UnitOfWork, case: Case, row: Execution, catalogue: Catalogue | None
) -> ExecutionView:
    plan = plan_of(row)
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
        tasks=tuple(task_view(t, catalogue) for t in uow.tasks.for_execution(row.id)),
    )


def executions_in(
    uow: UnitOfWork,
    case: Case,
    catalogue: Catalogue | None,
    *,
    right: Right | None = None,
    status: str | None = None,
) -> tuple[ExecutionView, ...]:
    """The case's executions, oldest first (of ``right``, with ``status``, when given)."""
    return tuple(
        view_of(uow, case, row, catalogue)
        for row in uow.executions.for_case(case.id, statuses=[status] if status else ())
        if right is None or row.right == right.value
    )


def task_view(task: Task, catalogue: Catalogue | None) -> TaskView:
    return TaskView(
        id=task.id,
        execution_id=task.execution_id,
        kind=task.kind,
        target=task.target,
        target_name=catalogue.source_name(task.target) if catalogue else task.target,
        description=task.description,
        status=task.status,
        status_label=TASK_STATUS_LABELS.get(task.status, task.status),
        answer=task.answer,
        created_at=task.created_at,
        updated_at=task.updated_at,
        updated_by=task.updated_by,
        due_on=task.due_on,
        reminded_at=task.reminded_at,
        owner=str(catalogue.sources[task.target].owner)
        if catalogue is not None and task.target in catalogue.sources
        else "",
    )


def list_executions(ctx: ServiceContext, reference: str) -> tuple[ExecutionView, ...]:
    """The case's executions, oldest first."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        return executions_in(uow, case, ctx.configuration.catalogue_if_any(uow))


def latest_execution(
    ctx: ServiceContext, reference: str, right: Right | str, *, status: str | None = None
) -> ExecutionView | None:
    """The case's latest execution of ``right`` (with ``status``, when given)."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        found = executions_in(
            uow, case, ctx.configuration.catalogue_if_any(uow), right=Right(right), status=status
        )
        return found[-1] if found else None
