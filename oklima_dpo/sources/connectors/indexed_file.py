"""The connector of a file source (spreadsheet, mail archive): check and find through the
file's cached index, built when missing, stale or unreadable.

The cache is keyed by the file's size and modification time (a folder: every file's) and named
after the file's absolute path and the catalogue's description of the source, so a change of
either gives a new index. The index is written under a temporary name and renamed into place:
a crash leaves the old index or none, never half of one; an unreadable index is rebuilt.
Beside an encrypted case base the index is sealed (:mod:`.index_seal`): built in memory, kept
sealed, read back into memory; one that does not open is rebuilt, never used.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sqlite3
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path

from ...domain.catalogue import Catalogue, SourceSpec
from ...domain.french import typography
from ...domain.identity import IdentifierKind
from ...paths import private_dir
from .base import Record, SourceFailure, source_failure
from .file_index import INDEX_VERSION, FileIndex, holds_current, in_memory, is_current
from .index_seal import SEALED_SUFFIX, IndexSeal
from .index_writer import IndexWriter, index_in_memory, write_index
from .locations import file_of

__all__ = ["IndexedFileConnector", "file_signature"]


def file_signature(path: Path) -> str:
    """What says a file is unchanged: its size and modification time."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


class IndexedFileConnector(ABC):
    """check/find/close of a file source; subclasses read the file into an :class:`IndexWriter`."""

    #: Says what kind of file a missing one is, in messages.
    what = "fichier"

    def __init__(
        self,
        catalogue: Catalogue,
        source_id: str,
        cache_dir: Path,
        seal: IndexSeal | None = None,
    ) -> None:
        """``seal``: how the index is kept sealed (an encrypted case base); None: in clear."""
        self.source_id = source_id
        self.catalogue = catalogue
        self.spec: SourceSpec = catalogue.source(source_id)
        self.name = self.spec.name
        self.patterns = catalogue.patterns
        self.path = file_of(catalogue, source_id).resolve()
        self.cache_dir = Path(cache_dir)
        self.seal = seal
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
        if self.seal is not None:
            self._index = (None if force else self._unsealed(target, signature)) or (
                self._build_sealed(target, signature)
            )
        elif not force and is_current(target, signature):
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
        suffix = ".sqlite" if self.seal is None else SEALED_SUFFIX
        return self.cache_dir / f"index-{digest}{suffix}"

    def _unsealed(self, target: Path, signature: str) -> FileIndex | None:
        """The sealed index in memory when it opens and is current; else None (rebuilt)."""
        assert self.seal is not None
        data = self.seal.read(target)
        if data is None:
            return None
        try:
            connection = in_memory(data)
        except sqlite3.DatabaseError:
            return None
        if not holds_current(connection, signature):
            connection.close()
            return None
        return FileIndex(target, built=False, connection=connection)

    def _build_sealed(self, target: Path, signature: str) -> FileIndex:
        """Read the file into an index in memory, then keep it sealed for the next runs; a
        cache that refuses the write costs only the next run's reading of the file."""
        assert self.seal is not None
        try:
            private_dir(self.cache_dir)  # a copy of everyone in the file: its owner's only
        except OSError as error:
            raise self.failure(
                f"dossier de cache inutilisable ({self.cache_dir} : {error.strerror})"
            ) from None
        connection = index_in_memory(
            signature, self.path, self.spec.tables, self.patterns, self.key_fields(), self.read
        )
        with contextlib.suppress(OSError):  # refused: this run uses the index in memory
            self.seal.write(target, connection.serialize())
        return FileIndex(target, built=True, connection=connection)

    def _build(self, target: Path, signature: str) -> FileIndex:
        try:
            private_dir(self.cache_dir)  # a copy of everyone in the file: its owner's only
            handle, name = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=self.cache_dir)
        except OSError as error:
            raise self.failure(
                f"dossier de cache inutilisable ({self.cache_dir} : {error.strerror})"
            ) from None
        os.close(handle)
        temporary = Path(name)
        try:
            write_index(
                temporary,
                signature,
                self.path,
                self.spec.tables,
                self.patterns,
                self.key_fields(),
                self.read,
            )
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
