"""The French labels of codes (statuses, rights, urgencies…) as literal strings for Qt Linguist.

The domain names things in French for letters and the command line; the window shows them
through ``translate`` so that the English interface can translate them too. A test checks that
every code of the domain has its label here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.case import Channel, Outcome
from ..domain.deadlines import Urgency
from ..domain.french import PARIS, fr_date
from ..domain.identity import IdentifierKind
from ..domain.rights import Right
from ..domain.workflow import EventKind, Status

CONTEXT = "labels"

STATUS = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("labels", "reçue"),
    Status.AWAITING_INFO: QT_TRANSLATE_NOOP("labels", "en attente d’informations"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "en cours"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("labels", "à valider"),
    Status.ANSWERED: QT_TRANSLATE_NOOP("labels", "répondue"),
    Status.CLOSED: QT_TRANSLATE_NOOP("labels", "clôturée"),
    Status.REFUSED: QT_TRANSLATE_NOOP("labels", "refusée"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "retirée"),
}

RIGHT_SHORT = {
    Right.ACCESS: QT_TRANSLATE_NOOP("labels", "Accès"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("labels", "Rectification"),
    Right.ERASURE: QT_TRANSLATE_NOOP("labels", "Effacement"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("labels", "Limitation"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("labels", "Portabilité"),
    Right.OBJECTION: QT_TRANSLATE_NOOP("labels", "Opposition"),
    Right.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("labels", "Retrait du consentement"),
}

URGENCY = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("labels", "en retard"),
    Urgency.DUE_IN_2: QT_TRANSLATE_NOOP("labels", "échéance dans 2 jours ou moins"),
    Urgency.DUE_IN_7: QT_TRANSLATE_NOOP("labels", "échéance dans 7 jours ou moins"),
    Urgency.SUSPENDED: QT_TRANSLATE_NOOP("labels", "délai suspendu"),
    Urgency.ON_TRACK: QT_TRANSLATE_NOOP("labels", "dans les délais"),
    Urgency.DONE: QT_TRANSLATE_NOOP("labels", "terminée"),
}


# Actions of the journal besides "case.<event kind>" (those take the event's label).
ACTION = {
    "case.opened": QT_TRANSLATE_NOOP("labels", "demande enregistrée"),
    "case.consulted": QT_TRANSLATE_NOOP("labels", "consultation de la demande"),
    "case.assigned": QT_TRANSLATE_NOOP("labels", "attribution"),
    "case.document_added": QT_TRANSLATE_NOOP("labels", "document ajouté"),
    "settings.changed": QT_TRANSLATE_NOOP("labels", "réglages modifiés"),
    "settings.deadline_policy": QT_TRANSLATE_NOOP("labels", "règles de délai modifiées"),
    "demo.filled": QT_TRANSLATE_NOOP("labels", "base de démonstration remplie"),
    "case.finding_reviewed": QT_TRANSLATE_NOOP("labels", "revue d’un enregistrement trouvé"),
    "case.source_skipped": QT_TRANSLATE_NOOP("labels", "source écartée"),
    "case.manual_source_answered": QT_TRANSLATE_NOOP("labels", "réponse d’une source manuelle"),
    "case.review_saved": QT_TRANSLATE_NOOP("labels", "revue des données enregistrée"),
    "settings.catalogue": QT_TRANSLATE_NOOP("labels", "catalogue des sources choisi"),
    "case.package_produced": QT_TRANSLATE_NOOP("labels", "document produit"),
    "case.documents_sent": QT_TRANSLATE_NOOP("labels", "documents envoyés"),
    "case.casefile": QT_TRANSLATE_NOOP("labels", "dossier juridique produit"),
    "register.exported": QT_TRANSLATE_NOOP("labels", "registre des demandes exporté"),
    "case.execution_planned": QT_TRANSLATE_NOOP("labels", "plan d’exécution préparé"),
    "case.execution_applied": QT_TRANSLATE_NOOP("labels", "exécution appliquée"),
    "case.execution_verified": QT_TRANSLATE_NOOP("labels", "exécution vérifiée"),
    "case.restriction_lifted": QT_TRANSLATE_NOOP("labels", "limitation levée"),
    "case.task_created": QT_TRANSLATE_NOOP("labels", "tâche ouverte pour un propriétaire"),
    "case.task_completed": QT_TRANSLATE_NOOP("labels", "réponse d’un propriétaire à sa tâche"),
    "case.notices_planned": QT_TRANSLATE_NOOP("labels", "notifications de l’article 19 prévues"),
    "case.notice_produced": QT_TRANSLATE_NOOP("labels", "notification de l’article 19 produite"),
    "case.notice_sent": QT_TRANSLATE_NOOP("labels", "notification de l’article 19 envoyée"),
    "case.notice_acknowledged": QT_TRANSLATE_NOOP(
        "labels", "notification de l’article 19 confirmée par le destinataire"
    ),
    "case.purged.identity_documents": QT_TRANSLATE_NOOP("labels", "pièces d’identité supprimées"),
    "case.purged.gathered_data": QT_TRANSLATE_NOOP("labels", "données rassemblées purgées"),
    "case.purged.closed_case": QT_TRANSLATE_NOOP(
        "labels", "demande close supprimée (statistiques anonymes conservées)"
    ),
    "suppression.expired_removed": QT_TRANSLATE_NOOP(
        "labels", "entrées échues retirées de la liste d’opposition"
    ),
}


def action_label(action: str) -> str:
    """The French label of a journal action; the code itself when new to this version."""
    kind = action.removeprefix("case.")
    if kind in EventKind._value2member_map_:
        return event_label(EventKind(kind))
    label = ACTION.get(action)
    return QCoreApplication.translate("labels", label) if label else action


def journal_details(details: dict[str, object]) -> str:
    """The details of a journal entry in words: « le 28/07/2024 ; statut : répondue → clôturée »."""
    details = dict(details)
    details.pop("event", None)  # already the action
    parts: list[str] = []
    if "right" in details and "outcome" in details:  # a decision: « Effacement : accordé »
        right, outcome = _detail("right", details.pop("right")), details.pop("outcome")
        parts.append(f"{right}\u00a0: {_detail('outcome', outcome)}")
    parts += [_detail(key, value) for key, value in details.items()]
    separator = QCoreApplication.translate("labels", "\u00a0; ")
    return separator.join(part for part in parts if part)


def _day(value: object) -> str:
    try:
        return fr_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _detail(key: str, value: object) -> str:
    match key:
        case "on":
            return QCoreApplication.translate("labels", "le %1").replace("%1", _day(value))
        case "received_on":
            return QCoreApplication.translate("labels", "reçue le %1").replace("%1", _day(value))
        case "extended_due":
            return QCoreApplication.translate("labels", "nouvelle échéance %1").replace(
                "%1", _day(value)
            )
        case "status" if isinstance(value, list) and len(value) == 2:
            before, after = (status_label(Status(v)) for v in value)
            return (
                QCoreApplication.translate("labels", "statut\u00a0: %1 → %2")
                .replace("%1", before)
                .replace("%2", after)
            )
        case "right":
            return right_short_label(Right(str(value)))
        case "rights" if isinstance(value, list):
            return ", ".join(right_short_label(Right(v)) for v in value)
        case "outcome" if str(value) in Outcome._value2member_map_:
            return outcome_label(Outcome(str(value)))
        case "channel" if str(value) in CHANNEL_BY:
            return QCoreApplication.translate("labels", CHANNEL_BY[str(value)])
        case "cases":
            return QCoreApplication.translate("labels", "demandes\u00a0: %1").replace(
                "%1", str(value)
            )
        case "identifiers":
            return QCoreApplication.translate("labels", "identifiants\u00a0: %1").replace(
                "%1", str(value)
            )
        case "representative":
            return QCoreApplication.translate("labels", "par un représentant") if value else ""
        case "verified_by":
            return QCoreApplication.translate("labels", "par %1").replace("%1", str(value))
        case "source" | "sources" | "failed" if isinstance(value, list | str):
            return _sources_detail(key, value)
        case "records":
            return QCoreApplication.translate("labels", "enregistrements\u00a0: %1").replace(
                "%1", str(value)
            )
        case "included" if value:
            return QCoreApplication.translate("labels", "inclus")
        case "included":
            return QCoreApplication.translate("labels", "écarté")
        case "complete" if value:
            return QCoreApplication.translate("labels", "complète")
        case "complete":
            return QCoreApplication.translate("labels", "incomplète")
        case "found" if value:
            return QCoreApplication.translate("labels", "trouvé")
        case "found":
            return QCoreApplication.translate("labels", "rien trouvé")
        case "bound_reached":
            return (
                QCoreApplication.translate("labels", "limite de recherche atteinte")
                if value
                else ""
            )
        case "attachment":
            return QCoreApplication.translate("labels", "document joint") if value else ""
        case "sha256":
            return f"SHA-256\u00a0: {value}"
        case "finding" | "snapshot":
            return f"n°\u00a0{value}"
        case "package":
            return package_label(str(value))
        case "document" | "file":
            return str(value)
        case "files" if isinstance(value, list):
            return ", ".join(
                str(f.get("name", f)) if isinstance(f, dict) else str(f) for f in value
            )
        case "channel":
            return str(value)  # typed by the DPO: « courrier recommandé avec AR »
        case "encrypted":
            return QCoreApplication.translate("labels", "chiffré (AES-256)") if value else ""
        case "redactions":
            return (
                QCoreApplication.translate("labels", "caviardages\u00a0: %1").replace(
                    "%1", str(value)
                )
                if value
                else ""
            )
        case "raw_data":
            return QCoreApplication.translate("labels", "avec les données brutes") if value else ""
    return _execution_detail(key, value)


def _execution_detail(key: str, value: object) -> str:
    """The details of executions, owners' tasks, Art. 19 notices and purges."""
    match key:
        case "status" if str(value) in STATE:
            return QCoreApplication.translate("labels", "état\u00a0: %1").replace(
                "%1", code_label(STATE, str(value))
            )
        case "execution":
            return QCoreApplication.translate("labels", "exécution n°\u00a0%1").replace(
                "%1", str(value)
            )
        case "task":
            return QCoreApplication.translate("labels", "tâche n°\u00a0%1").replace(
                "%1", str(value)
            )
        case "kind" if str(value) in TASK_KIND:
            return code_label(TASK_KIND, str(value))
        case "target":
            return QCoreApplication.translate("labels", "pour\u00a0: %1").replace("%1", str(value))
        case "recipient":
            return QCoreApplication.translate("labels", "destinataire\u00a0: %1").replace(
                "%1", str(value)
            )
        case "recipients" if isinstance(value, list):
            return QCoreApplication.translate("labels", "destinataires\u00a0: %1").replace(
                "%1", ", ".join(map(str, value))
            )
        case "plan_sha256":
            return QCoreApplication.translate("labels", "plan SHA-256\u00a0: %1").replace(
                "%1", str(value)
            )
        case "snapshot_sha256":
            return QCoreApplication.translate("labels", "revue SHA-256\u00a0: %1").replace(
                "%1", str(value)
            )
        case "counts" if isinstance(value, dict):
            return _counts_detail(value)
        case "tasks" if isinstance(value, list):
            names = ", ".join(map(str, value))
            return (
                QCoreApplication.translate("labels", "tâches pour\u00a0: %1").replace("%1", names)
                if value
                else ""
            )
        case "sources" if isinstance(value, dict):
            return "\u00a0; ".join(_source_result(str(k), v) for k, v in value.items())
        case "not_run" if isinstance(value, list):
            names = ", ".join(map(str, value))
            return (
                QCoreApplication.translate(
                    "labels", "non exécutées (annulation)\u00a0: %1"
                ).replace("%1", names)
                if value
                else ""
            )
        case "remaining" if isinstance(value, dict):
            if not value:
                return QCoreApplication.translate("labels", "rien ne reste")
            parts = ", ".join(f"{code_label(REMAINING, str(k))} × {v}" for k, v in value.items())
            return QCoreApplication.translate("labels", "reste\u00a0: %1").replace("%1", parts)
        case "unverified_sources" if isinstance(value, list):
            names = ", ".join(map(str, value))
            return (
                QCoreApplication.translate("labels", "non vérifiées\u00a0: %1").replace("%1", names)
                if value
                else ""
            )
        case "email":
            return QCoreApplication.translate("labels", "avec un e-mail préparé") if value else ""
        case "removed":
            return QCoreApplication.translate("labels", "entrées retirées\u00a0: %1").replace(
                "%1", str(value)
            )
        case "before" if _is_day(value):
            return QCoreApplication.translate("labels", "échues avant le %1").replace(
                "%1", _day(value)
            )
        case "due_since":
            return QCoreApplication.translate("labels", "à purger depuis le %1").replace(
                "%1", _day(value)
            )
        case "suppression" if isinstance(value, dict):
            return QCoreApplication.translate("labels", "liste d’opposition jusqu’au %1").replace(
                "%1", _day(value.get("expires_on", ""))
            )
        case "restriction_lift" if isinstance(value, dict):
            return QCoreApplication.translate(
                "labels", "levée de la limitation annoncée pour le %1"
            ).replace("%1", _day(value.get("on", "")))
    return f"{key}\u00a0: {value}"


