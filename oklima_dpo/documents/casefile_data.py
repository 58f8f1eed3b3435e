"""What the legal team's case file is given: plain data, assembled by the services.

Everything a person reads is already in words (French); the layout only places it. Moments
are written one way, :func:`moment`, by the services and the layout alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.french import PARIS, fr_date


def moment(at: datetime) -> str:
    """« 25/03/2025 à 11:00 », Paris time."""
    local = at.astimezone(PARIS)
    return f"{fr_date(local.date())} à {local:%H:%M}"


@dataclass(frozen=True, slots=True)
class Fact:
    """One line of a two-column list: « Reçue le » — « 10/03/2025 à 09:30 »."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    on: date
    actor: str
    what: str  # the step, « accusé de réception »
    text: str  # what the DPO wrote, and the step's details in words


@dataclass(frozen=True, slots=True)
class DeadlineWords:
    """The deadline as the domain explains it, one step a line."""

    rules: tuple[str, ...]  # the policy in force: calendar, suspension, extension reading
    first_steps: tuple[str, ...]
    extended_steps: tuple[str, ...] = ()  # empty unless the deadline was extended
    extension: str = ""  # « décidée le … : reasons »
    holidays: tuple[str, ...] = ()  # public holidays between receipt and the deadline, named
    conclusion: str = ""


@dataclass(frozen=True, slots=True)
class IdentityCheck:
    on: date
    by: str
    how: str


@dataclass(frozen=True, slots=True)
class TableCount:
    table: str
    included: int
    excluded: int
    gone: int


@dataclass(frozen=True, slots=True)
class SourceLine:
    name: str
    status: str  # « a répondu », « en échec »…
    message: str
    tables: tuple[TableCount, ...] = ()


@dataclass(frozen=True, slots=True)
class Exclusion:
    source: str  # « CRM › Clients »
    reason: str
    count: int
    keys: tuple[str, ...] = ()  # the records' keys: only with the raw data


@dataclass(frozen=True, slots=True)
class SnapshotLine:
    created_at: datetime  # aware
    created_by: str
    complete: bool
    sha256: str


@dataclass(frozen=True, slots=True)
class RawField:
    label: str
    value: str
    category: str = ""  # the register's category, « Adresses e-mail »


@dataclass(frozen=True, slots=True)
class RawRecord:
    source: str
    key: str
    status: str  # « inclus », « écarté : … »
    fields: tuple[RawField, ...]


@dataclass(frozen=True, slots=True)
class Gathered:
    sources: tuple[SourceLine, ...] = ()
    snapshots: tuple[SnapshotLine, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    redactions: tuple[str, ...] = ()  # each in words; none: « aucune »
    raw_records: tuple[RawRecord, ...] | None = None  # None: the raw data was not asked for
    note: str = ""  # e.g. why the sources are named by their identifiers


@dataclass(frozen=True, slots=True)
class Decision:
    right: str  # « Droit d’accès (Art. 15) »
    outcome: str  # « refusé », « pas encore décidé »
    legal_ground: str
    decided_at: datetime | None  # aware
    decided_by: str


@dataclass(frozen=True, slots=True)
class ExecutionSource:
    """What one system did: counts and SHA-256 of the touched rows, before and after."""

    name: str
    status: str  # in words
    before: str  # « 3 lignes, SHA-256 … »
    after: str
    message: str = ""


@dataclass(frozen=True, slots=True)
class ExecutionLine:
    right: str  # in words
    status: str  # in words
    plan_sha256: str
    applied: str  # « 25/03/2025 à 11:00 par dpo », or « non appliquée »
    sources: tuple[ExecutionSource, ...]
    verification: str  # in words


@dataclass(frozen=True, slots=True)
class DocumentLine:
    role: str  # in words: « reçu avec la demande », « produit »…
    filename: str
    sha256: str
    size: int
    added_at: datetime  # aware
    added_by: str


@dataclass(frozen=True, slots=True)
class JournalLine:
    seq: int
    at: datetime  # aware
    actor: str
    action: str  # in words
    details: str  # in words


@dataclass(frozen=True, slots=True)
class ChainResult:
    """The verification of the whole journal (not only this case's entries)."""

    entries: int
    checked_at: datetime  # aware
    first_bad_seq: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


@dataclass(frozen=True)
class CaseFileData:
    reference: str
    produced_at: datetime  # aware
    produced_by: str
    summary: tuple[Fact, ...]
    timeline: tuple[TimelineEntry, ...]
    deadline: DeadlineWords
    identity_checks: tuple[IdentityCheck, ...]
    identity_facts: tuple[Fact, ...]  # identifiers given, representative, mandate
    gathered: Gathered
    decisions: tuple[Decision, ...]
    documents: tuple[DocumentLine, ...]
    journal: tuple[JournalLine, ...]  # oldest first
    chain: ChainResult
    organisation: str = ""
    executions: tuple[ExecutionLine, ...] = ()  # rights carried out in the systems

    @property
    def document_reference(self) -> str:
        return f"{self.reference}-DOSSIER"
