"""The access answer's data as JSON: what the annex shows, machine-readable
(``resources/schemas/access.schema.json``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .access_content import AccessContent, in_language

SCHEMA_ID = "https://oklima.example/schemas/access-1.json"


def access_json(content: AccessContent) -> dict[str, Any]:
    """What the annex shows, machine-readable (``resources/schemas/access.schema.json``)."""
    info = content.information
    language = content.language
    sources: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for record in content.records:
        sources.setdefault(record.source, {}).setdefault(record.table, []).append(
            {
                "key": record.key,
                "fields": [
                    {
                        "name": f.name,
                        "label": f.label,
                        "value": f.value,
                        "category": f.category,
                        **({"meaning": f.meaning} if f.meaning else {}),
                        # As a person reads it (« 1 234,50 € », « 08/10/2026 »).
                        **({"shown": f.shown} if f.shown and f.shown != f.value else {}),
                    }
                    for f in record.fields
                ],
            }
        )
    generated = content.generated_at or datetime.now()
    return {
        "$schema": SCHEMA_ID,
        "reference": content.reference,
        "person": content.person,
        "language": language,
        "generated_at": generated.isoformat(),
        "controller": content.controller,
        "information": {
            "purposes": [
                {
                    "activity": in_language(a.name, language),
                    "purposes": [in_language(p, language) for p in a.purposes],
                    "legal_basis": a.legal_basis.value,
                }
                for a in info.activities
            ],
            "categories": [
                {"key": c.key, "label": in_language(c.label, language)} for c in info.categories
            ],
            "recipients": [in_language(r.name, language) for r in info.recipients],
            "retention": [
                {
                    "category": entry.category.key,
                    "rules": [in_language(rule.text, language) for rule in entry.rules],
                }
                for entry in info.retention
            ],
            "sources_not_from_you": [
                in_language(s.label, language) for s in info.third_party_sources
            ],
            "records_of_unrecorded_origin": info.unrecorded,
            "possible_sources_of_those": [
                in_language(s.label, language) for s in info.possible_sources
            ],
            "automated_decisions": info.any_automated_decision,
            "transfers": [
                {
                    "destination": in_language(t.destination, language),
                    "safeguards": [s.value for s in t.safeguards],
                }
                for t in info.transfers
            ],
        },
        "data": [
            {"source": source, "tables": [{"table": t, "records": r} for t, r in tables.items()]}
            for source, tables in sources.items()
        ],
        "redactions": len(content.redactions),
    }
