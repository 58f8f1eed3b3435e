"""The alerts of the day as a Qt table model, in the services' order (most urgent first)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from ...domain.alerts import Alert, AlertKind
from ...domain.deadlines import Urgency
from ...domain.french import fr_date
from ..icons import urgency_icon

#: Returns the Alert of a row.
ALERT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "AlertsModel"

COLUMNS = (
    QT_TRANSLATE_NOOP("AlertsModel", "Alerte"),
    QT_TRANSLATE_NOOP("AlertsModel", "Référence"),
    QT_TRANSLATE_NOOP("AlertsModel", "Personne"),
    QT_TRANSLATE_NOOP("AlertsModel", "Date"),
    QT_TRANSLATE_NOOP("AlertsModel", "Détail"),
)
KIND_COLUMN = 0

KIND_LABELS = {
    AlertKind.OVERDUE: QT_TRANSLATE_NOOP("AlertsModel", "En retard"),
    AlertKind.DUE_J2: QT_TRANSLATE_NOOP("AlertsModel", "J-2"),
    AlertKind.EXTENSION_NOTICE: QT_TRANSLATE_NOOP("AlertsModel", "Limite de prolongation"),
    AlertKind.DUE_J7: QT_TRANSLATE_NOOP("AlertsModel", "J-7"),
    AlertKind.REMINDER_DUE: QT_TRANSLATE_NOOP("AlertsModel", "Relance due"),
}

# The queue's icons: the same signal for the same urgency, everywhere.
KIND_URGENCY = {
    AlertKind.OVERDUE: Urgency.OVERDUE,
    AlertKind.DUE_J2: Urgency.DUE_IN_2,
    AlertKind.EXTENSION_NOTICE: Urgency.DUE_IN_2,
    AlertKind.DUE_J7: Urgency.DUE_IN_7,
    AlertKind.REMINDER_DUE: Urgency.SUSPENDED,
}

#: Overdue in red, never alone: the kind is written and the icon says it too.
OVERDUE_COLOR = QColor("#b71c1c")


def kind_label(kind: AlertKind) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_LABELS[kind])


def kind_icon(kind: AlertKind) -> QIcon | None:
    return urgency_icon(KIND_URGENCY[kind])


class AlertsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._alerts: list[Alert] = []

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self.endResetModel()

    def alert_at(self, row: int) -> Alert:
        return self._alerts[row]

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alerts)

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
            return QCoreApplication.translate(CONTEXT, COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._alerts):
            return None
        alert = self._alerts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(alert, column)
        if role == ALERT_ROLE:
            return alert
        if role == Qt.ItemDataRole.ToolTipRole:
            return alert.text
        if role == Qt.ItemDataRole.ForegroundRole and alert.kind is AlertKind.OVERDUE:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND_COLUMN:
            return kind_icon(alert.kind)
        return None

    @staticmethod
    def _display(alert: Alert, column: int) -> str:
        match column:
            case 0:
                return kind_label(alert.kind)
            case 1:
                return alert.reference
            case 2:
                return alert.person_name
            case 3:
                return fr_date(alert.on)
            case _:
                return alert.message
