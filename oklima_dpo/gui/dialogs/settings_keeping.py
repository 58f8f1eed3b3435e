"""The Conservation tab of « Réglages »: how long closed cases, the journal, the gathered data
and the suppression list are kept, the folder where what leaves the program is written, and
the backups (their folder, how many are kept, when the dashboard warns)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QFileDialog, QLineEdit, QSpinBox, QWidget

from ...services.settings.model import Settings
from ..field_problems import FieldProblems
from ..file_dialogs import file_dialog
from ..forms.ui_settings import Ui_SettingsDialog


def _folder(typed: str) -> str:
    """A folder as typed, in the program's separators; empty: the program's default."""
    return QDir.fromNativeSeparators(typed.strip()) if typed.strip() else ""


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
        ui.backupBrowseButton.clicked.connect(self._browse_backup_folder)
        for spin, one, many in (
            (ui.closedRetentionSpin, self.tr(" an"), self.tr(" ans")),
            (ui.journalRetentionSpin, self.tr(" an"), self.tr(" ans")),
            (ui.gatheredDataSpin, self.tr(" jour"), self.tr(" jours")),
            (ui.suppressionSpin, self.tr(" an"), self.tr(" ans")),
            (ui.backupKeepSpin, self.tr(" sauvegarde"), self.tr(" sauvegardes")),
            (ui.backupWarnSpin, self.tr(" jour"), self.tr(" jours")),
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
        ui.backupFolderEdit.setText(QDir.toNativeSeparators(settings.backup_folder))
        ui.backupKeepSpin.setValue(settings.backup_keep)
        ui.backupWarnSpin.setValue(settings.backup_warn_days)

    def typed(self, settings: Settings) -> Settings:
        """``settings`` with this page's values, as typed: the service checks them."""
        ui = self._ui
        return replace(
            settings,
            closed_case_retention_years=ui.closedRetentionSpin.value(),
            journal_retention_years=ui.journalRetentionSpin.value(),
            gathered_data_days=ui.gatheredDataSpin.value(),
            suppression_years=ui.suppressionSpin.value(),
            export_folder=_folder(ui.exportFolderEdit.text()),
            backup_folder=_folder(ui.backupFolderEdit.text()),
            backup_keep=ui.backupKeepSpin.value(),
            backup_warn_days=ui.backupWarnSpin.value(),
        )

    def _browse_export_folder(self) -> None:
        self._browse(
            self.tr("Dossier d’export"),
            self._ui.exportFolderEdit,
            "export_folder",
            self._default_export_folder,
        )

    def _browse_backup_folder(self) -> None:
        self._browse(self.tr("Dossier des sauvegardes"), self._ui.backupFolderEdit, "backup_folder")

    def _browse(self, title: str, edit: QLineEdit, problem: str, default: str = "") -> None:
        typed = _folder(edit.text())
        dialog = file_dialog(
            self._window(), title, QFileDialog.FileMode.Directory, typed or default
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(lambda folder: self._chosen(folder, edit, problem))
        dialog.open()

    def _chosen(self, folder: str, edit: QLineEdit, problem: str) -> None:
        if folder:
            edit.setText(QDir.toNativeSeparators(folder))
            self._problems.clear(problem)

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window
