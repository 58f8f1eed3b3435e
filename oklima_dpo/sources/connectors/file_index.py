"""The cached index of a file source (spreadsheet, mail archive), shared by their connectors.

A file is read once: its rows go into a SQLite file under the cache folder, with a table of
(field, kind, normalised value, row) for the identity fields and for the identifiers that
free-text fields mention. A look-up is then an indexed query, in this process and in the
next ones (each CLI run is a new process). The cache is keyed by the file's size and
modification time (a folder: every file's) and named after the file's absolute path and the
catalogue's description of the source, so a change of either gives a new index.

The index is written under a temporary name and renamed into place: a crash leaves the old
index or none, never half of one; an unreadable index is rebuilt.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import sqlite3
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ...domain.catalogue import Catalogue, SourceSpec, TableSpec
from ...domain.french import typography
from ...domain.identity import IdentifierKind, normalise
from ..matching import mentions
from .base import Record, SourceFailure, source_failure
from .locations import file_of

__all__ = ["FileIndex", "IndexWriter", "IndexedFileConnector", "file_signature"]

#: Raised when the layout or the normalisation changes: older caches are then rebuilt.
INDEX_VERSION = 3
_BATCH = 5000
_CHUNK = 400


def file_signature(path: Path) -> str:
    """What says a file is unchanged: its size and modification time."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


# -- Writing ---------------------------------------------------------------------------


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


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$datetime" in obj:
            return datetime.fromisoformat(obj["$datetime"])
        if "$date" in obj:
            return date.fromisoformat(obj["$date"])
    return obj


# -- Reading ---------------------------------------------------------------------------


class FileIndex:
    """An index ready for look-ups; ``built`` says whether this opening read the file."""

    def __init__(self, path: Path, built: bool, remove_on_close: bool = False) -> None:
        self.path = path
        self.built = built
        self._remove_on_close = remove_on_close
        self._connection = _open_read_only(path)
        meta = dict(self._connection.execute("SELECT name, value FROM meta").fetchall())
        self.slots = {
            (table, field, kind): slot
            for slot, table, field, kind in self._connection.execute("SELECT * FROM slots")
        }
        self.fields: dict[str, list[str]] = json.loads(meta["fields"])
        self.signature: str = meta["signature"]
        self.rows = int(meta["rows"])
        self.skipped = int(meta["skipped"])
        self.problems: list[str] = json.loads(meta["problems"])
        self.missing_tables: list[str] = json.loads(meta["missing_tables"])
        self.missing_columns: dict[str, list[str]] = json.loads(meta["missing_columns"])

    def find(
        self, table: str, field: str, kind: IdentifierKind, values: Sequence[str]
    ) -> list[Record]:
        slot = self.slots.get((table, field, kind.value))
        if slot is None:
            return []  # no record of the file holds such an identifier there
        names = self.fields[table]
        wanted = sorted(set(values))
        found: dict[int, Record] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            query = (
                "SELECT id, key, vals FROM rows WHERE id IN "
                f"(SELECT row_id FROM terms WHERE slot = ? AND value IN ({marks}))"
            )
            for row_id, key, vals in self._connection.execute(query, (slot, *chunk)):
                stored = json.loads(vals, object_hook=_decode)
                found[row_id] = Record(table, key, dict(zip(names, stored, strict=True)))
        return [found[row_id] for row_id in sorted(found)]

    def records(self, table: str) -> list[Record]:
        """Every record of ``table`` in file order (a mailing list is used whole)."""
        names = self.fields.get(table, [])
        rows = self._connection.execute(
            "SELECT key, vals FROM rows WHERE tbl = ? ORDER BY id", (table,)
        )
        return [
            Record(table, key, dict(zip(names, json.loads(vals, object_hook=_decode), strict=True)))
            for key, vals in rows
        ]

    def close(self) -> None:
        self._connection.close()
        if self._remove_on_close:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(
        f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, check_same_thread=False
    )


def _usable(path: Path, signature: str) -> bool:
    """Whether the cache at ``path`` is a complete index of the file as it is now."""
    if not path.is_file():
        return False
    try:
        connection = _open_read_only(path)
        try:
            meta = dict(connection.execute("SELECT name, value FROM meta").fetchall())
            connection.execute("SELECT count(*) FROM slots").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False  # corrupt or not an index: rebuilt
    return meta.get("version") == str(INDEX_VERSION) and meta.get("signature") == signature


# -- The connector of a file source ---------------------------------------------------


