"""Planning the execution of a right: the plan built from the case's reviewed snapshot
(``domain.planner``), frozen with its SHA-256 and journaled; the preview is its counts,
nothing runs. A plan may be built as soon as the review is saved, before the decision (the
DPO sees what a total or a partial grant would do); applying it needs the decision and the
other gates of ``domain.gates``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import Any

from ...domain.case import Outcome
from ...domain.plan import EXECUTABLE_RIGHTS
from ...domain.planner import build_plan
from ...domain.review import ReviewSnapshot
from ...domain.rights import Right
from ...domain.workflow import EventKind, Status, check_allowed
from ...store.models import Case, Execution
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput
from ..gathering.snapshot import reviewed_snapshot_in
from .views import ExecutionView, view_of

__all__ = ["check_right_asked", "executable_right", "plan_execution"]


def plan_execution(
    ctx: ServiceContext,
    reference: str,
    right: Right | str,
    *,
    corrections: Mapping[str, Any] | None = None,
) -> ExecutionView:
    """Build, freeze and journal the plan of ``right`` for the case; nothing is written."""
    right = executable_right(right)
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, reference)
        check_right_asked(case, right)
        snapshot = reviewed_snapshot_in(uow, case)
        if snapshot is None:
            raise DpoError(
                f"La revue des données de la demande {case.reference} n’est pas enregistrée : "
                "rechercher dans les sources, revoir les enregistrements, puis « Enregistrer la "
                "revue » avant de préparer l’exécution."
            )
        _check_fresh(uow, case, snapshot)
        plan = build_plan(
            case.reference, right, snapshot, catalogue, register, corrections=corrections
        )
        now = ctx.now().replace(tzinfo=None)
        row = uow.executions.add(
            Execution(
                case_id=case.id,
                right=right.value,
                status="planned",
                plan=plan.canonical(),
                plan_sha256=plan.sha256,
                created_at=now,
                created_by=ctx.actor,
            )
        )
        uow.journal.record(
            "case.execution_planned",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "right": right.value,
                "plan_sha256": plan.sha256,
                "snapshot_sha256": snapshot.sha256,
                "counts": plan.counts(),
                "tasks": [s.source for s in plan.sources if s.task],
            },
        )
        uow.commit()
        return view_of(uow, case, row, catalogue)


def _check_fresh(uow: UnitOfWork, case: Case, snapshot: ReviewSnapshot) -> None:
    """A review older than an execution applied since describes rows that have changed."""
    reviewed_at = snapshot.at.astimezone(UTC).replace(tzinfo=None)
    applied = [row.applied_at for row in uow.executions.for_case(case.id)]
    if any(at is not None and at >= reviewed_at for at in applied):
        raise DpoError(
            f"Une exécution a modifié les systèmes depuis la revue des données de la demande "
            f"{case.reference} : rassembler les données et enregistrer la revue à nouveau avant "
            "un nouveau plan."
        )


def executable_right(right: Right | str) -> Right:
    """``right`` when the program carries it out in the systems, else a clear refusal."""
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


def check_right_asked(case: Case, right: Right) -> None:
    """The case asks ``right`` and it was not refused: there is something to plan."""
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
    # The verification gathers again: the case must still be open to gathering.
    check_allowed(Status(case.status), EventKind.DATA_GATHERED)
