"""Applying a planned execution in the company's systems.

Each SQL source's part runs in one transaction (``actions.sql_executor``: all or nothing per
source, the others go on); every source the program cannot write gets a task for its owner;
the before/after counts and hashes are stored; an objection or a withdrawal of consent also
puts the person on the suppression list. Then the person's data are gathered again and the
execution verified (``verification``).

Units of work, by design, so that a crash at any moment leaves a true record: the execution
is taken (« applying », a second apply is refused) and its intent journaled — the plan's
SHA-256, the sources to write — before any source is touched; each source's outcome is
recorded and journaled as soon as its transaction ends, with no transaction open on the case
base meanwhile; then the whole result. An execution found « applying » at the next start was
interrupted: ``recovery`` checks each source left against its plan and records what it finds.
The journal gets counts, hashes and source ids, never a person's data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...actions.sql_executor import execute_source
from ...actions.sql_results import SourceResult
from ...domain.catalogue import Catalogue
from ...domain.french import counted, typography
from ...domain.plan import Plan
from ...domain.rights import Right
from ...domain.workflow import EventKind, Status, check_allowed
from ...store.models import Execution
from ..cases.casework import load_case
from ..cases.gates import checklist_in
from ..context import ServiceContext
from ..errors import DpoError
from ..objection.consent import record_consent_withdrawal_in
from ..objection.suppression import record_objection_in
from ..settings.model import read as read_settings
from .tasks import open_tasks_in
from .verification import verify_execution
from .views import STATUS_LABELS, ExecutionView, execution_in, plan_of

__all__ = [
    "APPLYING",
    "AfterStatement",
    "Progress",
    "apply_execution",
    "bound_hook",
    "finish_execution",
    "journal_result",
    "progress_steps",
    "record_source_outcome",
]

#: Called with (source id, statements run so far) after each statement: tests inject a failure.
AfterStatement = Callable[[str, int], None]
Progress = Callable[[str], None]


def progress_steps(plan: Plan) -> int:
    """The steps a progress bar counts for :func:`apply_execution`: each source it writes,
    then the verification (the suppression list of an objection is said, not counted)."""
    return sum(1 for source in plan.sources if source.writes) + 1


def apply_execution(
    ctx: ServiceContext,
    reference: str,
    execution_id: int,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    after_statement: AfterStatement | None = None,
) -> ExecutionView:
    """Carry the planned execution out, source by source, then verify it (see the module)."""
    say = progress or (lambda _text: None)
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, reference)
        row = execution_in(uow, case, execution_id)
        if row.status != "planned":
            raise DpoError(
                f"L’exécution n° {row.id} de la demande {case.reference} est déjà "
                f"« {STATUS_LABELS.get(row.status, row.status)} » : préparer un nouveau plan."
            )
        check_allowed(Status(case.status), EventKind.DATA_GATHERED)
        since = uow.executions.applied_since(case.id, row.created_at, besides=row.id)
        if since is not None:
            raise DpoError(
                f"Le plan n° {row.id} précède l’exécution n° {since}, appliquée depuis : "
                "rassembler les données, enregistrer la revue et préparer un nouveau plan."
            )
        plan = plan_of(row)
        latest = uow.reviews.latest(case.id)
        if plan.snapshot_sha256 and latest is not None and latest.sha256 != plan.snapshot_sha256:
            raise DpoError(
                f"La revue des données de la demande {case.reference} a été enregistrée à "
                f"nouveau depuis le plan n° {row.id} : préparer un nouveau plan, qui suive la "
                "revue en vigueur, avant d’exécuter."
            )
        settings = read_settings(uow, ctx.holidays)
        checklist_in(uow, ctx, case, settings, execute=plan.right).check()
        row.status = APPLYING  # taken: a second apply is refused
        row.applied_at = ctx.now().replace(tzinfo=None)
        row.applied_by = ctx.actor
        row.result = {"sources": {}, "not_run": []}
        case_reference = case.reference
        uow.journal.record(
            "case.execution_started",
            case_reference=case.reference,
            details={
                **_which(row, plan),
                "sources": [source.source for source in plan.sources if source.writes],
            },
        )
        uow.commit()
    results: dict[str, SourceResult] = {}
    not_run: list[str] = []
    for source in plan.sources:
        if not source.writes:
            continue
        if cancelled():
            not_run.append(source.source)
            continue
        writes = counted(len(source.writes), "enregistrement", "enregistrements")
        say(typography(f"{source.name} : {writes} à modifier…"))
        hook = bound_hook(after_statement, source.source) if after_statement else None
        results[source.source] = execute_source(catalogue, source, after_statement=hook)
        record_source_outcome(ctx, case_reference, execution_id, results[source.source])
    return finish_execution(
        ctx, case_reference, execution_id, not_run, progress=say, catalogue=catalogue
    )


APPLYING = "applying"  # taken, its sources being written (found so after a crash: recovery)


def record_source_outcome(
    ctx: ServiceContext, reference: str, execution_id: int, result: SourceResult
) -> None:
    """One source done: its outcome kept and journaled before the next source is touched."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        row = execution_in(uow, case, execution_id)
        done = dict(row.result or {})
        done["sources"] = {**done.get("sources", {}), result.source: result.to_json()}
        row.result = done
        uow.journal.record(
            "case.execution_source_done",
            case_reference=case.reference,
            details={
                "execution": row.id,
                "source": result.source,
                **journal_fields(result.to_json()),
            },
        )
        uow.commit()


