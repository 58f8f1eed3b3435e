"""One request in its window: the header (who, which rights, status, deadline), the steps the
workflow allows now, and the tabs (timeline, documents, text, data, answers, execution).

The view loads the case once (``show_case`` journals the consultation), then shows the
CaseDetail each step returns; the header (``case_header``) and the steps box
(``case_steps_box``) show it, the tabs each take what they need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DpoError
from ...domain.gates import Fix
from ...services.cases import steps as case_steps
from ...services.cases.gates import override_warning
from ...services.cases.related import RelatedRequest, related_requests
from ...services.cases.views import CaseDetail
from ...services.context import ServiceContext
from ..alive import if_alive, row_table
from ..dialogs.case_actions import ActionDialog
from ..dialogs.step_dialogs import override_dialog
from ..document_opening import OpenDocument
from ..models.timeline_model import TimelineModel
from ..workers import Runner
from .case_answers import CaseAnswersTab
from .case_data import CaseDataTab, SourcesLoader
from .case_header import CaseHeader
from .case_steps_box import CaseStepsBox
from .documents_tab import DocumentsTab
from .execution import CaseExecutionTab
from .related_requests import RelatedRequestsView


class CaseView(QWidget):
    """A request and its steps. ``changed(reference)`` follows every step that succeeded."""

    changed = Signal(str)
    settings_requested = Signal()  # a checklist asks for the settings (the DPO's contact)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        parent: QWidget | None = None,
        open_document: OpenDocument | None = None,
        load_sources: SourcesLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._load_sources = load_sources
        self._ctx = ctx
        self._runner = runner
        self._reference = reference.strip().upper()
        self._detail: CaseDetail | None = None

        self.timeline_model = TimelineModel(self)
        self.documents_tab = DocumentsTab(ctx, runner, self._reference, open_document)
        self.documents_model = self.documents_tab.model
        self.documents_view = self.documents_tab.view
        self._open_document = open_document or self.documents_tab.opener.open
        self.header = CaseHeader(self._reference)
        self.steps = CaseStepsBox(ctx, runner, self._reference, self)
        self.steps.done.connect(self._step_done)
        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.activated.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.steps)
        layout.addWidget(self._build_tabs(), 1)
        self._name_parts()
        self.setFocusProxy(self.timeline_view)
        self.reload()

    def _name_parts(self) -> None:
        """The header's labels and the step buttons, by the names tests and callers know."""
        header, deadline = self.header, self.header.deadline
        self.title_label = header.title_label
        self.status_label = header.status_label
        self.received_label = header.received_label
        self.identifiers_label = header.identifiers_label
        self.representative_label = header.representative_label
        self.due_caption = deadline.due_caption
        self.due_label = deadline.due_label
        self.days_label = deadline.days_label
        self.due_note_label = deadline.due_note_label
        self.explanation_label = deadline.explanation_label
        self.actions = self.steps.buttons

    # -- public API -----------------------------------------------------------------------
    @property
    def reference(self) -> str:
        return self._detail.reference if self._detail else self._reference

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    @property
    def right_labels(self) -> dict[str, QLabel]:
        """One label per right asked, rebuilt each time the case is shown."""
        return self.header.right_labels

    @property
    def active_dialog(self) -> ActionDialog | None:
        """The step dialog open now, if any."""
        return self.steps.active_dialog

    def reload(self) -> None:
        """Read the case again (a journaled consultation), and the person's other requests."""
        ctx, reference = self._ctx, self._reference
        self._runner.submit(
            lambda: case_steps.show_case(ctx, reference),
            if_alive(self, self._show),
            if_alive(self, self._load_failed),
        )
        self._runner.submit(
            lambda: related_requests(ctx, reference),
            if_alive(self, self._show_related),
            if_alive(self, self._load_failed),
        )

    # -- building -------------------------------------------------------------------------
    def _build_tabs(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.timeline_view = row_table(self.timeline_model, "timeline", self.tr("Historique"))
        self.timeline_view.setWordWrap(True)
        # Rows follow their text (a note of several lines) whatever the width.
        self.timeline_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.DETAIL_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.request_text = QPlainTextEdit()
        self.request_text.setObjectName("requestText")
        self.request_text.setReadOnly(True)
        self.request_text.setAccessibleName(self.tr("Texte de la demande"))
        self.tabs.addTab(self.timeline_view, self.tr("&Historique"))
        self.tabs.addTab(self.documents_tab, self.tr("Doc&uments"))
        self.tabs.addTab(self.request_text, self.tr("Te&xte de la demande"))
        self.related_view = RelatedRequestsView()
        self.tabs.addTab(self.related_view, self.tr("Demandes &liées"))
        self.data_tab: CaseDataTab | None = None
        if self._load_sources is not None:
            self.data_tab = CaseDataTab(
                self._ctx, self._runner, self._reference, self._load_sources, self
            )
            self.data_tab.changed.connect(self.reload)
            self.tabs.addTab(self.data_tab, self.tr("Do&nnées"))
            self.tabs.currentChanged.connect(self._tab_shown)
        self.answers_tab = CaseAnswersTab(
            self._ctx, self._runner, self._reference, self._load_sources, self._open_document, self
        )
        self.answers_tab.changed.connect(self._answers_changed)
        self.answers_tab.checklist.fix_requested.connect(self._fix)
        self.answers_tab.checklist.override_requested.connect(self._override)
        self.tabs.addTab(self.answers_tab, self.tr("Répon&ses"))
        self.execution_tab: CaseExecutionTab | None = None
        if self._load_sources is not None:
            self.execution_tab = CaseExecutionTab(
                self._ctx, self._runner, self._reference, self._load_sources, self
            )
            self.execution_tab.changed.connect(self._answers_changed)
            self.execution_tab.checklist.fix_requested.connect(self._fix)
            self.execution_tab.checklist.override_requested.connect(self._override)
            # Alt+É: every letter of « Exécution » is taken by the steps and the other tabs.
            self.tabs.addTab(self.execution_tab, self.tr("Ex&écution"))
        return self.tabs

    def _answers_changed(self) -> None:
        """A file produced or sent: read the case again (its status may have moved)."""
        self.reload()
        self.changed.emit(self.reference)

    def _tab_shown(self, index: int) -> None:
        """The Données and Exécution tabs read the case's findings and executions when first
        shown."""
        tab = self.data_tab
        if tab is not None and self.tabs.widget(index) is tab and tab.data is None:
            tab.reload()
        execution = self.execution_tab
        if execution is not None and self.tabs.widget(index) is execution and not execution.state:
            execution.reload()

    # -- showing a case -------------------------------------------------------------------
    def _show(self, detail: CaseDetail) -> None:
        self._detail = detail
        self.header.show_detail(detail)
        self.timeline_model.set_rows(detail.timeline)
        # Once rows have taken their height: the latest steps in sight.
        QTimer.singleShot(0, self.timeline_view, self.timeline_view.scrollToBottom)
        self.documents_tab.show_documents(detail.documents)
        self.tabs.setTabText(
            1, self.tr("Doc&uments (%1)").replace("%1", str(len(detail.documents)))
        )
        self.request_text.setPlainText(detail.request_text)
        self.answers_tab.show_detail(detail)
        if self.execution_tab is not None:
            self.execution_tab.show_detail(detail)
        self.steps.show_detail(detail)

    # -- the checklists' buttons ----------------------------------------------------------
    def _fix(self, fix: str, _code: str) -> None:
        """The step that clears a checklist's item: its dialog, its tab, or the settings."""
        match Fix(fix):
            case Fix.VERIFY_IDENTITY:
                self.actions["identity"].click()
            case Fix.DECIDE:
                self.actions["decide"].click()
            case Fix.REVIEW if self.data_tab is not None:
                self.tabs.setCurrentWidget(self.data_tab)
                self.data_tab.setFocus()
            case Fix.SETTINGS:
                self.settings_requested.emit()

    def _override(self, code: str, text: str) -> None:
        """Lift a warning with a reason (journaled), then show the case as it is now."""
        dialog = override_dialog(self, text)
        self.steps.open_step(
            dialog,
            lambda ctx, ref, v: override_warning(ctx, ref, code, v.text),
        )

    def _show_related(self, requests: list[RelatedRequest]) -> None:
        self.related_view.show_requests(requests)
        label = self.tr("Demandes &liées (%1)").replace("%1", str(len(requests)))
        self.tabs.setTabText(self.tabs.indexOf(self.related_view), label)
        if self.related_view.repeats:  # seen without opening the tab
            self.tabs.setTabToolTip(
                self.tabs.indexOf(self.related_view), self.related_view.note.text()
            )

    def _load_failed(self, error: DpoError) -> None:
        self.header.show_failure(str(error))
        self.steps.update_buttons()

    def _step_done(self, detail: CaseDetail) -> None:
        self._show(detail)
        self.changed.emit(detail.reference)
