"""Reaching a SQL source of the catalogue (any SQLAlchemy URL), for the connector that reads
it and for the writers of ``actions/`` that carry a right out in it.

The password comes from the OS keyring; a driver's error becomes a :class:`SourceFailure` a DPO
can read. A PostgreSQL schema other than ``public`` is chosen in the URL
(``?options=-csearch_path%3Dcrm``): table names in the catalogue are plain names.
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import keyring
from keyring.errors import KeyringError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from ...domain.catalogue import Catalogue, SourceSpec
from .base import SourceFailure, source_failure
from .locations import url_of


class SqlAccess:
    """How one SQL source of the catalogue is reached: its URL, the password from the OS
    keyring, its time-out, and driver errors as a :class:`SourceFailure` a DPO can read.

    Read-only by default: a SQLite file is opened with ``mode=ro`` and ``query_only``, a
    PostgreSQL session is ``READ ONLY``. ``writable=True`` is for carrying out a right
    (``actions/``): a missing SQLite file is still never created, and on SQLite each
    transaction starts with ``BEGIN IMMEDIATE`` so that what is read before writing is what
    gets written.
    """

    def __init__(self, catalogue: Catalogue, source_id: str, *, writable: bool = False) -> None:
        self.source_id = source_id
        self.spec: SourceSpec = catalogue.source(source_id)
        self.name = self.spec.name
        self.writable = writable
        self._url_text = url_of(catalogue, source_id)
        self._password: str | None = None
        self._engine: Engine | None = None
        self.deadline = math.inf  # set around a long query: SQLite is interrupted past it

    def engine(self) -> Engine:
        """The engine, made on first use (raises :class:`SourceFailure`)."""
        if self._engine is None:
            self._engine = self._make_engine()
        return self._engine

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _make_engine(self) -> Engine:
        try:
            url = make_url(self._url_text)
        except ArgumentError as error:
            raise self.failure(f"URL de connexion invalide ({error})") from None
        url = self._with_password(url)
        timeout = self.spec.timeout
        backend = url.get_backend_name()
        if backend == "sqlite":
            url = self._sqlite_file(url)
            engine = create_engine(
                url, connect_args={"timeout": timeout, "check_same_thread": False}
            )
            event.listen(engine, "connect", self._on_sqlite_connect)
            if self.writable:
                event.listen(engine, "begin", _begin_immediate)
            return engine
        connect_args: dict[str, Any] = {}
        if backend == "postgresql":
            connect_args["connect_timeout"] = max(2, math.ceil(timeout))
        try:
            engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
        except (NoSuchModuleError, ImportError) as error:
            raise self.failure(f"pilote de base non installé ({error})") from None
        if backend == "postgresql":
            event.listen(engine, "connect", self._on_postgresql_connect)
        return engine

    def _with_password(self, url: URL) -> URL:
        connection = self.spec.connection
        if connection is None or connection.password_keyring is None:
            return url
        ref = connection.password_keyring
        try:
            password = keyring.get_password(ref.service, ref.username)
        except KeyringError as error:
            raise self.failure(f"trousseau du système inaccessible ({error})") from None
        if password is None:
            raise self.failure(
                f"mot de passe absent du trousseau du système (service « {ref.service} », "
                f"utilisateur « {ref.username} »)"
            )
        self._password = password
        if url.username is None:
            url = url.set(username=ref.username)
        return url.set(password=password)

    def _sqlite_file(self, url: URL) -> URL:
        database = url.database or ""
        if database in ("", ":memory:") or database.startswith("file:"):
            return url
        path = Path(database)
        if not path.is_file():
            raise self.failure(f"fichier introuvable ({path})")
        # A URI in mode ro (read) or rw (write): a missing file is never created.
        mode = "rw" if self.writable else "ro"
        return url.set(
            database=f"file:{quote(str(path.resolve()))}",
            query={**url.query, "mode": mode, "uri": "true"},
        )

    def _on_sqlite_connect(self, dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Long queries are interrupted at the source's time-out (a lock wait is bounded by
        # the driver's ``timeout``).
        dbapi_connection.set_progress_handler(self._interrupt, 10_000)
        if self.writable:
            dbapi_connection.isolation_level = None  # transactions begin where we say
        else:
            dbapi_connection.execute("PRAGMA query_only = ON")

    def _interrupt(self) -> int:
        return 1 if time.monotonic() > self.deadline else 0

    def _on_postgresql_connect(self, dbapi_connection: Any, _record: Any) -> None:
        milliseconds = max(1, int(self.spec.timeout * 1000))
        cursor = dbapi_connection.cursor()
        if not self.writable:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cursor.execute(f"SET statement_timeout = {milliseconds}")
        cursor.close()
        dbapi_connection.commit()

    # -- Errors ---------------------------------------------------------------------------

    def failure(self, what: str) -> SourceFailure:
        if self._password:
            what = what.replace(self._password, "***")
        return source_failure(self.name, what)

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Driver errors as a :class:`SourceFailure` a DPO can read (no traceback)."""
        try:
            yield
        except (SQLAlchemyError, sqlite3.Error, OSError) as error:
            raise self.failure(_describe(error, self.spec.timeout)) from None


def _begin_immediate(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def column_name(columns: Mapping[str, Any], field: str, sqlite: bool) -> str | None:
    """The database's name of a catalogued column, or None when the table lacks it."""
    if field in columns:
        return field
    if sqlite:  # SQLite's names ignore case
        for name in columns:
            if name.casefold() == field.casefold():
                return name
    return None


def _describe(error: BaseException, timeout: float) -> str:
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).strip()
    first = text.splitlines()[0] if text else type(original).__name__
    if "FATAL:" in first:  # libpq: « connection to server at … failed: FATAL:  <reason> »
        first = " ".join(first.rsplit("FATAL:", 1)[1].split())
    lowered = text.casefold()
    state = getattr(getattr(original, "diag", None), "sqlstate", None) or getattr(
        original, "sqlstate", None
    )
    seconds = f"{timeout:g} s"
    if "database is locked" in lowered or "database table is locked" in lowered:
        return f"base verrouillée (toujours occupée après {seconds})"
    if lowered == "interrupted" or state == "57014" or "statement timeout" in lowered:
        return f"délai dépassé ({seconds})"
    if "file is not a database" in lowered:
        return "le fichier n’est pas une base SQLite"
    if "unable to open database file" in lowered:
        return "fichier illisible"
    if state in ("28P01", "28000") or "authentication failed" in lowered:
        return "identifiants refusés par le serveur"
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return f"base inconnue du serveur ({first})"
    if "role" in lowered and "does not exist" in lowered:
        return "identifiants refusés par le serveur (utilisateur inconnu)"
    if "connection" in lowered and any(
        word in lowered for word in ("refused", "failed", "timeout", "could not", "unreachable")
    ):
        return f"serveur injoignable ({first})"
    return f"erreur de la base ({first})"
