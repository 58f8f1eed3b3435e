"""The files produced for a case, as the Réponses tab lists them: newest first, with whether
each PDF has been read in the program's preview (what must happen before it is marked sent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...services.answers import sending
from ...services.cases.views import DocumentView
from ..labels import fr_moment, fr_size
from .rows import RowsTableModel

DocumentKey = tuple[str, str]  # (file name, SHA-256): one produced file


def document_key(document: DocumentView) -> DocumentKey:
    return (document.filename, document.sha256)


def is_pdf(document: DocumentView) -> bool:
    """Read in the program's preview; any other file opens with the system's viewer."""
    return document.filename.lower().endswith(".pdf")


class ProducedDocumentsModel(RowsTableModel[DocumentView]):
    """The files produced for the case, newest first, and whether each PDF was read here."""

    CONTEXT = "ProducedDocumentsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ProducedDocumentsModel", "Fichier"),
        QT_TRANSLATE_NOOP("ProducedDocumentsModel", "Produit le"),
        QT_TRANSLATE_NOOP("ProducedDocumentsModel", "SHA-256"),
        QT_TRANSLATE_NOOP("ProducedDocumentsModel", "Taille"),
        QT_TRANSLATE_NOOP("ProducedDocumentsModel", "Aperçu"),
    )
    FILE_COLUMN, SHA_COLUMN, SIZE_COLUMN, SEEN_COLUMN = 0, 2, 3, 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._seen: set[DocumentKey] = set()

    def show_documents(self, documents: tuple[DocumentView, ...]) -> None:
        produced = sending.produced_in(documents)
        self.set_rows(sorted(produced, key=lambda d: d.added_at, reverse=True))

    def mark_seen(self, key: DocumentKey) -> None:
        self._seen.add(key)
        for row in range(self.rowCount()):
            if document_key(self.row_at(row)) == key:
                cell = self.index(row, self.SEEN_COLUMN)
                self.dataChanged.emit(cell, cell)

    def seen(self, document: DocumentView) -> bool:
        return document_key(document) in self._seen

    def cell(self, document: DocumentView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case 0:
                    return document.filename
                case 1:
                    return fr_moment(document.added_at)
                case 2:
                    return document.sha256[:12] + "…"
                case 3:
                    return fr_size(document.size)
                case 4:
                    if not is_pdf(document):
                        return QCoreApplication.translate(
                            "ProducedDocumentsModel", "avec le lecteur du système"
                        )
                    return (
                        QCoreApplication.translate("ProducedDocumentsModel", "✓ lu")
                        if self.seen(document)
                        else QCoreApplication.translate("ProducedDocumentsModel", "à lire")
                    )
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SHA_COLUMN:
                return document.sha256
            if column == self.FILE_COLUMN:
                return str(document.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