def _is_day(value: object) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _counts_detail(counts: dict) -> str:
    """An execution's plan (source → action → records) or a purge's counts (what → number)."""
    if all(isinstance(v, dict) for v in counts.values()):
        return "\u00a0; ".join(
            QCoreApplication.translate("labels", "%1\u00a0: %2")
            .replace("%1", str(source))
            .replace("%2", ", ".join(plan_action_count(a, n) for a, n in actions.items()))
            for source, actions in counts.items()
        )
    return ", ".join(
        QCoreApplication.translate("labels", "%1\u00a0: %2")
        .replace("%1", code_label(COUNTED, str(k)))
        .replace("%2", str(v))
        for k, v in counts.items()
    )


def _source_result(source: str, result: object) -> str:
    """« crm : appliqué, 4 écriture(s), avant 5 ligne(s) → après 1 ligne(s) »."""
    if not isinstance(result, dict):
        return f"{source}\u00a0: {result}"
    if result.get("status") != "applied":
        return QCoreApplication.translate(
            "labels", "%1\u00a0: en échec, rien n’a été modifié"
        ).replace("%1", source)
    before, after = result.get("before") or {}, result.get("after") or {}
    return (
        QCoreApplication.translate(
            "labels", "%1\u00a0: appliqué, %2 écriture(s), avant %3 ligne(s) → après %4 ligne(s)"
        )
        .replace("%1", source)
        .replace("%2", str(result.get("statements", 0)))
        .replace("%3", str(before.get("count", "?")))
        .replace("%4", str(after.get("count", "?")))
    )


