"""The « Demandes » page: the queue of requests, its filters and instant search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DpoError
from ...domain.rights import Right
from ...domain.workflow import OPEN_STATUSES, Status
from ...services.cases import queue as case_queue
from ...services.cases.views import CaseFilter, CaseSummary
from ...services.context import ServiceContext
from ..labels import right_short_label, status_label
from ..messages import show_error
from ..models.cases_table import DAYS_COLUMN, CasesTableModel, Prepared, prepare
from ..workers import Runner

OPEN_SCOPE = CaseFilter(open_only=True)
FIRST_PAGE = 200  # more than a screenful at any size
ALL_SCOPE = CaseFilter()

# The entries of the status box: what each one asks of the filter.
ALL_OPEN, ALL_CASES = "open", "all"


def _list_cases(ctx: ServiceContext, scope: CaseFilter) -> list[CaseSummary]:
    """On a worker: ``cases`` brings SQLAlchemy, which the window does not wait for."""
    from ...services.cases import queue as case_queue

    return case_queue.list_cases(ctx, scope)


def _prepared(ctx: ServiceContext, scope: CaseFilter, column: int) -> Prepared:
    """On a worker: the queue, and its order by the column the table is sorted on, so that
    the GUI thread only swaps lists in."""
    return prepare(_list_cases(ctx, scope), column)


class QueueView(QWidget):
    """Loads the open requests first (what the DPO works on); every request only when a filter
    needs closed ones. Filters apply to what is loaded, without a round trip."""

    case_requested = Signal(str)
    first_page_shown = Signal(int)  # the soonest deadlines, shown before the whole queue
    loaded = Signal(int)  # number of cases loaded

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._settings = settings
        self._scope: CaseFilter | None = None  # what is loaded
        self._loading: CaseFilter | None = None
        self._wanted = OPEN_SCOPE
        self._after_load: list[Callable[[], None]] = []
        self._keep: str | None = None  # the case to select again once the filter applies

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Rechercher\u00a0: référence ou nom (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher une demande"))
        self.search.setClearButtonEnabled(True)

        self.status_box = QComboBox(self)
        self.status_box.setObjectName("statusFilter")
        self.status_box.setAccessibleName(self.tr("Statut"))
        self.status_box.addItem(self.tr("Demandes ouvertes"), ALL_OPEN)
        self.status_box.addItem(self.tr("Toutes les demandes"), ALL_CASES)
        for status in Status:
            self.status_box.addItem(status_label(status), status.value)

        self.right_box = QComboBox(self)
        self.right_box.setObjectName("rightFilter")
        self.right_box.setAccessibleName(self.tr("Droit exercé"))
        self.right_box.addItem(self.tr("Tous les droits"), None)
        for right in Right:
            self.right_box.addItem(right_short_label(right), right.value)

        self.overdue = QCheckBox(self.tr("En &retard"), self)
        self.due_week = QCheckBox(self.tr("Échéance sous &7 jours"), self)
        self.awaiting = QCheckBox(self.tr("En &attente d’informations"), self)
        self.extended = QCheckBox(self.tr("&Prolongées"), self)
        for name, box in (
            ("overdueFilter", self.overdue),
            ("dueWeekFilter", self.due_week),
            ("awaitingFilter", self.awaiting),
            ("extendedFilter", self.extended),
        ):
            box.setObjectName(name)

        self.model = CasesTableModel(self, run_off=self._run_off)
        self.table = QTableView(self)
        self.table.setObjectName("queue")
        self.table.setAccessibleName(self.tr("File des demandes"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        self.count = QLabel(self)
        self.count.setObjectName("queueCount")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_box)
        filters.addWidget(self.right_box)
        toggles = QHBoxLayout()
        for box in (self.overdue, self.due_week, self.awaiting, self.extended):
            toggles.addWidget(box)
        toggles.addStretch(1)
        toggles.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(toggles)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.status_box)
        self.setTabOrder(self.status_box, self.right_box)
        self.setTabOrder(self.right_box, self.overdue)
        self.setTabOrder(self.overdue, self.due_week)
        self.setTabOrder(self.due_week, self.awaiting)
        self.setTabOrder(self.awaiting, self.extended)
        self.setTabOrder(self.extended, self.table)

        self.search.textChanged.connect(self._filters_changed)
        self.status_box.currentIndexChanged.connect(self._filters_changed)
        self.right_box.currentIndexChanged.connect(self._filters_changed)
        for box in (self.overdue, self.due_week, self.awaiting, self.extended):
            box.toggled.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        # From the search box, Enter or Down goes to the results: the first one selected.
        self.search.returnPressed.connect(self.focus_results)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            self.focus_results,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.model.filter_applied.connect(self._filter_applied)
        self._restore_columns()

    # -- public ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the cases again (after a change), keeping filters and selection."""
        self._load(self._needed_scope(), force=True)

    def apply_filter(self, wanted: CaseFilter) -> None:
        """Show exactly ``wanted`` (a dashboard figure), setting the controls to match."""
        widgets = (
            self.search,
            self.status_box,
            self.right_box,
            self.overdue,
            self.due_week,
            self.awaiting,
            self.extended,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(wanted.text)
        if len(wanted.statuses) == 1:
            self.status_box.setCurrentIndex(self.status_box.findData(wanted.statuses[0].value))
        else:
            self.status_box.setCurrentIndex(
                self.status_box.findData(ALL_OPEN if wanted.open_only else ALL_CASES)
            )
        self.right_box.setCurrentIndex(
            self.right_box.findData(wanted.right.value if wanted.right else None)
        )
        self.overdue.setChecked(wanted.overdue)
        self.due_week.setChecked(wanted.due_within_days == 7)
        self.awaiting.setChecked(wanted.awaiting_info)
        self.extended.setChecked(bool(wanted.extended))
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed()

    def current_filter(self) -> CaseFilter:
        scope = self.status_box.currentData()
        right = self.right_box.currentData()
        return CaseFilter(
            statuses=() if scope in (ALL_OPEN, ALL_CASES) else (Status(scope),),
            open_only=scope == ALL_OPEN,
            right=Right(right) if right else None,
            overdue=self.overdue.isChecked(),
            due_within_days=7 if self.due_week.isChecked() else None,
            extended=True if self.extended.isChecked() else None,
            awaiting_info=self.awaiting.isChecked(),
            text=self.search.text(),
        )

    def selected_reference(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).reference if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_results(self) -> None:
        """The first result selected and focused (nothing when the search finds nothing)."""
        if self.table.model().rowCount() == 0:
            return
        self.table.setFocus()
        first = self.table.model().index(0, 0)
        self.table.setCurrentIndex(first)
        self.table.selectRow(0)

    def save_columns(self) -> None:
        if self._settings is not None:
            self._settings.setValue("queue/header", self.table.horizontalHeader().saveState())

    # -- inside ------------------------------------------------------------------------------
    def _run_off(self, work: Callable[[], object], done: Callable[[object], None]) -> object:
        return self._runner.submit(work, done)

    def _restore_columns(self) -> None:
        state = self._settings.value("queue/header") if self._settings else None
        if state is not None and self.table.horizontalHeader().restoreState(state):
            return
        # Widths from the widest expected text in the current font: readable at any scaling.
        samples = (
            "DR-2026-00000",
            "Marie-Christine Delacroix-Dupont",
            "Accès, Effacement, Op",
            "00/00/0000",
            "00/00/0000",
            "en retard de 000 j",
            "en attente d’informations",
            "Claire Martin",
        )
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(samples):
            icon = 2 * metrics.height() if column == DAYS_COLUMN else 0  # the urgency icon
            self.table.setColumnWidth(
                column, metrics.horizontalAdvance(sample) + metrics.height() + icon
            )

    def _needed_scope(self) -> CaseFilter:
        wanted = self.current_filter()
        opened = (
            wanted.open_only
            or wanted.overdue
            or wanted.awaiting_info
            or wanted.due_within_days is not None
            or (wanted.statuses and set(wanted.statuses) <= OPEN_STATUSES)
        )
        return OPEN_SCOPE if opened else ALL_SCOPE

    def _filters_changed(self) -> None:
        self._wanted = self.current_filter()
        scope = self._needed_scope()
        self._show_filtered()  # on what is loaded, at once
        if self._scope is not ALL_SCOPE and scope != self._scope:
            self._load(scope)  # and again once the cases it needs are there

    def _show_filtered(self) -> None:
        if not self.model.filtering:  # else keep what was selected before that filter
            self._keep = self.selected_reference()
        self.model.set_filter(self._wanted, self._keep)  # a large queue's rows follow

    def _filter_applied(self) -> None:
        self._reselect(self._keep)
        self._update_count()

    def _load(self, scope: CaseFilter, force: bool = False) -> None:
        if self._loading == scope and not force:
            return
        self._loading = scope
        self.count.setText(self.tr("Chargement…"))
        if scope == self._scope:
            self._load_all(scope)  # a reload: what is shown stays until the new list is in
            return
        # A new scope: the first screenful at once, then the rest behind it, so that the DPO
        # sees the soonest deadlines while a large queue loads.
        first = replace(scope, limit=FIRST_PAGE)
        self._runner.submit(
            lambda: case_queue.first_page(self._ctx, first),
            lambda found: self._first_page(scope, found),
            self._failed,
        )

    def _load_all(self, scope: CaseFilter) -> None:
        column = self.model.sort_column
        self._runner.submit(
            lambda: _prepared(self._ctx, scope, column),
            lambda found: self._loaded(scope, found),
            self._failed,
        )

    def _first_page(self, scope: CaseFilter, found: Sequence[CaseSummary]) -> None:
        if self._loading != scope:
            return  # another load is on its way
        if len(found) < FIRST_PAGE:
            self._loaded(scope, prepare(found))  # that was the whole queue
            return
        # Exactly the head of the new scope's queue, even when more cases of the previous
        # scope are loaded (the open ones, when every case is asked for): those are not the
        # soonest deadlines of the new scope.
        self.model.set_cases(found, self._ctx.today(), self._wanted)
        self._reselect(None)
        self.first_page_shown.emit(len(found))
        self._load_all(scope)

    def _loaded(self, scope: CaseFilter, found: Prepared) -> None:
        if self._loading != scope:
            return  # a newer load is on its way
        self._loading = None
        reference = self.selected_reference()
        self._scope = ALL_SCOPE if scope == ALL_SCOPE else OPEN_SCOPE
        self.model.set_prepared(found, self._ctx.today(), self._wanted)
        self._reselect(reference)
        self._update_count()
        self.loaded.emit(len(found.cases))

    def _failed(self, error: DpoError) -> None:
        self._loading = None
        self.count.setText(self.tr("Chargement impossible."))
        show_error(self, error)

    def _reselect(self, reference: str | None) -> None:
        row = self.model.row_of(reference) if reference else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)

    def _update_count(self) -> None:
        shown, loaded = self.model.rowCount(), self.model.loaded_count
        text = self.tr("%n demande(s) affichée(s)", "", shown)
        if shown != loaded:
            text += " " + self.tr("sur %n chargée(s)", "", loaded)
        self.count.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_requested.emit(self.model.row_at(index.row()).reference)
