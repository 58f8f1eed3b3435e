"""The SQL connector on real SQLite files and on the PostgreSQL test server."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from faker import Faker
from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    insert,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.identity import IdentifierKind, fold_name, normalise
from oklima_dpo.sources.connectors import SourceFailure, open_connector
from oklima_dpo.sources.connectors.sql import SqlConnector
from oklima_dpo.sources.connectors.sql_matching import (
    match_expression,
    match_values,
    phone_spellings,
)

from ...keyrings import MemoryKeyring
from .conftest import CUSTOMER_FIELDS, CatalogueFactory, fr, problems

EMAIL, PHONE, LAST_NAME = IdentifierKind.EMAIL, IdentifierKind.PHONE, IdentifierKind.LAST_NAME
TRICKY_EMAILS = [
    "a_b@exemple.fr",
    "axb@exemple.fr",
    "100%@exemple.fr",
    "1000@exemple.fr",
    "o'hara@exemple.fr",
    "x;drop@exemple.fr",
    "';drop_table_customers;--@exemple.fr",
    "%@exemple.fr",
]


def customer_rows(fake: Faker) -> list[dict[str, Any]]:
    """Synthetic customers: a few with stored spellings worth testing, then the tricky ones."""
    first, last = fake.first_name(), fake.last_name()
    rows = [
        {
            "email": f"{fold_name(first)}.{fold_name(last)}@EXEMPLE.FR".upper().replace(" ", ""),
            "phone": "06 12 34 56 78",
            "last_name": "Lefèvre-Hébert",
            "postcode": "75011",
            "notes": None,
        },
        {
            "email": fake.free_email().replace("@", ".b@"),
            "phone": "+33 6 12 34 56 78",
            "last_name": fake.last_name(),
            "postcode": "69003",
            "notes": "Rappeler au 06.12.34.56.78 ; contrat de CL00000001.",
        },
        {
            "email": fake.free_email(),
            "phone": "07 98 76 54 32",
            "last_name": "DROP TABLE customers;",
            "postcode": "13001",
            "notes": "écrit depuis axb@exemple.fr",
        },
        {"email": None, "phone": None, "last_name": "Le_Gall", "postcode": None, "notes": None},
        {"email": None, "phone": None, "last_name": "LexGall", "postcode": None, "notes": "%"},
    ]
    rows += [
        {"email": email, "phone": None, "last_name": fake.last_name(), "postcode": None}
        for email in TRICKY_EMAILS
    ]
    for number, row in enumerate(rows, start=1):
        row.setdefault("notes", None)
        row["customer_no"] = f"CL{number:08d}"
        row["first_name"] = fake.first_name()
        row["id"] = number
    return rows


def customers_table(metadata: MetaData, schema: str | None = None) -> Table:
    table = Table(
        "customers",
        metadata,
        Column("id", Integer, primary_key=True),
        *(Column(name, String(200)) for name in CUSTOMER_FIELDS),
        schema=schema,
    )
    # What the demo estate does: index the expressions the connector compares.
    Index("ix_customers_email", match_expression(EMAIL, table.c.email))
    Index("ix_customers_phone", table.c.phone)
    Index("ix_customers_name", match_expression(LAST_NAME, table.c.last_name))
    return table


INVOICE_NUMBER = {"category": "user.unique_id", "identifies": "customer_no"}


@dataclass
class SqlSource:
    catalogue_for: Callable[..., Catalogue]  # (**source overrides) → catalogue
    url: str  # where the test writes (the connector's own URL is read-only)
    backend: str
    table: Table
    rows: list[dict[str, Any]]

    def catalogue(self, **overrides: Any) -> Catalogue:
        return self.catalogue_for(**overrides)

    def count(self) -> int:
        engine = create_engine(self.url)
        with engine.connect() as connection:
            total = connection.execute(select(self.table.c.id)).all()
        engine.dispose()
        return len(total)


def _source_spec(url: str, **overrides: Any) -> dict[str, Any]:
    fields = overrides.pop("fields", CUSTOMER_FIELDS)
    tables = overrides.pop("tables", {"customers": {"key": ["customer_no"], "fields": fields}})
    return {"name": "CRM clients", "kind": "sql", "connection": {"url": url}, "tables": tables}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def sql_source(
    request: pytest.FixtureRequest, tmp_path: Path, make_catalogue: CatalogueFactory, fake: Faker
) -> Iterator[SqlSource]:
    metadata = MetaData()
    if request.param == "sqlite":
        path = tmp_path / "crm.sqlite"
        write_url = f"sqlite:///{path}"
        catalogue_url = "sqlite:///crm.sqlite"  # relative to the catalogue's folder
        schema = None
    else:
        base = make_url(request.getfixturevalue("postgres_url"))
        schema = f"src_{uuid.uuid4().hex[:10]}"
        write_url = base.render_as_string(hide_password=False)
        catalogue_url = base.update_query_dict(
            {"options": f"-csearch_path={schema}"}
        ).render_as_string(hide_password=False)
    table = customers_table(metadata, schema)
    rows = customer_rows(fake)
    engine = create_engine(write_url)
    with engine.begin() as connection:
        if schema:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        metadata.create_all(connection)
        connection.execute(insert(table), rows)
    engine.dispose()

    def catalogue_for(**overrides: Any) -> Catalogue:
        url = overrides.pop("url", catalogue_url)
        shape = {name: overrides.pop(name) for name in ("fields", "tables") if name in overrides}
        return make_catalogue(crm=_source_spec(url, **shape) | overrides)

    yield SqlSource(catalogue_for, write_url, request.param, table, rows)
    if schema:
        engine = create_engine(write_url)
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def find(
    catalogue: Catalogue, field: str, kind: IdentifierKind, *values: str, tmp: Path
) -> list[str]:
    connector = open_connector(catalogue, "crm", tmp)
    try:
        records = connector.find("customers", field, kind, [normalise(kind, v) for v in values])
    finally:
        connector.close()
    return sorted(record.key for record in records)


def test_email_in_capitals_is_found_by_a_lower_case_identifier(
    sql_source: SqlSource, tmp_path: Path
) -> None:
    catalogue = sql_source.catalogue()
    connector = open_connector(catalogue, "crm", tmp_path)
    stored = sql_source.rows[0]["email"]
    assert stored == stored.upper()
    records = connector.find("customers", "email", EMAIL, [stored.lower()])
    connector.close()
    assert [record.key for record in records] == ["customer_no=CL00000001"]
    assert records[0].table == "customers"
    assert set(records[0].fields) == set(CUSTOMER_FIELDS)
    assert records[0].fields["email"] == stored
    assert records[0].fields["phone"] == "06 12 34 56 78"


def test_phone_stored_in_several_spellings_is_found_from_e164(
    sql_source: SqlSource, tmp_path: Path
) -> None:
    keys = find(sql_source.catalogue(), "phone", PHONE, "+33612345678", tmp=tmp_path)
    assert keys == ["customer_no=CL00000001", "customer_no=CL00000002"]


def test_each_identity_kind(sql_source: SqlSource, tmp_path: Path) -> None:
    catalogue = sql_source.catalogue()
    assert find(
        catalogue, "customer_no", IdentifierKind.CUSTOMER_NO, "cl 00000003", tmp=tmp_path
    ) == ["customer_no=CL00000003"]
    assert find(catalogue, "postcode", IdentifierKind.POSTCODE, "69003", tmp=tmp_path) == [
        "customer_no=CL00000002"
    ]
    # Accents, case and hyphens folded on both sides.
    assert find(catalogue, "last_name", LAST_NAME, "LEFEVRE hebert", tmp=tmp_path) == [
        "customer_no=CL00000001"
    ]
    assert find(catalogue, "last_name", LAST_NAME, "Lefèvre-Hébert", tmp=tmp_path) == [
        "customer_no=CL00000001"
    ]


def test_identifiers_match_literally_and_break_nothing(
    sql_source: SqlSource, tmp_path: Path
) -> None:
    catalogue = sql_source.catalogue()
    before = sql_source.count()
    for number, email in enumerate(TRICKY_EMAILS, start=6):
        assert find(catalogue, "email", EMAIL, email, tmp=tmp_path) == [
            f"customer_no=CL{number:08d}"
        ], email
    assert find(catalogue, "email", EMAIL, "_@exemple.fr", "a%@exemple.fr", tmp=tmp_path) == []
    assert find(catalogue, "last_name", LAST_NAME, "Le_Gall", tmp=tmp_path) == [
        "customer_no=CL00000004"
    ]
    assert find(catalogue, "last_name", LAST_NAME, "%", "_", tmp=tmp_path) == []
    assert find(catalogue, "last_name", LAST_NAME, "DROP TABLE customers;", tmp=tmp_path) == [
        "customer_no=CL00000003"
    ]
    assert sql_source.count() == before


def test_free_text_mentions_are_matched_literally(sql_source: SqlSource, tmp_path: Path) -> None:
    catalogue = sql_source.catalogue()
    assert find(catalogue, "notes", EMAIL, "axb@exemple.fr", tmp=tmp_path) == [
        "customer_no=CL00000003"
    ]
    # « a_b » would match « axb » in a LIKE pattern: here it matches nothing.
    assert find(catalogue, "notes", EMAIL, "a_b@exemple.fr", tmp=tmp_path) == []
    assert find(catalogue, "notes", PHONE, "+33612345678", tmp=tmp_path) == [
        "customer_no=CL00000002"
    ]
    assert find(catalogue, "notes", IdentifierKind.CUSTOMER_NO, "CL00000001", tmp=tmp_path) == [
        "customer_no=CL00000002"
    ]


def test_check_lists_missing_tables_and_columns(sql_source: SqlSource, tmp_path: Path) -> None:
    fields = {**CUSTOMER_FIELDS, "fax": {"category": "user.contact.phone_number"}}
    tables = {
        "customers": {"key": ["customer_no"], "fields": fields},
        "invoices": {"key": ["number"], "fields": {"number": INVOICE_NUMBER}},
    }
    connector = open_connector(sql_source.catalogue(tables=tables), "crm", tmp_path)
    assert connector.check() == problems(
        "colonne « fax » absente de la table « customers »",
        "table « invoices » absente de la base",
    )
    with pytest.raises(SourceFailure, match=fr("CRM clients.*colonne « fax » absente")):
        connector.find("customers", "email", EMAIL, ["x@exemple.fr"])
    with pytest.raises(SourceFailure, match=fr("table « invoices » absente de la base")):
        connector.find("invoices", "number", IdentifierKind.CUSTOMER_NO, ["1"])
    connector.close()
    connector = open_connector(sql_source.catalogue(), "crm", tmp_path)
    assert connector.check() == []
    connector.close()


def test_the_connection_is_read_only(sql_source: SqlSource, tmp_path: Path) -> None:
    """The very connection the connector's look-up ran on refuses to write."""
    connector = open_connector(sql_source.catalogue(), "crm", tmp_path)
    assert isinstance(connector, SqlConnector)
    ran: list[tuple[str, Engine, Any]] = []  # statement, engine, driver connection

    def record(connection: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        ran.append((statement, connection.engine, connection.connection.dbapi_connection))

    # Every engine's statements, the connector's included, without reaching into it.
    event.listen(Engine, "before_cursor_execute", record)
    try:
        email = normalise(EMAIL, sql_source.rows[0]["email"])
        found = connector.find("customers", "email", EMAIL, [email])
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert [r.key for r in found] == [f"customer_no={sql_source.rows[0]['customer_no']}"]
    statement, engine, used = ran[-1]
    assert statement.lstrip().upper().startswith("SELECT") and "customers" in statement
    with engine.connect() as connection:
        assert connection.connection.dbapi_connection is used  # the pool hands it back
        with pytest.raises(DBAPIError, match=r"(?i)read.?only"):
            connection.execute(text("DELETE FROM customers"))
    connector.close()
    assert sql_source.count() == len(sql_source.rows)


def test_the_email_look_up_uses_the_index(tmp_path: Path) -> None:
    table = customers_table(MetaData())
    engine = create_engine(f"sqlite:///{tmp_path / 'plan.sqlite'}")
    table.metadata.create_all(engine)
    for kind, column, index in [
        (EMAIL, table.c.email, "ix_customers_email"),
        (PHONE, table.c.phone, "ix_customers_phone"),
        (LAST_NAME, table.c.last_name, "ix_customers_name"),
    ]:
        query = select(table.c.id).where(
            match_expression(kind, column).in_(match_values(kind, ["+33612345678"]))
        )
        compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
        with engine.connect() as connection:
            plan = connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        assert index in str(plan), (kind, plan)
    engine.dispose()


def test_phone_spellings() -> None:
    spellings = phone_spellings("+33612345678")
    for form in [
        "0612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+33612345678",
        "+33 6 12 34 56 78",
        "0033612345678",
        "0033 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
    ]:
        assert form in spellings
    assert len(spellings) == len(set(spellings))
    assert all(normalise(PHONE, s) in ("+33612345678", None) for s in spellings)


# -- SQLite failures ------------------------------------------------------------------


def test_a_missing_sqlite_file_is_reported_and_not_created(
    make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    catalogue = make_catalogue(crm=_source_spec("sqlite:///absent.sqlite"))
    connector = open_connector(catalogue, "crm", tmp_path)
    with pytest.raises(SourceFailure, match=fr("Source « CRM clients » : fichier introuvable")):
        connector.check()
    with pytest.raises(SourceFailure, match=fr("fichier introuvable")):
        connector.find("customers", "email", EMAIL, ["x@exemple.fr"])
    connector.close()
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_locked_sqlite_base_fails_within_the_time_out(
    make_catalogue: CatalogueFactory, tmp_path: Path, fake: Faker
) -> None:
    path = tmp_path / "crm.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    table = customers_table(MetaData())
    table.metadata.create_all(engine)
    engine.dispose()
    catalogue = make_catalogue(crm=_source_spec("sqlite:///crm.sqlite") | {"timeout": 0.2})
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    connector = open_connector(catalogue, "crm", tmp_path)
    try:
        with pytest.raises(SourceFailure, match=fr("CRM clients.*base verrouillée")):
            connector.find("customers", "email", EMAIL, ["x@exemple.fr"])
    finally:
        connector.close()
        holder.execute("ROLLBACK")
        holder.close()


def test_a_long_sqlite_query_is_interrupted_at_the_time_out(
    make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    path = tmp_path / "crm.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    table = customers_table(MetaData())
    table.metadata.create_all(engine)
    with engine.begin() as connection:
        rows = [{"id": n, "customer_no": f"CL{n:08d}", "notes": f"n {n}"} for n in range(1, 5001)]
        connection.execute(insert(table), rows)
    engine.dispose()
    # A time-out of a microsecond: the scan of the notes is interrupted at its first check.
    catalogue = make_catalogue(crm=_source_spec("sqlite:///crm.sqlite") | {"timeout": 1e-6})
    connector = open_connector(catalogue, "crm", tmp_path)
    with pytest.raises(SourceFailure, match=fr("délai dépassé")):
        connector.find("customers", "notes", EMAIL, ["x@exemple.fr"])
    connector.close()


def test_a_file_that_is_not_a_base(make_catalogue: CatalogueFactory, tmp_path: Path) -> None:
    (tmp_path / "crm.sqlite").write_text("ceci n’est pas une base SQLite " * 100)
    catalogue = make_catalogue(crm=_source_spec("sqlite:///crm.sqlite"))
    connector = open_connector(catalogue, "crm", tmp_path)
    with pytest.raises(SourceFailure, match=fr("CRM clients.*pas une base SQLite")):
        connector.check()
    connector.close()


# -- PostgreSQL connections -----------------------------------------------------------


@pytest.mark.postgres
def test_password_from_the_keyring(
    make_catalogue: CatalogueFactory,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    postgres_url: str,
) -> None:
    url = make_url(postgres_url)
    secret = "s3cret-Passw0rd"
    memory_keyring.set_password("oklima-crm", url.username or "oklima", secret)
    spec = _source_spec(url.render_as_string(hide_password=False))
    spec["connection"]["password_keyring"] = {
        "service": "oklima-crm",
        "username": url.username or "oklima",
    }
    connector = open_connector(make_catalogue(crm=spec), "crm", tmp_path)
    assert connector.check() == problems("table « customers » absente de la base")
    connector.close()

    # A refused connection never shows the password.
    spec["connection"]["url"] = url.set(database="no_such_base").render_as_string(
        hide_password=False
    )
    connector = open_connector(make_catalogue(crm=spec), "crm", tmp_path)
    with pytest.raises(SourceFailure, match=fr("CRM clients.*base inconnue")) as caught:
        connector.check()
    assert secret not in str(caught.value)
    connector.close()

    memory_keyring.delete_password("oklima-crm", url.username or "oklima")
    connector = open_connector(make_catalogue(crm=spec), "crm", tmp_path)
    with pytest.raises(SourceFailure, match=fr("mot de passe absent du trousseau")):
        connector.check()
    connector.close()


@pytest.mark.postgres
def test_unknown_user_and_unreachable_server(
    make_catalogue: CatalogueFactory, tmp_path: Path, postgres_url: str
) -> None:
    url = make_url(postgres_url)
    unknown = url.set(username="personne_inconnue").render_as_string(hide_password=False)
    connector = open_connector(make_catalogue(crm=_source_spec(unknown)), "crm", tmp_path)
    with pytest.raises(SourceFailure, match=fr("CRM clients.*identifiants refusés")) as caught:
        connector.check()
    assert "Traceback" not in str(caught.value)
    connector.close()

    closed = url.set(host="127.0.0.1", port=1).render_as_string(hide_password=False)
    connector = open_connector(make_catalogue(crm=_source_spec(closed)), "crm", tmp_path)
    with pytest.raises(SourceFailure, match=fr("CRM clients.*serveur injoignable")):
        connector.check()
    connector.close()


def test_a_reference_key_is_matched_as_exact_text(sql_source: SqlSource, tmp_path: Path) -> None:
    fields = {**CUSTOMER_FIELDS, "id": {"category": "user.unique_id"}}
    catalogue = sql_source.catalogue(fields=fields)
    key = IdentifierKind.KEY
    assert find(catalogue, "customer_no", key, "CL00000003", tmp=tmp_path) == [
        "customer_no=CL00000003"
    ]
    assert find(catalogue, "customer_no", key, "cl00000003", "CL0000000%", tmp=tmp_path) == []
    assert find(catalogue, "id", key, "3", "x", "3 OR 1=1", tmp=tmp_path) == [
        "customer_no=CL00000003"
    ]