def _sources_detail(key: str, value: object) -> str:
    names = ", ".join(value) if isinstance(value, list) else str(value)
    if key == "failed":
        if not names:
            return ""
        return QCoreApplication.translate("labels", "en échec\u00a0: %1").replace("%1", names)
    return QCoreApplication.translate("labels", "sources\u00a0: %1").replace("%1", names)


CHANNEL_BY = {
    "email": QT_TRANSLATE_NOOP("labels", "par e-mail"),
    "post": QT_TRANSLATE_NOOP("labels", "par courrier"),
    "web": QT_TRANSLATE_NOOP("labels", "par le formulaire web"),
    "phone": QT_TRANSLATE_NOOP("labels", "par téléphone"),
    "in_person": QT_TRANSLATE_NOOP("labels", "en personne"),
}


def channel_by_label(channel: Channel) -> str:
    """« par e-mail », « par courrier », « en personne »."""
    return QCoreApplication.translate("labels", CHANNEL_BY[channel.value])


WEEKDAYS = (
    QT_TRANSLATE_NOOP("labels", "lundi"),
    QT_TRANSLATE_NOOP("labels", "mardi"),
    QT_TRANSLATE_NOOP("labels", "mercredi"),
    QT_TRANSLATE_NOOP("labels", "jeudi"),
    QT_TRANSLATE_NOOP("labels", "vendredi"),
    QT_TRANSLATE_NOOP("labels", "samedi"),
    QT_TRANSLATE_NOOP("labels", "dimanche"),
)


