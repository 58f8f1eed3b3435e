"""Objection and withdrawal of consent: the person's identifiers on the marketing suppression
list; for a withdrawal, where the processing based on consent stops (a mark, an owner's task)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ....domain.plan import SUPPRESSION_RIGHTS
from ....domain.rights import Right
from ....services.objection import consent, suppression
from ...alive import named_button
from .steps import Scope
from .texts import stops_text, suppression_text


class SuppressionPanel(QObject):
    def __init__(self, scope: Scope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scope = scope
        self.suppress_button = named_button(
            "suppress", self.tr("Inscrire sur la liste d’opposition"), self.suppress
        )
        self.suppress_button.setToolTip(
            self.tr(
                "Les identifiants de la personne (e-mail, téléphone, numéros) sont exclus de "
                "toute prospection pendant la durée des réglages."
            )
        )

    def follow(self, right: Right | None) -> None:
        """Shown for an objection or a withdrawal of consent only."""
        self.suppress_button.setVisible(right in SUPPRESSION_RIGHTS)

    def update_buttons(self, idle: bool, right: Right | None) -> None:
        self.suppress_button.setEnabled(idle and right in SUPPRESSION_RIGHTS)

    def suppress(self) -> None:
        right, steps = self._scope.right, self._scope.steps
        if steps.busy or right not in SUPPRESSION_RIGHTS:
            return
        ctx, reference = self._scope.ctx, self._scope.reference
        if right is Right.OBJECTION:
            steps.run(
                lambda: suppression.record_objection(ctx, reference),
                busy=self.tr("Inscription sur la liste d’opposition…"),
                said=suppression_text,
            )
        else:
            steps.run(
                lambda: consent.record_consent_withdrawal(ctx, reference),
                busy=self.tr("Inscription sur la liste d’opposition…"),
                said=lambda withdrawal: (
                    suppression_text(withdrawal.suppression) + " " + stops_text(withdrawal.stops)
                ),
            )
