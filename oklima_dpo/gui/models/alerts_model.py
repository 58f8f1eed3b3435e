"""The alerts of the day as a Qt table model, in the services' order (most urgent first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from ...domain.alerts import Alert, AlertKind
from ...domain.deadlines import Urgency
from ...domain.french import fr_date
from ..icons import urgency_icon
from .rows import ROW_ROLE, RowsTableModel

#: Returns the Alert of a row.
ALERT_ROLE = ROW_ROLE

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
    AlertKind.TASK_LATE: QT_TRANSLATE_NOOP("AlertsModel", "Tâche en retard"),
    AlertKind.REMINDER_DUE: QT_TRANSLATE_NOOP("AlertsModel", "Relance due"),
}

# The queue's icons: the same signal for the same urgency, everywhere.
KIND_URGENCY = {
    AlertKind.OVERDUE: Urgency.OVERDUE,
    AlertKind.DUE_J2: Urgency.DUE_IN_2,
    AlertKind.EXTENSION_NOTICE: Urgency.DUE_IN_2,
    AlertKind.DUE_J7: Urgency.DUE_IN_7,
    AlertKind.TASK_LATE: Urgency.DUE_IN_7,
    AlertKind.REMINDER_DUE: Urgency.SUSPENDED,
}

#: Overdue in red, never alone: the kind is written and the icon says it too.
OVERDUE_COLOR = QColor("#b71c1c")


def kind_label(kind: AlertKind) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_LABELS[kind])


def kind_icon(kind: AlertKind) -> QIcon | None:
    return urgency_icon(KIND_URGENCY[kind])


class AlertsModel(RowsTableModel[Alert]):
    CONTEXT = CONTEXT
    COLUMNS = COLUMNS

    def cell(self, alert: Alert, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(alert, column)
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
