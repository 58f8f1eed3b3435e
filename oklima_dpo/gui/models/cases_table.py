"""The queue of requests as a Qt table model (sorted and filtered through a proxy)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.deadlines import describe_days_left
from ...domain.french import fr_date
from ...services.views import CaseSummary

#: Returns the CaseSummary of a row, whatever proxy sits between the view and this model.
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
#: What sorting compares: dates as dates, days as numbers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CasesTableModel", text)


class CasesTableModel(QAbstractTableModel):
    COLUMNS = ("Référence", "Personne", "Droits", "Reçue le", "Échéance", "Délai", "Statut")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cases: list[CaseSummary] = []

    def set_cases(self, cases: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        return self._cases[row]

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        column = index.column()
        if role == CASE_ROLE:
            return case
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == SORT_ROLE:
            return self._sort_key(case, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and case.clock_stopped:
            return _tr("Délai suspendu : informations demandées, réponse attendue")
        return None

    @staticmethod
    def _display(case: CaseSummary, column: int) -> str:
        match column:
            case 0:
                return case.reference
            case 1:
                return case.person_name
            case 2:
                return ", ".join(r.info.short_fr for r in case.rights)
            case 3:
                return fr_date(case.received_on)
            case 4:
                return fr_date(case.due)
            case 5:
                if not case.status.is_open:
                    return "—"
                text = describe_days_left(case.days_left)
                return text + (" ⏸" if case.clock_stopped else "")
            case _:
                return case.status.label_fr

    @staticmethod
    def _sort_key(case: CaseSummary, column: int) -> Any:
        keys: tuple[Any, ...] = (
            case.reference,
            case.person_name.casefold(),
            ", ".join(r.value for r in case.rights),
            _ordinal(case.received_on),
            _ordinal(case.due),
            case.days_left if case.status.is_open else 1_000_000,
            case.status.label_fr,
        )
        return keys[column]


def _ordinal(day: date) -> int:
    return day.toordinal()
