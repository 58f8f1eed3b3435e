"""The portability zip: JSON valid against its published schema, CSVs Excel reads, a manifest."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from faker import Faker
from jsonschema import Draft202012Validator, FormatChecker

from oklima_dpo.documents.portability import (
    DATA_FILE,
    MANIFEST_FILE,
    README_FILE,
    SCHEMA_FILE,
    SCHEMA_ID,
    PortabilityExport,
    PortableField,
    PortableRecord,
    portability_data,
    portability_files,
    schema_path,
    write_portability_zip,
)
from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.register import Controller

CONTROLLER = Controller("OKLIMA SAS", "12 rue des Artisans\n69003 Lyon", "dpo@oklima.example")
AT = datetime(2025, 3, 14, 10, 5, 30, tzinfo=PARIS)


def field(name: str, label: str, value: object, category: str, meaning: str | None = None):
    return PortableField(name, label, value, category, meaning)


@pytest.fixture
def person() -> dict[str, str]:
    fake = Faker("fr_FR")
    fake.seed_instance(20)
    return {
        "first_name": "Élodie",
        "last_name": "Le Gall-Hervé",
        "email": fake.email(),
        "address": "3 allée des Châtaigniers",
        "city": "Saint-Étienne",
    }


@pytest.fixture
def export(person: dict[str, str]) -> PortabilityExport:
    customer = PortableRecord(
        "crm",
        "CRM clients",
        "customers",
        "Fiche client",
        None,  # the customer number is OKLIMA's, not portable
        (
            field("first_name", "Prénom", person["first_name"], "user.name"),
            field("last_name", "Nom", person["last_name"], "user.name"),
            field("email", "Adresse e-mail", person["email"], "user.contact.email"),
            field("address", "Adresse", person["address"], "user.contact.address"),
            field("city", "Ville", person["city"], "user.contact.address"),
            field("status", "Statut", "A", "user.contract.terms", "Client actif"),
            field("contract_end", "Fin de la relation", None, "user.contract.terms"),
        ),
    )
    payments = [
        PortableRecord(
            "billing",
            "Facturation",
            "payments",
            "Règlements",
            f"RG{number:06d}",
            (
                field(
                    "payment_id", "N° de règlement", f"RG{number:06d}", "user.payment.transactions"
                ),
                field(
                    "paid_on",
                    "Date de paiement",
                    f"2024-11-0{number}",
                    "user.payment.transactions",
                ),
                field("amount", "Montant (€)", 89.9 + number, "user.payment.transactions"),
                field("method", "Moyen de paiement", "PRLV", "user.payment.method", "Prélèvement"),
            ),
        )
        for number in (1, 2)
    ]
    message = PortableRecord(
        "support",
        "Boîte du service client",
        "messages",
        "Messages de support@oklima.example",
        "<abc@oklima.example>",
        (
            field("subject", "Objet", '=HYPERLINK("http://x")', "user.content.private.requests"),
            field(
                "body",
                "Texte du message",
                "Bonjour ; « merci »\nÉlodie",
                "user.content.private.requests",
            ),
            field("date", "Date", "Date", "user.content.private.requests"),
            field("from", "Date", "-reply", "user.content.private.requests"),  # a shared label
        ),
    )
    return PortabilityExport(
        "DR-2025-0042", "Élodie Le Gall-Hervé", CONTROLLER, AT, (customer, *payments, message)
    )


def schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def validate(content: dict) -> None:
    Draft202012Validator.check_schema(schema())
    Draft202012Validator(schema(), format_checker=FormatChecker()).validate(content)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_zip_holds_the_data_the_tables_the_schema_and_a_manifest(
    tmp_path: Path, export: PortabilityExport
) -> None:
    written = write_portability_zip(tmp_path / "DR-2025-0042", export)
    assert written.path.name == "DR-2025-0042-portabilite.zip"
    assert hashlib.sha256(written.path.read_bytes()).hexdigest() == written.sha256
    files = members(written.path)
    assert list(files) == [
        DATA_FILE,
        "crm-customers.csv",
        "billing-payments.csv",
        "support-messages.csv",
        SCHEMA_FILE,
        README_FILE,
        MANIFEST_FILE,
    ]
    assert files[SCHEMA_FILE] == schema_path().read_bytes()  # the published schema, shipped
    readme = files[README_FILE].decode("utf-8")
    assert "DR-2025-0042" in readme and "Élodie Le Gall-Hervé" in readme
    assert "billing-payments.csv\u00a0: Facturation, Règlements (2 enregistrements)" in readme


def test_the_json_is_valid_against_the_published_schema(
    tmp_path: Path, export: PortabilityExport, person: dict[str, str]
) -> None:
    written = write_portability_zip(tmp_path, export)
    content = json.loads(members(written.path)[DATA_FILE].decode("utf-8"))
    validate(content)
    assert schema()["$id"] == SCHEMA_ID == content["metadata"]["schema"]["id"]
    meta = content["metadata"]
    assert meta["reference"] == "DR-2025-0042" and meta["record_count"] == 4
    assert meta["controller"]["name"] == "OKLIMA SAS"
    assert meta["generated_at"] == "2025-03-14T10:05:30+01:00"
    assert [s["id"] for s in content["sources"]] == ["crm", "billing", "support"]
    (customers,) = content["sources"][0]["tables"]
    assert customers["label"] == "Fiche client" and customers["csv"] == "crm-customers.csv"
    (record,) = customers["records"]
    assert "key" not in record  # no key: it would be OKLIMA's customer number
    values = {f["name"]: f for f in record["fields"]}
    assert values["city"]["value"] == "Saint-Étienne" and values["city"]["label"] == "Ville"
    assert values["status"] == {
        "name": "status",
        "label": "Statut",
        "value": "A",
        "meaning": "Client actif",
    }
    assert values["contract_end"]["value"] is None
    payments = content["sources"][1]["tables"][0]
    assert [r["key"] for r in payments["records"]] == ["RG000001", "RG000002"]
    assert payments["records"][0]["fields"][2]["value"] == pytest.approx(90.9)
    assert {c["category"] for c in payments["columns"]} == {
        "user.payment.transactions",
        "user.payment.method",
    }
    assert content == portability_data(export)


def test_a_bad_document_is_refused_by_the_schema(export: PortabilityExport) -> None:
    content = portability_data(export)
    content["sources"][0]["tables"][0]["records"][0]["fields"][0]["value"] = {"nested": 1}
    with pytest.raises(Exception, match="nested"):
        validate(content)


def test_the_csv_files_read_back_with_their_accents(
    tmp_path: Path, export: PortabilityExport, person: dict[str, str]
) -> None:
    files = members(write_portability_zip(tmp_path, export).path)
    raw = files["crm-customers.csv"]
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == [
        "Prénom",
        "Nom",
        "Adresse e-mail",
        "Adresse",
        "Ville",
        "Statut",
        "Fin de la relation",
    ]
    assert rows[1] == [
        "Élodie",
        "Le Gall-Hervé",
        person["email"],
        "3 allée des Châtaigniers",
        "Saint-Étienne",
        "A",
        "",
    ]
    payments = list(
        csv.reader(
            io.StringIO(files["billing-payments.csv"].decode("utf-8-sig"), newline=""),
            delimiter=";",
        )
    )
    assert payments[0][0] == "Référence de l’enregistrement"
    assert payments[1] == ["RG000001", "RG000001", "2024-11-01", "90,9", "PRLV"]  # decimal comma
    messages = list(
        csv.reader(
            io.StringIO(files["support-messages.csv"].decode("utf-8-sig"), newline=""),
            delimiter=";",
        )
    )
    # Two columns labelled « Date » are told apart; formulas are defused; « ; » and lines kept.
    assert messages[0] == [
        "Référence de l’enregistrement",
        "Objet",
        "Texte du message",
        "Date (date)",
        "Date (from)",
    ]
    assert messages[1] == [
        "<abc@oklima.example>",
        '\'=HYPERLINK("http://x")',
        "Bonjour ; « merci »\nÉlodie",
        "Date",
        "'-reply",
    ]


def test_the_manifest_gives_each_file_its_size_and_sha256(
    tmp_path: Path, export: PortabilityExport
) -> None:
    files = members(write_portability_zip(tmp_path, export).path)
    manifest = json.loads(files[MANIFEST_FILE])
    assert manifest["algorithm"] == "SHA-256" and manifest["reference"] == "DR-2025-0042"
    listed = {item["name"]: item for item in manifest["files"]}
    assert set(listed) == set(files) - {MANIFEST_FILE}
    for name, data in files.items():
        if name != MANIFEST_FILE:
            assert listed[name]["size"] == len(data)
            assert listed[name]["sha256"] == hashlib.sha256(data).hexdigest()


def test_an_existing_zip_is_never_overwritten(tmp_path: Path, export: PortabilityExport) -> None:
    taken = tmp_path / "DR-2025-0042-portabilite.zip"
    taken.write_bytes(b"sent last week")
    written = write_portability_zip(tmp_path, export)
    assert written.path.name == "DR-2025-0042-portabilite (2).zip"
    assert taken.read_bytes() == b"sent last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "DR-2025-0042-portabilite (2).zip",
        "DR-2025-0042-portabilite.zip",
    ]


def test_nothing_portable_still_makes_a_valid_export(tmp_path: Path) -> None:
    empty = PortabilityExport("DR-2025-0043", "Jean Dupont", CONTROLLER, AT, ())
    files = portability_files(empty)
    content = json.loads(files[DATA_FILE])
    validate(content)
    assert content["sources"] == [] and content["metadata"]["record_count"] == 0
    assert not [name for name in files if name.endswith(".csv")]


def test_the_files_are_the_same_for_the_same_export(export: PortabilityExport) -> None:
    assert portability_files(export) == portability_files(export)


def test_a_naive_time_is_refused(export: PortabilityExport) -> None:
    from dataclasses import replace

    with pytest.raises(ValueError, match="aware"):
        portability_files(replace(export, generated_at=datetime(2025, 3, 14, 10, 5)))
