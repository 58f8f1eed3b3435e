"""Opening a case base: a SQLite file (the default) or any SQLAlchemy URL (PostgreSQL).

Before anything is written, the target is checked: a folder, a file that is not SQLite, or a
SQLite file that is not a case base is refused with a message, and left untouched.

SQLAlchemy is imported only when an engine is made: the desktop program shows its window and
first screenful of a SQLite case base before it needs SQLAlchemy (see ``quick``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CaseBaseError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    from .unit_of_work import UnitOfWork

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Target:
    """Where the case base lives: a SQLite file, or a server URL."""

    url: str
    sqlite_path: Path | None  # set for SQLite files
    key: bytes | None = field(default=None, repr=False)  # an encrypted (SQLCipher) file's
    # The journal's HMAC key, held with the base's key (an encrypted base's; else None: a
    # plain SHA-256 chain).
    journal_key: bytes | None = field(default=None, repr=False)

    @property
    def display(self) -> str:
        """For the status bar and messages: the path, or the URL without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def parse_target(text: str | Path) -> Target:
    """``--db`` takes a path or any SQLAlchemy URL."""
    raw = str(text)
    if "://" in raw:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(raw)
        except (ArgumentError, ValueError):
            raise CaseBaseError(f"Adresse de base de cas illisible : « {raw} ».") from None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Target(raw, Path(url.database).expanduser().absolute())
        return Target(raw, None)
    path = Path(raw).expanduser().absolute()
    return Target(f"sqlite:///{path}", path)


def check_sqlite_file(path: Path, *, encrypted: bool = False) -> None:
    """Refuse a folder, a missing parent folder, or a file that is not a SQLite database (an
    encrypted one has no readable header: its key proves it)."""
    if path.is_dir():
        raise CaseBaseError(f"« {path} » est un dossier, pas une base de cas.")
    if not path.parent.is_dir():
        raise CaseBaseError(f"Le dossier « {path.parent} » n’existe pas.")
    if not path.exists() or path.stat().st_size == 0 or encrypted:
        return
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise CaseBaseError(f"Impossible de lire « {path} » : {error.strerror}.") from None
    if header != SQLITE_HEADER:
        raise CaseBaseError(
            f"« {path} » n’est pas une base de cas (ce n’est pas un fichier SQLite, ni une base "
            f"chiffrée : son fichier de clé « {path.name}.cle » serait à côté)."
        )


def sqlite_tables(path: Path, key: bytes | None = None) -> set[str]:
    """The tables of a SQLite file, read without changing it (read-only URI); an encrypted
    one's with its key (a wrong key: « file is not a database »)."""
    if not path.exists() or path.stat().st_size == 0:
        return set()
    if key is not None:
        try:
            connection = sqlcipher_connect(path, key)
            try:
                rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
                return {name for (name,) in rows}
            finally:
                connection.close()
        except Exception as error:  # sqlcipher3's DatabaseError: a wrong key, a damaged file
            raise CaseBaseError(
                f"« {path} » ne s’ouvre pas avec sa clé (clé fausse, ou fichier endommagé) : "
                f"{error}."
            ) from None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            return {name for (name,) in rows}
    except sqlite3.DatabaseError as error:
        raise CaseBaseError(f"« {path} » est illisible ou endommagée : {error}.") from None


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlcipher_connect(path: Path, key: bytes) -> Any:
    """A DB-API connection to an encrypted case base (SQLCipher 4, AES-256), its raw key given
    as SQLCipher wants it (no second key derivation: the key is already random)."""
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _sqlcipher_engine(path: Path, key: bytes) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool
    from sqlcipher3 import dbapi2

    # The SQLite dialect on SQLCipher's DB-API module: its errors are the ones SQLAlchemy maps.
    # A pool of connections as for a SQLite file: "sqlite://" alone would mean an in-memory
    # database, whose pool keeps one connection per thread and closes the oldest when more
    # threads come (the workers, the backup) — under a query still running.
    engine = create_engine(
        "sqlite://",
        module=dbapi2,
        creator=lambda: sqlcipher_connect(path, key),
        poolclass=QueuePool,
        pool_size=4,  # the window's workers; each connection keeps its own page cache
        max_overflow=4,
    )
    event.listen(engine, "connect", _decrypted_page_cache)
    return engine


