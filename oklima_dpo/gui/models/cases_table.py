"""The queue of requests as a Qt table model.

Sorting and filtering happen here, on the Python list, rather than in a QSortFilterProxyModel:
a proxy asks ``data()`` through Python for every comparison, which takes seconds on 100,000
rows, where sorting the list by a key and filtering with the services' own predicate takes
tens of milliseconds. Filters are the services' (``filter_summaries``), so the queue and the
dashboard always agree.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.deadlines import Urgency
from ...domain.french import fr_date
from ...services.cases.queue import filter_summaries, sort_in_runs
from ...services.cases.views import CaseFilter, CaseSummary
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
    attrgetter("reference"),
    lambda c: c.person_name.casefold(),
    lambda c: tuple(r.value for r in c.rights),
    attrgetter("received_on"),
    attrgetter("due"),
    lambda c: (not c.status.is_open, c.days_left),
    lambda c: c.status.value,
    lambda c: (c.assignee or "").casefold(),
)
DUE_COLUMN = 4
DEFAULT_SORT = (DUE_COLUMN, Qt.SortOrder.AscendingOrder)

# Sorting a hundred thousand names in one call holds the interpreter, and so the window, for
# 30 to 60 ms on whichever thread it runs; runs of this many hold it a few ms each.
SORT_RUN = 8192
# From this many cases a column's order is computed off the GUI thread (when the model can).
OFF_THREAD_FROM = 5000
# Freeing this many summaries at a time holds the interpreter well under a millisecond.
RELEASE_SLICE = 2000

#: Runs ``work()`` off the GUI thread and hands its result to ``done`` on the GUI thread.
RunOff = Callable[[Callable[[], Any], Callable[[Any], None]], object]


def sort_order(cases: Sequence[CaseSummary], column: int) -> list[int]:
    """The positions of ``cases`` in ascending order of ``column``, stable: sorted in runs,
    then merged by a generator, so that no step holds the interpreter long (see SORT_RUN)."""
    key = SORT_KEYS[column]
    keys = [key(case) for case in cases]
    at = keys.__getitem__
    runs = [
        sorted(range(start, min(start + SORT_RUN, len(keys))), key=at)
        for start in range(0, len(keys), SORT_RUN)
    ]
    if len(runs) < 2:
        return runs[0] if runs else []
    return list(heapq.merge(*runs, key=at))  # ties: the earlier run first, so still stable


@dataclass
class Prepared:
    """Cases made ready for the model off the GUI thread (see :func:`prepare`)."""

    cases: list[CaseSummary]  # soonest deadline first
    orders: dict[int, list[int]] = field(default_factory=dict)  # see sort_order


def prepare(cases: Iterable[CaseSummary], column: int | None = None) -> Prepared:
    """Cases soonest deadline first (a queue from the services already is: then this costs
    a few ms), with their order by ``column`` computed too: what a worker does so that the
    GUI thread only swaps lists in."""
    ready = list(cases)
    if any(a.due > b.due for a, b in pairwise(ready)):
        sort_in_runs(ready, attrgetter("due"))  # stable: the services' reference order stays
    orders = {} if column in (None, DUE_COLUMN) else {column: sort_order(ready, column)}
    return Prepared(ready, orders)


def release(rows: list[Any]) -> None:
    """Empty ``rows`` a slice at a time (off the GUI thread): freeing a hundred thousand
    summaries in one go holds the interpreter, and so the window, for 20 ms."""
    while rows:
        del rows[-RELEASE_SLICE:]


class CasesTableModel(RowsTableModel[CaseSummary]):
    """Rows sorted by the column the DPO chose and filtered by the queue's filter.

    The cases are kept soonest deadline first, with each other column's order (positions in
    that list) computed once, off the GUI thread when the model has a ``run_off``: a sort
    then only picks the rows in that order. Until a column's order arrives, the rows stay in
    the order they had (``sorting`` is True)."""

    CONTEXT = "CasesTableModel"
    COLUMNS = COLUMNS

    sort_applied = Signal()  # the rows are now in the order asked for
    filter_applied = Signal()  # the rows are now those the filter asked for admits

    def __init__(self, parent: Any = None, run_off: RunOff | None = None) -> None:
        super().__init__(parent)
        self._base: list[CaseSummary] = []  # every case loaded, soonest deadline first
        self._orders: dict[int, list[int]] = {}  # column → ascending order of _base
        self._all: list[CaseSummary] = []  # every case loaded, in the current sort order
        self._rows: list[CaseSummary] = []  # those the filter admits
        self._filter = CaseFilter()
        self._today: date | None = None
        self._sort: tuple[int, Qt.SortOrder] = DEFAULT_SORT
        self._run_off = run_off
        self._generation = 0  # which _base an order computed off the GUI thread is for
        self._asked: set[tuple[int, int]] = set()  # (generation, column) being computed
        self._filter_asked = 0  # the last filter computed off the GUI thread (a count)
        self._filter_shown = 0  # the last one shown
        self._found: tuple[str, int | None] | None = None  # row of a reference, as computed

    # -- what the view drives ------------------------------------------------------------
    def set_cases(
        self, cases: Sequence[CaseSummary], today: date, wanted: CaseFilter | None = None
    ) -> None:
        self.set_prepared(prepare(cases), today, wanted)

    def set_prepared(
        self, prepared: Prepared, today: date, wanted: CaseFilter | None = None
    ) -> None:
        """Show ``prepared`` (see :func:`prepare`) filtered by ``wanted`` (by the current filter
        when None): on the GUI thread, the filter alone."""
        self.beginResetModel()
        old = self._base
        self._base, self._orders, self._today = prepared.cases, dict(prepared.orders), today
        self._filter = self._filter if wanted is None else wanted
        self._generation += 1
        self._all = self._in_order()
        self._set_rows(self._filtered())
        self.endResetModel()
        if self._run_off is not None and len(old) >= OFF_THREAD_FROM:
            # The other lists held the same summaries: this last one frees them.
            self._run_off(lambda: release(old), _ignore)

    def set_filter(self, wanted: CaseFilter, keep: str | None = None) -> None:
        """Show the cases ``wanted`` admits: at once for a small queue; for a large one the
        filter runs off the GUI thread (where ``keep``'s row is looked for too) and the rows
        follow when it is done (``filtering`` until then; a newer filter wins). Either way
        ``filter_applied`` tells when the rows are there."""
        self._filter = wanted
        if not self._off_thread() or self._today is None or self._run_off is None:
            self._filter_asked += 1
            self._show_rows(self._filtered(), self._filter_asked)
            self.filter_applied.emit()
            return
        self._filter_asked += 1
        asked, cases, today = self._filter_asked, self._all, self._today

        def work() -> tuple[list[CaseSummary], int | None]:
            if asked != self._filter_asked:
                return [], None  # a newer filter came while this one waited for a thread
            rows = filter_summaries(cases, wanted, today)
            return rows, _position(rows, keep) if keep else None

        def done(found: tuple[list[CaseSummary], int | None]) -> None:
            rows, row = found
            if asked == self._filter_asked:  # else a newer filter is on its way
                self._show_rows(rows, asked)
                self._found = (keep, row) if keep else None
                self.filter_applied.emit()

        self._run_off(work, done)

    def _show_rows(self, rows: list[CaseSummary], asked: int) -> None:
        self.beginResetModel()
        self._rows, self._found = rows, None
        self._filter_shown = asked
        self.endResetModel()

    def _set_rows(self, rows: list[CaseSummary]) -> None:
        """Rows filtered here from new cases or a new order: a filter still on its way was
        for the previous ones."""
        self._rows, self._found = rows, None
        self._filter_asked += 1
        self._filter_shown = self._filter_asked

    @property
    def filtering(self) -> bool:
        """A filter is being applied off the GUI thread; the rows are the previous ones."""
        return self._filter_shown != self._filter_asked

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort[0]

    @property
    def sorting(self) -> bool:
        """The order asked for is being computed; the rows keep their previous order."""
        return self._missing_order(self._sort[0])

    def row_of(self, reference: str) -> int | None:
        if self._found is not None and self._found[0] == reference:
            return self._found[1]  # looked for with the filter, off the GUI thread
        return _position(self._rows, reference)

    @property
    def loaded_count(self) -> int:
        return len(self._base)

    def _filtered(self) -> list[CaseSummary]:
        if self._today is None:
            return list(self._all)
        return filter_summaries(self._all, self._filter, self._today)

    def _off_thread(self) -> bool:
        return self._run_off is not None and len(self._base) >= OFF_THREAD_FROM

    def _missing_order(self, column: int) -> bool:
        return column != DUE_COLUMN and column not in self._orders

    def _in_order(self) -> list[CaseSummary]:
        """The cases in the current sort order; while that order is computed off the GUI
        thread, soonest deadline first."""
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if self._missing_order(column):
            if not self._off_thread():
                self._orders[column] = sort_order(self._base, column)
            else:
                self._ask_order(column)
                return list(self._base)
        if column == DUE_COLUMN:
            return self._base[::-1] if descending else list(self._base)
        positions = self._orders[column]
        base = self._base
        return [base[i] for i in (reversed(positions) if descending else positions)]

    def _ask_order(self, column: int) -> None:
        generation, base = self._generation, self._base
        if (generation, column) in self._asked or self._run_off is None:
            return
        self._asked.add((generation, column))
        self._run_off(
            lambda: sort_order(base, column),
            lambda positions: self._order_arrived(generation, column, positions),
        )

    def _order_arrived(self, generation: int, column: int, positions: list[int]) -> None:
        self._asked.discard((generation, column))
        if generation != self._generation:
            return  # for cases since replaced
        self._orders[column] = positions
        if self._sort[0] == column:
            self._relayout()
            self.sort_applied.emit()

    def _relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._all = self._in_order()
        self._set_rows(self._filtered())
        self.layoutChanged.emit()

    # -- Qt model interface --------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        if self._missing_order(column) and self._off_thread():
            self._ask_order(column)  # the rows follow when it arrives
            return
        self._relayout()
        self.sort_applied.emit()

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


def _ignore(_result: object) -> None:
    pass


def _position(rows: Sequence[CaseSummary], reference: str) -> int | None:
    for row, case in enumerate(rows):
        if case.reference == reference:
            return row
    return None
