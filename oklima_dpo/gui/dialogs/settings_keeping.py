"""The Conservation tab of « Réglages »: how long closed cases, the journal, the gathered data
and the suppression list are kept, and the folder where what leaves the program is written."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QFileDialog, QSpinBox, QWidget

from ...services.settings.model import Settings
from ..field_problems import FieldProblems
from ..file_dialogs import file_dialog
from ..forms.ui_settings import Ui_SettingsDialog


def show_unit(spin: QSpinBox, one: str, many: str) -> None:
    """The spin box's unit for its value: French says « 1 an », « 2 ans »."""
    spin.setSuffix(one if spin.value() <= 1 else many)


class KeepingPage(QObject):
    """Lives as long as its dialog; an empty export folder means the program's own."""

    def __init__(
        self,
        ui: Ui_SettingsDialog,
        problems: FieldProblems,
        default_export_folder: str,
        dialog: QWidget,
    ) -> None:
        super().__init__(dialog)  # the dialog is this object's parent, never an attribute
        self._ui, self._problems = ui, problems
        self._default_export_folder = default_export_folder
        if default_export_folder:
            native = QDir.toNativeSeparators(default_export_folder)
            ui.exportFolderEdit.setPlaceholderText(native)
            ui.exportFolderNote.setText(
                self.tr("Vide : le dossier par défaut du programme, %1.").replace("%1", native)
            )
        else:
            ui.exportFolderNote.setText(self.tr("Vide : le dossier par défaut du programme."))
        ui.exportBrowseButton.clicked.connect(self._browse_export_folder)
        for spin, one, many in (
            (ui.closedRetentionSpin, self.tr(" an"), self.tr(" ans")),
            (ui.journalRetentionSpin, self.tr(" an"), self.tr(" ans")),
            (ui.gatheredDataSpin, self.tr(" jour"), self.tr(" jours")),
            (ui.suppressionSpin, self.tr(" an"), self.tr(" ans")),
        ):
            spin.valueChanged.connect(lambda _value, s=spin, a=one, b=many: show_unit(s, a, b))
            show_unit(spin, one, many)

    def fill(self, settings: Settings) -> None:
        ui = self._ui
        ui.closedRetentionSpin.setValue(settings.closed_case_retention_years)
        ui.journalRetentionSpin.setValue(settings.journal_retention_years)
        ui.gatheredDataSpin.setValue(settings.gathered_data_days)
        ui.suppressionSpin.setValue(settings.suppression_years)
        ui.exportFolderEdit.setText(QDir.toNativeSeparators(settings.export_folder))

    def typed(self, settings: Settings) -> Settings:
        """``settings`` with this page's values, as typed: the service checks them."""
        ui = self._ui
        return replace(
            settings,
            closed_case_retention_years=ui.closedRetentionSpin.value(),
            journal_retention_years=ui.journalRetentionSpin.value(),
            gathered_data_days=ui.gatheredDataSpin.value(),
            suppression_years=ui.suppressionSpin.value(),
            export_folder=QDir.fromNativeSeparators(ui.exportFolderEdit.text().strip())
            if ui.exportFolderEdit.text().strip()
            else "",
        )

    def _browse_export_folder(self) -> None:
        typed = QDir.fromNativeSeparators(self._ui.exportFolderEdit.text().strip())
        dialog = file_dialog(
            self._window(),
            self.tr("Dossier d’export"),
            QFileDialog.FileMode.Directory,
            typed or self._default_export_folder,
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self._export_folder_chosen)
        dialog.open()

    def _export_folder_chosen(self, folder: str) -> None:
        if folder:
            self._ui.exportFolderEdit.setText(QDir.toNativeSeparators(folder))
            self._problems.clear("export_folder")

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window
