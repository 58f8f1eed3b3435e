"""The Exécution tab over a real demo estate and a real case base: the plan (invoices kept with
their ground), the confirmation naming each system, the execution and its verification, a
failed source, owners' tasks, the restriction's lifting refused in words, the objection list;
the purge menu; the models checked with qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.gui.dialogs.execution import ConfirmExecutionDialog, CorrectionsDialog
from oklima_dpo.gui.dialogs.purge import PurgeDialog
from oklima_dpo.gui.main_window import MainWindow
from oklima_dpo.gui.models.execution_models import PLAN_ROLE, PlanTreeModel, TasksModel
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.views.execution import CaseExecutionTab
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext
from tests.db import raw_session

from ..services.helpers import open_request, reviewed_case, rows
from .looking import grab


def open_tab(
    qtbot: QtBot,
    ctx: ServiceContext,
    runner: Runner,
    reference: str,
    catalogue: Catalogue,
    register: Register,
) -> tuple[CaseView, CaseExecutionTab]:
    view = CaseView(ctx, runner, reference, load_sources=lambda: (catalogue, register))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None)
    tab = view.execution_tab
    assert tab is not None
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.state is not None)
    return view, tab


def plan(qtbot: QtBot, tab: CaseExecutionTab) -> None:
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not tab.busy and tab.current is not None and tab.current.status == "planned",
        timeout=20_000,
    )


def confirm_dialog(qtbot: QtBot, tab: CaseExecutionTab) -> ConfirmExecutionDialog:
    qtbot.mouseClick(tab.execute_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ConfirmExecutionDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def execute(qtbot: QtBot, tab: CaseExecutionTab, dialog: ConfirmExecutionDialog) -> None:
    qtbot.keyClicks(dialog.typed, tab.current.reference.lower())  # type: ignore[union-attr]
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not tab.busy and tab.current is not None and tab.current.status != "planned",
        timeout=30_000,
    )


def source_rows(tab: CaseExecutionTab) -> dict[str, list[list[str]]]:
    """Source name → its records' cells (name, action, detail, result)."""
    model = tab.plan_model
    found = {}
    for row in range(model.rowCount()):
        head = model.item(row, 0)
        source = head.data(PLAN_ROLE)
        found[source.name] = [
            [head.child(r, c).text() for c in range(4)] for r in range(head.rowCount())
        ]
    return found


def source_cell(tab: CaseExecutionTab, name: str, column: int) -> str:
    model = tab.plan_model
    for row in range(model.rowCount()):
        if model.item(row, 0).data(PLAN_ROLE).name == name:
            return model.item(row, column).text()
    raise KeyError(name)


# -- erasure ---------------------------------------------------------------------------------


