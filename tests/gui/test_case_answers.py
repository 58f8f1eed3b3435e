"""The Réponses tab: produce, read in the PDF preview, mark sent; the wording edit, the
encrypted delivery and its password, the legal team's case file — real widgets, a real case
base, the demo estate, and every PDF read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind, Status
from oklima_dpo.gui.dialogs.pdf_preview import PdfPreviewDialog
from oklima_dpo.gui.dialogs.sending import MarkSentDialog
from oklima_dpo.gui.dialogs.wording import split_paragraphs
from oklima_dpo.gui.models.produced_documents_model import ProducedDocumentsModel
from oklima_dpo.gui.views.case_answers import CaseAnswersTab
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import DocumentView
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review

from ..services.helpers import establish_identity, open_request


def pdf_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")
    return " ".join(text.split())


def open_view(
    qtbot: QtBot,
    ctx: ServiceContext,
    runner: Runner,
    reference: str,
    opened: list[DocumentView] | None = None,
    sources: tuple[Catalogue, Register] | None = None,
) -> CaseView:
    view = CaseView(
        ctx,
        runner,
        reference,
        open_document=(opened.append if opened is not None else None),
        load_sources=(lambda: sources) if sources is not None else None,
    )
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None)
    view.tabs.setCurrentWidget(view.answers_tab)
    return view


def produce(qtbot: QtBot, tab: CaseAnswersTab) -> int:
    """Click « Produire »; wait for the new files in the list; returns how many rows."""
    before = tab.model.rowCount()
    qtbot.mouseClick(tab.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and tab.model.rowCount() > before, timeout=20_000)
    qtbot.waitUntil(lambda: bool(tab.selected_documents()))  # the letter, once ids are read
    return tab.model.rowCount()


def preview(qtbot: QtBot, tab: CaseAnswersTab) -> PdfPreviewDialog:
    """Enter on the selected file: the case's copy is read and checked off the GUI thread,
    then shown from memory."""
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.preview is not None and tab.preview.isVisible())
    dialog = tab.preview
    assert dialog is not None
    return dialog


def test_an_acknowledgement_is_produced_read_and_sent(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    reference = open_request(gui_ctx)
    view = open_view(qtbot, gui_ctx, runner, reference)
    tab = view.answers_tab
    assert tab.kind is LetterKind.ACKNOWLEDGEMENT  # a case just received
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Répon&ses"
    assert produce(qtbot, tab) == 1
    letter = tab.model.row_at(0)
    assert letter.filename == f"{reference}-AR-01.pdf"
    assert tab.model.index(0, 2).data() == letter.sha256[:12] + "…"
    assert tab.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == letter.sha256
    # Not sent before it has been read here.
    assert not tab.sent_button.isEnabled()
    assert "aperçu" in tab.sent_button.toolTip() and letter.filename in tab.sent_hint.text()

    dialog = preview(qtbot, tab)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 1
    assert dialog.current_page() == 0 and dialog.page_spin.value() == 1
    assert letter.sha256 in dialog.identity.text() and letter.filename in dialog.windowTitle()
    assert dialog.name_label.text() == letter.filename  # not the numbered copy's name
    assert dialog.fit_width_button.isChecked()
    assert f"réf. {reference}" in dialog.document.getAllText(0).text().replace("\u00a0", " ")
    dialog.zoom_by(1.25)
    assert not dialog.fit_width_button.isChecked() and dialog.zoom_label.text()
    dialog.close()
    assert tab.model.index(0, ProducedDocumentsModel.SEEN_COLUMN).data() == "✓ lu"
    assert tab.sent_button.isEnabled()

    qtbot.mouseClick(tab.sent_button, Qt.MouseButton.LeftButton)
    sent = tab.sent_dialog
    assert isinstance(sent, MarkSentDialog) and sent.isVisible()
    assert sent.date_edit.maximumDate() == sent.date_edit.date()  # today, never later
    sent.channel.setCurrentText("courrier recommandé avec AR")
    qtbot.mouseClick(sent.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.status is Status.IN_PROGRESS)
    qtbot.waitUntil(lambda: "en cours" in view.status_label.text())
    assert tab.sent_dialog is None or not shiboken6.isValid(sent) or not sent.isVisible()
    assert "Envoi enregistré" in tab.banner.text()


def test_the_access_package_needs_a_saved_review_then_leaves_with_its_data(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    person = estate.hard_cases["mentioned_in_other_mail"]
    reference = open_request(
        gui_ctx,
        name=f"{person['first_name']} {person['last_name']}",
        emails=(person["email"],),
    )
    case_steps.record_step(gui_ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(gui_ctx, reference)
    review.skip_source(gui_ctx, reference, "paper_archives", "Aucun dossier papier")
    opened: list[DocumentView] = []
    view = open_view(qtbot, gui_ctx, runner, reference, opened, (catalogue, register))
    tab = view.answers_tab
    assert tab.kind is LetterKind.ACCESS  # taken in charge, access asked
    qtbot.mouseClick(tab.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "⚠" in tab.banner.text(), timeout=20_000)
    # Nothing leaves: identity, decision and review are each named (the service's words).
    for words in ("identité du demandeur", "n’est pas décidé", "revue des données"):
        assert words in tab.banner.text()
    assert tab.model.rowCount() == 0 and tab.produce_button.isEnabled()

    establish_identity(gui_ctx, reference)
    case_steps.decide(gui_ctx, reference, Right.ACCESS, Outcome.GRANTED)
    review.save_review(gui_ctx, reference)
    produce(qtbot, tab)
    names = [tab.model.row_at(r).filename for r in range(tab.model.rowCount())]
    assert f"{reference}-ACCES-01.pdf" in names and f"{reference}-ACCES-01-donnees.json" in names
    assert "masquée" in tab.banner.text()  # another customer named in an e-mail
    json_row = names.index(f"{reference}-ACCES-01-donnees.json")
    tab.view.clearSelection()
    tab.view.selectRow(json_row)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].filename == f"{reference}-ACCES-01-donnees.json"
    assert tab.sent_button.isEnabled()  # not a PDF: nothing to read in the preview
    tab.view.selectAll()
    assert not tab.sent_button.isEnabled()  # the letter is still unread


def test_the_wording_edit_is_in_the_letter_and_offered_again(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    reference = open_request(gui_ctx)
    view = open_view(qtbot, gui_ctx, runner, reference)
    tab = view.answers_tab
    assert tab.wording_state.text() == "Texte du modèle."
    qtbot.mouseClick(tab.wording_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.wording_dialog is not None and tab.wording_dialog.isVisible())
    dialog = tab.wording_dialog
    default = dialog.paragraphs()
    assert len(default) >= 1
    edited = [*default[:-1], "Nous reviendrons vers vous tres vite, promis."]
    dialog.editor.setPlainText("\n\n".join(edited))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Texte modifié" in tab.wording_state.text()

    produce(qtbot, tab)
    path = tab.last_produced.files[0].path
    assert "tres vite, promis" in pdf_text(path)
    qtbot.waitUntil(lambda: "gardée dans la demande" in tab.wording_state.text())

    qtbot.mouseClick(tab.wording_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.wording_dialog is not dialog and tab.wording_dialog.isVisible())
    again = tab.wording_dialog
    assert again.paragraphs() == edited
    assert "modifié précédemment" in again.state.text()
    # Back to the model's wording: the next letter is the default one.
    qtbot.mouseClick(again.reset_button, Qt.MouseButton.LeftButton)
    assert "tres vite, promis" not in again.editor.toPlainText()  # the template, shown
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert not again.isVisible()
    produce(qtbot, tab)
    assert "tres vite, promis" not in pdf_text(tab.last_produced.files[0].path)


def test_paragraphs_are_blocks_between_blank_lines() -> None:
    assert split_paragraphs("Un.\nsuite\n\n  \nDeux.\n\n\n") == ["Un.\nsuite", "Deux."]


def test_an_encrypted_letter_shows_its_password_once(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    reference = open_request(gui_ctx)
    view = open_view(qtbot, gui_ctx, runner, reference)
    tab = view.answers_tab
    tab.encrypt_check.setChecked(True)
    produce(qtbot, tab)
    shown = tab.password_dialog
    assert shown is not None and shown.isVisible()
    password = shown.password()
    assert len(password.replace("-", "")) >= 20
    path = tab.last_produced.files[0].path
    assert PdfReader(str(path)).is_encrypted
    assert f"réf. {reference}" in pdf_text(path, password)
    # While the password window is open, the preview opens the encrypted copy with it.
    dialog = preview(qtbot, tab)
    assert dialog.ready and not dialog.password_edit.isVisible()
    dialog.close()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    shown.close()
    assert shown.field.text() == ""  # forgotten
    # Afterwards, it is asked for.
    dialog = preview(qtbot, tab)
    assert not dialog.ready and dialog.password_edit.isVisible()
    qtbot.keyClicks(dialog.password_edit, "faux")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "incorrect" in dialog.problem.text()
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.ready and dialog.password_edit.text() == ""


def test_the_case_file_opens_in_the_preview(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    reference = open_request(gui_ctx)
    view = open_view(qtbot, gui_ctx, runner, reference)
    tab = view.answers_tab
    qtbot.mouseClick(tab.casefile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview is not None and tab.preview.isVisible(), timeout=20_000)
    dialog = tab.preview
    assert dialog.ready and dialog.document.pageCount() >= 2
    assert dialog.path.suffix == ".pdf" and reference in dialog.path.name
    dialog.go_to(1)
    assert dialog.page_spin.value() == 2 or dialog.current_page() == 1


@pytest.mark.parametrize("rows", [0, 3])
def test_the_produced_documents_model(
    qtbot: QtBot, qtmodeltester, gui_ctx: ServiceContext, runner: Runner, rows: int
) -> None:
    reference = open_request(gui_ctx)
    view = open_view(qtbot, gui_ctx, runner, reference)
    tab = view.answers_tab
    for _ in range(rows):
        produce(qtbot, tab)
    model = ProducedDocumentsModel()
    model.show_documents(view.detail.documents)
    assert model.rowCount() == rows
    qtmodeltester.check(model)
