"""A SQLite case base read with the standard library alone, for the desktop program's start-up.

Importing SQLAlchemy and building its mappers takes longer than showing the window; these few
reads let the program check the case base and show its first screenful before that. They only
read, they never create a file, and anything unusual (no file yet, another schema revision, a
file that is not a case base) is left to ``migrate.open_store``, which explains it. The queries
are those of ``store.repositories.queue``, written out; a test checks that both give the same queue.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from .database import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    environment_problem,
    parse_target,
    sqlcipher_connect,
)

#: A row of ``QueueQueries.summaries`` (store) as a plain tuple, in the same order and with the same
#: Python types: reference, display_name, folded_name, received_on, status, channel, assignee,
#: first_due_on, due_on, extended, suspended_days, clock_stopped_since, rights.
SummaryRow = tuple[Any, ...]


def _connect(path: Path) -> sqlite3.Connection:
    # mode=rw: never creates the file. Read-only mode is not used: it cannot open a WAL
    # database whose shared-memory file does not exist yet.
    connection = sqlite3.connect(
        f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return connection


def schema_revision(path: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision of an existing SQLite case base (an encrypted one with its key);
    None for anything else (a missing or empty file, not SQLite, no migration history,
    unreadable, a wrong key): then the full opening decides, with its messages."""
    unreadable: tuple[type[Exception], ...] = (
        OSError,
        sqlite3.Error,
        *_sqlcipher_errors(key, everything=True),
    )
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
        if (header != SQLITE_HEADER) != (key is not None) or not header:
            return None
        connection = _connect(path) if key is None else sqlcipher_connect(path, key)
        with closing(connection):
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except unreadable:
        return None
    return str(row[0]) if row else None


def read_settings(path: Path, keys: Iterable[str], key: bytes | None = None) -> dict[str, object]:
    """The stored values of ``keys`` (see :meth:`Reader.settings`)."""
    with reading(path, key) as reader:
        return reader.settings(keys)


@contextmanager
def reading(path: Path, key: bytes | None = None) -> Iterator[Reader]:
    """One read transaction on the case base (an encrypted one with its key): what is read
    together is consistent. An error of the environment (locked, unreadable) is told as the
    store tells it."""
    errors: tuple[type[Exception], ...] = (sqlite3.OperationalError, *_sqlcipher_errors(key))
    try:
        connection = _connect(path) if key is None else sqlcipher_connect(path, key)
        with closing(connection):
            connection.execute("BEGIN")
            try:
                yield Reader(connection)
            finally:
                connection.rollback()
    except errors as error:
        problem = environment_problem(str(error), parse_target(path))
        if problem is None:
            raise  # not the environment: a bug, for the crash path
        raise problem from error


def _sqlcipher_errors(
    key: bytes | None, *, everything: bool = False
) -> tuple[type[Exception], ...]:
    """SQLCipher's own error classes (not sqlite3's): its operational errors, or all of them."""
    if key is None:
        return ()
    from sqlcipher3 import dbapi2

    return (dbapi2.Error,) if everything else (dbapi2.OperationalError,)


_SUMMARY = """
SELECT cases.reference, persons.display_name, persons.folded_name, cases.received_on,
       cases.status, cases.channel, cases.assignee, cases.first_due_on, cases.due_on,
       cases.extended, cases.suspended_days, cases.clock_stopped_since,
       (SELECT group_concat(case_rights."right", ',') FROM case_rights
        WHERE case_rights.case_id = cases.id) AS rights
FROM cases JOIN persons ON persons.case_id = cases.id
"""


class _Days(dict[str | None, date | None]):
    """ISO text → date, each parsed once (a dictionary lookup costs less than a call)."""

    def __missing__(self, text: str | None) -> date | None:
        day = self[text] = None if text is None else date.fromisoformat(text)
        return day


class Reader:
    """The reads of :func:`reading`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def settings(self, keys: Iterable[str]) -> dict[str, object]:
        """The stored values of ``keys``, JSON decoded (SQL NULL as None); absent keys are
        left out."""
        wanted = list(keys)
        rows = self._connection.execute(
            f"SELECT key, value FROM settings WHERE key IN ({self._marks(wanted)})", wanted
        ).fetchall()
        return {key: None if value is None else json.loads(value) for key, value in rows}

    def summary_rows(self, statuses: Collection[str]) -> list[SummaryRow]:
        """Every case among ``statuses`` (all when empty), in no order: sorting a hundred
        thousand rows costs SQLite several times what it costs Python."""
        # The ids from the status index first: SQLite then reads the cases in the order they
        # are stored rather than jumping about the file (twice as fast at 100,000 cases).
        where = [f"cases.id IN (SELECT id FROM cases WHERE status IN ({self._marks(statuses)}))"]
        return self._rows(where if statuses else [], list(statuses), "")

    def soonest_summary_rows(self, statuses: Collection[str], limit: int) -> list[SummaryRow]:
        """The rows ``services.cases.list_cases`` reads for its first ``limit`` cases among
        ``statuses`` (all when empty): the first running clocks by cached deadline, and the
        stopped ones whose cached date is not after the last of those (see
        ``cases._soonest_rows``)."""
        base, values = self._status_condition(statuses), list[object](statuses)
        order = "ORDER BY cases.due_on, cases.reference LIMIT ?"
        running = self._rows([*base, "cases.clock_stopped_since IS NULL"], [*values, limit], order)
        stopped_where = [*base, "cases.clock_stopped_since IS NOT NULL"]
        if len(running) == limit:
            stopped_where.append("cases.due_on <= ?")
            values.append(running[-1][8].isoformat())
        return [*running, *self._rows(stopped_where, values, "")]

    @staticmethod
    def _marks(values: Collection[object]) -> str:
        return ",".join("?" * len(values))

    @classmethod
    def _status_condition(cls, statuses: Collection[str]) -> list[str]:
        return [f"cases.status IN ({cls._marks(statuses)})"] if statuses else []

    def _rows(
        self, conditions: list[str], parameters: list[object], order: str
    ) -> list[SummaryRow]:
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        cursor = self._connection.execute(f"{_SUMMARY} {where} {order}", parameters)
        day = _Days()  # dates are ISO text; each is parsed once, most cases share theirs
        return [
            (
                r[0],
                r[1],
                r[2],
                day[r[3]],
                r[4],
                r[5],
                r[6],
                day[r[7]],
                day[r[8]],
                bool(r[9]),
                r[10],
                day[r[11]],
                r[12],
            )
            for r in cursor
        ]
