"""Reading a SQL source (any SQLAlchemy URL), read-only, with the catalogue's names only.

Table and column names come from the validated catalogue and are quoted by SQLAlchemy;
identifiers are bound parameters. The database narrows the rows with an expression its
indexes can answer (:func:`match_expression`), then every row is checked again in Python with
:func:`~oklima_dpo.sources.matching.normalise`: that second check is what makes ``%``, ``_``,
quotes and SQL words in an identifier match themselves and nothing else.

Names are folded in SQL as :func:`~oklima_dpo.domain.identity.fold_name` folds them
(case, hyphens, apostrophes, accents): fully on PostgreSQL, for the accents most frequent in
French names on SQLite, for case only on other databases. An accent left unfolded matches only
when the DPO typed the name as it is stored (file sources, indexed by the program, fold every
accent). A name search reads the whole table unless the table has an index on
:func:`match_expression`.

A PostgreSQL schema other than ``public`` is chosen in the URL
(``?options=-csearch_path%3Dcrm``): table names in the catalogue are plain names.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import keyring
import phonenumbers
from keyring.errors import KeyringError
from sqlalchemy import (
    Date,
    DateTime,
    Engine,
    Integer,
    String,
    Unicode,
    UnicodeText,
    create_engine,
    event,
    func,
    inspect,
    or_,
    select,
)
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType, TypeEngine

from ...domain.catalogue import Catalogue, SourceSpec, TableSpec
from ...domain.french import typography
from ...domain.identity import IdentifierKind, normalise
from ..matching import mentions
from .base import Record, SourceFailure
from .locations import url_of

__all__ = ["SqlAccess", "SqlConnector", "match_expression", "match_values", "phone_spellings"]

_CHUNK = 400  # bound values per query: well under every driver's limit
_MENTION_CHUNK = 40  # LIKE terms per query
_TEXT_TYPES = (String, Unicode, UnicodeText, NullType)
_INTEGER = re.compile(r"-?\d{1,18}")


# -- Matching expressions (shared with the demo estate, which indexes them) -------------


def match_expression(kind: IdentifierKind, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """What the database compares with :func:`match_values` for an identity field.

    The demo estate creates its indexes on these expressions (``lower(email)``), so that a
    look-up in a million rows is an index search.
    """
    if not isinstance(column.type, _TEXT_TYPES):
        column = column.cast(String)  # an integer customer number, a numeric postcode
    if kind is IdentifierKind.EMAIL:
        return func.lower(column)
    if kind.is_name:
        return _FoldedName(column)
    if kind in (IdentifierKind.CUSTOMER_NO, IdentifierKind.CONTRACT_NO):
        return func.upper(column)
    return column


def match_values(kind: IdentifierKind, values: Sequence[str]) -> list[str]:
    """The stored spellings worth asking the database for, given normalised identifiers."""
    spellings: dict[str, None] = {}
    for value in values:
        if kind is IdentifierKind.PHONE:
            spellings.update(dict.fromkeys(phone_spellings(value)))
        else:
            spellings[value] = None
    return list(spellings)


class _FoldedName(FunctionElement[str]):
    """A name as :func:`~oklima_dpo.domain.identity.fold_name` folds it, as far as SQL can.

    PostgreSQL: ``translate`` removes the accents of Latin letters in either case, hyphens
    and apostrophes become spaces. SQLite (whose ``lower`` only knows ASCII, and whose parser
    refuses deeply nested calls): hyphens, apostrophes and the accents most frequent in French
    names. Other databases: case only. Constants are written in the SQL, not bound, so that
    an index on this expression answers the query.
    """

    type = String()
    name = "oklima_folded_name"
    inherit_cache = True


_ACCENTED = "àáâãäåèéêëìíîïòóôõöùúûüýÿçñÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝŸÇÑ"
_PLAIN = "aaaaaaeeeeiiiiooooouuuuyycnAAAAAAEEEEIIIIOOOOOUUUUYYCN"
_SPACED = "-'’.,"
_SQLITE_FOLDS = [("-", " "), ("'", " "), ("’", " ")] + [
    (accented, plain) for accented, plain in zip("éèêëàâçîïôûùüÉÈ", "eeeeaaciiouuuEE", strict=True)
]


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@compiles(_FoldedName)
def _fold_default(element: _FoldedName, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(_FoldedName, "postgresql")
def _fold_postgresql(element: _FoldedName, compiler: Any, **kw: Any) -> str:
    source = _ACCENTED + _SPACED
    target = _PLAIN + " " * len(_SPACED)
    inner = compiler.process(element.clauses, **kw)
    return f"lower(translate({inner}, {_quoted(source)}, {_quoted(target)}))"


@compiles(_FoldedName, "sqlite")
def _fold_sqlite(element: _FoldedName, compiler: Any, **kw: Any) -> str:
    folded = compiler.process(element.clauses, **kw)
    for accented, plain in _SQLITE_FOLDS:
        folded = f"replace({folded}, {_quoted(accented)}, {_quoted(plain)})"
    return f"lower({folded})"


def phone_spellings(e164: str) -> list[str]:
    """The usual written forms of a number: ``0612345678``, ``06 12 34 56 78``, ``+33 6 12…``.

    A phone number is stored as it was typed; an index on the column answers ``IN`` on these
    forms, where normalising every stored number would read the whole table.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return [e164]
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(number, fmt.NATIONAL)  # 06 12 34 56 78
    international = phonenumbers.format_number(number, fmt.INTERNATIONAL)  # +33 6 12 34 56 78
    code = f"+{number.country_code}"
    rest = international[len(code) :].strip()  # 6 12 34 56 78
    national_digits = "".join(c for c in national if c.isdigit())
    forms = [e164, national_digits, e164[1:], "00" + e164[1:], e164[len(code) :]]
    for sep in (" ", ".", "-", ""):
        grouped_national = sep.join(national.split())
        grouped_rest = sep.join(rest.split())
        forms += [
            grouped_national,
            f"{code}{sep}{grouped_rest}",
            f"{code} {grouped_rest}",
            f"00{code[1:]}{sep}{grouped_rest}",
            f"00{code[1:]} {grouped_rest}",
            f"{code} (0){grouped_rest}",
            f"{code} (0) {grouped_rest}",
            f"{code}(0){grouped_rest}",
        ]
    return list(dict.fromkeys(forms))


