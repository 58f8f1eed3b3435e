"""The small dialogs of the case view's steps: a date, a text, a decision, an extension.

A dialog never runs the step itself: OK emits ``submitted`` with what was typed; the view runs
the service and then calls ``succeeded()`` (the dialog closes) or ``show_error(error)`` (the
message appears beside its field, what was typed stays). The rules stay in the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.case import Outcome
from ...domain.errors import DpoError
from ...domain.french import fr_date
from ...domain.rights import Right
from ...services.cases.views import DeadlineView, RightView
from ...services.errors import InvalidInput
from ..labels import outcome_label, right_label

#: The field of InvalidInput.problems that carries a step's date.
DATE_FIELD = "on"


@dataclass(frozen=True, slots=True)
class StepInput:
    on: date | None
    text: str


@dataclass(frozen=True, slots=True)
class DecisionInput:
    right: Right
    outcome: Outcome
    legal_ground: str


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _error_label(name: str) -> QLabel:
    """An inline error: a warning sign and words, never colour alone."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class ActionDialog(QDialog):
    """What every step dialog shares: inline errors, a busy state, OK that does not close."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, confirm: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._busy = False
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.layout_ = QVBoxLayout(self)
        # Room for a sentence per line, in characters so that it follows the system's scaling.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general_error = _error_label("general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(confirm)
        self.ok_button.setAccessibleName(confirm.replace("&", ""))
        self.ok_button.setObjectName("confirm")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # translate(), not self.tr(): PySide takes tr()'s context from the subclass.
        cancel.setText(QCoreApplication.translate("ActionDialog", "Annuler"))
        cancel.setAccessibleName(QCoreApplication.translate("ActionDialog", "Annuler"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Enter in a multi-line text adds a line: Ctrl+Enter confirms from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.submit)

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.general_error)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    def add_field(self, name: str, label: QLabel | str, widget: QWidget) -> QLabel:
        """A row of the form with its inline error below the input; returns the error label."""
        error = _error_label(name)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        if isinstance(label, QLabel):
            label.setBuddy(widget)
        self.form.addRow(label, holder)
        self._fields[name] = (widget, error)
        return error

    # -- what the view calls --------------------------------------------------------------
    def values(self) -> object:
        raise NotImplementedError

    def can_submit(self) -> bool:
        return True

    def submit(self) -> None:
        if self._busy or not self.can_submit():
            return
        self.clear_errors()
        self.set_busy(True)
        self.submitted.emit(self.values())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy and self.can_submit())

    def succeeded(self) -> None:
        self._busy = False
        self.accept()

    def show_error(self, error: DpoError) -> None:
        """Each problem beside its field; what was typed stays as it is."""
        self.set_busy(False)
        self.clear_errors()
        problems = error.problems if isinstance(error, InvalidInput) else {"": str(error)}
        general: list[str] = []
        first: QWidget | None = None
        for name, message in problems.items():
            if name in self._fields:
                widget, label = self._fields[name]
                label.setText("⚠ " + message)
                label.show()
                first = first or widget
            else:
                general.append(message)
        if general:
            self.general_error.setText("⚠ " + " ".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for _widget, label in self._fields.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def error_text(self, name: str = "") -> str:
        """The inline error shown for ``name`` (``""``: the general one); for tests, too."""
        label = self._fields[name][1] if name else self.general_error
        return label.text() if label.isVisible() else ""


@dataclass(frozen=True, slots=True)
class TextSpec:
    """The text input of a step: its field name in the service's InvalidInput."""

    field: str
    label: str
    multiline: bool = True
    initial: str = ""
    placeholder: str = ""


