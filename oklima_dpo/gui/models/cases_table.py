"""The queue of requests as a Qt table model.

Sorting and filtering happen here, on the Python list, rather than in a QSortFilterProxyModel:
a proxy asks ``data()`` through Python for every comparison, which takes seconds on 100,000
rows, where sorting the list by a key and filtering with the services' own predicate takes
tens of milliseconds. Filters are the services' (``filter_summaries``), so the queue and the
dashboard always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.deadlines import Urgency
from ...domain.french import fr_date
from ...services.queue import filter_summaries
from ...services.views import CaseFilter, CaseSummary
from ..icons import urgency_icon
from ..labels import days_left_label, right_short_label, status_label, urgency_label
from .rows import ROW_ROLE, RowsTableModel

#: Returns the CaseSummary of a row.
CASE_ROLE = ROW_ROLE
#: What sorting compares: dates as dates, days as numbers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("CasesTableModel", "Référence"),
    QT_TRANSLATE_NOOP("CasesTableModel", "Personne"),
    QT_TRANSLATE_NOOP("CasesTableModel", "Droits"),
    QT_TRANSLATE_NOOP("CasesTableModel", "Reçue le"),
    QT_TRANSLATE_NOOP("CasesTableModel", "Échéance"),
    QT_TRANSLATE_NOOP("CasesTableModel", "Délai"),
    QT_TRANSLATE_NOOP("CasesTableModel", "Statut"),
    QT_TRANSLATE_NOOP("CasesTableModel", "Chargé(e)"),
)
DAYS_COLUMN = 5

# Light backgrounds, readable with black text; never the only signal (icon + words too).
BACKGROUNDS = {
    Urgency.OVERDUE: QColor("#fde0e0"),
    Urgency.DUE_IN_2: QColor("#ffe8cc"),
    Urgency.DUE_IN_7: QColor("#fff6cc"),
    Urgency.SUSPENDED: QColor("#e3eefc"),
}

SORT_KEYS: tuple[Callable[[CaseSummary], Any], ...] = (
    lambda c: c.reference,
    lambda c: c.person_name.casefold(),
    lambda c: tuple(r.value for r in c.rights),
    lambda c: c.received_on,
    lambda c: c.due,
    lambda c: (not c.status.is_open, c.days_left),
    lambda c: c.status.value,
    lambda c: (c.assignee or "").casefold(),
)


class CasesTableModel(RowsTableModel[CaseSummary]):
    CONTEXT = "CasesTableModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[CaseSummary] = []  # every case loaded, in the current sort order
        self._rows: list[CaseSummary] = []  # those the filter admits
        self._filter = CaseFilter()
        self._today: date | None = None
        self._sort = (4, Qt.SortOrder.AscendingOrder)

    # -- what the view drives ------------------------------------------------------------
    def set_cases(self, cases: Sequence[CaseSummary], today: date) -> None:
        self.beginResetModel()
        self._all, self._today = list(cases), today
        self._sort_all()
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, wanted: CaseFilter) -> None:
        self.beginResetModel()
        self._filter = wanted
        self._rows = self._filtered()
        self.endResetModel()

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def row_of(self, reference: str) -> int | None:
        for row, case in enumerate(self._rows):
            if case.reference == reference:
                return row
        return None

    @property
    def loaded_count(self) -> int:
        return len(self._all)

    def _filtered(self) -> list[CaseSummary]:
        if self._today is None:
            return list(self._all)
        return filter_summaries(self._all, self._filter, self._today)

    def _sort_all(self) -> None:
        column, order = self._sort
        self._all.sort(key=SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt model interface --------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_all()
        self._rows = self._filtered()
        self.layoutChanged.emit()

    def cell(self, case: CaseSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == SORT_ROLE:
            key = SORT_KEYS[column](case)
            return key.toordinal() if isinstance(key, date) else key
        urgency = case.urgency
        if role == Qt.ItemDataRole.BackgroundRole and urgency in BACKGROUNDS:
            return QBrush(BACKGROUNDS[urgency])
        if role == Qt.ItemDataRole.ForegroundRole and urgency in BACKGROUNDS:
            return QBrush(QColor("#000000"))  # stays readable on the light background
        if column == DAYS_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return urgency_icon(urgency)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return urgency_label(urgency)
        return None

    @staticmethod
    def _display(case: CaseSummary, column: int) -> str:
        match column:
            case 0:
                return case.reference
            case 1:
                return case.person_name
            case 2:
                return ", ".join(right_short_label(r) for r in case.rights)
            case 3:
                return fr_date(case.received_on)
            case 4:
                return fr_date(case.due)
            case 5:
                if not case.status.is_open:
                    return "—"
                if case.clock_stopped:
                    return QCoreApplication.translate("CasesTableModel", "suspendu")
                return days_left_label(case.days_left)
            case 6:
                return status_label(case.status)
            case _:
                return case.assignee or ""
