"""Spreadsheet sources on real files: xlsx written with openpyxl, csv in several encodings."""

from __future__ import annotations

import csv
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from faker import Faker
from openpyxl import Workbook

from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.identity import IdentifierKind, normalise
from oklima_dpo.sources.connectors import SourceFailure, open_connector
from oklima_dpo.sources.connectors.indexed_file import IndexedFileConnector
from oklima_dpo.sources.connectors.spreadsheet import detect_encoding

from .conftest import CUSTOMER_FIELDS, CatalogueFactory, fr, problems

EMAIL, PHONE = IdentifierKind.EMAIL, IdentifierKind.PHONE
COLUMNS = ["customer_no", "last_name", "first_name", "email", "phone", "postcode", "notes"]
TRICKY_EMAILS = [
    "a_b@exemple.fr",
    "axb@exemple.fr",
    "100%@exemple.fr",
    "o'hara@exemple.fr",
    "x;drop@exemple.fr",
    "';drop_table_customers;--@exemple.fr",
]


def customer_rows(fake: Faker) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["CL00000001", "Lefèvre", fake.first_name(), "JEAN.TEST@EXEMPLE.FR", "06 12 34 56 78",
         "75011", None],
        ["CL00000002", fake.last_name(), "Hélène", fake.free_email(), "+33 6 12 34 56 78",
         69003, "Rappeler au 06.12.34.56.78, voir CL00000001."],
        ["CL00000003", "DROP TABLE customers;", fake.first_name(), fake.free_email(),
         "07 98 76 54 32", "13001", "écrit depuis axb@exemple.fr"],
    ]  # fmt: skip
    for number, email in enumerate(TRICKY_EMAILS, start=4):
        rows.append(
            [f"CL{number:08d}", fake.last_name(), fake.first_name(), email, None, None, None]
        )
    return rows


def write_xlsx(path: Path, rows: list[list[Any]], sheet: str = "clients") -> None:
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    worksheet.append([*COLUMNS, "created"])
    for row in rows:
        worksheet.append([*row, datetime(2024, 5, 17, 14, 30)])
    workbook.save(path)


def spreadsheet(path: str, table: str = "clients", **extra: Any) -> dict[str, Any]:
    fields = extra.pop("fields", CUSTOMER_FIELDS)
    connection = {"path": path, **extra.pop("connection", {})}
    return {
        "name": "Fichier clients",
        "kind": "spreadsheet",
        "connection": connection,
        "tables": {table: {"fields": fields, **extra}},
    }


def keys(
    catalogue: Catalogue, cache: Path, field: str, kind: IdentifierKind, *values: str
) -> list[str]:
    connector = open_connector(catalogue, "fichier", cache)
    try:
        found = connector.find("clients", field, kind, [normalise(kind, v) for v in values])
    finally:
        connector.close()
    return [record.key for record in found]


