"""The alerts of the day (J-7, J-2, overdue, reminders, extension notice limits) in a panel
that the main window refreshes at start-up and every hour."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.alerts import Alert
from ...domain.errors import DpoError
from ...domain.french import PARIS
from ...services.context import ServiceContext
from ..models.alerts_model import ALERT_ROLE, AlertsModel
from ..workers import Runner

HOUR_MS = 3_600_000
SIZED_ROWS = 50


def _alerts(ctx: ServiceContext) -> list[Alert]:
    """On a worker: the dashboard's services bring SQLAlchemy, which start-up does not wait for."""
    from ...services.cases import dashboard

    return dashboard.alerts(ctx)


class AlertsPanel(QWidget):
    case_requested = Signal(str)  # a reference: open that case
    alerts_changed = Signal(int)  # how many alerts after each refresh (a status-bar badge)

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._generation = 0
        self._sized = False
        self.timer: QTimer | None = None

        self.title = QLabel(self.tr("A&lertes"), self)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.checked = QLabel(self)  # when the alerts were last computed, and how many
        self.checked.setObjectName("alertsChecked")
        self.refresh_button = QPushButton(self.tr("Ac&tualiser"), self)
        self.refresh_button.setObjectName("refreshAlerts")
        self.refresh_button.setAccessibleName(self.tr("Actualiser les alertes"))

        self.model = AlertsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("alerts")
        self.table.setAccessibleName(self.tr("Alertes du jour"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Widths from the first rows only: thousands of alerts must not hold the GUI thread.
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setStretchLastSection(True)
        self.title.setBuddy(self.table)
        self.empty = QLabel(self.tr("Aucune alerte aujourd’hui."), self)
        self.empty.setObjectName("noAlerts")
        self.empty.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.checked, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.refresh_button, self.table)

        self.refresh_button.clicked.connect(self.refresh)
        self.table.activated.connect(self._activated)

    # -- what the main window drives ------------------------------------------------------
    def refresh(self) -> None:
        """Compute the alerts again, off the GUI thread; the last refresh asked for wins."""
        self._generation += 1
        generation = self._generation
        ctx = self._ctx
        self._runner.submit(
            lambda: _alerts(ctx),
            lambda found: self._show(generation, found),
            lambda error: self._failed(generation, error),
        )

    def start_hourly(self, timer_interval_ms: int = HOUR_MS, refresh_now: bool = True) -> None:
        """Refresh every ``timer_interval_ms`` (an hour) from now on, and at once unless told
        not to. The timer belongs to the panel and stops with it."""
        if self.timer is None:
            self.timer = QTimer(self)
            self.timer.setObjectName("alertsTimer")
            self.timer.timeout.connect(self.refresh)
        self.timer.start(timer_interval_ms)
        if refresh_now:
            self.refresh()

    def stop_hourly(self) -> None:
        if self.timer is not None:
            self.timer.stop()

    @property
    def count(self) -> int:
        return self.model.rowCount()

    # -- inside ------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        alert = index.data(ALERT_ROLE)
        if alert is not None:
            self.case_requested.emit(alert.reference)

    def _show(self, generation: int, found: Sequence[Alert]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed meanwhile, or a newer refresh is on its way
        selected = self._selected_reference()
        self.model.set_rows(found)
        if found and not self._sized:  # once: later refreshes keep the DPO's widths
            self.table.resizeColumnsToContents()
            self._sized = True
        self._reselect(selected)
        self.empty.setVisible(not found)
        self.table.setVisible(bool(found))
        at = self._ctx.now().astimezone(PARIS).strftime("%H:%M")
        self.checked.setText(
            self.tr("Vérifiées à %1 : %n alerte(s)", "", len(found)).replace("%1", at)
        )
        self.checked.setStyleSheet("")
        self.alerts_changed.emit(len(found))

    def _failed(self, generation: int, error: DpoError) -> None:
        # Said in the panel, not in a box: an hourly refresh must not pile up dialogs.
        if shiboken6.isValid(self) and generation == self._generation:
            self.checked.setText(self.tr("Alertes non mises à jour : %1").replace("%1", str(error)))
            self.checked.setStyleSheet("color: #b71c1c;")

    def _selected_reference(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ALERT_ROLE).reference if rows else None

    def _reselect(self, reference: str | None) -> None:
        if reference is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).reference == reference:
                self.table.selectRow(row)
                return
