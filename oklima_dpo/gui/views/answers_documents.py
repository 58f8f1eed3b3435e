"""The files produced for a case, in the Réponses tab: each read in the program's preview,
then « Marquer comme envoyé… » with the channel and the date.

Every PDF is read here before it may be marked sent; the password of an encrypted delivery is
shown once, in a window that forgets it when closed (the preview opens the file with it while
that window is open). The files listed are the copies kept in the case (sealed on disk when
the base is encrypted): each is read and checked off the GUI thread, then shown from memory.
Marking sent runs the service off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ...domain.errors import DpoError
from ...services.answers import sending
from ...services.answers.recording import Produced
from ...services.case_documents import DocumentContent
from ...services.cases.views import CaseDetail, DocumentView
from ...services.context import ServiceContext
from ..alive import named_button, row_table
from ..dialogs.pdf_preview import PdfPreviewDialog
from ..dialogs.sending import MarkSentDialog, PasswordDialog, SentInput
from ..document_opening import DocumentOpener, OpenDocument
from ..models.produced_documents_model import (
    DocumentKey,
    ProducedDocumentsModel,
    document_key,
    is_pdf,
)
from ..models.rows import ROW_ROLE
from ..steps import run_step
from ..workers import Runner


def _produced_ids(ctx: ServiceContext, reference: str) -> dict[DocumentKey, int]:
    """The case's produced files and their ids, which ``mark_sent`` takes (in a worker)."""
    return {document_key(d): d.id for d in sending.produced_documents(ctx, reference)}


