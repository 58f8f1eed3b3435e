"""The audit journal as a Qt table model."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ...domain.french import PARIS, fr_date
from ...services.audit import JournalEntry
from ..labels import action_label, journal_details
from .rows import ROW_ROLE, RowsTableModel

ENTRY_ROLE = ROW_ROLE


class JournalModel(RowsTableModel[JournalEntry]):
    CONTEXT = "JournalModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("JournalModel", "N°"),
        QT_TRANSLATE_NOOP("JournalModel", "Date et heure"),
        QT_TRANSLATE_NOOP("JournalModel", "Utilisateur"),
        QT_TRANSLATE_NOOP("JournalModel", "Action"),
        QT_TRANSLATE_NOOP("JournalModel", "Demande"),
        QT_TRANSLATE_NOOP("JournalModel", "Détails"),
    )

    def cell(self, entry: JournalEntry, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match column:
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
