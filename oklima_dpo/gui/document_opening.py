"""Opening a document kept in a case: read and checked off the GUI thread (``read_document``),
then shown in the program from memory — a PDF in its preview, an image, a text, an e-mail in
the document viewer — never handed to the system's viewer (a sealed file would have to be
written in clear for it). « Enregistrer une copie sous… » writes the file itself where the DPO
chooses (the case's export folder first), like a delivery.

A document changed on disk is refused by the use case, its message naming the case and the
document; the window shows that message, never the document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ..domain.errors import DpoError
from ..services import case_documents
from ..services.case_documents import DocumentContent, ShownAs, Written
from ..services.cases.views import DocumentView
from ..services.context import ServiceContext
from .dialogs.document_viewer import DocumentViewerDialog
from .dialogs.pdf_preview import PdfPreviewDialog
from .file_dialogs import file_dialog
from .messages import show_error
from .steps import run_step
from .workers import Runner

# How a document kept in a case is opened (read in memory and shown, by default; tests
# record it instead).
OpenDocument = Callable[[DocumentView], None]


class DocumentOpener(QObject):
    """Opens the documents of one case for ``owner``; ``said(text)`` once a copy is saved."""

    said = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        owner: QWidget,
        on_error: Callable[[DpoError], None] | None = None,
    ) -> None:
        super().__init__(owner)
        self._ctx, self._runner, self._reference, self._owner = ctx, runner, reference, owner
        self._on_error = on_error or (lambda error: show_error(owner, error))
        self._viewer: QDialog | None = None
        self._file_dialog: QFileDialog | None = None

    @property
    def viewer(self) -> QDialog | None:
        """The document shown now (a closed window is gone)."""
        return (
            self._viewer if self._viewer is not None and shiboken6.isValid(self._viewer) else None
        )

    @property
    def file_dialog(self) -> QFileDialog | None:
        """The « copie sous… » being asked."""
        dialog = self._file_dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def open(self, document: DocumentView) -> None:
        """Read ``document`` (checked), then show it."""
        self.read(document, lambda content: self.show(document, content))

    def read(self, document: DocumentView, then: Callable[[DocumentContent], None]) -> None:
        ctx, reference, number = self._ctx, self._reference, document.id
        run_step(
            self._runner,
            self._owner,
            lambda: case_documents.read_document(ctx, reference, number),
            then,
            self._on_error,
        )

    def show(self, document: DocumentView, content: DocumentContent) -> None:
        """``content`` in its window (a PDF in the preview), with « copie sous… »."""
        if self.viewer is not None:
            self.viewer.close()
        viewer: PdfPreviewDialog | DocumentViewerDialog
        if content.shown_as is ShownAs.PDF:
            viewer = PdfPreviewDialog(
                self._owner, document.path, content.sha256, name=content.filename, data=content.data
            )
        else:
            viewer = DocumentViewerDialog(self._owner, content)
        viewer.copy_requested.connect(lambda: self.save_copy(document))
        self._viewer = viewer
        viewer.show()

    def save_copy(self, document: DocumentView) -> None:
        """Ask where (the case's export folder first), then write the copy off the GUI thread."""
        ctx, reference, name = self._ctx, self._reference, document.filename
        run_step(
            self._runner,
            self._owner,
            lambda: case_documents.copy_suggestion(ctx, reference, name),
            lambda suggested: self._ask_where(document, suggested),
            self._on_error,
        )

    def _ask_where(self, document: DocumentView, suggested: Path) -> None:
        window = self._owner.window()
        dialog = file_dialog(
            window,
            self.tr("Enregistrer une copie de «\u00a0%1\u00a0»").replace("%1", document.filename),
            QFileDialog.FileMode.AnyFile,
            str(suggested.parent if suggested.parent.is_dir() else Path.home()),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested.name)
        dialog.fileSelected.connect(lambda chosen: self._write(document, Path(chosen)))
        self._file_dialog = dialog
        dialog.open()

    def _write(self, document: DocumentView, target: Path) -> None:
        ctx, reference, number = self._ctx, self._reference, document.id

        def done(written: Written) -> None:
            self.said.emit(
                self.tr("Copie enregistrée en clair\u00a0: %1").replace("%1", str(written.path))
            )

        run_step(
            self._runner,
            self._owner,
            lambda: case_documents.save_document_copy(ctx, reference, number, target),
            done,
            self._on_error,
        )
