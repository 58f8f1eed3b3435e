"""The words of the codes the services record and the faces show: where an execution, a task
or a notice stands, what a task asks, what the verification found, what the plan does to how
many records, what a purge counted, what was produced, by which channel, in which role.

One source for the window (translated with Qt Linguist: ``linguist``) and for what leaves the
program in French (the journal's words in the case file). The strings live in Qt Linguist's
``labels`` context, where ``gui/labels.py`` also declares the domain's names (statuses, rights,
outcomes, events) that the journal's sentences use.
"""

from __future__ import annotations

from .linguist import QT_TRANSLATE_NOOP, Translate, fill, same

__all__ = [
    "CHANNEL_BY",
    "CONTEXT",
    "COUNTED",
    "DOCUMENT_ROLES",
    "PACKAGE",
    "PLAN_ACTION_COUNT",
    "REMAINING",
    "STATE",
    "TASK_KIND",
    "code_word",
    "plan_action_count",
]

#: Qt Linguist's context of these words (a literal in each mark below, as lupdate needs).
CONTEXT = "labels"

#: Where an execution, a task or a notice stands (services' ``status`` codes).
STATE = {
    "planned": QT_TRANSLATE_NOOP("labels", "planifiée, rien n’a été modifié"),
    "applying": QT_TRANSLATE_NOOP("labels", "en cours d’application"),
    "applied": QT_TRANSLATE_NOOP("labels", "appliquée"),
    "verified": QT_TRANSLATE_NOOP("labels", "appliquée et vérifiée"),
    "partly": QT_TRANSLATE_NOOP("labels", "appliquée en partie"),
    "failed": QT_TRANSLATE_NOOP("labels", "échouée, rien n’a été modifié"),
    "open": QT_TRANSLATE_NOOP("labels", "à faire"),
    "done": QT_TRANSLATE_NOOP("labels", "faite"),
    "sent": QT_TRANSLATE_NOOP("labels", "envoyée, accusé de réception attendu"),
    "acknowledged": QT_TRANSLATE_NOOP("labels", "prise en compte par le destinataire"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "annulée"),
}

#: What a task asks (``Task.kind``).
TASK_KIND = {
    "erase": QT_TRANSLATE_NOOP("labels", "effacement"),
    "rectify": QT_TRANSLATE_NOOP("labels", "rectification"),
    "restrict": QT_TRANSLATE_NOOP("labels", "limitation"),
    "object": QT_TRANSLATE_NOOP("labels", "opposition à la prospection"),
    "lift_restriction": QT_TRANSLATE_NOOP("labels", "levée de la limitation"),
    "stop_consent": QT_TRANSLATE_NOOP("labels", "arrêt des traitements fondés sur le consentement"),
    "notify": QT_TRANSLATE_NOOP("labels", "notification (art. 19)"),
}

#: What the verification found of a record still there (``remaining[].state``).
REMAINING = {
    "kept": QT_TRANSLATE_NOOP("labels", "conservé (obligation légale)"),
    "task": QT_TRANSLATE_NOOP("labels", "confié au propriétaire (tâche)"),
    "unexpected": QT_TRANSLATE_NOOP("labels", "toujours présent"),
    "source_failed": QT_TRANSLATE_NOOP("labels", "source en échec"),
    "not_applied": QT_TRANSLATE_NOOP("labels", "modification non constatée"),
    "not_found": QT_TRANSLATE_NOOP("labels", "non retrouvé"),
    "corrected": QT_TRANSLATE_NOOP("labels", "corrigé"),
    "marked": QT_TRANSLATE_NOOP("labels", "marqué"),
}

#: What a purge counted.
COUNTED = {
    "records": QT_TRANSLATE_NOOP("labels", "enregistrements"),
    "snapshots": QT_TRANSLATE_NOOP("labels", "revues"),
    "documents": QT_TRANSLATE_NOOP("labels", "documents"),
    "events": QT_TRANSLATE_NOOP("labels", "événements"),
}

