"""« Réglages »: typed, checked by the service, stored; re-dated cases listed; example dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.deadlines import Calendar, ExtensionReading
from oklima_dpo.domain.french import PARIS
from oklima_dpo.gui.dialogs.settings import SettingsDialog
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.settings import keys as settings_keys
from oklima_dpo.services.settings import model as settings_model

from ..conftest import Clock
from ..services.helpers import open_request

# The dialog as first opened on a new case base, before anyone saved the settings.
pytestmark = pytest.mark.unconfigured


@pytest.fixture
def dialog(qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner) -> Iterator[SettingsDialog]:
    shown = SettingsDialog(gui_ctx, runner)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.ui.tabs.isEnabled())  # loaded through the runner
    yield shown


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def retype_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_stored_settings_are_shown(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert ui.nameEdit.text() == "OKLIMA"
    assert "Neuilly-sur-Seine" in ui.addressEdit.toPlainText()
    assert ui.calendarCombo.currentData() == Calendar.NATIONAL.value
    assert ui.suspensionCheck.isChecked()
    assert ui.readingReceiptRadio.isChecked() and not ui.readingCarefulRadio.isChecked()
    assert ui.reminderSpin.value() == 15 and ui.reminderSpin.suffix() == " jours"
    assert ui.closedRetentionSpin.value() == 5 and ui.closedRetentionSpin.suffix() == " ans"
    assert ui.journalRetentionSpin.value() == 6 and ui.journalRetentionSpin.suffix() == " ans"
    assert ui.logoPreview.text() == "Aucun logo" and not ui.logoRemoveButton.isEnabled()


def test_typing_and_saving_stores_the_values(
    qtbot: QtBot, dialog: SettingsDialog, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    ui = dialog.ui
    retype(qtbot, ui.nameEdit, "OKLIMA SAS")
    retype(qtbot, ui.registrationEdit, "RCS Nanterre 000 000 000")
    retype(qtbot, ui.dpoNameEdit, "Camille Exemple")
    retype(qtbot, ui.dpoEmailEdit, "DPO@Exemple.fr")
    retype(qtbot, ui.dpoPhoneEdit, "01 23 45 67 89")
    qtbot.keyClicks(ui.dpoAddressEdit, "Service DPO")
    ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(ui.suspensionCheck, Qt.MouseButton.LeftButton)
    ui.readingCarefulRadio.setFocus()
    qtbot.keyClick(ui.readingCarefulRadio, Qt.Key.Key_Space)
    retype_number(qtbot, ui.reminderSpin, 21)
    ui.tabs.setCurrentIndex(2)
    retype_number(qtbot, ui.closedRetentionSpin, 6)
    retype_number(qtbot, ui.journalRetentionSpin, 8)
    retype(qtbot, ui.exportFolderEdit, str(tmp_path))
    (tmp_path / "partage").mkdir()
    retype(qtbot, ui.backupFolderEdit, str(tmp_path / "partage"))
    retype_number(qtbot, ui.backupKeepSpin, 60)
    retype_number(qtbot, ui.backupWarnSpin, 2)
    assert ui.backupWarnSpin.suffix() == " jours"
    with qtbot.waitSignal(dialog.saved) as saved:
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings_keys.REMINDER_DAYS in saved.args[0].changed_keys
    stored = settings_model.get_settings(gui_ctx)
    org = stored.organisation
    assert (org.name, org.registration, org.dpo_name) == (
        "OKLIMA SAS",
        "RCS Nanterre 000 000 000",
        "Camille Exemple",
    )
    assert org.dpo_email == "dpo@exemple.fr" and org.dpo_phone == "01 23 45 67 89"
    assert org.dpo_address == "Service DPO"
    assert not stored.policy.suspension_enabled
    assert stored.policy.extension_reading is ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS
    assert stored.reminder_days == 21
    assert (stored.closed_case_retention_years, stored.journal_retention_years) == (6, 8)
    assert Path(stored.export_folder) == tmp_path
    assert Path(stored.backup_folder) == tmp_path / "partage"
    assert (stored.backup_keep, stored.backup_warn_days) == (60, 2)


def test_an_invalid_email_is_shown_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, dialog: SettingsDialog, gui_ctx: ServiceContext
) -> None:
    ui = dialog.ui
    retype(qtbot, ui.dpoNameEdit, "Camille Exemple")
    retype(qtbot, ui.dpoEmailEdit, "dpo@@exemple")
    ui.tabs.setCurrentIndex(2)  # the error brings its tab back
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.dpoEmailError.isVisible())
    assert "dpo@@exemple" in ui.dpoEmailError.text()
    assert ui.dpoEmailEdit.accessibleDescription() == ui.dpoEmailError.text()
    assert ui.tabs.currentWidget() is ui.organisationTab
    assert ui.dpoEmailEdit.hasFocus()
    assert "Rien n’a été enregistré" in ui.generalError.text()
    assert not ui.nameError.isVisible()
    assert dialog.isVisible()
    # Nothing typed is lost, nothing stored.
    assert ui.dpoNameEdit.text() == "Camille Exemple"
    assert ui.dpoEmailEdit.text() == "dpo@@exemple"
    assert settings_model.get_settings(gui_ctx) == settings_model.Settings()
    # Corrected, it saves; the error goes.
    retype(qtbot, ui.dpoEmailEdit, "dpo@exemple.fr")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert settings_model.get_settings(gui_ctx).organisation.dpo_email == "dpo@exemple.fr"


def test_switching_the_calendar_shows_the_redated_case(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, clock: Clock
) -> None:
    clock.now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    reference = open_request(gui_ctx, received_at=datetime(2025, 11, 25, 10, 0, tzinfo=PARIS))
    dialog = SettingsDialog(gui_ctx, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.tabs.isEnabled())
    ui = dialog.ui
    ui.tabs.setCurrentIndex(1)
    ui.calendarCombo.setFocus()
    qtbot.keyClick(ui.calendarCombo, Qt.Key.Key_Down)
    assert ui.calendarCombo.currentData() == Calendar.ALSACE_MOSELLE.value
    with qtbot.waitSignal(dialog.saved) as saved:
        save(qtbot, dialog)
    [moved] = saved.args[0].redated
    assert (moved.old_due, moved.new_due) == (date(2025, 12, 26), date(2025, 12, 29))
    box = dialog.findChild(QMessageBox, "redatedMessage")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert f"{reference} (Élodie Le Gall)\u00a0: 26/12/2025 → 29/12/2025" in box.text()
    assert dialog.isVisible()  # until the list is read
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings_model.get_settings(gui_ctx).policy.calendar is Calendar.ALSACE_MOSELLE


def test_the_dates_each_choice_gives_are_shown(
    qtbot: QtBot, dialog: SettingsDialog, clock: Clock
) -> None:
    ui = dialog.ui
    assert clock.now.year == 2025
    # The extension readings, for a request received on 31/01/2025.
    assert "échéance prolongée le 30/04/2025" in ui.readingReceiptExample.text()
    assert "échéance prolongée le 28/04/2025" in ui.readingCarefulExample.text()
    assert "28/02/2025" in ui.readingCarefulExample.text()  # the first deadline, said
    # The holidays that differ, beside the calendar.
    assert "Vendredi saint (18/04/2025)" in ui.calendarNote.text()
    assert "Saint-Étienne (26/12/2025)" in ui.calendarNote.text()
    # Suspension on and off (LEGAL.md's example), and the reminder as the delay changes.
    assert "échéance le 18/04/2025 (sans suspension\u00a0: 10/04/2025)" in (
        ui.suspensionExample.text()
    )
    assert "relance le 27/03/2025" in ui.reminderNote.text()
    retype_number(qtbot, ui.reminderSpin, 10)
    assert "relance le 22/03/2025" in ui.reminderNote.text()


def _png(path: Path) -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(path), "PNG")
    return path


def _choose_in_file_dialog(qtbot: QtBot, dialog: SettingsDialog, path: Path) -> None:
    chooser = dialog.findChild(QFileDialog, "fileDialog")
    assert chooser is not None and chooser.isVisible()
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.selectFile(str(path))
    chooser.accept()


def test_a_logo_is_chosen_previewed_removed_and_stored(
    qtbot: QtBot, dialog: SettingsDialog, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    ui = dialog.ui
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("pas une image", encoding="utf-8")
    qtbot.mouseClick(ui.logoBrowseButton, Qt.MouseButton.LeftButton)
    _choose_in_file_dialog(qtbot, dialog, not_an_image)
    qtbot.waitUntil(lambda: ui.logoError.isVisible())
    assert "PNG, JPEG ou SVG" in ui.logoError.text()
    assert ui.logoPreview.text() == "Aucun logo"

    qtbot.mouseClick(ui.logoBrowseButton, Qt.MouseButton.LeftButton)
    _choose_in_file_dialog(qtbot, dialog, _png(tmp_path / "oklima.png"))
    qtbot.waitUntil(lambda: not ui.logoPreview.pixmap().isNull())
    assert not ui.logoError.isVisible()
    assert ui.logoRemoveButton.isEnabled()
    qtbot.mouseClick(ui.logoRemoveButton, Qt.MouseButton.LeftButton)
    assert ui.logoPreview.pixmap().isNull() and ui.logoPreview.text() == "Aucun logo"

    qtbot.mouseClick(ui.logoBrowseButton, Qt.MouseButton.LeftButton)
    _choose_in_file_dialog(qtbot, dialog, tmp_path / "oklima.png")
    qtbot.waitUntil(lambda: not ui.logoPreview.pixmap().isNull())
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    org = settings_model.get_settings(gui_ctx).organisation
    assert org.logo == (tmp_path / "oklima.png").read_bytes()
    assert org.logo_type == "image/png"


def test_the_export_folder_is_chosen_in_a_folder_dialog(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.ui.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.ui.exportBrowseButton, Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "fileDialog")
    assert chooser is not None
    assert chooser.fileMode() == QFileDialog.FileMode.Directory
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(str(folder))
    chooser.accept()
    assert Path(dialog.ui.exportFolderEdit.text()) == folder


def test_cancel_stores_nothing(
    qtbot: QtBot, dialog: SettingsDialog, gui_ctx: ServiceContext
) -> None:
    retype(qtbot, dialog.ui.nameEdit, "Autre nom")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert settings_model.get_settings(gui_ctx).organisation.name == "OKLIMA"


def test_every_input_and_button_has_an_accessible_name_and_labels_have_buddies(
    dialog: SettingsDialog,
) -> None:
    kinds = (QLineEdit, QPlainTextEdit, QSpinBox, QComboBox, QAbstractButton)
    inputs: list[QWidget] = [
        w
        for kind in kinds
        for w in dialog.ui.tabs.findChildren(kind)
        if w.objectName() and not w.objectName().startswith("qt_")
    ]
    assert len(inputs) >= 17
    unnamed = [w.objectName() for w in inputs if not w.accessibleName()]
    assert unnamed == []
    save_button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save_button.text() == "&Enregistrer" and save_button.isDefault()
    assert dialog.ui.dpoEmailLabel.buddy() is dialog.ui.dpoEmailEdit
    assert dialog.ui.reminderLabel.buddy() is dialog.ui.reminderSpin
