"""The French labels of codes (statuses, rights, urgencies…) as literal strings for Qt Linguist.

The domain names things in French for letters and the command line; the window shows them
through ``translate`` so that the English interface can translate them too. A test checks that
every code of the domain has its label here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.deadlines import Urgency
from ..domain.french import fr_date
from ..domain.rights import Right
from ..domain.workflow import Status

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


# Actions of the journal: "case.<event kind>" and a few others.
ACTION = {
    "case.opened": QT_TRANSLATE_NOOP("labels", "demande enregistrée"),
    "case.consulted": QT_TRANSLATE_NOOP("labels", "consultation de la demande"),
    "case.assigned": QT_TRANSLATE_NOOP("labels", "attribution"),
    "case.document_added": QT_TRANSLATE_NOOP("labels", "document ajouté"),
    "case.acknowledged": QT_TRANSLATE_NOOP("labels", "accusé de réception"),
    "case.info_requested": QT_TRANSLATE_NOOP("labels", "informations demandées"),
    "case.info_received": QT_TRANSLATE_NOOP("labels", "informations reçues"),
    "case.identity_verified": QT_TRANSLATE_NOOP("labels", "identité vérifiée"),
    "case.extended": QT_TRANSLATE_NOOP("labels", "délai prolongé"),
    "case.data_gathered": QT_TRANSLATE_NOOP("labels", "données rassemblées"),
    "case.decision": QT_TRANSLATE_NOOP("labels", "décision"),
    "case.sent": QT_TRANSLATE_NOOP("labels", "réponse envoyée"),
    "case.closed": QT_TRANSLATE_NOOP("labels", "clôture"),
    "case.withdrawn": QT_TRANSLATE_NOOP("labels", "retrait de la demande"),
    "case.reopened": QT_TRANSLATE_NOOP("labels", "réouverture"),
    "case.note": QT_TRANSLATE_NOOP("labels", "note"),
    "settings.changed": QT_TRANSLATE_NOOP("labels", "réglages modifiés"),
    "settings.deadline_policy": QT_TRANSLATE_NOOP("labels", "règles de délai modifiées"),
    "demo.filled": QT_TRANSLATE_NOOP("labels", "base de démonstration remplie"),
}


def action_label(action: str) -> str:
    """The French label of a journal action; the code itself when new to this version."""
    label = ACTION.get(action)
    return QCoreApplication.translate(CONTEXT, label) if label else action


def journal_details(details: dict[str, object]) -> str:
    """The details of a journal entry in words: « le 28/07/2024 ; statut : répondue → clôturée »."""
    details = dict(details)
    details.pop("event", None)  # already the action
    parts: list[str] = []
    if "right" in details and "outcome" in details:  # a decision: « Effacement : accordé »
        right, outcome = _detail("right", details.pop("right")), details.pop("outcome")
        parts.append(f"{right}\u00a0: {_detail('outcome', outcome)}")
    parts += [_detail(key, value) for key, value in details.items()]
    return " ; ".join(part for part in parts if part)


def _day(value: object) -> str:
    try:
        return fr_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _detail(key: str, value: object) -> str:
    tr = QCoreApplication.translate
    match key:
        case "on":
            return tr(CONTEXT, "le %1").replace("%1", _day(value))
        case "received_on":
            return tr(CONTEXT, "reçue le %1").replace("%1", _day(value))
        case "extended_due":
            return tr(CONTEXT, "nouvelle échéance %1").replace("%1", _day(value))
        case "status" if isinstance(value, list) and len(value) == 2:
            before, after = (status_label(Status(v)) for v in value)
            return tr(CONTEXT, "statut\u00a0: %1 → %2").replace("%1", before).replace("%2", after)
        case "right":
            return right_label(Right(str(value)))
        case "rights" if isinstance(value, list):
            return ", ".join(right_label(Right(v)) for v in value)
        case "outcome" if str(value) in OUTCOME:
            return QCoreApplication.translate(CONTEXT, OUTCOME[str(value)])
        case "channel" if str(value) in CHANNEL:
            return tr(CONTEXT, CHANNEL[str(value)])
        case "cases":
            return tr(CONTEXT, "%n demande(s)", "", int(str(value)))
        case "identifiers":
            return tr(CONTEXT, "%n identifiant(s)", "", int(str(value)))
        case "representative":
            return tr(CONTEXT, "par un représentant") if value else ""
        case "verified_by":
            return tr(CONTEXT, "par %1").replace("%1", str(value))
    return f"{key}\u00a0: {value}"


CHANNEL = {
    "email": QT_TRANSLATE_NOOP("labels", "par e-mail"),
    "post": QT_TRANSLATE_NOOP("labels", "par courrier"),
    "web": QT_TRANSLATE_NOOP("labels", "par le formulaire web"),
    "phone": QT_TRANSLATE_NOOP("labels", "par téléphone"),
    "in_person": QT_TRANSLATE_NOOP("labels", "en personne"),
}

OUTCOME = {
    "granted": QT_TRANSLATE_NOOP("labels", "accordé"),
    "partly_granted": QT_TRANSLATE_NOOP("labels", "partiellement accordé"),
    "refused": QT_TRANSLATE_NOOP("labels", "refusé"),
}


def status_label(status: Status) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS[status])


def right_label(right: Right) -> str:
    return QCoreApplication.translate(CONTEXT, RIGHT_SHORT[right])


def urgency_label(urgency: Urgency) -> str:
    return QCoreApplication.translate(CONTEXT, URGENCY[urgency])


def days_left_label(days: int) -> str:
    """« J-5 », « aujourd’hui », « en retard de 3 j »."""
    if days > 0:
        return QCoreApplication.translate(CONTEXT, "J-%n", "", days)
    if days == 0:
        return QCoreApplication.translate(CONTEXT, "aujourd’hui")
    return QCoreApplication.translate(CONTEXT, "en retard de %n\u00a0j", "", -days)
