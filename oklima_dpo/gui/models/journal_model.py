"""The audit journal as a Qt table model."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.french import PARIS, fr_date
from ...services.audit import JournalEntry
from ..labels import action_label, journal_details

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("N°", "Date et heure", "Utilisateur", "Action", "Demande", "Détails")


class JournalModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []

    def set_entries(self, entries: Sequence[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> JournalEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("JournalModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match index.column():
            case 0:
                return str(entry.seq)
            case 1:
                local = entry.at.astimezone(PARIS)
                return f"{fr_date(local.date())} {local:%H:%M:%S}"
            case 2:
                return entry.actor
            case 3:
                return action_label(entry.action)
            case 4:
                return entry.case_reference or ""
            case _:
                if role == Qt.ItemDataRole.ToolTipRole:  # the exact record, for the curious
                    return json.dumps(entry.details, ensure_ascii=False)
                return journal_details(entry.details)
