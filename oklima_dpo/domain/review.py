"""The DPO's review of what gathering found: how each record was tied to the person, and the
reviewed result frozen as a snapshot (what may leave, what an execution plans from)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from .identity import IdentifierKind


class MatchHow(StrEnum):
    """How a record was tied to the person; shown to the DPO with the identifier."""

    EXACT = "exact"  # the value as stored equals the identifier
    NORMALISED = "normalised"  # equal once normalised (case, phone format, spaces)
    REFERENCE = "reference"  # reached through a reference from a record already found
    MENTIONED = "mentioned"  # cited in free text (a message's body): may be someone else's
    NAME_POSTCODE = "name_postcode"  # first name, last name and postcode (accents ignored)
    NAME_ONLY = "name_only"  # the name alone: never included by default

    @property
    def label_fr(self) -> str:
        return _HOW_LABELS[self]

    @property
    def firm(self) -> bool:
        """Ties the record to the person firmly enough for its identifiers to be theirs."""
        return self in FIRM_MATCHES


FIRM_MATCHES = frozenset({MatchHow.EXACT, MatchHow.NORMALISED, MatchHow.REFERENCE})


def inclusion_needs_reason(match: MatchHow, included: bool, reviewed: bool) -> bool:
    """Including this record needs the DPO's reason: the program left it out itself (tied by
    the name alone, or holding someone else's name), so the DPO vouches for it."""
    return match is MatchHow.NAME_ONLY or (not included and not reviewed)


_HOW_LABELS = {
    MatchHow.EXACT: "identique",
    MatchHow.NORMALISED: "identique une fois normalisé",
    MatchHow.REFERENCE: "par référence",
    MatchHow.MENTIONED: "cité dans le texte",
    MatchHow.NAME_POSTCODE: "nom, prénom et code postal (accents ignorés)",
    MatchHow.NAME_ONLY: "nom seul (à confirmer)",
}


# -- The reviewed snapshot ---------------------------------------------------------------------
# Frozen as canonical JSON with its SHA-256 when the DPO saves the review; what may leave (an
# access answer, a portability export) and what an execution plans from. The JSON's shape is
# kept as it always was: the SHA-256 of every snapshot stored so far must still match.


@dataclass(frozen=True, slots=True)
class ReviewedField:
    name: str
    label: str
    value: Any  # as found: text, number, boolean, None
    category: str  # a data category of the register; "" for a manual answer's note


@dataclass(frozen=True, slots=True)
class MatchedOn:
    """An identifier that tied the record to the person: which, in which field, how."""

    kind: IdentifierKind
    value: str
    field: str
    how: MatchHow


@dataclass(frozen=True, slots=True)
class ReviewedRecord:
    """One record of a company system as the DPO reviewed it."""

    source: str
    table: str
    key: str
    included: bool
    exclusion_reason: str | None
    match: MatchHow
    matched_on: tuple[MatchedOn, ...]
    retention_exceeded: bool
    change: str  # new, changed, same (a record gone is not in a snapshot)
    fields: tuple[ReviewedField, ...]

    @property
    def leaves(self) -> bool:
        """Included by the DPO and still found: may go into an answer or a plan."""
        return self.included and self.change != "gone"

    @property
    def values(self) -> dict[str, Any]:
        return {f.name: f.value for f in self.fields}

    @property
    def categories(self) -> list[str]:
        return [f.category for f in self.fields if f.category]

    @property
    def place(self) -> str:
        """« crm.customers customer_no=CL00012345 »: where a record is, for the journal's
        readers and the verification (no value beyond the key)."""
        return f"{self.source}.{self.table} {self.key}"

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "table": self.table,
            "key": self.key,
            "included": self.included,
            "exclusion_reason": self.exclusion_reason,
            "match": self.match.value,
            "matched_on": [
                {"kind": m.kind.value, "value": m.value, "field": m.field, "how": m.how.value}
                for m in self.matched_on
            ],
            "retention_exceeded": self.retention_exceeded,
            "change": self.change,
            "fields": [
                {"name": f.name, "label": f.label, "value": f.value, "category": f.category}
                for f in self.fields
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReviewedRecord:
        return cls(
            source=data["source"],
            table=data["table"],
            key=data["key"],
            included=bool(data["included"]),
            exclusion_reason=data.get("exclusion_reason"),
            match=MatchHow(data["match"]),
            matched_on=tuple(
                MatchedOn(IdentifierKind(m["kind"]), m["value"], m["field"], MatchHow(m["how"]))
                for m in data.get("matched_on", ())
            ),
            retention_exceeded=bool(data.get("retention_exceeded")),
            change=data.get("change", "same"),
            fields=tuple(
                ReviewedField(
                    f["name"], f.get("label") or f["name"], f.get("value"), f.get("category") or ""
                )
                for f in data.get("fields", ())
            ),
        )


@dataclass(frozen=True, slots=True)
class SourceAnswer:
    """Where a source stood when the review was saved."""

    source: str
    status: str  # answered, failed, skipped, awaiting, not_asked
    message: str | None
    records: int

    @property
    def settled(self) -> bool:
        """Answered, or skipped by the DPO with a reason: nothing more to wait for."""
        return self.status in ("answered", "skipped")


@dataclass(frozen=True)
class ReviewSnapshot:
    case: str
    at: datetime  # aware
    complete: bool  # every source answered or was skipped with a reason
    sources: tuple[SourceAnswer, ...]
    records: tuple[ReviewedRecord, ...]

    @property
    def included(self) -> tuple[ReviewedRecord, ...]:
        """The records that may leave: included by the DPO and still found."""
        return tuple(r for r in self.records if r.leaves)

    @property
    def waiting(self) -> list[str]:
        """The sources without an answer (or a reason to skip them)."""
        return [s.source for s in self.sources if not s.settled]

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "at": self.at.isoformat(),
            "complete": self.complete,
            "sources": [
                {"source": s.source, "status": s.status, "message": s.message, "records": s.records}
                for s in self.sources
            ],
            "findings": [r.to_json() for r in self.records],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ReviewSnapshot:
        return cls(
            case=data["case"],
            at=datetime.fromisoformat(data["at"]),
            complete=bool(data["complete"]),
            sources=tuple(
                SourceAnswer(s["source"], s["status"], s.get("message"), int(s.get("records", 0)))
                for s in data.get("sources", ())
            ),
            records=tuple(ReviewedRecord.from_json(f) for f in data.get("findings", ())),
        )

    def canonical(self) -> str:
        return canonical_json(self.to_json())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()


def canonical_json(content: Any) -> str:
    """The one JSON spelling hashed throughout: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
