"""How ``review`` prints a case's data: each source's state, each record with its key, how it
was tied to the person, included or excluded and why, and the saved reviews."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...domain.french import counted
from .review_keys import place_of

if TYPE_CHECKING:
    from ...services.gathering.views import CaseData, FindingView, SnapshotView


def snapshot_json(snapshot: SnapshotView) -> dict[str, Any]:
    return {
        "id": snapshot.id,
        "created_at": snapshot.created_at.isoformat(),
        "created_by": snapshot.created_by,
        "complete": snapshot.complete,
        "sha256": snapshot.sha256,
    }


def finding_json(finding: FindingView) -> dict[str, Any]:
    """The record as ``gather --json`` writes it, with what the review adds: its number,
    its place as typed back (``--include``/``--exclude``), the labels a person reads."""
    from ...services.gathering.snapshot import finding_json as record_json

    return {
        "id": finding.id,
        "place": place_of(finding),
        **record_json(finding),
        "source_name": finding.source_name,
        "table_label": finding.table_label,
        "match_label": finding.match_label,
        "suppressed": finding.suppressed,
        "reviewed_by": finding.reviewed_by,
    }


def data_json(data: CaseData) -> dict[str, Any]:
    return {
        "reference": data.reference,
        "complete": data.complete,
        "incomplete_reasons": data.incomplete_reasons,
        "sources": [
            {
                "source": s.source_id,
                "name": s.name,
                "kind": s.kind,
                "status": s.status,
                "status_label": s.status_label,
                "message": s.message,
                "records": s.records,
            }
            for s in data.sources
        ],
        "findings": [finding_json(f) for f in data.findings],
        "snapshots": [snapshot_json(s) for s in data.snapshots],
    }


def data_lines(data: CaseData) -> list[str]:
    lines = [f"Demande {data.reference} : revue des données."]
    if not data.gathered:
        lines.append("Aucune recherche dans les sources pour cette demande.")
    for state in data.sources:
        line = f"– {state.name} ({state.source_id}) : {state.status_label}"
        if state.status == "answered":
            line += ", " + counted(state.records, "enregistrement", "enregistrements")
        if state.message:
            line += f" — {state.message}"
        lines.append(line)
    lines += [_finding_line(finding) for finding in data.findings]
    included = sum(1 for f in data.findings if f.included)
    lines.append(
        f"{counted(len(data.findings), 'enregistrement', 'enregistrements')}, {included} inclus."
    )
    if not data.complete:
        lines.append("Données incomplètes : " + " ; ".join(data.incomplete_reasons) + ".")
    if data.snapshots:
        last = data.snapshots[-1]
        lines.append(f"Dernière revue enregistrée : SHA-256 {last.sha256}.")
    return lines


def _finding_line(finding: FindingView) -> str:
    mark = "✓" if finding.included else "✗"
    line = f"  {mark} {place_of(finding)} ({finding.match_label})"
    if finding.change == "gone":
        line += f" [{finding.change_label}]"
    if finding.exclusion_reason:
        line += f" — écarté : {finding.exclusion_reason}"
    if finding.retention_exceeded:
        line += " ⚠ au-delà de sa durée de conservation"
    return line
