"""The tables of the case base (SQLAlchemy 2, typed declarative).

Date-times are stored as naive UTC; the legal dates (received on, event dates, deadlines) are
calendar dates in Europe/Paris.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so that Alembic's batch mode on SQLite can alter tables.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Case(Base):
    """One request."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    received_on: Mapped[date] = mapped_column(Date)  # the day in Paris: the clock starts here
    channel: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2), default="fr")
    status: Mapped[str] = mapped_column(String(20))
    assignee: Mapped[str | None] = mapped_column(String(100))
    request_text: Mapped[str] = mapped_column(Text, default="")
    # The requester, when not the person themselves: a representative with a mandate.
    representative_name: Mapped[str | None] = mapped_column(String(200))
    mandate_note: Mapped[str | None] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    # A cache of the deadline, recomputed from the events at every change and whenever the
    # deadline settings change, so that queues filter on indexed dates. While the clock is
    # stopped (clock_stopped_since set) the due date moves every day: queries treat those
    # cases as candidates and the service computes their date live.
    first_due_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    suspended_days: Mapped[int] = mapped_column(Integer, default=0)  # closed suspensions
    clock_stopped_since: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(
        back_populates="case", cascade="all, delete-orphan", uselist=False
    )
    rights: Mapped[list[CaseRight]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseRight.id"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Event.id"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Document.id"
    )

    __table_args__ = (Index("ix_cases_status_due_on", "status", "due_on"),)


class Person(Base):
    """The data subject of a case: the name as given and folded for matching."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    folded_name: Mapped[str] = mapped_column(String(200), index=True)
    postal_address: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="person")
    identifiers: Mapped[list[PersonIdentifier]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonIdentifier.id"
    )


class PersonIdentifier(Base):
    """An e-mail, phone, customer or contract number of the person: as given and normalised."""

    __tablename__ = "person_identifiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed: deleting or purging a case finds its identifiers without a full scan.
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(200))
    normalized: Mapped[str] = mapped_column(String(200))

    person: Mapped[Person] = relationship(back_populates="identifiers")

    __table_args__ = (Index("ix_person_identifiers_kind_normalized", "kind", "normalized"),)


class CaseRight(Base):
    """A right asked in a case, with the DPO's decision on it once taken."""

    __tablename__ = "case_rights"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    right: Mapped[str] = mapped_column(String(30))
    outcome: Mapped[str | None] = mapped_column(String(20))
    legal_ground: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(100))

    case: Mapped[Case] = relationship(back_populates="rights")

    __table_args__ = (UniqueConstraint("case_id", "right"),)


class Event(Base):
    """The timeline of a case, append-only. ``occurred_on`` is the legal date of the step."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    actor: Mapped[str] = mapped_column(String(100))
    text: Mapped[str | None] = mapped_column(Text)  # the reason, the note, how identity was checked
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    case: Mapped[Case] = relationship(back_populates="events")


class Document(Base):
    """A file received or produced for a case, kept in the document store with its SHA-256."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # received, mandate, produced
    filename: Mapped[str] = mapped_column(String(255))
    stored_as: Mapped[str] = mapped_column(String(500))  # relative to the document store
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(100))

    case: Mapped[Case] = relationship(back_populates="documents")


class ReferenceCounter(Base):
    """The last number given per year, for references DR-YYYY-NNNN."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class Setting(Base):
    """Settings shared by every user of the case base (JSON values)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100))


class AuditEntry(Base):
    """One line of the journal; ``hash`` covers the line and the previous line's hash."""

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    case_reference: Mapped[str | None] = mapped_column(String(20), index=True)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class JournalHead(Base):
    """The single row that serialises appends to the journal and remembers its last link."""

    __tablename__ = "journal_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


# -- Gathering a person's data from the company's systems ---------------------------------


class SourceState(Base):
    """Where one source stands for one case: answered, failed (why), skipped (why), awaiting."""

    __tablename__ = "source_states"
    __table_args__ = (UniqueConstraint("case_id", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))  # answered, failed, skipped, awaiting
    message: Mapped[str | None] = mapped_column(Text)  # the failure, the skip reason, the task
    records: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    updated_by: Mapped[str] = mapped_column(String(100))


class Finding(Base):
    """One record of one system tied to the person, with how it was tied and the DPO's review.

    Kept across gatherings: the same record found again keeps its review unless its content
    changed; a record no longer found is marked ``gone`` rather than deleted.
    """

    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("case_id", "source_id", "table_name", "record_key"),
        Index("ix_findings_case_source", "case_id", "source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    source_id: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(128))
    record_key: Mapped[str] = mapped_column(String(500))
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # name, value, category
    matched_on: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # kind, value, field, via
    match: Mapped[str] = mapped_column(String(20))  # the strongest MatchHow
    retention: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # rule, ends_on, exceeded
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the fields
    change: Mapped[str] = mapped_column(String(10))  # new, changed, same, gone
    included: Mapped[bool] = mapped_column(Boolean)
    exclusion_reason: Mapped[str | None] = mapped_column(Text)
    # Why the DPO included a record tied by the name alone (never included by default).
    inclusion_reason: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))  # None: the default stands
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    found_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, last gathering that saw it


class ReviewSnapshotRow(Base):
    """The reviewed result frozen as canonical JSON with its SHA-256 (what may leave)."""

    __tablename__ = "review_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    created_by: Mapped[str] = mapped_column(String(100))
    complete: Mapped[bool] = mapped_column(Boolean)  # every source answered or skipped
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed as stored


# -- Carrying rights out in the company's systems ------------------------------------------------


class Execution(Base):
    """One right carried out (erasure, rectification, restriction, objection): its plan, as
    previewed and frozen with its SHA-256, then what was done per source and the verification."""

    __tablename__ = "executions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    right: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))  # planned, applied, partly, failed, verified
    plan: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed as stored
    plan_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    created_by: Mapped[str] = mapped_column(String(100))
    applied_at: Mapped[datetime | None] = mapped_column(DateTime)
    applied_by: Mapped[str | None] = mapped_column(String(100))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # per source: counts, hashes
    verification: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # what remains, if any


class Task(Base):
    """Work for someone outside the program: a source that cannot be written (a file, a
    processor, paper archives), or a recipient to notify (Art. 19); tracked to its answer."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    execution_id: Mapped[int | None] = mapped_column(
        ForeignKey("executions.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(30))  # erase, rectify, restrict, notify (Art. 19)
    target: Mapped[str] = mapped_column(String(100))  # a source id, or a register recipient id
    description: Mapped[str] = mapped_column(Text)  # what is asked, in words
    status: Mapped[str] = mapped_column(String(20))  # open, sent, done, acknowledged, cancelled
    answer: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100))
    # An owner's task: the day its answer is due (setting, 10 days), the last reminder made.
    due_on: Mapped[date | None] = mapped_column(Date)
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC


class Suppression(Base):
    """Do not contact for marketing (Art. 21(3)): kept for a period (setting, 3 years)."""

    __tablename__ = "suppressions"
    __table_args__ = (UniqueConstraint("kind", "normalized"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # email, phone, customer_no, contract_no
    normalized: Mapped[str] = mapped_column(String(200))
    case_reference: Mapped[str] = mapped_column(String(20))
    added_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date, index=True)
    added_by: Mapped[str] = mapped_column(String(100))


class Purge(Base):
    """What a minimisation purge removed from the case base, and what it kept as proof."""

    __tablename__ = "purges"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_reference: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # gathered_data, closed_case
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    by: Mapped[str] = mapped_column(String(100))
    kept: Mapped[dict[str, Any]] = mapped_column(JSON)  # counts, hashes, decisions: the proof
