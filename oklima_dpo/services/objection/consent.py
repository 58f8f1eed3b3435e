"""Withdrawal of consent (Art. 7(3)): the person on the suppression list, and, per catalogue
source serving a consent-based activity of the register, what must stop: a SQL table with a
consent (or opt-out) column is changed by the execution of the right; any other source gets a
task for its owner (kind ``stop_consent``)."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.catalogue import Catalogue, SystemKind
from ...domain.french import fr_date
from ...domain.register import LegalBasis, Register
from ...domain.rights import Right
from ...store.models import Case, Task
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..settings.model import read as read_settings
from .suppression import SuppressionResult, record_suppression_in

__all__ = ["STOP_CONSENT", "ConsentStop", "WithdrawalResult", "record_consent_withdrawal"]

STOP_CONSENT = "stop_consent"  # the kind of the owners' tasks a withdrawal opens


@dataclass(frozen=True, slots=True)
class ConsentStop:
    """A source holding consent-based processing of the person, and how it stops."""

    source_id: str
    source_name: str
    activities: tuple[str, ...]  # the consent-based activities it serves (register names)
    writable: bool  # a SQL table holds a consent or opt-out column: the execution sets it
    fields: tuple[str, ...]  # ``table.field`` set by the execution (writable sources)
    task_id: int | None  # the owner's task (other sources)


@dataclass(frozen=True, slots=True)
class WithdrawalResult:
    suppression: SuppressionResult
    stops: tuple[ConsentStop, ...]


def record_consent_withdrawal(ctx: ServiceContext, reference: str) -> WithdrawalResult:
    """The suppression list for consent-based marketing, and what must stop where."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        result = record_consent_withdrawal_in(uow, ctx, case)
        uow.commit()
        return result


def record_consent_withdrawal_in(
    uow: UnitOfWork, ctx: ServiceContext, case: Case
) -> WithdrawalResult:
    """:func:`record_consent_withdrawal` in the caller's unit of work."""
    catalogue = ctx.configuration.catalogue(uow)
    register = ctx.configuration.register()

    def stops(uow: UnitOfWork, case: Case) -> tuple[ConsentStop, ...]:
        return _consent_stops(uow, ctx, case, catalogue, register)

    result, found = record_suppression_in(
        uow, ctx, case, Right.CONSENT_WITHDRAWAL, catalogue, stops
    )
    return WithdrawalResult(result, found)


def _consent_stops(
    uow: UnitOfWork, ctx: ServiceContext, case: Case, catalogue: Catalogue, register: Register
) -> tuple[ConsentStop, ...]:
    consent = {a.id: a.name.fr for a in register.activities if a.legal_basis is LegalBasis.CONSENT}
    open_tasks = {
        task.target: task
        for task in uow.tasks.for_case(case.id, kinds=[STOP_CONSENT], statuses=("open", "sent"))
    }
    now = ctx.now().replace(tzinfo=None)
    due = read_settings(uow, ctx.holidays).task_due_on(ctx.today())
    result = []
    for source_id, spec in catalogue.sources.items():
        activities = tuple(consent[a] for a in spec.activities if a in consent)
        if not activities:
            continue
        fields = tuple(
            f"{name}.{table.writes.consent_field or table.writes.optout_field}"
            for name, table in spec.tables.items()
            if table.writes is not None
            and (table.writes.consent_field or table.writes.optout_field)
        )
        if spec.kind is SystemKind.SQL and fields:
            result.append(ConsentStop(source_id, spec.name, activities, True, fields, None))
            continue
        task = open_tasks.get(source_id)
        if task is None:
            task = uow.tasks.add(
                Task(
                    case_id=case.id,
                    kind=STOP_CONSENT,
                    target=source_id,
                    description=(
                        f"Cesser pour la personne de la demande {case.reference} les "
                        f"traitements fondés sur son consentement dans « {spec.name} » "
                        f"({', '.join(activities)}) : la retirer de la liste ou marquer son "
                        f"retrait, consentement retiré le {fr_date(ctx.today())}. Confirmer "
                        f"au délégué à la protection des données."
                    ),
                    status="open",
                    created_at=now,
                    updated_at=now,
                    updated_by=ctx.actor,
                    due_on=due,
                )
            )
            uow.journal.record(
                "case.task_created",
                case_reference=case.reference,
                details={"task": task.id, "kind": task.kind, "target": source_id},
            )
        result.append(ConsentStop(source_id, spec.name, activities, False, (), task.id))
    return tuple(result)
