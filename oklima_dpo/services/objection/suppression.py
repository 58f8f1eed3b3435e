"""The marketing suppression list (LEGAL.md §2): the person's identifiers kept for the
settings' period (3 years by default) after an objection or a withdrawal of consent. Every
later gathering flags the records holding one of them; ``sources check`` says how many people
on the list a marketing source still holds."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from ...domain.catalogue import Catalogue, SystemKind
from ...domain.french import fr_date
from ...domain.identity import STRONG_KINDS, IdentifierKind, normalise
from ...domain.review import ReviewedRecord
from ...domain.rights import Right
from ...domain.workflow import EventKind
from ...store.models import Case, Suppression
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case, record_event
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput
from ..gathering.snapshot import reviewed_snapshot_in
from ..settings.model import read as read_settings

__all__ = [
    "SuppressionResult",
    "is_suppressed",
    "purge_expired_suppressions",
    "record_objection",
    "record_objection_in",
    "suppress_in",
]

Identifier = tuple[str, str]  # (kind, normalised value)


@dataclass(frozen=True, slots=True)
class SuppressionResult:
    reference: str
    added: int  # identifiers new on the list
    extended: int  # identifiers already listed, their expiry pushed back
    expires_on: date
    kinds: dict[str, int]  # how many identifiers of each kind (the journal's words)

    @property
    def total(self) -> int:
        return self.added + self.extended


def normalised(identifiers: Iterable[tuple[str | IdentifierKind, str]]) -> set[Identifier]:
    """The strong identifiers among ``identifiers``, normalised: a name never goes on the
    list (too many people share it)."""
    result: set[Identifier] = set()
    for kind, value in identifiers:
        identity = IdentifierKind(kind)
        if identity not in STRONG_KINDS:
            continue
        normal = normalise(identity, value)
        if normal is not None:
            result.add((identity.value, normal))
    return result


def is_suppressed(
    ctx: ServiceContext, identifiers: Iterable[tuple[str | IdentifierKind, str]]
) -> set[Identifier]:
    """Which of ``identifiers`` (kind, value; normalised here) are on the list today."""
    wanted = normalised(identifiers)
    if not wanted:
        return set()
    with ctx.unit_of_work() as uow:
        return uow.suppressions.listed(wanted, ctx.today())


def purge_expired_suppressions(ctx: ServiceContext) -> int:
    """Remove the entries whose period is over; journaled with the count."""
    with ctx.unit_of_work() as uow:
        today = ctx.today()
        removed = uow.suppressions.remove_expired(today)
        if removed:
            uow.journal.record(
                "suppression.expired_removed",
                details={"removed": removed, "before": today.isoformat()},
            )
        uow.commit()
        return removed


def case_identifiers(uow: UnitOfWork, case: Case, catalogue: Catalogue | None) -> set[Identifier]:
    """The case's identifiers, and the strong ones of the latest review's included records.

    A review already purged (minimisation) gives nothing more: the case's own identifiers
    remain.
    """
    found = normalised((i.kind, i.normalized) for i in case.person.identifiers)
    row = uow.reviews.latest(case.id)
    if row is None or not row.content:
        return found
    snapshot = reviewed_snapshot_in(uow, case)
    for record in snapshot.records if snapshot is not None else ():
        if not record.included:
            continue
        # The identifiers that tied the record are the person's own.
        found |= normalised((m.kind, m.value) for m in record.matched_on if m.kind.is_strong)
        found |= _record_identifiers(record, catalogue)
    return found


def _record_identifiers(record: ReviewedRecord, catalogue: Catalogue | None) -> set[Identifier]:
    """The other strong identifiers a record holds (a phone beside the e-mail that matched).

    Not from mail: a message's addresses are also its other party's (OKLIMA's support).
    """
    if catalogue is None:
        return set()
    spec = catalogue.sources.get(record.source)
    if spec is None or spec.kind is SystemKind.MAIL:
        return set()
    return {
        (kind.value, value)
        for kind, value in catalogue.identifiers_held(record.source, record.table, record.values)
    }


def suppress_in(
    uow: UnitOfWork, ctx: ServiceContext, case: Case, identifiers: set[Identifier]
) -> SuppressionResult:
    """Put ``identifiers`` on the list for the settings' period (an entry listed already has
    its period pushed back, never duplicated)."""
    settings = read_settings(uow, ctx.holidays)
    today = ctx.today()
    expires_on = today + relativedelta(years=settings.suppression_years)
    existing = uow.suppressions.entries(identifiers)
    added = extended = 0
    kinds: dict[str, int] = {}
    for kind, value in sorted(identifiers):
        kinds[kind] = kinds.get(kind, 0) + 1
        row = existing.get((kind, value))
        if row is None:
            uow.suppressions.add(
                Suppression(
                    kind=kind,
                    normalized=value,
                    case_reference=case.reference,
                    added_on=today,
                    expires_on=expires_on,
                    added_by=ctx.actor,
                )
            )
            added += 1
        else:
            # Listed already (an earlier objection): the latest one's period runs.
            row.expires_on = max(row.expires_on, expires_on)
            row.case_reference = case.reference
            extended += 1
    return SuppressionResult(case.reference, added, extended, expires_on, kinds)


def _check_asked(case: Case, right: Right) -> None:
    if right.value not in {r.right for r in case.rights}:
        raise InvalidInput(
            {
                "right": f"La demande {case.reference} ne porte pas sur ce droit "
                f"({right.label_fr}) : la liste d’opposition n’est pas modifiée."
            }
        )


def record_suppression_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    right: Right,
    catalogue: Catalogue | None,
    after: Callable[[UnitOfWork, Case], Any] | None = None,
) -> tuple[SuppressionResult, Any]:
    """The person of ``case`` on the list for ``right`` (objection or consent withdrawal),
    noted in the case's timeline; ``after`` then runs in the same unit of work."""
    _check_asked(case, right)
    identifiers = case_identifiers(uow, case, catalogue)
    if not identifiers:
        raise DpoError(
            f"La demande {case.reference} ne porte aucun e-mail, téléphone ni numéro : "
            "rien à inscrire sur la liste d’opposition."
        )
    result = suppress_in(uow, ctx, case, identifiers)
    extra = after(uow, case) if after is not None else None
    record_event(
        uow,
        ctx,
        case,
        EventKind.NOTE,
        policy=read_settings(uow, ctx.holidays).policy,
        text=(
            f"Inscription sur la liste d’opposition à la prospection jusqu’au "
            f"{fr_date(result.expires_on)} ({result.total} identifiant(s), "
            f"{result.extended} déjà inscrit(s))."
        ),
        data={
            "suppression": {
                "right": right.value,
                "added": result.added,
                "extended": result.extended,
                "kinds": result.kinds,
                "expires_on": result.expires_on.isoformat(),
            }
        },
    )
    return result, extra


def record_objection_in(
    uow: UnitOfWork, ctx: ServiceContext, case: Case, catalogue: Catalogue | None
) -> SuppressionResult:
    """:func:`record_objection` in the caller's unit of work."""
    result, _ = record_suppression_in(uow, ctx, case, Right.OBJECTION, catalogue)
    return result


def record_objection(ctx: ServiceContext, reference: str) -> SuppressionResult:
    """Put every identifier of the person on the suppression list (idempotent).

    With a catalogue in use, the other strong identifiers held by the reviewed records (a
    phone in the CRM) are listed too; without one, those that tied the records.
    """
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        result = record_objection_in(uow, ctx, case, ctx.configuration.catalogue_if_any(uow))
        uow.commit()
        return result
