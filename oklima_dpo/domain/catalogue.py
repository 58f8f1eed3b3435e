"""The source catalogue: which company systems hold personal data, and how to search them.

Plain values, loaded from the YAML file kept by IT and the DPO by ``config.catalogue_file``
(which checks it against the register). Each source has a kind, a connection (secrets only as
references to the OS keyring), an owner, the register activities it serves, a time-out, and
its tables (sheets, a mailbox) with each field's data category, which fields identify a
person, the references followed from table to table, the retention rule of its records, and
what may be written when a right is carried out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .identity import IdentifierKind, normalise
from .values import ValueFormat

__all__ = [
    "MAIL_FIELDS",
    "Catalogue",
    "Connection",
    "EraseMethod",
    "FieldSpec",
    "KeyringRef",
    "Owner",
    "ReferenceSpec",
    "RetentionRef",
    "SourceSpec",
    "SystemKind",
    "TableSpec",
    "WriteSpec",
]


class SystemKind(StrEnum):
    """How a company system is read (its connector), or that it is searched by hand."""

    SQL = "sql"
    SPREADSHEET = "spreadsheet"
    MAIL = "mail"
    MANUAL = "manual"


#: What a mail source exposes of each message, whatever the archive's format.
MAIL_FIELDS = ("message_id", "date", "from", "to", "cc", "subject", "body")


class EraseMethod(StrEnum):
    DELETE = "delete"  # the row goes
    EMPTY = "empty"  # the fields named are emptied
    PSEUDONYMISE = "pseudonymise"  # the fields named are replaced by a stable pseudonym


@dataclass(frozen=True, slots=True)
class Owner:
    team: str
    contact: str

    def __str__(self) -> str:
        return f"{self.team} ({self.contact})"


@dataclass(frozen=True, slots=True)
class KeyringRef:
    """Where a password is kept in the OS keyring (never in the file)."""

    service: str
    username: str


@dataclass(frozen=True, slots=True)
class Connection:
    url: str | None = None  # sql: any SQLAlchemy URL, without its password
    path: str | None = None  # spreadsheet, mail: relative to the catalogue's folder
    password_keyring: KeyringRef | None = None
    encoding: str | None = None  # csv: detected when not given
    delimiter: str | None = None


@dataclass(frozen=True, slots=True)
class FieldSpec:
    category: str  # a data category of the register
    identifies: IdentifierKind | None = None
    mentions: tuple[IdentifierKind, ...] = ()  # free text searched for these identifiers
    label: str | None = None  # readable name in letters and annexes
    codes: Mapping[str, str] = field(default_factory=dict)  # stored code → what it means
    format: ValueFormat = ValueFormat.TEXT  # how a person reads the value (domain.values)
    origins: Mapping[str, str] = field(default_factory=dict)  # value → register source id


@dataclass(frozen=True, slots=True)
class RetentionRef:
    """A record's retention: a register rule, running from the date held in one field."""

    rule: str
    from_: str


@dataclass(frozen=True, slots=True)
class ReferenceSpec:
    """A value of ``field`` leads to the records whose ``to`` (``source.table.field``) equals it."""

    field: str
    to: str


@dataclass(frozen=True, slots=True)
class WriteSpec:
    """What may be written in a SQL table when a right is carried out."""

    erase: EraseMethod | None = None  # how a record is erased; None: it cannot be
    erase_fields: tuple[str, ...] = ()  # emptied or pseudonymised (empty / pseudonymise)
    correctable: tuple[str, ...] = ()  # the fields a rectification may change
    restriction_field: str | None = None  # set to true when processing is restricted
    optout_field: str | None = None  # set to true on an objection to marketing
    consent_field: str | None = None  # set to false when consent is withdrawn


@dataclass(frozen=True, slots=True)
class TableSpec:
    fields: Mapping[str, FieldSpec]
    label: str | None = None
    writes: WriteSpec | None = None
    key: tuple[str, ...] = ()  # spreadsheets: the row number when empty
    retention: RetentionRef | None = None
    references: tuple[ReferenceSpec, ...] = ()
    collected_from: tuple[str, ...] = ()  # register source ids: how its records came in

    def origins_of(self, values: Mapping[str, Any]) -> tuple[str, ...]:
        """Where this record came from (Art. 15(1)(g)): the source a field of the record names
        (« Origine de l’inscription : partenaire »), else the table's; empty: not recorded."""
        for name, spec in self.fields.items():
            named = spec.origins.get(str(values.get(name, "")))
            if named:
                return (named,)
        return self.collected_from

    def identity_fields(self) -> Iterator[tuple[str, IdentifierKind]]:
        for name, spec in self.fields.items():
            if spec.identifies is not None:
                yield name, spec.identifies

    def mention_fields(self) -> Iterator[tuple[str, frozenset[IdentifierKind]]]:
        for name, spec in self.fields.items():
            if spec.mentions:
                yield name, frozenset(spec.mentions)

    def strong_identifiers(self, values: Mapping[str, Any]) -> Iterator[tuple[IdentifierKind, str]]:
        """(kind, normalised value) of what a record's strong identity fields hold (e-mail,
        phone, customer and contract numbers); empty and malformed values left out."""
        for name, kind in self.identity_fields():
            if kind.is_strong and (value := normalise(kind, values.get(name))) is not None:
                yield kind, value


@dataclass(frozen=True, slots=True)
class SourceSpec:
    name: str
    kind: SystemKind
    owner: Owner
    activities: tuple[str, ...]  # ids of the register's activities it serves
    timeout: float = 30  # seconds
    connection: Connection | None = None
    tables: Mapping[str, TableSpec] = field(default_factory=dict)
    task: str | None = None  # manual: what the owner is asked to look for

    @property
    def writable_kind(self) -> bool:
        """Only SQL sources are written by the program; the others get tasks."""
        return self.kind is SystemKind.SQL


@dataclass(frozen=True)
class Catalogue:
    path: Path  # the file it was read from: relative paths of sources start beside it
    sources: Mapping[str, SourceSpec]
    patterns: Mapping[IdentifierKind, re.Pattern[str]] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.path.parent

    def source(self, source_id: str) -> SourceSpec:
        return self.sources[source_id]

    def table(self, source_id: str, table_name: str) -> TableSpec | None:
        """The table of a source, or None when either is unknown (a stale record)."""
        spec = self.sources.get(source_id)
        return spec.tables.get(table_name) if spec is not None else None

    def identifiers_held(
        self, source_id: str, table_name: str, values: Mapping[str, Any]
    ) -> list[tuple[IdentifierKind, str]]:
        """The strong identifiers a record of ``source_id.table_name`` holds (normalised);
        none when the table is unknown to the catalogue."""
        table = self.table(source_id, table_name)
        return list(table.strong_identifiers(values)) if table is not None else []

    def source_name(self, source_id: str) -> str:
        spec = self.sources.get(source_id)
        return spec.name if spec is not None else source_id