def test_erasure_planned_confirmed_executed_and_verified(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    customer = person["customer_no"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("erasure",))
    view, tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    assert tab.right is Right.ERASURE
    assert not tab.execute_button.isEnabled() and "Aucun plan" in tab.banner.text()
    plan(qtbot, tab)
    records = source_rows(tab)
    billing = records["Facturation"]
    assert billing and all(cells[1] == "conservé" for cells in billing)
    assert all("L123-22" in cells[2] for cells in billing)
    assert any(cells[1] == "suppression" for cells in records["CRM clients"])
    assert "tâche pour" in source_cell(tab, "Archives papier", 1)
    assert "tâche pour" in source_cell(tab, "Archives papier", 2)
    assert "conservés (" in source_cell(tab, "Facturation", 1)
    assert "Aperçu" in tab.banner.text() and "planifiée" in tab.banner.text()
    # Nothing written by the plan.
    assert rows(
        estate, "crm", "SELECT count(*) FROM customers WHERE customer_no = ?", customer
    ) == [(1,)]
    grab(view.window(), "plan-1366x768")

    dialog = confirm_dialog(qtbot, tab)
    summary = dialog.summary()
    assert "CRM clients\u00a0: " in summary and "suppression" in summary
    assert "Facturation\u00a0: " in summary and "conservés (" in summary and "L123-22" in summary
    assert "Archives papier\u00a0: tâche pour" in summary
    assert not dialog.ok_button.isEnabled()  # the reference is typed first
    qtbot.keyClicks(dialog.typed, "DR-0000")
    assert not dialog.ok_button.isEnabled()
    dialog.typed.clear()
    grab(dialog, "confirmation")
    execute(qtbot, tab, dialog)

    done = tab.current
    assert done is not None and done.status == "verified", done.verification
    assert "✓ Vérifié" in tab.banner.text()
    assert source_cell(tab, "CRM clients", 3) == "✓ appliqué"
    crm_result = source_cell(tab, "CRM clients", 2)
    assert crm_result.startswith("✓ 4 écriture(s)") or crm_result.startswith("✓ ")
    assert "…) → après" in crm_result  # the SHA-256 shortened, whole in the journal
    assert all(
        cells[3] == "conservé (obligation légale)" for cells in source_rows(tab)["Facturation"]
    )
    assert rows(
        estate, "crm", "SELECT count(*) FROM customers WHERE customer_no = ?", customer
    ) == [(0,)]
    assert not tab.execute_button.isEnabled()
    grab(view.window(), "result-1366x768")

    # The owner of the paper archives answers.
    row = next(
        r for r in range(tab.tasks_model.rowCount()) if tab.tasks_model.row_at(r).kind == "erase"
    )
    tab.tasks_view.selectRow(row)
    # Due ten days after it was opened (the setting's default), said in the state column.
    assert tab.tasks_model.index(row, TasksModel.STATE_COLUMN).data() == (
        "à faire, attendue le 04/04/2025"
    )
    assert tab.remind_button.isEnabled()
    qtbot.mouseClick(tab.remind_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and "Rappel préparé pour" in tab.banner.text())
    assert "services-generaux@oklima.example" in tab.banner.text()
    assert tab.answer_button.isEnabled()
    qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    answer = tab.dialog
    assert answer is not None
    qtbot.mouseClick(answer.ok_button, Qt.MouseButton.LeftButton)  # nothing typed
    qtbot.waitUntil(lambda: bool(answer.error_text("answer")))
    qtbot.keyClicks(answer.findChild(QPlainTextEdit, "text"), "Dossier papier detruit le 26/03")
    qtbot.mouseClick(answer.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and tab.tasks_model.row_at(row).status == "done")
    assert tab.tasks_model.index(row, TasksModel.STATE_COLUMN).data() == "faite"
    assert not tab.answer_button.isEnabled() and not tab.remind_button.isEnabled()


def test_a_failed_source_shows_its_message(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("erasure",))
    _view, tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    plan(qtbot, tab)
    crm = estate.out_dir / "crm.sqlite"
    crm.rename(crm.with_suffix(".away"))
    execute(qtbot, tab, confirm_dialog(qtbot, tab))
    done = tab.current
    assert done is not None and done.status == "partly"
    result = source_cell(tab, "CRM clients", 2)
    message = done.result["sources"]["crm"]["message"]  # type: ignore[index]
    assert result.startswith("✗ échec") and message and message in result
    assert source_cell(tab, "CRM clients", 3) == "✗ échec"
    assert source_cell(tab, "Espace client en ligne", 3) == "✓ appliqué"
    assert "Appliqué en partie" in tab.banner.text()
    assert "CRM clients" in tab.banner.text()


def test_restriction_lifting_refused_in_words(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("restriction",))
    _view, tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    assert tab.lift_button.isVisibleTo(tab) and not tab.suppress_button.isVisibleTo(tab)
    assert not tab.lift_button.isEnabled()
    plan(qtbot, tab)
    execute(qtbot, tab, confirm_dialog(qtbot, tab))
    assert tab.current is not None and tab.current.status == "verified"
    assert tab.lift_button.isEnabled()
    qtbot.mouseClick(tab.lift_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and tab.banner.text().startswith("⚠"))
    assert "informée avant" in tab.banner.text()
    qtbot.mouseClick(tab.announce_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reasons"), "Exactitude verifiee.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and "Levée annoncée" in tab.banner.text())
    assert tab.lift_button.isEnabled(), tab.banner.text()
    qtbot.mouseClick(tab.lift_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and tab.banner.text().startswith("⚠"))
    assert "courrier" in tab.banner.text()


def test_objection_goes_on_the_suppression_list(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("objection",))
    _view, tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    assert tab.suppress_button.isEnabled()
    qtbot.mouseClick(tab.suppress_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and "liste d’opposition" in tab.banner.text())
    assert "Inscrit sur la liste d’opposition à la prospection jusqu’au" in tab.banner.text()


def test_rectification_asks_the_corrections(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    person = estate.hard_cases["phone_formats"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("rectification",))
    _view, tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, CorrectionsDialog))
    dialog = tab.dialog
    assert isinstance(dialog, CorrectionsDialog)
    city = dialog.edits["crm.customers.city"]
    assert "Lille" in city.placeholderText()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(city, "Roubaix")
    grab(dialog, "corrections")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and tab.current is not None)
    (crm,) = source_rows(tab)["CRM clients"]
    assert crm[1] == "correction" and "«\u00a0Lille\u00a0» → «\u00a0Roubaix\u00a0»" in crm[2]


