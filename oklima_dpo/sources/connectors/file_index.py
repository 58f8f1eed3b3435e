"""The cached index of a file source (spreadsheet, mail archive), for look-ups.

A file is read once into a SQLite file under the cache folder (:mod:`.index_writer`); a
look-up is then an indexed query, in this process and in the next ones (each CLI run is a new
process). :func:`is_current` says whether a cache is a complete index of the file as it is
now: of this layout (:data:`INDEX_VERSION`) and of the file's size and modification time.
A sealed index (:mod:`.index_seal`) is opened in memory from its bytes (:func:`in_memory`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ...domain.identity import IdentifierKind
from .base import Record

__all__ = ["INDEX_VERSION", "FileIndex", "holds_current", "in_memory", "is_current"]

#: Raised when the layout or the normalisation changes: older caches are then rebuilt.
INDEX_VERSION = 3
_CHUNK = 400


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$datetime" in obj:
            return datetime.fromisoformat(obj["$datetime"])
        if "$date" in obj:
            return date.fromisoformat(obj["$date"])
    return obj


class FileIndex:
    """An index ready for look-ups; ``built`` says whether this opening read the file."""

    def __init__(
        self,
        path: Path,
        built: bool,
        remove_on_close: bool = False,
        connection: sqlite3.Connection | None = None,
    ) -> None:
        """The index in the file ``path``, or in ``connection`` (in memory) when given."""
        self.path = path
        self.built = built
        self._remove_on_close = remove_on_close
        self._connection = connection or _open_read_only(path)
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


def in_memory(data: bytes) -> sqlite3.Connection:
    """A read-only connection to the SQLite image ``data``, which never touches a file."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.deserialize(data)
        connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def is_current(path: Path, signature: str) -> bool:
    """Whether the cache at ``path`` is a complete index of the file as it is now."""
    if not path.is_file():
        return False
    try:
        connection = _open_read_only(path)
    except sqlite3.DatabaseError:
        return False
    try:
        return holds_current(connection, signature)
    finally:
        connection.close()


def holds_current(connection: sqlite3.Connection, signature: str) -> bool:
    """Whether ``connection`` holds a complete index of the file as it is now."""
    try:
        meta = dict(connection.execute("SELECT name, value FROM meta").fetchall())
        connection.execute("SELECT count(*) FROM slots").fetchone()
    except sqlite3.DatabaseError:
        return False  # corrupt or not an index: rebuilt
    return meta.get("version") == str(INDEX_VERSION) and meta.get("signature") == signature
