"""The words of what the program asks of a system's owner when it cannot do it itself (a
file, a mailbox, paper archives, a table it may not write): which records, what to do, how
to answer. They go into the plan and into the owners' tasks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .catalogue import SourceSpec
from .plan import Change, RecordPlan
from .rights import Right

__all__ = [
    "TASK_RIGHTS",
    "changes_text",
    "lift_task_text",
    "not_writable",
    "plain_text",
    "task_text",
]

#: The kind of an owner's task → the right it carries out (the answer it holds back).
TASK_RIGHTS = {
    "erase": Right.ERASURE,
    "rectify": Right.RECTIFICATION,
    "restrict": Right.RESTRICTION,
    "lift_restriction": Right.RESTRICTION,
    "object": Right.OBJECTION,
    "stop_consent": Right.CONSENT_WITHDRAWAL,
}


def not_writable(spec: SourceSpec, changes: Sequence[Change] = (), *, mark: bool = False) -> str:
    if not spec.writable_kind:
        kinds = {"spreadsheet": "un fichier", "mail": "une boîte mail", "manual": "papier"}
        return f"Source « {spec.name} » ({kinds.get(spec.kind, spec.kind)}) non modifiable"
    if mark:
        return f"Source « {spec.name} » : aucune colonne de marque déclarée pour cette table"
    if changes:
        return f"Source « {spec.name} » : champ non modifiable par le programme"
    return f"Source « {spec.name} » : table non modifiable par le programme"


def changes_text(changes: Sequence[Change]) -> str:
    return ", ".join(
        f"{c.field} « {plain_text(c.old)} » → « {plain_text(c.new)} »" for c in changes
    )


def plain_text(value: Any) -> str:
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


def task_text(
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
                line += " : " + changes_text(record.changes)
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


def lift_task_text(reference: str, source_name: str, owner: str) -> str:
    """A restriction is lifted (Art. 18(3)): the owner lifts the marks set by hand."""
    return (
        f"Demande {reference} — levée de la limitation (art. 18(3) RGPD).\n"
        f"Source « {source_name} » ({owner}).\n\n"
        "La personne a été informée : lever la limitation posée sur ses données "
        "(voir la tâche de limitation), puis répondre en indiquant la date."
    )
