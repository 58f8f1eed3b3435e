"""Start-up builds the queue alone: the other pages come when first needed, and the work
that follows the first queue waits until it is on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from oklima_dpo.app import build_main_window
from oklima_dpo.demo import cases as demo
from oklima_dpo.gui.main_pages import DASHBOARD, JOURNAL, QUEUE, REGISTER
from oklima_dpo.gui.paint_watch import after_paint
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext


def test_then_runs_at_once_for_a_hidden_widget(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    called: list[int] = []
    after_paint(widget, lambda: called.append(1))
    assert called == [1]


def test_then_runs_after_the_next_paint(qtbot: QtBot) -> None:
    label = QLabel("file")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    called: list[int] = []
    before = set(label.children())
    after_paint(label, lambda: called.append(1))
    (watch,) = [child for child in label.children() if child not in before]
    assert called == []
    # Once: after calling, the watch deletes itself, and its fallback timer goes with it.
    with qtbot.waitSignal(watch.destroyed, timeout=5_000):
        label.setText("file des demandes")  # a repaint
    assert called == [1]


def test_pages_are_built_when_first_needed(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, tmp_path: Path
) -> None:
    demo.fill_demo(gui_ctx, cases=10, seed=3)
    settings = QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat)
    window = build_main_window(gui_ctx, runner, settings)
    qtbot.addWidget(window)
    stand_ins = [window.pages.widget(n) for n in (DASHBOARD, REGISTER, JOURNAL)]
    assert window.pages.currentWidget() is window.queue
    assert window.pages.widget(QUEUE) is window.queue
    window.show_page(REGISTER)
    assert window.pages.currentWidget() is window.register
    assert window.pages.widget(REGISTER) is window.register
    assert window.pages.count() == 5  # tableau de bord, demandes, registre, journal, sources
    window.show_page(JOURNAL)
    assert window.pages.currentWidget() is window.journal
    dashboard = window.dashboard  # built without being shown: the current page stays
    assert window.pages.currentWidget() is window.journal
    assert window.pages.widget(DASHBOARD) is dashboard
    assert not any(window.pages.indexOf(w) >= 0 for w in stand_ins)
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=20_000)
