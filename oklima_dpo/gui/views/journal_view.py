"""The « Journal » page: who did what, when, on which case; and the check of its chain."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DpoError
from ...services import audit
from ...services.audit import ChainCheck, JournalEntry, JournalFilter
from ...services.context import ServiceContext
from ..messages import show_error
from ..models.journal_model import JournalModel
from ..workers import Runner

ACTION_GROUPS = (
    ("", QT_TRANSLATE_NOOP("JournalView", "Toutes les actions")),
    ("case.", QT_TRANSLATE_NOOP("JournalView", "Demandes")),
    ("case.consulted", QT_TRANSLATE_NOOP("JournalView", "Consultations")),
    ("settings.", QT_TRANSLATE_NOOP("JournalView", "Réglages")),
)


class JournalView(QWidget):
    case_requested = Signal(str)

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Référence DR-…"))
        self.reference.setAccessibleName(self.tr("Filtrer par référence"))
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("Utilisateur"))
        self.actor.setAccessibleName(self.tr("Filtrer par utilisateur"))
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Filtrer par action"))
        for prefix, label in ACTION_GROUPS:
            self.action.addItem(self.tr(label), prefix)
        self.since = self._date_edit(self.tr("Depuis le"))
        self.until = self._date_edit(self.tr("Jusqu’au"))
        today = QDate(ctx.today().year, ctx.today().month, ctx.today().day)
        self.since.setDate(today.addMonths(-1))
        self.until.setDate(today)
        self.apply = QPushButton(self.tr("&Filtrer"), self)
        self.verify = QPushButton(self.tr("&Vérifier la chaîne"), self)
        self.verify.setObjectName("verifyJournal")
        self.result = QLabel(self)
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)

        self.model = JournalModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("journal")
        self.table.setAccessibleName(self.tr("Journal d’audit"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        bar = QHBoxLayout()
        for widget in (
            self.reference,
            self.actor,
            self.action,
            QLabel(self.tr("Du"), self),
            self.since,
            QLabel(self.tr("au"), self),
            self.until,
            self.apply,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.verify)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

        self.apply.clicked.connect(self.reload)
        self.reference.returnPressed.connect(self.reload)
        self.actor.returnPressed.connect(self.reload)
        self.action.currentIndexChanged.connect(self.reload)
        self.verify.clicked.connect(self.verify_chain)
        self.table.activated.connect(self._activated)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def current_filter(self) -> JournalFilter:
        return JournalFilter(
            case_reference=self.reference.text(),
            actor=self.actor.text(),
            action_prefix=self.action.currentData() or "",
            since=self.since.date().toPython(),
            until=self.until.date().toPython(),
        )

    def show_case(self, reference: str) -> None:
        """The journal of one case (from a case view)."""
        self.reference.setText(reference)
        self.since.setDate(QDate(2000, 1, 1))
        self.reload()

    def reload(self) -> None:
        wanted = self.current_filter()
        self._runner.submit(
            lambda: audit.list_entries(self._ctx, wanted), self._loaded, self._failed
        )

    def verify_chain(self) -> None:
        self.result.setText(self.tr("Vérification en cours…"))
        self._runner.submit(lambda: audit.verify_journal(self._ctx), self._verified, self._failed)

    def _loaded(self, entries: Sequence[JournalEntry]) -> None:
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()

    def _verified(self, check: ChainCheck) -> None:
        if check.intact:
            self.result.setText(
                self.tr("Journal intact\u00a0: %n entrée(s) vérifiée(s).", "", check.entries)
            )
            self.result.setStyleSheet("")
        else:
            self.result.setText(
                self.tr("Journal altéré\u00a0: %1.").replace("%1", check.problem or "")
            )
            self.result.setStyleSheet("color: #b71c1c; font-weight: bold;")

    def _failed(self, error: DpoError) -> None:
        show_error(self, error)

    def _activated(self, index: QModelIndex) -> None:
        reference = self.model.row_at(index.row()).case_reference
        if reference:
            self.case_requested.emit(reference)
