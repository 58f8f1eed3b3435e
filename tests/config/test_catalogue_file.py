"""The source catalogue: a valid file loads; each mistake is named with its file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from oklima_dpo.config.catalogue_file import CatalogueError, load_catalogue
from oklima_dpo.config.register_file import load_register
from oklima_dpo.domain.identity import IdentifierKind
from oklima_dpo.domain.register import Register
from oklima_dpo.sources.connectors.locations import url_of

VALID = """\
version: 1
patterns:
  customer_no: 'CL\\d{8}'
sources:
  crm:
    name: CRM clients
    kind: sql
    owner: {team: Relation client, contact: crm@oklima.example}
    activities: [service_provision]
    timeout: 5
    connection:
      url: sqlite:///crm.sqlite
      password_keyring: {service: oklima-dpo, username: crm}
    tables:
      customers:
        label: Clients
        key: [customer_no]
        retention: {rule: contract.identification, from: contract_end}
        fields:
          customer_no: {category: user.unique_id, identifies: customer_no}
          email: {category: user.contact.email, identifies: email}
          contract_end: {category: user.contract.terms}
          status: {category: user.contract.terms, codes: {A: actif, R: résilié}}
        references:
          - {field: customer_no, to: billing.invoices.customer_no}
  billing:
    name: Facturation
    kind: sql
    owner: {team: Finance, contact: finance@oklima.example}
    activities: [billing_and_payment]
    connection: {url: sqlite:///billing.sqlite}
    tables:
      invoices:
        key: [invoice_no]
        fields:
          invoice_no: {category: user.financial.invoice}
          customer_no: {category: user.unique_id, identifies: customer_no}
  archives:
    name: Archives papier
    kind: manual
    owner: {team: Services généraux, contact: archives@oklima.example}
    activities: [service_provision]
    task: Rechercher les contrats signés au nom de la personne.
"""


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalogue.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, register: Register, text: str) -> str:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(write(tmp_path, text), register)
    return str(caught.value).replace("\xa0", " ")  # French typography's non-breaking spaces


def test_a_valid_catalogue_loads(tmp_path: Path, register: Register) -> None:
    catalogue = load_catalogue(write(tmp_path, VALID), register)
    assert list(catalogue.sources) == ["crm", "billing", "archives"]
    customers = catalogue.source("crm").tables["customers"]
    assert dict(customers.identity_fields()) == {
        "customer_no": IdentifierKind.CUSTOMER_NO,
        "email": IdentifierKind.EMAIL,
    }
    assert customers.retention is not None and customers.retention.from_ == "contract_end"
    assert url_of(catalogue, "crm") == f"sqlite:///{(tmp_path / 'crm.sqlite').resolve()}"
    assert catalogue.patterns[IdentifierKind.CUSTOMER_NO].findall("n° CL00001234.") == [
        "CL00001234"
    ]


def test_a_syntax_error_names_the_line_and_column(tmp_path: Path, register: Register) -> None:
    text = VALID.replace("    timeout: 5\n", "    timeout: [5\n")
    message = problems_of(tmp_path, register, text)
    assert message.startswith("catalogue.yaml, ligne ")
    assert "syntaxe YAML invalide" in message


def test_an_unknown_category_is_named_with_its_line(tmp_path: Path, register: Register) -> None:
    text = VALID.replace("{category: user.contact.email,", "{category: user.contact.mail,")
    message = problems_of(tmp_path, register, text)
    line = VALID.splitlines().index(
        "          email: {category: user.contact.email, identifies: email}"
    )
    assert (
        f"catalogue.yaml, ligne {line + 1}, sources.crm.tables.customers.fields.email.category"
        in message
    )
    assert "catégorie « user.contact.mail » absente du registre" in message


def test_a_reference_to_an_unknown_source_table_or_field(
    tmp_path: Path, register: Register
) -> None:
    for target, expected in [
        ("billling.invoices.customer_no", "source « billling » inconnue du catalogue"),
        ("billing.invoice.customer_no", "table « invoice » inconnue dans la source « billing »"),
        ("billing.invoices.client", "champ « client » inconnu dans « billing.invoices »"),
        ("billing.invoices", "la forme attendue est source.table.champ"),
    ]:
        text = VALID.replace("to: billing.invoices.customer_no", f"to: {target}")
        message = problems_of(tmp_path, register, text)
        assert "sources.crm.tables.customers.references[0].to" in message
        assert expected in message


def test_an_unknown_activity_kind_or_identifier_kind(tmp_path: Path, register: Register) -> None:
    text = VALID.replace("kind: manual", "kind: paper").replace(
        "identifies: email}", "identifies: mail}"
    )
    message = problems_of(tmp_path, register, text)
    assert "2 erreurs" in message
    assert "sources.archives.kind : « paper » n’est pas reconnu" in message
    assert "« mail » n’est pas reconnu" in message
    text = VALID.replace("activities: [billing_and_payment]", "activities: [billing]")
    message = problems_of(tmp_path, register, text)
    assert "sources.billing.activities[0] : activité « billing » absente du registre" in message


def test_a_password_in_the_url_is_refused(tmp_path: Path, register: Register) -> None:
    text = VALID.replace("url: sqlite:///billing.sqlite", "url: postgresql://dpo:s3cret@db/billing")
    message = problems_of(tmp_path, register, text)
    assert "mot de passe en clair" in message
    assert "s3cret" not in message.replace("s3cret@db", "")  # only the URL's own echo, if any


def test_a_retention_without_a_duration_or_an_unknown_field(
    tmp_path: Path, register: Register
) -> None:
    text = VALID.replace("rule: contract.identification", "rule: contract.relationship_marketing")
    assert "n’a pas de durée" in problems_of(tmp_path, register, text)
    text = VALID.replace("from: contract_end", "from: ended_on")
    assert "« ended_on » n’est pas un champ de la table" in problems_of(tmp_path, register, text)


def test_a_duplicate_key_and_a_missing_file(tmp_path: Path, register: Register) -> None:
    text = VALID.replace("    timeout: 5\n", "    timeout: 5\n    timeout: 6\n")
    assert "clé « timeout » en double" in problems_of(tmp_path, register, text)
    with pytest.raises(CatalogueError, match="fichier introuvable"):
        load_catalogue(tmp_path / "absent.yaml", register)


def test_a_manual_source_needs_its_task(tmp_path: Path, register: Register) -> None:
    text = VALID.replace("    task: Rechercher les contrats signés au nom de la personne.\n", "")
    assert "sources.archives.task" in problems_of(tmp_path, register, text)


def test_what_may_be_written_is_checked(tmp_path: Path, register: Register) -> None:
    writes = (
        "        writes:\n"
        "          erase: empty\n"
        "          erase_fields: [email, fax]\n"
        "          correctable: [email]\n"
        "          restriction_field: restricted\n"
    )
    text = VALID.replace("        references:\n", writes + "        references:\n", 1)
    message = problems_of(tmp_path, register, text)
    assert "sources.crm.tables.customers.writes.erase_fields[1] : « fax » n’est pas un champ" in (
        message
    )
    assert "writes.restriction_field : « restricted » n’est pas un champ" in message
    good = VALID.replace(
        "        references:\n",
        "        writes: {erase: delete, correctable: [email]}\n        references:\n",
        1,
    )
    catalogue = load_catalogue(write(tmp_path, good), register)
    spec = catalogue.source("crm").tables["customers"].writes
    assert spec is not None and spec.erase == "delete" and spec.correctable == ("email",)
