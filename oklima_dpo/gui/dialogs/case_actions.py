"""What every step dialog of a case shares: inline errors beside their fields, a busy state,
OK that runs nothing itself; and the common step made of a date and/or a text.

A dialog never runs the step itself: OK emits ``submitted`` with what was typed; the view runs
the service and then calls ``succeeded()`` (the dialog closes) or ``show_error(error)`` (the
message appears beside its field, what was typed stays). The rules stay in the services. The
dialogs of each step are in ``step_dialogs``, ``extend_dialog`` and ``decide_dialog``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DpoError
from ...services.errors import InvalidInput

#: The field of InvalidInput.problems that carries a step's date.
DATE_FIELD = "on"


@dataclass(frozen=True, slots=True)
class StepInput:
    on: date | None
    text: str


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

    def add_field(self, name: str, label: QLabel | str, widget: QWidget, row: int = -1) -> QLabel:
        """A row of the form (at ``row``, else last) with its inline error below the input;
        returns the error label."""
        error = _error_label(name)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        if isinstance(label, QLabel):
            label.setBuddy(widget)
        self.form.insertRow(row, label, holder)
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
