"""The dialogs of the Exécution tab: the corrections of a rectification, the confirmation that
names each system before anything is written, the announcement of a restriction's lifting, and
an Art. 19 notice to produce.

As every step dialog: OK emits ``submitted``; the tab runs the service and calls
``succeeded()`` or ``show_error()`` (the service's words beside their field).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.execution.corrections import CorrectableField
from .case_actions import ActionDialog


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class CorrectionsDialog(ActionDialog):
    """The new value of each field to correct; a field left empty is not changed."""

    def __init__(self, parent: QWidget | None, fields: Sequence[CorrectableField]) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate(
                "CorrectionsDialog", "Rectification\u00a0: champs à corriger"
            ),
            QCoreApplication.translate("CorrectionsDialog", "&Préparer le plan"),
        )
        self.layout_.addWidget(
            _plain(
                QCoreApplication.translate(
                    "CorrectionsDialog",
                    "Indiquer la nouvelle valeur des seuls champs à corriger\u00a0; un champ "
                    "laissé vide n’est pas modifié. Le plan montre ensuite chaque changement "
                    "(ancienne → nouvelle valeur) avant toute écriture.",
                )
            )
        )
        self.edits: dict[str, QLineEdit] = {}
        holder = QWidget()
        form = QFormLayout(holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in fields:
            edit = QLineEdit()
            edit.setObjectName(f"correction:{field.path}")
            edit.setAccessibleName(field.label)
            edit.setPlaceholderText(
                QCoreApplication.translate("CorrectionsDialog", "actuellement\u00a0: %1").replace(
                    "%1", field.current
                )
                if field.current
                else QCoreApplication.translate("CorrectionsDialog", "inchangé")
            )
            edit.setToolTip(field.path)
            edit.textChanged.connect(lambda _text: self.set_busy(self._busy))
            label = QLabel(field.label + "\u00a0:")
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[field.path] = edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.add_field("corrections", "", scroll)
        self.finish_layout()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)
        self.set_busy(False)

    def can_submit(self) -> bool:
        return any(edit.text().strip() for edit in self.edits.values())

    def values(self) -> dict[str, str]:
        return {path: e.text().strip() for path, e in self.edits.items() if e.text().strip()}


class ConfirmExecutionDialog(ActionDialog):
    """Every system and what will be done there; the case's reference typed to confirm."""

    def __init__(
        self,
        parent: QWidget | None,
        reference: str,
        what: str,
        lines: Sequence[tuple[str, str]],
        warnings: Sequence[str] = (),
        irreversible: bool = False,
    ) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("ConfirmExecutionDialog", "Exécuter dans les systèmes"),
            QCoreApplication.translate("ConfirmExecutionDialog", "&Exécuter"),
        )
        self.setObjectName("confirmExecution")
        self._reference = reference
        title = _plain(what, "what")
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.layout_.addWidget(title)
        self.layout_.addWidget(
            _plain(
                QCoreApplication.translate(
                    "ConfirmExecutionDialog", "Systèmes concernés et ce qui y sera fait\u00a0:"
                )
            )
        )
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        self.system_labels: list[QLabel] = []
        for name, text in lines:
            label = _plain(
                QCoreApplication.translate("ConfirmExecutionDialog", "• %1\u00a0: %2")
                .replace("%1", name)
                .replace("%2", text),
                "system",
            )
            column.addWidget(label)
            self.system_labels.append(label)
        self.layout_.addWidget(box)
        for warning in warnings:
            self.layout_.addWidget(_plain("⚠ " + warning, "planWarning"))
        notice = QCoreApplication.translate(
            "ConfirmExecutionDialog",
            "Chaque système est modifié en une seule transaction (tout ou rien), puis les "
            "données de la personne sont recherchées à nouveau pour vérifier le résultat.",
        )
        if irreversible:
            notice += " " + QCoreApplication.translate(
                "ConfirmExecutionDialog",
                "Les suppressions et pseudonymisations sont définitives\u00a0: aucune "
                "annulation possible.",
            )
        self.layout_.addWidget(_plain(notice, "notice"))
        self.typed = QLineEdit()
        self.typed.setObjectName("typedReference")
        self.typed.setAccessibleName(
            QCoreApplication.translate(
                "ConfirmExecutionDialog", "Référence de la demande, pour confirmer"
            )
        )
        self.typed.setPlaceholderText(reference)
        self.typed.textChanged.connect(lambda _text: self.set_busy(self._busy))
        self.add_field(
            "confirm",
            QLabel(
                QCoreApplication.translate(
                    "ConfirmExecutionDialog", "Pour confirmer, saisir la référence %1\u00a0:"
                ).replace("%1", reference)
            ),
            self.typed,
        )
        self.finish_layout()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)
        self.typed.setFocus()
        self.set_busy(False)

    def can_submit(self) -> bool:
        return self.typed.text().strip().upper() == self._reference.upper()

    def values(self) -> str:
        return self._reference

    def summary(self) -> str:
        """The systems as shown (tests, screen readers)."""
        return "\n".join(label.text() for label in self.system_labels)


