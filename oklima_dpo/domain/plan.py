"""The plan of a right carried out in the company's systems: what will be done to each record
of each system, and why. Built by ``planner.build_plan``: the included records of the case's
reviewed snapshot, the catalogue (what each table lets write: ``TableSpec.writes``) and the
register (legal holds) give, per source and per record, what will be done and why:

- erasure (Art. 17): delete the row, empty fields, or replace them with a pseudonym, as the
  table's ``writes.erase`` says; a record holding a category under a legal hold of the
  register (invoices: Code de commerce L123-22, and the payments that settle them) is kept,
  with the ground (Art. 17(3)(b));
- rectification (Art. 16): the fields named in the corrections, old → new, where the table
  lets them be corrected;
- restriction (Art. 18) and objection to marketing (Art. 21): the table's restriction or
  opt-out column set to true;
- anything the program cannot write (a spreadsheet, a mailbox, paper, a SQL table without
  ``writes``) becomes a task for the source's owner, saying what to look for and what to do.

The plan is frozen as canonical JSON with its SHA-256: what is previewed is what is applied.

Pseudonyms: ``pseudo-`` and 12 hex digits of SHA-256 over a fixed, public salt and the record's
place (source, table, key, field). The erased value is never an input, so the pseudonym
cannot be turned back into it (hashing an e-mail address, even salted, would be reversible by
trying addresses); the same record always gets the same pseudonym, so running a plan twice
writes the same thing; and it says nothing the row's key did not already say.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import DpoError
from .review import canonical_json
from .rights import Right

__all__ = [
    "EXECUTABLE_RIGHTS",
    "IRREVERSIBLE",
    "SUPPRESSION_RIGHTS",
    "Action",
    "Change",
    "Plan",
    "PlanError",
    "PreviewLine",
    "RecordPlan",
    "SourcePlan",
    "pseudonym",
]

PLAN_VERSION = 1
PSEUDONYM_SALT = "oklima-dpo/pseudonyme/v1"
EXECUTABLE_RIGHTS = (
    Right.ERASURE,
    Right.RECTIFICATION,
    Right.RESTRICTION,
    Right.OBJECTION,
    Right.CONSENT_WITHDRAWAL,  # like an objection, and the consent mark set to 0 (Art. 7(3))
)
#: The rights that also put the person on the marketing suppression list (Art. 21(3), 7(3)).
SUPPRESSION_RIGHTS = (Right.OBJECTION, Right.CONSENT_WITHDRAWAL)


class PlanError(DpoError):
    """The plan cannot be built as asked (an unknown field to correct, nothing to do…)."""


class Action(StrEnum):
    DELETE = "delete"
    EMPTY = "empty"
    PSEUDONYMISE = "pseudonymise"
    CORRECT = "correct"
    RESTRICT = "restrict"
    OPTOUT = "optout"
    KEEP = "keep"
    TASK = "task"

    @property
    def writes(self) -> bool:
        """Carried out by the program in a SQL source."""
        return self not in (Action.KEEP, Action.TASK)

    @property
    def label_fr(self) -> str:
        return _ACTION_LABELS[self]


#: What cannot be undone once applied: the record, or its data, is gone.
IRREVERSIBLE = frozenset({Action.DELETE, Action.PSEUDONYMISE, Action.EMPTY})

_ACTION_LABELS = {
    Action.DELETE: "suppression",
    Action.EMPTY: "champs vidés",
    Action.PSEUDONYMISE: "pseudonymisation",
    Action.CORRECT: "correction",
    Action.RESTRICT: "marque de limitation",
    Action.OPTOUT: "marque d’opposition à la prospection",
    Action.KEEP: "conservé",
    Action.TASK: "tâche pour le propriétaire",
}


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class RecordPlan:
    table: str
    table_label: str
    key: str  # as gathering wrote it: « customer_no=CL00012345 »
    key_values: dict[str, Any]  # key field → value: where the row is found again
    action: Action
    reason: str  # in French, for the DPO and the answer letter
    changes: tuple[Change, ...] = ()
    ground: str | None = None  # a kept record: the legal ground (Art. 17(3))

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "table_label": self.table_label,
            "key": self.key,
            "key_values": dict(self.key_values),
            "action": self.action.value,
            "reason": self.reason,
            "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in self.changes],
            "ground": self.ground,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecordPlan:
        return cls(
            table=data["table"],
            table_label=data["table_label"],
            key=data["key"],
            key_values=dict(data["key_values"]),
            action=Action(data["action"]),
            reason=data["reason"],
            changes=tuple(Change(c["field"], c["old"], c["new"]) for c in data["changes"]),
            ground=data.get("ground"),
        )


@dataclass(frozen=True, slots=True)
class SourcePlan:
    source: str
    name: str
    kind: str  # sql, spreadsheet, mail, manual
    owner: str  # « Marketing (marketing@oklima.example) »
    records: tuple[RecordPlan, ...]
    task: str | None = None  # what the owner is asked, when the program cannot do it all

    @property
    def writes(self) -> tuple[RecordPlan, ...]:
        return tuple(r for r in self.records if r.action.writes)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.records if r.action is action)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "name": self.name,
            "kind": self.kind,
            "owner": self.owner,
            "records": [r.to_json() for r in self.records],
            "task": self.task,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SourcePlan:
        return cls(
            source=data["source"],
            name=data["name"],
            kind=data["kind"],
            owner=data["owner"],
            records=tuple(RecordPlan.from_json(r) for r in data["records"]),
            task=data.get("task"),
        )


@dataclass(frozen=True, slots=True)
class PreviewLine:
    source: str
    name: str
    action: Action
    count: int


@dataclass(frozen=True, slots=True)
class Plan:
    case: str
    right: Right
    sources: tuple[SourcePlan, ...]
    # Strong identifiers the reviewed records held (« customer_no », value, record): the
    # verification searches with them too, so that a row reachable only by a customer
    # number still shows once the CRM's record is gone.
    identifiers: tuple[tuple[str, str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    snapshot_sha256: str | None = None  # the review the plan was built from
    corrections: dict[str, Any] = field(default_factory=dict)

    def source(self, source_id: str) -> SourcePlan:
        for item in self.sources:
            if item.source == source_id:
                return item
        raise KeyError(source_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": PLAN_VERSION,
            "case": self.case,
            "right": self.right.value,
            "snapshot_sha256": self.snapshot_sha256,
            "corrections": dict(self.corrections),
            "sources": [s.to_json() for s in self.sources],
            "identifiers": [list(i) for i in self.identifiers],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Plan:
        if data.get("version") != PLAN_VERSION:
            raise PlanError(f"Plan d’exécution de version inconnue ({data.get('version')}).")
        return cls(
            case=data["case"],
            right=Right(data["right"]),
            sources=tuple(SourcePlan.from_json(s) for s in data["sources"]),
            identifiers=tuple((i[0], i[1], i[2]) for i in data["identifiers"]),
            warnings=tuple(data["warnings"]),
            snapshot_sha256=data.get("snapshot_sha256"),
            corrections=dict(data.get("corrections") or {}),
        )

    def canonical(self) -> str:
        return canonical_json(self.to_json())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()

    def preview(self) -> tuple[PreviewLine, ...]:
        """Counts per source and action: what would be done; nothing runs."""
        lines = []
        for source in self.sources:
            for action in Action:
                count = source.count(action)
                if count:
                    lines.append(PreviewLine(source.source, source.name, action, count))
        return tuple(lines)

    @property
    def irreversible(self) -> bool:
        """Deletes, empties or pseudonymises a record: applied, it has no undo."""
        return any(r.action in IRREVERSIBLE for s in self.sources for r in s.records)

    def counts(self) -> dict[str, dict[str, int]]:
        """source → action → records (for the journal: no personal data)."""
        counts: dict[str, dict[str, int]] = {}
        for line in self.preview():
            counts.setdefault(line.source, {})[line.action.value] = line.count
        return counts


def pseudonym(source: str, table: str, key: str, field_name: str) -> str:
    """The stable, non-reversible replacement of a field (see the module's note)."""
    text = f"{PSEUDONYM_SALT}\x1f{source}\x1f{table}\x1f{key}\x1f{field_name}"
    return "pseudo-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
