"""Building the plan of a right from the case's reviewed snapshot (see ``plan``).

Each included record gets its lines from :mod:`.record_plans` (what the right does to it);
here they are put together per source, in the catalogue's order, with a task for each
source's owner where something is left to do by hand, the corrections checked, and a warning
for every source the plan could not cover.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .catalogue import Catalogue, SystemKind
from .owner_tasks import task_text
from .plan import (
    EXECUTABLE_RIGHTS,
    Action,
    Plan,
    PlanError,
    RecordPlan,
    SourcePlan,
)
from .record_plans import RecordPlanner
from .register import Register
from .review import ReviewedRecord, ReviewSnapshot
from .rights import Right

__all__ = ["build_plan"]


def build_plan(
    reference: str,
    right: Right,
    snapshot: ReviewSnapshot,
    catalogue: Catalogue,
    register: Register,
    *,
    corrections: Mapping[str, Any] | None = None,
) -> Plan:
    """The plan for ``right`` over the included records of a reviewed snapshot.

    ``corrections`` (rectification only): ``source.table.field`` or a register category key
    (every field of that category in the records) → the new value. A manual source the
    snapshot says has not answered yet gets a task to search.
    """
    if right not in EXECUTABLE_RIGHTS:
        raise PlanError(
            f"Le droit « {right.label_fr} » ne s’exécute pas dans les systèmes : choisir "
            "parmi effacement, rectification, limitation, opposition."
        )
    corrections = dict(corrections or {})
    if right is Right.RECTIFICATION:
        _check_corrections(corrections, catalogue, register)
    elif corrections:
        raise PlanError("Les corrections ne valent que pour une rectification.")
    # The snapshot's order does not change the plan (nor its SHA-256).
    included = sorted(snapshot.included, key=lambda r: (r.source, r.table, r.key))
    records_of = RecordPlanner(right, catalogue, register, corrections)
    warnings: list[str] = []
    by_source: dict[str, list[RecordPlan]] = {}
    for finding in included:
        source_id = finding.source
        if source_id not in catalogue.sources:
            warnings.append(
                f"Source « {source_id} » absente du catalogue : ses enregistrements ne sont "
                "pas dans ce plan."
            )
            continue
        by_source.setdefault(source_id, []).extend(records_of.record(finding))
    if right is Right.RECTIFICATION:
        for name in corrections:
            if name not in records_of.used_corrections:
                warnings.append(
                    f"Correction « {name} » : aucun des enregistrements retenus n’a ce champ."
                )
        if not any(by_source.values()):
            raise PlanError(
                "Rien à corriger : aucun enregistrement retenu ne porte les champs indiqués, "
                "ou leur valeur est déjà la nouvelle."
            )
    states = {s.source: s.status for s in snapshot.sources}
    sources = []
    for source_id, spec in catalogue.sources.items():
        tables = {name: number for number, name in enumerate(spec.tables)}
        records = sorted(
            _covered(right, by_source.get(source_id, [])),
            key=lambda r: (tables.get(r.table, len(tables)), r.table, r.key, r.action.value),
        )
        status = states.get(source_id)
        searching = spec.kind is SystemKind.MANUAL and status not in ("answered", "skipped")
        if status == "failed":
            warnings.append(
                f"La source « {spec.name} » n’a pas répondu lors du rassemblement : ses "
                "données ne sont pas dans ce plan ; la relancer, puis refaire le plan."
            )
        if not records and not searching:
            continue
        tasks = [r for r in records if r.action is Action.TASK]
        task = task_text(reference, right, spec, tasks, searching) if tasks or searching else None
        sources.append(
            SourcePlan(
                source=source_id,
                name=spec.name,
                kind=spec.kind,
                owner=f"{spec.owner.team} ({spec.owner.contact})",
                records=tuple(records),
                task=task,
            )
        )
    return Plan(
        case=reference,
        right=right,
        sources=tuple(sources),
        identifiers=tuple(_identifiers(included, catalogue)),
        warnings=tuple(dict.fromkeys(warnings)),
        snapshot_sha256=snapshot.sha256,
        corrections=corrections,
    )


def _check_corrections(
    corrections: Mapping[str, Any], catalogue: Catalogue, register: Register
) -> None:
    if not corrections:
        raise PlanError(
            "Une rectification dit quels champs corriger et leur nouvelle valeur "
            "(source.table.champ = valeur)."
        )
    categories = {category.key for category in register.categories}
    for name in corrections:
        parts = name.split(".")
        if len(parts) == 3 and parts[0] in catalogue.sources:
            source_id, table_name, field_name = parts
            table = catalogue.sources[source_id].tables.get(table_name)
            if table is None or field_name not in table.fields:
                raise PlanError(f"Correction « {name} » : champ inconnu du catalogue des sources.")
        elif name not in categories:
            raise PlanError(
                f"Correction « {name} » : ni un champ du catalogue (source.table.champ), ni "
                "une catégorie du registre."
            )


def _covered(right: Right, records: list[RecordPlan]) -> list[RecordPlan]:
    """Restriction, objection: in a source that holds the mark on some of the person's
    records (the customer's file), the other records are covered by it, not tasks."""
    if right not in (Right.RESTRICTION, Right.OBJECTION, Right.CONSENT_WITHDRAWAL):
        return records
    marked = [r for r in records if r.action.writes]
    if not marked:
        return records
    where = ", ".join(dict.fromkeys(f"« {r.table_label} »" for r in marked))
    return [
        r
        if r.action.writes
        else RecordPlan(
            table=r.table,
            table_label=r.table_label,
            key=r.key,
            key_values=r.key_values,
            action=Action.KEEP,
            reason=f"Couvert par la marque posée dans {where} (même source).",
        )
        for r in records
    ]


def _identifiers(
    records: Iterable[ReviewedRecord], catalogue: Catalogue
) -> list[tuple[str, str, str]]:
    """Strong identifiers held by the included records (customer and contract numbers…)."""
    found: dict[tuple[str, str], str] = {}
    for record in records:
        for kind, value in catalogue.identifiers_held(record.source, record.table, record.values):
            found.setdefault((kind.value, value), record.place)
    return [(kind, value, via) for (kind, value), via in sorted(found.items())]
