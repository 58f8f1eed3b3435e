"""What a rectification may change: the fields the catalogue declares correctable in its SQL
tables (``writes.correctable``), each with what the person's reviewed records hold now, so that
the DPO types a new value beside the old one. The plan (``planning``) refuses any other field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ...domain.catalogue import Catalogue
from ...store.models import Finding
from ..cases.casework import load_case
from ..context import ServiceContext

__all__ = ["CorrectableField", "correctable_fields", "fields_of"]

#: Between the source's, the table's and the field's names in a field's label.
PATH_SEPARATOR = " › "


@dataclass(frozen=True, slots=True)
class CorrectableField:
    path: str  # source.table.field, as the plan takes it (``corrections=``)
    label: str  # « CRM clients › Clients › Ville »
    current: str  # the value(s) the reviewed records hold, « Lille » ; "" when none


def correctable_fields(ctx: ServiceContext, reference: str) -> list[CorrectableField]:
    """Every field a rectification of ``reference`` may change, in the catalogue's order, with
    the values its included records hold now (records gone since are left out)."""
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, reference, for_update=False)
        current = _current_values(uow.findings.for_case(case.id))
    return fields_of(catalogue, current)


def fields_of(
    catalogue: Catalogue, current: Mapping[str, Iterable[str]] | None = None
) -> list[CorrectableField]:
    """The correctable fields of ``catalogue``; ``current``: path → values held now."""
    current = current or {}
    fields = []
    for source_id, spec in catalogue.sources.items():
        if spec.kind != "sql":  # only SQL sources are written by the program
            continue
        for table_name, table in spec.tables.items():
            if table.writes is None:
                continue
            for name in table.writes.correctable:
                path = f"{source_id}.{table_name}.{name}"
                field_label = table.fields[name].label if name in table.fields else None
                label = PATH_SEPARATOR.join(
                    (spec.name, table.label or table_name, field_label or name)
                )
                values = ", ".join(dict.fromkeys(current.get(path, ())))  # each value once
                fields.append(CorrectableField(path, label, values))
    return fields


def _current_values(rows: Iterable[Finding]) -> dict[str, list[str]]:
    """path → the non-empty values of the records the DPO kept, in the order found."""
    current: dict[str, list[str]] = {}
    for row in rows:
        if not row.included or row.change == "gone":
            continue
        for field in row.fields:
            value = field.get("value")
            if value not in (None, ""):
                path = f"{row.source_id}.{row.table_name}.{field['name']}"
                current.setdefault(path, []).append(str(value))
    return current
