"""A case's gathering as the DPO sees it (:class:`~.views.CaseData`), built from what the case
base holds, named from the catalogue and the register."""

from __future__ import annotations

from typing import Any

from ...domain.catalogue import Catalogue, FieldSpec
from ...domain.identity import IdentifierKind
from ...domain.register import Register
from ...domain.review import MatchHow, inclusion_needs_reason
from ...domain.values import ValueFormat, shown_value
from ...store.models import Case, Finding
from ...store.unit_of_work import UnitOfWork
from .views import (
    CHANGE_LABELS,
    STATUS_LABELS,
    CaseData,
    FieldView,
    FindingView,
    MatchView,
    SnapshotView,
    SourceStateView,
)

__all__ = ["case_data_in", "held_identifiers"]


def case_data_in(
    uow: UnitOfWork, case: Case, catalogue: Catalogue | None, register: Register | None
) -> CaseData:
    """Every source of the catalogue (its state, « pas encore interrogée » when never asked),
    those still awaited first, and every record found, in the catalogue's order. Without the
    catalogue (it cannot be read), the sources the case knows, named by their ids."""
    states = {s.source_id: s for s in uow.findings.states(case.id)}
    source_ids = list(catalogue.sources) if catalogue is not None else list(states)
    sources = []
    for source_id in source_ids:
        spec = catalogue.sources[source_id] if catalogue is not None else None
        state = states.get(source_id)
        status = state.status if state else "not_asked"
        sources.append(
            SourceStateView(
                source_id=source_id,
                name=spec.name if spec else source_id,
                kind=spec.kind if spec else "",
                status=status,
                status_label=STATUS_LABELS.get(status, status),
                message=state.message if state else None,
                records=state.records if state else 0,
                updated_at=state.updated_at if state else None,
                owner=str(spec.owner) if spec else "",
            )
        )
    # What still needs the DPO first (awaited, failed, never asked), then the answered ones,
    # each group in the catalogue's order.
    sources.sort(key=lambda state: state.settled)
    labels = {c.key: c.label.fr for c in register.categories} if register is not None else {}
    rows = uow.findings.for_case(case.id)
    held = {row.id: held_identifiers(row, catalogue) for row in rows}
    # Expired entries count until the purge removes them: the view has no clock of its own.
    listed = uow.suppressions.listed(set().union(set(), *held.values()), None)
    order = {source_id: number for number, source_id in enumerate(source_ids)}
    findings = tuple(
        sorted(
            (
                _finding_view(row, catalogue, labels, suppressed=bool(held[row.id] & listed))
                for row in rows
            ),
            key=lambda f: order.get(f.source_id, len(order)),  # the catalogue's order; stable
        )
    )
    snapshots = tuple(
        SnapshotView(s.id, s.created_at, s.created_by, s.complete, s.sha256)
        for s in uow.reviews.for_case(case.id)
    )
    return CaseData(case.reference, tuple(sources), findings, snapshots)


def held_identifiers(row: Finding, catalogue: Catalogue | None) -> set[tuple[str, str]]:
    """The strong identifiers a record holds: those that tied it, and its identity fields."""
    held = {
        (m["kind"], m["value"])
        for m in row.matched_on
        if m.get("kind") in IdentifierKind._value2member_map_
        and IdentifierKind(m["kind"]).is_strong
    }
    if catalogue is not None:
        values = {f["name"]: f.get("value") for f in row.fields}
        held.update(
            (kind.value, value)
            for kind, value in catalogue.identifiers_held(row.source_id, row.table_name, values)
        )
    return held


def _shown(value: Any, spec: FieldSpec | None) -> str:
    """The value as the DPO reads it (``domain.values``), a code with its meaning."""
    if value is None:
        return ""
    shown = shown_value(value, spec.format if spec else ValueFormat.TEXT)
    meaning = spec.codes.get(str(value)) if spec else None
    return f"{shown} ({meaning})" if meaning else shown


def _finding_view(
    row: Finding, catalogue: Catalogue | None, labels: dict[str, str], *, suppressed: bool
) -> FindingView:
    spec = catalogue.sources.get(row.source_id) if catalogue is not None else None
    table = spec.tables.get(row.table_name) if spec else None
    retention = row.retention or {}
    how = MatchHow(row.match)
    return FindingView(
        id=row.id,
        source_id=row.source_id,
        source_name=spec.name if spec else row.source_id,
        table=row.table_name,
        table_label=(table.label if table and table.label else row.table_name),
        key=row.record_key,
        fields=tuple(
            FieldView(
                f["name"],
                f.get("label") or f["name"],
                f.get("value"),
                f.get("category", ""),
                labels.get(f.get("category", ""), f.get("category", "")),
                shown=_shown(f.get("value"), table.fields.get(f["name"]) if table else None),
            )
            for f in row.fields
        ),
        matches=tuple(_match_view(m) for m in row.matched_on),
        match=how.value,
        match_label=how.label_fr,
        retention_exceeded=bool(retention.get("exceeded")),
        retention_text=retention.get("explanation"),
        change=row.change,
        change_label=CHANGE_LABELS.get(row.change, row.change),
        included=row.included,
        exclusion_reason=row.exclusion_reason,
        inclusion_reason=row.inclusion_reason,
        inclusion_needs_reason=inclusion_needs_reason(
            how, row.included, row.reviewed_by is not None
        ),
        reviewed_by=row.reviewed_by,
        suppressed=suppressed,
    )


def _match_view(match: dict[str, Any]) -> MatchView:
    how = MatchHow(match["how"])
    kind = IdentifierKind(match["kind"])
    if how is MatchHow.REFERENCE:
        text = f"{match['field']} = {match['value']}, par référence depuis {match['via']}"
    elif kind is IdentifierKind.KEY:
        text = match["via"]
    else:
        origin = "la demande" if match["via"] == "demande" else match["via"]
        text = (
            f"{kind.label_fr} {match['value']} dans « {match['field']} » : "
            f"{how.label_fr} (identifiant venu de {origin})"
        )
    return MatchView(match["kind"], match["value"], match["field"], match["how"], text)
