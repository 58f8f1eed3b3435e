"""Reading the source catalogue file (YAML) into the domain's catalogue, with clear errors.

The file is kept by IT and the DPO (``resources/sources/demo.yaml`` is the demo's). Loading
checks its shape (pydantic, unknown fields refused), its coherence with the register of
processing (every category and activity exists) and between sources (every reference reaches
a known field); each problem names the file, the line and the field. The result is the plain
:class:`~oklima_dpo.domain.catalogue.Catalogue`. Whether the tables and columns exist in the
real systems is checked by the connectors (``oklima-dpo sources check``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..domain import catalogue as cat
from ..domain.catalogue import MAIL_FIELDS, Catalogue, SystemKind
from ..domain.identity import IdentifierKind
from ..domain.register import Register, Retention
from ..domain.register_queries import sources_by_id
from ..domain.values import ValueFormat
from . import yaml_file
from .yaml_file import FILE_MODEL, Key, Loc, NonEmpty, YamlFileError

__all__ = ["Catalogue", "CatalogueError", "load_catalogue", "retention_rules"]

SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]


class CatalogueError(YamlFileError):
    what = "Le catalogue des sources"


class _Model(BaseModel):
    model_config = FILE_MODEL


class OwnerModel(_Model):
    team: NonEmpty
    contact: NonEmpty


class KeyringRefModel(_Model):
    """Where the password is kept in the OS keyring (never in the file)."""

    service: NonEmpty
    username: NonEmpty


class ConnectionModel(_Model):
    url: NonEmpty | None = None  # sql: any SQLAlchemy URL, without its password
    path: NonEmpty | None = None  # spreadsheet, mail: relative to the catalogue's folder
    password_keyring: KeyringRefModel | None = None
    encoding: NonEmpty | None = None  # csv: detected when not given
    delimiter: Annotated[str, StringConstraints(min_length=1, max_length=1)] | None = None


class FieldModel(_Model):
    category: Key
    identifies: IdentifierKind | None = None
    mentions: list[IdentifierKind] = []  # free text searched for these identifiers
    label: NonEmpty | None = None  # readable name in letters and annexes
    codes: dict[str, NonEmpty] = {}  # stored code → what it means
    format: ValueFormat = ValueFormat.TEXT  # amount, date, datetime, yes_no, number, text
    origins: dict[str, Key] = {}  # a value → the register's source it says the record came from


class RetentionModel(_Model):
    """A record's retention: a register rule, running from the date held in one field."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    rule: Key
    from_: NonEmpty = Field(alias="from")


class ReferenceModel(_Model):
    """A value of ``field`` leads to the records whose ``to`` (``source.table.field``) equals it."""

    field: NonEmpty
    to: NonEmpty


class WriteModel(_Model):
    """What may be written in a SQL table when a right is carried out (issue: actions)."""

    erase: cat.EraseMethod | None = None  # how a record is erased; None: it cannot be
    erase_fields: list[NonEmpty] = []  # the fields emptied or pseudonymised (empty/pseudonymise)
    correctable: list[NonEmpty] = []  # the fields a rectification may change
    restriction_field: NonEmpty | None = None  # set to true when processing is restricted
    optout_field: NonEmpty | None = None  # set to true on an objection to marketing
    consent_field: NonEmpty | None = None  # set to false when consent is withdrawn


class TableModel(_Model):
    label: NonEmpty | None = None
    writes: WriteModel | None = None
    key: list[NonEmpty] = []  # spreadsheets: the row number when empty
    fields: dict[NonEmpty, FieldModel] = Field(min_length=1)
    retention: RetentionModel | None = None
    references: list[ReferenceModel] = []
    collected_from: list[Key] = []  # the register's sources its records came from


class SourceModel(_Model):
    name: NonEmpty
    kind: SystemKind
    owner: OwnerModel
    activities: list[Key] = Field(min_length=1)
    timeout: float = Field(default=30, gt=0)  # seconds
    connection: ConnectionModel | None = None
    tables: dict[NonEmpty, TableModel] = {}
    task: NonEmpty | None = None  # manual: what the owner is asked to look for


class CatalogueModel(_Model):
    version: Literal[1]
    patterns: dict[IdentifierKind, NonEmpty] = {}  # how numbers look inside free text
    sources: dict[SourceId, SourceModel] = Field(min_length=1)


