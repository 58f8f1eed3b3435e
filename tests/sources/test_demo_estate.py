"""The demo estate: every file opens, the catalogue describes it, the hard cases are there."""

from __future__ import annotations

import csv
import email
import mailbox
import sqlite3
from contextlib import closing
from datetime import date
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import String, column
from sqlalchemy.dialects import sqlite

from oklima_dpo.config.catalogue_file import load_catalogue
from oklima_dpo.config.register_file import load_register
from oklima_dpo.demo.estate import (
    CATALOGUE_NAME,
    FILES,
    HARD_CASE_DESCRIPTIONS,
    EstateSummary,
    write_demo_estate,
)
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.identity import IdentifierKind, fold_name, normalise
from oklima_dpo.sources.connectors.locations import file_of, url_of
from oklima_dpo.sources.connectors.sql_matching import match_expression
from oklima_dpo.sources.matching import mentions

TODAY = date(2025, 3, 25)
PERSONS = 300


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> EstateSummary:
    return write_demo_estate(tmp_path_factory.mktemp("estate"), PERSONS, seed=7, today=TODAY)


@pytest.fixture(scope="module")
def catalogue(estate: EstateSummary) -> Catalogue:
    return load_catalogue(estate.catalogue, load_register())


def query(estate: EstateSummary, db: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(estate.out_dir / f"{db}.sqlite")) as connection:
        return connection.execute(sql, params).fetchall()


def newsletter(estate: EstateSummary) -> list[dict[str, str]]:
    with open(estate.out_dir / "newsletter.csv", encoding="cp1252", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=";"))


def survey(estate: EstateSummary) -> list[dict[str, Any]]:
    workbook = load_workbook(estate.out_dir / "satisfaction.xlsx", read_only=True)
    try:
        rows = list(workbook["Réponses"].iter_rows(values_only=True))
    finally:
        workbook.close()
    header = rows[0]
    # Read-only mode drops a row's empty cells at its end.
    return [dict(zip(header, (*row, *[None] * len(header)), strict=False)) for row in rows[1:]]


def messages(estate: EstateSummary) -> list[EmailMessage]:
    box = mailbox.mbox(estate.out_dir / "support.mbox", create=False)
    try:
        raw = [box.get_bytes(key) for key in box.iterkeys()]
    finally:
        box.close()
    parsed = [email.message_from_bytes(data, policy=policy.default) for data in raw]
    return [m for m in parsed if isinstance(m, EmailMessage)]


# -- Files and catalogue ----------------------------------------------------------------


def test_every_file_is_written_and_opens(estate: EstateSummary) -> None:
    assert sorted(p.name for p in estate.out_dir.iterdir()) == sorted([*FILES, CATALOGUE_NAME])
    for name, count in estate.rows.items():
        source, table = name.split(".", 1)
        if source in ("crm", "billing", "portal"):
            assert query(estate, source, f"SELECT count(*) FROM {table}") == [(count,)], name
    assert estate.rows["crm.customers"] == PERSONS
    assert len(newsletter(estate)) == estate.rows["newsletter.newsletter"] > 0
    assert len(survey(estate)) == estate.rows["satisfaction.Réponses"] > 0
    assert len(messages(estate)) == estate.rows["support.messages"] > 0
    for table in ("contracts", "interactions"):
        assert estate.rows[f"crm.{table}"] > 0
    for name in ("invoices", "payments", "bank_accounts"):
        assert estate.rows[f"billing.{name}"] > 0


def test_the_catalogue_loads_with_the_register_and_reaches_the_files(
    estate: EstateSummary, catalogue: Catalogue
) -> None:
    assert set(catalogue.sources) == {
        "crm",
        "billing",
        "portal",
        "newsletter",
        "satisfaction",
        "support",
        "paper_archives",
    }
    for source_id, source in catalogue.sources.items():
        if source.kind == "sql":
            url = url_of(catalogue, source_id)
            assert Path(url.removeprefix("sqlite:///")).is_file(), url
        elif source.kind in ("spreadsheet", "mail"):
            assert file_of(catalogue, source_id).is_file(), source_id
    assert catalogue.sources["paper_archives"].task


def test_the_shipped_catalogue_loads_where_it_stands() -> None:
    shipped = Path(__file__).parents[2] / "resources" / "sources" / "demo.yaml"
    assert load_catalogue(shipped, load_register()).sources


def test_every_table_and_column_of_the_catalogue_exists(
    estate: EstateSummary, catalogue: Catalogue
) -> None:
    sheet_header = list(survey(estate)[0])
    with open(estate.out_dir / "newsletter.csv", encoding="cp1252", newline="") as stream:
        csv_header = next(csv.reader(stream, delimiter=";"))
    for source_id, source in catalogue.sources.items():
        for table, spec in source.tables.items():
            if source.kind == "sql":
                columns = [
                    row[1] for row in query(estate, source_id, f"PRAGMA table_info({table})")
                ]
            elif source_id == "newsletter":
                columns = csv_header
            elif source_id == "satisfaction":
                assert table == "Réponses"
                columns = sheet_header
            else:
                continue  # a mailbox's fields are the message's parts, checked on loading
            assert columns, f"{source_id}.{table}"
            missing = set(spec.fields) - set(columns)
            assert not missing, f"{source_id}.{table}: {missing}"


