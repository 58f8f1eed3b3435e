"""The Organisation tab of « Réglages »: the organisation and its DPO as letters print them,
and the logo, read and checked by the settings service on a worker."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.errors import DpoError
from ...services.errors import InvalidInput
from ...services.settings import checks as settings_checks
from ...services.settings.model import Logo, Organisation, Settings
from ..field_problems import FieldProblems
from ..file_dialogs import file_dialog
from ..forms.ui_settings import Ui_SettingsDialog
from ..workers import Runner


class OrganisationPage(QObject):
    """Lives as long as its dialog; ``logo_refused(message)`` when a chosen file cannot be
    the logo (the dialog shows it beside the logo)."""

    logo_refused = Signal(str)

    def __init__(
        self,
        ui: Ui_SettingsDialog,
        runner: Runner,
        problems: FieldProblems,
        dialog: QWidget,
    ) -> None:
        super().__init__(dialog)  # the dialog is this object's parent, never an attribute
        self._ui, self._runner, self._problems = ui, runner, problems
        self._logo: Logo | None = None
        self._logo_box = (0, 0)  # the preview's size, in pixels of the current font
        ui.logoPreview.setText(self.tr("Aucun logo"))
        ui.logoBrowseButton.clicked.connect(self._browse_logo)
        ui.logoRemoveButton.clicked.connect(self._remove_logo)

    def set_sizes(self, line: int) -> None:
        """Text areas and the logo sized in lines of the current font, so they scale with it."""
        ui = self._ui
        for edit in (ui.addressEdit, ui.dpoAddressEdit):
            frame = 2 * edit.frameWidth() + 8
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + frame)
        ui.logoPreview.setMinimumSize(line * 9, line * 4)
        self._logo_box = (line * 9, line * 4)

    def fill(self, organisation: Organisation) -> None:
        ui, org = self._ui, organisation
        ui.nameEdit.setText(org.name)
        ui.addressEdit.setPlainText(org.address)
        ui.registrationEdit.setText(org.registration)
        ui.dpoNameEdit.setText(org.dpo_name)
        ui.dpoEmailEdit.setText(org.dpo_email)
        ui.dpoPhoneEdit.setText(org.dpo_phone)
        ui.dpoAddressEdit.setPlainText(org.dpo_address)
        self._set_logo(Logo(org.logo, org.logo_type) if org.logo else None)

    def typed(self, settings: Settings) -> Settings:
        """``settings`` with this page's fields, as typed: the service checks and tidies them."""
        ui, logo = self._ui, self._logo
        return replace(
            settings,
            organisation=Organisation(
                name=ui.nameEdit.text(),
                address=ui.addressEdit.toPlainText(),
                registration=ui.registrationEdit.text(),
                dpo_name=ui.dpoNameEdit.text(),
                dpo_email=ui.dpoEmailEdit.text(),
                dpo_phone=ui.dpoPhoneEdit.text(),
                dpo_address=ui.dpoAddressEdit.toPlainText(),
                logo=logo.data if logo else None,
                logo_type=logo.mime_type if logo else "",
            ),
        )

    # -- the logo -----------------------------------------------------------------------------

    def _browse_logo(self) -> None:
        dialog = file_dialog(
            self._window(), self.tr("Logo de l’organisation"), QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilters(
            [self.tr("Images (*.png *.jpg *.jpeg *.svg)"), self.tr("Tous les fichiers (*)")]
        )
        dialog.fileSelected.connect(self._logo_chosen)
        dialog.open()

    def _logo_chosen(self, path: str) -> None:
        if not path:
            return
        self._problems.clear("organisation.logo")
        chosen = Path(path)
        self._runner.submit(
            lambda: settings_checks.read_logo(chosen), self._logo_read, self._logo_failed
        )

    def _logo_read(self, logo: Logo) -> None:
        if shiboken6.isValid(self):
            self._set_logo(logo)

    def _logo_failed(self, error: DpoError) -> None:
        if not shiboken6.isValid(self):
            return
        problems = error.problems if isinstance(error, InvalidInput) else {}
        self.logo_refused.emit(problems.get("organisation.logo", str(error)))

    def _remove_logo(self) -> None:
        self._problems.clear("organisation.logo")
        self._set_logo(None)

    def _set_logo(self, logo: Logo | None) -> None:
        self._logo = logo
        preview = self._ui.logoPreview
        self._ui.logoRemoveButton.setEnabled(logo is not None)
        if logo is None:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("Aucun logo"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(QByteArray(logo.data)):
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("Aperçu impossible"))
            return
        width, height = self._logo_box
        preview.setPixmap(
            pixmap.scaled(
                width,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window
