"""The case file's account of what was gathered: per source and table, how many records were
kept, set aside or gone; why records were set aside; the snapshots; the masking; and, only
when asked, the records' values."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC

from ...documents.casefile_data import (
    Exclusion,
    Gathered,
    JournalLine,
    RawField,
    RawRecord,
    SnapshotLine,
    SourceLine,
    TableCount,
    moment,
)
from ..cases.views import CaseDetail
from ..code_words import DOCUMENT_ROLES
from ..gathering.views import CaseData

__all__ = ["gathered"]

#: A document or a journal entry that records a redaction says so in its role, name or action.
REDACTION = re.compile(r"caviard|redact|occult", re.IGNORECASE)


def gathered(
    data: CaseData,
    detail: CaseDetail,
    journal_lines: list[JournalLine],
    include_raw_data: bool,
    note: str,
) -> Gathered:
    present = [f for f in data.findings if f.change != "gone"]
    counts: Counter[tuple[str, str, str]] = Counter()
    for finding in data.findings:
        state = "gone" if finding.change == "gone" else "in" if finding.included else "out"
        counts[(finding.source_id, finding.table_label, state)] += 1
    tables: dict[str, list[str]] = {}
    for source_id, table, _state in counts:
        if table not in tables.setdefault(source_id, []):
            tables[source_id].append(table)
    sources = tuple(
        SourceLine(
            s.name,
            s.status_label,
            s.message or "",
            tuple(
                TableCount(
                    t,
                    counts[(s.source_id, t, "in")],
                    counts[(s.source_id, t, "out")],
                    counts[(s.source_id, t, "gone")],
                )
                for t in tables.get(s.source_id, [])
            ),
        )
        for s in data.sources
    )
    excluded: dict[tuple[str, str], list[str]] = {}
    for finding in data.findings:
        if not finding.included:
            where = f"{finding.source_name} › {finding.table_label}"
            reason = finding.exclusion_reason or "sans motif enregistré"
            excluded.setdefault((where, reason), []).append(finding.key)
    exclusions = tuple(
        Exclusion(where, reason, len(keys), tuple(keys) if include_raw_data else ())
        for (where, reason), keys in excluded.items()
    )
    raw = None
    if include_raw_data:
        raw = tuple(
            RawRecord(
                f"{f.source_name} › {f.table_label}",
                f.key,
                "inclus" if f.included else f"écarté : {f.exclusion_reason or '—'}",
                tuple(
                    RawField(x.label, x.shown or _value(x.value), x.category_label)
                    for x in f.fields
                ),
            )
            for f in present
        )
    return Gathered(
        sources=sources if data.gathered else (),
        snapshots=tuple(
            SnapshotLine(s.created_at.replace(tzinfo=UTC), s.created_by, s.complete, s.sha256)
            for s in data.snapshots
        ),
        exclusions=exclusions,
        redactions=_redactions(detail, journal_lines),
        raw_records=raw,
        note=note if data.sources or data.findings else "",  # no gathering: nothing to name
    )


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _redactions(detail: CaseDetail, journal_lines: list[JournalLine]) -> tuple[str, ...]:
    lines = [
        f"« {d.filename} » ({DOCUMENT_ROLES.get(d.role, d.role)}), ajouté le {moment(d.added_at)} "
        f"par {d.added_by} — SHA-256 {d.sha256}"
        for d in detail.documents
        if REDACTION.search(d.role) or REDACTION.search(d.filename)
    ]
    lines += [
        f"journal n° {e.seq} du {moment(e.at)} : {e.action} — {e.details}"
        for e in journal_lines
        if REDACTION.search(e.action)
    ]
    return tuple(lines)
