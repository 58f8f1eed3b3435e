"""The Réponses tab of a case: produce a letter or a package, read it, and record it sent.

Producing runs the service off the GUI thread; its refusals (a review not saved, a decision not
taken) are shown here with the service's words. The wording of a letter can be edited before
producing; the service keeps the edit in the case. Every PDF is read in the program's preview
before « Marquer comme envoyé… » is offered for it; the password of an encrypted delivery is
shown once, in a window that forgets it when closed.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...documents.files import Written
from ...domain.answers import LetterKind, suggested_letter
from ...domain.catalogue import Catalogue
from ...domain.errors import DpoError
from ...domain.register import Register
from ...services.answers import casefile, recording, sending
from ...services.answers import produce as answers
from ...services.answers.recording import Produced
from ...services.cases.views import CaseDetail, DocumentView
from ...services.context import ServiceContext
from ..alive import named_button, row_table
from ..dialogs.pdf_preview import PdfPreviewDialog
from ..dialogs.sending import MarkSentDialog, PasswordDialog, SentInput
from ..dialogs.wording import WordingDialog
from ..labels import PACKAGE, fr_moment, fr_size, package_label
from ..models.rows import ROW_ROLE, RowsTableModel
from ..steps import run_step
from ..workers import Runner
from .case_tab import CaseTab

Index = QModelIndex | QPersistentModelIndex
SourcesLoader = Callable[[], tuple[Catalogue, Register]]
OpenDocument = Callable[[Path], None]
DocumentKey = tuple[str, str]  # (file name, SHA-256): one produced file

#: The packages that read the reviewed data, hence the catalogue and the register.
_NEEDS_SOURCES = (LetterKind.ACCESS, LetterKind.PORTABILITY, LetterKind.NO_DATA)
_LANGUAGES = (
    ("fr", QT_TRANSLATE_NOOP("CaseAnswersTab", "Français")),
    ("en", QT_TRANSLATE_NOOP("CaseAnswersTab", "English")),
)


def document_key(document: DocumentView) -> DocumentKey:
    return (document.filename, document.sha256)


def is_pdf(document: DocumentView) -> bool:
    return document.filename.lower().endswith(".pdf")


def _produced_ids(ctx: ServiceContext, reference: str) -> dict[DocumentKey, int]:
    """The case's produced files and their ids, which ``mark_sent`` takes (in a worker)."""
    return {document_key(d): d.id for d in sending.produced_documents(ctx, reference)}


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


