"""« Réglages » › Conservation: the purge delay of gathered data and the suppression period."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from oklima_dpo.gui.dialogs.settings import SettingsDialog
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.settings import keys as settings_keys
from oklima_dpo.services.settings import model as settings_model


@pytest.fixture
def dialog(qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner) -> Iterator[SettingsDialog]:
    shown = SettingsDialog(gui_ctx, runner)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.ui.tabs.isEnabled())
    yield shown


def retype_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_defaults_are_shown_on_the_keeping_page(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert ui.gatheredDataSpin.value() == 30 and ui.gatheredDataSpin.suffix() == " jours"
    assert ui.suppressionSpin.value() == 3 and ui.suppressionSpin.suffix() == " ans"
    assert ui.keepingTabContent.isAncestorOf(ui.gatheredDataSpin)
    assert ui.keepingTabContent.isAncestorOf(ui.suppressionSpin)
    assert ui.gatheredDataLabel.buddy() is ui.gatheredDataSpin


def test_the_two_periods_are_stored_and_journaled(
    qtbot: QtBot, dialog: SettingsDialog, gui_ctx: ServiceContext
) -> None:
    ui = dialog.ui
    ui.tabs.setCurrentIndex(2)
    retype_number(qtbot, ui.gatheredDataSpin, 45)
    retype_number(qtbot, ui.suppressionSpin, 4)
    with qtbot.waitSignal(dialog.saved) as saved:
        save(qtbot, dialog)
    assert set(saved.args[0].changed_keys) == {
        settings_keys.GATHERED_DATA_DAYS,
        settings_keys.SUPPRESSION_YEARS,
    }
    stored = settings_model.get_settings(gui_ctx)
    assert (stored.gathered_data_days, stored.suppression_years) == (45, 4)


def test_a_refused_period_is_shown_beside_its_field(
    qtbot: QtBot, dialog: SettingsDialog, gui_ctx: ServiceContext
) -> None:
    ui = dialog.ui
    ui.tabs.setCurrentIndex(0)
    ui.suppressionSpin.setMaximum(50)  # the service's bounds are what counts
    retype_number(qtbot, ui.suppressionSpin, 20)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.suppressionError.isVisible())
    assert ui.suppressionError.text() == (
        "Liste d’opposition à la prospection (en années)\u00a0: de 1 à 10."
    )
    assert ui.tabs.currentWidget() is ui.keepingTab and ui.suppressionSpin.hasFocus()
    assert not ui.gatheredDataError.isVisible()
    assert settings_model.get_settings(gui_ctx).suppression_years == 3
