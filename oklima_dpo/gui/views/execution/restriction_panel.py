"""Lifting a restriction (Art. 18(3)): announce the date and the reasons, produce the letter
that tells the person, then lift. The service refuses a step out of order, in its words."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ....domain.answers import LetterKind
from ....domain.french import fr_date
from ....domain.rights import Right
from ....services.answers import produce as answers
from ....services.answers.recording import Produced
from ....services.execution import restriction
from ....services.execution.views import ExecutionView
from ...alive import named_button
from ...dialogs.execution import AnnounceLiftDialog, LiftInput
from .steps import Scope


class RestrictionPanel(QObject):
    def __init__(self, scope: Scope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scope = scope
        self.announce_button = named_button(
            "announceLift", self.tr("Annoncer la levée…"), self.announce_lift
        )
        self.lift_letter_button = named_button(
            "produceLiftLetter", self.tr("Produire le courrier de levée"), self.produce_lift_letter
        )
        self.lift_button = named_button("lift", self.tr("Lever la li&mitation"), self.lift)
        self.buttons = (self.announce_button, self.lift_letter_button, self.lift_button)

    def follow(self, right: Right | None) -> None:
        """Shown for a restriction only."""
        for button in self.buttons:
            button.setVisible(right is Right.RESTRICTION)

    def update_buttons(self, idle: bool, view: ExecutionView | None) -> None:
        liftable = idle and view is not None and view.may_lift
        for button in self.buttons:
            button.setEnabled(liftable)

    # -- steps ----------------------------------------------------------------------------
    def announce_lift(self) -> None:
        view, steps = self._scope.current, self._scope.steps
        if steps.busy or view is None:
            return
        dialog = AnnounceLiftDialog(steps.owner, self._scope.ctx.today())
        ctx, reference, execution_id = self._scope.ctx, self._scope.reference, view.id

        def submit(lift: LiftInput) -> None:
            steps.run(
                lambda: restriction.announce_restriction_lift(
                    ctx, reference, execution_id, lift_on=lift.lift_on, reasons=lift.reasons
                ),
                dialog=dialog,
                said=self.tr(
                    "Levée annoncée pour le %1\u00a0: produire maintenant le courrier de levée."
                ).replace("%1", fr_date(lift.lift_on)),
            )

        steps.ask(dialog, submit)

    def produce_lift_letter(self) -> None:
        steps = self._scope.steps
        if steps.busy:
            return
        ctx, reference, language = self._scope.ctx, self._scope.reference, self._scope.language

        def said(produced: Produced) -> str:
            return self.tr(
                "Courrier de levée produit\u00a0: %1 — à envoyer à la personne (onglet Réponses)."
            ).replace("%1", produced.files[0].path.name)

        def show(produced: Produced) -> None:
            steps.show_pdf(produced.files[0].path, produced.files[0].sha256)

        steps.run(
            lambda: answers.produce(
                ctx, reference, LetterKind.RESTRICTION_LIFT_NOTICE, language=language
            ),
            busy=self.tr("Production du courrier de levée…"),
            said=said,
            then=show,
        )

    def lift(self) -> None:
        view, steps = self._scope.current, self._scope.steps
        if steps.busy or view is None:
            return
        ctx, reference, execution_id = self._scope.ctx, self._scope.reference, view.id
        steps.run(
            lambda: restriction.lift_restriction(ctx, reference, execution_id),
            busy=self.tr("Levée de la limitation…"),
            said=self.tr("Limitation levée dans les systèmes."),
        )
