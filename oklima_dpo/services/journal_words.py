"""The journal's entries in French words, without Qt: for documents and the command line.

The window has its own translatable wording (``gui/labels.py``); this one follows it for what
leaves the program in French (the legal team's case file).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain.case import Channel, Outcome
from ..domain.french import NBSP, fr_date
from ..domain.rights import Right
from ..domain.workflow import EventKind, Status

ACTIONS = {
    "case.opened": "demande enregistrée",
    "case.consulted": "consultation de la demande",
    "case.assigned": "attribution",
    "case.document_added": "document ajouté",
    "case.finding_reviewed": "revue d’un enregistrement trouvé",
    "case.source_skipped": "source écartée",
    "case.manual_source_answered": "réponse d’une source manuelle",
    "case.review_saved": "revue des données enregistrée",
    "case.casefile": "dossier juridique produit",
    "case.package_produced": "document produit",
    "case.documents_sent": "documents envoyés",
    "case.execution_planned": "plan d’exécution préparé",
    "case.execution_applied": "exécution appliquée",
    "case.execution_verified": "exécution vérifiée",
    "case.restriction_lifted": "limitation levée",
    "case.task_created": "tâche ouverte pour un propriétaire",
    "case.task_completed": "réponse d’un propriétaire à sa tâche",
    "case.notices_planned": "notifications de l’article 19 prévues",
    "case.notice_produced": "notification de l’article 19 produite",
    "case.notice_sent": "notification de l’article 19 envoyée",
    "case.notice_acknowledged": "notification de l’article 19 confirmée par le destinataire",
    "case.purged.identity_documents": "pièces d’identité supprimées",
    "case.purged.gathered_data": "données rassemblées purgées",
    "case.purged.closed_case": "demande close supprimée (statistiques anonymes conservées)",
    "suppression.expired_removed": "entrées échues retirées de la liste d’opposition",
    "register.exported": "registre des demandes exporté",
    "settings.changed": "réglages modifiés",
    "settings.deadline_policy": "règles de délai modifiées",
    "settings.catalogue": "catalogue des sources choisi",
    "demo.filled": "base de démonstration remplie",
}

CHANNELS_BY = {
    Channel.EMAIL: "par e-mail",
    Channel.POST: "par courrier",
    Channel.WEB: "par le formulaire web",
    Channel.PHONE: "par téléphone",
    Channel.IN_PERSON: "en personne",
}

DOCUMENT_ROLES = {
    "received": "reçu avec la demande",
    "mandate": "mandat du représentant",
    "gathered": "réponse d’une source manuelle",
    "produced": "produit pour la réponse",
    "sent": "envoyé à la personne",
}

SEPARATOR = f"{NBSP}; "

#: What the plan does to a record (``domain.plan.Action`` values), singular and plural.
PLAN_ACTIONS = {
    "delete": ("suppression", "suppressions"),
    "empty": ("enregistrement vidé", "enregistrements vidés"),
    "pseudonymise": ("pseudonymisation", "pseudonymisations"),
    "correct": ("correction", "corrections"),
    "restrict": ("marque de limitation", "marques de limitation"),
    "optout": ("marque d’opposition", "marques d’opposition"),
    "keep": ("conservé", "conservés"),
    "task": ("enregistrement confié au propriétaire", "enregistrements confiés au propriétaire"),
}

#: Where an execution, a task or a notice stands.
STATES = {
    "planned": "planifiée, rien n’a été modifié",
    "applied": "appliquée",
    "verified": "appliquée et vérifiée",
    "partly": "appliquée en partie",
    "failed": "échouée, rien n’a été modifié",
    "open": "à faire",
    "done": "faite",
    "sent": "envoyée, accusé de réception attendu",
    "acknowledged": "prise en compte par le destinataire",
    "cancelled": "annulée",
}

TASK_KINDS = {
    "erase": "effacement",
    "rectify": "rectification",
    "restrict": "limitation",
    "object": "opposition à la prospection",
    "lift_restriction": "levée de la limitation",
    "stop_consent": "arrêt des traitements fondés sur le consentement",
    "notify": "notification (art. 19)",
}

REMAINING = {
    "kept": "conservé (obligation légale)",
    "task": "confié au propriétaire (tâche)",
    "unexpected": "toujours présent",
    "source_failed": "source en échec",
    "not_applied": "modification non constatée",
    "not_found": "non retrouvé",
    "corrected": "corrigé",
    "marked": "marqué",
}

COUNTED = {
    "records": "enregistrements",
    "snapshots": "revues",
    "documents": "documents",
    "events": "événements",
}


def action_label(action: str) -> str:
    """« accusé de réception », « dossier juridique produit »; the code when unknown."""
    kind = action.removeprefix("case.")
    if action.startswith("case.") and kind in EventKind._value2member_map_:
        return EventKind(kind).label_fr
    return ACTIONS.get(action, action)


def details_text(details: dict[str, object], sources: Mapping[str, str] | None = None) -> str:
    """« le 28/07/2024 ; statut : répondue → clôturée »: the details of an entry in words;
    ``sources`` names the sources by their identifiers (the catalogue's names)."""
    details = dict(details)
    for key in ("source", "sources", "failed", "tasks", "target", "not_run", "unverified_sources"):
        if sources and key in details:
            details[key] = _named(details[key], sources)
    counts = details.get("counts")
    if sources and isinstance(counts, dict):
        details["counts"] = {sources.get(k, k): v for k, v in counts.items()}
    details.pop("event", None)  # already said by the action
    parts: list[str] = []
    if "right" in details and "outcome" in details:  # a decision: « Effacement : accordé »
        right, outcome = details.pop("right"), details.pop("outcome")
        parts.append(f"{_detail('right', right)}{NBSP}: {_detail('outcome', outcome)}")
    parts += [_detail(key, value) for key, value in details.items()]
    return SEPARATOR.join(part for part in parts if part)


def _day(value: object) -> str:
    try:
        return fr_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _right(value: object) -> str:
    text = str(value)
    return Right(text).info.short_fr if text in Right._value2member_map_ else text


def _status(value: object) -> str:
    text = str(value)
    return Status(text).label_fr if text in Status._value2member_map_ else text


def _named(value: object, sources: Mapping[str, str]) -> object:
    if isinstance(value, dict):
        return {sources.get(str(k), k): v for k, v in value.items()}
    if isinstance(value, list):
        return [sources.get(str(v), v) for v in value]
    return sources.get(str(value), value)


def _names(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _detail(key: str, value: object) -> str:
    match key:
        case "on":
            return f"le {_day(value)}"
        case "received_on":
            return f"reçue le {_day(value)}"
        case "extended_due":
            return f"nouvelle échéance {_day(value)}"
        case "status" if isinstance(value, list) and len(value) == 2:
            return f"statut{NBSP}: {_status(value[0])} → {_status(value[1])}"
        case "right":
            return _right(value)
        case "rights" if isinstance(value, list):
            return ", ".join(_right(v) for v in value)
        case "outcome" if str(value) in Outcome._value2member_map_:
            return Outcome(str(value)).label_fr
        case "channel" if str(value) in Channel._value2member_map_:
            return CHANNELS_BY[Channel(str(value))]
        case "identifiers":
            return f"identifiants fournis{NBSP}: {value}"
        case "representative":
            return "par un représentant" if value else ""
        case "verified_by":
            return f"par {value}"
        case "before" if _is_day(value):
            return f"échues avant le {_day(value)}"
        case "before" | "after":
            return f"{'avant' if key == 'before' else 'après'}{NBSP}: {value or 'personne'}"
        case "role":
            return DOCUMENT_ROLES.get(str(value), f"rôle{NBSP}: {value}")
        case "size":
            return f"{value} octets"
        case "sources" if isinstance(value, dict):
            return SEPARATOR.join(_source_result(str(k), v) for k, v in value.items())
        case "sources" | "source":
            return f"sources{NBSP}: {_names(value)}" if value else ""
        case "failed":
            return f"en échec{NBSP}: {_names(value)}" if value else ""
        case "records":
            return f"enregistrements{NBSP}: {value}"
        case "included":
            return "inclus" if value else "écarté"
        case "complete":
            return "complète" if value else "incomplète"
        case "found":
            return "trouvé" if value else "rien trouvé"
        case "bound_reached":
            return "limite de recherche atteinte" if value else ""
        case "attachment":
            return "document joint" if value else ""
        case "sha256":
            return f"SHA-256{NBSP}: {value}"
        case "finding" | "snapshot":
            return f"n°{NBSP}{value}"
        case "raw_data":
            return "avec les données brutes" if value else "sans les données brutes"
        case "file":
            return f"fichier{NBSP}: {value}"
    return _execution_detail(key, value)


def _execution_detail(key: str, value: object) -> str:
    """Executions, owners' tasks, Art. 19 notices, purges: counts and hashes in words."""
    match key:
        case "status" if str(value) in STATES:
            return f"état{NBSP}: {STATES[str(value)]}"
        case "execution":
            return f"exécution n°{NBSP}{value}"
        case "task":
            return f"tâche n°{NBSP}{value}"
        case "kind" if str(value) in TASK_KINDS:
            return TASK_KINDS[str(value)]
        case "target":
            return f"pour{NBSP}: {value}"
        case "recipient":
            return f"destinataire{NBSP}: {value}"
        case "recipients" if isinstance(value, list):
            return f"destinataires{NBSP}: {_names(value)}"
        case "plan_sha256":
            return f"plan SHA-256{NBSP}: {value}"
        case "snapshot_sha256":
            return f"revue SHA-256{NBSP}: {value}"
        case "counts" if isinstance(value, dict):
            return _counts(value)
        case "tasks" if isinstance(value, list):
            return f"tâches pour{NBSP}: {_names(value)}" if value else ""
        case "not_run" if isinstance(value, list):
            return f"non exécutées (annulation){NBSP}: {_names(value)}" if value else ""
        case "remaining" if isinstance(value, dict):
            if not value:
                return "rien ne reste"
            parts = ", ".join(f"{REMAINING.get(str(k), k)} × {v}" for k, v in value.items())
            return f"reste{NBSP}: {parts}"
        case "unverified_sources" if isinstance(value, list):
            return f"non vérifiées{NBSP}: {_names(value)}" if value else ""
        case "email":
            return "avec un e-mail préparé" if value else ""
        case "removed":
            return f"entrées retirées{NBSP}: {value}"
        case "due_since":
            return f"à purger depuis le {_day(value)}"
        case "suppression" if isinstance(value, dict):
            return f"liste d’opposition jusqu’au {_day(value.get('expires_on', ''))}"
        case "restriction_lift" if isinstance(value, dict):
            return f"levée de la limitation annoncée pour le {_day(value.get('on', ''))}"
    return f"{key}{NBSP}: {value}"


def _is_day(value: object) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def plan_action_count(action: str, count: int) -> str:
    """« 3 suppressions », « 1 pseudonymisation »."""
    forms = PLAN_ACTIONS.get(action)
    if forms is None:
        return f"{action} × {count}"
    return f"{count} {forms[0 if count <= 1 else 1]}"


def _counts(counts: dict) -> str:
    """An execution's plan (source → action → records) or a purge's counts (what → number)."""
    if all(isinstance(v, dict) for v in counts.values()):
        return SEPARATOR.join(
            f"{source}{NBSP}: " + ", ".join(plan_action_count(a, n) for a, n in actions.items())
            for source, actions in counts.items()
        )
    return ", ".join(f"{COUNTED.get(str(k), k)}{NBSP}: {v}" for k, v in counts.items())


def _source_result(source: str, result: object) -> str:
    """The proof of a source's changes: counts and SHA-256 before and after, in full."""
    if not isinstance(result, dict):
        return f"{source}{NBSP}: {result}"
    if result.get("status") != "applied":
        return f"{source}{NBSP}: en échec, rien n’a été modifié"
    before, after = result.get("before") or {}, result.get("after") or {}
    return (
        f"{source}{NBSP}: appliqué, {result.get('statements', 0)} écriture(s), "
        f"avant {before.get('count', '?')} ligne(s) (SHA-256 {before.get('sha256', '?')}), "
        f"après {after.get('count', '?')} ligne(s) (SHA-256 {after.get('sha256', '?')})"
    )
