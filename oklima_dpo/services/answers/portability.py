"""Which reviewed findings a portability export may contain (GDPR Art. 20).

The rule, from Art. 20(1) GDPR and the EDPB-endorsed WP29 guidelines on the right to data
portability (WP242 rev.01, § III): a field is portable when

1. its record was **included** by the DPO in the case's reviewed snapshot (an excluded
   record, or one no longer found, never leaves);
2. its data category, in the register, was **provided** by the person or **observed** from
   their use of the service (``Origin.portable``; WP242 counts both as "provided by the data
   subject"); what OKLIMA inferred or generated itself (numbers it assigns, invoices,
   amounts due) is not;
3. the processing rests on **consent** (Art. 6(1)(a)) **or a contract** (Art. 6(1)(b)): at
   least one register activity of the field's source (the catalogue's ``activities``) has
   one of these legal bases **and** uses the field's category. Processing on legitimate
   interest, legal obligation or an unstated basis gives no portability.

A field the catalogue does not describe (a manual source's answer, a field since removed)
is not portable: its category is unknown. A record keeps only its portable fields, and a
record with none is left out; its key goes with it only when the key's fields are portable
(a customer number OKLIMA assigns does not leave as a key either). What was left out,
category by category, is returned with the reason, for the answer letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...documents.portability import PortableField, PortableRecord
from ...domain.catalogue import Catalogue, SourceSpec, TableSpec
from ...domain.register import Register
from ...domain.review import ReviewedRecord, ReviewSnapshot

__all__ = [
    "LeftOut",
    "PortableSelection",
    "is_portable",
    "portable_fields",
    "portable_records",
]

REASON_ORIGIN = "donnée {origin}, non fournie par la personne"
REASON_BASIS = "traitée dans « {source} » sans reposer sur le consentement ni sur un contrat"
REASON_UNKNOWN = "catégorie inconnue du catalogue des sources"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A category found among the included records but not exported, and why (French)."""

    category: str  # the register's key, "" when unknown
    label: str
    reason: str


@dataclass(frozen=True, slots=True)
class PortableSelection:
    records: tuple[PortableRecord, ...]
    left_out: tuple[LeftOut, ...]


def is_portable(register: Register, source: SourceSpec, category: str) -> bool:
    """Provided or observed data, used by a consent- or contract-based activity of the source."""
    try:
        origin = register.category(category).origin
    except KeyError:
        return False
    return origin.portable and _basis_allows(register, source, category)


def portable_fields(
    catalogue: Catalogue, register: Register
) -> dict[tuple[str, str], frozenset[str]]:
    """(source, table) → the names of its portable fields; tables with none are absent."""
    scope = {}
    for source_id, source in catalogue.sources.items():
        for table_name, table in source.tables.items():
            names = frozenset(
                name
                for name, spec in table.fields.items()
                if is_portable(register, source, spec.category)
            )
            if names:
                scope[source_id, table_name] = names
    return scope


def portable_records(
    snapshot: ReviewSnapshot, catalogue: Catalogue, register: Register
) -> PortableSelection:
    """The portable part of a reviewed snapshot (``gather.reviewed_snapshot``).

    Records keep the snapshot's order (the catalogue's), fields the record's order.
    """
    records = []
    left_out: dict[tuple[str, str], LeftOut] = {}
    for finding in snapshot.included:
        source = catalogue.sources.get(finding.source)
        table = source.tables.get(finding.table) if source else None
        kept = []
        for item in finding.fields:
            spec = table.fields.get(item.name) if table else None
            if source is None or spec is None:
                _note(left_out, register, item.category, REASON_UNKNOWN)
                continue
            if not is_portable(register, source, spec.category):
                _note(left_out, register, spec.category, _reason(register, source, spec.category))
                continue
            kept.append(
                PortableField(
                    name=item.name,
                    label=item.label or spec.label or item.name,
                    value=item.value,
                    category=spec.category,
                    meaning=spec.codes.get(str(item.value)) if spec.codes else None,
                )
            )
        if kept and source is not None and table is not None:
            records.append(
                PortableRecord(
                    source=finding.source,
                    source_name=source.name,
                    table=finding.table,
                    table_label=table.label or finding.table,
                    key=_key(finding, table, kept),
                    fields=tuple(kept),
                )
            )
    return PortableSelection(tuple(records), tuple(left_out.values()))


def _key(finding: ReviewedRecord, table: TableSpec, kept: list[PortableField]) -> str | None:
    """The record's key, when every field it is made of is portable (else it would leak)."""
    portable = {f.name for f in kept}
    if table.key and all(name in portable for name in table.key):
        return finding.key
    return None


def _basis_allows(register: Register, source: SourceSpec, category: str) -> bool:
    for activity_id in source.activities:
        try:
            activity = register.activity(activity_id)
        except KeyError:
            continue  # the catalogue loader refuses this; a stale catalogue gives nothing
        if activity.legal_basis.allows_portability and activity.uses(category):
            return True
    return False


def _reason(register: Register, source: SourceSpec, category: str) -> str:
    origin = register.category(category).origin
    if not origin.portable:
        return REASON_ORIGIN.format(origin=origin.label_fr)
    return REASON_BASIS.format(source=source.name)


def _note(left_out: dict[tuple[str, str], LeftOut], register: Register, key: str, why: str) -> None:
    try:
        label = register.category(key).label.fr
    except KeyError:
        label = key or "non précisée"
    left_out.setdefault((key, why), LeftOut(key, label, why))
