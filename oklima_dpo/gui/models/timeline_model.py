"""The models of the case view: its timeline and its documents, and the French words of codes.

The domain has ``label_fr`` properties, but what the DPO reads must go through Qt Linguist:
the tables below are literal, marked with ``QT_TRANSLATE_NOOP`` and translated when shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...domain.case import Channel, Outcome
from ...domain.french import PARIS, fr_date
from ...domain.identity import IdentifierKind
from ...domain.rights import Right
from ...domain.workflow import EventKind, Status
from ...services.views import DocumentView, EventView

Index = QModelIndex | QPersistentModelIndex

#: Returns the EventView / DocumentView of a row, whatever proxy sits in between.
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2

_LABELS = "CaseLabels"

_STATUS: dict[Status, str] = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("CaseLabels", "reçue"),
    Status.AWAITING_INFO: QT_TRANSLATE_NOOP("CaseLabels", "en attente d’informations"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseLabels", "en cours"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("CaseLabels", "à valider"),
    Status.ANSWERED: QT_TRANSLATE_NOOP("CaseLabels", "répondue"),
    Status.CLOSED: QT_TRANSLATE_NOOP("CaseLabels", "clôturée"),
    Status.REFUSED: QT_TRANSLATE_NOOP("CaseLabels", "refusée"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("CaseLabels", "retirée"),
}

_EVENT: dict[EventKind, str] = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("CaseLabels", "demande reçue"),
    EventKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("CaseLabels", "accusé de réception"),
    EventKind.INFO_REQUESTED: QT_TRANSLATE_NOOP("CaseLabels", "informations demandées"),
    EventKind.INFO_RECEIVED: QT_TRANSLATE_NOOP("CaseLabels", "informations reçues"),
    EventKind.IDENTITY_VERIFIED: QT_TRANSLATE_NOOP("CaseLabels", "identité vérifiée"),
    EventKind.EXTENDED: QT_TRANSLATE_NOOP("CaseLabels", "délai prolongé"),
    EventKind.DATA_GATHERED: QT_TRANSLATE_NOOP("CaseLabels", "données rassemblées"),
    EventKind.DECISION: QT_TRANSLATE_NOOP("CaseLabels", "décision"),
    EventKind.SENT: QT_TRANSLATE_NOOP("CaseLabels", "réponse envoyée"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("CaseLabels", "clôture"),
    EventKind.WITHDRAWN: QT_TRANSLATE_NOOP("CaseLabels", "retrait de la demande"),
    EventKind.REOPENED: QT_TRANSLATE_NOOP("CaseLabels", "réouverture"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("CaseLabels", "note"),
}

_RIGHT: dict[Right, str] = {
    Right.ACCESS: QT_TRANSLATE_NOOP("CaseLabels", "Droit d’accès"),
    Right.RECTIFICATION: QT_TRANSLATE_NOOP("CaseLabels", "Droit de rectification"),
    Right.ERASURE: QT_TRANSLATE_NOOP("CaseLabels", "Droit à l’effacement"),
    Right.RESTRICTION: QT_TRANSLATE_NOOP("CaseLabels", "Droit à la limitation du traitement"),
    Right.PORTABILITY: QT_TRANSLATE_NOOP("CaseLabels", "Droit à la portabilité"),
    Right.OBJECTION: QT_TRANSLATE_NOOP("CaseLabels", "Droit d’opposition"),
    Right.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("CaseLabels", "Retrait du consentement"),
}

_OUTCOME: dict[Outcome, str] = {
    Outcome.GRANTED: QT_TRANSLATE_NOOP("CaseLabels", "accordé"),
    Outcome.PARTLY_GRANTED: QT_TRANSLATE_NOOP("CaseLabels", "partiellement accordé"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("CaseLabels", "refusé"),
}

_CHANNEL: dict[Channel, str] = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("CaseLabels", "e-mail"),
    Channel.POST: QT_TRANSLATE_NOOP("CaseLabels", "courrier"),
    Channel.WEB: QT_TRANSLATE_NOOP("CaseLabels", "formulaire web"),
    Channel.PHONE: QT_TRANSLATE_NOOP("CaseLabels", "téléphone"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("CaseLabels", "en personne"),
}

_IDENTIFIER: dict[IdentifierKind, str] = {
    IdentifierKind.EMAIL: QT_TRANSLATE_NOOP("CaseLabels", "e-mail"),
    IdentifierKind.PHONE: QT_TRANSLATE_NOOP("CaseLabels", "téléphone"),
    IdentifierKind.CUSTOMER_NO: QT_TRANSLATE_NOOP("CaseLabels", "n° client"),
    IdentifierKind.CONTRACT_NO: QT_TRANSLATE_NOOP("CaseLabels", "n° de contrat"),
}

_DOCUMENT_ROLE: dict[str, str] = {
    "mandate": QT_TRANSLATE_NOOP("CaseLabels", "mandat"),
    "received": QT_TRANSLATE_NOOP("CaseLabels", "pièce reçue"),
    "produced": QT_TRANSLATE_NOOP("CaseLabels", "document produit"),
}


def _label(text: str) -> str:
    return QCoreApplication.translate(_LABELS, text)


def status_label(status: Status) -> str:
    return _label(_STATUS[status])


def event_label(kind: EventKind) -> str:
    return _label(_EVENT[kind])


def right_label(right: Right) -> str:
    return _label(_RIGHT[right])


def outcome_label(outcome: Outcome) -> str:
    return _label(_OUTCOME[outcome])


def channel_label(channel: Channel) -> str:
    return _label(_CHANNEL[channel])


def identifier_label(kind: IdentifierKind) -> str:
    return _label(_IDENTIFIER[kind])


def document_role_label(role: str) -> str:
    # A role added later without a word here still shows, as its code.
    return _label(_DOCUMENT_ROLE[role]) if role in _DOCUMENT_ROLE else role


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


def _one_line(text: str) -> str:
    return " ".join(text.split())


class TimelineModel(QAbstractTableModel):
    """The events and notes of one case, oldest first (the timeline is append-only)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "Étape"),
        QT_TRANSLATE_NOOP("TimelineModel", "Détail"),
        QT_TRANSLATE_NOOP("TimelineModel", "Par"),
        QT_TRANSLATE_NOOP("TimelineModel", "Enregistré le"),
    )
    DETAIL_COLUMN = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[EventView] = []

    def set_events(self, events: Sequence[EventView]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> EventView:
        return self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate("TimelineModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == EVENT_ROLE:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case 0:
                    return fr_date(event.on)
                case 1:
                    return event_label(event.kind)
                case 2:
                    return _one_line(event.text or "")
                case 3:
                    return event.actor
                case 4:
                    return fr_moment(event.recorded_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL_COLUMN and event.text:
            return event.text  # the whole note, line breaks kept
        if role == Qt.ItemDataRole.FontRole and event.kind is EventKind.NOTE and column == 1:
            italic = QFont()  # notes stand apart from workflow steps (not by colour)
            italic.setItalic(True)
            return italic
        return None


class DocumentsModel(QAbstractTableModel):
    """The files of one case, received and produced, each with its SHA-256."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Rôle"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Fichier"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Taille"),
        QT_TRANSLATE_NOOP("DocumentsModel", "SHA-256"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Ajouté le"),
    )
    FILE_COLUMN = 1
    SHA_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentView] = []

    def set_documents(self, documents: Sequence[DocumentView]) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> DocumentView:
        return self._documents[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate("DocumentsModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        column = index.column()
        if role == DOCUMENT_ROLE:
            return document
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case 0:
                    return document_role_label(document.role)
                case 1:
                    return document.filename
                case 2:
                    return fr_size(document.size)
                case 3:
                    return document.sha256[:12] + "…"
                case 4:
                    return fr_moment(document.added_at)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SHA_COLUMN:
                return document.sha256
            if column == self.FILE_COLUMN:
                return str(document.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
