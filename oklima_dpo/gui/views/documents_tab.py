"""The Documents tab of a request: every file received and produced, with its SHA-256; Enter
or a double-click reads the selected one in the program, « Enregistrer une copie sous… »
writes it where the DPO chooses (``DocumentOpener``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ...services.cases.views import DocumentView
from ...services.context import ServiceContext
from ..alive import named_button, row_table
from ..document_opening import DocumentOpener, OpenDocument
from ..models.timeline_model import DOCUMENT_ROLE, DocumentsModel
from ..workers import Runner


class DocumentsTab(QWidget):
    """``said(text)`` is the opener's: a copy saved."""

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        open_document: OpenDocument | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.opener = DocumentOpener(ctx, runner, reference, self)
        self._open_document = open_document or self.opener.open
        self.view = row_table(self.model, "documents", self.tr("Documents"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.activated.connect(self._activated)
        self.open_button = named_button("openDocument", self.tr("Lire"), self.open_selected)
        self.open_button.setToolTip(self.tr("Lire le document dans le programme (Entrée)"))
        self.copy_button = named_button(
            "saveDocumentCopy", self.tr("Enregistrer une copie sous…"), self.copy_selected
        )
        self.copy_button.setToolTip(
            self.tr("Écrire le document en clair dans un fichier choisi (un envoi)")
        )
        self.said = QLabel()
        self.said.setObjectName("documentsSaid")
        self.said.setWordWrap(True)
        self.opener.said.connect(self.said.setText)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.said, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.setFocusProxy(self.view)
        self._update_buttons()

    def show_documents(self, documents: tuple[DocumentView, ...]) -> None:
        self.model.set_rows(documents)

    def selected(self) -> DocumentView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self._open_document(document)

    def copy_selected(self) -> None:
        document = self.selected()
        if document is not None:
            self.opener.save_copy(document)

    def _activated(self, index: QModelIndex) -> None:
        document = index.data(DOCUMENT_ROLE)
        if document is not None:
            self._open_document(document)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.copy_button.setEnabled(chosen)