def load_catalogue(path: Path, register: Register) -> Catalogue:
    """The catalogue in ``path`` checked against ``register``, or :class:`CatalogueError`."""
    path = Path(path)
    root = yaml_file.compose(path, yaml_file.read_text(path, CatalogueError), CatalogueError)
    problems = yaml_file.duplicate_keys(root)
    if problems:
        raise CatalogueError(path, problems)
    model = yaml_file.validate(path, root, CatalogueModel, CatalogueError)
    checks = _cross_check(model, register)
    if checks:
        raise CatalogueError(path, yaml_file.problems_at(root, checks))
    return _build(path, model)


def retention_rules(register: Register) -> dict[str, Retention]:
    return {rule.id: rule for activity in register.activities for rule in activity.retention}


# -- Coherence --------------------------------------------------------------------------


def _cross_check(model: CatalogueModel, register: Register) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    for kind, text in model.patterns.items():
        try:
            re.compile(text)
        except re.error as error:
            problems.append((("patterns", kind.value), f"expression régulière invalide ({error})"))
    for source_id, source in model.sources.items():
        problems += _check_source(model, register, source_id, source)
    return problems


def _check_source(
    model: CatalogueModel, register: Register, source_id: str, source: SourceModel
) -> list[tuple[Loc, str]]:
    here: Loc = ("sources", source_id)
    problems: list[tuple[Loc, str]] = []
    activity_ids = {activity.id for activity in register.activities}
    for index, activity_id in enumerate(source.activities):
        if activity_id not in activity_ids:
            problems.append(
                ((*here, "activities", index), f"activité « {activity_id} » absente du registre")
            )
    problems += _check_connection(source, here)
    for table_name, table in source.tables.items():
        problems += _check_table(model, register, source, (*here, "tables", table_name), table)
    return problems


def _check_connection(source: SourceModel, here: Loc) -> list[tuple[Loc, str]]:
    connection = source.connection
    if source.kind is SystemKind.MANUAL:
        problems: list[tuple[Loc, str]] = []
        if source.task is None:
            problems.append(((*here, "task"), "une source manuelle dit ce qu’il faut rechercher"))
        if source.tables:
            problems.append(((*here, "tables"), "une source manuelle n’a pas de tables"))
        return problems
    if not source.tables:
        return [((*here, "tables"), "au moins une table (feuille, boîte) à consulter")]
    needed = "url" if source.kind is SystemKind.SQL else "path"
    if connection is None or getattr(connection, needed) is None:
        what = "l’URL SQLAlchemy" if needed == "url" else "le chemin du fichier ou du dossier"
        return [((*here, "connection", needed), f"{what} est obligatoire")]
    if connection.url is not None and urlsplit(connection.url).password:
        return [
            (
                (*here, "connection", "url"),
                "mot de passe en clair : le retirer de l’URL et le ranger dans le trousseau "
                "du système (password_keyring)",
            )
        ]
    return []


def _check_table(
    model: CatalogueModel, register: Register, source: SourceModel, here: Loc, table: TableModel
) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    known = {category.key for category in register.categories}
    channels = sources_by_id(register)
    for index, source_id in enumerate(table.collected_from):
        if source_id not in channels:
            problems.append(
                ((*here, "collected_from", index), f"source « {source_id} » absente du registre")
            )
    for name, spec in table.fields.items():
        for value, source_id in spec.origins.items():
            if source_id not in channels:
                problems.append(
                    (
                        (*here, "fields", name, "origins", value),
                        f"source « {source_id} » absente du registre",
                    )
                )
        if spec.category not in known:
            problems.append(
                (
                    (*here, "fields", name, "category"),
                    f"catégorie « {spec.category} » absente du registre",
                )
            )
        if source.kind is SystemKind.MAIL and name not in MAIL_FIELDS:
            problems.append(
                (
                    (*here, "fields", name),
                    f"champ « {name} » inconnu pour une boîte mail ; "
                    f"choisir parmi {', '.join(MAIL_FIELDS)}",
                )
            )
    for index, key in enumerate(table.key):
        if key not in table.fields:
            problems.append(((*here, "key", index), f"« {key} » n’est pas un champ de la table"))
    if source.kind is SystemKind.SQL and not table.key:
        problems.append(((*here, "key"), "la clé de chaque enregistrement est obligatoire"))
    if table.retention is not None:
        problems += _check_retention(register, here, table)
    if table.writes is not None:
        problems += _check_writes(source, (*here, "writes"), table)
    for index, reference in enumerate(table.references):
        where = (*here, "references", index)
        if reference.field not in table.fields:
            problems.append(
                ((*where, "field"), f"« {reference.field} » n’est pas un champ de la table")
            )
        problems += _check_target(model, (*where, "to"), reference.to)
    return problems


