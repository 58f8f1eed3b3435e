"""Carrying the plan out, then verifying it: « Exécuter… » names each system and asks for the
case's reference; the execution runs source by source with its progress and a cancel button;
« Vérifier à nouveau » gathers the person's data again (after the owners' tasks)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar

from ....services.execution import applying, verification
from ....services.execution.views import ExecutionView
from ...alive import named_button
from ...dialogs.case_actions import ActionDialog
from ...dialogs.execution import ConfirmExecutionDialog
from ...labels import right_short_label
from ...models.execution_models import plan_lines
from ...workers import Progress, Task
from .steps import Scope


class ApplyPanel(QObject):
    def __init__(self, scope: Scope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scope = scope
        self._apply: Task | None = None  # the execution running, to cancel
        self._steps = (0, 0)  # progress: done, total
        self.execute_button = named_button("execute", self.tr("Exécuter…"), self.confirm)
        self.cancel_button = named_button(
            "cancelExecution", self.tr("Arrêter après ce système"), self.cancel
        )
        self.cancel_button.setToolTip(
            self.tr(
                "Les systèmes déjà modifiés le restent\u00a0; les suivants ne sont pas touchés."
            )
        )
        self.verify_button = named_button("verifyAgain", self.tr("Vérifier à nouveau"), self.verify)
        self.verify_button.setToolTip(
            self.tr("Rechercher à nouveau les données de la personne (après les tâches)")
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("executionProgress")
        self.progress.setAccessibleName(self.tr("Progression de l’exécution"))
        self.progress.setTextVisible(True)
        self.progress.hide()

    def update_buttons(self, idle: bool, view: ExecutionView | None) -> None:
        self.execute_button.setEnabled(idle and view is not None and view.may_apply)
        self.cancel_button.setVisible(self._apply is not None)
        self.verify_button.setEnabled(idle and view is not None and view.may_verify)

    # -- steps ----------------------------------------------------------------------------
    def confirm(self) -> None:
        view = self._scope.current
        steps = self._scope.steps
        if steps.busy or view is None or not view.may_apply:
            return
        right = view.right
        what = (
            self.tr("Demande %1 — %2 (%3), plan n°\u00a0%4")
            .replace("%1", view.reference)
            .replace("%2", right_short_label(right))
            .replace("%3", right.article)
            .replace("%4", str(view.id))
        )
        dialog = ConfirmExecutionDialog(
            steps.owner,
            view.reference,
            what,
            plan_lines(view.plan),
            view.plan.warnings,
            irreversible=view.plan.irreversible,
        )
        steps.ask(dialog, lambda _value: self._execute(view, dialog))

    def _execute(self, view: ExecutionView, dialog: ActionDialog) -> None:
        ctx, reference, execution_id = self._scope.ctx, self._scope.reference, view.id
        total = applying.progress_steps(view.plan)
        self._steps = (0, total)

        def work(progress: Progress) -> ExecutionView:
            return applying.apply_execution(
                ctx,
                reference,
                execution_id,
                progress=progress.tell,
                cancelled=lambda: progress.cancelled,
            )

        if shiboken6.isValid(dialog):
            dialog.succeeded()  # confirmed: the tab shows the progress from now on
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v sur %m étapes"))
        self.progress.show()
        self._apply = self._scope.steps.run(
            work,
            busy=self.tr("Exécution en cours…"),
            news=self._news,
            finished=self._finished,
            read_on_error=True,  # stopped half-way: the tab shows what was written
        )
        self._scope.steps.busy_changed.emit()  # the cancel button appears

    def _news(self, news: object) -> None:
        done, total = self._steps
        self._steps = (min(done + 1, total), total)
        self.progress.setValue(self._steps[0])
        self._scope.steps.say(str(news))

    def _finished(self) -> None:
        self._apply = None
        self.progress.hide()

    def cancel(self) -> None:
        if self._apply is not None:
            self._apply.cancel()
            self._scope.steps.say(
                self.tr(
                    "Arrêt demandé\u00a0: le système en cours se termine, les suivants ne "
                    "sont pas modifiés."
                )
            )

    def verify(self) -> None:
        view = self._scope.current
        if self._scope.steps.busy or view is None or not view.may_verify:
            return
        ctx, reference, execution_id = self._scope.ctx, self._scope.reference, view.id
        self._scope.steps.run(
            lambda: verification.verify_execution(ctx, reference, execution_id),
            busy=self.tr("Vérification\u00a0: nouvelle recherche dans les sources…"),
        )
