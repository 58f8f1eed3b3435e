"""The portability export (GDPR Art. 20): a zip the person can read and another company import.

It receives plain data: the case reference, the person, the controller and the portable
records (which records are portable is decided in ``services.portability_scope``). The zip
holds:

- ``donnees.json``: everything, valid against ``resources/schemas/portability.schema.json``
  (JSON Schema 2020-12, id :data:`SCHEMA_ID`), also copied into the zip as
  ``donnees.schema.json``: metadata, then source → table → records, each field with its
  technical name, readable label and value (and the meaning of a code);
- one CSV per table, ``source-table.csv``: for the person who opens it in a spreadsheet, so
  French Excel's conventions: UTF-8 with a BOM (else Excel reads it as cp1252), « ; » as
  delimiter, decimal comma, a header of field labels (the first column is the record's key,
  when the key is itself portable).
  A text that Excel would run as a formula (``=``, ``@``, or a sign before non-numbers) is
  prefixed with an apostrophe. The exact, machine form of the same data is the JSON;
- ``LISEZMOI.txt``: what each file is, in French;
- ``manifest.json``: every other file's name, size and SHA-256 (itself excluded).

The zip is written through :func:`files.write_new` (temporary name, never over a file); the
same members can go into an AES-256 zip with :func:`delivery.encrypt_zip`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import paths
from ..domain.errors import DpoError
from ..domain.french import fr_date, typography
from ..domain.register import Controller
from .files import Written, safe_name, write_new

__all__ = [
    "DATA_FILE",
    "MANIFEST_FILE",
    "README_FILE",
    "SCHEMA_FILE",
    "SCHEMA_ID",
    "SCHEMA_VERSION",
    "PortabilityExport",
    "PortableField",
    "PortableRecord",
    "portability_data",
    "portability_files",
    "schema_path",
    "write_portability_zip",
    "zip_date_time",
    "zip_name",
]

SCHEMA_ID = "https://oklima.example/schemas/portabilite/1.0/donnees.schema.json"
SCHEMA_VERSION = "1.0"
DATA_FILE = "donnees.json"
SCHEMA_FILE = "donnees.schema.json"
README_FILE = "LISEZMOI.txt"
MANIFEST_FILE = "manifest.json"
LEGAL_GROUND = "RGPD, article 20 (droit à la portabilité des données)"
KEY_HEADER = "Référence de l’enregistrement"
CSV_DELIMITER = ";"

Scalar = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class PortableField:
    name: str
    label: str
    value: Any
    category: str  # the register's category key
    meaning: str | None = None  # what a code stands for, from the catalogue


@dataclass(frozen=True, slots=True)
class PortableRecord:
    source: str  # catalogue id
    source_name: str
    table: str
    table_label: str
    key: str | None  # None when the key itself is not portable (a number OKLIMA assigns)
    fields: tuple[PortableField, ...]


@dataclass(frozen=True, slots=True)
class PortabilityExport:
    reference: str
    person: str  # the person's name as the case gives it
    controller: Controller
    generated_at: datetime  # aware
    records: tuple[PortableRecord, ...]


def schema_path() -> Path:
    return paths.resource("schemas", "portability.schema.json")


def zip_name(reference: str) -> str:
    return f"{reference}-portabilite.zip"


def write_portability_zip(folder: Path, export: PortabilityExport, name: str = "") -> Written:
    """Write the export as a plain zip in ``folder`` (``DR-…-portabilite.zip`` by default)."""
    members = portability_files(export)
    stamp = zip_date_time(export.generated_at)

    def write(handle: Any) -> None:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                info = zipfile.ZipInfo(member, stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)

    return write_new(folder, name or zip_name(export.reference), write)


def zip_date_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """A zip member's time (local to ``moment``; zip cannot say before 1980)."""
    moment = max(moment.replace(tzinfo=None), datetime(1980, 1, 1))
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def portability_files(export: PortabilityExport) -> dict[str, bytes]:
    """The zip's members, name → content, in order; the manifest last."""
    if export.generated_at.tzinfo is None:
        raise ValueError("generated_at must be aware (ISO 8601 with its offset)")
    tables = _tables(export.records)
    members: dict[str, bytes] = {DATA_FILE: _json_bytes(_data(export, tables))}
    for table in tables:
        members[table.csv] = _csv_bytes(table)
    try:
        members[SCHEMA_FILE] = schema_path().read_bytes()
    except OSError as error:
        raise DpoError(
            f"Schéma de l’export introuvable : « {schema_path()} » ({error.strerror})."
        ) from None
    members[README_FILE] = _readme(export, tables).encode("utf-8")
    members[MANIFEST_FILE] = _json_bytes(_manifest(export, members))
    return members


def portability_data(export: PortabilityExport) -> dict[str, Any]:
    """The content of ``donnees.json`` (plain JSON data)."""
    return _data(export, _tables(export.records))


def _data(export: PortabilityExport, tables: Sequence[_Table]) -> dict[str, Any]:
    sources: list[dict[str, Any]] = []
    by_source: dict[str, dict[str, Any]] = {}
    for table in tables:
        source = by_source.get(table.source)
        if source is None:
            source = {"id": table.source, "name": table.source_name, "tables": []}
            by_source[table.source] = source
            sources.append(source)
        source["tables"].append(
            {
                "id": table.table,
                "label": table.label,
                "csv": table.csv,
                "columns": [
                    {"name": c.name, "label": c.label, "category": c.category}
                    for c in table.columns
                ],
                "records": [_record_json(record) for record in table.records],
            }
        )
    controller = export.controller
    return {
        "metadata": {
            "schema": {"id": SCHEMA_ID, "version": SCHEMA_VERSION},
            "controller": {
                "name": controller.name,
                "address": controller.address,
                "email": controller.email,
            },
            "reference": export.reference,
            "subject": {"name": export.person},
            "generated_at": export.generated_at.isoformat(timespec="seconds"),
            "legal_ground": LEGAL_GROUND,
            "record_count": sum(len(table.records) for table in tables),
        },
        "sources": sources,
    }


