"""What an access answer contains, from the case's reviewed snapshot (and nothing else).

Only included records of the latest review, checked against its SHA-256, may leave; the review
must be complete (every source answered or skipped with a reason). Other people's
identifiers found inside the records are masked and the masking is listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ...documents.access_content import AccessContent, AnnexField, AnnexRecord, Redaction
from ...domain.access_info import FoundRecord, access_information
from ...domain.catalogue import Catalogue
from ...domain.identity import IdentifierKind
from ...domain.register import Register
from ...domain.review import ReviewedRecord, ReviewSnapshot
from ...domain.values import ValueFormat, shown_value
from ...sources.redaction import MARKER_EN, MARKER_FR, redact
from ..errors import DpoError
from ..settings.model import Organisation


@dataclass(frozen=True, slots=True)
class PersonIdentity:
    reference: str
    name: str
    identifiers: tuple[tuple[IdentifierKind, str], ...]  # the case's, normalised


def included_findings(snapshot: ReviewSnapshot | None, reference: str) -> list[ReviewedRecord]:
    """The included records of a complete review, or a DpoError saying what is missing."""
    if snapshot is None:
        raise DpoError(
            f"La revue des données de la demande {reference} n’est pas enregistrée : "
            "rechercher dans les sources, revoir les enregistrements, puis « Enregistrer la "
            "revue »."
        )
    if not snapshot.complete:
        waiting = snapshot.waiting
        raise DpoError(
            f"Les données de la demande {reference} sont incomplètes (sources sans réponse : "
            f"{', '.join(waiting) or '?'}) : obtenir leur réponse ou les écarter avec un motif, "
            "puis enregistrer la revue à nouveau."
        )
    return [r for r in snapshot.records if r.included]


def own_identifiers(
    person: PersonIdentity, records: Iterable[ReviewedRecord], catalogue: Catalogue
) -> set[tuple[IdentifierKind, str]]:
    """The case's identifiers and those held by records firmly tied to the person."""
    own = set(person.identifiers)
    for record in records:
        if record.match.firm:
            own.update(catalogue.identifiers_held(record.source, record.table, record.values))
    return own


def access_content(
    person: PersonIdentity,
    snapshot: ReviewSnapshot | None,
    catalogue: Catalogue,
    register: Register,
    *,
    language: str,
    generated_at: datetime,
    organisation: Organisation,
) -> AccessContent:
    """The answer's parts; OKLIMA's address is the settings' one, written the same way
    everywhere in the answer (the charter writes it two ways)."""
    findings = included_findings(snapshot, person.reference)
    own = own_identifiers(person, findings, catalogue)
    marker = MARKER_EN if language == "en" else MARKER_FR
    labels = {c.key: (c.label.en if language == "en" else c.label.fr) for c in register.categories}
    records: list[AnnexRecord] = []
    redactions: list[Redaction] = []
    found: list[FoundRecord] = []
    for finding in findings:
        spec = catalogue.sources.get(finding.source)
        table = spec.tables.get(finding.table) if spec else None
        source_name = spec.name if spec else finding.source
        table_label = (table.label if table and table.label else None) or finding.table
        categories: list[str] = []
        fields: list[AnnexField] = []
        for item in finding.fields:
            raw = item.value
            if raw is None or raw == "":
                continue
            text, masked = redact(str(raw), own, catalogue.patterns, marker)
            if masked:
                redactions.append(
                    Redaction(source_name, table_label, finding.key, item.label, masked)
                )
            category = item.category
            if category:
                categories.append(category)
            field_spec = table.fields.get(item.name) if table else None
            codes = field_spec.codes if field_spec else {}
            kind = field_spec.format if field_spec else ValueFormat.TEXT
            fields.append(
                AnnexField(
                    name=item.name,
                    label=item.label,
                    value=text,
                    shown=text if masked else shown_value(text, kind, language),
                    category=category,
                    category_label=labels.get(category, category),
                    meaning=codes.get(str(raw), ""),
                )
            )
        records.append(AnnexRecord(source_name, table_label, finding.key, tuple(fields)))
        found.append(
            FoundRecord(
                tuple(dict.fromkeys(categories)),
                spec.activities if spec else (),
                table.origins_of(finding.values) if table else (),
            )
        )
    information = access_information(register, found)
    return AccessContent(
        reference=person.reference,
        person=person.name,
        language=language,
        information=information,
        records=tuple(records),
        redactions=tuple(redactions),
        generated_at=generated_at,
        controller={
            "name": organisation.name,
            "address": ", ".join(organisation.address.splitlines()),
            "email": register.controller.email,
        },
    )
