"""The plan of a right carried out in the company's systems, built from the reviewed records.

Pure: the included records of the case's reviewed snapshot (``gather.finding_json`` dicts),
the catalogue (what each table lets write: ``TableSpec.writes``) and the register (legal
holds) give, per source and per record, what will be done and why:

- erasure (Art. 17): delete the row, empty fields, or replace them with a pseudonym, as the
  table's ``writes.erase`` says; a record holding a category under a legal hold of the
  register (invoices: Code de commerce L123-22, and the payments that settle them) is kept,
  with the ground (Art. 17(3)(b));
- rectification (Art. 16): the fields named in the corrections, old → new, where the table
  lets them be corrected;
- restriction (Art. 18) and objection to marketing (Art. 21): the table's restriction or
  opt-out column set to true;
- anything the program cannot write (a spreadsheet, a mailbox, paper, a SQL table without
  ``writes``) becomes a task for the source's owner, saying what to look for and what to do.

The plan is frozen as canonical JSON with its SHA-256: what is previewed is what is applied.

Pseudonyms: ``pseudo-`` and 12 hex digits of SHA-256 over a fixed, public salt and the record's
place (source, table, key, field). The erased value is never an input, so the pseudonym
cannot be turned back into it (hashing an e-mail address, even salted, would be reversible by
trying addresses); the same record always gets the same pseudonym, so running a plan twice
writes the same thing; and it says nothing the row's key did not already say.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..domain.errors import DpoError
from ..domain.register import Register, legal_holds
from ..domain.rights import Right
from ..sources.catalogue import Catalogue, SourceSpec, TableSpec
from ..sources.matching import normalise

__all__ = [
    "EXECUTABLE_RIGHTS",
    "Action",
    "Change",
    "Plan",
    "PlanError",
    "PreviewLine",
    "RecordPlan",
    "SourcePlan",
    "build_plan",
    "pseudonym",
]

PLAN_VERSION = 1
PSEUDONYM_SALT = "oklima-dpo/pseudonyme/v1"
EXECUTABLE_RIGHTS = (
    Right.ERASURE,
    Right.RECTIFICATION,
    Right.RESTRICTION,
    Right.OBJECTION,
    Right.CONSENT_WITHDRAWAL,  # like an objection, and the consent mark set to 0 (Art. 7(3))
)


class PlanError(DpoError):
    """The plan cannot be built as asked (an unknown field to correct, nothing to do…)."""


class Action(StrEnum):
    DELETE = "delete"
    EMPTY = "empty"
    PSEUDONYMISE = "pseudonymise"
    CORRECT = "correct"
    RESTRICT = "restrict"
    OPTOUT = "optout"
    KEEP = "keep"
    TASK = "task"

    @property
    def writes(self) -> bool:
        """Carried out by the program in a SQL source."""
        return self not in (Action.KEEP, Action.TASK)

    @property
    def label_fr(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.DELETE: "suppression",
    Action.EMPTY: "champs vidés",
    Action.PSEUDONYMISE: "pseudonymisation",
    Action.CORRECT: "correction",
    Action.RESTRICT: "marque de limitation",
    Action.OPTOUT: "marque d’opposition à la prospection",
    Action.KEEP: "conservé",
    Action.TASK: "tâche pour le propriétaire",
}


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class RecordPlan:
    table: str
    table_label: str
    key: str  # as gathering wrote it: « customer_no=CL00012345 »
    key_values: dict[str, Any]  # key field → value: where the row is found again
    action: Action
    reason: str  # in French, for the DPO and the answer letter
    changes: tuple[Change, ...] = ()
    ground: str | None = None  # a kept record: the legal ground (Art. 17(3))

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "table_label": self.table_label,
            "key": self.key,
            "key_values": dict(self.key_values),
            "action": self.action.value,
            "reason": self.reason,
            "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in self.changes],
            "ground": self.ground,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecordPlan:
        return cls(
            table=data["table"],
            table_label=data["table_label"],
            key=data["key"],
            key_values=dict(data["key_values"]),
            action=Action(data["action"]),
            reason=data["reason"],
            changes=tuple(Change(c["field"], c["old"], c["new"]) for c in data["changes"]),
            ground=data.get("ground"),
        )


@dataclass(frozen=True, slots=True)
class SourcePlan:
    source: str
    name: str
    kind: str  # sql, spreadsheet, mail, manual
    owner: str  # « Marketing (marketing@oklima.example) »
    records: tuple[RecordPlan, ...]
    task: str | None = None  # what the owner is asked, when the program cannot do it all

    @property
    def writes(self) -> tuple[RecordPlan, ...]:
        return tuple(r for r in self.records if r.action.writes)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.records if r.action is action)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "name": self.name,
            "kind": self.kind,
            "owner": self.owner,
            "records": [r.to_json() for r in self.records],
            "task": self.task,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SourcePlan:
        return cls(
            source=data["source"],
            name=data["name"],
            kind=data["kind"],
            owner=data["owner"],
            records=tuple(RecordPlan.from_json(r) for r in data["records"]),
            task=data.get("task"),
        )


@dataclass(frozen=True, slots=True)
class PreviewLine:
    source: str
    name: str
    action: Action
    count: int


@dataclass(frozen=True, slots=True)
class Plan:
    case: str
    right: Right
    sources: tuple[SourcePlan, ...]
    # Strong identifiers the reviewed records held (« customer_no », value, record): the
    # verification searches with them too, so that a row reachable only by a customer
    # number still shows once the CRM's record is gone.
    identifiers: tuple[tuple[str, str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    snapshot_sha256: str | None = None  # the review the plan was built from
    corrections: dict[str, Any] = field(default_factory=dict)

    def source(self, source_id: str) -> SourcePlan:
        for item in self.sources:
            if item.source == source_id:
                return item
        raise KeyError(source_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": PLAN_VERSION,
            "case": self.case,
            "right": self.right.value,
            "snapshot_sha256": self.snapshot_sha256,
            "corrections": dict(self.corrections),
            "sources": [s.to_json() for s in self.sources],
            "identifiers": [list(i) for i in self.identifiers],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Plan:
        if data.get("version") != PLAN_VERSION:
            raise PlanError(f"Plan d’exécution de version inconnue ({data.get('version')}).")
        return cls(
            case=data["case"],
            right=Right(data["right"]),
            sources=tuple(SourcePlan.from_json(s) for s in data["sources"]),
            identifiers=tuple((i[0], i[1], i[2]) for i in data["identifiers"]),
            warnings=tuple(data["warnings"]),
            snapshot_sha256=data.get("snapshot_sha256"),
            corrections=dict(data.get("corrections") or {}),
        )

    def canonical(self) -> str:
        return canonical_json(self.to_json())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()

    def preview(self) -> tuple[PreviewLine, ...]:
        """Counts per source and action: what would be done; nothing runs."""
        lines = []
        for source in self.sources:
            for action in Action:
                count = source.count(action)
                if count:
                    lines.append(PreviewLine(source.source, source.name, action, count))
        return tuple(lines)

    def counts(self) -> dict[str, dict[str, int]]:
        """source → action → records (for the journal: no personal data)."""
        counts: dict[str, dict[str, int]] = {}
        for line in self.preview():
            counts.setdefault(line.source, {})[line.action.value] = line.count
        return counts


def canonical_json(content: Any) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def pseudonym(source: str, table: str, key: str, field_name: str) -> str:
    """The stable, non-reversible replacement of a field (see the module's note)."""
    text = f"{PSEUDONYM_SALT}\x1f{source}\x1f{table}\x1f{key}\x1f{field_name}"
    return "pseudo-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# -- Building ---------------------------------------------------------------------------


def build_plan(
    reference: str,
    right: Right,
    findings: Iterable[Mapping[str, Any]],
    catalogue: Catalogue,
    register: Register,
    *,
    corrections: Mapping[str, Any] | None = None,
    source_states: Sequence[Mapping[str, Any]] = (),
    snapshot_sha256: str | None = None,
) -> Plan:
    """The plan for ``right`` over the included records of a reviewed snapshot.

    ``corrections`` (rectification only): ``source.table.field`` or a register category key
    (every field of that category in the records) → the new value. ``source_states`` are
    the snapshot's ``sources`` (a manual source not answered yet gets a task to search).
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
    included = sorted(
        (f for f in findings if f.get("included") and f.get("change") != "gone"),
        key=lambda f: (str(f["source"]), str(f["table"]), str(f["key"])),
    )
    builder = _Builder(reference, right, catalogue, register, corrections)
    by_source: dict[str, list[RecordPlan]] = {}
    for finding in included:
        source_id = finding["source"]
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
    states = {s.get("source"): s for s in source_states}
    sources = []
    for source_id, spec in catalogue.sources.items():
        tables = {name: number for number, name in enumerate(spec.tables)}
        records = sorted(
            _covered(builder, spec, by_source.get(source_id, [])),
            key=lambda r: (tables.get(r.table, len(tables)), r.table, r.key, r.action.value),
        )
        state = states.get(source_id) or {}
        status = state.get("status")
        searching = spec.kind == "manual" and status not in ("answered", "skipped")
        if status == "failed":
            builder.warnings.append(
                f"La source « {spec.name} » n’a pas répondu lors du rassemblement : ses "
                "données ne sont pas dans ce plan ; la relancer, puis refaire le plan."
            )
        if not records and not searching:
            continue
        tasks = [r for r in records if r.action is Action.TASK]
        task = _task_text(reference, right, spec, tasks, searching) if tasks or searching else None
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
        snapshot_sha256=snapshot_sha256,
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

    def record(self, finding: Mapping[str, Any]) -> list[RecordPlan]:
        spec = self.catalogue.sources[finding["source"]]
        table = spec.tables.get(finding["table"])
        values = {f["name"]: f.get("value") for f in finding.get("fields", ())}
        label = (table.label if table and table.label else None) or finding["table"]
        key_values = {name: values.get(name) for name in table.key} if table else {}
        base = {"table": finding["table"], "table_label": label, "key": finding["key"]}
        writes = table.writes if table is not None and spec.kind == "sql" else None
        match self.right:
            case Right.ERASURE:
                return [self._erase(finding, spec, table, values, key_values, base)]
            case Right.RECTIFICATION:
                return self._rectify(finding, table, values, key_values, base, writes)
            case _:
                return [self._mark(spec, values, key_values, base, writes)]

    def _erase(
        self,
        finding: Mapping[str, Any],
        spec: SourceSpec,
        table: TableSpec | None,
        values: dict[str, Any],
        key_values: dict[str, Any],
        base: dict[str, Any],
    ) -> RecordPlan:
        categories = [f.get("category") for f in finding.get("fields", ()) if f.get("category")]
        holds = legal_holds(self.register, categories)
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
        writes = table.writes if table is not None and spec.kind == "sql" else None
        if writes is None or writes.erase is None or not key_values:
            return RecordPlan(
                **base,
                key_values=key_values,
                action=Action.TASK,
                reason=_not_writable(spec) + " : effacement demandé à son propriétaire.",
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
        source_id = finding["source"]
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
        finding: Mapping[str, Any],
        table: TableSpec | None,
        values: dict[str, Any],
        key_values: dict[str, Any],
        base: dict[str, Any],
        writes: Any,
    ) -> list[RecordPlan]:
        source_id = finding["source"]
        written: list[Change] = []
        by_hand: list[Change] = []
        for item in finding.get("fields", ()):
            name = item["name"]
            path = f"{source_id}.{finding['table']}.{name}"
            asked = path if path in self.corrections else item.get("category")
            if asked not in self.corrections:
                continue
            self.used_corrections.add(asked)
            new = self.corrections[asked]
            old = values.get(name)
            if _text(old) == _text(new):
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
                    reason="Rectifié (art. 16 RGPD) : " + _changes_text(written) + ".",
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
                    reason=_not_writable(spec, by_hand)
                    + " : correction demandée à son propriétaire ("
                    + _changes_text(by_hand)
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
            reason=f"{_not_writable(spec, mark=True)} : retrait du consentement demandé à son "
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
                reason=f"{_not_writable(spec, mark=True)} : {what} demandée à son propriétaire.",
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


def _not_writable(spec: SourceSpec, changes: Sequence[Change] = (), *, mark: bool = False) -> str:
    if spec.kind != "sql":
        kinds = {"spreadsheet": "un fichier", "mail": "une boîte mail", "manual": "papier"}
        return f"Source « {spec.name} » ({kinds.get(spec.kind, spec.kind)}) non modifiable"
    if mark:
        return f"Source « {spec.name} » : aucune colonne de marque déclarée pour cette table"
    if changes:
        return f"Source « {spec.name} » : champ non modifiable par le programme"
    return f"Source « {spec.name} » : table non modifiable par le programme"


def _changes_text(changes: Sequence[Change]) -> str:
    return ", ".join(f"{c.field} « {_text(c.old)} » → « {_text(c.new)} »" for c in changes)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).strip()


_TODO = {
    Right.ERASURE: (
        "Effacer ces données : supprimer les enregistrements, ou en retirer tout ce qui "
        "concerne la personne. Ne rien effacer de ce qu’une obligation légale impose de "
        "conserver (factures et pièces comptables : 10 ans), et le signaler."
    ),
    Right.RECTIFICATION: "Corriger les champs indiqués (ancienne valeur → nouvelle valeur).",
    Right.RESTRICTION: (
        "Marquer ces données comme limitées : les conserver, mais ne plus les utiliser "
        "(sauf consentement de la personne, droits en justice ou protection d’autrui) "
        "jusqu’à la levée de la limitation, dont la personne sera informée avant."
    ),
    Right.OBJECTION: (
        "Cesser toute prospection : retirer la personne des listes d’envoi et de tout "
        "ciblage commercial."
    ),
    Right.CONSENT_WITHDRAWAL: (
        "Cesser tout traitement fondé sur le consentement de la personne (lettre "
        "d’information, prospection électronique) et la retirer des listes d’envoi."
    ),
}


def _task_text(
    reference: str,
    right: Right,
    spec: SourceSpec,
    tasks: Sequence[RecordPlan],
    searching: bool,
) -> str:
    lines = [
        f"Demande {reference} — {right.label_fr} ({right.info.article} RGPD).",
        f"Source « {spec.name} » ({spec.owner.team}, {spec.owner.contact}).",
    ]
    if searching and spec.task:
        lines += ["", "À rechercher :", spec.task]
    if tasks:
        lines += ["", "Enregistrements concernés :"]
        for record in tasks:
            line = f"– {record.table_label}, {record.key}"
            if record.changes and right is Right.RECTIFICATION:
                line += " : " + _changes_text(record.changes)
            lines.append(line)
    lines += [
        "",
        "À faire :",
        _TODO[right],
        "",
        "Répondre en indiquant ce qui a été fait, où et à quelle date (ou pourquoi ce n’a pas "
        "été possible).",
    ]
    return "\n".join(lines)


def _identifiers(
    findings: Iterable[Mapping[str, Any]], catalogue: Catalogue
) -> list[tuple[str, str, str]]:
    """Strong identifiers held by the included records (customer and contract numbers…)."""
    found: dict[tuple[str, str], str] = {}
    for finding in findings:
        spec = catalogue.sources.get(finding["source"])
        table = spec.tables.get(finding["table"]) if spec else None
        if table is None:
            continue
        values = {f["name"]: f.get("value") for f in finding.get("fields", ())}
        for name, kind in table.identity_fields():
            if not kind.is_strong:
                continue
            value = normalise(kind, values.get(name))
            if value:
                via = f"{finding['source']}.{finding['table']} {finding['key']}"
                found.setdefault((kind.value, value), via)
    return [(kind, value, via) for (kind, value), via in sorted(found.items())]