#: SQLCipher decrypts (and authenticates) each page it reads from the file: a plaintext base
#: leans on the OS's cache of the file, an encrypted one on SQLite's own cache of decrypted
#: pages, per connection. 128 MiB (filled only as pages are read) keeps the queue's and the
#: dashboard's pages of a 100,000-case base decrypted once per connection, not at every query.
ENCRYPTED_PAGE_CACHE_KIB = 131072


def _decrypted_page_cache(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA cache_size=-{ENCRYPTED_PAGE_CACHE_KIB}")


def make_engine(target: Target) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError

    if target.sqlite_path is not None and target.key is not None:
        engine = _sqlcipher_engine(target.sqlite_path, target.key)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if target.sqlite_path is not None:
        engine = create_engine(target.url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(target.url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as error:
        raise CaseBaseError(f"Base de cas « {target.display} » inutilisable : {error}.") from None


class Store:
    """The case base once open: hands out units of work.

    Made with an engine, or with a function that makes one (``deferred``): then the engine,
    and SQLAlchemy with it, comes with the first unit of work, on whichever thread asks.
    """

    def __init__(
        self,
        engine: Engine | None,
        target: Target,
        make: Callable[[], Engine] | None = None,
    ) -> None:
        if engine is None and make is None:
            raise ValueError("a Store needs an engine or a way to make one")
        self.target = target
        self._engine, self._make = engine, make
        self._sessions: Callable[[], Session] | None = None
        self._opening = threading.Lock()

    @classmethod
    def deferred(cls, target: Target, make: Callable[[], Engine]) -> Store:
        """A case base already checked (``quick.check_case_base``) whose engine waits."""
        return cls(None, target, make)

    @property
    def engine(self) -> Engine:
        self._session_factory()
        assert self._engine is not None
        return self._engine

    def _session_factory(self) -> Callable[[], Session]:
        with self._opening:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                if self._engine is None:
                    assert self._make is not None
                    self._engine = self._make()
                self._sessions = sessionmaker(self._engine, expire_on_commit=False)
            return self._sessions

    @contextmanager
    def unit_of_work(
        self, actor: str = "", clock: Callable[[], datetime] = _utc_now
    ) -> Iterator[UnitOfWork]:
        """One transaction, with its repositories and its journal (entries by ``actor`` at
        ``clock()``); rolled back unless committed. An error of the environment (locked,
        disk full, server gone) becomes a :class:`CaseBaseError` that says so."""
        from .unit_of_work import UnitOfWork

        with self._session() as session:
            yield UnitOfWork(session, actor, clock, self.target.journal_key)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        from sqlalchemy.exc import OperationalError

        session = self._session_factory()()
        try:
            yield session
        except OperationalError as error:
            session.rollback()
            problem = environment_error(error, self.target)
            if problem is None:
                raise  # not the environment: a bug, for the crash path
            raise problem from error
        finally:
            session.close()

    def dispose(self) -> None:
        with self._opening:
            if self._engine is not None:
                self._engine.dispose()


def environment_error(error: OperationalError, target: Target) -> CaseBaseError | None:
    """A message for a database error caused by the environment; None when it is a bug."""
    return environment_problem(str(error.orig), target)


def environment_problem(message: str, target: Target) -> CaseBaseError | None:
    """:func:`environment_error` from the driver's message alone (``quick``'s sqlite3)."""
    text = message.lower()
    if "locked" in text or "busy" in text:
        reason = "elle est verrouillée par un autre programme ; réessayer dans un instant"
    elif "disk is full" in text or "no space" in text:
        reason = "le disque est plein"
    elif "readonly" in text or "read-only" in text:
        reason = "elle est en lecture seule"
    elif "unable to open" in text or "disk i/o" in text:
        reason = "le fichier ne peut pas être ouvert"
    elif "not a database" in text or "malformed" in text:
        reason = "le fichier est endommagé"
    elif "connect" in text or "timeout" in text or "server closed" in text:
        reason = "le serveur ne répond pas"
    else:
        return None
    return CaseBaseError(f"Base de cas « {target.display} » indisponible : {reason}.")
