"""Windows and dialogs made of parts are freed as soon as their last reference goes.

A reference cycle through a widget (a part keeping its parent in an attribute, a callback of
the parent stored in a part) leaves the widget to Python's cycle collector, which may run on a
worker thread in the middle of a service: a Qt object deleted there crashes the program. Each
part knows its window only as its Qt parent, and tells it things by signals.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.gui.dialogs.new_request import NewRequestDialog
from oklima_dpo.gui.dialogs.settings import SettingsDialog
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.views.register_view import RegisterView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext

from ..services.helpers import open_request


@pytest.fixture
def no_collector() -> Iterator[None]:
    """Only reference counting frees objects while the test runs."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def freed_when_dropped(
    qtbot: QtBot,
    runner: Runner,
    make: Callable[[], QWidget],
    ready: Callable[[QWidget], bool],
) -> bool:
    held = [make()]  # the one reference to it
    held[0].show()
    qtbot.waitUntil(lambda: ready(held[0]), timeout=10_000)
    runner.wait()
    qtbot.wait(1)  # the results of its workers handed over: they hold it until then
    probe = QLabel(held[0])  # deleted with the widget
    held[0].hide()
    held.clear()
    return not shiboken6.isValid(probe)


@pytest.mark.usefixtures("no_collector")
def test_a_case_view_and_its_tabs(qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner) -> None:
    reference = open_request(gui_ctx)

    def sources() -> tuple[Catalogue, Register]:
        raise AssertionError("the tabs read the sources only once shown")

    def make() -> CaseView:
        return CaseView(gui_ctx, runner, reference, load_sources=sources)

    assert freed_when_dropped(qtbot, runner, make, lambda view: view.detail is not None)


@pytest.mark.usefixtures("no_collector")
def test_the_settings_dialog_and_its_pages(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    def make() -> SettingsDialog:
        return SettingsDialog(gui_ctx, runner)

    assert freed_when_dropped(qtbot, runner, make, lambda dialog: dialog.ui.tabs.isEnabled())


@pytest.mark.usefixtures("no_collector")
def test_the_new_request_dialog_and_its_files(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    def make() -> NewRequestDialog:
        return NewRequestDialog(gui_ctx, runner)

    assert freed_when_dropped(qtbot, runner, make, lambda dialog: dialog.isVisible())


@pytest.mark.usefixtures("no_collector")
def test_the_register_page_and_its_words(qtbot: QtBot, runner: Runner) -> None:
    def make() -> RegisterView:
        return RegisterView(runner)

    assert freed_when_dropped(qtbot, runner, make, lambda view: view.model.register is not None)
