"""The « Demandes » page: loads the open requests, filters and searches instantly, sorts dates as
dates, and shows urgency by colour, icon and words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from oklima_dpo.demo import cases as demo
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.gui.models.cases_table import CASE_ROLE, CasesTableModel
from oklima_dpo.gui.views.queue import QueueView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext


@pytest.fixture
def filled(gui_ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo(gui_ctx, cases=80, seed=11)
    return gui_ctx


@pytest.fixture
def queue(qtbot: QtBot, filled: ServiceContext, runner: Runner) -> QueueView:
    view = QueueView(filled, runner)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    return view


def shown(view: QueueView) -> list[str]:
    model = view.model
    return [model.row_at(row).reference for row in range(model.rowCount())]


def expected(ctx: ServiceContext, wanted: CaseFilter) -> set[str]:
    return {c.reference for c in case_queue.list_cases(ctx, wanted)}


def test_it_opens_on_the_open_requests_soonest_first(
    queue: QueueView, filled: ServiceContext
) -> None:
    refs = shown(queue)
    assert set(refs) == expected(filled, CaseFilter(open_only=True))
    dues = [queue.model.row_at(r).due for r in range(len(refs))]
    assert dues == sorted(dues)
    assert queue.count.text().startswith(f"{len(refs)} demande")


@pytest.mark.parametrize(
    ("box", "wanted"),
    [
        ("overdue", CaseFilter(overdue=True)),
        ("due_week", CaseFilter(due_within_days=7)),
        ("awaiting", CaseFilter(awaiting_info=True)),
        ("extended", CaseFilter(open_only=True, extended=True)),
    ],
)
def test_each_filter_shows_what_the_service_finds(
    qtbot: QtBot, queue: QueueView, filled: ServiceContext, box: str, wanted: CaseFilter
) -> None:
    checkbox = getattr(queue, box)
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton)
    assert checkbox.isChecked()
    assert set(shown(queue)) == expected(filled, wanted)
    assert shown(queue), "the demo has cases of every kind"


def test_typing_filters_instantly_on_names_without_accents(
    qtbot: QtBot, queue: QueueView, filled: ServiceContext
) -> None:
    target = queue.model.row_at(0)
    surname = target.person_name.split()[-1]
    queue.focus_search()
    qtbot.keyClicks(queue.search, surname.upper())
    refs = shown(queue)
    assert target.reference in refs
    assert set(refs) == expected(filled, CaseFilter(open_only=True, text=surname))
    queue.search.clear()
    qtbot.keyClicks(queue.search, target.reference[-4:])
    assert target.reference in shown(queue)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_search_reaches_the_first_result(
    qtbot: QtBot, queue: QueueView, key: Qt.Key
) -> None:
    target = queue.model.row_at(3)
    queue.activateWindow()
    qtbot.waitActive(queue)
    queue.focus_search()
    qtbot.keyClicks(queue.search, target.reference[-4:])
    qtbot.keyClick(queue.search, key)
    assert queue.table.hasFocus()
    assert queue.table.currentIndex().row() == 0
    first = queue.model.row_at(0).reference
    assert first == target.reference
    with qtbot.waitSignal(queue.case_requested) as opened:  # and Enter opens it
        qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert opened.args == [first]


def test_closed_requests_are_loaded_when_asked(
    qtbot: QtBot, queue: QueueView, filled: ServiceContext
) -> None:
    queue.status_box.setCurrentIndex(queue.status_box.findData(Status.CLOSED.value))
    qtbot.waitUntil(lambda: queue.model.loaded_count == 80, timeout=10_000)
    assert set(shown(queue)) == expected(filled, CaseFilter(statuses=(Status.CLOSED,)))
    queue.status_box.setCurrentIndex(queue.status_box.findData("all"))
    assert len(shown(queue)) == 80


def test_rights_filter(qtbot: QtBot, queue: QueueView, filled: ServiceContext) -> None:
    queue.right_box.setCurrentIndex(queue.right_box.findData(Right.ERASURE.value))
    assert set(shown(queue)) == expected(filled, CaseFilter(open_only=True, right=Right.ERASURE))


def test_dates_sort_as_dates(qtbot: QtBot, queue: QueueView) -> None:
    queue.status_box.setCurrentIndex(queue.status_box.findData("all"))
    qtbot.waitUntil(lambda: queue.model.loaded_count == 80, timeout=10_000)
    queue.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    received = [queue.model.row_at(r).received_on for r in range(queue.model.rowCount())]
    assert received == sorted(received, reverse=True)
    assert len({d.year for d in received}) > 1  # JJ/MM/AAAA text would sort day first


def test_apply_filter_sets_the_controls(queue: QueueView, filled: ServiceContext) -> None:
    queue.apply_filter(CaseFilter(overdue=True))
    assert queue.overdue.isChecked() and not queue.due_week.isChecked()
    assert set(shown(queue)) == expected(filled, CaseFilter(overdue=True))
    assert queue.current_filter().overdue


def test_enter_opens_the_selected_case(qtbot: QtBot, queue: QueueView) -> None:
    queue.table.setFocus()
    queue.table.selectRow(0)
    with qtbot.waitSignal(queue.case_requested) as opened:
        qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert opened.args == [queue.model.row_at(0).reference]


def test_urgency_is_shown_by_colour_icon_and_words(queue: QueueView) -> None:
    model = queue.model
    for row in range(model.rowCount()):
        case = model.index(row, 0).data(CASE_ROLE)
        days = model.index(row, 5)
        if case.overdue and not case.clock_stopped:
            assert "en retard de" in days.data()
            assert isinstance(days.data(Qt.ItemDataRole.BackgroundRole), QBrush)
            assert not days.data(Qt.ItemDataRole.DecorationRole).isNull()
            assert days.data(Qt.ItemDataRole.ToolTipRole) == "en retard"
            break
    else:
        pytest.fail("the demo holds an overdue case")
    suspended = [r for r in range(model.rowCount()) if model.row_at(r).clock_stopped]
    assert suspended and model.index(suspended[0], 5).data() == "suspendu"


def test_the_model_passes_the_model_tester(qtmodeltester, queue: QueueView) -> None:
    qtmodeltester.check(queue.model)


def test_a_bare_model(qtmodeltester) -> None:
    model = CasesTableModel()
    qtmodeltester.check(model)
    model.set_cases([], date(2025, 3, 25))
    assert model.rowCount() == 0


def test_a_large_queue_shows_its_soonest_deadlines_first(
    qtbot: QtBot, filled: ServiceContext, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oklima_dpo.gui.views import queue as queue_module

    monkeypatch.setattr(queue_module, "FIRST_PAGE", 5)
    view = QueueView(filled, runner)
    qtbot.addWidget(view)
    first: list[list[str]] = []
    view.first_page_shown.connect(lambda _n: first.append(shown(view)))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    whole = [c.reference for c in case_queue.list_cases(filled, CaseFilter(open_only=True))]
    assert first == [whole[:5]]  # exactly the five soonest, shown before the rest
    assert shown(view) == whole