def finish_execution(
    ctx: ServiceContext,
    reference: str,
    execution_id: int,
    not_run: list[str],
    *,
    progress: Progress | None = None,
    catalogue: Catalogue | None = None,
    recovered: bool = False,
) -> ExecutionView:
    """The whole result from the sources' outcomes recorded, the owners' tasks, the marks of
    an objection; then the execution verified."""
    say = progress or (lambda _text: None)
    with ctx.unit_of_work() as uow:
        catalogue = catalogue or ctx.configuration.catalogue(uow)
        case = load_case(uow, reference)
        row = execution_in(uow, case, execution_id)
        plan = plan_of(row)
        case_reference = case.reference
        outcomes = dict((row.result or {}).get("sources", {}))
        tasks = open_tasks_in(uow, ctx, case, row, plan)
        row.result = {
            "sources": outcomes,
            "not_run": not_run,
            "tasks": [t.id for t in tasks],
            **({"recovered": True} if recovered else {}),
        }
        applied = [sid for sid, r in outcomes.items() if r.get("status") == "applied"]
        row.status = "failed" if outcomes and not applied else "applied"
        uow.journal.record(
            "case.execution_applied",
            case_reference=case.reference,
            details={
                **_which(row, plan),
                "sources": {sid: journal_fields(r) for sid, r in outcomes.items()},
                "not_run": not_run,
                "tasks": [t.target for t in tasks],
                **({"recovered": True} if recovered else {}),
            },
        )
        # The marks in the systems, and the person on the suppression list that later
        # gatherings and the marketing sources' checks consult (Art. 21(3), Art. 7(3)).
        if plan.right is Right.OBJECTION:
            say("Inscription sur la liste d’opposition…")
            record_objection_in(uow, ctx, case, catalogue)
        elif plan.right is Right.CONSENT_WITHDRAWAL:
            say("Inscription sur la liste d’opposition…")
            record_consent_withdrawal_in(uow, ctx, case)
        uow.commit()
    say("Vérification : nouvelle recherche dans les sources…")
    return verify_execution(ctx, case_reference, execution_id)


def _which(row: Execution, plan: Plan) -> dict[str, Any]:
    """Which execution a journal entry speaks of: its number, its right, its plan's SHA-256."""
    return {"execution": row.id, "right": plan.right.value, "plan_sha256": row.plan_sha256}


def bound_hook(hook: AfterStatement, source_id: str) -> Callable[[int], None]:
    return lambda count: hook(source_id, count)


def journal_result(result: SourceResult) -> dict[str, Any]:
    """Counts and hashes only: a database's message may quote a person's data."""
    return journal_fields(result.to_json())


def journal_fields(outcome: dict[str, Any]) -> dict[str, Any]:
    """What the journal keeps of a source's recorded outcome: never its message."""
    return {key: outcome.get(key) for key in _JOURNALED}


_JOURNALED = ("status", "statements", "before", "after", "tables", "done")
