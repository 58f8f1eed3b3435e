"""Reading a SQL source (any SQLAlchemy URL), read-only, with the catalogue's names only.

Table and column names come from the validated catalogue and are quoted by SQLAlchemy;
identifiers are bound parameters. The database narrows the rows with an expression its
indexes can answer (:mod:`.sql_matching`), then every row is checked again in Python with
:func:`~oklima_dpo.sources.matching.normalise`: that second check is what makes ``%``, ``_``,
quotes and SQL words in an identifier match themselves and nothing else.

An accent left unfolded by the database matches only when the DPO typed the name as it is
stored (file sources, indexed by the program, fold every accent). A name search reads the
whole table unless the table has an index on :func:`~.sql_matching.match_expression`.
"""

from __future__ import annotations

import json
import math
import re
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from datetime import time as clock_time
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Engine, Integer, String, inspect, select
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeEngine

from ...domain.catalogue import Catalogue, SourceSpec, TableSpec
from ...domain.french import typography
from ...domain.identity import IdentifierKind, normalise
from ..matching import mentions
from .base import Record, SourceFailure
from .sql_access import SqlAccess, column_name
from .sql_matching import TEXT_TYPES, match_expression, match_values, mention_condition

__all__ = ["SqlConnector"]

_CHUNK = 400  # bound values per query: well under every driver's limit
_MENTION_CHUNK = 40  # LIKE terms per query
_INTEGER = re.compile(r"-?\d{1,18}")


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
            text = target if isinstance(target.type, TEXT_TYPES) else target.cast(String)
            for start in range(0, len(wanted), _MENTION_CHUNK):
                yield mention_condition(kind, text, wanted[start : start + _MENTION_CHUNK])

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
        return column_name(columns, field, self._connect().dialect.name == "sqlite")

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
