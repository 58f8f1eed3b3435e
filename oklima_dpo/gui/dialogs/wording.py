"""The editable wording of a letter: one paragraph per block, blocks separated by a blank line.

The dialog never writes anything: OK hands the paragraphs back (``kept``), « Rétablir le texte
par défaut » hands back ``None`` (the letter's own wording). The tab keeps the choice for the
next production; producing keeps the edit in the case (the service does that).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    return "\n\n".join(p.strip() for p in paragraphs)


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by (at least) one blank line; a single line break stays inside."""
    blocks = _BLANK_LINE.split(text.replace("\r\n", "\n").strip())
    return [block.strip() for block in blocks if block.strip()]


class WordingDialog(QDialog):
    """``kept(list[str])`` on OK; ``kept(None)`` when the DPO goes back to the default."""

    kept = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        letter: str,
        paragraphs: Sequence[str],
        *,
        default: Sequence[str] | None = None,
        edited: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wordingDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Texte du courrier — %1").replace("%1", letter))
        self._default = list(default) if default is not None else None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Un paragraphe par bloc, les blocs séparés par une ligne vide. Les mentions "
                "légales obligatoires (droits, réclamation auprès de la CNIL, signature) "
                "restent dans le courrier et ne se modifient pas ici."
            )
        )
        intro.setObjectName("wordingIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.state = QLabel(
            self.tr("Texte modifié précédemment pour cette demande.")
            if edited
            else self.tr("Texte par défaut du modèle.")
        )
        self.state.setObjectName("wordingState")
        layout.addWidget(self.state)
        caption = QLabel(self.tr("&Texte\u00a0:"))
        self.editor = QPlainTextEdit(join_paragraphs(paragraphs))
        self.editor.setObjectName("wording")
        self.editor.setAccessibleName(self.tr("Texte du courrier"))
        self.editor.setTabChangesFocus(True)
        caption.setBuddy(self.editor)
        layout.addWidget(caption)
        layout.addWidget(self.editor, 1)
        self.error = QLabel()
        self.error.setObjectName("wordingError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Garder ce texte"))
        self.ok_button.setAccessibleName(self.tr("Garder ce texte"))
        self.ok_button.setObjectName("keepWording")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        cancel.setAccessibleName(self.tr("Annuler"))
        self.reset_button = QPushButton(self.tr("&Rétablir le texte par défaut"))
        self.reset_button.setObjectName("resetWording")
        self.reset_button.setAccessibleName(self.tr("Rétablir le texte par défaut"))
        self.reset_button.setToolTip(
            self.tr("Le courrier reprendra le texte du modèle, sans modification.")
        )
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self.reset)
        self.buttons.accepted.connect(self.keep)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter adds a line in the text
            QShortcut(QKeySequence(keys), self).activated.connect(self.keep)

        # Room for a letter's line: about 80 characters wide, 25 lines high.
        metrics = QFontMetrics(self.editor.font())
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 30)
        self.editor.setFocus()

    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.editor.toPlainText())

    def keep(self) -> None:
        paragraphs = self.paragraphs()
        if not paragraphs:
            self.error.setText(
                "⚠ " + self.tr("Le texte est vide\u00a0: écrire au moins un paragraphe.")
            )
            self.error.show()
            self.editor.setFocus()
            return
        if self._default is not None and paragraphs == self._default:
            self.kept.emit(None)  # back to the model: nothing to keep in the case
        else:
            self.kept.emit(paragraphs)
        self.accept()

    def reset(self) -> None:
        """The model's wording: shown when known, else chosen at once."""
        if self._default is None:
            self.kept.emit(None)
            self.accept()
            return
        self.editor.setPlainText(join_paragraphs(self._default))
        self.state.setText(self.tr("Texte par défaut du modèle."))
        self.error.hide()
        self.editor.setFocus()
