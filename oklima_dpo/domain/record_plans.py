"""What a right does to one reviewed record: the record's lines of the plan.

An erasure deletes, empties or pseudonymises as the table's ``writes.erase`` says, and keeps
what a legal hold of the register covers (Art. 17(3)(b)); a rectification changes the fields
named where the table lets them be corrected; a restriction, an objection or a withdrawal of
consent sets the table's mark. What the program cannot write becomes a task for the source's
owner, with the words of what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .catalogue import Catalogue, SourceSpec, TableSpec
from .owner_tasks import changes_text, not_writable, plain_text
from .plan import Action, Change, RecordPlan, pseudonym
from .register import Register
from .register_queries import legal_holds
from .review import ReviewedRecord
from .rights import Right

__all__ = ["RecordPlanner"]


@dataclass
class RecordPlanner:
    """What ``right`` does to each reviewed record, as the catalogue lets it write."""

    right: Right
    catalogue: Catalogue
    register: Register
    corrections: dict[str, Any]
    used_corrections: set[str] = field(default_factory=set)  # rectification: those applied

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
