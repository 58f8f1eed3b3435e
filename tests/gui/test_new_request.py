"""« Nouvelle demande »: typed at the keyboard, checked by the intake, recorded in the case base."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.case import Channel
from oklima_dpo.domain.rights import Right
from oklima_dpo.gui.dialogs.new_request import NewRequestDialog, split_values
from oklima_dpo.gui.models.attachments_model import AttachmentsModel
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext

from ..services.helpers import open_request

NBSP = "\u00a0"
Key = Qt.Key


@pytest.fixture
def dialog(qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner) -> NewRequestDialog:
    made = NewRequestDialog(gui_ctx, runner)
    # Closing at the end of a test must not ask whether to discard what the test typed.
    qtbot.addWidget(made, before_close_func=lambda d: d.done(0))
    made.open()
    qtbot.waitExposed(made)
    return made


def type_minimal_request(qtbot: QtBot, dialog: NewRequestDialog, email: str) -> None:
    """A name, an e-mail, « accès » ticked, « E-mail » chosen; the date left as it is."""
    ui = dialog.ui
    qtbot.keyClicks(ui.name, "Élodie Le Gall")
    qtbot.keyClicks(ui.emails, email)
    qtbot.keyClick(ui.right_access, Key.Key_Space)
    qtbot.keyClicks(ui.channel, "E")  # keyboard search in the list: « E-mail »


def press_save(qtbot: QtBot, dialog: NewRequestDialog) -> None:
    """Enter in a line edit: Enregistrer is the default button."""
    qtbot.keyClick(dialog.ui.name, Key.Key_Return)


def shown_errors(dialog: NewRequestDialog) -> dict[str, str]:
    return {
        label.objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("Error") and label.isVisible()
    }


def wait_idle(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_a_request_typed_at_the_keyboard_is_recorded_with_its_deadline(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext
) -> None:
    ui = dialog.ui
    assert ui.receivedAt.text() == "25/03/2025 11:00"  # 10:00 UTC is 11:00 in Paris
    type_minimal_request(qtbot, dialog, "elodie.legall@exemple.fr")
    assert ui.right_access.isChecked()
    assert ui.channel.currentText() == "E-mail"

    with qtbot.waitSignal(dialog.created, timeout=5000) as created:
        press_save(qtbot, dialog)

    [summary] = case_queue.list_cases(gui_ctx)
    assert created.args == [summary.reference]
    assert summary.reference == "DR-2025-0001"
    assert summary.person_name == "Élodie Le Gall"
    assert summary.rights == (Right.ACCESS,)
    assert summary.channel is Channel.EMAIL
    assert summary.received_on == date(2025, 3, 25)
    assert summary.due == date(2025, 4, 25)
    assert not dialog.isVisible()
    assert dialog.result() == NewRequestDialog.DialogCode.Accepted


def test_an_invalid_email_is_shown_beside_it_and_nothing_typed_is_lost(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext, runner: Runner
) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.name, "Élodie Le Gall")
    qtbot.keyClicks(ui.emails, "elodie.legall@exemple")
    qtbot.keyClicks(ui.phones, "06 12 34 56 78")
    qtbot.keyClicks(ui.customerNumbers, "C-104233")
    qtbot.keyClicks(ui.postalAddress, "12 rue des Lilas")
    qtbot.keyClick(ui.postalAddress, Key.Key_Return)
    qtbot.keyClicks(ui.postalAddress, "92200 Neuilly-sur-Seine")
    qtbot.keyClick(ui.right_erasure, Key.Key_Space)
    qtbot.keyClicks(ui.channel, "C")  # « Courrier »
    qtbot.keyClicks(ui.requestText, "Merci d'effacer mon compte client.")

    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.emailsError.isVisible(), timeout=5000)
    wait_idle(qtbot, runner)

    message = f"Adresse e-mail invalide{NBSP}: «{NBSP}elodie.legall@exemple{NBSP}»."
    assert shown_errors(dialog) == {"emailsError": message}
    assert ui.emails.accessibleDescription() == message
    assert dialog.focusWidget() is ui.emails
    # Every value is still there.
    assert ui.name.text() == "Élodie Le Gall"
    assert ui.emails.text() == "elodie.legall@exemple"
    assert ui.phones.text() == "06 12 34 56 78"
    assert ui.customerNumbers.text() == "C-104233"
    assert ui.postalAddress.toPlainText() == "12 rue des Lilas\n92200 Neuilly-sur-Seine"
    assert ui.right_erasure.isChecked() and not ui.right_access.isChecked()
    assert ui.channel.currentData() == "post"
    assert ui.requestText.toPlainText() == "Merci d'effacer mon compte client."
    assert ui.receivedAt.text() == "25/03/2025 11:00"
    assert dialog.isVisible()
    assert case_queue.list_cases(gui_ctx) == []
    assert not gui_ctx.documents_dir.exists()

    # Corrected, it goes through, and the error is gone.
    qtbot.keyClicks(ui.emails, ".fr")
    with qtbot.waitSignal(dialog.created, timeout=5000):
        press_save(qtbot, dialog)
    [summary] = case_queue.list_cases(gui_ctx)
    assert summary.rights == (Right.ERASURE,)
    assert summary.channel is Channel.POST


def test_an_open_case_with_the_same_email_is_pointed_out_before_saving(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext, runner: Runner
) -> None:
    earlier = open_request(gui_ctx, emails=("elodie.legall@exemple.fr",))
    type_minimal_request(qtbot, dialog, "Elodie.LeGall@Exemple.FR")

    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(dialog.ui.notice.text()), timeout=5000)
    wait_idle(qtbot, runner)

    assert dialog.ui.notice.text() == (
        f"Demande(s) ouverte(s) avec le même identifiant{NBSP}: {earlier}. "
        f"Enregistrer quand même{NBSP}?"
    )
    assert dialog.ui.save.text() == "Enregistrer &quand même"
    assert [s.reference for s in case_queue.list_cases(gui_ctx)] == [earlier]
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.created, timeout=5000) as created:
        press_save(qtbot, dialog)
    assert created.args[0] != earlier
    assert sorted(s.reference for s in case_queue.list_cases(gui_ctx)) == sorted(
        [earlier, created.args[0]]
    )


def test_changing_the_identifiers_after_the_warning_checks_again(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext, runner: Runner
) -> None:
    earlier = open_request(gui_ctx, phones=("06 12 34 56 78",), emails=())
    type_minimal_request(qtbot, dialog, "autre@exemple.fr")
    qtbot.keyClicks(dialog.ui.phones, "0612345678")  # the same number, written otherwise
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: earlier in dialog.ui.notice.text(), timeout=5000)
    wait_idle(qtbot, runner)

    qtbot.keyClicks(dialog.ui.emails, " ; elodie@exemple.fr")  # the warning no longer holds
    assert dialog.ui.notice.text() == ""
    assert dialog.ui.save.text() == "&Enregistrer"

    press_save(qtbot, dialog)  # warned again, not saved
    qtbot.waitUntil(lambda: earlier in dialog.ui.notice.text(), timeout=5000)
    wait_idle(qtbot, runner)
    assert len(case_queue.list_cases(gui_ctx)) == 1
    with qtbot.waitSignal(dialog.created, timeout=5000):
        press_save(qtbot, dialog)
    assert len(case_queue.list_cases(gui_ctx)) == 2


def test_a_representative_needs_a_mandate_kept_with_its_sha256(
    qtbot: QtBot,
    dialog: NewRequestDialog,
    gui_ctx: ServiceContext,
    runner: Runner,
    tmp_path: Path,
) -> None:
    ui = dialog.ui
    assert not ui.representativeName.isEnabled()
    type_minimal_request(qtbot, dialog, "elodie.legall@exemple.fr")
    qtbot.keyClick(ui.representative, Key.Key_Space)
    assert ui.representativeName.isEnabled() and ui.mandateFile.isEnabled()
    qtbot.keyClicks(ui.representativeName, "Me Jeanne Dupont")

    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.mandateError.isVisible(), timeout=5000)
    wait_idle(qtbot, runner)
    assert list(shown_errors(dialog)) == ["mandateError"]
    assert "mandat" in ui.mandateError.text()
    assert ui.mandateFile.accessibleDescription() == ui.mandateError.text()
    assert dialog.focusWidget() is ui.mandateFile
    assert case_queue.list_cases(gui_ctx) == []

    mandate = tmp_path / "mandat signé.pdf"
    mandate.write_bytes(b"%PDF-1.4 mandat de Mme Le Gall pour Me Dupont")
    qtbot.keyClick(ui.mandateBrowse, Key.Key_Space)
    chooser = dialog.findChild(QFileDialog, "fileDialog")
    assert chooser is not None and chooser.isVisible()
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.selectFile(str(mandate))
    chooser.accept()
    assert Path(ui.mandateFile.text()) == mandate

    with qtbot.waitSignal(dialog.created, timeout=5000) as created:
        press_save(qtbot, dialog)
    detail = case_steps.show_case(gui_ctx, created.args[0])
    assert detail.representative_name == "Me Jeanne Dupont"
    [document] = detail.documents
    assert document.role == "mandate"
    assert document.filename == "mandat signé.pdf"
    assert document.sha256 == hashlib.sha256(mandate.read_bytes()).hexdigest()
    assert document.path.read_bytes() == mandate.read_bytes()


def test_a_representative_without_a_name_is_refused_beside_it(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext, runner: Runner
) -> None:
    ui = dialog.ui
    type_minimal_request(qtbot, dialog, "elodie.legall@exemple.fr")
    qtbot.keyClick(ui.representative, Key.Key_Space)
    qtbot.keyClicks(ui.mandateNote, "Mandat original vu le 24/03")
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.mandateError.isVisible(), timeout=5000)
    wait_idle(qtbot, runner)
    assert ui.mandateError.text() == "Indiquer le nom du représentant."
    assert dialog.focusWidget() is ui.representativeName
    assert case_queue.list_cases(gui_ctx) == []


def test_attachments_are_added_removed_and_stored_with_their_sha256(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext, tmp_path: Path
) -> None:
    ui = dialog.ui
    letter = tmp_path / "lettre.pdf"
    letter.write_bytes(b"%PDF-1.4 lettre recue le 25/03")
    stray = tmp_path / "brouillon.txt"
    stray.write_text("pas la bonne piece", encoding="utf-8")
    type_minimal_request(qtbot, dialog, "elodie.legall@exemple.fr")
    assert not ui.removeAttachment.isEnabled()

    qtbot.keyClick(ui.addAttachment, Key.Key_Space)
    chooser = dialog.findChild(QFileDialog, "fileDialog")
    assert chooser is not None
    assert chooser.fileMode() is QFileDialog.FileMode.ExistingFiles
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(f'"{letter.name}" "{stray.name}"')
    chooser.accept()
    assert sorted(p.name for p in dialog.attachments_model.paths) == [
        "brouillon.txt",
        "lettre.pdf",
    ]
    row = dialog.attachments_model.paths.index(stray)
    ui.attachments.setCurrentIndex(dialog.attachments_model.index(row))
    assert ui.removeAttachment.isEnabled()
    qtbot.keyClick(ui.attachments, Key.Key_Delete)
    assert dialog.attachments_model.paths == [letter]

    with qtbot.waitSignal(dialog.created, timeout=5000) as created:
        press_save(qtbot, dialog)
    [document] = case_steps.show_case(gui_ctx, created.args[0]).documents
    assert document.role == "received"
    assert document.sha256 == hashlib.sha256(letter.read_bytes()).hexdigest()


def test_a_date_in_the_future_is_refused_beside_the_date(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext, runner: Runner
) -> None:
    ui = dialog.ui
    type_minimal_request(qtbot, dialog, "elodie.legall@exemple.fr")
    ui.receivedAt.setFocus()
    ui.receivedAt.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(ui.receivedAt, Key.Key_Up)  # tomorrow
    assert ui.receivedAt.text() == "26/03/2025 11:00"

    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.receivedAtError.isVisible(), timeout=5000)
    wait_idle(qtbot, runner)
    assert shown_errors(dialog) == {
        "receivedAtError": "La date de réception (26/03/2025) est dans le futur."
    }
    assert dialog.focusWidget() is ui.receivedAt
    assert ui.receivedAt.text() == "26/03/2025 11:00"  # kept, to be corrected
    assert case_queue.list_cases(gui_ctx) == []


def test_a_later_year_cannot_even_be_typed(qtbot: QtBot, dialog: NewRequestDialog) -> None:
    edit = dialog.ui.receivedAt
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, "2026")
    qtbot.keyClick(edit, Key.Key_Tab)
    assert edit.dateTime().date().year() == 2025


def test_typing_a_day_before_the_month_gives_that_day(
    qtbot: QtBot, dialog: NewRequestDialog
) -> None:
    """28/02 typed over 25/03 passes through 28/03, after today: the edit must not refuse it."""
    edit = dialog.ui.receivedAt
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, "28")
    edit.setSelectedSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClicks(edit, "02")
    assert edit.text() == "28/02/2025 11:00"


def test_missing_rights_and_channel_are_said_in_french_beside_them(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext, runner: Runner
) -> None:
    qtbot.keyClicks(dialog.ui.name, "Élodie Le Gall")
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ui.rightsError.isVisible(), timeout=5000)
    wait_idle(qtbot, runner)
    assert shown_errors(dialog) == {
        "identifiersError": (
            f"Indiquer au moins un moyen d’identifier la personne{NBSP}: e-mail, téléphone, "
            "numéro client ou de contrat, ou adresse postale."
        ),
        "channelError": "Choisir le canal par lequel la demande est arrivée.",
        "rightsError": "Cocher au moins un droit exercé.",
    }
    assert dialog.focusWidget() is dialog.ui.emails  # the first problem in reading order


def test_tab_goes_through_the_fields_in_reading_order(
    qtbot: QtBot, dialog: NewRequestDialog
) -> None:
    ui = dialog.ui
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.name)

    def tour() -> list[str]:
        seen: list[str] = []
        for _ in range(60):
            widget = QApplication.focusWidget()
            assert isinstance(widget, QWidget)
            if not seen or seen[-1] != widget.objectName():
                if seen and widget is ui.name:
                    break
                seen.append(widget.objectName())
            qtbot.keyClick(widget, Key.Key_Tab)  # the date moves section by section first
        return seen

    rights = [f"right_{right.value}" for right in Right]
    person = ["name", "emails", "phones", "customerNumbers", "contractNumbers", "postalAddress"]
    request = ["receivedAt", "channel", "language", *rights, "requestText", "attachments"]
    assert tour() == [*person, "representative", *request, "addAttachment", "save", "cancel"]

    ui.representative.setChecked(True)
    assert tour() == [
        *person,
        "representative",
        "representativeName",
        "mandateFile",
        "mandateBrowse",
        "mandateNote",
        *request,
        "addAttachment",
        "save",
        "cancel",
    ]


def test_every_input_and_button_has_an_accessible_name_and_labels_have_buddies(
    dialog: NewRequestDialog,
) -> None:
    ui = dialog.ui
    inputs = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.parent() is not None
        and not w.objectName().startswith("qt_")
        and w.objectName()
        and not w.objectName().startswith("right_")
    ]
    assert {w.objectName() for w in inputs} >= {"name", "emails", "save", "mandateBrowse"}
    assert [w.objectName() for w in inputs if not w.accessibleName()] == []
    for label in dialog.findChildren(QLabel):
        if label.objectName().endswith("Label"):
            assert label.buddy() is not None, label.objectName()
    assert ui.save.isDefault()
    assert all(box.text().startswith(("Droit", "Retrait")) for box in dialog.rights.values())


def test_escape_with_nothing_typed_closes_at_once(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext
) -> None:
    qtbot.keyClick(dialog.ui.name, Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == NewRequestDialog.DialogCode.Rejected


def test_escape_asks_before_discarding_what_was_typed(
    qtbot: QtBot, dialog: NewRequestDialog, gui_ctx: ServiceContext
) -> None:
    qtbot.keyClicks(dialog.ui.name, "Élodie Le Gall")
    qtbot.keyClick(dialog.ui.name, Key.Key_Escape)
    question = dialog.findChild(QMessageBox, "discardQuestion")
    assert question is not None and question.isVisible()
    assert dialog.isVisible()
    keep = next(b for b in question.findChildren(QPushButton) if "Continuer" in b.text())
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.name.text() == "Élodie Le Gall"

    qtbot.mouseClick(dialog.ui.cancel, Qt.MouseButton.LeftButton)
    question = next(q for q in dialog.findChildren(QMessageBox, "discardQuestion") if q.isVisible())
    discard = next(b for b in question.findChildren(QPushButton) if "Abandonner" in b.text())
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert case_queue.list_cases(gui_ctx) == []


def test_several_identifiers_are_split_on_semicolons() -> None:
    assert split_values(" a@x.fr ; b@y.fr;; c@z.fr , ") == ("a@x.fr", "b@y.fr", "c@z.fr")
    assert split_values("  ") == ()


def test_the_attachments_model(qtmodeltester, tmp_path: Path) -> None:
    model = AttachmentsModel()
    model.add([tmp_path / "a.pdf", tmp_path / "b.eml", tmp_path / "a.pdf"])
    assert [p.name for p in model.paths] == ["a.pdf", "b.eml"]
    qtmodeltester.check(model)
    assert model.data(model.index(1)) == "b.eml"
    assert model.data(model.index(1), Qt.ItemDataRole.ToolTipRole).endswith("b.eml")
    model.remove([0])
    assert [p.name for p in model.paths] == ["b.eml"]