def weekday_label(day: date) -> str:
    return QCoreApplication.translate("labels", WEEKDAYS[day.weekday()])


def status_label(status: Status) -> str:
    return QCoreApplication.translate("labels", STATUS[status])


def right_short_label(right: Right) -> str:
    return QCoreApplication.translate("labels", RIGHT_SHORT[right])


def urgency_label(urgency: Urgency) -> str:
    return QCoreApplication.translate("labels", URGENCY[urgency])


def days_left_label(days: int) -> str:
    """« J-5 », « aujourd’hui », « en retard de 3 j »."""
    if days > 0:
        return QCoreApplication.translate("labels", "J-%1").replace("%1", str(days))
    if days == 0:
        return QCoreApplication.translate("labels", "aujourd’hui")
    # No plural: « j » (jours) is an abbreviation; lupdate cannot mark plurals outside a class.
    return QCoreApplication.translate("labels", "en retard de %1\u00a0j").replace("%1", str(-days))


# -- the words of a case (its view, its dialogs) ------------------------------------------


EVENT: dict[EventKind, str] = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("labels", "demande reçue"),
    EventKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("labels", "accusé de réception"),
    EventKind.INFO_REQUESTED: QT_TRANSLATE_NOOP("labels", "informations demandées"),
    EventKind.INFO_RECEIVED: QT_TRANSLATE_NOOP("labels", "informations reçues"),
    EventKind.IDENTITY_VERIFIED: QT_TRANSLATE_NOOP("labels", "identité vérifiée"),
    EventKind.EXTENDED: QT_TRANSLATE_NOOP("labels", "délai prolongé"),
    EventKind.DATA_GATHERED: QT_TRANSLATE_NOOP("labels", "données rassemblées"),
    EventKind.DECISION: QT_TRANSLATE_NOOP("labels", "décision"),
    EventKind.SENT: QT_TRANSLATE_NOOP("labels", "réponse envoyée"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("labels", "clôture"),
    EventKind.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "retrait de la demande"),
    EventKind.REOPENED: QT_TRANSLATE_NOOP("labels", "réouverture"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("labels", "note"),
}

