"""The Exécution tab of a case: carrying a right out in the company's systems.

Choose a right the case asks (erasure, rectification, restriction, objection, withdrawal of
consent), prepare the plan (nothing is written: the tree shows, per system and record, what
will be deleted, pseudonymised, corrected old → new, kept and on which legal ground, or asked
of the system's owner), then « Exécuter… »: a confirmation names each system and its counts
and asks for the case's reference; the execution runs off the GUI thread, source by source,
with a cancel button; the verification that follows shows what remains and why. Below, the
tasks of the case: owners' answers, and the Art. 19 notices to the recipients (produce, send,
acknowledged). Restriction: announce the lifting, produce the letter, lift. Objection and
withdrawal of consent: the marketing suppression list.

This module assembles the panels (``plan_panel``, ``apply_panel``, ``restriction_panel``,
``suppression_panel``, ``tasks_panel``) and holds what they share: the state read, the chosen
right, the banner. Every step runs through ``steps.Steps``; the services decide everything
(what may be written, what is kept, when a restriction may be lifted) and the panels show what
they return and their refusals in their words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ....domain.gates import Checklist
from ....domain.rights import Right
from ....services.cases.gates import case_checklist
from ....services.cases.views import CaseDetail
from ....services.context import ServiceContext
from ....services.execution.views import ExecutionView
from ...dialogs.case_actions import ActionDialog
from ...dialogs.pdf_preview import PdfPreviewDialog
from ...models.execution_models import TaskRow
from ...steps import run_step
from ...workers import Runner
from ..case_tab import CaseTab, SourcesLoader
from ..checklist_panel import ChecklistPanel
from .apply_panel import ApplyPanel
from .plan_panel import PlanPanel
from .restriction_panel import RestrictionPanel
from .steps import ExecutionState, Steps, read_state
from .suppression_panel import SuppressionPanel
from .tasks_panel import TasksPanel
from .texts import status_text


class CaseExecutionTab(CaseTab):
    """``changed`` follows every change of the case (its journal and timeline grew)."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        load_sources: SourcesLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, runner, reference, load_sources, parent)
        self.setObjectName("caseExecution")
        self._detail: CaseDetail | None = None
        self._state: ExecutionState | None = None
        self.banner = self._new_banner("executionBanner")
        self.checklist = ChecklistPanel()
        sources = self._sources_loaded
        self._steps = Steps(
            self,
            runner,
            read=lambda: read_state(ctx, reference, sources()[0]),
            show=self._show_state,
            status=lambda: status_text(self.right, self.current),
            say=self.banner.setText,
        )
        self._steps.busy_changed.connect(self._update_buttons)
        self._steps.changed.connect(self.changed)

        self.plan_panel = PlanPanel(self, self)
        self.apply_panel = ApplyPanel(self, self)
        self.restriction_panel = RestrictionPanel(self, self)
        self.suppression_panel = SuppressionPanel(self, self)
        self.tasks_panel = TasksPanel(self)
        self.plan_panel.right_changed.connect(self._right_changed)
        self._name_controls()
        self._lay_out()
        self._update_buttons()

    def _name_controls(self) -> None:
        """The panels' controls and models by name on the tab (the case view, tests)."""
        plan, apply, tasks = self.plan_panel, self.apply_panel, self.tasks_panel
        self.right_combo, self.plan_button, self.tree = (
            plan.right_combo,
            plan.plan_button,
            plan.tree,
        )
        self.plan_model = plan.model
        self.execute_button, self.cancel_button = apply.execute_button, apply.cancel_button
        self.verify_button, self.progress = apply.verify_button, apply.progress
        self.announce_button = self.restriction_panel.announce_button
        self.lift_letter_button = self.restriction_panel.lift_letter_button
        self.lift_button = self.restriction_panel.lift_button
        self.suppress_button = self.suppression_panel.suppress_button
        self.tasks_model, self.tasks_view = tasks.model, tasks.view
        self.answer_button, self.notices_button = tasks.answer_button, tasks.notices_button
        self.produce_notice_button, self.sent_button = (
            tasks.produce_notice_button,
            tasks.sent_button,
        )
        self.ack_button, self.remind_button = tasks.ack_button, tasks.remind_button

    def _lay_out(self) -> None:
        """Controls, then the restriction's and the objection's actions, the banner, and the
        plan above the tasks. Placed in reading order, which is also the Tab order."""
        controls = QHBoxLayout()
        controls.addWidget(self.plan_panel.right_label)
        controls.addWidget(self.right_combo)
        controls.addWidget(self.plan_button)
        controls.addWidget(self.execute_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress, 1)
        controls.addStretch(0)
        controls.addWidget(self.verify_button)
        actions = QHBoxLayout()
        for button in (*self.restriction_panel.buttons, self.suppress_button):
            actions.addWidget(button)
        actions.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tasks_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 120])  # the plan matters most; the tasks are few
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(actions)
        layout.addWidget(self.checklist)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    # -- what the panels ask (``steps.Scope``) -------------------------------------------------
    @property
    def ctx(self) -> ServiceContext:
        return self._ctx

    @property
    def reference(self) -> str:
        return self._reference

    @property
    def steps(self) -> Steps:
        return self._steps

    @property
    def right(self) -> Right | None:
        return self.plan_panel.right

    @property
    def current(self) -> ExecutionView | None:
        """The latest execution of the chosen right."""
        return self._state.latest(self.right) if self._state is not None else None

    @property
    def language(self) -> str:
        """The case's language: letters and notices are produced in it by default."""
        return self._detail.language if self._detail and self._detail.language else "fr"

    # -- public ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._steps.busy

    @property
    def state(self) -> ExecutionState | None:
        return self._state

    @property
    def dialog(self) -> ActionDialog | None:
        """The dialog a step opened last."""
        return self._steps.dialog

    @property
    def preview(self) -> PdfPreviewDialog | None:
        return self._steps.preview

    def choose(self, right: Right) -> None:
        self.plan_panel.choose(right)

    def show_detail(self, detail: CaseDetail) -> None:
        """The rights the case asks, as the case view read them."""
        self._detail = detail
        self.tasks_panel.notifies_recipients = detail.notifies_recipients
        if self.plan_panel.show_rights(detail.rights):
            self._right_changed()
        else:  # the case read again after a step: what the banner says stays
            self._update_buttons()
            self.refresh_checklist()

    def refresh_checklist(self) -> None:
        """What stands before executing the chosen right (``domain.gates``), from the
        service; the plan itself may be prepared before (the DPO sees it to decide)."""
        ctx, reference, right = self._ctx, self._reference, self.right
        if right is None:
            self.checklist.show_checklist(None)
            return
        run_step(
            self._runner,
            self,
            lambda: case_checklist(ctx, reference, execute=right),
            self._show_checklist,
            lambda error: self.banner.setText("⚠ " + str(error)),
        )

    def reload(self) -> None:
        self._steps.reload()

    def status_text(self, view: ExecutionView | None) -> str:
        """Where the chosen right stands, in words: the banner."""
        return status_text(self.right, view)

    def selected_task(self) -> TaskRow | None:
        return self.tasks_panel.selected_task()

    def select_task(self, task_id: int) -> None:
        self.tasks_panel.select_task(task_id)

    # -- showing --------------------------------------------------------------------------
    def _show_checklist(self, checklist: Checklist) -> None:
        self.checklist.show_checklist(checklist)
        self._update_buttons()

    def _show_state(self, state: ExecutionState) -> None:
        self._state = state
        self.tasks_panel.show_tasks(state.tasks)
        self._show_current()

    def _show_current(self) -> None:
        view = self.current
        self.plan_panel.show(view)
        if not self.busy:
            self.banner.setText(self.status_text(view))
        self._update_buttons()

    def _right_changed(self) -> None:
        right = self.right
        self.restriction_panel.follow(right)
        self.suppression_panel.follow(right)
        self._show_current()
        if self._detail is not None:
            self.refresh_checklist()

    def _update_buttons(self) -> None:
        idle, view = not self.busy, self.current
        self.plan_panel.update_buttons(idle)
        self.apply_panel.update_buttons(idle, view)
        blocked = self.checklist.checklist is not None and bool(self.checklist.checklist.blocking)
        if blocked:  # the confirmation would only end in the same refusal
            self.execute_button.setEnabled(False)
        self.restriction_panel.update_buttons(idle, view)
        self.suppression_panel.update_buttons(idle, self.right)
        self.tasks_panel.update_buttons(idle)