def _check_retention(register: Register, here: Loc, table: TableModel) -> list[tuple[Loc, str]]:
    assert table.retention is not None
    rules = retention_rules(register)
    rule = rules.get(table.retention.rule)
    where = (*here, "retention")
    if rule is None:
        return [((*where, "rule"), f"règle « {table.retention.rule} » absente du registre")]
    if rule.duration is None:
        return [
            (
                (*where, "rule"),
                f"la règle « {rule.id} » n’a pas de durée : le dépassement ne peut pas "
                "être calculé",
            )
        ]
    if table.retention.from_ not in table.fields:
        return [((*where, "from"), f"« {table.retention.from_} » n’est pas un champ de la table")]
    return []


def _check_writes(source: SourceModel, here: Loc, table: TableModel) -> list[tuple[Loc, str]]:
    """Only SQL sources are written; every field named must be one of the table's."""
    writes = table.writes
    assert writes is not None
    if source.kind is not SystemKind.SQL:
        return [(here, "seules les sources SQL s’écrivent ; les autres reçoivent des tâches")]
    problems: list[tuple[Loc, str]] = []
    named = {
        "erase_fields": writes.erase_fields,
        "correctable": writes.correctable,
        "restriction_field": [writes.restriction_field] if writes.restriction_field else [],
        "optout_field": [writes.optout_field] if writes.optout_field else [],
        "consent_field": [writes.consent_field] if writes.consent_field else [],
    }
    for key, fields in named.items():
        for index, name in enumerate(fields):
            if name not in table.fields:
                where = (
                    (*here, key, index)
                    if key in ("erase_fields", "correctable")
                    else (
                        *here,
                        key,
                    )
                )
                problems.append((where, f"« {name} » n’est pas un champ de la table"))
    if (
        writes.erase in (cat.EraseMethod.EMPTY, cat.EraseMethod.PSEUDONYMISE)
        and not writes.erase_fields
    ):
        problems.append(((*here, "erase_fields"), "les champs à vider ou à pseudonymiser"))
    return problems


def _check_target(model: CatalogueModel, where: Loc, target: str) -> list[tuple[Loc, str]]:
    parts = target.split(".")
    if len(parts) != 3:
        return [(where, f"« {target} » : la forme attendue est source.table.champ")]
    source_id, table_name, field_name = parts
    source = model.sources.get(source_id)
    if source is None:
        return [(where, f"source « {source_id} » inconnue du catalogue")]
    table = source.tables.get(table_name)
    if table is None:
        return [(where, f"table « {table_name} » inconnue dans la source « {source_id} »")]
    if field_name not in table.fields:
        return [(where, f"champ « {field_name} » inconnu dans « {source_id}.{table_name} »")]
    return []


# -- Building the domain's catalogue -------------------------------------------------------


def _build(path: Path, model: CatalogueModel) -> Catalogue:
    patterns = {kind: re.compile(text) for kind, text in model.patterns.items()}
    return Catalogue(path, {sid: _source(s) for sid, s in model.sources.items()}, patterns)


def _source(model: SourceModel) -> cat.SourceSpec:
    connection = model.connection
    return cat.SourceSpec(
        name=model.name,
        kind=model.kind,
        owner=cat.Owner(model.owner.team, model.owner.contact),
        activities=tuple(model.activities),
        timeout=model.timeout,
        connection=None
        if connection is None
        else cat.Connection(
            url=connection.url,
            path=connection.path,
            password_keyring=None
            if connection.password_keyring is None
            else cat.KeyringRef(
                connection.password_keyring.service, connection.password_keyring.username
            ),
            encoding=connection.encoding,
            delimiter=connection.delimiter,
        ),
        tables={name: _table(t) for name, t in model.tables.items()},
        task=model.task,
    )


def _table(model: TableModel) -> cat.TableSpec:
    writes = model.writes
    return cat.TableSpec(
        fields={
            name: cat.FieldSpec(
                category=f.category,
                identifies=f.identifies,
                mentions=tuple(f.mentions),
                label=f.label,
                codes=dict(f.codes),
                format=f.format,
                origins=dict(f.origins),
            )
            for name, f in model.fields.items()
        },
        label=model.label,
        writes=None
        if writes is None
        else cat.WriteSpec(
            erase=writes.erase,
            erase_fields=tuple(writes.erase_fields),
            correctable=tuple(writes.correctable),
            restriction_field=writes.restriction_field,
            optout_field=writes.optout_field,
            consent_field=writes.consent_field,
        ),
        key=tuple(model.key),
        retention=None
        if model.retention is None
        else cat.RetentionRef(model.retention.rule, model.retention.from_),
        references=tuple(cat.ReferenceSpec(r.field, r.to) for r in model.references),
        collected_from=tuple(model.collected_from),
    )
