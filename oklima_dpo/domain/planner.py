"""Building the plan of a right from the case's reviewed snapshot (see ``plan``).

The rules: an erasure deletes, empties or pseudonymises as each table's ``writes.erase``
says, and keeps what a legal hold of the register covers (Art. 17(3)(b)); a rectification
changes the fields named where the table lets them be corrected; a restriction, an objection
or a withdrawal of consent sets the table's mark; everything the program cannot write becomes
a task for the source's owner, with the words of what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalogue import Catalogue, SourceSpec, SystemKind, TableSpec
from .owner_tasks import changes_text, not_writable, plain_text, task_text
from .plan import (
    EXECUTABLE_RIGHTS,
    Action,
    Change,
    Plan,
    PlanError,
    RecordPlan,
    SourcePlan,
    pseudonym,
)
from .register import Register
from .register_queries import legal_holds
from .review import ReviewedRecord, ReviewSnapshot
from .rights import Right

__all__ = ["build_plan"]


# -- Building ---------------------------------------------------------------------------


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
    builder = _Builder(reference, right, catalogue, register, corrections)
    by_source: dict[str, list[RecordPlan]] = {}
    for finding in included:
        source_id = finding.source
        if source_id not in catalogue.sources:
            builder.warnings.append(
                f"Source « {source_id} » absente du catalogue : ses enregistrements ne sont "
                "pas dans ce plan."
            )
            continue
        by_source.setdefault(source_id, []).extend(builder.record(finding))
    if right is Right.RECTIFICATION:
        for name in corrections:
            if name not in builder.used_corrections:
                builder.warnings.append(
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
            _covered(builder, spec, by_source.get(source_id, [])),
            key=lambda r: (tables.get(r.table, len(tables)), r.table, r.key, r.action.value),
        )
        status = states.get(source_id)
        searching = spec.kind is SystemKind.MANUAL and status not in ("answered", "skipped")
        if status == "failed":
            builder.warnings.append(
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
        warnings=tuple(dict.fromkeys(builder.warnings)),
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


@dataclass
class _Builder:
    reference: str
    right: Right
    catalogue: Catalogue
    register: Register
    corrections: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    used_corrections: set[str] = field(default_factory=set)

    def record(self, finding: ReviewedRecord) -> list[RecordPlan]:
        spec = self.catalogue.sources[finding.source]
        table = spec.tables.get(finding.table)
        values = finding.values
        label = (table.label if table and table.label else None) or finding.table
        key_values = {name: values.get(name) for name in table.key} if table else {}
        base = {"table": finding.table, "table_label": label, "key": finding.key}
        writes = table.writes if table is not None and spec.writable_kind else None
        match self.right:
            case Right.ERASURE:
                return [self._erase(finding, spec, table, values, key_values, base)]
            case Right.RECTIFICATION:
                return self._rectify(finding, table, values, key_values, base, writes)
            case _:
                return [self._mark(spec, values, key_values, base, writes)]

    def _erase(
        self,
        finding: ReviewedRecord,
        spec: SourceSpec,
        table: TableSpec | None,
        values: dict[str, Any],
        key_values: dict[str, Any],
        base: dict[str, Any],
    ) -> RecordPlan:
        holds = legal_holds(self.register, finding.categories)
        if holds:
            rules = {hold.rule.id: hold.rule for hold in holds}
            grounds = [r.legal_ground.fr for r in rules.values() if r.legal_ground is not None]
            kept = "; ".join(f"{r.summary_fr}" for r in rules.values())
            return RecordPlan(
                **base,
                key_values=key_values,
                action=Action.KEEP,
                reason=f"Conservé : obligation légale de conservation — {kept} "
                "(art. 17(3)(b) RGPD).",
                ground="; ".join(dict.fromkeys(grounds)),
            )
        writes = table.writes if table is not None and spec.writable_kind else None
        if writes is None or writes.erase is None or not key_values:
            return RecordPlan(
                **base,
                key_values=key_values,
                action=Action.TASK,
                reason=not_writable(spec) + " : effacement demandé à son propriétaire.",
            )
        if writes.erase == "delete":
            return RecordPlan(
                **base,
                key_values=key_values,
                action=Action.DELETE,
                reason="Effacé (art. 17 RGPD) : l’enregistrement est supprimé.",
            )
        names = ", ".join(writes.erase_fields)
        if writes.erase == "empty":
            return RecordPlan(
                **base,
                key_values=key_values,
                action=Action.EMPTY,
                reason=f"Effacé (art. 17 RGPD) : champs vidés ({names}).",
                changes=tuple(Change(f, values.get(f), None) for f in writes.erase_fields),
            )
        source_id = finding.source
        return RecordPlan(
            **base,
            key_values=key_values,
            action=Action.PSEUDONYMISE,
            reason=f"Effacé (art. 17 RGPD) : champs remplacés par un pseudonyme ({names}) ; "
            "l’enregistrement ne se rattache plus à la personne.",
            changes=tuple(
                Change(f, values.get(f), pseudonym(source_id, base["table"], base["key"], f))
                for f in writes.erase_fields
            ),
        )

    def _rectify(
        self,
        finding: ReviewedRecord,
        table: TableSpec | None,
        values: dict[str, Any],
        key_values: dict[str, Any],
        base: dict[str, Any],
        writes: Any,
    ) -> list[RecordPlan]:
        source_id = finding.source
        written: list[Change] = []
        by_hand: list[Change] = []
        for item in finding.fields:
            name = item.name
            path = f"{source_id}.{finding.table}.{name}"
            asked = path if path in self.corrections else item.category
            if asked not in self.corrections:
                continue
            self.used_corrections.add(asked)
            new = self.corrections[asked]
            old = values.get(name)
            if plain_text(old) == plain_text(new):
                continue
            change = Change(name, old, new)
            if (
                writes is not None
                and table is not None
                and name in writes.correctable
                and name not in table.key
                and key_values
            ):
                written.append(change)
            else:
                by_hand.append(change)
        plans = []
        if written:
            plans.append(
                RecordPlan(
                    **base,
                    key_values=key_values,
                    action=Action.CORRECT,
                    reason="Rectifié (art. 16 RGPD) : " + changes_text(written) + ".",
                    changes=tuple(written),
                )
            )
        if by_hand:
            spec = self.catalogue.sources[source_id]
            plans.append(
                RecordPlan(
                    **base,
                    key_values=key_values,
                    action=Action.TASK,
                    reason=not_writable(spec, by_hand)
                    + " : correction demandée à son propriétaire ("
                    + changes_text(by_hand)
                    + ").",
                    changes=tuple(by_hand),
                )
            )
        return plans

    def _withdraw(
        self,
        values: dict[str, Any],
        key_values: dict[str, Any],
        base: dict[str, Any],
        writes: Any,
        spec: SourceSpec,
    ) -> RecordPlan:
        planned = _withdrawal_plan(values, key_values, base, writes)
        if planned is not None:
            return planned
        return RecordPlan(
            **base,
            key_values=key_values,
            action=Action.TASK,
            reason=f"{not_writable(spec, mark=True)} : retrait du consentement demandé à son "
            "propriétaire.",
        )

    def _mark(
        self,
        spec: SourceSpec,
        values: dict[str, Any],
        key_values: dict[str, Any],
        base: dict[str, Any],
        writes: Any,
    ) -> RecordPlan:
        restriction = self.right is Right.RESTRICTION
        column = None
        if writes is not None and key_values:
            column = writes.restriction_field if restriction else writes.optout_field
        if self.right is Right.CONSENT_WITHDRAWAL and writes is not None and key_values:
            return self._withdraw(values, key_values, base, writes, spec)
        if column is None:
            what = "limitation" if restriction else "opposition à la prospection"
            return RecordPlan(
                **base,
                key_values=key_values,
                action=Action.TASK,
                reason=f"{not_writable(spec, mark=True)} : {what} demandée à son propriétaire.",
            )
        if restriction:
            reason = (
                "Limité (art. 18 RGPD) : l’enregistrement est conservé mais marqué « "
                f"{column} », il ne doit plus être utilisé."
            )
        else:
            reason = f"Opposition à la prospection (art. 21 RGPD) : marque « {column} » posée."
        return RecordPlan(
            **base,
            key_values=key_values,
            action=Action.RESTRICT if restriction else Action.OPTOUT,
            reason=reason,
            changes=(Change(column, values.get(column), 1),),
        )


def _withdrawal_plan(
    values: dict[str, Any], key_values: dict[str, Any], base: dict[str, Any], writes: Any
) -> RecordPlan | None:
    """Consent withdrawn (Art. 7(3)): the consent mark to 0 and the opt-out mark to 1, where
    the table holds them; None when it holds neither."""
    changes = []
    if writes.consent_field:
        changes.append(Change(writes.consent_field, values.get(writes.consent_field), 0))
    if writes.optout_field:
        changes.append(Change(writes.optout_field, values.get(writes.optout_field), 1))
    if not changes:
        return None
    marks = " et ".join(f"« {c.field} » à {c.new}" for c in changes)
    return RecordPlan(
        **base,
        key_values=key_values,
        action=Action.OPTOUT,
        reason=f"Retrait du consentement (art. 7(3) RGPD) : {marks}.",
        changes=tuple(changes),
    )


def _covered(builder: _Builder, spec: SourceSpec, records: list[RecordPlan]) -> list[RecordPlan]:
    """Restriction, objection: in a source that holds the mark on some of the person's
    records (the customer's file), the other records are covered by it, not tasks."""
    if builder.right not in (Right.RESTRICTION, Right.OBJECTION, Right.CONSENT_WITHDRAWAL):
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
