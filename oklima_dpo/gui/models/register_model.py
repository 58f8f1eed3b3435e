"""The register's processing activities as a Qt table model, and an accent-blind text filter."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.register import Activity, Register

#: Returns the Activity of a row, whatever proxy sits between the view and this model.
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
#: What sorting compares (numbers as numbers, text without accents).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The text the filter searches: names, purposes, basis, categories, retention.
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivitiesTableModel", text)


def fold(text: str) -> str:
    """Lower case without accents: « Échéance » and « echeance » match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def retention_summary(activity: Activity) -> str:
    return "\u00a0; ".join(dict.fromkeys(rule.summary_fr for rule in activity.retention))


class ActivitiesTableModel(QAbstractTableModel):
    COLUMNS = ("Traitement", "Base légale", "Catégories", "Conservation")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._register: Register | None = None
        self._activities: tuple[Activity, ...] = ()

    def set_register(self, register: Register | None) -> None:
        self.beginResetModel()
        self._register = register
        self._activities = register.activities if register else ()
        self.endResetModel()

    @property
    def register(self) -> Register | None:
        return self._register

    def activity_at(self, row: int) -> Activity:
        return self._activities[row]

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._activities)

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
        if not index.isValid() or not 0 <= index.row() < len(self._activities):
            return None
        activity = self._activities[index.row()]
        column = index.column()
        if role == ACTIVITY_ROLE:
            return activity
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(activity, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(activity, column)
        if role == SORT_ROLE:
            return (
                len(activity.categories) if column == 2 else fold(self._display(activity, column))
            )
        if role == FILTER_ROLE:
            return self._haystack(activity)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(activity: Activity, column: int) -> str:
        match column:
            case 0:
                return activity.name.fr
            case 1:
                return activity.legal_basis.label_fr
            case 2:
                return str(len(activity.categories))
            case _:
                return retention_summary(activity)

    @staticmethod
    def _tooltip(activity: Activity, column: int) -> str | None:
        match column:
            case 0:
                return activity.name.en
            case 1:
                return activity.legitimate_interest.fr if activity.legitimate_interest else None
            case 3:
                return "\n".join(rule.text.fr for rule in activity.retention)
            case _:
                return None

    def _haystack(self, activity: Activity) -> str:
        parts = [activity.id, activity.name.fr, activity.name.en, activity.legal_basis.label_fr]
        parts += [purpose.fr for purpose in activity.purposes]
        if activity.legitimate_interest:
            parts.append(activity.legitimate_interest.fr)
        parts += list(activity.categories)
        if self._register is not None:
            parts += [c.label.fr for c in self._register.categories_of(activity)]
        parts.append(retention_summary(activity))
        return fold(" ".join(parts))


class ActivityFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose text contains every word typed, accents and case ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), FILTER_ROLE) or ""
        return all(word in haystack for word in self._words)
