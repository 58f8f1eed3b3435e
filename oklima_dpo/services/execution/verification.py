"""Verifying an execution: the person's data gathered again (with the identifiers the
reviewed records held) and held against the plan (``domain.verification``). Again after the
owners' tasks are answered, when the DPO asks."""

from __future__ import annotations

from typing import Any

from ...domain.identity import IdentifierKind
from ...domain.verification import compare, tally
from ...sources.gather import Progress
from ..cases.casework import load_case
from ..context import ServiceContext
from ..errors import DpoError
from ..gathering.gather import gather_case
from ..gathering.snapshot import reviewed_record
from .views import ExecutionView, execution_in, plan_of, view_of

__all__ = ["verify_execution"]


def verify_execution(
    ctx: ServiceContext,
    reference: str,
    execution_id: int,
    *,
    progress: Progress | None = None,
) -> ExecutionView:
    """Gather the person's data again and compare with the plan. The systems are asked with
    no transaction open (``gather_case``); the verification is then recorded."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        row = execution_in(uow, case, execution_id)
        if row.status == "planned":
            raise DpoError(f"L’exécution n° {row.id} n’a pas encore été appliquée.")
        plan = plan_of(row)
        result = dict(row.result or {})
        case_reference = case.reference
    known = tuple((IdentifierKind(kind), value, via) for kind, value, via in plan.identifiers)
    try:
        data = gather_case(ctx, case_reference, also_known=known, progress=progress)
    except DpoError as error:
        verification: dict[str, Any] = {
            "status": "partly",
            "at": ctx.now().isoformat(),
            "error": str(error),
            "remaining": [],
            "unverified_sources": [],
        }
    else:
        found = (reviewed_record(f) for f in data.findings)
        unverified = (s.source_id for s in data.sources if s.status == "failed")
        verification = compare(plan, result, found, unverified, ctx.now())
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, case_reference)
        row = execution_in(uow, case, execution_id)
        if row.status != "failed":
            row.status = verification["status"]
        row.verification = verification
        uow.journal.record(
            "case.execution_verified",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "status": row.status,
                "remaining": tally(verification["remaining"]),
                "unverified_sources": verification["unverified_sources"],
            },
        )
        uow.commit()
        return view_of(uow, case, row, catalogue)
