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

The services decide everything (what may be written, what is kept, when a restriction may be
lifted); this tab shows what they return and their refusals in their words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.answers import LetterKind
from ...domain.catalogue import Catalogue
from ...domain.errors import DpoError
from ...domain.french import fr_date
from ...domain.identity import IdentifierKind
from ...domain.plan import EXECUTABLE_RIGHTS, Action
from ...domain.register import Register
from ...domain.rights import Right
from ...services.answers import produce as answers
from ...services.answers import recording
from ...services.cases.views import CaseDetail
from ...services.context import ServiceContext
from ...services.execution import (
    applying,
    notice_letter,
    notices,
    planning,
    restriction,
    verification,
)
from ...services.execution import tasks as owner_tasks
from ...services.execution import views as execution_views
from ...services.execution.views import ExecutionView
from ...services.gathering import review
from ...services.gathering import views as gathering_views
from ...services.objection import consent
from ...services.objection import suppression as suppression_list
from ..alive import if_alive, named_button, row_table
from ..dialogs.case_actions import ActionDialog, StepDialog, TextSpec
from ..dialogs.execution import (
    AnnounceLiftDialog,
    ConfirmExecutionDialog,
    CorrectableField,
    CorrectionsDialog,
    LiftInput,
    NoticeDialog,
    NoticeInput,
)
from ..dialogs.pdf_preview import PdfPreviewDialog
from ..labels import (
    REMAINING,
    STATE,
    code_label,
    identifier_label,
    outcome_label,
    plan_action_count,
    right_short_label,
)
from ..models.execution_models import PlanTreeModel, TaskRow, TasksModel, plan_lines
from ..workers import Progress, Runner, Task
from .case_tab import CaseTab

SourcesLoader = Callable[[], tuple[Catalogue, Register]]
#: The rights this tab carries out (a withdrawal of consent also goes on the suppression list).
RIGHTS = EXECUTABLE_RIGHTS
SUPPRESSION_RIGHTS = (Right.OBJECTION, Right.CONSENT_WITHDRAWAL)


@dataclass(frozen=True, slots=True)
class ExecutionState:
    """What the tab shows, read in one worker call."""

    executions: tuple[ExecutionView, ...]
    tasks: tuple[TaskRow, ...]


