"""Executions interrupted by a crash (« applying » at the next start): each source not yet
recorded is read back and held against its plan — changed, unchanged, or (impossible by the
one transaction per source) half — and what is found is recorded and journaled; then the
execution is finished and verified like any other. What was not applied is listed, for the
DPO to resume with a new plan."""

from __future__ import annotations

from dataclasses import dataclass

from ...actions.sql_executor import CHANGED, HALF, source_state
from ..cases.casework import load_case
from ..context import ServiceContext
from .applying import APPLYING, finish_execution
from .verification import verify_execution
from .views import ExecutionView, execution_in, plan_of

__all__ = ["Recovered", "interrupted_executions", "recover_execution", "recover_interrupted"]

UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Recovered:
    reference: str
    execution_id: int
    found: dict[str, str]  # source id → changed, unchanged, half, unreadable
    view: ExecutionView

    @property
    def not_applied(self) -> tuple[str, ...]:
        return tuple(sid for sid, state in self.found.items() if state != CHANGED)


def interrupted_executions(
    ctx: ServiceContext, reference: str | None = None
) -> list[tuple[str, int]]:
    """(case reference, execution id) of every execution left « applying »."""
    with ctx.unit_of_work() as uow:
        return uow.executions.with_status(APPLYING, reference)


def recover_interrupted(ctx: ServiceContext, reference: str | None = None) -> list[Recovered]:
    """Recover every interrupted execution (of ``reference`` only, when given), and verify
    those a crash left applied but unverified."""
    found = [
        recover_execution(ctx, ref, eid) for ref, eid in interrupted_executions(ctx, reference)
    ]
    with ctx.unit_of_work() as uow:
        unverified = uow.executions.unverified(reference)
    for ref, eid in unverified:
        verify_execution(ctx, ref, eid)
    return found


def recover_execution(ctx: ServiceContext, reference: str, execution_id: int) -> Recovered:
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, reference, for_update=False)
        row = execution_in(uow, case, execution_id)
        plan = plan_of(row)
        recorded = set((row.result or {}).get("sources", {}))
        case_reference = case.reference
    found: dict[str, str] = {}
    outcomes: dict[str, dict[str, object]] = {}
    not_run: list[str] = []
    for source in plan.sources:
        if not source.writes or source.source in recorded:
            continue
        try:
            state = source_state(catalogue, source)
        except Exception:  # the source is down: said, to be checked by hand
            state = UNREADABLE
        found[source.source] = state
        if state == CHANGED:
            outcomes[source.source] = _outcome(source.source, source.name, "applied", None)
        elif state == HALF:
            outcomes[source.source] = _outcome(
                source.source,
                source.name,
                "failed",
                "Interrompue : la source ne porte qu’une partie des modifications ; la "
                "vérifier à la main avant un nouveau plan.",
            )
        elif state == UNREADABLE:
            outcomes[source.source] = _outcome(
                source.source,
                source.name,
                "failed",
                "Interrompue, et la source ne répond pas : la vérifier à la main.",
            )
        else:
            not_run.append(source.source)
    with ctx.unit_of_work() as uow:
        case = load_case(uow, case_reference)
        row = execution_in(uow, case, execution_id)
        result = dict(row.result or {})
        result["sources"] = {**result.get("sources", {}), **outcomes}
        row.result = result
        uow.journal.record(
            "case.execution_recovered",
            case_reference=case.reference,
            details={"execution": row.id, "found": found, "not_run": not_run},
        )
        uow.commit()
    view = finish_execution(ctx, case_reference, execution_id, not_run, recovered=True)
    return Recovered(case_reference, execution_id, found, view)


def _outcome(source: str, name: str, status: str, message: str | None) -> dict[str, object]:
    return {
        "source": source,
        "name": name,
        "status": status,
        "message": message,
        "statements": 0,
        "before": None,
        "after": None,
        "tables": {},
        "done": {},
        "recovered": True,
    }