# -- models ----------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    person = estate.hard_cases["prospect_newsletter_only"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("erasure",))
    _view, tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    plan(qtbot, tab)
    execute(qtbot, tab, confirm_dialog(qtbot, tab))
    qtmodeltester.check(tab.plan_model)
    qtmodeltester.check(tab.tasks_model)
    assert tab.tasks_model.rowCount() == 2
    kinds = {tab.tasks_model.index(r, 1).data() for r in range(2)}
    assert kinds == {"effacement"}
    empty = PlanTreeModel()
    empty.show(None)
    qtmodeltester.check(empty)


# -- the purge -------------------------------------------------------------------------------


def test_the_purge_menu_shows_its_plan_then_purges(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, tmp_path: Path
) -> None:
    from oklima_dpo.app import build_main_window
    from oklima_dpo.store.models import Case, Document

    reference = open_request(gui_ctx)
    with raw_session(gui_ctx.store) as session:  # an identity document filed by hand
        case = session.query(Case).filter_by(reference=reference).one()
        folder = gui_ctx.documents_dir / "id"
        folder.mkdir(parents=True)
        (folder / "cni.pdf").write_bytes(b"%PDF-1.4 synthetic")
        session.add(
            Document(
                case_id=case.id,
                role="identity",
                filename="cni.pdf",
                stored_as="id/cni.pdf",
                sha256="0" * 64,
                size=18,
                added_at=gui_ctx.now().replace(tzinfo=None),
                added_by="dpo.test",
            )
        )
        session.commit()
    settings = QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat)
    window: MainWindow = build_main_window(gui_ctx, runner, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.ready, timeout=10_000)
    window.purge_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PurgeDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PurgeDialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == reference
    assert "pièces d’identité" in dialog.model.index(0, 1).data()
    assert dialog.model.index(0, 3).data() == "documents\u00a0: 1"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Purge faite" in window.statusBar().currentMessage())
    assert not (gui_ctx.documents_dir / "id" / "cni.pdf").exists()


@pytest.mark.parametrize("right", [Right.ACCESS])
def test_rights_not_carried_out_are_not_offered(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    right: Right,
) -> None:
    reference = open_request(gui_ctx, rights=(right.value,))
    _view, tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    assert tab.right_combo.count() == 0
    assert not tab.plan_button.isEnabled()
    assert "aucun droit" in tab.banner.text()