#: « 1 suppression », « 3 suppressions » (``domain.plan.Action`` values): French takes the
#: singular for 0 and 1. ``covered``: kept as it is, a mark set elsewhere in its source covers it.
PLAN_ACTION_COUNT = {
    "delete": (
        QT_TRANSLATE_NOOP("labels", "%1 suppression"),
        QT_TRANSLATE_NOOP("labels", "%1 suppressions"),
    ),
    "empty": (
        QT_TRANSLATE_NOOP("labels", "%1 enregistrement vidé"),
        QT_TRANSLATE_NOOP("labels", "%1 enregistrements vidés"),
    ),
    "pseudonymise": (
        QT_TRANSLATE_NOOP("labels", "%1 pseudonymisation"),
        QT_TRANSLATE_NOOP("labels", "%1 pseudonymisations"),
    ),
    "correct": (
        QT_TRANSLATE_NOOP("labels", "%1 correction"),
        QT_TRANSLATE_NOOP("labels", "%1 corrections"),
    ),
    "restrict": (
        QT_TRANSLATE_NOOP("labels", "%1 marque de limitation"),
        QT_TRANSLATE_NOOP("labels", "%1 marques de limitation"),
    ),
    "optout": (
        QT_TRANSLATE_NOOP("labels", "%1 marque d’opposition"),
        QT_TRANSLATE_NOOP("labels", "%1 marques d’opposition"),
    ),
    "keep": (
        QT_TRANSLATE_NOOP("labels", "%1 conservé"),
        QT_TRANSLATE_NOOP("labels", "%1 conservés"),
    ),
    "task": (
        QT_TRANSLATE_NOOP("labels", "%1 enregistrement confié au propriétaire"),
        QT_TRANSLATE_NOOP("labels", "%1 enregistrements confiés au propriétaire"),
    ),
    "covered": (
        QT_TRANSLATE_NOOP("labels", "%1 couvert par la marque"),
        QT_TRANSLATE_NOOP("labels", "%1 couverts par la marque"),
    ),
}

#: What can be produced for a case (``LetterKind`` values), in the order the window offers them.
PACKAGE = {
    "acknowledgement": QT_TRANSLATE_NOOP("labels", "Accusé de réception"),
    "information-request": QT_TRANSLATE_NOOP("labels", "Demande d’informations complémentaires"),
    "extension": QT_TRANSLATE_NOOP("labels", "Prolongation du délai"),
    "access": QT_TRANSLATE_NOOP("labels", "Réponse d’accès (courrier, annexe, données)"),
    "portability": QT_TRANSLATE_NOOP("labels", "Portabilité (courrier et export des données)"),
    "no-data": QT_TRANSLATE_NOOP("labels", "Aucune donnée détenue"),
    "refusal": QT_TRANSLATE_NOOP("labels", "Refus (total ou partiel)"),
    "rectification": QT_TRANSLATE_NOOP("labels", "Réponse\u00a0: rectification effectuée"),
    "erasure": QT_TRANSLATE_NOOP("labels", "Réponse\u00a0: effacement (effacé et conservé)"),
    "restriction": QT_TRANSLATE_NOOP("labels", "Réponse\u00a0: limitation du traitement"),
    "objection": QT_TRANSLATE_NOOP("labels", "Réponse\u00a0: opposition"),
    "consent-withdrawal": QT_TRANSLATE_NOOP("labels", "Réponse\u00a0: retrait du consentement"),
    "restriction-lift-notice": QT_TRANSLATE_NOOP("labels", "Avis avant la levée de la limitation"),
}

#: How a request came (``Channel`` values), as a complement: « reçue par e-mail ».
CHANNEL_BY = {
    "email": QT_TRANSLATE_NOOP("labels", "par e-mail"),
    "post": QT_TRANSLATE_NOOP("labels", "par courrier"),
    "web": QT_TRANSLATE_NOOP("labels", "par le formulaire web"),
    "phone": QT_TRANSLATE_NOOP("labels", "par téléphone"),
    "in_person": QT_TRANSLATE_NOOP("labels", "en personne"),
}

#: A document of the case by its role, as the case file lists it.
DOCUMENT_ROLES = {
    "received": QT_TRANSLATE_NOOP("labels", "reçu avec la demande"),
    "mandate": QT_TRANSLATE_NOOP("labels", "mandat du représentant"),
    "gathered": QT_TRANSLATE_NOOP("labels", "réponse d’une source manuelle"),
    "produced": QT_TRANSLATE_NOOP("labels", "produit pour la réponse"),
    "sent": QT_TRANSLATE_NOOP("labels", "envoyé à la personne"),
}


def code_word(words: dict[str, str], code: str, translate: Translate = same) -> str:
    """The word of ``code`` in ``words``; the code itself when this version has none."""
    return translate(words[code]) if code in words else code


def plan_action_count(action: str, count: int, translate: Translate = same) -> str:
    """« 3 suppressions », « 1 pseudonymisation »."""
    forms = PLAN_ACTION_COUNT.get(action)
    if forms is None:
        return f"{action} × {count}"
    return fill(translate(forms[0 if count <= 1 else 1]), count)
