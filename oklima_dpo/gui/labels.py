"""The French labels of codes (statuses, rights, urgencies…) as literal strings for Qt Linguist.

The domain names things in French for letters and the command line; the window shows them
through ``translate`` so that the English interface can translate them too. A test checks that
every code of the domain has its label here. The words the services share with the window (the
journal's, and the codes it records) live in ``services/journal_words.py`` and
``services/code_words.py``, in the same Linguist context: this module translates them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.case import Channel, Outcome
from ..domain.deadlines import Urgency
from ..domain.french import PARIS, fr_date
from ..domain.gates import IdentityMethod
from ..domain.identity import IdentifierKind
from ..domain.rights import Right
from ..domain.workflow import EventKind, Status
from ..services import code_words

# The services' words of codes, shown by the window too (``as``: re-exported).
from ..services.code_words import CHANNEL_BY as CHANNEL_BY
from ..services.code_words import COUNTED as COUNTED
from ..services.code_words import PACKAGE as PACKAGE
from ..services.code_words import PLAN_ACTION_COUNT as PLAN_ACTION_COUNT
from ..services.code_words import REMAINING as REMAINING
from ..services.code_words import STATE as STATE
from ..services.code_words import TASK_KIND as TASK_KIND

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


def action_label(action: str) -> str:
    """The label of a journal action (``journal_words``); the code itself when new."""
    from ..services import journal_words  # the journal's page only: not before the queue

    return journal_words.action_label(action, _label)


def journal_details(details: dict[str, object]) -> str:
    """The details of a journal entry in words: « le 28/07/2024 ; statut : répondue → clôturée »,
    the short form (hashes and files whole in the case file only)."""
    from ..services import journal_words

    return journal_words.details_text(details, translate=_label, brief=True)


def channel_by_label(channel: Channel) -> str:
    """« par e-mail », « par courrier », « en personne »."""
    return _label(CHANNEL_BY[channel.value])


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
    EventKind.GATE_OVERRIDDEN: QT_TRANSLATE_NOOP("labels", "avertissement levé"),
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

IDENTITY_METHOD: dict[IdentityMethod, str] = {
    IdentityMethod.KNOWN_ADDRESS: QT_TRANSLATE_NOOP(
        "labels", "demande reçue de l’adresse ou du compte déjà connus"
    ),
    IdentityMethod.REPLY_FROM_KNOWN: QT_TRANSLATE_NOOP(
        "labels", "réponse reçue de l’adresse déjà connue"
    ),
    IdentityMethod.MATCHING_ANSWERS: QT_TRANSLATE_NOOP(
        "labels", "réponses concordant avec les données détenues"
    ),
    IdentityMethod.AUTHENTICATED_ACCOUNT: QT_TRANSLATE_NOOP(
        "labels", "demande faite depuis l’espace client authentifié"
    ),
    IdentityMethod.DOCUMENT_SEEN: QT_TRANSLATE_NOOP(
        "labels", "pièce d’identité vue, non conservée"
    ),
    IdentityMethod.IN_PERSON: QT_TRANSLATE_NOOP("labels", "vérification en personne"),
    IdentityMethod.OTHER: QT_TRANSLATE_NOOP("labels", "autre (voir la note)"),
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


def identity_method_label(method: IdentityMethod) -> str:
    return _label(IDENTITY_METHOD[method])


def document_role_label(role: str) -> str:
    # A role added later without a word here still shows, as its code.
    return _label(DOCUMENT_ROLE[role]) if role in DOCUMENT_ROLE else role


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


def plan_action_label(action: str) -> str:
    return code_label(PLAN_ACTION, action)


def plan_action_count(action: str, count: int) -> str:
    """« 3 suppressions », « 1 pseudonymisation »."""
    return code_words.plan_action_count(action, count, _label)


#: The purges of the case base (``purge.PurgeItem.kind``).
PURGE_KIND = {
    "identity_documents": QT_TRANSLATE_NOOP("labels", "pièces d’identité à supprimer"),
    "gathered_data": QT_TRANSLATE_NOOP("labels", "données rassemblées à purger"),
    "closed_case": QT_TRANSLATE_NOOP(
        "labels", "demande close à supprimer (statistiques anonymes conservées)"
    ),
}
