"""Writing the demo estate's files: SQLite tables a batch at a time, each file under a partial
name until complete; and the text forms values take in OKLIMA's systems (phones, IBANs,
mail headers)."""

from __future__ import annotations

import base64
import random
import sqlite3
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from .estate_data import BATCH


def index_sql(table: str, expression: str) -> str:
    column = expression.split("(")[-1].rstrip(")")
    function = expression.split("(")[0] if "(" in expression else ""
    name = "_".join(part for part in (table, column, function) if part)
    if function == "folded":  # the connector's own expression for names, accents folded
        expression = _folded_name_sql(column)
    return f"CREATE INDEX {name} ON {table} ({expression})"


def _folded_name_sql(column: str) -> str:
    """The SQL the connector compares names with, so that SQLite uses this index."""
    from sqlalchemy import String
    from sqlalchemy import column as sql_column
    from sqlalchemy.dialects import sqlite

    from ..domain.identity import IdentifierKind
    from ..sources.connectors.sql_matching import match_expression

    expression = match_expression(IdentifierKind.LAST_NAME, sql_column(column, String))
    compiled = expression.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    return str(compiled)


class Table:
    """Rows of one table, inserted a batch at a time."""

    def __init__(self, db: sqlite3.Connection, name: str, width: int) -> None:
        self.db = db
        self.sql = f"INSERT INTO {name} VALUES ({', '.join('?' * width)})"
        self.rows: list[tuple[Any, ...]] = []
        self.count = 0

    def add(self, row: tuple[Any, ...]) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.db.executemany(self.sql, self.rows)
            self.count += len(self.rows)
            self.rows.clear()


def open_database(path: Path, schema: Sequence[str]) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    # Nothing to protect while generating: a failed build is thrown away.
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-65536")  # 64 MB each: enough to sort the indexes
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("BEGIN")
    for statement in schema:
        db.execute(statement)
    return db


def finish_database(db: sqlite3.Connection, indexes: Sequence[tuple[str, str]]) -> None:
    for table, expression in indexes:
        db.execute(index_sql(table, expression))
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode=DELETE")
    db.close()


def partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


# -- Small makers -----------------------------------------------------------------------


def ascii_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def phone_text(digits: str, form: str) -> str:
    """A ten-digit French number (``0612345678``) as people write it."""
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    match form:
        case "spaces":
            return " ".join(pairs)
        case "compact":
            return digits
        case "intl":
            return "+33 " + digits[1] + " " + " ".join(pairs[1:])
        case "e164":
            return "+33" + digits[1:]
        case "dots":
            return ".".join(pairs)
        case _:
            return "-".join(pairs)


def iban(rng: random.Random, bank: str) -> str:
    """A French IBAN with a valid RIB key and check digits."""
    branch = f"{rng.randint(1, 99_999):05d}"
    account = f"{rng.randint(0, 99_999_999_999):011d}"
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    check = 98 - int(bban + "152700") % 97  # "FR00" with F=15, R=27
    return f"FR{check:02d}{bban}"


def day_text(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def header(text: str) -> str:
    """A header value, as an RFC 2047 encoded word when it is not ASCII."""
    if text.isascii():
        return text
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode("ascii") + "?="


def mailbox(name: str, address: str) -> str:
    # An encoded word is never quoted (it would not be decoded); a plain name always is.
    shown = f'"{name}"' if name.isascii() else header(name)
    return f"{shown} <{address}>"
