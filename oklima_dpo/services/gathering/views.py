"""What a case's gathering looks like to the DPO: each source's state and each record found,
with labels, how it was tied to the person, and the DPO's review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...domain.french import record_title

STATUS_LABELS = {
    "answered": "a répondu",
    "failed": "en échec",
    "skipped": "écartée",
    "awaiting": "recherche manuelle en attente",
    "not_asked": "pas encore interrogée",
}
CHANGE_LABELS = {"new": "nouveau", "changed": "modifié", "same": "inchangé", "gone": "disparu"}


@dataclass(frozen=True, slots=True)
class SourceStateView:
    source_id: str
    name: str
    kind: str
    status: str
    status_label: str
    message: str | None
    records: int
    updated_at: datetime | None
    owner: str

    @property
    def settled(self) -> bool:
        """Answered, or skipped by the DPO with a reason: nothing more to wait for."""
        return self.status in ("answered", "skipped")

    @property
    def manual(self) -> bool:
        """Asked of a person (paper archives, a processor): its owner's answer is recorded by
        hand; it is never read again by the program."""
        return self.kind == "manual"

    @property
    def can_retry(self) -> bool:
        """A system the program reads may be asked again on its own."""
        return not self.manual

    @property
    def can_skip(self) -> bool:
        """A source still awaited may be skipped with a reason, so that the data can be
        declared complete."""
        return not self.settled


@dataclass(frozen=True, slots=True)
class FieldView:
    name: str
    label: str
    value: Any
    category: str
    category_label: str
    shown: str = ""  # as the DPO reads it: dates, amounts, yes/no, codes explained


@dataclass(frozen=True, slots=True)
class MatchView:
    kind: str
    value: str
    field: str
    how: str
    explanation: str  # « e-mail jean@… dans email : identique une fois normalisé (demande) »


@dataclass(frozen=True, slots=True)
class FindingView:
    id: int
    source_id: str
    source_name: str
    table: str
    table_label: str
    key: str
    fields: tuple[FieldView, ...]
    matches: tuple[MatchView, ...]
    match: str
    match_label: str
    retention_exceeded: bool
    retention_text: str | None
    change: str
    change_label: str
    included: bool
    exclusion_reason: str | None
    reviewed_by: str | None
    inclusion_reason: str | None = None  # the DPO vouched for a record tied by the name
    inclusion_needs_reason: bool = False  # the program left it out: including it needs why

    @property
    def title(self) -> str:
        """The record as the DPO reads it: « N° de contrat CT00020118 » (its key's labels)."""
        return record_title(self.key, {f.name: f.label for f in self.fields})

    # The record holds an identifier on the marketing suppression list (an objection).
    suppressed: bool = False


@dataclass(frozen=True, slots=True)
class SnapshotView:
    id: int
    created_at: datetime
    created_by: str
    complete: bool
    sha256: str


@dataclass(frozen=True, slots=True)
class CaseData:
    reference: str
    sources: tuple[SourceStateView, ...]
    findings: tuple[FindingView, ...]
    snapshots: tuple[SnapshotView, ...]

    @property
    def complete(self) -> bool:
        """Every source has answered or been skipped with a reason."""
        return all(state.settled for state in self.sources)

    @property
    def incomplete_reasons(self) -> list[str]:
        return [
            f"{state.name} : {state.status_label}" for state in self.sources if not state.settled
        ]

    @property
    def gathered(self) -> bool:
        return any(state.status != "not_asked" for state in self.sources)

    @property
    def unsettled(self) -> tuple[SourceStateView, ...]:
        """The sources still awaited: while there is one, the data are incomplete."""
        return tuple(state for state in self.sources if not state.settled)

    @property
    def found(self) -> int:
        """Records the last gathering found (those gone since an earlier one do not count)."""
        return sum(1 for f in self.findings if f.change != "gone")

    @property
    def included(self) -> int:
        """Records the review keeps for the answer."""
        return sum(1 for f in self.findings if f.included)

    @property
    def retention_exceeded(self) -> int:
        """Records found and kept beyond their retention period."""
        return sum(1 for f in self.findings if f.retention_exceeded and f.change != "gone")
