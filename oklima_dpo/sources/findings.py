"""What a gathering finds: each record once, its fields as JSON keeps them, every way it was
tied to the person (:class:`Match`), and whether it is kept beyond its retention period.

The retention is the register's rule named by the catalogue's table, counted from the date
the record holds; a record past it is flagged for the DPO, never dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from ..domain.catalogue import TableSpec
from ..domain.french import fr_date
from ..domain.identity import IdentifierKind
from ..domain.register import DurationUnit, Retention
from ..domain.review import MatchHow
from .connectors.base import Record


@dataclass(slots=True)
class Match:
    kind: IdentifierKind
    value: str
    field: str
    how: MatchHow
    via: str  # where the identifier came from: « demande » or the record that gave it

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind.value,
            "value": self.value,
            "field": self.field,
            "how": self.how.value,
            "via": self.via,
        }


@dataclass(slots=True)
class Finding:
    source: str
    table: str
    key: str
    fields: list[dict[str, Any]]  # name, label, value (JSON-able), category
    matches: list[Match] = field(default_factory=list)
    retention: dict[str, Any] | None = None  # rule, ends_on, exceeded, text
    name_differs: bool = False  # tied by an identifier, but the name is someone else's

    @property
    def match(self) -> MatchHow:
        order = list(MatchHow)
        return min((m.how for m in self.matches), key=order.index)

    @property
    def included_by_default(self) -> bool:
        return self.match is not MatchHow.NAME_ONLY and not self.name_differs

    @property
    def default_exclusion_reason(self) -> str | None:
        if self.match is MatchHow.NAME_ONLY:
            return "rattaché par le nom seul : à confirmer"
        if self.name_differs:
            return "le nom enregistré n’est pas celui de la personne : à vérifier"
        return None

    @property
    def fingerprint(self) -> str:
        text = json.dumps(self.fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_finding(
    source_id: str,
    table_name: str,
    table: TableSpec,
    record: Record,
    rules: dict[str, Retention],
    today: dt.date,
) -> Finding:
    """A record found for the first time, before any match is added."""
    return Finding(
        source=source_id,
        table=table_name,
        key=record.key,
        fields=record_fields(table, record),
        retention=retention_of(table, record, rules, today),
    )


def add_match(finding: Finding, match: Match) -> None:
    """One more way the record is tied to the person; the same identifier in the same field
    counts once."""
    if all(
        (m.kind, m.value, m.field) != (match.kind, match.value, match.field)
        for m in finding.matches
    ):
        finding.matches.append(match)


def _plain(value: Any) -> Any:
    """A value as JSON keeps it (dates as ISO text)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return f"<{len(value)} octets>"
    return str(value)


def record_fields(table: TableSpec, record: Record) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "label": spec.label or name,
            "value": _plain(record.fields.get(name)),
            "category": spec.category,
        }
        for name, spec in table.fields.items()
    ]


def _as_date(value: Any) -> dt.date | None:
    """A date as systems hold it: a date, ISO text, or « JJ/MM/AAAA » (French exports)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text[:10], form).date()
        except ValueError:
            continue
    return None


def retention_of(
    table: TableSpec, record: Record, rules: dict[str, Retention], today: dt.date
) -> dict[str, Any] | None:
    """Whether the record is kept beyond its retention period (per the register)."""
    if table.retention is None:
        return None
    rule = rules.get(table.retention.rule)
    if rule is None or rule.duration is None:
        return None
    start = _as_date(record.fields.get(table.retention.from_))
    if start is None:
        return {
            "rule": rule.id,
            "ends_on": None,
            "exceeded": False,
            "text": rule.text.fr,
            "explanation": "durée de conservation pas encore entamée",
        }
    months = rule.duration.value * (12 if rule.duration.unit is DurationUnit.YEARS else 1)
    ends_on = start + relativedelta(months=months)
    exceeded = ends_on < today
    return {
        "rule": rule.id,
        "ends_on": ends_on.isoformat(),
        "exceeded": exceeded,
        "text": rule.text.fr,
        "explanation": (
            f"durée de conservation dépassée depuis le {fr_date(ends_on)}"
            if exceeded
            else f"conservé jusqu’au {fr_date(ends_on)}"
        ),
    }
