"""The tasks of the systems' owners: what the program asks when it cannot write a source itself
(a file, a mailbox, paper archives), tracked to the owner's answer."""

from __future__ import annotations

from ...domain.owner_tasks import TASK_RIGHTS
from ...domain.plan import Plan
from ...store.models import Case, Execution, Task
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput, NotFound
from ..objection.consent import STOP_CONSENT
from ..settings.model import read as read_settings
from .views import TASK_STATUS_LABELS, TaskView, task_view

__all__ = [
    "LIFT_TASK",
    "TASK_KINDS",
    "complete_task",
    "list_tasks",
    "open_tasks_in",
]

LIFT_TASK = "lift_restriction"
#: The kind of task each right opens for an owner (the domain knows the way back).
TASK_KINDS = {right: kind for kind, right in TASK_RIGHTS.items() if kind != LIFT_TASK}


def open_tasks_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    row: Execution,
    plan: Plan,
    kind: str | None = None,
) -> list[Task]:
    """A task for the owner of each source of ``plan`` that the program cannot write, due
    ``owner_task_days`` (a setting) from today."""
    now = ctx.now().replace(tzinfo=None)
    due = read_settings(uow, ctx.holidays).task_due_on(ctx.today())
    return [
        uow.tasks.add(
            Task(
                case_id=case.id,
                execution_id=row.id,
                kind=kind or TASK_KINDS[plan.right],
                target=source.source,
                description=source.task,
                status="open",
                created_at=now,
                updated_at=now,
                updated_by=ctx.actor,
                due_on=due,
            )
        )
        for source in plan.sources
        if source.task is not None
    ]


def list_tasks(ctx: ServiceContext, reference: str) -> tuple[TaskView, ...]:
    """The tasks the executions of the case (and a consent withdrawal) opened for the
    sources' owners."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        catalogue = ctx.configuration.catalogue_if_any(uow)
        return tuple(task_view(t, catalogue) for t in _owners_tasks(uow, case))


def complete_task(ctx: ServiceContext, reference: str, task_id: int, answer: str) -> TaskView:
    """The owner's answer: what was done (journaled without its text)."""
    answer = answer.strip()
    if not answer:
        raise InvalidInput({"answer": "Indiquer ce que le propriétaire de la source a fait."})
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        task = next((t for t in _owners_tasks(uow, case) if t.id == task_id), None)
        if task is None:
            raise NotFound(f"Aucune tâche n° {task_id} dans la demande {case.reference}.")
        if task.status != "open":
            label = TASK_STATUS_LABELS.get(task.status, task.status)
            raise DpoError(f"La tâche n° {task.id} est déjà « {label} ».")
        task.status = "done"
        task.answer = answer
        task.updated_at = ctx.now().replace(tzinfo=None)
        task.updated_by = ctx.actor
        uow.journal.record(
            "case.task_completed",
            case_reference=case.reference,
            details={"task": task.id, "kind": task.kind, "target": task.target},
        )
        uow.commit()
        return task_view(task, ctx.configuration.catalogue_if_any(uow))


def _owners_tasks(uow: UnitOfWork, case: Case) -> list[Task]:
    """The owners' tasks of the case: its executions', and those a consent withdrawal opened
    for sources the program cannot write (``objection.consent``)."""
    return uow.tasks.owners(case.id, [*TASK_KINDS.values(), LIFT_TASK], STOP_CONSENT)
