"""« Prolonger le délai… »: the date the extension gives and the notice due to the person,
shown before the DPO confirms (both computed by the services, in the case's deadline)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...domain.french import fr_date
from ...services.cases.views import DeadlineView
from .case_actions import StepDialog, TextSpec


class ExtendDialog(StepDialog):
    """Shows the date the extension gives, and the notice due to the person, before confirming."""

    def __init__(self, parent: QWidget | None, deadline: DeadlineView, today: date) -> None:
        super().__init__(
            parent,
            title=QCoreApplication.translate("ExtendDialog", "Prolonger le délai"),
            confirm=QCoreApplication.translate("ExtendDialog", "&Prolonger le délai"),
            intro=QCoreApplication.translate(
                "ExtendDialog",
                "Prolongation de deux mois (art. 12(3) RGPD), possible une seule fois, "
                "lorsque la demande est complexe ou que les demandes sont nombreuses.",
            ),
            date_label=QCoreApplication.translate("ExtendDialog", "&Décidée le\u00a0:"),
            today=today,
            text=TextSpec(
                "reason",
                QCoreApplication.translate("ExtendDialog", "&Raisons (obligatoire)\u00a0:"),
                placeholder=QCoreApplication.translate(
                    "ExtendDialog", "Raisons communiquées à la personne"
                ),
            ),
        )
        self.new_due = QLabel(
            QCoreApplication.translate("ExtendDialog", "Nouvelle échéance\u00a0: %1").replace(
                "%1", fr_date(deadline.extended_due)
            )
        )
        self.new_due.setObjectName("newDue")
        font = QFont(self.new_due.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.new_due.setFont(font)
        self.explanation = QLabel(deadline.explanation_extended)
        self.explanation.setObjectName("newDueExplanation")
        self.explanation.setWordWrap(True)
        self.notice = QLabel(
            QCoreApplication.translate(
                "ExtendDialog",
                "La personne doit être informée de la prolongation et de ses raisons avant "
                "l’expiration du premier délai, le %1.",
            ).replace("%1", fr_date(deadline.extension_notice_by))
        )
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        for widget in (self.new_due, self.explanation, self.notice):
            column.addWidget(widget)
        self.layout_.insertWidget(1, box)