@pytest.fixture(params=["xlsx", "csv"])
def customers_file(request: pytest.FixtureRequest, tmp_path: Path, fake: Faker) -> Path:
    rows = customer_rows(fake)
    if request.param == "xlsx":
        path = tmp_path / "clients.xlsx"
        write_xlsx(path, rows)
    else:
        path = tmp_path / "clients.csv"
        with open(path, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
    return path


def test_each_identity_kind(
    customers_file: Path, make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    catalogue = make_catalogue(fichier=spreadsheet(customers_file.name))
    cache = tmp_path / "cache"
    assert keys(catalogue, cache, "email", EMAIL, "jean.test@exemple.fr") == ["ligne 2"]
    assert keys(catalogue, cache, "phone", PHONE, "+33612345678") == ["ligne 2", "ligne 3"]
    assert keys(catalogue, cache, "customer_no", IdentifierKind.CUSTOMER_NO, "cl00000003") == [
        "ligne 4"
    ]
    assert keys(catalogue, cache, "postcode", IdentifierKind.POSTCODE, "69003") == ["ligne 3"]
    assert keys(catalogue, cache, "last_name", IdentifierKind.LAST_NAME, "LEFEVRE") == ["ligne 2"]
    assert keys(catalogue, cache, "first_name", IdentifierKind.FIRST_NAME, "helene") == ["ligne 3"]
    assert keys(catalogue, cache, "notes", PHONE, "+33612345678") == ["ligne 3"]
    assert keys(catalogue, cache, "notes", IdentifierKind.CUSTOMER_NO, "CL00000001") == ["ligne 3"]
    # The index is a copy of everyone in the file: its folder and files are the owner's only.
    if os.name == "posix":
        assert stat.S_IMODE(cache.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in cache.iterdir())


def test_records_hold_every_catalogued_field(
    make_catalogue: CatalogueFactory, tmp_path: Path, fake: Faker
) -> None:
    write_xlsx(tmp_path / "clients.xlsx", customer_rows(fake))
    fields = {**CUSTOMER_FIELDS, "created": {"category": "user.contract.terms"}}
    catalogue = make_catalogue(
        fichier=spreadsheet("clients.xlsx", fields=fields, key=["customer_no"])
    )
    connector = open_connector(catalogue, "fichier", tmp_path / "cache")
    (record,) = connector.find("clients", "email", EMAIL, ["jean.test@exemple.fr"])
    connector.close()
    assert record.key == "customer_no=CL00000001"
    assert record.table == "clients"
    assert record.fields["created"] == datetime(2024, 5, 17, 14, 30)
    assert record.fields["email"] == "JEAN.TEST@EXEMPLE.FR"
    assert record.fields["last_name"] == "Lefèvre"
    assert set(record.fields) == set(fields)


def test_identifiers_match_literally(
    customers_file: Path, make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    catalogue = make_catalogue(fichier=spreadsheet(customers_file.name))
    cache = tmp_path / "cache"
    for line, email in enumerate(TRICKY_EMAILS, start=5):
        assert keys(catalogue, cache, "email", EMAIL, email) == [f"ligne {line}"], email
    assert keys(catalogue, cache, "email", EMAIL, "_@exemple.fr", "a%@exemple.fr") == []
    assert keys(catalogue, cache, "notes", EMAIL, "a_b@exemple.fr") == []
    assert keys(
        catalogue, cache, "last_name", IdentifierKind.LAST_NAME, "drop table customers;"
    ) == ["ligne 4"]
    assert customers_file.stat().st_size > 0


def test_check_reports_a_missing_sheet_and_column(
    make_catalogue: CatalogueFactory, tmp_path: Path, fake: Faker
) -> None:
    write_xlsx(tmp_path / "clients.xlsx", customer_rows(fake))
    source = spreadsheet("clients.xlsx")
    fax = {"category": "user.contact.phone_number", "identifies": "phone"}
    source["tables"]["clients"]["fields"] = {**CUSTOMER_FIELDS, "fax": fax}
    source["tables"]["prospects"] = {"fields": {"email": CUSTOMER_FIELDS["email"]}}
    connector = open_connector(make_catalogue(fichier=source), "fichier", tmp_path / "cache")
    assert connector.check() == problems(
        "colonne « fax » absente de la feuille « clients »",
        "feuille « prospects » absente du classeur clients.xlsx",
    )
    with pytest.raises(SourceFailure, match=fr("Fichier clients.*feuille « prospects » absente")):
        connector.find("prospects", "email", EMAIL, ["jean.test@exemple.fr"])
    with pytest.raises(SourceFailure, match=fr("colonne « fax » absente")):
        connector.find("clients", "fax", PHONE, ["+33612345678"])
    # The other columns of the sheet are still searched.
    assert len(connector.find("clients", "email", EMAIL, ["jean.test@exemple.fr"])) == 1
    connector.close()


def test_missing_file(make_catalogue: CatalogueFactory, tmp_path: Path) -> None:
    for name in ("absent.xlsx", "absent.csv"):
        connector = open_connector(make_catalogue(fichier=spreadsheet(name)), "fichier", tmp_path)
        with pytest.raises(SourceFailure, match=fr("Source « Fichier clients » : .*introuvable")):
            connector.check()
        connector.close()


def test_corrupt_workbooks(make_catalogue: CatalogueFactory, tmp_path: Path, fake: Faker) -> None:
    write_xlsx(tmp_path / "good.xlsx", customer_rows(fake))
    whole = (tmp_path / "good.xlsx").read_bytes()
    (tmp_path / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "renamed.xlsx").write_text("nom;prénom\nLefèvre;Hélène\n", encoding="utf-8")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    for name in ("truncated.xlsx", "renamed.xlsx", "empty.xlsx"):
        catalogue = make_catalogue(fichier=spreadsheet(name))
        connector = open_connector(catalogue, "fichier", tmp_path / "cache")
        with pytest.raises(
            SourceFailure, match=fr(f"Fichier clients.*classeur illisible : .*{name}")
        ):
            connector.find("clients", "email", EMAIL, ["jean.test@exemple.fr"])
        connector.close()
    assert not list((tmp_path / "cache").glob("*.tmp")), "no half index is left behind"


def test_cp1252_csv_with_semicolons(make_catalogue: CatalogueFactory, tmp_path: Path) -> None:
    text = (
        "n° client;nom;prénom;adresse e-mail;téléphone\r\n"
        "CL00000001;Lefèvre;Hélène;HELENE.TEST@EXEMPLE.FR;06 12 34 56 78\r\n"
        'CL00000002;Bézier;Amélie;"amelie;test@exemple.fr";+33 7 98 76 54 32\r\n'
        "CL00000003;Œuvray;Gaëlle;gaelle.test@exemple.fr;\r\n"
    )
    (tmp_path / "export.csv").write_bytes(text.encode("cp1252"))
    fields = {
        "n° client": {"category": "user.unique_id", "identifies": "customer_no"},
        "nom": {"category": "user.name", "identifies": "last_name"},
        "prénom": {"category": "user.name", "identifies": "first_name"},
        "adresse e-mail": {"category": "user.contact.email", "identifies": "email"},
        "téléphone": {"category": "user.contact.phone_number", "identifies": "phone"},
    }
    catalogue = make_catalogue(fichier=spreadsheet("export.csv", fields=fields, key=["n° client"]))
    connector = open_connector(catalogue, "fichier", tmp_path / "cache")
    assert connector.check() == []
    (record,) = connector.find("clients", "prénom", IdentifierKind.FIRST_NAME, ["helene"])
    assert record.key == "n° client=CL00000001"
    assert record.fields == {
        "n° client": "CL00000001",
        "nom": "Lefèvre",
        "prénom": "Hélène",
        "adresse e-mail": "HELENE.TEST@EXEMPLE.FR",
        "téléphone": "06 12 34 56 78",
    }
    (quoted,) = connector.find("clients", "adresse e-mail", EMAIL, ["amelie;test@exemple.fr"])
    assert quoted.fields["nom"] == "Bézier"
    (last,) = connector.find("clients", "nom", IdentifierKind.LAST_NAME, ["œuvray"])
    assert last.fields["téléphone"] is None
    connector.close()


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ","), ("utf-8", "\t"), ("utf-16", "|")]
)
def test_csv_encodings_and_delimiters(
    make_catalogue: CatalogueFactory, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    rows = [COLUMNS, ["CL00000001", "Gaëlle", "Noé", "noe.test@exemple.fr", "", "", "x, y"]]
    with open(tmp_path / "c.csv", "w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    catalogue = make_catalogue(fichier=spreadsheet("c.csv"))
    connector = open_connector(catalogue, "fichier", tmp_path / "cache")
    (record,) = connector.find("clients", "email", EMAIL, ["noe.test@exemple.fr"])
    connector.close()
    assert record.fields["last_name"] == "Gaëlle"
    assert record.fields["notes"] == "x, y"


def test_declared_encoding_and_delimiter_win(
    make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    (tmp_path / "c.csv").write_bytes("email,nom\nnoe.test@exemple.fr,Gaëlle\n".encode("latin-1"))
    fields = {"email": CUSTOMER_FIELDS["email"], "nom": CUSTOMER_FIELDS["last_name"]}
    connection = {"encoding": "latin-1", "delimiter": ","}
    catalogue = make_catalogue(fichier=spreadsheet("c.csv", fields=fields, connection=connection))
    connector = open_connector(catalogue, "fichier", tmp_path / "cache")
    (record,) = connector.find("clients", "email", EMAIL, ["noe.test@exemple.fr"])
    connector.close()
    assert record.fields["nom"] == "Gaëlle"
    assert record.key == "ligne 2"


def test_csv_line_numbers_count_lines_in_the_file(
    make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    (tmp_path / "c.csv").write_text(
        'email;notes\na@exemple.fr;"sur\ndeux lignes"\n\nb@exemple.fr;\n', encoding="utf-8"
    )
    fields = {"email": CUSTOMER_FIELDS["email"], "notes": CUSTOMER_FIELDS["notes"]}
    catalogue = make_catalogue(fichier=spreadsheet("c.csv", fields=fields))
    assert keys(catalogue, tmp_path, "email", EMAIL, "b@exemple.fr") == ["ligne 5"]
    assert keys(catalogue, tmp_path, "email", EMAIL, "a@exemple.fr") == ["ligne 2"]


# -- The cached index -----------------------------------------------------------------


def open_index(catalogue: Catalogue, cache: Path) -> IndexedFileConnector:
    connector = open_connector(catalogue, "fichier", cache)
    assert isinstance(connector, IndexedFileConnector)
    connector.check()
    return connector


def test_the_index_is_reused_while_the_file_is_unchanged(
    customers_file: Path, make_catalogue: CatalogueFactory, tmp_path: Path, fake: Faker
) -> None:
    catalogue = make_catalogue(fichier=spreadsheet(customers_file.name))
    cache = tmp_path / "cache"
    first = open_index(catalogue, cache)
    assert first.index().built
    cache_file = first.cache_path()
    first.close()
    built_at = cache_file.stat().st_mtime_ns

    # Same size and time, other bytes: an index that re-read the file would not find Lefèvre.
    stat = customers_file.stat()
    customers_file.write_bytes(b"\0" * stat.st_size)
    os.utime(customers_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = open_index(catalogue, cache)
    assert not again.index().built
    again.close()
    assert keys(catalogue, cache, "last_name", IdentifierKind.LAST_NAME, "lefevre") == ["ligne 2"]
    assert cache_file.stat().st_mtime_ns == built_at

    # A changed file is read again.
    rows = customer_rows(fake)
    rows[0][1] = "Nouveau-Nom"
    if customers_file.suffix == ".xlsx":
        write_xlsx(customers_file, rows)
    else:
        with open(customers_file, "w", encoding="utf-8", newline="") as stream:
            csv.writer(stream).writerows([COLUMNS, *rows])
    os.utime(customers_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    rebuilt = open_index(catalogue, cache)
    assert rebuilt.index().built
    rebuilt.close()
    assert keys(catalogue, cache, "last_name", IdentifierKind.LAST_NAME, "nouveau nom") == [
        "ligne 2"
    ]
    assert keys(catalogue, cache, "last_name", IdentifierKind.LAST_NAME, "lefevre") == []


def test_a_corrupt_index_is_rebuilt(
    customers_file: Path, make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    catalogue = make_catalogue(fichier=spreadsheet(customers_file.name))
    cache = tmp_path / "cache"
    connector = open_index(catalogue, cache)
    cache_file = connector.cache_path()
    connector.close()
    for damage in (b"garbage" * 100, cache_file.read_bytes()[:4096], b""):
        cache_file.write_bytes(damage)
        connector = open_index(catalogue, cache)
        assert connector.index().built
        assert len(connector.find("clients", "email", EMAIL, ["jean.test@exemple.fr"])) == 1
        connector.close()


def test_another_description_gets_another_index(
    customers_file: Path, make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = open_index(make_catalogue(fichier=spreadsheet(customers_file.name)), cache)
    fields = {**CUSTOMER_FIELDS, "notes": {"category": "user.content.private.requests"}}
    second = open_index(
        make_catalogue(fichier=spreadsheet(customers_file.name, fields=fields)), cache
    )
    assert first.cache_path() != second.cache_path()
    assert second.index().built
    with pytest.raises(ValueError):
        second.find("clients", "notes", EMAIL, ["axb@exemple.fr"])
    first.close()
    second.close()


def test_unsupported_format(make_catalogue: CatalogueFactory, tmp_path: Path) -> None:
    (tmp_path / "clients.ods").write_bytes(b"PK")
    with pytest.raises(
        SourceFailure, match=fr("Fichier clients.*format « .ods » non pris en charge")
    ):
        open_connector(make_catalogue(fichier=spreadsheet("clients.ods")), "fichier", tmp_path)


def test_encoding_is_told_by_the_first_non_ascii_bytes(tmp_path: Path) -> None:
    ascii_rows = "".join(f"CL{n:08d};Martin;client{n}@exemple.fr\r\n" for n in range(20_000))
    text = "n° client;nom;email\r\n" + ascii_rows + "CL99999999;Œuvray-Bézier;x@exemple.fr\r\n"
    path = tmp_path / "long.csv"
    path.write_bytes(text.encode("cp1252"))
    assert detect_encoding(path) == "cp1252"
    (tmp_path / "utf8.csv").write_text(text, encoding="utf-8")
    assert detect_encoding(tmp_path / "utf8.csv") == "utf-8"


def test_reference_targets_are_searched_as_keys(
    customers_file: Path, make_catalogue: CatalogueFactory, tmp_path: Path
) -> None:
    orders = {
        "kind": "spreadsheet",
        "connection": {"path": "orders.csv"},
        "tables": {
            "orders": {
                "fields": {"client": {"category": "user.unique_id"}},
                "references": [{"field": "client", "to": "fichier.clients.customer_no"}],
            }
        },
    }
    catalogue = make_catalogue(fichier=spreadsheet(customers_file.name), orders=orders)
    connector = open_connector(catalogue, "fichier", tmp_path / "cache")
    (record,) = connector.find("clients", "customer_no", IdentifierKind.KEY, ["CL00000003"])
    assert record.key == "ligne 4"
    assert connector.find("clients", "customer_no", IdentifierKind.KEY, ["cl00000003"]) == []
    with pytest.raises(ValueError, match="no reference"):
        connector.find("clients", "email", IdentifierKind.KEY, ["jean.test@exemple.fr"])
    connector.close()
