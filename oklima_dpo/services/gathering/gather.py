"""Gathering a person's data for a case: every system asked, the result merged into the case.

The slow part (asking every system) runs with no transaction open on the case base: the case
is read in one unit of work, the systems are asked, then the result is merged in a second
one. A record found again keeps its review unless its content changed, a record no longer
found is marked gone (and excluded), a failed source keeps what an earlier gathering found
and is shown failed until it answers or the DPO skips it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime

from ...config.catalogue_file import retention_rules
from ...domain.catalogue import Catalogue
from ...domain.identity import IdentifierKind, postcode_of
from ...domain.workflow import EventKind, Status, check_allowed
from ...sources import gather as gathering
from ...sources.connectors import open_connector
from ...sources.findings import Finding as FoundRecord
from ...store.models import Case, Finding
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case, record_event
from ..context import ServiceContext
from ..errors import InvalidInput
from ..sealed_storage import index_seal
from ..settings.model import read as read_settings
from .case_data import case_data_in
from .views import CaseData

__all__ = ["GatheringCancelled", "gather_case", "merge_finding", "new_finding"]

GatheringCancelled = gathering.GatheringCancelled


def gather_case(
    ctx: ServiceContext,
    reference: str,
    *,
    only: Sequence[str] | None = None,
    progress: gathering.Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    also_known: Sequence[tuple[IdentifierKind, str, str]] = (),
) -> CaseData:
    """Ask every source of the catalogue in use (or ``only`` some, to retry one) and merge
    the result into the case.

    ``also_known``: identifiers found before, with the record that gave each (the
    verification after an erasure searches with the customer number the erased CRM row held).
    """
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        if only is not None:
            unknown = [sid for sid in only if sid not in catalogue.sources]
            if unknown:
                raise InvalidInput({"source": f"Source inconnue du catalogue : « {unknown[0]} »."})
        case = load_case(uow, reference, for_update=False)
        check_allowed(Status(case.status), EventKind.DATA_GATHERED)
        person = _person_of(case)
        if only is not None:
            found_before = _identifiers_found(uow, case.id, catalogue, exclude=only)
            person = dataclasses.replace(person, found_before=found_before)
        if also_known:
            found = (*person.found_before, *also_known)
            person = dataclasses.replace(person, found_before=found)
        case_reference = case.reference
    seal = index_seal(ctx)
    result = gathering.gather(
        catalogue,
        lambda source_id: open_connector(catalogue, source_id, ctx.cache_dir, seal),
        person,
        retention_rules=retention_rules(register),
        today=ctx.today(),
        only=only,
        progress=progress,
        cancelled=cancelled,
    )
    with ctx.unit_of_work() as uow:
        case = load_case(uow, case_reference)
        _merge(uow, ctx, case, result)
        failed = sorted(sid for sid, o in result.sources.items() if o.status == "failed")
        record_event(
            uow,
            ctx,
            case,
            EventKind.DATA_GATHERED,
            policy=read_settings(uow, ctx.holidays).policy,
            data={
                "sources": sorted(result.sources),
                "failed": failed,
                "records": len(result.findings),
                "bound_reached": result.bound_reached,
            },
        )
        uow.commit()
        return case_data_in(uow, case, catalogue, register)


def _identifiers_found(
    uow: UnitOfWork, case_id: int, catalogue: Catalogue, exclude: Sequence[str]
) -> tuple[tuple[IdentifierKind, str, str], ...]:
    """Strong identifiers held by the records the DPO keeps from the other sources."""
    found: dict[tuple[IdentifierKind, str], str] = {}
    for row in uow.findings.included(case_id, except_sources=exclude):
        values = {f["name"]: f.get("value") for f in row.fields}
        for kind, value in catalogue.identifiers_held(row.source_id, row.table_name, values):
            found.setdefault((kind, value), f"{row.source_id}.{row.table_name} {row.record_key}")
    return tuple((kind, value, via) for (kind, value), via in found.items())


def _person_of(case: Case) -> gathering.PersonToFind:
    identifiers = tuple(
        (IdentifierKind(item.kind), item.normalized) for item in case.person.identifiers
    )
    return gathering.PersonToFind(
        identifiers=identifiers,
        name=case.person.display_name,
        postcode=postcode_of(case.person.postal_address),
    )


def _merge(
    uow: UnitOfWork, ctx: ServiceContext, case: Case, result: gathering.GatherResult
) -> None:
    now = ctx.now().replace(tzinfo=None)
    for source_id, outcome in result.sources.items():
        state = uow.findings.state(case.id, source_id)
        if outcome.status == "awaiting" and state.status in ("answered", "skipped"):
            continue  # the owner's answer, or the DPO's reason, stands
        state.status = outcome.status
        state.message = outcome.message
        state.updated_at = now
        state.updated_by = ctx.actor
        if outcome.status == "answered":
            _merge_findings(uow, case.id, source_id, result.findings, now)
            state.records = outcome.records


def _merge_findings(
    uow: UnitOfWork,
    case_id: int,
    source_id: str,
    found: list[FoundRecord],
    now: datetime,
) -> None:
    existing = {
        (row.table_name, row.record_key): row for row in uow.findings.for_source(case_id, source_id)
    }
    seen: set[tuple[str, str]] = set()
    for item in (f for f in found if f.source == source_id):
        key = (item.table, item.key)
        seen.add(key)
        row = existing.get(key)
        if row is None:
            uow.findings.add(new_finding(case_id, item, now))
            continue
        merge_finding(row, item, now)
    for key, row in existing.items():
        if key not in seen and row.change != "gone":
            row.change = "gone"
            row.included = False
            row.exclusion_reason = "enregistrement absent du dernier rassemblement"
            row.reviewed_by = None
            row.reviewed_at = None


def new_finding(case_id: int, item: FoundRecord, now: datetime) -> Finding:
    """A record seen for the first time: the default review (name-only matches excluded)."""
    row = Finding(
        case_id=case_id,
        source_id=item.source,
        table_name=item.table,
        record_key=item.key,
        change="new",
    )
    _reset_review(row, item)
    _fill(row, item, now)
    return row


def merge_finding(row: Finding, item: FoundRecord, now: datetime) -> None:
    """A record found again: its review stands unless its content changed."""
    if row.fingerprint != item.fingerprint or row.change == "gone":
        row.change = "changed" if row.change != "gone" else "new"
        _reset_review(row, item)
    else:
        row.change = "same"
    _fill(row, item, now)


def _fill(row: Finding, item: FoundRecord, now: datetime) -> None:
    """What a gathering says of a record (its review is kept apart)."""
    row.fields = item.fields
    row.fingerprint = item.fingerprint
    row.matched_on = [m.as_dict() for m in item.matches]
    row.match = item.match.value
    row.retention = item.retention
    row.found_at = now


def _reset_review(row: Finding, item: FoundRecord) -> None:
    row.included = item.included_by_default
    row.exclusion_reason = item.default_exclusion_reason
    row.reviewed_by = None
    row.reviewed_at = None