def _mention_condition(
    kind: IdentifierKind, column: ColumnElement[Any], values: Sequence[str]
) -> ColumnElement[bool]:
    """Free text that may mention one of ``values`` (the Python check decides)."""
    if kind is IdentifierKind.PHONE:
        terms = dict.fromkeys(s for value in values for s in phone_spellings(value))
        return or_(*(column.contains(term, autoescape=True) for term in terms))
    target = func.lower(column) if kind is IdentifierKind.EMAIL else func.upper(column)
    return or_(*(target.contains(value, autoescape=True) for value in values))


# -- Reaching a SQL source (shared by the connector and the writers in actions/) --------


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
        return SourceFailure(f"Source « {self.name} » : {what}.")

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Driver errors as a :class:`SourceFailure` a DPO can read (no traceback)."""
        try:
            yield
        except (SQLAlchemyError, sqlite3.Error, OSError) as error:
            raise self.failure(_describe(error, self.spec.timeout)) from None


def _begin_immediate(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


# -- The connector ----------------------------------------------------------------------


class SqlConnector:
    """One SQL source of the catalogue; the engine connects on first use."""

    def __init__(self, catalogue: Catalogue, source_id: str) -> None:
        self.source_id = source_id
        self.spec: SourceSpec = catalogue.source(source_id)
        self.name = self.spec.name
        self.patterns = catalogue.patterns
        self._access = SqlAccess(catalogue, source_id)
        self._columns: dict[str, dict[str, TypeEngine[Any]] | None] = {}

    # -- Connector protocol ---------------------------------------------------------------

    def check(self) -> list[str]:
        with self._errors():
            inspector = inspect(self._connect())
            problems: list[str] = []
            for table_name, table in self.spec.tables.items():
                columns = self._table_columns(table_name, inspector)
                if columns is None:
                    problems.append(f"table « {table_name} » absente de la base")
                    continue
                for field in table.fields:
                    if self._column_name(columns, field) is None:
                        problems.append(f"colonne « {field} » absente de la table « {table_name} »")
            return [typography(problem) for problem in problems]

    def find(
        self, table: str, field: str, kind: IdentifierKind, values: Sequence[str]
    ) -> list[Record]:
        spec = self._table_spec(table, field)
        field_spec = spec.fields[field]
        # KEY: a reference's target (an invoice number), compared as exact text.
        as_identity = field_spec.identifies == kind or kind is IdentifierKind.KEY
        if not as_identity and kind not in field_spec.mentions:
            raise ValueError(f"{self.source_id}.{table}.{field} does not hold {kind}")
        wanted = sorted({value for value in values if value})
        if not wanted:
            return []
        recognised = (IdentifierKind.EMAIL, IdentifierKind.PHONE, *self.patterns)
        if not as_identity and kind not in recognised:
            return []  # without a pattern, a number is never recognised in free text
        with self._errors():
            engine = self._connect()
            columns = self._table_columns(table, inspect(engine))
            if columns is None:
                raise self._failure(f"table « {table} » absente de la base")
            selected = self._selected(table, spec, columns)
            target = selected[field]
            rows: dict[tuple[str, str], Record] = {}
            with engine.connect() as connection:
                for condition in self._conditions(kind, target, wanted, as_identity):
                    query = select(*selected.values()).where(condition)
                    self._access.deadline = time.monotonic() + self.spec.timeout
                    try:
                        result = connection.execute(query).all()
                    finally:
                        self._access.deadline = math.inf
                    for row in result:
                        values_of = dict(zip(selected, row, strict=True))
                        if self._matches(kind, values_of[field], wanted, as_identity):
                            record = self._record(table, spec, columns, values_of)
                            rows.setdefault((record.key, repr(tuple(row))), record)
                connection.rollback()
            return list(rows.values())

    def close(self) -> None:
        self._access.dispose()

    # -- Queries --------------------------------------------------------------------------

    def _conditions(
        self, kind: IdentifierKind, target: ColumnElement[Any], wanted: list[str], identity: bool
    ) -> Iterator[ColumnElement[bool]]:
        if kind is IdentifierKind.KEY and isinstance(target.type, Integer):
            numbers = sorted({int(value) for value in wanted if _INTEGER.fullmatch(value)})
            for start in range(0, len(numbers), _CHUNK):
                yield target.in_(numbers[start : start + _CHUNK])  # the column's own index
        elif identity:
            spellings = match_values(kind, wanted)
            expression = match_expression(kind, target)
            for start in range(0, len(spellings), _CHUNK):
                yield expression.in_(spellings[start : start + _CHUNK])
        else:
            text = target if isinstance(target.type, _TEXT_TYPES) else target.cast(String)
            for start in range(0, len(wanted), _MENTION_CHUNK):
                yield _mention_condition(kind, text, wanted[start : start + _MENTION_CHUNK])

    def _matches(
        self, kind: IdentifierKind, stored: Any, wanted: list[str], identity: bool
    ) -> bool:
        if stored is None:
            return False
        if identity:
            return normalise(kind, stored) in wanted
        found = mentions(str(stored), frozenset({kind}), self.patterns)
        return any(value in wanted for _, value in found)

    def _selected(
        self, table: str, spec: TableSpec, columns: dict[str, TypeEngine[Any]]
    ) -> dict[str, ColumnElement[Any]]:
        """The catalogued fields as typed, quoted columns of a quoted table."""
        names: dict[str, str] = {}
        for field in spec.fields:
            name = self._column_name(columns, field)
            if name is None:
                raise self._failure(f"colonne « {field} » absente de la table « {table} »")
            names[field] = name
        quoted = sql_table(table, *(sql_column(n, columns[n]) for n in names.values()))
        return {field: quoted.c[name] for field, name in names.items()}

    def _record(
        self,
        table: str,
        spec: TableSpec,
        columns: dict[str, TypeEngine[Any]],
        values: dict[str, Any],
    ) -> Record:
        fields = {
            field: _plain(value, columns[self._column_name(columns, field) or field])
            for field, value in values.items()
        }
        key = ", ".join(f"{name}={_key_text(fields[name])}" for name in spec.key)
        return Record(table, key, fields)

    # -- Connection -----------------------------------------------------------------------

    def _connect(self) -> Engine:
        return self._access.engine()

    def _table_columns(self, table: str, inspector: Any) -> dict[str, TypeEngine[Any]] | None:
        if table not in self._columns:
            if not inspector.has_table(table):
                self._columns[table] = None
            else:
                self._columns[table] = {
                    column["name"]: column["type"] for column in inspector.get_columns(table)
                }
        return self._columns[table]

    def _column_name(self, columns: dict[str, TypeEngine[Any]], field: str) -> str | None:
        if field in columns:
            return field
        if self._connect().dialect.name == "sqlite":  # SQLite's names ignore case
            for name in columns:
                if name.casefold() == field.casefold():
                    return name
        return None

    def _table_spec(self, table: str, field: str) -> TableSpec:
        spec = self.spec.tables.get(table)
        if spec is None or field not in spec.fields:
            raise ValueError(f"{self.source_id}.{table}.{field} is not in the catalogue")
        return spec

    # -- Errors ---------------------------------------------------------------------------

    def _failure(self, what: str) -> SourceFailure:
        return self._access.failure(what)

    def _errors(self) -> AbstractContextManager[None]:
        return self._access.errors()


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


def _plain(value: Any, type_: TypeEngine[Any]) -> Any:
    """A stored value as a record holds it: str, int, float, bool, date/datetime or None."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"(données binaires, {len(bytes(value))} octets)"
    if isinstance(value, (dict, list)):  # a JSON column
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, clock_time):
        return value.isoformat()
    if isinstance(value, str) and isinstance(type_, (Date, DateTime)):
        # SQLite keeps dates as text; a malformed one stays as it is.
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        return parsed if isinstance(type_, DateTime) else parsed.date()
    return value


def _key_text(value: Any) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return "" if value is None else str(value)