@dataclass(frozen=True, slots=True)
class LiftInput:
    lift_on: date
    reasons: str


class AnnounceLiftDialog(ActionDialog):
    """When and why a restriction will be lifted: the person's letter quotes both."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("AnnounceLiftDialog", "Annoncer la levée de la limitation"),
            QCoreApplication.translate("AnnounceLiftDialog", "&Annoncer"),
        )
        self.layout_.addWidget(
            _plain(
                QCoreApplication.translate(
                    "AnnounceLiftDialog",
                    "La personne doit être informée avant la levée (art. 18(3) RGPD)\u00a0: "
                    "après l’annonce, produire le courrier de levée, l’envoyer, puis lever la "
                    "limitation à la date annoncée.",
                )
            )
        )
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("liftOn")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.date_edit.setAccessibleName(
            QCoreApplication.translate("AnnounceLiftDialog", "Levée le")
        )
        self.add_field(
            "lift_on",
            QLabel(QCoreApplication.translate("AnnounceLiftDialog", "&Levée le\u00a0:")),
            self.date_edit,
        )
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("reasons")
        self.reasons.setTabChangesFocus(True)
        self.reasons.setAccessibleName(QCoreApplication.translate("AnnounceLiftDialog", "Motifs"))
        self.reasons.setPlaceholderText(
            QCoreApplication.translate(
                "AnnounceLiftDialog", "Par exemple\u00a0: exactitude des données vérifiée"
            )
        )
        self.add_field(
            "reasons",
            QLabel(
                QCoreApplication.translate("AnnounceLiftDialog", "&Motifs (obligatoire)\u00a0:")
            ),
            self.reasons,
        )
        self.finish_layout()
        self.date_edit.setFocus()

    def values(self) -> LiftInput:
        return LiftInput(self.date_edit.date().toPython(), self.reasons.toPlainText())


@dataclass(frozen=True, slots=True)
class NoticeInput:
    address: str
    email: str
    as_email: bool
    language: str


class NoticeDialog(ActionDialog):
    """An Art. 19 notice to one recipient: a letter, and a prepared e-mail carrying it."""

    def __init__(self, parent: QWidget | None, recipient: str, language: str = "fr") -> None:
        super().__init__(
            parent,
            QCoreApplication.translate(
                "NoticeDialog", "Notification de l’article 19 à «\u00a0%1\u00a0»"
            ).replace("%1", recipient),
            QCoreApplication.translate("NoticeDialog", "&Produire"),
        )
        self.layout_.addWidget(
            _plain(
                QCoreApplication.translate(
                    "NoticeDialog",
                    "Le destinataire est informé des mesures prises (rectification, "
                    "effacement, limitation) pour les appliquer à son tour. Le courrier PDF "
                    "est gardé dans la demande\u00a0; l’e-mail préparé n’est pas envoyé.",
                )
            )
        )
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setAccessibleName(
            QCoreApplication.translate("NoticeDialog", "Adresse postale")
        )
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.add_field(
            "address",
            QLabel(QCoreApplication.translate("NoticeDialog", "&Adresse postale\u00a0:")),
            self.address,
        )
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setAccessibleName(QCoreApplication.translate("NoticeDialog", "Adresse e-mail"))
        self.add_field(
            "email",
            QLabel(QCoreApplication.translate("NoticeDialog", "Adresse e-&mail\u00a0:")),
            self.email,
        )
        self.as_email = QCheckBox(
            QCoreApplication.translate(
                "NoticeDialog", "Préparer aussi un e-mail (.eml) avec le courrier"
            )
        )
        self.as_email.setObjectName("asEmail")
        self.add_field("as_email", "", self.as_email)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(QCoreApplication.translate("NoticeDialog", "Langue"))
        self.language.addItem(QCoreApplication.translate("NoticeDialog", "Français"), "fr")
        self.language.addItem(QCoreApplication.translate("NoticeDialog", "English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.add_field(
            "language",
            QLabel(QCoreApplication.translate("NoticeDialog", "&Langue\u00a0:")),
            self.language,
        )
        self.finish_layout()
        self.address.setFocus()

    def values(self) -> NoticeInput:
        return NoticeInput(
            self.address.toPlainText(),
            self.email.text(),
            self.as_email.isChecked(),
            str(self.language.currentData()),
        )
