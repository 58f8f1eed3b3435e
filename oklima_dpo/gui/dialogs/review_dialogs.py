"""The dialogs of the review of a case's data: what the owner of a manual source answered,
skipping a source that will not answer, excluding a record from the answer.

Like every step dialog, they run nothing: OK emits ``submitted`` with what was typed, and the
Données tab runs the review service (which asks for the reasons it needs).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from .case_actions import ActionDialog, StepDialog, TextSpec


@dataclass(frozen=True, slots=True)
class ManualAnswer:
    found: bool
    note: str
    attachment: Path | None


class ManualAnswerDialog(ActionDialog):
    """What the owner of a paper archive (or a processor) answered."""

    def __init__(self, parent: QWidget | None, source_name: str, task: str) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("ManualAnswerDialog", "Réponse de «\u00a0%1\u00a0»").replace(
                "%1", source_name
            ),
            QCoreApplication.translate("ManualAnswerDialog", "&Enregistrer"),
        )
        intro = QLabel(task)
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.found = QRadioButton(QCoreApplication.translate("ManualAnswerDialog", "&Trouvé"))
        self.nothing = QRadioButton(
            QCoreApplication.translate("ManualAnswerDialog", "&Rien trouvé")
        )
        self.found.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.found)
        group.addButton(self.nothing)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.found)
        line.addWidget(self.nothing)
        line.addStretch(1)
        self.add_field(
            "found", QCoreApplication.translate("ManualAnswerDialog", "Résultat\u00a0:"), row
        )
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(QCoreApplication.translate("ManualAnswerDialog", "Réponse"))
        self.add_field(
            "note",
            QLabel(QCoreApplication.translate("ManualAnswerDialog", "Ré&ponse\u00a0:")),
            self.note,
        )
        self.attachment = QLineEdit()
        self.attachment.setObjectName("attachment")
        self.attachment.setAccessibleName(
            QCoreApplication.translate("ManualAnswerDialog", "Document joint")
        )
        browse = QPushButton(QCoreApplication.translate("ManualAnswerDialog", "&Parcourir…"))
        browse.clicked.connect(self._browse)
        holder = QWidget()
        pick = QHBoxLayout(holder)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(self.attachment, 1)
        pick.addWidget(browse)
        self.add_field(
            "attachment",
            QLabel(QCoreApplication.translate("ManualAnswerDialog", "&Document joint\u00a0:")),
            holder,
        )
        self.finish_layout()
        self.found.setFocus()

    def _browse(self) -> None:
        dialog = QFileDialog(self)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.attachment.setText)
        dialog.open()

    def values(self) -> ManualAnswer:
        path = self.attachment.text().strip()
        return ManualAnswer(
            self.found.isChecked(), self.note.toPlainText(), Path(path) if path else None
        )


def skip_source_dialog(parent: QWidget | None, source_name: str) -> StepDialog:
    """A source that will not answer, skipped with a reason: the data may then be complete."""
    return StepDialog(
        parent,
        QCoreApplication.translate("ReviewDialogs", "Écarter une source"),
        QCoreApplication.translate("ReviewDialogs", "É&carter"),
        intro=QCoreApplication.translate(
            "ReviewDialogs",
            "«\u00a0%1\u00a0» ne sera plus attendue\u00a0: les données de la demande "
            "pourront être déclarées complètes.",
        ).replace("%1", source_name),
        text=TextSpec("reason", QCoreApplication.translate("ReviewDialogs", "&Motif\u00a0:")),
    )


def exclude_record_dialog(parent: QWidget | None, record_key: str) -> StepDialog:
    """A record left out of the answer, with a reason."""
    return StepDialog(
        parent,
        QCoreApplication.translate("ReviewDialogs", "Écarter un enregistrement"),
        QCoreApplication.translate("ReviewDialogs", "É&carter"),
        intro=QCoreApplication.translate(
            "ReviewDialogs", "«\u00a0%1\u00a0» ne figurera pas dans la réponse."
        ).replace("%1", record_key),
        text=TextSpec("reason", QCoreApplication.translate("ReviewDialogs", "&Motif\u00a0:")),
    )


def include_record_dialog(parent: QWidget | None, record_key: str) -> StepDialog:
    """A record the program left out (tied by the name alone, or under another name) included
    by the DPO, who says why it is the person's."""
    return StepDialog(
        parent,
        QCoreApplication.translate("ReviewDialogs", "Inclure un enregistrement"),
        QCoreApplication.translate("ReviewDialogs", "&Inclure"),
        intro=QCoreApplication.translate(
            "ReviewDialogs",
            "«\u00a0%1\u00a0» n’est rattaché que par le nom, ou porte le nom d’une autre "
            "personne\u00a0: il figurera dans la réponse. Dire pourquoi il est bien celui de la "
            "personne.",
        ).replace("%1", record_key),
        text=TextSpec("reason", QCoreApplication.translate("ReviewDialogs", "&Motif\u00a0:")),
    )
