"""The register's processing activities as a Qt table model, and an accent-blind text filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt

from ...domain.identity import fold_name
from ...domain.register import Activity, Register
from .rows import ROW_ROLE, Index, RowsTableModel

#: Returns the Activity of a row, whatever proxy sits between the view and this model.
ACTIVITY_ROLE = ROW_ROLE
#: What sorting compares (numbers as numbers, text without accents).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The text the filter searches: names, purposes, basis, categories, retention.
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

# Lower case without accents: « Échéance » and « echeance » match (the queue's folding too).
fold = fold_name


def retention_summary(activity: Activity) -> str:
    return "\u00a0; ".join(dict.fromkeys(rule.summary_fr for rule in activity.retention))


class ActivitiesTableModel(RowsTableModel[Activity]):
    CONTEXT = "ActivitiesTableModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActivitiesTableModel", "Traitement"),
        QT_TRANSLATE_NOOP("ActivitiesTableModel", "Base légale"),
        QT_TRANSLATE_NOOP("ActivitiesTableModel", "Catégories"),
        QT_TRANSLATE_NOOP("ActivitiesTableModel", "Conservation"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._register: Register | None = None

    def set_register(self, register: Register | None) -> None:
        self._register = register
        self.set_rows(register.activities if register else ())

    @property
    def register(self) -> Register | None:
        return self._register

    def cell(self, activity: Activity, column: int, role: int) -> Any:
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
