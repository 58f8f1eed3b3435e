"""The Étapes box of a case window: a button and a shortcut per step, each opening its dialog,
and the service each runs on the worker with what was typed.

Which steps are possible comes from ``CaseDetail.allowed``: the box never decides that itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from ...domain.workflow import EventKind
from ...services.cases import steps as case_steps
from ...services.cases.views import CaseDetail
from ...services.context import ServiceContext
from ..dialogs import step_dialogs
from ..dialogs.case_actions import ActionDialog
from ..dialogs.decide_dialog import DecideDialog
from ..dialogs.extend_dialog import ExtendDialog
from ..dialogs.identity_dialog import IdentityDialog
from ..messages import show_error
from ..steps import run_step
from ..workers import Runner

# A step's service, called on the worker with the case's reference and what was typed.
Step = Callable[[ServiceContext, str, Any], CaseDetail]


@dataclass(frozen=True, slots=True)
class _Action:
    key: str
    text: str
    shortcut: str
    kind: EventKind | None  # None: not a workflow step (assigning), allowed once loaded


class CaseStepsBox(QGroupBox):
    """``done(CaseDetail)`` follows every step that succeeded, with the case as it now is.

    ``view`` is the case's view: the step shortcuts work anywhere inside it (and only there:
    the queue beside it keeps its own keys). It is not kept: a child holding its parent would
    make a reference cycle, which Python may then collect on a worker thread.
    """

    done = Signal(object)

    def __init__(self, ctx: ServiceContext, runner: Runner, reference: str, view: QWidget) -> None:
        super().__init__()
        self.setTitle(self.tr("Étapes"))
        self.setObjectName("actions")
        self._ctx, self._runner = ctx, runner
        self._reference = reference
        self._detail: CaseDetail | None = None
        self._busy = False
        self._dialog: ActionDialog | None = None
        self._step: Step | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._kinds: dict[str, EventKind | None] = {}
        self._build(view)

    # -- building -------------------------------------------------------------------------
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
                "Ctrl+Shift+U",  # Ctrl+Shift+R searches the sources (the Données tab)
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

    def _build(self, view: QWidget) -> None:
        grid = QGridLayout(self)
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
            shortcut = QShortcut(QKeySequence(spec.shortcut), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)  # click() does nothing when disabled
            grid.addWidget(button, number // 6, number % 6)
            self.buttons[spec.key] = button
            self._kinds[spec.key] = spec.kind
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button

    # -- what the view calls --------------------------------------------------------------
    @property
    def active_dialog(self) -> ActionDialog | None:
        """The step dialog open now, if any."""
        dialog = self._dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            return dialog
        return None

    def show_detail(self, detail: CaseDetail) -> None:
        """The case as last read: what its steps may be now, what their dialogs show."""
        self._detail = detail
        self._reference = detail.reference
        self.update_buttons()

    def update_buttons(self) -> None:
        detail = self._detail
        for key, button in self.buttons.items():
            kind = self._kinds[key]
            allowed = detail is not None and (kind is None or kind in detail.allowed)
            button.setEnabled(allowed and not self._busy)

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
        assert self._detail is not None
        representative = bool(self._detail.representative_name)
        dialog = IdentityDialog(self, self._ctx.today(), representative)
        self._open(
            dialog,
            lambda ctx, ref, v: case_steps.record_identity_verified(ctx, ref, v.proof, v.on),
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

    # -- running one ----------------------------------------------------------------------
    def open_step(self, dialog: ActionDialog, step: Step) -> None:
        """Show ``dialog``; on OK, run ``step`` (which returns the case) on the worker."""
        self._open(dialog, step)

    def _open(self, dialog: ActionDialog, step: Step) -> None:
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
        ctx, reference = self._ctx, self._reference
        self._set_busy(True)
        run_step(
            self._runner,
            self,
            lambda: step(ctx, reference, values),
            self.done.emit,
            lambda error: show_error(self, error),
            dialog=dialog,
            finished=lambda: self._set_busy(False),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_buttons()