def _read_state(
    ctx: ServiceContext, reference: str, catalogue: Catalogue, register: Register
) -> ExecutionState:
    executions = execution_views.list_executions(ctx, reference)
    names = {sid: spec.name for sid, spec in catalogue.sources.items()}
    tasks = [TaskRow.of_task(t, names) for t in owner_tasks.list_tasks(ctx, reference)]
    tasks += [TaskRow.of_notice(n) for n in notices.list_notices(ctx, reference)]
    return ExecutionState(executions, tuple(tasks))


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
        self._busy = False
        self._apply: Task | None = None
        self._steps = (0, 0)
        self.dialog: ActionDialog | None = None
        self.preview: PdfPreviewDialog | None = None

        self.plan_model = PlanTreeModel(self)
        self.tasks_model = TasksModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls())
        layout.addLayout(self._build_right_actions())
        self.banner = QLabel()
        self.banner.setObjectName("executionBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_tree())
        splitter.addWidget(self._build_tasks())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 120])  # the plan matters most; the tasks are few
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- building -----------------------------------------------------------------------
    def _build_controls(self) -> QHBoxLayout:
        self.right_combo = QComboBox()
        self.right_combo.setObjectName("executionRight")
        self.right_combo.setAccessibleName(self.tr("Droit à exécuter"))
        self.right_combo.currentIndexChanged.connect(self._right_changed)
        right_label = QLabel(self.tr("Droit\u00a0:"))
        right_label.setBuddy(self.right_combo)
        self.plan_button = named_button("preparePlan", self.tr("Préparer le p&lan"), self.prepare)
        self.plan_button.setToolTip(
            self.tr("Le plan et ses comptes, sans rien modifier dans les systèmes")
        )
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
        row = QHBoxLayout()
        row.addWidget(right_label)
        row.addWidget(self.right_combo)
        row.addWidget(self.plan_button)
        row.addWidget(self.execute_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        row.addWidget(self.verify_button)
        return row

    def _build_right_actions(self) -> QHBoxLayout:
        self.announce_button = named_button(
            "announceLift", self.tr("Annoncer la levée…"), self.announce_lift
        )
        self.lift_letter_button = named_button(
            "produceLiftLetter", self.tr("Produire le courrier de levée"), self.produce_lift_letter
        )
        self.lift_button = named_button("lift", self.tr("Lever la li&mitation"), self.lift)
        self.suppress_button = named_button(
            "suppress", self.tr("Inscrire sur la liste d’opposition"), self.suppress
        )
        self.suppress_button.setToolTip(
            self.tr(
                "Les identifiants de la personne (e-mail, téléphone, numéros) sont exclus de "
                "toute prospection pendant la durée des réglages."
            )
        )
        row = QHBoxLayout()
        for button in (
            self.announce_button,
            self.lift_letter_button,
            self.lift_button,
            self.suppress_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_tree(self) -> QWidget:
        self.tree = QTreeView()
        self.tree.setObjectName("plan")
        self.tree.setAccessibleName(self.tr("Plan d’exécution"))
        self.tree.setModel(self.plan_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return self.tree

    def _build_tasks(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Tâches des propriétaires et notifications (art. 19)\u00a0:"))
        self.tasks_view = row_table(self.tasks_model, "tasks", self.tr("Tâches"))
        caption.setBuddy(self.tasks_view)
        header = self.tasks_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TasksModel.ANSWER_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tasks_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tasks_model.modelReset.connect(self._update_buttons)
        self.answer_button = named_button(
            "taskAnswered", self.tr("Réponse reçue…"), self.task_answered
        )
        self.notices_button = named_button(
            "planNotices", self.tr("Notifier les destinataires (art. 19)"), self.plan_notices
        )
        self.notices_button.setToolTip(
            self.tr(
                "Une notification par sous-traitant ou partenaire du registre ayant reçu ces "
                "données"
            )
        )
        self.produce_notice_button = named_button(
            "produceNotice", self.tr("Produire l’avis…"), self.produce_notice
        )
        self.sent_button = named_button("noticeSent", self.tr("Marquer envoyé…"), self.notice_sent)
        self.ack_button = named_button(
            "noticeAcknowledged", self.tr("Accusé reçu…"), self.notice_acknowledged
        )
        row = QHBoxLayout()
        row.addWidget(self.answer_button)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        for button in (
            self.notices_button,
            self.produce_notice_button,
            self.sent_button,
            self.ack_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        column.addWidget(caption)
        column.addWidget(self.tasks_view, 1)
        column.addLayout(row)
        return holder

    # -- public ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def state(self) -> ExecutionState | None:
        return self._state

    @property
    def right(self) -> Right | None:
        value = self.right_combo.currentData()
        return Right(value) if value else None

    @property
    def current(self) -> ExecutionView | None:
        """The latest execution of the chosen right."""
        right = self.right
        if self._state is None or right is None:
            return None
        found = [e for e in self._state.executions if e.right is right]
        return found[-1] if found else None

    def choose(self, right: Right) -> None:
        self.right_combo.setCurrentIndex(self.right_combo.findData(right.value))

    def show_detail(self, detail: CaseDetail) -> None:
        """The rights the case asks, as the case view read them."""
        self._detail = detail
        chosen = self.right_combo.currentData()
        self.right_combo.blockSignals(True)
        self.right_combo.clear()
        for view in detail.rights:
            if view.right not in RIGHTS:
                continue
            state = outcome_label(view.outcome) if view.outcome else self.tr("à décider")
            self.right_combo.addItem(
                self.tr("%1 (%2) — %3")
                .replace("%1", right_short_label(view.right))
                .replace("%2", view.right.article)
                .replace("%3", state),
                view.right.value,
            )
        index = self.right_combo.findData(chosen) if chosen else 0
        self.right_combo.setCurrentIndex(max(index, 0))
        self.right_combo.blockSignals(False)
        if self.right_combo.currentData() != chosen:
            self._right_changed()
        else:  # the case read again after a step: what the banner says stays
            self._update_buttons()

    def reload(self) -> None:
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded
        self._runner.submit(
            lambda: _read_state(ctx, reference, *sources()),
            if_alive(self, self._show_state),
            if_alive(self, self._failed),
        )

    # -- plan and execution ---------------------------------------------------------------
    def prepare(self) -> None:
        right = self.right
        if self._busy or right is None or right not in EXECUTABLE_RIGHTS:
            return
        if right is Right.RECTIFICATION:
            self._ask_corrections()
            return
        self._plan(right, None)

    def _ask_corrections(self) -> None:
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work() -> list[CorrectableField]:
            catalogue = sources()[0]
            data = review.case_data(ctx, reference)
            return correctable_fields(catalogue, data)

        def done(fields: list[CorrectableField]) -> None:
            self._set_busy(False)
            dialog = CorrectionsDialog(self, fields)
            self._open(dialog, lambda values: self._plan(Right.RECTIFICATION, values, dialog))

        self._set_busy(True, self.tr("Lecture des champs modifiables…"))
        self._runner.submit(work, if_alive(self, done), if_alive(self, self._failed))

    def _plan(
        self, right: Right, corrections: dict[str, str] | None, dialog: ActionDialog | None = None
    ) -> None:
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work() -> ExecutionState:
            catalogue, register = sources()
            planning.plan_execution(
                ctx,
                reference,
                right,
                corrections=corrections,
            )
            return _read_state(ctx, reference, catalogue, register)

        self._set_busy(True, self.tr("Préparation du plan…"))
        self._run(work, dialog)

    def confirm(self) -> None:
        view = self.current
        if self._busy or view is None or view.status != "planned":
            return
        right = view.right
        what = (
            self.tr("Demande %1 — %2 (%3), plan n°\u00a0%4")
            .replace("%1", view.reference)
            .replace("%2", right_short_label(right))
            .replace("%3", right.article)
            .replace("%4", str(view.id))
        )
        irreversible = any(
            r.action in (Action.DELETE, Action.PSEUDONYMISE, Action.EMPTY)
            for s in view.plan.sources
            for r in s.records
        )
        dialog = ConfirmExecutionDialog(
            self,
            view.reference,
            what,
            plan_lines(view.plan),
            view.plan.warnings,
            irreversible=irreversible,
        )
        self._open(dialog, lambda _value: self._execute(view, dialog))

    def _execute(self, view: ExecutionView, dialog: ActionDialog) -> None:
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded
        execution_id = view.id
        steps = sum(1 for s in view.plan.sources if s.writes) + 1  # and the verification
        self._steps = (0, steps)

        def work(progress: Progress) -> ExecutionState:
            catalogue, register = sources()
            applying.apply_execution(
                ctx,
                reference,
                execution_id,
                progress=progress.tell,
                cancelled=lambda: progress.cancelled,
            )
            return _read_state(ctx, reference, catalogue, register)

        if shiboken6.isValid(dialog):
            dialog.succeeded()
        self._set_busy(True, self.tr("Exécution en cours…"))
        self.progress.setRange(0, steps)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v sur %m étapes"))
        self.progress.show()

        def done(state: ExecutionState) -> None:
            self._apply = None
            self.progress.hide()
            self._done(state)

        def failed(error: DpoError) -> None:
            self._apply = None
            self.progress.hide()
            self._failed(error)
            self.reload()

        self._apply = self._runner.submit(
            work, if_alive(self, done), if_alive(self, failed), on_news=if_alive(self, self._news)
        )
        self._update_buttons()

    def _news(self, news: object) -> None:
        done, total = self._steps
        self._steps = (min(done + 1, total), total)
        self.progress.setValue(self._steps[0])
        self.banner.setText(str(news))

    def cancel(self) -> None:
        if self._apply is not None:
            self._apply.cancel()
            self.banner.setText(
                self.tr(
                    "Arrêt demandé\u00a0: le système en cours se termine, les suivants ne "
                    "sont pas modifiés."
                )
            )

    def verify(self) -> None:
        view = self.current
        if self._busy or view is None or view.status == "planned":
            return
        ctx, reference, sources, execution_id = (
            self._ctx,
            self._reference,
            self._sources_loaded,
            view.id,
        )

        def work() -> ExecutionState:
            catalogue, register = sources()
            verification.verify_execution(ctx, reference, execution_id)
            return _read_state(ctx, reference, catalogue, register)

        self._set_busy(True, self.tr("Vérification\u00a0: nouvelle recherche dans les sources…"))
        self._run(work)

    # -- restriction ----------------------------------------------------------------------
    def announce_lift(self) -> None:
        view = self.current
        if self._busy or view is None:
            return
        dialog = AnnounceLiftDialog(self, self._ctx.today())
        ctx, reference, execution_id = self._ctx, self._reference, view.id

        def submit(value: object) -> None:
            lift: LiftInput = value  # type: ignore[assignment]
            self._call(
                lambda: restriction.announce_restriction_lift(
                    ctx, reference, execution_id, lift_on=lift.lift_on, reasons=lift.reasons
                ),
                dialog,
                self.tr(
                    "Levée annoncée pour le %1\u00a0: produire maintenant le courrier de levée."
                ).replace("%1", fr_date(lift.lift_on)),
            )

        self._open(dialog, submit)

    def produce_lift_letter(self) -> None:
        if self._busy:
            return
        ctx, reference = self._ctx, self._reference
        language = self._detail.language if self._detail and self._detail.language else "fr"

        def work() -> recording.Produced:
            return answers.produce(
                ctx, reference, LetterKind.RESTRICTION_LIFT_NOTICE, language=language
            )

        def done(produced: recording.Produced) -> None:
            self._set_busy(False)
            pdf = produced.files[0]
            self._say(
                self.tr(
                    "Courrier de levée produit\u00a0: %1 — à envoyer à la personne "
                    "(onglet Réponses)."
                ).replace("%1", pdf.path.name)
            )
            self._open_preview(pdf.path, pdf.sha256)
            self.changed.emit()
            self.reload()

        self._set_busy(True, self.tr("Production du courrier de levée…"))
        self._runner.submit(work, if_alive(self, done), if_alive(self, self._failed))

    def lift(self) -> None:
        view = self.current
        if self._busy or view is None:
            return
        ctx, reference, sources, execution_id = (
            self._ctx,
            self._reference,
            self._sources_loaded,
            view.id,
        )

        def work() -> ExecutionState:
            catalogue, register = sources()
            restriction.lift_restriction(ctx, reference, execution_id)
            return _read_state(ctx, reference, catalogue, register)

        self._set_busy(True, self.tr("Levée de la limitation…"))
        self._run(work, done_text=self.tr("Limitation levée dans les systèmes."))

    # -- objection, withdrawal of consent -------------------------------------------------
    def suppress(self) -> None:
        right = self.right
        if self._busy or right not in SUPPRESSION_RIGHTS:
            return
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work() -> tuple[str, ExecutionState]:
            catalogue, register = sources()
            if right is Right.OBJECTION:
                text = suppression_text(suppression_list.record_objection(ctx, reference))
            else:
                withdrawal = consent.record_consent_withdrawal(ctx, reference)
                text = suppression_text(withdrawal.suppression)
                text += " " + stops_text(withdrawal.stops)
            return text, _read_state(ctx, reference, catalogue, register)

        def done(result: tuple[str, ExecutionState]) -> None:
            self._done(result[1], result[0])

        self._set_busy(True, self.tr("Inscription sur la liste d’opposition…"))
        self._runner.submit(work, if_alive(self, done), if_alive(self, self._failed))

    # -- tasks and notices ----------------------------------------------------------------
    def selected_task(self) -> TaskRow | None:
        rows = self.tasks_view.selectionModel().selectedRows()
        return self.tasks_model.row_at(rows[0].row()) if rows else None

    def select_task(self, task_id: int) -> None:
        for row in range(self.tasks_model.rowCount()):
            if self.tasks_model.row_at(row).id == task_id:
                self.tasks_view.selectRow(row)
                return

    def task_answered(self) -> None:
        task = self.selected_task()
        if self._busy or task is None or task.notice or task.status != "open":
            return
        dialog = StepDialog(
            self,
            self.tr("Réponse du propriétaire"),
            self.tr("&Enregistrer la réponse"),
            intro=task.description,
            text=TextSpec(
                "answer",
                self.tr("&Ce qui a été fait\u00a0:"),
                placeholder=self.tr("Ce qui a été fait, où et à quelle date"),
            ),
        )
        ctx, reference, task_id = self._ctx, self._reference, task.id
        self._open(
            dialog,
            lambda value: self._call(
                lambda: owner_tasks.complete_task(ctx, reference, task_id, value.text),
                dialog,
                self.tr("Réponse enregistrée (tâche n°\u00a0%1).").replace("%1", str(task_id)),
            ),
        )

    def plan_notices(self) -> None:
        if self._busy:
            return
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work() -> tuple[int, ExecutionState]:
            catalogue, register = sources()
            planned = notices.plan_notices(ctx, reference)
            return len(planned), _read_state(ctx, reference, catalogue, register)

        def done(result: tuple[int, ExecutionState]) -> None:
            count, state = result
            text = (
                self.tr("%1 destinataire(s) à notifier.").replace("%1", str(count))
                if count
                else self.tr("Aucun sous-traitant ni partenaire du registre à notifier.")
            )
            self._done(state, text)

        self._set_busy(True, self.tr("Recherche des destinataires à notifier…"))
        self._runner.submit(work, if_alive(self, done), if_alive(self, self._failed))

    def produce_notice(self) -> None:
        task = self.selected_task()
        if self._busy or task is None or not task.notice:
            return
        language = self._detail.language if self._detail and self._detail.language else "fr"
        dialog = NoticeDialog(self, task.target_name, language)
        ctx, reference, sources, task_id = self._ctx, self._reference, self._sources_loaded, task.id

        def submit(value: object) -> None:
            notice: NoticeInput = value  # type: ignore[assignment]

            def work() -> tuple[notice_letter.NoticeProduced, ExecutionState]:
                catalogue, register = sources()
                produced = notice_letter.produce_notice(
                    ctx,
                    reference,
                    task_id,
                    address=notice.address,
                    email=notice.email,
                    as_email=notice.as_email,
                    language=notice.language,
                )
                return produced, _read_state(ctx, reference, catalogue, register)

            def done(result: tuple[notice_letter.NoticeProduced, ExecutionState]) -> None:
                produced, state = result
                if shiboken6.isValid(dialog):
                    dialog.succeeded()
                names = ", ".join(f.path.name for f in produced.files)
                self._done(
                    state,
                    self.tr("Avis produit\u00a0: %1 (dans %2).")
                    .replace("%1", names)
                    .replace("%2", str(produced.files[0].path.parent)),
                )
                self.select_task(task_id)
                pdf = produced.files[0]
                self._open_preview(pdf.path, pdf.sha256)

            self._set_busy(True)
            self._runner.submit(
                work, if_alive(self, done), if_alive(self, lambda e: self._dialog_failed(dialog, e))
            )

        self._open(dialog, submit)

    def notice_sent(self) -> None:
        task = self.selected_task()
        if self._busy or task is None or not task.notice or task.status != "open":
            return
        dialog = StepDialog(
            self,
            self.tr("Notification envoyée"),
            self.tr("&Enregistrer l’envoi"),
            intro=self.tr("Notification à «\u00a0%1\u00a0».").replace("%1", task.target_name),
            date_label=self.tr("&Envoyée le\u00a0:"),
            today=self._ctx.today(),
            text=TextSpec(
                "channel",
                self.tr("&Moyen d’envoi\u00a0:"),
                multiline=False,
                placeholder=self.tr("Par exemple\u00a0: e-mail à dpo@prestataire.example"),
            ),
        )
        ctx, reference, task_id = self._ctx, self._reference, task.id
        self._open(
            dialog,
            lambda value: self._call(
                lambda: notices.mark_notice_sent(
                    ctx, reference, task_id, channel=value.text, on=value.on
                ),
                dialog,
                self.tr("Envoi de la notification enregistré."),
            ),
        )

    def notice_acknowledged(self) -> None:
        task = self.selected_task()
        if self._busy or task is None or not task.notice or task.status != "sent":
            return
        dialog = StepDialog(
            self,
            self.tr("Accusé de réception du destinataire"),
            self.tr("&Enregistrer"),
            intro=self.tr("«\u00a0%1\u00a0» confirme avoir appliqué les mesures.").replace(
                "%1", task.target_name
            ),
            date_label=self.tr("&Reçu le\u00a0:"),
            today=self._ctx.today(),
            text=TextSpec("answer", self.tr("&Réponse du destinataire\u00a0:")),
        )
        ctx, reference, task_id = self._ctx, self._reference, task.id
        self._open(
            dialog,
            lambda value: self._call(
                lambda: notices.acknowledge_notice(
                    ctx, reference, task_id, answer=value.text, on=value.on
                ),
                dialog,
                self.tr("Accusé de réception enregistré."),
            ),
        )

    # -- showing --------------------------------------------------------------------------
    def _show_state(self, state: ExecutionState) -> None:
        self._state = state
        selected = self.selected_task()
        self.tasks_model.set_rows(state.tasks)
        if selected is not None:
            self.select_task(selected.id)
        self._show_current()

    def _show_current(self) -> None:
        view = self.current
        self.plan_model.show(view)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        # Room for the result: the detail column takes at most half the width.
        width = self.tree.viewport().width()
        for column, share in ((0, 0.25), (1, 0.22), (2, 0.36)):
            if self.tree.columnWidth(column) > width * share:
                self.tree.setColumnWidth(column, int(width * share))
        if not self._busy:
            self._say(self.status_text(view))
        self._update_buttons()

    def status_text(self, view: ExecutionView | None) -> str:
        """Where the chosen right stands, in words: the banner."""
        right = self.right
        if right is None:
            return self.tr("La demande ne porte sur aucun droit à exécuter dans les systèmes.")
        if right is Right.CONSENT_WITHDRAWAL and view is None:
            return self.tr(
                "Retrait du consentement\u00a0: inscrire la personne sur la liste "
                "d’opposition\u00a0; les sources qui servent un traitement fondé sur le "
                "consentement sont indiquées, une tâche est ouverte pour celles que le "
                "programme ne peut pas modifier."
            )
        if view is None:
            return self.tr(
                "Aucun plan pour ce droit\u00a0: «\u00a0Préparer le plan\u00a0» montre ce qui "
                "serait fait dans chaque système, sans rien modifier."
            )
        text = (
            self.tr("Plan n°\u00a0%1 du %2 (SHA-256 %3…)\u00a0: %4.")
            .replace("%1", str(view.id))
            .replace("%2", fr_date(view.created_at.date()))
            .replace("%3", view.plan_sha256[:12])
            .replace("%4", code_label(STATE, view.status))
        )
        counts = ", ".join(plan_action_count(code, n) for code, n in _preview_counts(view).items())
        if counts:
            text += " " + self.tr("Aperçu\u00a0: %1.").replace("%1", counts)
        for warning in view.plan.warnings:
            text += "\n⚠ " + warning
        verification = view.verification
        if verification:
            text += "\n" + self._verification_text(view, verification)
        if view.lifted:
            text += "\n" + self.tr("Limitation levée.")
        return text

    def _verification_text(self, view: ExecutionView, verification: dict[str, Any]) -> str:
        if verification.get("error"):
            return "⚠ " + self.tr("Vérification impossible\u00a0: %1").replace(
                "%1", str(verification["error"])
            )
        tally: dict[str, int] = {}
        for item in verification.get("remaining", ()):
            tally[item["state"]] = tally.get(item["state"], 0) + 1
        if view.status == "verified":
            text = "✓ " + self.tr("Vérifié\u00a0: une nouvelle recherche confirme le plan.")
        elif view.status == "failed":
            text = "✗ " + self.tr("Échec\u00a0: aucun système n’a pu être modifié.")
        else:
            text = "⚠ " + self.tr("Appliqué en partie\u00a0: voir ce qui reste ci-dessous.")
        if tally:
            text += " " + self.tr("Reste\u00a0: %1.").replace(
                "%1", ", ".join(f"{code_label(REMAINING, k)} × {v}" for k, v in tally.items())
            )
        names = {s.source: s.name for s in view.plan.sources}
        failed = [names.get(s, s) for s in verification.get("failed_sources", ())]
        if failed:
            text += " " + self.tr("Systèmes en échec\u00a0: %1.").replace("%1", ", ".join(failed))
        unverified = [names.get(s, s) for s in verification.get("unverified_sources", ())]
        if unverified:
            text += " " + self.tr("Non vérifiés (source injoignable)\u00a0: %1.").replace(
                "%1", ", ".join(unverified)
            )
        return text

    def _right_changed(self, *_: object) -> None:
        right = self.right
        restriction = right is Right.RESTRICTION
        for button in (self.announce_button, self.lift_letter_button, self.lift_button):
            button.setVisible(restriction)
        self.suppress_button.setVisible(right in SUPPRESSION_RIGHTS)
        self._show_current()

    def _update_buttons(self, *_: object) -> None:
        idle = not self._busy
        right = self.right
        view = self.current
        executable = right in EXECUTABLE_RIGHTS
        self.right_combo.setEnabled(idle)
        self.plan_button.setEnabled(idle and executable)
        self.execute_button.setEnabled(idle and view is not None and view.status == "planned")
        self.cancel_button.setVisible(self._apply is not None)
        applied = view is not None and view.status in ("verified", "partly", "applied")
        self.verify_button.setEnabled(idle and applied)
        restriction = applied and right is Right.RESTRICTION and not view.lifted  # type: ignore[union-attr]
        self.announce_button.setEnabled(idle and restriction)
        self.lift_letter_button.setEnabled(idle and restriction)
        self.lift_button.setEnabled(idle and restriction)
        self.suppress_button.setEnabled(idle and right in SUPPRESSION_RIGHTS)
        task = self.selected_task()
        owner_open = task is not None and not task.notice and task.status == "open"
        self.answer_button.setEnabled(idle and owner_open)
        self.notices_button.setEnabled(idle)
        notice = task is not None and task.notice
        self.produce_notice_button.setEnabled(
            idle and notice and task.status in ("open", "sent")  # type: ignore[union-attr]
        )
        self.sent_button.setEnabled(
            idle and notice and task.status == "open" and task.document_id is not None  # type: ignore[union-attr]
        )
        self.ack_button.setEnabled(idle and notice and task.status == "sent")  # type: ignore[union-attr]

    # -- helpers --------------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[], ExecutionState],
        dialog: ActionDialog | None = None,
        done_text: str = "",
    ) -> None:
        def done(state: ExecutionState) -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.succeeded()
            self._done(state, done_text)

        self._runner.submit(
            work, if_alive(self, done), if_alive(self, lambda e: self._dialog_failed(dialog, e))
        )

    def _call(self, step: Callable[[], object], dialog: ActionDialog, done_text: str) -> None:
        """A step from a dialog, then the tab read again."""
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work() -> ExecutionState:
            step()
            return _read_state(ctx, reference, *sources())

        self._set_busy(True)
        self._run(work, dialog, done_text)

    def _done(self, state: ExecutionState, text: str = "") -> None:
        self._set_busy(False)
        self._show_state(state)
        if text:
            self._say(text + "\n" + self.status_text(self.current))
        self.changed.emit()

    def _dialog_failed(self, dialog: ActionDialog | None, error: DpoError) -> None:
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            self._set_busy(False)
            dialog.show_error(error)
        else:
            self._failed(error)

    def _failed(self, error: DpoError) -> None:
        self._set_busy(False)
        self._say("⚠ " + str(error))

    def _open(self, dialog: ActionDialog, on_submit: Callable[[Any], None]) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.reject()
        self.dialog = dialog
        dialog.submitted.connect(on_submit)
        dialog.open()

    def _open_preview(self, path: Path, sha256: str) -> None:
        if self.preview is not None and shiboken6.isValid(self.preview):
            self.preview.close()
        self.preview = PdfPreviewDialog(self, path, sha256)
        self.preview.show()

    def _say(self, text: str) -> None:
        self.banner.setText(text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self._say(text)
        self._update_buttons()


# -- words ------------------------------------------------------------------------------


def _preview_counts(view: ExecutionView) -> dict[str, int]:
    """Records per action over every system; kept records covered by a mark apart."""
    counts: dict[str, int] = {}
    for source in view.plan.sources:
        for record in source.records:
            code = record.action.value
            if record.action is Action.KEEP and not record.ground:
                code = "covered"
            counts[code] = counts.get(code, 0) + 1
    return {
        code: counts[code] for code in (*(a.value for a in Action), "covered") if code in counts
    }


def correctable_fields(
    catalogue: Catalogue, data: gathering_views.CaseData | None = None
) -> list[CorrectableField]:
    """Every field a rectification may change, with what the reviewed records hold now."""
    current: dict[str, list[str]] = {}
    for finding in data.findings if data is not None else ():
        if not finding.included or finding.change == "gone":
            continue
        for field in finding.fields:
            path = f"{finding.source_id}.{finding.table}.{field.name}"
            if field.value not in (None, ""):
                current.setdefault(path, []).append(str(field.value))
    fields = []
    for source_id, spec in catalogue.sources.items():
        if spec.kind != "sql":
            continue
        for table_name, table in spec.tables.items():
            if table.writes is None:
                continue
            for name in table.writes.correctable:
                path = f"{source_id}.{table_name}.{name}"
                field_label = table.fields[name].label if name in table.fields else None
                label = " › ".join((spec.name, table.label or table_name, field_label or name))
                values = ", ".join(dict.fromkeys(current.get(path, ())))
                fields.append(CorrectableField(path, label, values))
    return fields


def _identifier_word(kind: str) -> str:
    if kind in IdentifierKind._value2member_map_:
        return identifier_label(IdentifierKind(kind))
    return kind


def suppression_text(result: suppression_list.SuppressionResult) -> str:
    kinds = ", ".join(f"{count} {_identifier_word(kind)}" for kind, count in result.kinds.items())
    return (
        QCoreApplication.translate(
            "CaseExecutionTab",
            "Inscrit sur la liste d’opposition à la prospection jusqu’au %1\u00a0: %2 "
            "identifiant(s) (%3), dont %4 déjà inscrit(s).",
        )
        .replace("%1", fr_date(result.expires_on))
        .replace("%2", str(result.total))
        .replace("%3", kinds)
        .replace("%4", str(result.extended))
    )


def stops_text(stops: tuple[consent.ConsentStop, ...]) -> str:
    if not stops:
        return QCoreApplication.translate(
            "CaseExecutionTab", "Aucune source ne sert un traitement fondé sur le consentement."
        )
    parts = []
    for stop in stops:
        if stop.writable:
            parts.append(
                QCoreApplication.translate(
                    "CaseExecutionTab", "%1\u00a0: marque posée par l’exécution (%2)"
                )
                .replace("%1", stop.source_name)
                .replace("%2", ", ".join(stop.fields))
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "CaseExecutionTab", "%1\u00a0: tâche n°\u00a0%2 pour son propriétaire"
                )
                .replace("%1", stop.source_name)
                .replace("%2", str(stop.task_id))
            )
    return "\u00a0; ".join(parts) + "."
