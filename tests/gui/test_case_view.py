"""The case view: header and deadline, the steps the workflow allows, their dialogs, the
timeline and the documents, driven through the real widgets on a real case base."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.gates import IdentityMethod
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.gui.dialogs.case_actions import ActionDialog
from oklima_dpo.gui.dialogs.decide_dialog import DecideDialog
from oklima_dpo.gui.dialogs.extend_dialog import ExtendDialog
from oklima_dpo.gui.dialogs.identity_dialog import IdentityDialog
from oklima_dpo.gui.models.timeline_model import (
    DOCUMENT_ROLE,
    EVENT_ROLE,
    DocumentsModel,
    TimelineModel,
)
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import DocumentView
from oklima_dpo.services.context import ServiceContext

from ..conftest import Clock
from ..services.helpers import open_request

# QTest types ASCII only: what the tests type is plain, what the program shows is French.

NBSP = "\u00a0"


@pytest.fixture
def reference(gui_ctx: ServiceContext) -> str:
    """Received Mon 10/03/2025: due Thu 10/04/2025, 10/06/2025 if extended; today 25/03."""
    return open_request(gui_ctx, rights=("access", "erasure"))


def open_view(
    qtbot: QtBot,
    ctx: ServiceContext,
    runner: Runner,
    reference: str,
    opened: list[DocumentView] | None = None,
) -> CaseView:
    view = CaseView(ctx, runner, reference, open_document=None if opened is None else opened.append)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None)
    return view


def open_dialog(qtbot: QtBot, view: CaseView, action: str) -> ActionDialog:
    button = view.actions[action]
    assert button.isEnabled(), f"{action} should be enabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def confirm(qtbot: QtBot, dialog: ActionDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, dialog: DecideDialog, outcome: Outcome) -> None:
    """Click the radio button on its indicator (its middle may be empty space)."""
    radio = dialog.radios[outcome]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(4, radio.height() // 2))
    assert radio.isChecked()


def enabled_actions(view: CaseView) -> set[str]:
    return {key for key, button in view.actions.items() if button.isEnabled()}


def test_opening_a_case_shows_who_what_status_and_deadline(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)

    assert view.reference == reference == "DR-2025-0001"
    assert view.title_label.text() == "DR-2025-0001 — Élodie Le Gall"
    assert view.status_label.accessibleName() == f"Statut{NBSP}: reçue"
    assert view.right_labels["access"].text() == f"• Droit d’accès (Art. 15){NBSP}: à décider"
    assert "Droit à l’effacement (Art. 17)" in view.right_labels["erasure"].text()
    assert "elodie.legall@exemple.fr" in view.identifiers_label.text()
    assert view.due_label.text() == "10/04/2025"
    assert view.days_label.text() == "J-16"
    assert view.explanation_label.text() == (
        f"Calcul du délai{NBSP}: reçue le 10/03/2025{NBSP}; un mois → 10/04/2025"
    )
    # Large type in points (follows the system's scaling), not pixels.
    assert view.due_label.font().pointSizeF() >= 2 * view.font().pointSizeF()
    # The workflow of a new request: acknowledge, ask, verify, extend, decide, note, withdraw.
    assert enabled_actions(view) == {
        "acknowledge",
        "request_info",
        "identity",
        "extend",
        "decide",
        "withdraw",
        "note",
        "assign",
    }
    timeline = view.timeline_model
    assert timeline.rowCount() == 1
    assert timeline.index(0, 1).data() == "demande reçue"


def test_an_unknown_reference_says_so(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    view = CaseView(gui_ctx, runner, "DR-2025-0999")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "⚠" in view.status_label.text())
    assert "DR-2025-0999" in view.status_label.text()
    assert enabled_actions(view) == set()


def test_asking_for_information_stops_the_clock(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)
    dialog = open_dialog(qtbot, view, "request_info")
    assert "suspendu" in dialog.intro.text()
    qtbot.keyClicks(dialog.text_edit, "Copie recto de la carte client")
    confirm(qtbot, dialog)

    qtbot.waitUntil(lambda: "en attente d’informations" in view.status_label.text())
    assert view.active_dialog is None  # closed once done
    assert view.days_label.text() == "délai suspendu"
    assert view.due_caption.text() == "Échéance provisoire"
    assert "réponse toujours attendue" in view.explanation_label.text()
    assert view.actions["info_received"].isEnabled()
    assert not view.actions["acknowledge"].isEnabled()
    assert not view.actions["request_info"].isEnabled()
    assert not view.actions["decide"].isEnabled()
    last = view.timeline_model.row_at(view.timeline_model.rowCount() - 1)
    assert (last.kind, last.text) == (EventKind.INFO_REQUESTED, "Copie recto de la carte client")

    # The answer arrives: the clock runs again, 0 days waited (asked and answered today).
    dialog = open_dialog(qtbot, view, "info_received")
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: "en cours" in view.status_label.text())
    assert view.days_label.text() == "J-16"
    assert view.actions["decide"].isEnabled()


def test_a_step_dated_before_receipt_shows_the_error_beside_the_date(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)
    dialog = open_dialog(qtbot, view, "identity")
    assert dialog.date_edit is not None
    assert dialog.date_edit.date() == QDate(2025, 3, 25)  # today by default
    assert dialog.date_edit.maximumDate() == QDate(2025, 3, 25)  # never in the future
    qtbot.keyClicks(dialog.text_edit, "Numero client et e-mail concordants")
    confirm(qtbot, dialog)  # no method chosen: said beside the method, nothing recorded
    qtbot.waitUntil(lambda: bool(dialog.error_text("method")))
    assert "Indiquer comment l’identité a été établie" in dialog.error_text("method")
    assert isinstance(dialog, IdentityDialog)
    dialog.method.setFocus()
    qtbot.keyClick(dialog.method, Qt.Key.Key_Down)  # the first method of the list
    assert dialog.chosen_method() is IdentityMethod.KNOWN_ADDRESS
    qtbot.keyClick(dialog.method, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.method, Qt.Key.Key_Down)
    assert dialog.chosen_method() is IdentityMethod.MATCHING_ANSWERS
    assert not dialog.mandate.isVisible()  # no representative in this request
    dialog.date_edit.setDate(QDate(2025, 3, 1))
    confirm(qtbot, dialog)

    qtbot.waitUntil(lambda: bool(dialog.error_text("on")))
    assert "précède la réception" in dialog.error_text("on")
    assert dialog.isVisible()
    assert dialog.text_edit.toPlainText() == "Numero client et e-mail concordants"  # kept
    assert dialog.ok_button.isEnabled()
    assert view.timeline_model.rowCount() == 1  # nothing recorded

    dialog.date_edit.setDate(QDate(2025, 3, 24))
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: view.timeline_model.rowCount() == 2)
    event = view.timeline_model.row_at(1)
    assert (event.kind, event.on.isoformat(), event.text) == (
        EventKind.IDENTITY_VERIFIED,
        "2025-03-24",
        "Numero client et e-mail concordants",
    )
    assert event.data is not None and event.data["method"] == "matching_answers"


def test_the_extension_shows_its_date_before_confirming(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)
    assert "nouvelle échéance" in view.due_note_label.text()
    qtbot.keyClick(view.timeline_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = view.active_dialog
    assert isinstance(dialog, ExtendDialog)
    assert dialog.new_due.text() == f"Nouvelle échéance{NBSP}: 10/06/2025"
    assert "réception + trois mois" in dialog.explanation.text()
    assert "le 10/04/2025" in dialog.notice.text()

    confirm(qtbot, dialog)  # no reason: refused, said beside the reason
    qtbot.waitUntil(lambda: bool(dialog.error_text("reason")))
    assert "raisons" in dialog.error_text("reason")
    assert view.due_label.text() == "10/04/2025"

    qtbot.keyClicks(dialog.text_edit, "Demande complexe : douze systemes a consulter")
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: view.due_label.text() == "10/06/2025")
    assert view.due_caption.text() == "Échéance prolongée"
    assert view.due_note_label.text() == f"Premier délai{NBSP}: 10/04/2025"
    assert view.days_label.text() == "J-77"
    assert not view.actions["extend"].isEnabled()  # once only


def test_no_extension_after_the_first_deadline(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str, clock: Clock
) -> None:
    clock.now = datetime(2025, 4, 11, 10, 0, tzinfo=UTC)  # the day after the first deadline
    view = open_view(qtbot, gui_ctx, runner, reference)
    assert view.days_label.text() == f"en retard de 1{NBSP}j"
    assert not view.actions["extend"].isEnabled()
    assert view.actions["acknowledge"].isEnabled()
    assert view.due_note_label.text() == ""
    # The shortcut of a disabled step does nothing.
    qtbot.keyClick(view.timeline_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.active_dialog is None


def test_a_refusal_needs_its_legal_ground(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)
    qtbot.keyClick(view.timeline_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = view.active_dialog
    assert isinstance(dialog, DecideDialog)
    assert dialog.right_combo.currentText() == "Droit d’accès (Art. 15) — à décider"
    assert not dialog.ok_button.isEnabled()  # no outcome chosen yet
    qtbot.keyClick(dialog.right_combo, Qt.Key.Key_Down)
    assert dialog.right_combo.currentData() == "erasure"
    choose(qtbot, dialog, Outcome.REFUSED)
    assert "obligatoire" in dialog.ground_label.text()
    confirm(qtbot, dialog)

    qtbot.waitUntil(lambda: bool(dialog.error_text("legal_ground")))
    assert "fondement juridique" in dialog.error_text("legal_ground")
    assert dialog.isVisible()
    stored = case_steps.show_case(gui_ctx, reference)
    assert all(r.outcome is None for r in stored.rights)  # nothing decided
    assert "à décider" in view.right_labels["erasure"].text()

    ground = "Art. 17(3)(b) : factures gardees dix ans (Code de commerce L123-22)"
    qtbot.keyClicks(dialog.ground_edit, ground)
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: "refusé" in view.right_labels["erasure"].text())
    assert view.active_dialog is None  # closed once done
    assert ground in view.right_labels["erasure"].text()
    assert "à décider" in view.right_labels["access"].text()
    stored = case_steps.show_case(gui_ctx, reference)
    decided = {r.right: (r.outcome, r.legal_ground) for r in stored.rights}
    assert decided[Right.ERASURE] == (Outcome.REFUSED, ground)


def test_granting_needs_no_ground(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)
    dialog = open_dialog(qtbot, view, "decide")
    assert isinstance(dialog, DecideDialog)
    choose(qtbot, dialog, Outcome.GRANTED)
    assert "facultatif" in dialog.ground_label.text()
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: "accordé" in view.right_labels["access"].text())
    assert "en cours" in view.status_label.text()  # the first decision starts the work


def test_a_note_appears_in_the_timeline_with_its_author(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.setFocus()  # lands in the timeline (the focus proxy): shortcuts act within the view
    qtbot.keyClick(
        view.timeline_view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = view.active_dialog
    assert dialog is not None and dialog.windowTitle() == "Ajouter une note"
    dialog.activateWindow()  # the window manager's job; offscreen leaves it to us
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.text_edit, "Appel de la personne : relance le 28/03.")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: view.timeline_model.rowCount() == 2)
    model = view.timeline_model
    row = [model.index(1, column).data() for column in range(model.columnCount())]
    assert row == [
        "25/03/2025",
        "note",
        "Appel de la personne : relance le 28/03.",
        "dpo.test",
        "25/03/2025 11:00",  # 10:00 UTC is 11:00 in Paris in March
    ]


def test_documents_open_with_their_stored_path(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, tmp_path: Path
) -> None:
    letter = tmp_path / "lettre-demande.txt"
    letter.write_text("Je demande l’accès à mes données.", encoding="utf-8")
    reference = open_request(gui_ctx, attachments=(letter,))
    opened: list[DocumentView] = []
    view = open_view(qtbot, gui_ctx, runner, reference, opened)

    model = view.documents_model
    assert model.rowCount() == 1
    digest = hashlib.sha256(letter.read_bytes()).hexdigest()
    assert [model.index(0, c).data() for c in range(3)] == [
        "pièce reçue",
        "lettre-demande.txt",
        f"{letter.stat().st_size}{NBSP}o",
    ]
    assert model.index(0, 3).data() == digest[:12] + "…"
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == digest
    assert view.tabs.tabText(1) == "Doc&uments (1)"

    view.tabs.setCurrentIndex(1)
    table = view.documents_view
    centre = table.visualRect(model.index(0, 1)).center()
    # A real double-click: press and release, then the double-click (QTest sends only that).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    stored = gui_ctx.documents_dir / reference / "001-lettre-demande.txt"
    assert [d.path for d in opened] == [stored]
    assert stored.read_bytes() == letter.read_bytes()

    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [d.path for d in opened] == [stored, stored]


def test_timeline_and_documents_models_pass_the_model_tester(
    qtmodeltester, gui_ctx: ServiceContext, reference: str, tmp_path: Path
) -> None:
    case_steps.request_information(gui_ctx, reference, "Justificatif")
    case_steps.add_note(gui_ctx, reference, "Première ligne\nseconde ligne")
    detail = case_steps.show_case(gui_ctx, reference)
    timeline = TimelineModel()
    timeline.set_rows(detail.timeline)
    qtmodeltester.check(timeline)
    assert timeline.index(2, 2).data() == "Première ligne seconde ligne"
    assert timeline.index(2, 2).data(Qt.ItemDataRole.ToolTipRole) == "Première ligne\nseconde ligne"
    assert timeline.index(2, 0).data(EVENT_ROLE).kind is EventKind.NOTE
    assert timeline.rowCount(timeline.index(0, 0)) == 0

    letter = tmp_path / "mandat.pdf"
    letter.write_bytes(b"%PDF-1.4 mandat" * 200)
    other = open_request(
        gui_ctx, representative_name="Me Durand", mandate_file=letter, attachments=(letter,)
    )
    documents = DocumentsModel()
    documents.set_rows(case_steps.show_case(gui_ctx, other).documents)
    qtmodeltester.check(documents)
    assert [documents.index(r, 0).data() for r in range(2)] == ["mandat", "pièce reçue"]
    assert documents.index(0, 2).data() == f"2,9{NBSP}Ko"
    assert documents.index(0, 0).data(DOCUMENT_ROLE).filename == "mandat.pdf"
    assert documents.data(QModelIndex()) is None


def test_changed_fires_once_per_successful_step(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, reference: str
) -> None:
    view = open_view(qtbot, gui_ctx, runner, reference)
    fired: list[str] = []
    view.changed.connect(fired.append)

    dialog = open_dialog(qtbot, view, "acknowledge")
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: "en cours" in view.status_label.text())
    assert fired == [reference]

    dialog = open_dialog(qtbot, view, "note")
    confirm(qtbot, dialog)  # an empty note is refused: no change
    qtbot.waitUntil(lambda: bool(dialog.error_text("text")))
    assert fired == [reference]
    qtbot.keyClicks(dialog.text_edit, "Accuse de reception envoye par e-mail")
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: len(fired) == 2)

    view.reload()  # reading again is not a change
    qtbot.waitUntil(lambda: not runner.busy)
    dialog = open_dialog(qtbot, view, "assign")
    qtbot.keyClicks(dialog.text_edit, "Camille Martin")
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: "Camille Martin" in view.received_label.text())
    assert fired == [reference] * 3
