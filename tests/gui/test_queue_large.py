"""A large queue: the first screenful of a scope is exactly the head of its whole queue; sorting
and filtering run off the GUI thread and end with exactly what the services find, the model
staying valid all along."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oklima_dpo.demo import cases as demo
from oklima_dpo.gui.models import cases_table
from oklima_dpo.gui.models.cases_table import SORT_KEYS, CasesTableModel, prepare, sort_order
from oklima_dpo.gui.views import queue as queue_module
from oklima_dpo.gui.views.queue import ALL_CASES, ALL_OPEN, QueueView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext

from .test_queue import shown


@pytest.fixture
def filled(gui_ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo(gui_ctx, cases=80, seed=11)
    return gui_ctx


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """80 cases handled as a hundred thousand are: a first screenful of 5, sorting and
    filtering off the GUI thread, sorted in runs of 7."""
    monkeypatch.setattr(queue_module, "FIRST_PAGE", 5)
    monkeypatch.setattr(cases_table, "OFF_THREAD_FROM", 10)
    monkeypatch.setattr(cases_table, "SORT_RUN", 7)


@pytest.fixture
def view(
    qtbot: QtBot, qtmodeltester, filled: ServiceContext, runner: Runner, large: None
) -> QueueView:
    made = QueueView(filled, runner)
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    qtmodeltester.check(made.model)  # and it stays attached: every later change is checked
    with qtbot.waitSignal(made.loaded, timeout=10_000):
        made.reload()
    return made


def references(ctx: ServiceContext, wanted: CaseFilter) -> list[str]:
    return [c.reference for c in case_queue.list_cases(ctx, wanted)]


def test_every_scope_shows_first_the_head_of_its_whole_queue(
    qtbot: QtBot, view: QueueView, filled: ServiceContext
) -> None:
    firsts: list[list[str]] = []
    view.first_page_shown.connect(lambda _n: firsts.append(shown(view)))
    box = view.status_box
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        box.setCurrentIndex(box.findData(ALL_CASES))
    whole = references(filled, CaseFilter())
    # Not the open cases already loaded: the soonest deadlines of every case.
    assert firsts == [whole[:5]]
    assert shown(view) == whole
    box.setCurrentIndex(box.findData(ALL_OPEN))
    qtbot.waitUntil(lambda: not view.model.filtering, timeout=10_000)
    assert shown(view) == references(filled, CaseFilter(open_only=True))


def test_filters_off_the_gui_thread_end_with_what_the_services_find(
    qtbot: QtBot, view: QueueView, filled: ServiceContext
) -> None:
    for box, wanted in (
        (view.overdue, CaseFilter(overdue=True)),
        (view.awaiting, CaseFilter(overdue=True, awaiting_info=True)),
    ):
        with qtbot.waitSignal(view.model.filter_applied, timeout=10_000):
            box.click()
        assert shown(view) == references(filled, wanted)
        assert view.count.text().startswith(f"{len(shown(view))} demande")


def test_the_newest_filter_wins(qtbot: QtBot, view: QueueView, filled: ServiceContext) -> None:
    name = view.model.row_at(0).person_name.split()[-1]
    view.focus_search()
    qtbot.keyClicks(view.search, name)  # a filter per key, each off the GUI thread
    qtbot.waitUntil(lambda: not view.model.filtering, timeout=10_000)
    assert shown(view) == references(filled, CaseFilter(open_only=True, text=name))


def test_a_sort_off_the_gui_thread_ends_in_the_columns_order(qtbot: QtBot, view: QueueView) -> None:
    before = shown(view)
    with qtbot.waitSignal(view.model.sort_applied, timeout=10_000):
        view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [view.model.row_at(r).person_name.casefold() for r in range(len(before))]
    assert names == sorted(names) and set(shown(view)) == set(before)
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the loaded order: at once
    assert shown(view) == before


def test_a_reload_while_sorted_keeps_the_sort(qtbot: QtBot, view: QueueView) -> None:
    with qtbot.waitSignal(view.model.sort_applied, timeout=10_000):
        view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()  # the worker sorts the new queue by that column too
    assert not view.model.sorting
    received = [view.model.row_at(r).received_on for r in range(view.model.rowCount())]
    assert received == sorted(received, reverse=True)


@pytest.mark.parametrize("column", range(len(SORT_KEYS)))
def test_sorting_in_runs_is_a_stable_sort(
    filled: ServiceContext, monkeypatch: pytest.MonkeyPatch, column: int
) -> None:
    monkeypatch.setattr(cases_table, "SORT_RUN", 7)
    queue = prepare(case_queue.list_cases(filled)).cases
    key = SORT_KEYS[column]
    assert sort_order(queue, column) == sorted(range(len(queue)), key=lambda i: key(queue[i]))


def test_a_bare_model_sorts_and_filters_at_once(filled: ServiceContext) -> None:
    model = CasesTableModel()  # no worker to hand work to
    model.set_cases(case_queue.list_cases(filled), date(2025, 3, 25))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert not model.sorting
    names = [model.row_at(r).person_name.casefold() for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    model.set_filter(CaseFilter(open_only=True))
    assert not model.filtering
    assert model.rowCount() == len(case_queue.list_cases(filled, CaseFilter(open_only=True)))


def test_sorting_in_runs_sorts_like_one_sort(monkeypatch: pytest.MonkeyPatch) -> None:
    from oklima_dpo.services.cases import queue as case_queue

    monkeypatch.setattr(case_queue, "SORT_RUN", 4)
    pairs = [(n % 5, n) for n in range(37)][::-1]
    ordered = list(pairs)
    case_queue.sort_in_runs(ordered, key=lambda p: p[0])
    assert ordered == sorted(pairs, key=lambda p: p[0])  # stable: ties keep their order
