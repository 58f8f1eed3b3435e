"""The main window as the DPO uses it: pages, shortcuts, a new request typed at the keyboard
reaching the queue, a case changed in its window updating the queue, dashboard figures that
open the queue on the same cases, and the layout remembered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from oklima_dpo.app import build_main_window
from oklima_dpo.gui.dialogs.new_request import NewRequestDialog
from oklima_dpo.gui.main_window import MainWindow
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import dashboard
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def queue_refs(window: MainWindow) -> set[str]:
    model = window.queue.model
    return {model.row_at(row).reference for row in range(model.rowCount())}


def test_pages_by_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.queue  # the DPO's work first
    for number, page in enumerate(
        (window.dashboard, window.queue, window.register, window.journal), start=1
    ):
        qtbot.keyClick(window, getattr(Key, f"Key_{number}"), CTRL)
        assert window.pages.currentWidget() is page
        assert window.page_actions[number - 1].isChecked()
    assert "cases.sqlite" in window.case_base_label.text()


def test_a_request_typed_at_the_keyboard_reaches_the_queue(
    qtbot: QtBot, window: MainWindow, gui_ctx: ServiceContext
) -> None:
    qtbot.keyClick(window, Key.Key_N, CTRL)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, NewRequestDialog) and w.isVisible()
    )
    ui = dialog.ui
    qtbot.keyClicks(ui.name, "Gaspard Lemoine")
    qtbot.keyClicks(ui.emails, "gaspard.lemoine@exemple.fr")
    qtbot.keyClick(ui.right_access, Key.Key_Space)
    qtbot.keyClicks(ui.channel, "E")
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        qtbot.keyClick(ui.name, Key.Key_Return)
    [created] = case_queue.list_cases(gui_ctx, CaseFilter(text="Lemoine"))
    qtbot.waitUntil(lambda: created.reference in queue_refs(window), timeout=10_000)
    row = window.queue.model.row_of(created.reference)
    assert row is not None
    assert window.queue.model.index(row, 4).data() == "25/04/2025"  # received 25/03/2025
    # …and its case window opened.
    qtbot.waitUntil(lambda: created.reference in window.case_windows(), timeout=10_000)


def test_asking_for_information_in_a_case_window_shows_in_the_queue(
    qtbot: QtBot, window: MainWindow
) -> None:
    model = window.queue.model
    row = next(
        r
        for r in range(model.rowCount())
        if not model.row_at(r).clock_stopped
        and model.row_at(r).status.value in ("received", "in_progress")
    )
    reference = model.row_at(row).reference
    window.open_case(reference)
    view = window.case_windows()[reference].view
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    qtbot.mouseClick(view.actions["request_info"], Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def suspended_in_queue() -> bool:
        at = window.queue.model.row_of(reference)
        return at is not None and window.queue.model.index(at, 5).data() == "suspendu"

    qtbot.waitUntil(suspended_in_queue, timeout=10_000)


def test_each_dashboard_figure_opens_the_queue_on_the_same_cases(
    qtbot: QtBot, window: MainWindow, gui_ctx: ServiceContext
) -> None:
    for key, wanted in dashboard.FIGURE_FILTERS.items():
        window.show_page(0)
        tile = window.dashboard.tiles[key]
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.queue
        qtbot.waitUntil(
            lambda w=wanted: (
                queue_refs(window) == {c.reference for c in case_queue.list_cases(gui_ctx, w)}
            ),
            timeout=10_000,
        )
        assert int(tile.tile.value.text()) == len(queue_refs(window)), key


def test_the_layout_is_remembered(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, tmp_path: Path
) -> None:
    path = str(tmp_path / "layout.ini")
    first = build_main_window(gui_ctx, runner, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.resize(1100, 700)
    first.show()
    qtbot.waitUntil(first.ready, timeout=10_000)
    # At first start the alerts are a strip below the pages, not half of them.
    qtbot.waitUntil(lambda: first.alerts_dock.height() > 0)
    assert first.alerts_dock.height() <= first.height() * 0.3
    assert first.pages.height() >= first.height() * 0.5
    first.queue.table.setColumnWidth(1, 333)
    first.alerts_dock.toggleViewAction().trigger()  # hidden by the DPO
    first.close()
    second = build_main_window(gui_ctx, runner, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1100, 700)
    assert second.queue.table.columnWidth(1) == 333
    second.show()
    assert not second.alerts_dock.isVisible()  # remembered


def test_alerts_are_counted_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, gui_ctx: ServiceContext
) -> None:
    expected = len(dashboard.alerts(gui_ctx))
    assert expected > 0
    qtbot.waitUntil(lambda: window.alerts_button.text().startswith(str(expected)), timeout=10_000)


def test_every_menu_action_has_a_shortcut_or_a_mnemonic(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_settings_open_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.settings_action.trigger()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert any(type(d).__name__ == "SettingsDialog" for d in dialogs)
    for dialog in dialogs:
        dialog.close()


def test_the_queue_model_cells(window: MainWindow) -> None:
    model = window.queue.model
    case = model.row_at(0)
    assert model.index(0, 3).data() == f"{case.received_on:%d/%m/%Y}"
    assert isinstance(case.received_on, date)


def test_the_demo_says_so_plainly(qtbot: QtBot, window: MainWindow) -> None:
    window.mark_demo()
    assert window.windowTitle() == "OKLIMA DPO — DÉMONSTRATION (personnes fictives)"
    assert window.demo_label.isVisible()
    assert window.demo_label.text() == "Démonstration\u00a0: personnes fictives, rien n’est réel"
