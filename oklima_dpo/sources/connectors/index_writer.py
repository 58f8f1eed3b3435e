"""Building the index of a file source: every record, and a table of (field, kind,
normalised value, record) for the identity fields, the fields other sources' references lead
to, and the identifiers that free-text fields mention.

The index is written into a new file (the connector renames it into place when complete), with
no journal, or into memory (to be sealed: :mod:`.index_seal`); its layout is
:mod:`.file_index`'s, which reads it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...domain.catalogue import TableSpec
from ...domain.identity import IdentifierKind, normalise
from ..matching import mentions
from .file_index import INDEX_VERSION

_BATCH = 5000


class IndexWriter:
    """What a reader gives its rows and problems to while the index is built."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        tables: Mapping[str, TableSpec],
        patterns: Mapping[IdentifierKind, Any],
        keys: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._connection = connection
        self._patterns = patterns
        self._identity = {name: dict(table.identity_fields()) for name, table in tables.items()}
        # Fields other sources' references lead to, searched as exact text (IdentifierKind.KEY).
        self._keys = {name: sorted((keys or {}).get(name, ())) for name in tables}
        self._mentions = {name: dict(table.mention_fields()) for name, table in tables.items()}
        self._order = {name: list(table.fields) for name, table in tables.items()}
        # (table, field, kind) → a small number, so that each term stores an integer.
        self.slots: dict[tuple[str, str, str], int] = {}
        self._rows: list[tuple[int, str, str, str]] = []
        self._terms: list[tuple[int, str, int]] = []
        self._next_id = 1
        self.rows = 0
        self.skipped = 0
        self.problems: list[str] = []
        self.missing_tables: list[str] = []
        self.missing_columns: dict[str, list[str]] = {}

    def add(
        self,
        table: str,
        key: str,
        fields: dict[str, Any],
        identity: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """One record; ``identity`` gives a field's identifiers when they are several
        (the addresses of a ``to`` header), else the field's value is the identifier."""
        row_id = self._next_id
        self._next_id += 1
        terms: set[tuple[int, str]] = set()
        for field, kind in self._identity[table].items():
            raw = identity[field] if identity and field in identity else (fields.get(field),)
            for value in raw:
                normalised = _normalise(kind, value)
                if normalised is not None:
                    terms.add((self._slot(table, field, kind), normalised))
        for field in self._keys[table]:
            normalised = normalise(IdentifierKind.KEY, fields.get(field))
            if normalised is not None:
                terms.add((self._slot(table, field, IdentifierKind.KEY), normalised))
        for field, kinds in self._mentions[table].items():
            text = fields.get(field)
            if text:
                for kind, value in mentions(str(text), kinds, self._patterns):
                    terms.add((self._slot(table, field, kind), value))
        values = [fields.get(field) for field in self._order[table]]
        self._rows.append((row_id, table, key, json.dumps(values, default=_encode)))
        self._terms.extend((slot, value, row_id) for slot, value in terms)
        self.rows += 1
        if len(self._rows) >= _BATCH:
            self.flush()

    def _slot(self, table: str, field: str, kind: IdentifierKind) -> int:
        return self.slots.setdefault((table, field, kind.value), len(self.slots) + 1)

    def skip(self, count: int = 1) -> None:
        """A record that could not be read (a malformed message)."""
        self.skipped += count

    def missing_table(self, table: str, message: str) -> None:
        self.missing_tables.append(table)
        self.problems.append(message)

    def missing_column(self, table: str, column: str, message: str) -> None:
        self.missing_columns.setdefault(table, []).append(column)
        self.problems.append(message)

    def flush(self) -> None:
        self._connection.executemany("INSERT INTO rows VALUES (?, ?, ?, ?)", self._rows)
        self._connection.executemany("INSERT INTO temp.staging VALUES (?, ?, ?)", self._terms)
        self._rows.clear()
        self._terms.clear()


# Most stored phone numbers are French and written in one of these shapes; phonenumbers takes
# tens of microseconds a number, this takes one. For such a text normalise() gives this same
# value or, when the digits are not a valid number, None; a value no identifier can equal.
_FRENCH_PHONE = re.compile(r"(?:\+33|0033|0)[\s.-]?([1-9](?:[\s.-]?\d\d){4})")
_NOT_DIGIT = re.compile(r"\D")


def _normalise(kind: IdentifierKind, value: Any) -> str | None:
    if kind is IdentifierKind.PHONE and isinstance(value, str):
        found = _FRENCH_PHONE.fullmatch(value.strip())
        if found:
            return "+33" + _NOT_DIGIT.sub("", found.group(1))
    return normalise(kind, value)


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def write_index(
    path: Path,
    signature: str,
    source: Path,
    tables: Mapping[str, TableSpec],
    patterns: Mapping[IdentifierKind, Any],
    keys: Mapping[str, Iterable[str]],
    read: Callable[[IndexWriter], None],
) -> None:
    """Write the index of the file ``source`` into the new file ``path``: ``read`` gives the
    file's records to the writer; the tables and fields are the catalogue's."""
    connection = sqlite3.connect(path)
    try:
        # A temporary file renamed when complete: no journal is needed while writing.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        fill_index(connection, signature, source, tables, patterns, keys, read)
    finally:
        connection.close()
    with open(path, "rb+") as written:
        os.fsync(written.fileno())


def index_in_memory(
    signature: str,
    source: Path,
    tables: Mapping[str, TableSpec],
    patterns: Mapping[IdentifierKind, Any],
    keys: Mapping[str, Iterable[str]],
    read: Callable[[IndexWriter], None],
) -> sqlite3.Connection:
    """The index built in memory only: its temporary tables and sorts too (no file in clear
    under the system's temporary folder); the caller serializes it to seal it."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        connection.execute("PRAGMA temp_store = MEMORY")
        fill_index(connection, signature, source, tables, patterns, keys, read)
    except BaseException:
        connection.close()
        raise
    return connection


def fill_index(
    connection: sqlite3.Connection,
    signature: str,
    source: Path,
    tables: Mapping[str, TableSpec],
    patterns: Mapping[IdentifierKind, Any],
    keys: Mapping[str, Iterable[str]],
    read: Callable[[IndexWriter], None],
) -> None:
    """Create the index's tables in ``connection`` and fill them: ``read`` gives the file's
    records to the writer; the tables and fields are the catalogue's."""
    connection.executescript(
        """
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE rows (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL,
                           key TEXT NOT NULL, vals TEXT NOT NULL);
        CREATE TABLE slots (slot INTEGER PRIMARY KEY, tbl TEXT NOT NULL,
                            field TEXT NOT NULL, kind TEXT NOT NULL);
        CREATE TABLE terms (slot INTEGER NOT NULL, value TEXT NOT NULL,
                            row_id INTEGER NOT NULL,
                            PRIMARY KEY (slot, value, row_id)) WITHOUT ROWID;
        CREATE TEMP TABLE staging (slot INTEGER, value TEXT, row_id INTEGER);
        """
    )
    connection.execute("BEGIN")
    writer = IndexWriter(connection, tables, patterns, keys)
    read(writer)
    writer.flush()
    # Terms are gathered unsorted in a temporary table, then written in key order:
    # the index is built once, compactly, instead of growing row by row.
    connection.execute(
        "INSERT OR IGNORE INTO terms SELECT slot, value, row_id FROM temp.staging "
        "ORDER BY slot, value, row_id"
    )
    connection.execute("DROP TABLE temp.staging")
    connection.executemany(
        "INSERT INTO slots VALUES (?, ?, ?, ?)",
        [(slot, *name) for name, slot in writer.slots.items()],
    )
    meta = {
        "version": str(INDEX_VERSION),
        "signature": signature,
        "source": str(source),
        "rows": str(writer.rows),
        "skipped": str(writer.skipped),
        "problems": json.dumps(writer.problems, ensure_ascii=False),
        "missing_tables": json.dumps(writer.missing_tables),
        "missing_columns": json.dumps(writer.missing_columns),
        "fields": json.dumps({name: list(table.fields) for name, table in tables.items()}),
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    connection.commit()