# -- Tables -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    label: str
    category: str


@dataclass(frozen=True, slots=True)
class _Table:
    source: str
    source_name: str
    table: str
    label: str
    csv: str
    columns: tuple[_Column, ...]
    records: tuple[PortableRecord, ...]


def _tables(records: Iterable[PortableRecord]) -> list[_Table]:
    """Records grouped by source and table, in the order first met; columns likewise."""
    groups: dict[tuple[str, str], list[PortableRecord]] = {}
    for record in records:
        if record.fields:
            groups.setdefault((record.source, record.table), []).append(record)
    tables = []
    taken: set[str] = set()
    for (source, table), rows in groups.items():
        columns: dict[str, _Column] = {}
        for row in rows:
            for f in row.fields:
                columns.setdefault(f.name, _Column(f.name, f.label or f.name, f.category))
        tables.append(
            _Table(
                source,
                rows[0].source_name or source,
                table,
                rows[0].table_label or table,
                _free_csv_name(f"{source}-{table}.csv", taken),
                tuple(columns.values()),
                tuple(rows),
            )
        )
    return tables


def _free_csv_name(name: str, taken: set[str]) -> str:
    name = safe_name(name)
    stem = name.removesuffix(".csv")
    number = 1
    while name.casefold() in taken:  # case-insensitive file systems unzip both
        number += 1
        name = f"{stem} ({number}).csv"
    taken.add(name.casefold())
    return name


def _record_json(record: PortableRecord) -> dict[str, Any]:
    fields = []
    for f in record.fields:
        item: dict[str, Any] = {"name": f.name, "label": f.label or f.name, "value": _json(f.value)}
        if f.meaning:
            item["meaning"] = f.meaning
        fields.append(item)
    if record.key is None:
        return {"fields": fields}
    return {"key": str(record.key), "fields": fields}


def _json(value: Any) -> Scalar:
    """A JSON scalar: the sources' dates, decimals and lists made plain."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(_json(item)) for item in value)
    return str(value)


def _json_bytes(content: Any) -> bytes:
    return (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# -- CSV --------------------------------------------------------------------------------------

_NUMERIC = re.compile(r"^[+-][\d\s.,()]*$")  # a phone number or a signed amount


def _csv_bytes(table: _Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    keyed = any(record.key is not None for record in table.records)
    writer.writerow([KEY_HEADER] * keyed + _headers(table.columns))
    for record in table.records:
        values = {f.name: f.value for f in record.fields}
        cells = [_cell(values.get(c.name)) for c in table.columns]
        writer.writerow([_cell(record.key)] * keyed + cells)
    return buffer.getvalue().encode("utf-8-sig")


def _headers(columns: Sequence[_Column]) -> list[str]:
    """Labels; a label shared by two columns gets the field's name to tell them apart."""
    seen: dict[str, int] = {}
    for column in columns:
        seen[column.label] = seen.get(column.label, 0) + 1
    return [c.label if seen[c.label] == 1 else f"{c.label} ({c.name})" for c in columns]


def _cell(value: Any) -> str:
    value = _json(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    text = str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (text[:1] in "+-" and not _NUMERIC.match(text)):
        return "'" + text  # Excel would run it as a formula
    return text


# -- README and manifest ----------------------------------------------------------------------


def _readme(export: PortabilityExport, tables: Sequence[_Table]) -> str:
    controller = export.controller
    lines = [
        f"Export de vos données personnelles — demande {export.reference}",
        "",
        f"Produit le {fr_date(export.generated_at.date())} par {controller.name} "
        f"({controller.email}) pour {export.person}.",
        "",
        "Cet export contient les données que vous nous avez fournies, ou que votre usage de "
        "nos services a produites, lorsque leur traitement repose sur votre consentement ou "
        "sur un contrat (article 20 du RGPD). Il ne contient pas les données que nous avons "
        "produites nous-mêmes (numéros attribués, factures) ou déduites.",
        "",
        "Fichiers :",
        f"- {DATA_FILE} : toutes les données, par système puis par table ; pour chaque champ, "
        "son nom technique, son libellé et sa valeur. Format JSON décrit par "
        f"{SCHEMA_FILE} (JSON Schema 2020-12, identifiant {SCHEMA_ID}).",
    ]
    for table in tables:
        count = len(table.records)
        noun = "enregistrement" if count == 1 else "enregistrements"
        lines.append(f"- {table.csv} : {table.source_name}, {table.label} ({count} {noun}).")
    lines += [
        f"- {MANIFEST_FILE} : la taille et l’empreinte SHA-256 de chaque fichier, pour vérifier "
        "qu’aucun n’a été modifié.",
        "",
        "Les fichiers CSV s’ouvrent dans un tableur (Excel, LibreOffice) : encodage UTF-8, "
        "séparateur point-virgule, virgule décimale, libellés des colonnes en première ligne. "
        "Un texte qui commence par « = », « + », « - » ou « @ » y est précédé d’une apostrophe "
        "pour ne pas être exécuté comme une formule ; donnees.json contient les valeurs exactes.",
        "",
    ]
    return "\r\n".join(typography(line) for line in lines)


def _manifest(export: PortabilityExport, members: Mapping[str, bytes]) -> dict[str, Any]:
    return {
        "reference": export.reference,
        "generated_at": export.generated_at.isoformat(timespec="seconds"),
        "algorithm": "SHA-256",
        "files": [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
            if name != MANIFEST_FILE
        ],
    }