class CaseAnswersTab(CaseTab):
    """``changed`` follows every change of the case (a file produced, documents sent)."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        load_sources: SourcesLoader | None,
        open_document: OpenDocument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, runner, reference, load_sources, parent)
        self.setObjectName("caseAnswers")
        self._open_document = open_document
        self._detail: CaseDetail | None = None
        self._ids: dict[DocumentKey, int] = {}
        self._wording: dict[tuple[LetterKind, str], list[str]] = {}  # kept for the next one
        self._busy = False
        self.preview: PdfPreviewDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.wording_dialog: WordingDialog | None = None
        self.sent_dialog: MarkSentDialog | None = None
        self.last_produced: Produced | None = None
        self._wanted: str | None = None  # a file to select once the case is read again

        self.model = ProducedDocumentsModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_production())
        self.banner = QLabel()
        self.banner.setObjectName("answersBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addWidget(self._build_list(), 1)
        layout.addLayout(self._build_sending())
        self._set_tab_order()
        self._update_buttons()

    # -- building -----------------------------------------------------------------------
    def _build_production(self) -> QGridLayout:
        grid = QGridLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("packageKind")
        self.kind_combo.setAccessibleName(self.tr("Document à produire"))
        for kind in _package_order():
            self.kind_combo.addItem(package_label(kind.value), kind.value)
        kind_label = QLabel(self.tr("Document à produ&ire\u00a0:"))
        kind_label.setBuddy(self.kind_combo)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.setAccessibleName(self.tr("Langue"))
        for code, label in _LANGUAGES:
            self.language_combo.addItem(self.tr(label), code)
        language_label = QLabel(self.tr("&Langue\u00a0:"))
        language_label.setBuddy(self.language_combo)
        self.encrypt_check = QCheckBox(self.tr("Chi&ffrer (AES-256)"))
        self.encrypt_check.setObjectName("encrypt")
        self.encrypt_check.setAccessibleName(self.tr("Chiffrer (AES-256)"))
        self.encrypt_check.setToolTip(
            self.tr(
                "PDF ou archive zip chiffrés en AES-256\u00a0; le mot de passe est affiché une "
                "seule fois, à communiquer par un autre moyen."
            )
        )
        self.wording_button = named_button(
            "editWording", self.tr("&Modifier le texte…"), self.edit_wording
        )
        self.produce_button = named_button("produce", self.tr("Produire"), self.produce)
        self.produce_button.setDefault(False)
        keys = QKeySequence("Ctrl+Shift+P")
        self.produce_button.setToolTip(
            self.tr("Produire le document (%1)").replace(
                "%1", keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.produce_button.click)
        self.casefile_button = named_button(
            "caseFile", self.tr("Dossier &juridique…"), self.build_case_file
        )
        self.casefile_button.setToolTip(
            self.tr(
                "Un PDF pour le service juridique\u00a0: résumé, chronologie, délai, décisions, "
                "documents envoyés et journal de la demande."
            )
        )
        self.wording_state = QLabel()
        self.wording_state.setObjectName("wordingState")
        # What to produce, then « Produire », read left to right; the case file stands apart.
        grid.addWidget(kind_label, 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(language_label, 0, 2)
        grid.addWidget(self.language_combo, 0, 3)
        grid.addWidget(self.encrypt_check, 0, 4)
        grid.addWidget(self.produce_button, 0, 5)
        grid.addWidget(self.wording_button, 1, 1)
        grid.addWidget(self.wording_state, 1, 2, 1, 4)
        grid.addWidget(self.casefile_button, 0, 7)
        grid.setColumnStretch(6, 1)
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.language_combo.currentIndexChanged.connect(self._choice_changed)
        return grid

    def _build_list(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
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
        column.addWidget(caption)
        column.addWidget(self.view, 1)
        return holder

    def _build_sending(self) -> QHBoxLayout:
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
        return row

    def _set_tab_order(self) -> None:
        order = [
            self.kind_combo,
            self.language_combo,
            self.encrypt_check,
            self.wording_button,
            self.produce_button,
            self.casefile_button,
            self.view,
            self.preview_button,
            self.sent_button,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- public ---------------------------------------------------------------------------
    @property
    def kind(self) -> LetterKind:
        return LetterKind(self.kind_combo.currentData())

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def busy(self) -> bool:
        return self._busy

    def choose(self, kind: LetterKind, language: str | None = None) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        if language is not None:
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    def show_detail(self, detail: CaseDetail) -> None:
        """The case as the view read it: its documents, its language, what to produce next."""
        first = self._detail is None
        self._detail = detail
        selected = {document_key(d) for d in self.selected_documents()}
        self.model.show_documents(detail.documents)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if document_key(self.model.row_at(row)) in selected:  # kept across a reload
                self.view.selectionModel().select(self.model.index(row, 0), flags)
        if first:
            suggested = suggested_letter(detail.status, (r.right for r in detail.rights))
            self.choose(suggested, detail.language if detail.language else "fr")
        self._choice_changed()
        self._refresh_ids()

    def selected_documents(self) -> list[DocumentView]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def select(self, filename: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).filename == filename:
                self.view.selectRow(row)
                return

    # -- producing ------------------------------------------------------------------------
    def produce(self) -> None:
        if self._busy:
            return
        ctx, reference = self._ctx, self._reference
        kind, language, encrypt = self.kind, self.language, self.encrypt_check.isChecked()
        wording = self._wording.get((kind, language))

        def work() -> Produced:
            return answers.produce(
                ctx,
                reference,
                kind,
                language=language,
                encrypt=encrypt,
                wording_override=wording,
            )

        self._set_busy(
            True,
            self.tr("Production de «\u00a0%1\u00a0»…").replace("%1", package_label(kind.value)),
        )
        run_step(
            self._runner,
            self,
            work,
            lambda produced: self._produced(produced, language),
            self._failed,
        )

    def _produced(self, produced: Produced, language: str) -> None:
        self._set_busy(False)
        self.last_produced = produced
        for file in produced.files:
            self._ids[(file.path.name, file.sha256)] = file.document_id
        self._wording.pop((produced.kind, language), None)  # kept in the case now
        names = ", ".join(f.path.name for f in produced.files)
        text = (
            self.tr("Produit\u00a0: %1 (dans %2).")
            .replace("%1", names)
            .replace("%2", str(produced.files[0].path.parent))
        )
        if produced.redactions:
            text += " " + self.tr("%1 donnée(s) d’autres personnes masquée(s).").replace(
                "%1", str(produced.redactions)
            )
        self._say(text)
        self._wanted = produced.files[0].path.name
        if produced.password:
            self._show_password(produced.password, produced.document_reference)
        self.changed.emit()

    def _show_password(self, password: str, document: str) -> None:
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

    # -- the wording ----------------------------------------------------------------------
    def edit_wording(self) -> None:
        kind, language = self.kind, self.language
        ctx, reference = self._ctx, self._reference
        kept = self._wording.get((kind, language))
        self._set_busy(True)

        def work() -> tuple[list[str], list[str]]:
            current = answers.default_wording(ctx, reference, kind, language)
            template = answers.default_wording(ctx, reference, kind, language, kept=False)
            return current, template

        def done(wordings: tuple[list[str], list[str]]) -> None:
            self._set_busy(False)
            current, template = wordings
            dialog = WordingDialog(
                self,
                package_label(kind.value),
                kept if kept is not None else current,
                default=template,
                edited=kept is not None or current != template,
            )
            dialog.kept.connect(lambda chosen: self._wording_kept(kind, language, chosen))
            self.wording_dialog = dialog
            dialog.open()

        run_step(self._runner, self, work, done, self._failed)

    def _wording_kept(self, kind: LetterKind, language: str, chosen: object) -> None:
        if chosen is None:
            self._wording.pop((kind, language), None)
        else:
            self._wording[(kind, language)] = list(chosen)  # type: ignore[call-overload]
        self._choice_changed()

    def _choice_changed(self, *_: object) -> None:
        key = (self.kind, self.language)
        if key in self._wording:
            self.wording_state.setText(
                self.tr("Texte modifié, utilisé pour la prochaine production.")
            )
        elif self._detail is not None and recording.keeps_wording_edit(
            self._detail.documents, self.kind
        ):
            self.wording_state.setText(
                self.tr(
                    "Texte du modèle\u00a0; une modification est gardée dans la demande\u00a0: "
                    "«\u00a0Modifier le texte…\u00a0» la reprend."
                )
            )
        else:
            self.wording_state.setText(self.tr("Texte du modèle."))

    # -- the legal team's case file -------------------------------------------------------
    def build_case_file(self) -> None:
        if self._busy:
            return
        ctx, reference = self._ctx, self._reference

        def work() -> Written:
            return casefile.build_case_file(ctx, reference)

        self._set_busy(True, self.tr("Production du dossier juridique…"))
        run_step(self._runner, self, work, self._case_file_built, self._failed)

    def _case_file_built(self, written: Written) -> None:
        self._set_busy(False)
        self._say(self.tr("Dossier juridique\u00a0: %1").replace("%1", str(written.path)))
        self._open_preview(written.path, written.sha256, None)
        self.changed.emit()  # journaled

    # -- reading and sending --------------------------------------------------------------
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
            try:
                self._open_document(document.path)
            except DpoError as error:
                self._say("⚠ " + str(error))
            return
        self._open_preview(
            document.path, document.sha256, document_key(document), document.filename
        )

    def _open_preview(
        self, path: Path, sha256: str, key: DocumentKey | None, name: str | None = None
    ) -> None:
        if self.preview is not None and shiboken6.isValid(self.preview):
            self.preview.close()
        dialog = PdfPreviewDialog(self, path, sha256, password=self._open_password(), name=name)
        self.preview = dialog
        if key is not None:
            if dialog.ready:
                self._seen(key)
            dialog.shown.connect(lambda _path: self._seen(key))
        dialog.show()

    def _seen(self, key: DocumentKey) -> None:
        self.model.mark_seen(key)
        self._update_buttons()

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
            self._say(
                self.tr("Envoi enregistré (%1, le %2).")
                .replace("%1", " ".join(sent.channel.split()))
                .replace("%2", sent.on.strftime("%d/%m/%Y"))
            )
            self.changed.emit()

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
    def _refresh_ids(self) -> None:
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
            self._say("⚠ " + str(error))  # a production under way stays busy

        run_step(self._runner, self, lambda: _produced_ids(ctx, reference), done, failed)

    def _failed(self, error: DpoError) -> None:
        self._set_busy(False)
        self._say("⚠ " + str(error))

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self._say(text)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        idle = not self._busy
        for widget in (
            self.kind_combo,
            self.language_combo,
            self.encrypt_check,
            self.wording_button,
            self.produce_button,
            self.casefile_button,
        ):
            widget.setEnabled(idle)
        documents = self.selected_documents()
        self.preview_button.setEnabled(len(documents) == 1)
        can, why = self._can_mark_sent(documents)
        self.sent_button.setEnabled(idle and can)
        self.sent_button.setToolTip(
            why or self.tr("Enregistrer le moyen et la date d’envoi des documents sélectionnés")
        )
        self.sent_hint.setText(why)


def _package_order() -> list[LetterKind]:
    return [LetterKind(code) for code in PACKAGE]