def test_references_lead_to_existing_rows(estate: EstateSummary) -> None:
    orphans = query(
        estate,
        "billing",
        "SELECT count(*) FROM payments WHERE invoice_no NOT IN (SELECT invoice_no FROM invoices)",
    )
    assert orphans == [(0,)]
    customers = {row[0] for row in query(estate, "crm", "SELECT customer_no FROM customers")}
    for db, table in (
        ("crm", "contracts"),
        ("crm", "interactions"),
        ("billing", "invoices"),
        ("billing", "bank_accounts"),
        ("portal", "accounts"),
    ):
        used = {row[0].upper() for row in query(estate, db, f"SELECT customer_no FROM {table}")}
        assert used <= customers, f"{db}.{table}"


def folded(column_name: str) -> str:
    """The connector's expression for a name, as SQLite receives it."""
    expression = match_expression(IdentifierKind.LAST_NAME, column(column_name, String))
    return str(expression.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def test_the_connectors_searches_use_an_index(estate: EstateSummary) -> None:
    searches = [
        ("crm", "customers", "lower(email) IN ('a@b.example')"),
        ("crm", "customers", "upper(customer_no) IN ('CL00010001')"),
        ("crm", "customers", "phone IN ('06 12 34 56 78', '0612345678')"),
        ("crm", "customers", "postcode IN ('35000')"),
        ("crm", "customers", f"{folded('last_name')} IN ('girard')"),
        ("crm", "contracts", "upper(contract_no) IN ('CT00020002')"),
        ("crm", "interactions", "upper(customer_no) IN ('CL00010001')"),
        ("billing", "invoices", "upper(customer_no) IN ('CL00010001')"),
        ("billing", "payments", "invoice_no IN ('FA0000000001')"),
        ("billing", "bank_accounts", "upper(customer_no) IN ('CL00010001')"),
        ("portal", "accounts", "lower(login) IN ('a@b.example')"),
        ("portal", "login_history", "account_id IN (1)"),
    ]
    for db, table, condition in searches:
        plan = query(estate, db, f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {condition}")
        assert any("USING INDEX" in row[-1] for row in plan), (db, table, condition, plan)


def test_phones_and_emails_are_valid_identifiers(estate: EstateSummary) -> None:
    for mail, phone in query(estate, "crm", "SELECT email, phone FROM customers"):
        assert normalise(IdentifierKind.PHONE, phone), phone
        assert mail is None or normalise(IdentifierKind.EMAIL, mail), mail
    for row in survey(estate):
        assert row["phone"] in ("", None) or normalise(IdentifierKind.PHONE, row["phone"]), row


def test_the_same_seed_gives_the_same_estate(tmp_path: Path) -> None:
    first = write_demo_estate(tmp_path / "a", 40, seed=3, today=TODAY)
    second = write_demo_estate(tmp_path / "b", 40, seed=3, today=TODAY)
    other = write_demo_estate(tmp_path / "c", 40, seed=4, today=TODAY)
    assert first.rows == second.rows
    assert first.hard_cases == second.hard_cases
    for name in ("crm.sqlite", "billing.sqlite", "portal.sqlite", "newsletter.csv", "support.mbox"):
        assert (first.out_dir / name).read_bytes() == (second.out_dir / name).read_bytes(), name
    assert survey(first) == survey(second)
    # The hard cases stand at the same places whatever the seed.
    assert first.hard_cases["homonyms"] == other.hard_cases["homonyms"]
    assert newsletter(first) != newsletter(other)


def test_writing_again_replaces_the_estate(tmp_path: Path) -> None:
    write_demo_estate(tmp_path, 30, seed=1, today=TODAY)
    summary = write_demo_estate(tmp_path, 25, seed=1, today=TODAY)
    assert query(summary, "crm", "SELECT count(*) FROM customers") == [(25,)]
    assert not list(tmp_path.glob("*.partial"))


def test_too_few_persons_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DpoError, match="au moins"):
        write_demo_estate(tmp_path, 5)
    assert not list(tmp_path.iterdir())


# -- Hard cases -------------------------------------------------------------------------


def test_every_hard_case_is_listed_and_described(estate: EstateSummary) -> None:
    assert set(estate.hard_cases) == set(HARD_CASE_DESCRIPTIONS)
    assert len(estate.hard_cases) >= 8


def test_email_in_capitals(estate: EstateSummary) -> None:
    case = estate.hard_cases["email_in_capitals"]
    crm = query(
        estate, "crm", "SELECT email FROM customers WHERE customer_no = ?", case["customer_no"]
    )
    portal = query(
        estate, "portal", "SELECT login FROM accounts WHERE customer_no = ?", case["customer_no"]
    )
    assert crm == [(case["email"],)] and case["email"] == case["email"].lower()
    assert portal == [(case["email"].upper(),)] == [(case["portal_login"],)]


def test_one_phone_written_three_ways(estate: EstateSummary) -> None:
    case = estate.hard_cases["phone_formats"]
    crm = query(
        estate, "crm", "SELECT phone FROM customers WHERE customer_no = ?", case["customer_no"]
    )
    assert crm == [(case["phone"],)]
    assert any(row["phone"] == case["phone_survey"] for row in survey(estate))
    bodies = [m.get_content() for m in messages(estate) if case["email"] in str(m["from"])]
    assert any(case["phone_mail"] in body for body in bodies)
    written = {case["phone"], case["phone_survey"], case["phone_mail"]}
    assert len(written) == 3
    assert len({normalise(IdentifierKind.PHONE, w) for w in written}) == 1


def test_accented_and_plain_spellings(estate: EstateSummary) -> None:
    case = estate.hard_cases["accented_name"]
    crm = query(
        estate,
        "crm",
        "SELECT first_name, last_name FROM customers WHERE customer_no = ?",
        case["customer_no"],
    )
    assert crm == [("Hélène", "Lefèvre")]
    names = [row["name"] for row in survey(estate)]
    assert "Helene Lefevre" in names and "Hélène Lefèvre" not in names
    assert fold_name("Helene Lefevre") == fold_name("Hélène Lefèvre")


def test_two_people_with_one_name(estate: EstateSummary) -> None:
    case = estate.hard_cases["homonyms"]
    rows = query(
        estate,
        "crm",
        "SELECT customer_no, postcode, email FROM customers WHERE first_name = ? AND last_name = ?",
        case["first_name"],
        case["last_name"],
    )
    assert sorted(rows) == sorted(
        [
            (case["customer_no"], case["postcode"], case["email"]),
            (case["other_customer_no"], case["other_postcode"], case["other_email"]),
        ]
    )
    assert case["postcode"] != case["other_postcode"] and case["email"] != case["other_email"]


def test_a_family_shares_one_email(estate: EstateSummary) -> None:
    case = estate.hard_cases["shared_family_email"]
    rows = query(
        estate,
        "crm",
        "SELECT customer_no, first_name FROM customers WHERE email = ?",
        case["email"],
    )
    assert sorted(rows) == sorted(
        [(case["customer_no"], case["first_name"]), (case["other_customer_no"], "Paul")]
    )


def test_a_former_customer_kept_too_long(estate: EstateSummary) -> None:
    case = estate.hard_cases["retention_expired"]
    rows = query(
        estate,
        "crm",
        "SELECT status, contract_end FROM customers WHERE customer_no = ?",
        case["customer_no"],
    )
    assert rows == [("R", case["contract_end"])]
    assert date.fromisoformat(case["contract_end"]) < TODAY.replace(year=TODAY.year - 5)
    invoices = query(
        estate,
        "billing",
        "SELECT count(*) FROM invoices WHERE customer_no = ?",
        case["customer_no"],
    )
    assert invoices[0][0] > 0


def test_a_prospect_known_only_to_the_newsletter(estate: EstateSummary) -> None:
    case = estate.hard_cases["prospect_newsletter_only"]
    address = case["email"]
    assert [r["first_name"] for r in newsletter(estate) if r["email"] == address] == ["Léa"]
    assert query(estate, "crm", "SELECT 1 FROM customers WHERE lower(email) = ?", address) == []
    assert query(estate, "portal", "SELECT 1 FROM accounts WHERE lower(login) = ?", address) == []
    assert all(str(row["email"]).lower() != address for row in survey(estate))
    assert all(address not in m.as_string() for m in messages(estate))


def test_a_mail_that_mentions_another_customer(estate: EstateSummary, catalogue: Catalogue) -> None:
    case = estate.hard_cases["mentioned_in_other_mail"]
    [message] = [m for m in messages(estate) if m["message-id"] == case["message_id"]]
    assert message["from"].addresses[0].addr_spec == case["sender_email"]
    assert case["sender_email"] != case["email"]
    found = mentions(message.get_content(), frozenset(IdentifierKind), catalogue.patterns)
    assert (IdentifierKind.CUSTOMER_NO, case["customer_no"]) in found
    assert (IdentifierKind.EMAIL, case["email"]) in found
    assert (IdentifierKind.CUSTOMER_NO, case["sender_customer_no"]) in found
    senders = {m["from"].addresses[0].addr_spec for m in messages(estate)}
    assert case["email"] not in senders  # she never wrote herself


def test_a_customer_number_in_lower_case(estate: EstateSummary) -> None:
    case = estate.hard_cases["customer_no_lower_case"]
    stored = query(
        estate,
        "billing",
        "SELECT customer_no FROM bank_accounts WHERE upper(customer_no) = ?",
        case["customer_no"],
    )
    assert stored == [(case["customer_no_in_billing"],)]
    assert case["customer_no_in_billing"] == case["customer_no"].lower()
