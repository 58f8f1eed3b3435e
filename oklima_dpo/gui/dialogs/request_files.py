"""The part of « Nouvelle demande » that deals with files: a representative's mandate and the
files received with the request, chosen in Qt's file dialog (which remembers the last folder),
listed, and removed with « Retirer » or Suppr."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from ..file_dialogs import file_dialog
from ..forms.ui_new_request import Ui_NewRequestDialog
from ..models.attachments_model import AttachmentsModel


class RequestFiles(QObject):
    """Lives as long as its dialog; ``attachments_model`` holds the files received."""

    def __init__(self, ui: Ui_NewRequestDialog, dialog: QWidget) -> None:
        super().__init__(dialog)  # the dialog is this object's parent, never an attribute
        self._ui = ui
        self._last_folder = QDir.homePath()
        self.attachments_model = AttachmentsModel(dialog)
        ui.attachments.setModel(self.attachments_model)
        ui.representative.toggled.connect(self.set_representative_enabled)
        ui.mandateBrowse.clicked.connect(self._browse_mandate)
        ui.addAttachment.clicked.connect(self._browse_attachments)
        ui.removeAttachment.clicked.connect(self._remove_attachments)
        ui.attachments.selectionModel().selectionChanged.connect(self.update_remove_button)
        self.attachments_model.rowsRemoved.connect(self.update_remove_button)
        remove = QAction(self.tr("Retirer"), ui.attachments)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._remove_attachments)
        ui.attachments.addAction(remove)

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(self.attachments_model.paths)

    def set_representative_enabled(self, enabled: bool) -> None:
        """The representative's name and mandate, typed only for a request made by one."""
        ui = self._ui
        for widget in (
            ui.representativeNameLabel,
            ui.representativeName,
            ui.mandateFileLabel,
            ui.mandateFile,
            ui.mandateBrowse,
            ui.mandateNoteLabel,
            ui.mandateNote,
        ):
            widget.setEnabled(enabled)

    def _file_dialog(self, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
        dialog = file_dialog(self._window(), title, mode, self._last_folder)
        dialog.setNameFilters(
            [
                self.tr(
                    "Documents (*.pdf *.eml *.msg *.txt *.jpg *.jpeg *.png *.tif *.odt *.docx)"
                ),
                self.tr("Tous les fichiers (*)"),
            ]
        )
        dialog.directoryEntered.connect(self._remember_folder)
        return dialog

    def _remember_folder(self, folder: str) -> None:
        self._last_folder = folder

    def _browse_mandate(self) -> None:
        dialog = self._file_dialog(self.tr("Fichier du mandat"), QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._mandate_chosen)
        dialog.open()

    def _mandate_chosen(self, path: str) -> None:
        self._last_folder = str(Path(path).parent)
        self._ui.mandateFile.setText(QDir.toNativeSeparators(path))
        self._ui.mandateFile.setFocus()

    def _browse_attachments(self) -> None:
        dialog = self._file_dialog(self.tr("Pièces reçues"), QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self._attachments_chosen)
        dialog.open()

    def _attachments_chosen(self, paths: list[str]) -> None:
        if paths:
            self._last_folder = str(Path(paths[0]).parent)
            self.attachments_model.add([Path(p) for p in paths])
            last = self.attachments_model.index(self.attachments_model.rowCount() - 1)
            self._ui.attachments.setCurrentIndex(last)
            self._ui.attachments.setFocus()

    def _remove_attachments(self) -> None:
        rows = [index.row() for index in self._ui.attachments.selectionModel().selectedRows()]
        self.attachments_model.remove(rows)
        remaining = self.attachments_model.rowCount()
        if remaining:
            index = self.attachments_model.index(min(min(rows, default=0), remaining - 1))
            self._ui.attachments.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def update_remove_button(self, *_signal_args: object) -> None:
        self._ui.removeAttachment.setEnabled(self._ui.attachments.selectionModel().hasSelection())

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window
