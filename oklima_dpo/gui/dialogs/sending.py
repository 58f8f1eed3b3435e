"""Sending what was produced: the password of an encrypted delivery, shown once, and the
dialog that records how and when the documents left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.cases.views import DocumentView
from .case_actions import DATE_FIELD, ActionDialog


@dataclass(frozen=True, slots=True)
class SentInput:
    channel: str
    on: date
    documents: tuple[DocumentView, ...]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MarkSentDialog(ActionDialog):
    """How (an editable list of usual channels) and when the selected documents left."""

    def __init__(
        self, parent: QWidget | None, documents: Sequence[DocumentView], today: date
    ) -> None:
        super().__init__(parent, self.tr("Marquer comme envoyé"), self.tr("&Enregistrer l’envoi"))
        self.setObjectName("markSentDialog")
        self._documents = tuple(documents)
        intro = QLabel(
            self.tr(
                "L’envoi est inscrit au journal avec l’empreinte SHA-256 de chaque fichier\u00a0; "
                "une réponse fait passer la demande à «\u00a0répondue\u00a0»."
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.setEditable(True)
        self.channel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.channel.addItems(
            [
                self.tr("e-mail"),
                self.tr("courrier"),
                self.tr("courrier recommandé avec AR"),
                self.tr("remise en main propre"),
            ]
        )
        self.channel.setAccessibleName(self.tr("Moyen d’envoi"))
        self.add_field("channel", QLabel(self.tr("&Moyen d’envoi\u00a0:")), self.channel)

        self.date_edit = QDateEdit(_qdate(today))
        self.date_edit.setObjectName("date")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(_qdate(today))  # never in the future
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.date_edit.setAccessibleName(self.tr("Envoyé le"))
        self.add_field(DATE_FIELD, QLabel(self.tr("&Envoyé le\u00a0:")), self.date_edit)

        listing = QLabel(
            "\n".join(
                self.tr("• %1\n   SHA-256\u00a0: %2…")
                .replace("%1", d.filename)
                .replace("%2", d.sha256[:16])
                for d in self._documents
            )
        )
        listing.setObjectName("sentDocuments")
        listing.setTextFormat(Qt.TextFormat.PlainText)
        listing.setWordWrap(True)
        listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        listing.setAccessibleName(self.tr("Documents envoyés"))
        self.add_field("documents", self.tr("Documents\u00a0:"), listing)
        self.finish_layout()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for before, after in pairwise([self.channel, self.date_edit, self.ok_button, cancel]):
            self.setTabOrder(before, after)
        self.channel.setFocus()
        self.channel.lineEdit().selectAll()

    def values(self) -> SentInput:
        return SentInput(
            self.channel.currentText(), self.date_edit.date().toPython(), self._documents
        )


class PasswordDialog(QDialog):
    """The password of an encrypted delivery, shown once; closing the window forgets it."""

    def __init__(self, parent: QWidget | None, password: str, document: str) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Mot de passe de l’envoi chiffré"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Les fichiers de «\u00a0%1\u00a0» sont chiffrés (AES-256) avec ce mot de passe. "
                "Le communiquer à la personne par un autre moyen que les fichiers (téléphone, "
                "SMS, courrier séparé)."
            ).replace("%1", document)
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        layout.addWidget(intro)
        self.field = QLineEdit(password)
        self.field.setObjectName("password")
        self.field.setReadOnly(True)
        self.field.setAccessibleName(self.tr("Mot de passe"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.3)
        mono.setWeight(QFont.Weight.Bold)
        self.field.setFont(mono)
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(password) + 24)
        caption = QLabel(self.tr("&Mot de passe\u00a0:"))
        caption.setBuddy(self.field)
        self.copy_button = QPushButton(self.tr("&Copier"))
        self.copy_button.setObjectName("copyPassword")
        self.copy_button.setAccessibleName(self.tr("Copier le mot de passe"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.field, 1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        warning = QLabel(
            self.tr(
                "⚠ Il n’est conservé nulle part\u00a0: une fois cette fenêtre fermée, il ne "
                "pourra plus être affiché. Sans lui, les fichiers ne s’ouvrent pas."
            )
        )
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("J’ai noté le mot de passe, &fermer"))
        close.setAccessibleName(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.field.setFocus()
        self.field.selectAll()

    def password(self) -> str:
        return self.field.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())

    def done(self, result: int) -> None:
        password = self.field.text()
        clipboard = QGuiApplication.clipboard()
        if password and clipboard.text() == password:
            clipboard.clear()  # not left behind in the clipboard either
        self.field.clear()
        super().done(result)
