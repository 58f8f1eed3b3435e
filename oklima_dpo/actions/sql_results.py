"""What carrying a plan out in one SQL source reports: its status, the statements run, the
counts and SHA-256 of the touched rows before and after, the tables' row counts."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain.plan import RecordPlan
from .sql_values import plain


@dataclass(frozen=True, slots=True)
class RowsDigest:
    count: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class SourceResult:
    source: str
    name: str
    status: str  # applied, failed
    message: str | None = None
    statements: int = 0
    before: RowsDigest | None = None  # the rows the plan touches, before
    after: RowsDigest | None = None  # the same rows read back (a deleted row is absent)
    tables: dict[str, dict[str, int]] = field(default_factory=dict)  # rows, before/after
    done: dict[str, int] = field(default_factory=dict)  # action → records

    @property
    def applied(self) -> bool:
        return self.status == "applied"

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "name": self.name,
            "status": self.status,
            "message": self.message,
            "statements": self.statements,
            "before": self.before.to_json() if self.before else None,
            "after": self.after.to_json() if self.after else None,
            "tables": self.tables,
            "done": self.done,
        }


def digest_rows(rows: Sequence[tuple[RecordPlan, dict[str, Any] | None]]) -> RowsDigest:
    """SHA-256 of the rows as canonical JSON, in a stable order."""
    content = sorted(
        (
            {
                "table": record.table,
                "key": record.key,
                "row": {k: plain(v) for k, v in (row or {}).items()},
            }
            for record, row in rows
        ),
        key=lambda item: (item["table"], item["key"]),
    )
    text = json.dumps(
        content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )
    return RowsDigest(len(rows), hashlib.sha256(text.encode("utf-8")).hexdigest())