class StepDialog(ActionDialog):
    """A step made of a date (default today, never in the future) and/or a text."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        confirm: str,
        intro: str = "",
        date_label: str | None = None,
        today: date | None = None,
        text: TextSpec | None = None,
    ) -> None:
        super().__init__(parent, title, confirm)
        self.intro = QLabel(intro)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.layout_.addWidget(self.intro)
        self.date_edit: QDateEdit | None = None
        self.text_edit: QPlainTextEdit | QLineEdit | None = None
        order: list[QWidget] = []
        if date_label is not None:
            assert today is not None
            self.date_edit = QDateEdit(_qdate(today))
            self.date_edit.setObjectName("date")
            self.date_edit.setDisplayFormat("dd/MM/yyyy")
            self.date_edit.setCalendarPopup(True)
            # As wide as a date needs, not as the dialog.
            self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.date_edit.setMaximumDate(_qdate(today))
            self.date_edit.setAccessibleName(date_label.replace("&", "").rstrip(" :\u00a0"))
            self.add_field(DATE_FIELD, QLabel(date_label), self.date_edit)
            order.append(self.date_edit)
        if text is not None:
            if text.multiline:
                edit: QPlainTextEdit | QLineEdit = QPlainTextEdit(text.initial)
                edit.setTabChangesFocus(True)
                edit.setPlaceholderText(text.placeholder)
            else:
                edit = QLineEdit(text.initial)
                edit.setPlaceholderText(text.placeholder)
            edit.setObjectName("text")
            edit.setAccessibleName(text.label.replace("&", "").rstrip(" :\u00a0"))
            self.text_edit = edit
            self.add_field(text.field, QLabel(text.label), edit)
            order.append(edit)
        self.finish_layout()
        order += [self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in pairwise(order):
            self.setTabOrder(before, after)
        if order:
            order[0].setFocus()

    def values(self) -> StepInput:
        on = self.date_edit.date().toPython() if self.date_edit is not None else None
        if isinstance(self.text_edit, QPlainTextEdit):
            typed = self.text_edit.toPlainText()
        elif isinstance(self.text_edit, QLineEdit):
            typed = self.text_edit.text()
        else:
            typed = ""
        return StepInput(on, typed)


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


class DecideDialog(ActionDialog):
    """One right at a time: its outcome, and the legal ground unless it is granted."""

    def __init__(self, parent: QWidget | None, rights: Sequence[RightView]) -> None:
        super().__init__(parent, self.tr("Décider"), self.tr("&Enregistrer la décision"))
        self._rights = list(rights)
        self.right_combo = QComboBox()
        self.right_combo.setObjectName("right")
        self.right_combo.setAccessibleName(self.tr("Droit"))
        for view in self._rights:
            state = outcome_label(view.outcome) if view.outcome else self.tr("à décider")
            self.right_combo.addItem(
                self.tr("%1 (%2) — %3")
                .replace("%1", right_label(view.right))
                .replace("%2", view.right.article)
                .replace("%3", state),
                view.right.value,
            )
        right_label_widget = QLabel(self.tr("&Droit\u00a0:"))
        self.add_field("right", right_label_widget, self.right_combo)

        self.outcomes = QButtonGroup(self)
        outcome_box = QWidget()
        outcome_column = QVBoxLayout(outcome_box)
        outcome_column.setContentsMargins(0, 0, 0, 0)
        self.radios: dict[Outcome, QRadioButton] = {}
        for outcome, text in (
            (Outcome.GRANTED, self.tr("&Accordé")),
            (Outcome.PARTLY_GRANTED, self.tr("&Partiellement accordé")),
            (Outcome.REFUSED, self.tr("&Refusé")),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"outcome_{outcome.value}")
            radio.setAccessibleName(text.replace("&", ""))
            self.outcomes.addButton(radio)
            self.radios[outcome] = radio
            outcome_column.addWidget(radio)
        self.add_field("outcome", QLabel(self.tr("Décision\u00a0:")), outcome_box)

        self.ground_label = QLabel()
        self.ground_edit = QPlainTextEdit()
        self.ground_edit.setObjectName("legalGround")
        self.ground_edit.setAccessibleName(self.tr("Fondement juridique"))
        self.ground_edit.setTabChangesFocus(True)
        self.ground_edit.setPlaceholderText(
            self.tr(
                "Par exemple\u00a0: art. 17(3)(b) RGPD — factures conservées dix ans "
                "(Code de commerce, art. L123-22)"
            )
        )
        self.add_field("legal_ground", self.ground_label, self.ground_edit)
        self.finish_layout()

        self.outcomes.buttonToggled.connect(self._outcome_changed)
        self.right_combo.currentIndexChanged.connect(self._right_changed)
        undecided = next((i for i, v in enumerate(self._rights) if v.outcome is None), 0)
        self.right_combo.setCurrentIndex(undecided)
        self._right_changed(undecided)
        order = [self.right_combo, *self.radios.values(), self.ground_edit, self.ok_button]
        order.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        for before, after in pairwise(order):
            self.setTabOrder(before, after)
        self.right_combo.setFocus()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def outcome(self) -> Outcome | None:
        return next((o for o, radio in self.radios.items() if radio.isChecked()), None)

    def choose(self, right: Right) -> None:
        self.right_combo.setCurrentIndex(self.right_combo.findData(right.value))

    def can_submit(self) -> bool:
        return self.outcome() is not None

    def values(self) -> DecisionInput:
        outcome = self.outcome()
        assert outcome is not None
        return DecisionInput(
            Right(self.right_combo.currentData()), outcome, self.ground_edit.toPlainText()
        )

    def _right_changed(self, row: int) -> None:
        """Show the decision already taken on that right, if any, to revise it."""
        if not 0 <= row < len(self._rights):
            return
        view = self._rights[row]
        self.outcomes.setExclusive(False)
        for outcome, radio in self.radios.items():
            radio.setChecked(outcome is view.outcome)
        self.outcomes.setExclusive(True)
        self.ground_edit.setPlainText(view.legal_ground or "")
        self.clear_errors()
        self._outcome_changed()

    def _outcome_changed(self, *_: object) -> None:
        outcome = self.outcome()
        # The domain says which outcomes need a ground; the label only tells the DPO.
        if outcome is not None and not outcome.needs_ground:
            self.ground_label.setText(self.tr("&Fondement juridique (facultatif)\u00a0:"))
        else:
            self.ground_label.setText(self.tr("&Fondement juridique (obligatoire)\u00a0:"))
        self.set_busy(self._busy)


# -- the step dialogs, with their words --------------------------------------------------


def acknowledge_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Accuser réception"),
        QCoreApplication.translate("CaseActions", "&Enregistrer l’accusé de réception"),
        intro=QCoreApplication.translate(
            "CaseActions",
            "L’accusé de réception confirme à la personne que sa demande est prise en compte.",
        ),
        date_label=QCoreApplication.translate("CaseActions", "&Envoyé le\u00a0:"),
        today=today,
    )


def request_information_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Demander des informations"),
        QCoreApplication.translate("CaseActions", "&Demander"),
        intro=QCoreApplication.translate(
            "CaseActions",
            "Le délai est suspendu du jour de la demande jusqu’à la réception de la réponse.",
        ),
        date_label=QCoreApplication.translate("CaseActions", "&Demandées le\u00a0:"),
        today=today,
        text=TextSpec(
            "what",
            QCoreApplication.translate("CaseActions", "&Informations demandées\u00a0:"),
            placeholder=QCoreApplication.translate(
                "CaseActions", "Ce qui manque pour identifier la personne ou comprendre la demande"
            ),
        ),
    )


def information_received_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Informations reçues"),
        QCoreApplication.translate("CaseActions", "&Enregistrer la réception"),
        intro=QCoreApplication.translate(
            "CaseActions", "Le délai repart à la date de réception de la réponse."
        ),
        date_label=QCoreApplication.translate("CaseActions", "&Reçues le\u00a0:"),
        today=today,
        text=TextSpec("note", QCoreApplication.translate("CaseActions", "&Note\u00a0:")),
    )


def identity_verified_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Identité vérifiée"),
        QCoreApplication.translate("CaseActions", "&Enregistrer la vérification"),
        intro=QCoreApplication.translate(
            "CaseActions",
            "Noter comment l’identité a été vérifiée. Ne conserver aucune copie de pièce "
            "d’identité.",
        ),
        date_label=QCoreApplication.translate("CaseActions", "&Vérifiée le\u00a0:"),
        today=today,
        text=TextSpec(
            "how",
            QCoreApplication.translate("CaseActions", "&Comment (obligatoire)\u00a0:"),
            placeholder=QCoreApplication.translate(
                "CaseActions", "Par exemple\u00a0: numéro client et e-mail connus concordants"
            ),
        ),
    )


def answer_sent_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Réponse envoyée"),
        QCoreApplication.translate("CaseActions", "&Enregistrer l’envoi"),
        date_label=QCoreApplication.translate("CaseActions", "&Envoyée le\u00a0:"),
        today=today,
        text=TextSpec(
            "how",
            QCoreApplication.translate("CaseActions", "&Moyen d’envoi\u00a0:"),
            multiline=False,
        ),
    )


def close_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Clôturer la demande"),
        QCoreApplication.translate("CaseActions", "&Clôturer"),
        date_label=QCoreApplication.translate("CaseActions", "&Clôturée le\u00a0:"),
        today=today,
        text=TextSpec("reason", QCoreApplication.translate("CaseActions", "&Motif\u00a0:")),
    )


def withdraw_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Demande retirée"),
        QCoreApplication.translate("CaseActions", "&Enregistrer le retrait"),
        intro=QCoreApplication.translate("CaseActions", "La personne a retiré sa demande."),
        date_label=QCoreApplication.translate("CaseActions", "&Retirée le\u00a0:"),
        today=today,
        text=TextSpec("reason", QCoreApplication.translate("CaseActions", "&Précisions\u00a0:")),
    )


def reopen_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Rouvrir la demande"),
        QCoreApplication.translate("CaseActions", "&Rouvrir"),
        date_label=QCoreApplication.translate("CaseActions", "&Rouverte le\u00a0:"),
        today=today,
        text=TextSpec(
            "reason", QCoreApplication.translate("CaseActions", "&Raison (obligatoire)\u00a0:")
        ),
    )


def note_dialog(parent: QWidget | None) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Ajouter une note"),
        QCoreApplication.translate("CaseActions", "&Ajouter la note"),
        text=TextSpec("text", QCoreApplication.translate("CaseActions", "&Note\u00a0:")),
    )


def assign_dialog(parent: QWidget | None, current: str | None) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Attribuer la demande"),
        QCoreApplication.translate("CaseActions", "&Attribuer"),
        intro=QCoreApplication.translate(
            "CaseActions", "Laisser vide pour ne l’attribuer à personne."
        ),
        text=TextSpec(
            "assignee",
            QCoreApplication.translate("CaseActions", "&Chargé(e) de la demande\u00a0:"),
            multiline=False,
            initial=current or "",
        ),
    )
