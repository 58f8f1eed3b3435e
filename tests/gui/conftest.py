"""GUI fixtures: a case base on SQLite with a settable clock, the worker runner, the main
window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from oklima_dpo.app import build_main_window
from oklima_dpo.demo import cases as demo
from oklima_dpo.gui.main_window import MainWindow
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store

from ..conftest import Clock, fill_organisation, use_estate_catalogue


@pytest.fixture
def gui_ctx(
    tmp_path: Path, clock: Clock, request: pytest.FixtureRequest
) -> Iterator[ServiceContext]:
    """A new SQLite case base; "now" is Tuesday 25/03/2025 10:00 UTC unless moved; the demo
    estate's catalogue in use when the test uses it."""
    store = open_store(parse_target(tmp_path / "cases.sqlite"))
    made = ServiceContext(store, "dpo.test", tmp_path / "documents", clock=clock)
    use_estate_catalogue(made, request)
    if request.node.get_closest_marker("unconfigured") is None:
        fill_organisation(made)
    yield made
    store.dispose()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    made = Runner()
    yield made
    made.wait()
    qtbot.wait(1)  # deliver what the last tasks queued


@pytest.fixture
def window(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, tmp_path: Path
) -> Iterator[MainWindow]:
    """The main window on 60 demo requests, shown at 1366×768, its queue and dashboard read."""
    demo.fill_demo(gui_ctx, cases=60, seed=5)
    settings = QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat)
    made = build_main_window(gui_ctx, runner, settings)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitUntil(made.ready, timeout=10_000)
    qtbot.waitUntil(lambda: made.dashboard.figures is not None, timeout=20_000)
    yield made
    for case_window in made.case_windows().values():
        case_window.close()
