"""« Nouvelle demande »: a request as it arrived, checked by the intake before it is recorded.

The form (``ui/new_request.ui``) is only filled and read here; every rule (what is required,
what an identifier looks like, a date in the future) is the intake's, whose problems come back
keyed by field and are shown beside that field. Nothing typed is cleared on a failure.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QWidget,
)

from ...domain.errors import DpoError
from ...domain.french import PARIS
from ...domain.rights import Right
from ...services.cases import intake
from ...services.cases.views import NewCase
from ...services.context import ServiceContext
from ...services.errors import InvalidInput
from ..field_problems import ERROR_STYLE, FieldProblems
from ..forms.ui_new_request import Ui_NewRequestDialog
from ..workers import Runner
from .request_files import RequestFiles

# Several identifiers in one field: « ; » is what the placeholder says; « , » is forgiven.
_SEPARATORS = re.compile(r"[;,\n]")


def split_values(text: str) -> tuple[str, ...]:
    """``"a@x.fr ; b@y.fr"`` → ``("a@x.fr", "b@y.fr")``."""
    return tuple(part.strip() for part in _SEPARATORS.split(text) if part.strip())


def _show_row(label: QLabel, visible: bool) -> None:
    """An error label has a row of its own in its group's form; a hidden row takes no room."""
    form = label.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    form.setRowVisible(label, visible)


