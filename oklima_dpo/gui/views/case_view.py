"""One request: who, which rights, its status and deadline, its timeline, its documents, and
the steps the workflow allows now.

The view loads the case once (``show_case`` journals the consultation), then shows the
CaseDetail each step returns. Which steps are possible comes from ``CaseDetail.allowed``: the
view never decides that itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.deadlines import Urgency, urgency_of
from ...domain.errors import DpoError
from ...domain.french import fr_date
from ...domain.workflow import EventKind
from ...services.cases import steps as case_steps
from ...services.cases.views import CaseDetail, DeadlineView
from ...services.context import ServiceContext
from ..alive import if_alive, row_table
from ..dialogs import step_dialogs
from ..dialogs.case_actions import ActionDialog
from ..dialogs.decide_dialog import DecideDialog
from ..dialogs.extend_dialog import ExtendDialog
from ..labels import (
    channel_by_label,
    fr_moment,
    identifier_label,
    outcome_label,
    right_label,
    status_label,
)
from ..messages import show_error
from ..models.timeline_model import DOCUMENT_ROLE, DocumentsModel, TimelineModel
from ..steps import run_step
from ..workers import Runner
from .case_answers import CaseAnswersTab
from .case_data import CaseDataTab, SourcesLoader
from .case_execution import CaseExecutionTab

OpenDocument = Callable[[Path], None]

# Colour adds to the words (« en retard de 3 j », « délai suspendu »), never replaces them.
_COLOURS = {
    Urgency.OVERDUE: "#b00020",
    Urgency.DUE_IN_2: "#a84300",
    Urgency.SUSPENDED: "#1f5fa8",
}


def open_with_system_viewer(path: Path) -> None:
    """Open a case document with the program the system associates with its type."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        message = QCoreApplication.translate(
            "CaseView", "Impossible d’ouvrir «\u00a0%1\u00a0» avec le lecteur du système."
        )
        raise DpoError(message.replace("%1", path.name))


def _scaled_font(base: QFont, factor: float, bold: bool = True) -> QFont:
    """A bigger font in points, so that it follows the system's scaling (125 %, 150 %)."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def _plain_label(object_name: str, wrap: bool = True) -> QLabel:
    """A label for text that may come from a person: never read as HTML; selectable."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


@dataclass(frozen=True, slots=True)
class _Action:
    key: str
    text: str
    shortcut: str
    kind: EventKind | None  # None: not a workflow step (assigning), allowed once loaded


