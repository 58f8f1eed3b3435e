"""The dashboard page and the alerts panel, driven like the DPO drives them."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.alerts import AlertKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.gui.models.alerts_model import ALERT_ROLE, OVERDUE_COLOR, AlertsModel
from oklima_dpo.gui.models.cases_table import CASE_ROLE
from oklima_dpo.gui.views.alerts_panel import AlertsPanel
from oklima_dpo.gui.views.dashboard import DashboardView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import dashboard
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.dashboard import FIGURE_FILTERS
from oklima_dpo.services.context import ServiceContext

from ..conftest import DEFAULT_NOW, Clock
from ..services.helpers import open_request, reviewed_case

NBSP = "\u00a0"


def received(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=PARIS)


def answer(ctx: ServiceContext, clock: Clock, reference: str, on: date) -> None:
    clock.now = datetime(on.year, on.month, on.day, 10, 0, tzinfo=UTC)
    case_steps.decide(ctx, reference, Right.ACCESS, Outcome.GRANTED)
    case_steps.mark_answered(ctx, reference, on=on)
    clock.now = DEFAULT_NOW


@pytest.fixture
def base(gui_ctx: ServiceContext, clock: Clock) -> dict[str, str]:
    """Today is Tuesday 25/03/2025."""
    ctx, D = gui_ctx, date
    refs = {
        "overdue": open_request(ctx, name="Zoé Martin", received_at=received(D(2025, 2, 20))),
        "j2": open_request(ctx, name="Hélène Petit", received_at=received(D(2025, 2, 27))),
        "j7": open_request(ctx, name="Jean Dupont", received_at=received(D(2025, 3, 1))),
        "reminder": open_request(ctx, name="Élodie Le Gall", received_at=received(D(2025, 2, 26))),
        "extended": open_request(ctx, name="Anne Long", received_at=received(D(2025, 2, 24))),
        "late": open_request(ctx, name="Marc Tard", received_at=received(D(2025, 2, 10))),
        "on_time": open_request(ctx, name="Claire Alheure", received_at=received(D(2025, 3, 3))),
    }
    case_steps.request_information(ctx, refs["reminder"], on=D(2025, 3, 5))
    case_steps.extend(ctx, refs["extended"], "Nombreuses demandes", on=D(2025, 3, 20))
    answer(ctx, clock, refs["late"], D(2025, 3, 12))
    answer(ctx, clock, refs["on_time"], D(2025, 3, 20))
    return refs


def loaded_view(qtbot: QtBot, ctx: ServiceContext, runner: Runner) -> DashboardView:
    view = DashboardView(ctx, runner)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    return view


def test_each_figure_shows_its_queue_size_and_opens_it(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, base: dict[str, str]
) -> None:
    view = loaded_view(qtbot, gui_ctx, runner)
    for key, wanted in FIGURE_FILTERS.items():
        tile = view.tiles[key]
        assert tile.tile.value.text() == str(len(case_queue.list_cases(gui_ctx, wanted))), key
        with qtbot.waitSignal(view.filter_requested) as emitted:
            qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert emitted.args == [wanted], key
    shown = {key: tile.tile.value.text() for key, tile in view.tiles.items()}
    assert shown == {
        "open": "5",
        "due_soon": "3",
        "overdue": "1",
        "awaiting_info": "1",
        "extended": "1",
    }
    assert view.tiles["overdue"].accessibleName() == f"Demandes en retard{NBSP}: 1"
    assert view.tiles["open"].accessibleName() == f"Demandes ouvertes{NBSP}: 5"
    assert view.day.text() == "Situation au mardi 25/03/2025"


def test_the_figures_open_from_the_keyboard(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, base: dict[str, str]
) -> None:
    view = loaded_view(qtbot, gui_ctx, runner)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    overdue = view.tiles["overdue"]
    # « En &retard »: Alt+R puts the focus on the figure, Space and Enter open its queue.
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(overdue.hasFocus)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
        with qtbot.waitSignal(view.filter_requested) as emitted:
            qtbot.keyClick(overdue, key)
        assert emitted.args == [FIGURE_FILTERS["overdue"]]
    # Tab goes from figure to figure, then to the table.
    view.tiles["open"].setFocus()
    order = [view.tiles[k] for k in FIGURE_FILTERS] + [view.table]
    for before, after in itertools.pairwise(order):
        assert QApplication.focusWidget() is before
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        qtbot.waitUntil(after.hasFocus)


def test_overdue_is_red_and_said_in_words(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, base: dict[str, str]
) -> None:
    view = loaded_view(qtbot, gui_ctx, runner)
    overdue = view.tiles["overdue"].tile
    assert overdue.value_color() == OVERDUE_COLOR
    assert overdue.warning.palette().color(overdue.warning.foregroundRole()) == OVERDUE_COLOR
    assert overdue.warning.isVisible() and "à traiter" in overdue.warning.text()
    calm = view.tiles["open"].tile
    assert calm.value_color() != OVERDUE_COLOR
    assert not calm.warning.isVisible()
    # In the table: the row says « en retard » and carries the overdue icon.
    first = view.model.index(0, 5)
    assert first.data(CASE_ROLE).reference == base["overdue"]
    assert first.data().startswith("en retard")
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None


def test_the_on_time_rate(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, base: dict[str, str]
) -> None:
    view = loaded_view(qtbot, gui_ctx, runner)
    # One late (12/03 > 10/03), one on time (20/03 ≤ 03/04).
    assert view.on_time.value.text() == f"50{NBSP}%"
    assert view.on_time.detail.text() == "1 sur 2 réponses"
    assert view.on_time.accessibleName().startswith("Réponses dans les délais sur 12 mois")


def test_an_empty_base(qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner) -> None:
    view = loaded_view(qtbot, gui_ctx, runner)
    assert view.on_time.value.text() == "—"
    assert {t.tile.value.text() for t in view.tiles.values()} == {"0"}
    assert view.empty.isVisible() and not view.table.isVisible()
    assert not view.tiles["overdue"].tile.warning.isVisible()


def test_the_next_ten_deadlines(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, qtmodeltester
) -> None:
    for day in range(1, 13):
        open_request(gui_ctx, name=f"Personne {day:02d}", received_at=received(date(2025, 3, day)))
    view = loaded_view(qtbot, gui_ctx, runner)
    model = view.model
    qtmodeltester.check(model)
    assert model.rowCount() == 10
    shown = [model.index(row, 0).data(CASE_ROLE) for row in range(10)]
    assert [c.due for c in shown] == sorted(c.due for c in shown)
    expected = dashboard.figures(gui_ctx).next_deadlines
    assert [c.reference for c in shown] == [c.reference for c in expected]
    assert model.index(0, 4).data() == "01/04/2025"  # received 01/03
    # Double-click and Enter open the case.
    third = model.index(2, 1)
    rect = view.table.visualRect(third)
    viewport = view.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.case_requested) as emitted:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted.args == [shown[2].reference]
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(4, 0))
    with qtbot.waitSignal(view.case_requested) as emitted:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert emitted.args == [shown[4].reference]


def test_a_later_reload_wins(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, base: dict[str, str]
) -> None:
    view = loaded_view(qtbot, gui_ctx, runner)
    open_request(gui_ctx, name="Nouvelle Personne", received_at=received(date(2025, 2, 21)))
    seen: list[int] = []
    view.loaded.connect(lambda found: seen.append(found.overdue))
    view.reload()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    runner.wait()  # both loads are over on the workers; now both answers reach the view
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert seen == [2]  # the first answer was dropped: only the last reload is shown
    assert view.tiles["overdue"].tile.value.text() == "2"


# -- the alerts panel ---------------------------------------------------------------------


def make_panel(qtbot: QtBot, ctx: ServiceContext, runner: Runner) -> AlertsPanel:
    panel = AlertsPanel(ctx, runner)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_panel_lists_the_alerts_and_counts_them(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, base: dict[str, str], qtmodeltester
) -> None:
    panel = make_panel(qtbot, gui_ctx, runner)
    with qtbot.waitSignal(panel.alerts_changed, timeout=10_000) as emitted:
        panel.refresh()
    expected = dashboard.alerts(gui_ctx)
    assert emitted.args == [len(expected)] == [5]
    qtmodeltester.check(panel.model)
    rows = [
        [panel.model.index(r, c).data() for c in range(panel.model.columnCount())]
        for r in range(panel.model.rowCount())
    ]
    assert [row[0] for row in rows] == [
        "En retard",
        "J-2",
        "Limite de prolongation",
        "J-7",
        "Relance due",
    ]
    assert rows[0][1:4] == [base["overdue"], "Zoé Martin", "20/03/2025"]
    assert rows[0][4].startswith("En retard de 5")
    first = panel.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert panel.checked.text() == f"Vérifiées à 11:00{NBSP}: 5 alerte(s)"
    # Enter on an alert opens its case.
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(4, 2))
    with qtbot.waitSignal(panel.case_requested) as emitted:
        qtbot.keyClick(panel.table, Qt.Key.Key_Enter)
    assert emitted.args == [base["reminder"]]


def test_the_panel_refreshes_on_its_timer(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, clock: Clock, base: dict[str, str]
) -> None:
    panel = make_panel(qtbot, gui_ctx, runner)
    with qtbot.waitSignal(panel.alerts_changed, timeout=10_000) as first:
        panel.start_hourly(timer_interval_ms=100, refresh_now=False)  # nothing called by hand
    assert first.args == [5]
    assert panel.timer is not None and panel.timer.interval() == 100
    # Friday 28/03: the J-2 case is late, the J-7 one at J-4 (no notice alert any more).
    clock.advance(days=3)
    with qtbot.waitSignal(panel.alerts_changed, timeout=10_000, check_params_cb=lambda n: n != 5):
        pass
    kinds = [
        (panel.model.index(r, 0).data(ALERT_ROLE).kind, panel.model.index(r, 1).data())
        for r in range(panel.model.rowCount())
    ]
    assert (AlertKind.OVERDUE, base["j2"]) in kinds
    panel.stop_hourly()
    assert not panel.timer.isActive()


def test_start_hourly_refreshes_at_once_by_default(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    panel = make_panel(qtbot, gui_ctx, runner)
    with qtbot.waitSignal(panel.alerts_changed, timeout=5_000) as emitted:
        panel.start_hourly()
    assert emitted.args == [0]
    assert panel.timer is not None and panel.timer.interval() == 3_600_000
    assert panel.empty.isVisible() and not panel.table.isVisible()
    panel.stop_hourly()


def test_the_alerts_model_alone(qtmodeltester) -> None:
    from oklima_dpo.domain.alerts import WatchedCase, alerts_for
    from oklima_dpo.domain.workflow import Status

    model = AlertsModel()
    today = date(2025, 3, 25)
    watched = [
        WatchedCase("DR-2025-0001", "Zoé Martin", Status.IN_PROGRESS, today, today, False, False),
        WatchedCase(
            "DR-2025-0002",
            "Jean Dupont",
            Status.AWAITING_INFO,
            date(2025, 4, 20),
            date(2025, 4, 20),
            False,
            True,
            date(2025, 3, 1),
        ),
    ]
    model.set_rows(alerts_for(watched, today))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Alerte"
    assert model.index(0, 4).data() == "Échéance le 25/03/2025, aujourd’hui."
    assert model.index(2, 3).data() == "01/03/2025"
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("DR-2025-0002")


def test_results_arriving_after_the_widgets_are_gone_are_dropped(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, base: dict[str, str]
) -> None:
    view = DashboardView(gui_ctx, runner)
    panel = AlertsPanel(gui_ctx, runner)
    view.reload()
    panel.refresh()
    shiboken6.delete(view)
    shiboken6.delete(panel)
    assert not shiboken6.isValid(view) and not shiboken6.isValid(panel)
    runner.wait()
    # Both results are delivered, to nobody, without a crash or a Qt warning.
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)


def test_owners_tasks_late_are_listed_and_open_their_case(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    clock: Clock,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    from oklima_dpo.services.execution import applying, planning

    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("erasure",))
    planned = planning.plan_execution(gui_ctx, reference, "erasure")
    applying.apply_execution(gui_ctx, reference, planned.id)
    view = loaded_view(qtbot, gui_ctx, runner)
    assert view.late_tasks.isHidden()  # on time: nothing to say
    clock.advance(days=13)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    assert view.late_tasks.isVisible() and view.late_tasks.count() == 1
    text = view.late_tasks.item(0).text()
    assert text.startswith(reference) and "«\u00a0Archives papier\u00a0»" in text
    assert "attendue le 04/04/2025, en retard de 3 jours" in text
    view.late_tasks.setCurrentRow(0)
    with qtbot.waitSignal(view.case_requested) as opened:
        view.late_tasks.itemActivated.emit(view.late_tasks.item(0))
    assert opened.args == [reference]
