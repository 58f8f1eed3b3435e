"""The models of the case view: its timeline and its documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...domain.french import fr_date
from ...domain.workflow import EventKind
from ...services.cases.views import DocumentView, EventView
from ..labels import document_role_label, event_label, fr_moment, fr_size, journal_details
from .rows import ROW_ROLE, RowsTableModel

Index = QModelIndex | QPersistentModelIndex

#: Returns the EventView / DocumentView of a row, whatever proxy sits in between.
EVENT_ROLE = DOCUMENT_ROLE = ROW_ROLE


def _decision_words(event: EventView) -> str:
    """« Effacement : refusé », for a decision; nothing for other events."""
    if event.kind is not EventKind.DECISION or not event.data:
        return ""
    return journal_details({k: event.data[k] for k in ("right", "outcome") if k in event.data})


def _one_line(text: str) -> str:
    return " ".join(text.split())


class TimelineModel(RowsTableModel[EventView]):
    """The events and notes of one case, oldest first (the timeline is append-only)."""

    CONTEXT = "TimelineModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "Étape"),
        QT_TRANSLATE_NOOP("TimelineModel", "Détail"),
        QT_TRANSLATE_NOOP("TimelineModel", "Par"),
        QT_TRANSLATE_NOOP("TimelineModel", "Enregistré le"),
    )
    DETAIL_COLUMN = 2

    @staticmethod
    def _detail(event: EventView) -> str:
        """The decision in words, then what was written (reason, note, how)."""
        return " — ".join(part for part in (_decision_words(event), event.text or "") if part)

    def cell(self, event: EventView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case 0:
                    return fr_date(event.on)
                case 1:
                    return event_label(event.kind)
                case 2:
                    return _one_line(self._detail(event))
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


class DocumentsModel(RowsTableModel[DocumentView]):
    """The files of one case, received and produced, each with its SHA-256."""

    CONTEXT = "DocumentsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Rôle"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Fichier"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Taille"),
        QT_TRANSLATE_NOOP("DocumentsModel", "SHA-256"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Ajouté le"),
    )
    FILE_COLUMN = 1
    SHA_COLUMN = 3

    def cell(self, document: DocumentView, column: int, role: int) -> Any:
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
