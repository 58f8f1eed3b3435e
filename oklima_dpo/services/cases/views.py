"""What the use cases take and return: plain frozen dataclasses, safe to hand to any thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ...domain.answers import CaseForLetters, LetterKind
from ...domain.case import Channel, Outcome
from ...domain.deadlines import Urgency, urgency_of
from ...domain.gates import IdentityMethod
from ...domain.identity import IdentifierKind
from ...domain.rights import ART19_RIGHTS, Right
from ...domain.workflow import EventKind, Status


@dataclass(frozen=True)
class NewCase:
    """A request as typed by the DPO (raw strings: the intake validates and normalises)."""

    name: str
    rights: tuple[str, ...]
    received_at: datetime  # aware; taken in Paris time when naive
    channel: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    customer_numbers: tuple[str, ...] = ()
    contract_numbers: tuple[str, ...] = ()
    postal_address: str = ""
    request_text: str = ""
    language: str = "fr"
    representative_name: str = ""
    mandate_note: str = ""
    mandate_file: Path | None = None
    attachments: tuple[Path, ...] = ()


@dataclass(slots=True)
class CaseSummary:
    """One line of a queue. Not frozen: queues build a hundred thousand of them, and a frozen
    dataclass sets each field through ``object.__setattr__`` (four times slower); nothing
    changes them once built."""

    reference: str
    person_name: str
    rights: tuple[Right, ...]
    received_on: date
    status: Status
    channel: Channel
    assignee: str | None
    first_due: date
    due: date  # the deadline in force (extended or not, live while suspended)
    days_left: int
    extended: bool
    clock_stopped: bool
    search_text: str = ""  # folded name and reference: what the text search looks in

    @property
    def overdue(self) -> bool:
        return self.status.is_open and self.days_left < 0

    @property
    def urgency(self) -> Urgency:
        return urgency_of(
            self.days_left, is_open=self.status.is_open, clock_stopped=self.clock_stopped
        )


@dataclass(frozen=True, slots=True)
class DeadlineView:
    received_on: date
    first_due: date
    extended_due: date
    extension_notice_by: date
    due: date
    extended: bool
    clock_stopped: bool
    suspended_days: int
    days_left: int
    can_extend: bool
    explanation: str
    explanation_extended: str


@dataclass(frozen=True, slots=True)
class IdentifierView:
    kind: IdentifierKind
    value: str
    normalized: str


@dataclass(frozen=True, slots=True)
class RightView:
    right: Right
    outcome: Outcome | None
    legal_ground: str | None
    decided_at: datetime | None
    decided_by: str | None


@dataclass(frozen=True, slots=True)
class EventView:
    kind: EventKind
    on: date
    recorded_at: datetime  # aware UTC
    actor: str
    text: str | None
    data: dict[str, Any] | None = None  # e.g. the right and outcome of a decision


@dataclass(frozen=True, slots=True)
class DocumentView:
    role: str
    filename: str
    sha256: str
    size: int
    path: Path
    added_at: datetime
    added_by: str
    id: int = 0  # what ``respond.mark_sent`` takes


@dataclass(frozen=True)
class CaseDetail:
    reference: str
    status: Status
    channel: Channel
    language: str
    received_at: datetime  # aware UTC
    person_name: str
    postal_address: str | None
    identifiers: tuple[IdentifierView, ...]
    rights: tuple[RightView, ...]
    representative_name: str | None
    mandate_note: str | None
    request_text: str
    assignee: str | None
    deadline: DeadlineView
    timeline: tuple[EventView, ...]
    documents: tuple[DocumentView, ...]
    allowed: frozenset[EventKind] = field(default_factory=frozenset)  # what may happen now

    def for_letters(self) -> CaseForLetters:
        """What decides the letters that fit this case (``domain.answers.letters_for``)."""
        produced = {
            LetterKind.of_document(d.filename) for d in self.documents if d.role == "produced"
        }
        return CaseForLetters(
            status=self.status,
            decisions={r.right: r.outcome for r in self.rights},
            extended=self.deadline.extended,
            produced=frozenset(kind for kind in produced if kind is not None),
        )

    @property
    def notifies_recipients(self) -> bool:
        """The case asks a right whose execution is told to the recipients (Art. 19)."""
        return any(r.right in ART19_RIGHTS for r in self.rights)

    @property
    def may_extend(self) -> bool:
        """The deadline may still be extended now: the law allows it once (not yet done, the
        first deadline not passed) and the case's status allows the step."""
        return self.deadline.can_extend and EventKind.EXTENDED in self.allowed


@dataclass(frozen=True, slots=True)
class IdentityCheck:
    """How the DPO established the requester's identity (``domain.gates.IdentityMethod``),
    with a note; for a representative, whether the mandate was checked."""

    method: IdentityMethod | None
    note: str = ""
    mandate_checked: bool = False

    def problems(self) -> dict[str, str]:
        if self.method is None:
            methods = ", ".join(f"{m.value} ({m.label_fr})" for m in IdentityMethod.chosen())
            return {"method": f"Indiquer comment l’identité a été établie : {methods}."}
        if self.method is IdentityMethod.OTHER and not self.note.strip():
            return {"note": "« Autre » : dire dans la note comment l’identité a été établie."}
        return {}


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """A queue filter; every part optional."""

    statuses: tuple[Status, ...] = ()
    open_only: bool = False
    right: Right | None = None
    overdue: bool = False
    due_within_days: int | None = None
    extended: bool | None = None
    awaiting_info: bool = False
    text: str = ""
    limit: int | None = None