RIGHT: dict[Right, str] = {
    Right.ACCESS: QT_TRANSLATE_NOOP("labels", "Droit d’accès"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("labels", "Droit de rectification"),
    Right.ERASURE: QT_TRANSLATE_NOOP("labels", "Droit à l’effacement"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("labels", "Droit à la limitation du traitement"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("labels", "Droit à la portabilité"),
    Right.OBJECTION: QT_TRANSLATE_NOOP("labels", "Droit d’opposition"),
    Right.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("labels", "Retrait du consentement"),
}

OUTCOME: dict[Outcome, str] = {
    Outcome.GRANTED: QT_TRANSLATE_NOOP("labels", "accordé"),
    Outcome.PARTLY_GRANTED: QT_TRANSLATE_NOOP("labels", "partiellement accordé"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("labels", "refusé"),
}

CHANNEL: dict[Channel, str] = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "e-mail"),
    Channel.POST: QT_TRANSLATE_NOOP("labels", "courrier"),
    Channel.WEB: QT_TRANSLATE_NOOP("labels", "formulaire web"),
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "téléphone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("labels", "en personne"),
}

IDENTIFIER: dict[IdentifierKind, str] = {
    IdentifierKind.EMAIL: QT_TRANSLATE_NOOP("labels", "e-mail"),
    IdentifierKind.PHONE: QT_TRANSLATE_NOOP("labels", "téléphone"),
    IdentifierKind.CUSTOMER_NO: QT_TRANSLATE_NOOP("labels", "n° client"),
    IdentifierKind.CONTRACT_NO: QT_TRANSLATE_NOOP("labels", "n° de contrat"),
    IdentifierKind.LAST_NAME: QT_TRANSLATE_NOOP("labels", "nom"),
    IdentifierKind.FIRST_NAME: QT_TRANSLATE_NOOP("labels", "prénom"),
    IdentifierKind.FULL_NAME: QT_TRANSLATE_NOOP("labels", "nom complet"),
    IdentifierKind.POSTCODE: QT_TRANSLATE_NOOP("labels", "code postal"),
    IdentifierKind.KEY: QT_TRANSLATE_NOOP("labels", "clé"),
}

DOCUMENT_ROLE: dict[str, str] = {
    "mandate": QT_TRANSLATE_NOOP("labels", "mandat"),
    "received": QT_TRANSLATE_NOOP("labels", "pièce reçue"),
    "produced": QT_TRANSLATE_NOOP("labels", "document produit"),
    "gathered": QT_TRANSLATE_NOOP("labels", "réponse d’une source manuelle"),
    "wording": QT_TRANSLATE_NOOP("labels", "texte modifié d’un courrier"),
}


def _label(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def event_label(kind: EventKind) -> str:
    return _label(EVENT[kind])


def right_label(right: Right) -> str:
    return _label(RIGHT[right])


def outcome_label(outcome: Outcome) -> str:
    return _label(OUTCOME[outcome])


def channel_label(channel: Channel) -> str:
    return _label(CHANNEL[channel])


def identifier_label(kind: IdentifierKind) -> str:
    return _label(IDENTIFIER[kind])


def document_role_label(role: str) -> str:
    # A role added later without a word here still shows, as its code.
    return _label(DOCUMENT_ROLE[role]) if role in DOCUMENT_ROLE else role


#: What can be produced for a case (``LetterKind`` values), in the order the combo offers them.
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


def package_label(kind: str) -> str:
    return code_label(PACKAGE, kind)


SOURCE_STATUS = {
    "answered": QT_TRANSLATE_NOOP("labels", "a répondu"),
    "failed": QT_TRANSLATE_NOOP("labels", "en échec"),
    "skipped": QT_TRANSLATE_NOOP("labels", "écartée"),
    "awaiting": QT_TRANSLATE_NOOP("labels", "recherche manuelle en attente"),
    "not_asked": QT_TRANSLATE_NOOP("labels", "pas encore interrogée"),
    "querying": QT_TRANSLATE_NOOP("labels", "interrogation…"),
}

SOURCE_KIND = {
    "sql": QT_TRANSLATE_NOOP("labels", "base SQL"),
    "spreadsheet": QT_TRANSLATE_NOOP("labels", "tableur"),
    "mail": QT_TRANSLATE_NOOP("labels", "messagerie"),
    "manual": QT_TRANSLATE_NOOP("labels", "recherche manuelle"),
}

MATCH_HOW = {
    "exact": QT_TRANSLATE_NOOP("labels", "identique"),
    "normalised": QT_TRANSLATE_NOOP("labels", "identique une fois normalisé"),
    "reference": QT_TRANSLATE_NOOP("labels", "par référence"),
    "mentioned": QT_TRANSLATE_NOOP("labels", "cité dans le texte"),
    "name_postcode": QT_TRANSLATE_NOOP("labels", "nom, prénom et code postal"),
    "name_only": QT_TRANSLATE_NOOP("labels", "nom seul (à confirmer)"),
}

FINDING_CHANGE = {
    "new": QT_TRANSLATE_NOOP("labels", "nouveau"),
    "changed": QT_TRANSLATE_NOOP("labels", "modifié"),
    "same": QT_TRANSLATE_NOOP("labels", "inchangé"),
    "gone": QT_TRANSLATE_NOOP("labels", "disparu"),
}


def code_label(labels: dict[str, str], code: str) -> str:
    """The translated label of a code, or the code itself when this version has no word."""
    return _label(labels[code]) if code in labels else code


def fr_moment(moment: datetime) -> str:
    """``25/03/2025 11:00`` in Paris time (moments are stored in UTC)."""
    local = moment.astimezone(PARIS)
    return f"{fr_date(local.date())} {local:%H:%M}"


def fr_size(size: int) -> str:
    """``512 o``, ``12,3 Ko``, ``4,0 Mo``: French units and decimal comma."""
    nbsp = "\u00a0"
    if size < 1024:
        return f"{size}{nbsp}o"
    value = size / 1024
    for unit in ("Ko", "Mo"):
        if value < 1024:
            return f"{value:.1f}".replace(".", ",") + nbsp + unit
        value /= 1024
    return f"{value:.1f}".replace(".", ",") + nbsp + "Go"


# -- carrying rights out (the Exécution tab) ------------------------------------------------

#: What the plan does to a record (``domain.plan.Action`` values).
PLAN_ACTION = {
    "delete": QT_TRANSLATE_NOOP("labels", "suppression"),
    "empty": QT_TRANSLATE_NOOP("labels", "champs vidés"),
    "pseudonymise": QT_TRANSLATE_NOOP("labels", "pseudonymisation"),
    "correct": QT_TRANSLATE_NOOP("labels", "correction"),
    "restrict": QT_TRANSLATE_NOOP("labels", "marque de limitation"),
    "optout": QT_TRANSLATE_NOOP("labels", "marque d’opposition à la prospection"),
    "keep": QT_TRANSLATE_NOOP("labels", "conservé"),
    "task": QT_TRANSLATE_NOOP("labels", "tâche pour le propriétaire"),
    # A record kept as it is because a mark set elsewhere in its source covers it.
    "covered": QT_TRANSLATE_NOOP("labels", "couvert par la marque"),
}

#: « 1 suppression », « 3 suppressions »: French takes the singular for 0 and 1.
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


def plan_action_label(action: str) -> str:
    return code_label(PLAN_ACTION, action)


def plan_action_count(action: str, count: int) -> str:
    """« 3 suppressions », « 1 pseudonymisation »."""
    forms = PLAN_ACTION_COUNT.get(action)
    if forms is None:
        return f"{action} × {count}"
    return _label(forms[0 if count <= 1 else 1]).replace("%1", str(count))


#: Where an execution, a task or a notice stands (services' ``status`` codes).
STATE = {
    "planned": QT_TRANSLATE_NOOP("labels", "planifiée, rien n’a été modifié"),
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

#: The purges of the case base (``purge.PurgeItem.kind``).
PURGE_KIND = {
    "identity_documents": QT_TRANSLATE_NOOP("labels", "pièces d’identité à supprimer"),
    "gathered_data": QT_TRANSLATE_NOOP("labels", "données rassemblées à purger"),
    "closed_case": QT_TRANSLATE_NOOP(
        "labels", "demande close à supprimer (statistiques anonymes conservées)"
    ),
}
