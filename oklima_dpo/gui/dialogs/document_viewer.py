"""A document kept in a case, shown from memory: an image, a text, an e-mail (its headers and
its text). Any other type is not shown: « Enregistrer une copie sous… » (``copy_requested``)
writes the file itself where the DPO chooses, like a delivery. PDFs have their own preview
(``pdf_preview``).

The bytes come checked from the use case (``read_document``): nothing here touches the disk,
and the window forgets them when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services.case_documents import DocumentContent, MailView, ShownAs
from ..labels import fr_moment


class DocumentViewerDialog(QDialog):
    """One document of a case, in memory; ``copy_requested()`` asks for a copy of its file."""

    copy_requested = Signal()

    def __init__(self, parent: QWidget | None, content: DocumentContent) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Document — %1").replace("%1", content.filename))
        layout = QVBoxLayout(self)
        self.name_label = QLabel(content.filename)
        self.name_label.setObjectName("documentName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.name_label.font()
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.identity = QLabel(self.tr("SHA-256\u00a0: %1").replace("%1", content.sha256))
        self.identity.setObjectName("documentIdentity")
        self.identity.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.name_label, self.identity):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.body = self._body(content)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Fermer"))
        buttons.rejected.connect(self.reject)
        self.copy_button: QPushButton = buttons.addButton(
            self.tr("Enregistrer une &copie sous…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("saveCopy")
        self.copy_button.setToolTip(
            self.tr("Écrire ce document en clair dans un fichier choisi (un envoi)")
        )
        self.copy_button.clicked.connect(self.copy_requested)
        layout.addWidget(buttons)
        self._size_to_screen()

    # -- what is shown --------------------------------------------------------------------
    def _body(self, content: DocumentContent) -> QWidget:
        if content.shown_as is ShownAs.IMAGE:
            image = QImage.fromData(content.data)
            if not image.isNull():
                return self._image(image)
        elif content.shown_as is ShownAs.TEXT:
            return self._text(content.text)
        elif content.shown_as is ShownAs.MAIL and content.mail is not None:
            return self._mail(content.mail)
        notice = QLabel(
            self.tr(
                "Ce type de fichier ne s’affiche pas dans le programme\u00a0: en enregistrer "
                "une copie pour l’ouvrir avec un autre logiciel."
            )
        )
        notice.setObjectName("documentNotShown")
        notice.setWordWrap(True)
        notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return notice

    def _image(self, image: QImage) -> QWidget:
        self.image_label = QLabel()
        self.image_label.setObjectName("documentImage")
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self.image_label.setAccessibleName(self.tr("Image du document"))
        area = QScrollArea()
        area.setWidget(self.image_label)
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return area

    def _text(self, text: str) -> QPlainTextEdit:
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("documentText")
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Texte du document"))
        self.text_view.setPlainText(text)
        return self.text_view

    def _mail(self, mail: MailView) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.mail_headers: dict[str, QLabel] = {}
        rows = (
            ("from", self.tr("De\u00a0:"), mail.sender),
            ("to", self.tr("À\u00a0:"), mail.to),
            ("cc", self.tr("Copie\u00a0:"), mail.cc),
            ("date", self.tr("Date\u00a0:"), fr_moment(mail.date) if mail.date else ""),
            ("subject", self.tr("Objet\u00a0:"), mail.subject),
        )
        for name, caption, value in rows:
            if not value:
                continue
            label = QLabel(value)
            label.setObjectName(f"mail_{name}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
            self.mail_headers[name] = label
        column.addLayout(form)
        column.addWidget(self._text(mail.body), 1)
        return box

    def _size_to_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or (
            QGuiApplication.primaryScreen()
        )
        if screen is None:
            return
        available = screen.availableGeometry()
        self.resize(int(available.width() * 0.5), int(available.height() * 0.7))
