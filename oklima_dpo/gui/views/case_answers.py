"""The Réponses tab of a case: produce a letter or a package, read it, and record it sent.

The tab composes its two parts and says what they report in one banner: above, what to
produce (``answers_production``: the letter, its language, encryption, its wording, and the
legal team's case file); below, the files produced (``answers_documents``: each read in the
program's preview before « Marquer comme envoyé… » is offered for it).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...documents.files import Written
from ...domain.answers import LetterKind
from ...services.answers.recording import Produced
from ...services.cases.views import CaseDetail, DocumentView
from ...services.context import ServiceContext
from ..dialogs.pdf_preview import PdfPreviewDialog
from ..dialogs.sending import MarkSentDialog, PasswordDialog
from ..dialogs.wording import WordingDialog
from ..workers import Runner
from .answers_documents import OpenDocument, ProducedDocumentsPanel
from .answers_production import PRODUCE_KEYS, AnswersProduction
from .case_tab import CaseTab, SourcesLoader
from .checklist_panel import ChecklistPanel


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
        self.production = AnswersProduction(ctx, runner, reference)
        self.checklist = ChecklistPanel()
        self.banner = self._new_banner("answersBanner")
        self.banner.hide()
        self.documents = ProducedDocumentsPanel(ctx, runner, reference, open_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.production)
        layout.addWidget(self.checklist)
        layout.addWidget(self.banner)
        layout.addWidget(self.documents, 1)
        # « Produire » from anywhere in the tab, the list of documents included.
        shortcut = QShortcut(QKeySequence(PRODUCE_KEYS), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.production.produce_button.click)
        self._connect()
        self._name_parts()
        self._set_tab_order()

    def _connect(self) -> None:
        # Bound methods only: a closure over the tab kept by a child's connection would keep
        # the tab alive from its own child.
        self.production.said.connect(self._say)
        self.production.busy_changed.connect(self._busy_changed)
        self.production.produced.connect(self._produced)
        self.production.case_file_built.connect(self._case_file_built)
        self.production.checklist_ready.connect(self.checklist.show_checklist)
        self.documents.said.connect(self._say)
        self.documents.sent.connect(self.changed)

    def _name_parts(self) -> None:
        """The parts' widgets by the names the case view and the tests know."""
        production, documents = self.production, self.documents
        self.kind_combo = production.kind_combo
        self.language_combo = production.language_combo
        self.encrypt_check = production.encrypt_check
        self.wording_button = production.wording_button
        self.produce_button = production.produce_button
        self.casefile_button = production.casefile_button
        self.wording_state = production.wording_state
        self.model = documents.model
        self.view = documents.view
        self.preview_button = documents.preview_button
        self.sent_button = documents.sent_button
        self.sent_hint = documents.sent_hint

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
        return self.production.kind

    @property
    def language(self) -> str:
        return self.production.language

    @property
    def busy(self) -> bool:
        return self.production.busy

    @property
    def last_produced(self) -> Produced | None:
        return self.production.last_produced

    @property
    def wording_dialog(self) -> WordingDialog | None:
        return self.production.wording_dialog

    @property
    def preview(self) -> PdfPreviewDialog | None:
        return self.documents.preview

    @property
    def password_dialog(self) -> PasswordDialog | None:
        return self.documents.password_dialog

    @property
    def sent_dialog(self) -> MarkSentDialog | None:
        return self.documents.sent_dialog

    def choose(self, kind: LetterKind, language: str | None = None) -> None:
        self.production.choose(kind, language)

    def show_detail(self, detail: CaseDetail) -> None:
        """The case as the view read it: its documents, its language, what to produce next."""
        self.documents.show_detail(detail)
        self.production.show_detail(detail)
        self.documents.refresh_ids()

    def selected_documents(self) -> list[DocumentView]:
        return self.documents.selected_documents()

    def select(self, filename: str) -> None:
        self.documents.select(filename)

    # -- what the parts report ------------------------------------------------------------
    def _produced(self, produced: Produced) -> None:
        self.documents.remember(produced)
        if produced.password:
            self.documents.show_password(produced.password, produced.document_reference)
        self.changed.emit()

    def _case_file_built(self, written: Written) -> None:
        self.documents.open_preview(written.path, written.sha256)
        self.changed.emit()  # journaled

    def _busy_changed(self, busy: bool) -> None:
        self.documents.set_idle(not busy)

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