class NewRequestDialog(QDialog):
    """Records a new request; emits ``created(reference)`` and closes once it is saved."""

    created = Signal(str)

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewRequestDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._busy = False
        self._acknowledged: frozenset[str] = frozenset()  # duplicates the DPO has been shown
        ui = self.ui
        self.rights: dict[Right, QCheckBox] = {
            right: getattr(ui, f"right_{right.value}") for right in Right
        }
        self._fill_choices()
        self._set_received_default()
        # The mandate and the files received: chosen, listed, removed.
        self.files = RequestFiles(ui, self)
        self.attachments_model = self.files.attachments_model
        # Problem key of the intake → (the label beside the field, the field to focus).
        self._problems = FieldProblems(
            {
                "name": (ui.nameError, ui.name),
                "emails": (ui.emailsError, ui.emails),
                "phones": (ui.phonesError, ui.phones),
                "customer_numbers": (ui.customerNumbersError, ui.customerNumbers),
                "contract_numbers": (ui.contractNumbersError, ui.contractNumbers),
                "identifiers": (ui.identifiersError, ui.emails),
                "representative_name": (ui.mandateError, ui.representativeName),
                "mandate": (ui.mandateError, ui.mandateFile),
                "received_at": (ui.receivedAtError, ui.receivedAt),
                "channel": (ui.channelError, ui.channel),
                "language": (ui.languageError, ui.language),
                "rights": (ui.rightsError, ui.right_access),
                "attachments": (ui.attachmentsError, ui.attachments),
            },
            set_visible=_show_row,
        )
        ui.notice.setWordWrap(True)
        ui.notice.setTextFormat(Qt.TextFormat.PlainText)
        self._connect()
        self._set_heights()
        self.files.set_representative_enabled(False)
        self.files.update_remove_button()
        self._size_to_screen()
        ui.name.setFocus()

    # -- set-up ---------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        channel = self.ui.channel
        channel.addItem(self.tr("E-mail"), "email")
        channel.addItem(self.tr("Courrier"), "post")
        channel.addItem(self.tr("Formulaire web"), "web")
        channel.addItem(self.tr("Téléphone"), "phone")
        channel.addItem(self.tr("En personne"), "in_person")
        channel.setCurrentIndex(-1)  # no default: the DPO says how it came
        self.ui.language.addItem(self.tr("Français"), "fr")
        self.ui.language.addItem(self.tr("Anglais"), "en")

    def _set_received_default(self) -> None:
        """Now, in Paris; the intake refuses any moment after now, beside this field."""
        # The edit holds Paris wall-clock time in a UTC container, so that the computer's own
        # time zone (and its summer-time gaps) never shifts what the DPO typed.
        now = self._ctx.now().astimezone(PARIS)
        edit = self.ui.receivedAt
        edit.setTimeZone(QTimeZone.utc())
        # The edit's own bound is the end of this year, not now: a bound of now refuses the
        # keystrokes that pass through a later date, so « 28 » typed over « 25/03 » would
        # silently give « 02/03 ». A later year cannot be typed at all.
        edit.setMaximumDateTime(QDateTime(QDate(now.year, 12, 31), QTime(23, 59), QTimeZone.utc()))
        edit.setDateTime(
            QDateTime(
                QDate(now.year, now.month, now.day), QTime(now.hour, now.minute), QTimeZone.utc()
            )
        )

    def _connect(self) -> None:
        ui = self.ui
        ui.save.clicked.connect(self.save)
        ui.cancel.clicked.connect(self.reject)
        # A warning about duplicates holds for the identifiers it was given for.
        for field in (ui.emails, ui.phones, ui.customerNumbers, ui.contractNumbers):
            field.textEdited.connect(self._forget_duplicates)

    def _set_heights(self) -> None:
        """Text areas sized in lines of the current font, so they scale with it."""

        def lines(widget: QAbstractScrollArea, count: int) -> int:
            return widget.fontMetrics().lineSpacing() * count + 2 * widget.frameWidth() + 8

        self.ui.postalAddress.setFixedHeight(lines(self.ui.postalAddress, 3))
        self.ui.attachments.setFixedHeight(lines(self.ui.attachments, 4))
        # The text of the request takes whatever room the window has to spare.
        self.ui.requestText.setMinimumHeight(lines(self.ui.requestText, 5))

    def _size_to_screen(self, grow_only: bool = False) -> None:
        """Big enough to show the whole form without scrolling, where the screen allows."""
        # Layouts cached their hints before the texts were set (a widget never shown does not
        # tell its layout it changed): ask again.
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        wanted = self.ui.content.sizeHint()
        margins = self.layout().contentsMargins()
        width = wanted.width() + margins.left() + margins.right() + 24
        height = (
            wanted.height()
            + self.ui.buttonsRow.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + self.layout().spacing()
            + 8
        )
        screen = self.screen().availableGeometry()
        width = min(width, int(screen.width() * 0.95))
        height = min(height, int(screen.height() * 0.9))
        if grow_only:
            width, height = max(width, self.width()), max(height, self.height())
        self.resize(width, height)

    # -- reading the form ------------------------------------------------------------------

    def typed_request(self) -> NewCase:
        """What is in the form, as raw text: the intake checks it."""
        ui = self.ui
        by_representative = ui.representative.isChecked()
        mandate_file = ui.mandateFile.text().strip()
        edited = ui.receivedAt.dateTime()
        return NewCase(
            name=ui.name.text(),
            rights=tuple(right.value for right, box in self.rights.items() if box.isChecked()),
            received_at=datetime.combine(
                edited.date().toPython(), edited.time().toPython(), tzinfo=PARIS
            ),
            channel=ui.channel.currentData() or "",
            emails=split_values(ui.emails.text()),
            phones=split_values(ui.phones.text()),
            customer_numbers=split_values(ui.customerNumbers.text()),
            contract_numbers=split_values(ui.contractNumbers.text()),
            postal_address=ui.postalAddress.toPlainText(),
            request_text=ui.requestText.toPlainText(),
            language=ui.language.currentData() or "fr",
            representative_name=ui.representativeName.text() if by_representative else "",
            mandate_note=ui.mandateNote.text() if by_representative else "",
            mandate_file=Path(mandate_file) if by_representative and mandate_file else None,
            attachments=self.files.paths,
        )

    def _form_problems(self) -> dict[str, str]:
        """What only this form can tell: the box says « représentant » but names nobody."""
        ui = self.ui
        if ui.representative.isChecked() and not ui.representativeName.text().strip():
            return {"representative_name": self.tr("Indiquer le nom du représentant.")}
        return {}

    def has_input(self) -> bool:
        ui = self.ui
        texts = (
            ui.name.text(),
            ui.emails.text(),
            ui.phones.text(),
            ui.customerNumbers.text(),
            ui.contractNumbers.text(),
            ui.postalAddress.toPlainText(),
            ui.requestText.toPlainText(),
            ui.representativeName.text(),
            ui.mandateFile.text(),
            ui.mandateNote.text(),
        )
        return (
            any(text.strip() for text in texts)
            or any(box.isChecked() for box in self.rights.values())
            or bool(self.attachments_model.paths)
        )

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Checks, then duplicates (a second press saves anyway), then the case."""
        if self._busy:
            return
        new = self.typed_request()
        self._clear_problems()
        self._busy = True
        ctx = self._ctx
        self._runner.submit(
            lambda: intake.checked_duplicates(ctx, new),
            lambda found: self._on_checked(new, found),
            self._on_failed,
        )

    def _on_checked(self, new: NewCase, duplicates: list[str]) -> None:
        local = self._form_problems()
        if local:
            self._busy = False
            self._show_problems(local)
            return
        if not set(duplicates) <= self._acknowledged:
            self._busy = False
            self._acknowledged = frozenset(duplicates)
            self._show_notice(
                self.tr(
                    "Demande(s) ouverte(s) avec le même identifiant : %1. Enregistrer quand même ?"
                ).replace("%1", ", ".join(duplicates))
            )
            self.ui.save.setText(self.tr("Enregistrer &quand même"))
            return
        ctx = self._ctx
        self._runner.submit(lambda: intake.open_case(ctx, new), self._on_created, self._on_failed)

    def _on_created(self, reference: str) -> None:
        self._busy = False
        self.created.emit(reference)
        self.accept()

    def _on_failed(self, error: DpoError) -> None:
        self._busy = False
        if isinstance(error, InvalidInput):
            problems = {**error.problems, **self._form_problems()}
            if "channel" in problems and self.ui.channel.currentIndex() < 0:
                # The intake lists the codes it knows; here the choice is in the list.
                problems["channel"] = self.tr("Choisir le canal par lequel la demande est arrivée.")
            self._show_problems(problems)
        else:  # e.g. the document store cannot be written: said where the buttons are
            self._show_notice(str(error))

    # -- problems beside their fields ------------------------------------------------------

    def _clear_problems(self) -> None:
        self._problems.clear()
        self.ui.notice.clear()

    def _show_problems(self, problems: dict[str, str]) -> None:
        first, others = self._problems.show(problems)
        self._size_to_screen(grow_only=True)  # room for the messages, if the screen has it
        if others:
            self._show_notice(" ".join(others))
        if first is not None:
            self.ui.scrollArea.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_notice(self, text: str) -> None:
        self.ui.notice.setStyleSheet(ERROR_STYLE)
        self.ui.notice.setText(text)

    def _forget_duplicates(self) -> None:
        if self._acknowledged:
            self._acknowledged = frozenset()
            self.ui.notice.clear()
            self.ui.save.setText(self.tr("&Enregistrer"))

    # -- leaving ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Annuler, the window's cross: nothing typed goes without a question."""
        if self._busy:
            return  # the case is being written; its answer closes the dialog
        if not self.has_input():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Nouvelle demande"),
            self.tr("Abandonner cette demande ? Ce qui a été saisi sera perdu."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardQuestion")
        discard = box.addButton(self.tr("&Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Continuer la saisie"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        discard.clicked.connect(self._discard)
        box.open()

    def _discard(self) -> None:
        super().reject()
