"""Reviewed snapshots written by hand for tests of what is built from them (plans, answers)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from oklima_dpo.domain.review import ReviewSnapshot


def snapshot(
    records: Iterable[Mapping[str, Any]],
    sources: Iterable[Mapping[str, Any]] = (),
    *,
    case: str = "DR-2025-0001",
    at: datetime = datetime(2025, 3, 25, 10, 0, tzinfo=UTC),
) -> ReviewSnapshot:
    """A snapshot of ``records`` (as ``gather.finding_json`` writes them; what a test leaves
    out takes the usual value: included, new, exact, no exclusion) and source answers."""
    answers = [
        {"source": s["source"], "status": s["status"], "message": None, "records": 0, **s}
        for s in sources
    ]
    return ReviewSnapshot.from_json(
        {
            "case": case,
            "at": at.isoformat(),
            "complete": all(a["status"] in ("answered", "skipped") for a in answers),
            "sources": answers,
            "findings": [
                {
                    "included": True,
                    "exclusion_reason": None,
                    "change": "new",
                    "match": "exact",
                    "matched_on": [],
                    "retention_exceeded": False,
                    **record,
                }
                for record in records
            ],
        }
    )