class IndexedFileConnector(ABC):
    """check/find/close of a file source; subclasses read the file into an :class:`IndexWriter`."""

    #: Says what kind of file a missing one is, in messages.
    what = "fichier"

    def __init__(self, catalogue: Catalogue, source_id: str, cache_dir: Path) -> None:
        self.source_id = source_id
        self.catalogue = catalogue
        self.spec: SourceSpec = catalogue.source(source_id)
        self.name = self.spec.name
        self.patterns = catalogue.patterns
        self.path = file_of(catalogue, source_id).resolve()
        self.cache_dir = Path(cache_dir)
        self._index: FileIndex | None = None

    # -- To implement ---------------------------------------------------------------------

    @abstractmethod
    def read(self, writer: IndexWriter) -> None:
        """Read the whole file (or folder) into ``writer``; raise :class:`SourceFailure`."""

    def signature(self) -> str:
        return file_signature(self.path)

    def exists(self) -> bool:
        return self.path.is_file()

    # -- Connector protocol ---------------------------------------------------------------

    def check(self) -> list[str]:
        index = self.index()
        problems = list(index.problems)
        if index.skipped:
            problems.append(self.skipped_message(index.skipped))
        return [typography(problem) for problem in problems]

    def skipped_message(self, count: int) -> str:
        return f"{count} enregistrement(s) illisible(s) ignoré(s)"

    def find(
        self, table: str, field: str, kind: IdentifierKind, values: Sequence[str]
    ) -> list[Record]:
        spec = self.spec.tables.get(table)
        if spec is None or field not in spec.fields:
            raise ValueError(f"{self.source_id}.{table}.{field} is not in the catalogue")
        field_spec = spec.fields[field]
        if kind is IdentifierKind.KEY:
            if field not in self.key_fields().get(table, ()):
                raise ValueError(f"{self.source_id}.{table}.{field} is no reference's target")
        elif field_spec.identifies != kind and kind not in field_spec.mentions:
            raise ValueError(f"{self.source_id}.{table}.{field} does not hold {kind}")
        wanted = [value for value in values if value]
        index = self.index()
        if table in index.missing_tables:
            raise self.failure(self.missing_table_message(table))
        if field in index.missing_columns.get(table, []):
            raise self.failure(self.missing_column_message(table, field))
        if not wanted:
            return []
        try:
            return index.find(table, field, kind, wanted)
        except sqlite3.DatabaseError:
            self.close()  # the cache was damaged after it was checked: read the file again
            return self.index(force=True).find(table, field, kind, wanted)

    def records(self, table: str) -> list[Record]:
        """Every record of ``table`` (not part of the protocol: file sources only)."""
        if table not in self.spec.tables:
            raise ValueError(f"{self.source_id}.{table} is not in the catalogue")
        index = self.index()
        if table in index.missing_tables:
            raise self.failure(self.missing_table_message(table))
        return index.records(table)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    # -- Messages -------------------------------------------------------------------------

    def failure(self, what: str) -> SourceFailure:
        return source_failure(self.name, what)

    def missing_table_message(self, table: str) -> str:
        return f"table « {table} » absente"

    def missing_column_message(self, table: str, column: str) -> str:
        return f"colonne « {column} » absente de « {table} »"

    # -- The index ------------------------------------------------------------------------

    def index(self, force: bool = False) -> FileIndex:
        """The index of the file as it is now, built when missing, stale or unreadable."""
        if self._index is not None and not force:
            return self._index
        if not self.exists():
            raise self.failure(f"{self.what} introuvable ({self.path})")
        try:
            signature = self.signature()
        except OSError as error:
            raise self.failure(f"{self.what} illisible ({self.path} : {error.strerror})") from None
        target = self.cache_path()
        if not force and _usable(target, signature):
            self._index = FileIndex(target, built=False)
        else:
            self._index = self._build(target, signature)
        return self._index

    def key_fields(self) -> dict[str, set[str]]:
        """Per table, the fields searched as keys: its key and the targets of references."""
        keys = {name: set(table.key) for name, table in self.spec.tables.items()}
        for source in self.catalogue.sources.values():
            for table in source.tables.values():
                for reference in table.references:
                    parts = reference.to.split(".")
                    if len(parts) == 3 and parts[0] == self.source_id and parts[1] in keys:
                        keys[parts[1]].add(parts[2])
        return keys

    def cache_path(self) -> Path:
        """One cache file per file and description: the path, tables, fields and patterns."""
        description = json.dumps(
            {
                "version": INDEX_VERSION,
                "kind": type(self).__name__,
                "path": str(self.path),
                "spec": _description(self.spec),
                "patterns": {kind.value: p.pattern for kind, p in self.patterns.items()},
                "keys": {name: sorted(fields) for name, fields in self.key_fields().items()},
            },
            sort_keys=True,
        )
        digest = hashlib.sha256(description.encode()).hexdigest()[:32]
        return self.cache_dir / f"index-{digest}.sqlite"

    def _build(self, target: Path, signature: str) -> FileIndex:
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=self.cache_dir)
        except OSError as error:
            raise self.failure(
                f"dossier de cache inutilisable ({self.cache_dir} : {error.strerror})"
            ) from None
        os.close(handle)
        temporary = Path(name)
        try:
            self._write(temporary, signature)
            try:
                os.replace(temporary, target)
            except PermissionError:
                # Windows: another process has the old index open. Use ours for this run.
                return FileIndex(temporary, built=True, remove_on_close=True)
            return FileIndex(target, built=True)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise

    def _write(self, path: Path, signature: str) -> None:
        connection = sqlite3.connect(path)
        try:
            # A temporary file renamed when complete: no journal is needed while writing.
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
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
            writer = IndexWriter(connection, self.spec.tables, self.patterns, self.key_fields())
            self.read(writer)
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
                "source": str(self.path),
                "rows": str(writer.rows),
                "skipped": str(writer.skipped),
                "problems": json.dumps(writer.problems, ensure_ascii=False),
                "missing_tables": json.dumps(writer.missing_tables),
                "missing_columns": json.dumps(writer.missing_columns),
                "fields": json.dumps(
                    {name: list(table.fields) for name, table in self.spec.tables.items()}
                ),
            }
            connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            connection.commit()
        finally:
            connection.close()
        with open(path, "rb+") as written:
            os.fsync(written.fileno())


def _description(spec: SourceSpec) -> object:
    """What of a source the index depends on (its tables and connection), as plain JSON."""

    def plain(value: object) -> object:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, Mapping):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, (tuple, list)):
            return [plain(v) for v in value]
        return value

    return {"tables": plain(spec.tables), "connection": plain(spec.connection)}
