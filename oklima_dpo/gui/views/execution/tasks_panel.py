"""The case's tasks: what the systems' owners were asked (and their answers), and the Art. 19
notices to the recipients of the data — planned, produced, sent, acknowledged."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ....services.execution import notice_letter, notices, task_reminder
from ....services.execution import tasks as owner_tasks
from ...alive import named_button, row_table
from ...dialogs.case_actions import StepDialog, StepInput, TextSpec
from ...dialogs.execution import NoticeDialog, NoticeInput
from ...models.execution_models import TaskRow, TasksModel
from .steps import Scope


class TasksPanel(QWidget):
    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scope = scope
        self.notifies_recipients = False  # set from the case (CaseDetail.notifies_recipients)
        self.model = TasksModel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Tâches des propriétaires et notifications (art. 19)\u00a0:"))
        self.view = row_table(self.model, "tasks", self.tr("Tâches"))
        caption.setBuddy(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TasksModel.ANSWER_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.model.modelReset.connect(self._follow_selection)
        self.answer_button = named_button(
            "taskAnswered", self.tr("Réponse reçue…"), self.task_answered
        )
        self.remind_button = named_button(
            "taskReminder", self.tr("Préparer un rappel"), self.prepare_reminder
        )
        self.remind_button.setToolTip(
            self.tr("Un e-mail au propriétaire (.eml, à envoyer depuis la messagerie)")
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
        row.addWidget(self.remind_button)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 3)  # owners | recipients
        for button in (
            self.notices_button,
            self.produce_notice_button,
            self.sent_button,
            self.ack_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        column.addWidget(caption)
        column.addWidget(self.view, 1)
        column.addLayout(row)

    # -- the list ---------------------------------------------------------------------------
    def show_tasks(self, tasks: tuple[TaskRow, ...]) -> None:
        """The tasks read again; the selected one stays selected."""
        selected = self.selected_task()
        self.model.set_rows(tasks)
        if selected is not None:
            self.select_task(selected.id)

    def selected_task(self) -> TaskRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_task(self, task_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == task_id:
                self.view.selectRow(row)
                return

    def update_buttons(self, idle: bool) -> None:
        """What the service would accept for the selected task (its ``may_…``)."""
        task = self.selected_task()
        self.answer_button.setEnabled(idle and task is not None and task.may_answer)
        self.remind_button.setEnabled(idle and task is not None and task.may_remind)
        # Art. 19 notices only where the case asks a rectification, erasure or restriction.
        self.notices_button.setEnabled(idle and self.notifies_recipients)
        self.produce_notice_button.setEnabled(idle and task is not None and task.may_produce)
        self.sent_button.setEnabled(idle and task is not None and task.may_mark_sent)
        self.ack_button.setEnabled(idle and task is not None and task.may_acknowledge)

    def _follow_selection(self, *_: object) -> None:
        self.update_buttons(not self._scope.steps.busy)

    # -- owners' tasks ----------------------------------------------------------------------
    def task_answered(self) -> None:
        task, steps = self.selected_task(), self._scope.steps
        if steps.busy or task is None or not task.may_answer:
            return
        dialog = StepDialog(
            steps.owner,
            self.tr("Réponse du propriétaire"),
            self.tr("&Enregistrer la réponse"),
            intro=task.description,
            text=TextSpec(
                "answer",
                self.tr("&Ce qui a été fait\u00a0:"),
                placeholder=self.tr("Ce qui a été fait, où et à quelle date"),
            ),
        )
        ctx, reference, task_id = self._scope.ctx, self._scope.reference, task.id

        def submit(value: StepInput) -> None:
            steps.run(
                lambda: owner_tasks.complete_task(ctx, reference, task_id, value.text),
                dialog=dialog,
                said=self.tr("Réponse enregistrée (tâche n°\u00a0%1).").replace("%1", str(task_id)),
            )

        steps.ask(dialog, submit)

    def prepare_reminder(self) -> None:
        task, steps = self.selected_task(), self._scope.steps
        if steps.busy or task is None or not task.may_remind:
            return
        ctx, reference, task_id = self._scope.ctx, self._scope.reference, task.id

        def said(reminder: task_reminder.PreparedReminder) -> str:
            return (
                self.tr("Rappel préparé pour %1 : %2 (dans %3).")
                .replace("%1", reminder.to)
                .replace("%2", reminder.path.name)
                .replace("%3", str(reminder.path.parent))
            )

        steps.run(
            lambda: task_reminder.prepare_task_reminder(ctx, reference, task_id),
            busy=self.tr("Préparation du rappel…"),
            said=said,
        )

    # -- Art. 19 notices --------------------------------------------------------------------
    def plan_notices(self) -> None:
        steps = self._scope.steps
        if steps.busy:
            return
        ctx, reference = self._scope.ctx, self._scope.reference

        def said(planned: list[notices.NoticeView]) -> str:
            return (
                self.tr("%1 destinataire(s) à notifier.").replace("%1", str(len(planned)))
                if planned
                else self.tr("Aucun sous-traitant ni partenaire du registre à notifier.")
            )

        steps.run(
            lambda: notices.plan_notices(ctx, reference),
            busy=self.tr("Recherche des destinataires à notifier…"),
            said=said,
        )

    def produce_notice(self) -> None:
        task, steps = self.selected_task(), self._scope.steps
        if steps.busy or task is None or not task.may_produce:
            return
        dialog = NoticeDialog(steps.owner, task.target_name, self._scope.language)
        ctx, reference, task_id = self._scope.ctx, self._scope.reference, task.id

        def submit(notice: NoticeInput) -> None:
            def said(produced: notice_letter.NoticeProduced) -> str:
                return (
                    self.tr("Avis produit\u00a0: %1 (dans %2).")
                    .replace("%1", ", ".join(f.path.name for f in produced.files))
                    .replace("%2", str(produced.files[0].path.parent))
                )

            def then(produced: notice_letter.NoticeProduced) -> None:
                self.select_task(task_id)
                steps.show_pdf(produced.files[0].path, produced.files[0].sha256)

            steps.run(
                lambda: notice_letter.produce_notice(
                    ctx,
                    reference,
                    task_id,
                    address=notice.address,
                    email=notice.email,
                    as_email=notice.as_email,
                    language=notice.language,
                ),
                dialog=dialog,
                said=said,
                then=then,
            )

        steps.ask(dialog, submit)

    def notice_sent(self) -> None:
        task, steps = self.selected_task(), self._scope.steps
        if steps.busy or task is None or not task.may_mark_sent:
            return
        dialog = StepDialog(
            steps.owner,
            self.tr("Notification envoyée"),
            self.tr("&Enregistrer l’envoi"),
            intro=self.tr("Notification à «\u00a0%1\u00a0».").replace("%1", task.target_name),
            date_label=self.tr("&Envoyée le\u00a0:"),
            today=self._scope.ctx.today(),
            text=TextSpec(
                "channel",
                self.tr("&Moyen d’envoi\u00a0:"),
                multiline=False,
                placeholder=self.tr("Par exemple\u00a0: e-mail à dpo@prestataire.example"),
            ),
        )
        ctx, reference, task_id = self._scope.ctx, self._scope.reference, task.id

        def submit(value: StepInput) -> None:
            steps.run(
                lambda: notices.mark_notice_sent(
                    ctx, reference, task_id, channel=value.text, on=value.on
                ),
                dialog=dialog,
                said=self.tr("Envoi de la notification enregistré."),
            )

        steps.ask(dialog, submit)

    def notice_acknowledged(self) -> None:
        task, steps = self.selected_task(), self._scope.steps
        if steps.busy or task is None or not task.may_acknowledge:
            return
        dialog = StepDialog(
            steps.owner,
            self.tr("Accusé de réception du destinataire"),
            self.tr("&Enregistrer"),
            intro=self.tr("«\u00a0%1\u00a0» confirme avoir appliqué les mesures.").replace(
                "%1", task.target_name
            ),
            date_label=self.tr("&Reçu le\u00a0:"),
            today=self._scope.ctx.today(),
            text=TextSpec("answer", self.tr("&Réponse du destinataire\u00a0:")),
        )
        ctx, reference, task_id = self._scope.ctx, self._scope.reference, task.id

        def submit(value: StepInput) -> None:
            steps.run(
                lambda: notices.acknowledge_notice(
                    ctx, reference, task_id, answer=value.text, on=value.on
                ),
                dialog=dialog,
                said=self.tr("Accusé de réception enregistré."),
            )

        steps.ask(dialog, submit)