class CaseView(QWidget):
    """A request and its steps. ``changed(reference)`` follows every step that succeeded."""

    changed = Signal(str)

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
        self._open_document = open_document or open_with_system_viewer
        self._detail: CaseDetail | None = None
        self._busy = False
        self._dialog: ActionDialog | None = None
        self._step: Callable[[ServiceContext, str, Any], CaseDetail] | None = None

        self.timeline_model = TimelineModel(self)
        self.documents_model = DocumentsModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        layout.addWidget(self._build_actions())
        layout.addWidget(self._build_tabs(), 1)
        self.setFocusProxy(self.timeline_view)
        self.reload()

    # -- public API -----------------------------------------------------------------------
    @property
    def reference(self) -> str:
        return self._detail.reference if self._detail else self._reference

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    @property
    def active_dialog(self) -> ActionDialog | None:
        """The step dialog open now, if any."""
        dialog = self._dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            return dialog
        return None

    def reload(self) -> None:
        """Read the case again (a journaled consultation)."""
        ctx, reference = self._ctx, self._reference
        self._runner.submit(
            lambda: case_steps.show_case(ctx, reference),
            if_alive(self, self._show),
            if_alive(self, self._load_failed),
        )

    # -- building -------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        header.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(header)
        row = QHBoxLayout()
        outer.addLayout(row)

        who = QVBoxLayout()
        self.title_label = _plain_label("title")
        self.title_label.setText(self._reference)
        self.title_label.setFont(_scaled_font(self.font(), 1.5))
        self.status_label = QLabel(self.tr("Chargement…"))
        self.status_label.setObjectName("status")
        self.received_label = _plain_label("received")
        self.identifiers_label = _plain_label("identifiers")
        self.representative_label = _plain_label("representative")
        self.rights_caption = QLabel(self.tr("Droits exercés\u00a0:"))
        self.rights_caption.setFont(_scaled_font(self.font(), 1.0))
        self.rights_box = QVBoxLayout()
        indent = self.fontMetrics().averageCharWidth() * 2  # in characters: follows scaling
        self.rights_box.setContentsMargins(indent, 0, 0, 0)
        for widget in (
            self.title_label,
            self.status_label,
            self.received_label,
            self.identifiers_label,
            self.representative_label,
            self.rights_caption,
        ):
            who.addWidget(widget)
        who.addLayout(self.rights_box)
        who.addStretch(1)
        row.addLayout(who, 3)

        deadline = QFrame()
        deadline.setObjectName("deadline")
        deadline.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(deadline)
        self.due_caption = QLabel(self.tr("Échéance"))
        self.due_caption.setObjectName("dueCaption")
        self.due_label = QLabel("—")
        self.due_label.setObjectName("due")
        self.due_label.setFont(_scaled_font(self.font(), 2.2))
        self.days_label = QLabel()
        self.days_label.setObjectName("daysLeft")
        self.days_label.setFont(_scaled_font(self.font(), 1.5))
        big = QHBoxLayout()
        big.addWidget(self.due_label)
        big.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        big.addWidget(self.days_label, 0, Qt.AlignmentFlag.AlignBaseline)
        big.addStretch(1)
        self.due_note_label = _plain_label("dueNote")
        column.addWidget(self.due_caption)
        column.addLayout(big)
        column.addWidget(self.due_note_label)
        column.addStretch(1)
        row.addWidget(deadline, 2)

        # Full width: the explanation can be long (suspensions, holidays passed over).
        self.explanation_label = _plain_label("explanation")
        outer.addWidget(self.explanation_label)
        return header

    def _action_specs(self) -> tuple[_Action, ...]:
        return (
            _Action(
                "acknowledge",
                self.tr("&Accuser réception…"),
                "Ctrl+Shift+A",
                EventKind.ACKNOWLEDGED,
            ),
            _Action(
                "request_info",
                self.tr("Demander des &informations…"),
                "Ctrl+Shift+I",
                EventKind.INFO_REQUESTED,
            ),
            _Action(
                "info_received",
                self.tr("Informations &reçues…"),
                "Ctrl+Shift+R",
                EventKind.INFO_RECEIVED,
            ),
            _Action(
                "identity",
                self.tr("Identité &vérifiée…"),
                "Ctrl+Shift+V",
                EventKind.IDENTITY_VERIFIED,
            ),
            _Action("extend", self.tr("&Prolonger le délai…"), "Ctrl+E", EventKind.EXTENDED),
            _Action("decide", self.tr("&Décider…"), "Ctrl+D", EventKind.DECISION),
            _Action("answered", self.tr("Réponse &envoyée…"), "Ctrl+Shift+E", EventKind.SENT),
            _Action("close", self.tr("&Clôturer…"), "Ctrl+Shift+C", EventKind.CLOSED),
            _Action("withdraw", self.tr("Demande re&tirée…"), "Ctrl+Shift+W", EventKind.WITHDRAWN),
            _Action("reopen", self.tr("R&ouvrir…"), "Ctrl+Shift+O", EventKind.REOPENED),
            _Action("note", self.tr("&Note…"), "Ctrl+Shift+N", EventKind.NOTE),
            _Action("assign", self.tr("Attri&buer…"), "Ctrl+Shift+B", None),
        )

    def _build_actions(self) -> QWidget:
        box = QGroupBox(self.tr("Étapes"))
        box.setObjectName("actions")
        grid = QGridLayout(box)
        self.actions: dict[str, QPushButton] = {}
        self._kinds: dict[str, EventKind | None] = {}
        handlers: dict[str, Callable[[], None]] = {
            "acknowledge": self._acknowledge,
            "request_info": self._request_information,
            "info_received": self._information_received,
            "identity": self._identity_verified,
            "extend": self._extend,
            "decide": self._decide,
            "answered": self._answered,
            "close": self._close,
            "withdraw": self._withdraw,
            "reopen": self._reopen,
            "note": self._note,
            "assign": self._assign,
        }
        previous: QWidget | None = None
        for number, spec in enumerate(self._action_specs()):
            button = QPushButton(spec.text)
            button.setObjectName(f"action_{spec.key}")
            plain = spec.text.replace("&", "").rstrip("…")
            button.setAccessibleName(plain)
            keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("%1 (%2)").replace("%1", plain).replace("%2", keys))
            button.setEnabled(False)
            button.clicked.connect(handlers[spec.key])
            # Within the view only: the queue beside it keeps its own keys.
            shortcut = QShortcut(QKeySequence(spec.shortcut), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)  # click() does nothing when disabled
            grid.addWidget(button, number // 6, number % 6)
            self.actions[spec.key] = button
            self._kinds[spec.key] = spec.kind
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.activated.connect(self.reload)
        return box

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
        self.documents_view = row_table(self.documents_model, "documents", self.tr("Documents"))
        header = self.documents_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.documents_view.activated.connect(self._open_document_at)
        self.request_text = QPlainTextEdit()
        self.request_text.setObjectName("requestText")
        self.request_text.setReadOnly(True)
        self.request_text.setAccessibleName(self.tr("Texte de la demande"))
        self.tabs.addTab(self.timeline_view, self.tr("&Historique"))
        self.tabs.addTab(self.documents_view, self.tr("Doc&uments"))
        self.tabs.addTab(self.request_text, self.tr("Te&xte de la demande"))
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
        self.tabs.addTab(self.answers_tab, self.tr("Répon&ses"))
        self.execution_tab: CaseExecutionTab | None = None
        if self._load_sources is not None:
            self.execution_tab = CaseExecutionTab(
                self._ctx, self._runner, self._reference, self._load_sources, self
            )
            self.execution_tab.changed.connect(self._answers_changed)
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
        self.title_label.setText(
            self.tr("%1 — %2").replace("%1", detail.reference).replace("%2", detail.person_name)
        )
        self.status_label.setText(
            self.tr("Statut\u00a0: <b>%1</b>").replace("%1", status_label(detail.status))
        )
        self.status_label.setAccessibleName(
            self.tr("Statut\u00a0: %1").replace("%1", status_label(detail.status))
        )
        self.received_label.setText(self._received_text(detail))
        self.identifiers_label.setText(
            " ; ".join(
                self.tr("%1\u00a0: %2")
                .replace("%1", identifier_label(i.kind))
                .replace("%2", i.value)
                for i in detail.identifiers
            ).replace(" ;", "\u00a0;")
        )
        self.identifiers_label.setVisible(bool(detail.identifiers))
        self.representative_label.setText(self._representative_text(detail))
        self.representative_label.setVisible(bool(detail.representative_name))
        self._show_rights(detail)
        self._show_deadline(detail)
        self.timeline_model.set_rows(detail.timeline)
        # Once rows have taken their height: the latest steps in sight.
        QTimer.singleShot(0, self.timeline_view, self.timeline_view.scrollToBottom)
        self.documents_model.set_rows(detail.documents)
        self.tabs.setTabText(
            1, self.tr("Doc&uments (%1)").replace("%1", str(len(detail.documents)))
        )
        self.request_text.setPlainText(detail.request_text)
        self.answers_tab.show_detail(detail)
        if self.execution_tab is not None:
            self.execution_tab.show_detail(detail)
        self._update_actions()

    def _received_text(self, detail: CaseDetail) -> str:
        day, time = fr_moment(detail.received_at).split(" ")
        text = (
            self.tr("Reçue le %1 à %2 %3")
            .replace("%1", day)
            .replace("%2", time)
            .replace("%3", channel_by_label(detail.channel))
        )
        if detail.assignee:
            return text + " · " + self.tr("attribuée à %1").replace("%1", detail.assignee)
        return text + " · " + self.tr("non attribuée")

    def _representative_text(self, detail: CaseDetail) -> str:
        if not detail.representative_name:
            return ""
        text = self.tr("Représentée par %1").replace("%1", detail.representative_name)
        if detail.mandate_note:
            text += " — " + self.tr("mandat\u00a0: %1").replace("%1", detail.mandate_note)
        return text

    def _show_rights(self, detail: CaseDetail) -> None:
        while self.rights_box.count():
            item = self.rights_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.right_labels: dict[str, QLabel] = {}
        for view in detail.rights:
            state = outcome_label(view.outcome) if view.outcome else self.tr("à décider")
            text = (
                self.tr("%1 (%2)\u00a0: %3")
                .replace("%1", right_label(view.right))
                .replace("%2", view.right.article)
                .replace("%3", state)
            )
            if view.legal_ground:
                text += " — " + self.tr("fondement\u00a0: %1").replace("%1", view.legal_ground)
            label = _plain_label(f"right_{view.right.value}")
            label.setText("• " + text)
            self.rights_box.addWidget(label)
            self.right_labels[view.right.value] = label

    def _show_deadline(self, detail: CaseDetail) -> None:
        deadline = detail.deadline
        self.due_label.setText(fr_date(deadline.due))
        urgency = urgency_of(
            deadline.days_left,
            is_open=detail.status.is_open,
            clock_stopped=deadline.clock_stopped,
        )
        if urgency is Urgency.DONE:
            caption = self.tr("Échéance")
            days = self.tr("demande %1").replace("%1", status_label(detail.status))
        elif urgency is Urgency.SUSPENDED:
            caption = self.tr("Échéance provisoire")
            days = self.tr("délai suspendu")
        else:
            caption = self.tr("Échéance prolongée") if deadline.extended else self.tr("Échéance")
            days = self._days_left_text(deadline.days_left)
        colour = _COLOURS.get(urgency)
        self.due_caption.setText(caption)
        self.days_label.setText(days)
        # Read as one sentence by a screen reader: « Échéance : 16/04/2025, J-22 ».
        self.due_label.setAccessibleName(
            self.tr("%1\u00a0: %2, %3")
            .replace("%1", caption)
            .replace("%2", fr_date(deadline.due))
            .replace("%3", days)
        )
        self._set_colour(self.days_label, colour)
        self._set_colour(self.due_label, colour)
        self.due_note_label.setText(self._due_note(detail, deadline))
        self.due_note_label.setVisible(bool(self.due_note_label.text()))
        self.explanation_label.setText(
            self.tr("Calcul du délai\u00a0: %1").replace("%1", deadline.explanation)
        )
        self.explanation_label.setToolTip(
            self.tr("Si prolongé\u00a0: %1").replace("%1", deadline.explanation_extended)
        )

    def _due_note(self, detail: CaseDetail, deadline: DeadlineView) -> str:
        if deadline.extended:
            return self.tr("Premier délai\u00a0: %1").replace("%1", fr_date(deadline.first_due))
        if detail.may_extend:
            return (
                self.tr("Prolongation possible jusqu’au %1 (nouvelle échéance\u00a0: %2)")
                .replace("%1", fr_date(deadline.extension_notice_by))
                .replace("%2", fr_date(deadline.extended_due))
            )
        return ""

    def _days_left_text(self, days: int) -> str:
        if days > 0:
            return self.tr("J-%1").replace("%1", str(days))
        if days == 0:
            return self.tr("aujourd’hui")
        return self.tr("en retard de %1\u00a0j").replace("%1", str(-days))

    @staticmethod
    def _set_colour(label: QLabel, colour: str | None) -> None:
        if colour is None:
            label.setPalette(QPalette())  # nothing set: the application's own colours
            return
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)

    def _update_actions(self) -> None:
        detail = self._detail
        for key, button in self.actions.items():
            kind = self._kinds[key]
            allowed = detail is not None and (kind is None or kind in detail.allowed)
            button.setEnabled(allowed and not self._busy)

    def _load_failed(self, error: DpoError) -> None:
        self.status_label.setText("⚠ " + str(error))
        self._update_actions()

    # -- the steps ------------------------------------------------------------------------
    def _acknowledge(self) -> None:
        dialog = step_dialogs.acknowledge_dialog(self, self._ctx.today())
        self._open(dialog, lambda ctx, ref, v: case_steps.acknowledge(ctx, ref, v.on))

    def _request_information(self) -> None:
        dialog = step_dialogs.request_information_dialog(self, self._ctx.today())
        self._open(
            dialog, lambda ctx, ref, v: case_steps.request_information(ctx, ref, v.text, v.on)
        )

    def _information_received(self) -> None:
        dialog = step_dialogs.information_received_dialog(self, self._ctx.today())
        self._open(
            dialog,
            lambda ctx, ref, v: case_steps.record_information_received(ctx, ref, v.on, v.text),
        )

    def _identity_verified(self) -> None:
        dialog = step_dialogs.identity_verified_dialog(self, self._ctx.today())
        self._open(
            dialog, lambda ctx, ref, v: case_steps.record_identity_verified(ctx, ref, v.text, v.on)
        )

    def _extend(self) -> None:
        assert self._detail is not None
        dialog = ExtendDialog(self, self._detail.deadline, self._ctx.today())
        self._open(dialog, lambda ctx, ref, v: case_steps.extend(ctx, ref, v.text, v.on))

    def _decide(self) -> None:
        assert self._detail is not None
        dialog = DecideDialog(self, self._detail.rights)
        self._open(
            dialog,
            lambda ctx, ref, v: case_steps.decide(ctx, ref, v.right, v.outcome, v.legal_ground),
        )

    def _answered(self) -> None:
        dialog = step_dialogs.answer_sent_dialog(self, self._ctx.today())
        self._open(dialog, lambda ctx, ref, v: case_steps.mark_answered(ctx, ref, v.on, v.text))

    def _close(self) -> None:
        dialog = step_dialogs.close_dialog(self, self._ctx.today())
        self._open(dialog, lambda ctx, ref, v: case_steps.close(ctx, ref, v.on, v.text))

    def _withdraw(self) -> None:
        dialog = step_dialogs.withdraw_dialog(self, self._ctx.today())
        self._open(dialog, lambda ctx, ref, v: case_steps.withdraw(ctx, ref, v.on, v.text))

    def _reopen(self) -> None:
        dialog = step_dialogs.reopen_dialog(self, self._ctx.today())
        self._open(dialog, lambda ctx, ref, v: case_steps.reopen(ctx, ref, v.text, v.on))

    def _note(self) -> None:
        dialog = step_dialogs.note_dialog(self)
        self._open(dialog, lambda ctx, ref, v: case_steps.add_note(ctx, ref, v.text))

    def _assign(self) -> None:
        current = self._detail.assignee if self._detail else None
        dialog = step_dialogs.assign_dialog(self, current)
        self._open(dialog, lambda ctx, ref, v: case_steps.assign(ctx, ref, v.text))

    def _open(
        self,
        dialog: ActionDialog,
        step: Callable[[ServiceContext, str, Any], CaseDetail],
    ) -> None:
        """Show ``dialog``; on OK, run ``step`` with what was typed, off the GUI thread."""
        if self.active_dialog is not None:
            self.active_dialog.reject()
        self._dialog, self._step = dialog, step
        # A bound method, not a closure over the view: a closure kept by the dialog's
        # connection would keep the view alive from its own child, and deleting the dialog
        # could then delete the view, and the dialog a second time.
        dialog.submitted.connect(self._submitted)
        dialog.open()

    def _submitted(self, values: object) -> None:
        dialog, step = self._dialog, self._step
        if dialog is None or step is None:
            return
        ctx, reference = self._ctx, self.reference
        self._set_busy(True)
        run_step(
            self._runner,
            self,
            lambda: step(ctx, reference, values),
            self._step_done,
            lambda error: show_error(self, error),
            dialog=dialog,
            finished=lambda: self._set_busy(False),
        )

    def _step_done(self, detail: CaseDetail) -> None:
        self._show(detail)
        self.changed.emit(detail.reference)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    # -- documents ------------------------------------------------------------------------
    def _open_document_at(self, index: QModelIndex) -> None:
        document = index.data(DOCUMENT_ROLE)
        if document is None:
            return
        try:
            self._open_document(document.path)
        except DpoError as error:
            show_error(self, error)

    # -- helpers --------------------------------------------------------------------------
