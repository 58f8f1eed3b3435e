"""Carrying out one SQL source's part of a plan, in one transaction: all of it or nothing.

Inside the transaction: every record of the plan is read by its key (it must be there, once,
and a field to correct must still hold the value the DPO reviewed), the rows' SHA-256 and the
tables' row counts are taken; the statements run (parameterised; table and column names only
from the catalogue, quoted by SQLAlchemy); every change is read back; the after state is
hashed the same way; then the transaction commits. Any failure — the database, a record
changed since the review, a read-back that disagrees, the test hook — rolls it back and the
source is reported failed with its message.

SQLite: the writable connection begins with ``BEGIN IMMEDIATE`` (no other writer between the
read and the writes); PostgreSQL: the rows are read ``FOR UPDATE``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    delete,
    func,
    inspect,
    select,
    update,
)
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.types import TypeEngine

from ..domain.catalogue import Catalogue, TableSpec
from ..domain.french import typography
from ..domain.plan import Action, RecordPlan, SourcePlan
from ..sources.connectors.base import SourceFailure
from ..sources.connectors.sql_access import SqlAccess, column_name
from .sql_results import SourceResult, digest_rows
from .sql_values import same, typed

__all__ = ["AfterStatement", "ExecutionFailure", "execute_source"]

#: Called after each statement with how many have run: a test raises in it to check that
#: the real transaction rolls back (never a mock of the database).
AfterStatement = Callable[[int], None]


class ExecutionFailure(Exception):
    """What was found in the source does not allow the plan to be carried out."""


def execute_source(
    catalogue: Catalogue,
    plan: SourcePlan,
    *,
    after_statement: AfterStatement | None = None,
) -> SourceResult:
    """Run ``plan``'s writes in its SQL source in one transaction; never raises."""
    spec = catalogue.sources.get(plan.source)
    if spec is None or spec.kind != "sql":
        return _failed(plan, f"Source « {plan.name} » : non modifiable (SQL seul).")
    records = plan.writes
    access = SqlAccess(catalogue, plan.source, writable=True)
    try:
        with access.errors():
            engine = access.engine()
            with engine.connect() as connection, connection.begin():
                run = _Run(connection, access, plan, records, after_statement)
                result = run.carry_out(catalogue)
            return result
    except SourceFailure as error:
        return _failed(plan, str(error))
    except ExecutionFailure as error:
        return _failed(plan, f"Source « {plan.name} » : {error}.")
    except Exception as error:
        text = str(error).strip().splitlines()[0] if str(error).strip() else ""
        what = f"{type(error).__name__}: {text}" if text else type(error).__name__
        return _failed(plan, f"Source « {plan.name} » : échec ({what}).")
    finally:
        access.dispose()


#: What :func:`source_state` finds of a source's part of a plan.
UNCHANGED, CHANGED, HALF = "unchanged", "changed", "half"


def source_state(catalogue: Catalogue, plan: SourcePlan) -> str:
    """After a crash: whether ``plan``'s writes are in the source (CHANGED), not at all
    (UNCHANGED) or — impossible by the one transaction, said all the same — in part (HALF).
    Read only; a source that cannot be read raises :class:`SourceFailure`."""
    records = plan.writes
    access = SqlAccess(catalogue, plan.source, writable=False)
    try:
        with access.errors(), access.engine().connect() as connection:
            run = _Run(connection, access, plan, records, None)
            run.prepare(catalogue)
            states = {run.state_of(record) for record in records}
    finally:
        access.dispose()
    if states <= {"after"}:
        return CHANGED
    if states <= {"before"}:
        return UNCHANGED
    return HALF


def _failed(plan: SourcePlan, message: str) -> SourceResult:
    return SourceResult(plan.source, plan.name, "failed", typography(message))


