"""One SQL source's changes in one real transaction, on SQLite and on PostgreSQL: applied and
read back, or rolled back entirely when anything fails in the middle."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from faker import Faker
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    select,
    text,
)
from sqlalchemy.engine import make_url

from oklima_dpo.actions.sql_executor import execute_source
from oklima_dpo.config.catalogue_file import load_catalogue
from oklima_dpo.config.register_file import load_register
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.plan import Action, SourcePlan
from oklima_dpo.domain.planner import build_plan
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.sources.connectors.locations import url_of
from tests.snapshots import snapshot

FIELDS = {
    "customer_no": {"category": "user.unique_id", "identifies": "customer_no"},
    "first_name": {"category": "user.name", "identifies": "first_name"},
    "last_name": {"category": "user.name", "identifies": "last_name"},
    "email": {"category": "user.contact.email", "identifies": "email"},
    "city": {"category": "user.contact.address"},
    "restricted": {"category": "user.contract.terms"},
}


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register()


@dataclass
class Source:
    catalogue: Catalogue
    url: str  # where the test reads (the executor opens its own connection)
    table: Table
    rows: list[dict[str, Any]]

    def dump(self) -> list[tuple[Any, ...]]:
        engine = create_engine(self.url)
        with engine.connect() as connection:
            found = connection.execute(select(self.table).order_by(self.table.c.customer_no))
            result = [tuple(row) for row in found]
        engine.dispose()
        return result

    def findings(self, *numbers: str) -> list[dict[str, Any]]:
        """The records as a reviewed snapshot holds them."""
        return [
            {
                "source": "crm",
                "table": "customers",
                "key": f"customer_no={row['customer_no']}",
                "included": True,
                "change": "new",
                "fields": [
                    {"name": name, "value": row[name], "category": FIELDS[name]["category"]}
                    for name in FIELDS
                ],
            }
            for row in self.rows
            if row["customer_no"] in numbers
        ]

    def plan(self, right: Right, *numbers: str, **kw: Any) -> SourcePlan:
        reviewed = snapshot(self.findings(*numbers))
        plan = build_plan("DR-2025-0001", right, reviewed, self.catalogue, load_register(), **kw)
        return plan.source("crm")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def source(request: pytest.FixtureRequest, tmp_path: Path, register: Register) -> Iterator[Source]:
    fake = Faker("fr_FR")
    fake.seed_instance(20250325)
    metadata = MetaData()
    if request.param == "sqlite":
        write_url = f"sqlite:///{tmp_path / 'crm.sqlite'}"
        catalogue_url = "sqlite:///crm.sqlite"
        schema = None
    else:
        base = make_url(request.getfixturevalue("postgres_url"))
        schema = f"exec_{uuid.uuid4().hex[:10]}"
        write_url = base.render_as_string(hide_password=False)
        catalogue_url = base.update_query_dict(
            {"options": f"-csearch_path={schema}"}
        ).render_as_string(hide_password=False)
    table = Table(
        "customers",
        metadata,
        Column("customer_no", String(20), primary_key=True),
        Column("first_name", String(100), nullable=False),
        Column("last_name", String(100), nullable=False),
        Column("email", String(200)),
        Column("city", String(100), nullable=False),
        Column("restricted", Integer, nullable=False, server_default="0"),
        schema=schema,
    )
    rows = [
        {
            "customer_no": f"CL{n:08d}",
            "first_name": fake.first_name(),
            "last_name": fake.last_name(),
            "email": fake.email(domain="exemple.test"),
            "city": fake.city(),
            "restricted": 0,
        }
        for n in range(1, 7)
    ]
    engine = create_engine(write_url)
    with engine.begin() as connection:
        if schema:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        metadata.create_all(connection)
        connection.execute(insert(table), rows)
    engine.dispose()
    document = {
        "version": 1,
        "sources": {
            "crm": {
                "name": "CRM clients",
                "kind": "sql",
                "owner": {"team": "SI", "contact": "si@exemple.test"},
                "activities": ["service_provision"],
                "connection": {"url": catalogue_url},
                "tables": {
                    "customers": {
                        "key": ["customer_no"],
                        "fields": FIELDS,
                        "writes": {
                            "erase": "delete",
                            "correctable": ["city", "email"],
                            "restriction_field": "restricted",
                        },
                    }
                },
            }
        },
    }
    path = tmp_path / "catalogue.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    catalogue = load_catalogue(path, register)
    # What is read back goes through the schema when there is one.
    read_url = url_of(catalogue, "crm") if schema else write_url
    yield Source(catalogue, read_url, table.to_metadata(MetaData(), schema=None), rows)
    if schema:
        engine = create_engine(write_url)
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def test_erasure_is_applied_and_read_back(source: Source) -> None:
    plan = source.plan(Right.ERASURE, "CL00000002", "CL00000005")
    assert [r.action for r in plan.records] == [Action.DELETE, Action.DELETE]
    before = source.dump()
    result = execute_source(source.catalogue, plan)
    assert result.status == "applied", result.message
    assert result.statements == 2 and result.done == {"delete": 2}
    assert result.before is not None and result.before.count == 2
    assert result.after is not None and result.after.count == 0
    assert result.tables == {"customers": {"before": 6, "after": 4}}
    assert source.dump() == [row for row in before if row[0] not in ("CL00000002", "CL00000005")]


def test_a_failure_after_some_statements_rolls_the_whole_source_back(source: Source) -> None:
    plan = source.plan(Right.ERASURE, "CL00000001", "CL00000003", "CL00000004")
    before = source.dump()
    ran: list[int] = []

    def fail_after_two(count: int) -> None:
        ran.append(count)
        if count == 2:
            raise RuntimeError("coupure réseau simulée")

    result = execute_source(source.catalogue, plan, after_statement=fail_after_two)
    assert ran == [1, 2], "two rows were deleted inside the transaction"
    assert result.status == "failed"
    assert "CRM clients" in (result.message or "") and "coupure réseau simulée" in (
        result.message or ""
    )
    assert source.dump() == before


def test_rectification_and_restriction_change_only_their_fields(source: Source) -> None:
    before = {row[0]: row for row in source.dump()}
    plan = source.plan(
        Right.RECTIFICATION, "CL00000003", corrections={"crm.customers.city": "Saint-Étienne"}
    )
    result = execute_source(source.catalogue, plan)
    assert result.status == "applied", result.message
    marked = execute_source(source.catalogue, source.plan(Right.RESTRICTION, "CL00000004"))
    assert marked.status == "applied", marked.message
    after = {row[0]: row for row in source.dump()}
    changed = {number for number in before if before[number] != after[number]}
    assert changed == {"CL00000003", "CL00000004"}
    assert after["CL00000003"] == (*before["CL00000003"][:4], "Saint-Étienne", 0)
    assert after["CL00000004"] == (*before["CL00000004"][:5], 1)


def test_a_record_changed_since_the_review_stops_the_source(source: Source) -> None:
    plan = source.plan(
        Right.RECTIFICATION,
        "CL00000001",
        "CL00000002",
        corrections={"crm.customers.city": "Brest"},
    )
    source.rows[1]["city"] = "ailleurs"  # the review saw another value than the base holds
    stale = source.plan(
        Right.RECTIFICATION,
        "CL00000001",
        "CL00000002",
        corrections={"crm.customers.city": "Brest"},
    )
    assert stale != plan
    before = source.dump()
    result = execute_source(source.catalogue, stale)
    assert result.status == "failed" and "changé depuis la revue" in (result.message or "")
    assert source.dump() == before
    gone = source.plan(Right.ERASURE, "CL00000006")
    assert execute_source(source.catalogue, gone).status == "applied"
    again = execute_source(source.catalogue, gone)
    assert again.status == "failed" and "introuvable" in (again.message or "")
