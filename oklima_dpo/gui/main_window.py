"""The main window: for now the queue of requests over the case base."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QTableView

from ..services.views import CaseSummary
from .models.cases_table import SORT_ROLE, CasesTableModel


class MainWindow(QMainWindow):
    def __init__(
        self,
        load_queue: Callable[[], Sequence[CaseSummary]],
        case_base_label: str,
    ) -> None:
        super().__init__()
        self._load_queue = load_queue
        self.setWindowTitle(self.tr("OKLIMA DPO — Demandes en cours"))
        self.cases_model = CasesTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.cases_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.queue = QTableView(self)
        self.queue.setObjectName("queue")
        self.queue.setAccessibleName(self.tr("File des demandes"))
        self.queue.setModel(self.proxy)
        self.queue.setSortingEnabled(True)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.verticalHeader().setVisible(False)
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(self.queue)
        self.case_base_label = QLabel(self.tr("Base de cas : %s") % case_base_label)
        self.statusBar().addPermanentWidget(self.case_base_label)
        self.reload()
        self.queue.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.queue.resizeColumnsToContents()
        self.resize(1200, 700)

    def reload(self) -> None:
        self.cases_model.set_cases(self._load_queue())
        self.statusBar().showMessage(
            self.tr("%n demande(s) en cours", "", self.cases_model.rowCount())
        )