class _Run:
    def __init__(
        self,
        connection: Connection,
        access: SqlAccess,
        plan: SourcePlan,
        records: Sequence[RecordPlan],
        after_statement: AfterStatement | None,
    ) -> None:
        self.connection = connection
        self.access = access
        self.plan = plan
        self.records = records
        self.after_statement = after_statement
        self.statements = 0
        self.sqlite = connection.dialect.name == "sqlite"
        self.tables: dict[str, tuple[TableClause, dict[str, str], dict[str, TypeEngine[Any]]]] = {}

    def prepare(self, catalogue: Catalogue) -> None:
        """The tables' names and types, from the catalogue and the database."""
        spec = catalogue.sources[self.plan.source]
        inspector = inspect(self.connection)
        for name in dict.fromkeys(r.table for r in self.records):
            table_spec = spec.tables.get(name)
            if table_spec is None:
                raise ExecutionFailure(f"table « {name} » absente du catalogue")
            self.tables[name] = self._table(inspector, name, table_spec)

    def state_of(self, record: RecordPlan) -> str:
        """« before » (as reviewed), « after » (as written) or « other »."""
        if record.action is Action.DELETE:
            return "before" if self._one(record, record.key_values) is not None else "after"
        after = self._one(record, self._key_after(record))
        if after is not None and all(same(after.get(c.field), c.new) for c in record.changes):
            return "after"
        before = self._one(record, record.key_values)
        if before is not None and all(same(before.get(c.field), c.old) for c in record.changes):
            return "before"
        return "other"

    def carry_out(self, catalogue: Catalogue) -> SourceResult:
        spec = catalogue.sources[self.plan.source]
        self.prepare(catalogue)
        for record in self.records:
            self._check_allowed(spec.tables[record.table], record)
        counts_before = {name: self._count(name) for name in self.tables}
        before_rows = []
        for record in self.records:
            row = self._one(record, record.key_values, lock=True)
            if row is None:
                raise ExecutionFailure(
                    f"{record.table} {record.key} : enregistrement introuvable "
                    "(modifié ou supprimé depuis la revue ?)"
                )
            if record.action is Action.CORRECT:
                for change in record.changes:
                    if not same(row.get(change.field), change.old):
                        raise ExecutionFailure(
                            f"{record.table} {record.key} : le champ « {change.field} » a "
                            "changé depuis la revue ; refaire le plan"
                        )
            before_rows.append((record, row))
        for record in self.records:
            self._write(record)
        after_rows = []
        for record in self.records:
            after_rows.append((record, self._read_back(record)))
        counts_after = {name: self._count(name) for name in self.tables}
        done: dict[str, int] = {}
        for record in self.records:
            done[record.action.value] = done.get(record.action.value, 0) + 1
        return SourceResult(
            source=self.plan.source,
            name=self.plan.name,
            status="applied",
            statements=self.statements,
            before=digest_rows(before_rows),
            after=digest_rows([(r, row) for r, row in after_rows if row is not None]),
            tables={
                name: {"before": counts_before[name], "after": counts_after[name]}
                for name in self.tables
            },
            done=done,
        )

    # -- Names and types from the catalogue and the database ------------------------------

    def _table(
        self, inspector: Any, name: str, spec: TableSpec
    ) -> tuple[TableClause, dict[str, str], dict[str, TypeEngine[Any]]]:
        if not inspector.has_table(name):
            raise ExecutionFailure(f"table « {name} » absente de la base")
        columns = {c["name"]: c["type"] for c in inspector.get_columns(name)}
        names: dict[str, str] = {}
        for field_name in spec.fields:
            found = column_name(columns, field_name, self.sqlite)
            if found is None:
                raise ExecutionFailure(f"colonne « {field_name} » absente de la table « {name} »")
            names[field_name] = found
        quoted = sql_table(name, *(sql_column(c, columns[c]) for c in names.values()))
        types = {f: columns[c] for f, c in names.items()}
        return quoted, names, types

    def _check_allowed(self, spec: TableSpec, record: RecordPlan) -> None:
        """The plan writes only what the catalogue lets write (it may have changed since)."""
        writes = spec.writes
        allowed: set[str] = set()
        if writes is not None:
            match record.action:
                case Action.DELETE:
                    ok = writes.erase == "delete"
                case Action.EMPTY | Action.PSEUDONYMISE:
                    ok = writes.erase == record.action.value
                    allowed = set(writes.erase_fields)
                case Action.CORRECT:
                    ok = True
                    allowed = set(writes.correctable)
                case Action.RESTRICT:
                    ok = writes.restriction_field is not None
                    allowed = {writes.restriction_field or ""}
                case _:  # an opt-out; a consent withdrawal also sets the consent mark
                    allowed = {f for f in (writes.optout_field, writes.consent_field) if f}
                    ok = bool(allowed)
        else:
            ok = False
        if not ok or any(c.field not in allowed for c in record.changes):
            raise ExecutionFailure(
                f"{record.table} : « {record.action.label_fr} » n’est pas permis par le "
                "catalogue ; refaire le plan"
            )
        if not record.key_values or set(record.key_values) != set(spec.key):
            raise ExecutionFailure(f"{record.table} {record.key} : clé incomplète")

    def _where(self, record: RecordPlan, key_values: Mapping[str, Any]) -> ColumnElement[bool]:
        table, names, types = self.tables[record.table]
        return and_(
            *(
                table.c[names[name]] == typed(value, types[name])
                for name, value in key_values.items()
            )
        )

    # -- Reading ----------------------------------------------------------------------------

    def _count(self, name: str) -> int:
        table = self.tables[name][0]
        return int(self.connection.execute(select(func.count()).select_from(table)).scalar_one())

    def _one(
        self, record: RecordPlan, key_values: Mapping[str, Any], *, lock: bool = False
    ) -> dict[str, Any] | None:
        table, names, _ = self.tables[record.table]
        query = select(*(table.c[c] for c in names.values())).where(self._where(record, key_values))
        if lock and not self.sqlite:
            query = query.with_for_update()
        rows = self.connection.execute(query).all()
        if len(rows) > 1:
            raise ExecutionFailure(f"{record.table} {record.key} : clé en double dans la base")
        if not rows:
            return None
        return dict(zip(names, rows[0], strict=True))

    # -- Writing ----------------------------------------------------------------------------

    def _write(self, record: RecordPlan) -> None:
        table, names, types = self.tables[record.table]
        where = self._where(record, record.key_values)
        if record.action is Action.DELETE:
            statement: Any = delete(table).where(where)
        else:
            values = {names[c.field]: typed(c.new, types[c.field]) for c in record.changes}
            statement = update(table).where(where).values(values)
        result = self.connection.execute(statement)
        if result.rowcount != 1:
            raise ExecutionFailure(
                f"{record.table} {record.key} : {result.rowcount} ligne(s) touchée(s) au lieu d’une"
            )
        self.statements += 1
        if self.after_statement is not None:
            self.after_statement(self.statements)

    @staticmethod
    def _key_after(record: RecordPlan) -> dict[str, Any]:
        key_values = dict(record.key_values)
        for change in record.changes:  # a key field pseudonymised: the row's new key
            if change.field in key_values:
                key_values[change.field] = change.new
        return key_values

    def _read_back(self, record: RecordPlan) -> dict[str, Any] | None:
        """The row after the write, checked: gone, or holding exactly the new values."""
        row = self._one(record, self._key_after(record))
        if record.action is Action.DELETE:
            if row is not None:
                raise ExecutionFailure(f"{record.table} {record.key} : toujours présent")
            return None
        if row is None:
            raise ExecutionFailure(f"{record.table} {record.key} : introuvable après écriture")
        for change in record.changes:
            if not same(row.get(change.field), change.new):
                raise ExecutionFailure(
                    f"{record.table} {record.key} : « {change.field} » ne porte pas la valeur "
                    "écrite"
                )
        return row