class ProducedDocumentsPanel(QWidget):
    """``said(text)`` for the tab's banner; ``sent()`` once documents are recorded sent."""

    said = Signal(str)
    sent = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        open_document: OpenDocument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._reference = ctx, runner, reference
        self._open_document = open_document
        self.opener = DocumentOpener(
            ctx, runner, reference, self, lambda error: self.said.emit("⚠ " + str(error))
        )
        self.opener.said.connect(self.said)
        self._ids: dict[DocumentKey, int] = {}
        self._wanted: str | None = None  # a file to select once the case is read again
        self._idle = True  # nothing being produced: documents may be marked sent
        self.preview: PdfPreviewDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.sent_dialog: MarkSentDialog | None = None
        self.model = ProducedDocumentsModel(self)
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Documents produits pour la demande\u00a0:"))
        self.view = row_table(
            self.model, "producedDocuments", self.tr("Documents produits"), several=True
        )
        caption.setBuddy(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            ProducedDocumentsModel.FILE_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        header.setStretchLastSection(False)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.preview_button = named_button("preview", self.tr("Aperçu"), self.preview_selected)
        self.preview_button.setToolTip(self.tr("Lire le document sélectionné (Entrée)"))
        self.sent_button = named_button(
            "markSent", self.tr("Mar&quer comme envoyé…"), self.mark_sent
        )
        self.sent_hint = QLabel()
        self.sent_hint.setObjectName("sentHint")
        self.sent_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.sent_button)
        row.addWidget(self.sent_hint, 1)
        column.addWidget(caption)
        column.addWidget(self.view, 1)
        column.addLayout(row)

    # -- what the tab calls ---------------------------------------------------------------
    def show_detail(self, detail: CaseDetail) -> None:
        """The case's produced files, the selection kept; then their ids, read again."""
        selected = {document_key(d) for d in self.selected_documents()}
        self.model.show_documents(detail.documents)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if document_key(self.model.row_at(row)) in selected:  # kept across a reload
                self.view.selectionModel().select(self.model.index(row, 0), flags)

    def set_idle(self, idle: bool) -> None:
        """Nothing is being produced (documents may be marked sent), or something is."""
        self._idle = idle
        self._update_buttons()

    def remember(self, produced: Produced) -> None:
        """Files just produced: their ids, and the first selected once the list shows it."""
        for file in produced.files:
            self._ids[(file.path.name, file.sha256)] = file.document_id
        self._wanted = produced.files[0].path.name

    def selected_documents(self) -> list[DocumentView]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def select(self, filename: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).filename == filename:
                self.view.selectRow(row)
                return

    # -- reading ----------------------------------------------------------------------------
    def show_password(self, password: str, document: str) -> None:
        if self.password_dialog is not None and shiboken6.isValid(self.password_dialog):
            self.password_dialog.close()
        dialog = PasswordDialog(self, password, document)
        self.password_dialog = dialog
        dialog.show()  # modeless: the DPO can read the documents meanwhile

    def _open_password(self) -> str | None:
        """The password of the last encrypted delivery while its window is still open."""
        dialog = self.password_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            return dialog.password()
        return None

    def preview_selected(self) -> None:
        documents = self.selected_documents()
        if documents:
            self._preview(documents[0])

    def _activated(self, index: QModelIndex) -> None:
        document = index.data(ROW_ROLE)
        if document is not None:
            self._preview(document)

    def _preview(self, document: DocumentView) -> None:
        if not is_pdf(document):
            self._open_document(document)
            return
        self.opener.read(document, lambda content: self._preview_kept(document, content))

    def _preview_kept(self, document: DocumentView, content: DocumentContent) -> None:
        """The case's copy of a PDF, checked, from memory; its file through « copie sous… »."""
        self.open_preview(
            document.path, content.sha256, document_key(document), content.filename, content.data
        )
        if self.preview is not None:
            self.preview.copy_requested.connect(lambda: self.opener.save_copy(document))

    def open_preview(
        self,
        path: Path,
        sha256: str,
        key: DocumentKey | None = None,
        name: str | None = None,
        data: bytes | None = None,
    ) -> None:
        """Read ``path`` (or ``data``, the PDF in memory) in the program's preview; a listed
        file (``key``) counts as read."""
        if self.preview is not None and shiboken6.isValid(self.preview):
            self.preview.close()
        dialog = PdfPreviewDialog(
            self, path, sha256, password=self._open_password(), name=name, data=data
        )
        self.preview = dialog
        if key is not None:
            if dialog.ready:
                self._seen(key)
            dialog.shown.connect(lambda _path: self._seen(key))
        dialog.show()

    def _seen(self, key: DocumentKey) -> None:
        self.model.mark_seen(key)
        self._update_buttons()

    # -- sending ----------------------------------------------------------------------------
    def mark_sent(self) -> None:
        documents = self.selected_documents()
        if not documents or not self._can_mark_sent(documents)[0]:
            return
        dialog = MarkSentDialog(self, documents, self._ctx.today())
        self.sent_dialog = dialog
        dialog.submitted.connect(self._send)
        dialog.open()

    def _send(self, value: object) -> None:
        dialog = self.sent_dialog
        sent: SentInput = value  # type: ignore[assignment]
        ctx, reference = self._ctx, self._reference
        ids = [self._ids[document_key(d)] for d in sent.documents]

        def work() -> CaseDetail:
            return sending.mark_sent(ctx, reference, ids, channel=sent.channel, on=sent.on)

        def done(_detail: CaseDetail) -> None:
            self.said.emit(
                self.tr("Envoi enregistré (%1, le %2).")
                .replace("%1", " ".join(sent.channel.split()))
                .replace("%2", sent.on.strftime("%d/%m/%Y"))
            )
            self.sent.emit()

        run_step(self._runner, self, work, done, self._failed, dialog=dialog)

    def _can_mark_sent(self, documents: list[DocumentView]) -> tuple[bool, str]:
        if not documents:
            return False, self.tr("Sélectionner les documents envoyés.")
        unread = [d.filename for d in documents if is_pdf(d) and not self.model.seen(d)]
        if unread:
            return False, self.tr("Lire d’abord dans l’aperçu\u00a0: %1.").replace(
                "%1", ", ".join(unread)
            )
        if any(document_key(d) not in self._ids for d in documents):
            return False, self.tr("Lecture des documents de la demande…")
        return True, ""

    # -- helpers --------------------------------------------------------------------------
    def refresh_ids(self) -> None:
        """The ids of the case's produced files (``mark_sent`` takes ids), read on a worker;
        then the file just produced is selected."""
        ctx, reference = self._ctx, self._reference

        def done(ids: dict[DocumentKey, int]) -> None:
            self._ids.update(ids)
            wanted = self._wanted
            if wanted:
                self._wanted = None
                self.view.clearSelection()
                self.select(wanted)
            self._update_buttons()

        def failed(error: DpoError) -> None:
            self.said.emit("⚠ " + str(error))  # a production under way stays busy

        run_step(self._runner, self, lambda: _produced_ids(ctx, reference), done, failed)

    def _failed(self, error: DpoError) -> None:
        self.said.emit("⚠ " + str(error))

    def _update_buttons(self, *_: object) -> None:
        documents = self.selected_documents()
        self.preview_button.setEnabled(len(documents) == 1)
        can, why = self._can_mark_sent(documents)
        self.sent_button.setEnabled(self._idle and can)
        self.sent_button.setToolTip(
            why or self.tr("Enregistrer le moyen et la date d’envoi des documents sélectionnés")
        )
        self.sent_hint.setText(why)
