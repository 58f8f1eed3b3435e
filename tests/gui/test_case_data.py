"""The Données tab and the Sources page, driven through the real widgets over a real demo
estate (SQLite files, a csv, a workbook, a mailbox) and a real case base."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.gui.dialogs.review_dialogs import ManualAnswerDialog
from oklima_dpo.gui.models.sources_models import FINDING_ROLE
from oklima_dpo.gui.views.case_data import CaseDataTab
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.views.sources_view import SourcesView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext

from ..services.helpers import open_request


@pytest.fixture
def reference(gui_ctx: ServiceContext, pristine_estate: EstateSummary) -> str:
    person = pristine_estate.hard_cases["email_in_capitals"]
    reference = open_request(
        gui_ctx, name=f"{person['first_name']} {person['last_name']}", emails=(person["email"],)
    )
    case_steps.record_step(gui_ctx, reference, EventKind.ACKNOWLEDGED)
    return reference


def open_tab(
    qtbot: QtBot,
    ctx: ServiceContext,
    runner: Runner,
    reference: str,
    catalogue: Catalogue,
    register: Register,
) -> CaseDataTab:
    tab = CaseDataTab(ctx, runner, reference, lambda: (catalogue, register))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.data is not None)
    return tab


@pytest.fixture
def tab(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    reference: str,
    catalogue: Catalogue,
    register: Register,
) -> CaseDataTab:
    return open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)


def gathered(qtbot: QtBot, tab: CaseDataTab) -> CaseDataTab:
    tab.gather()
    qtbot.waitUntil(lambda: not tab.busy and tab.data is not None and tab.data.gathered)
    return tab


def uncheck_an_included_record(tab: CaseDataTab) -> int:
    """Untick a record as a click or Space does; returns its finding's id."""
    item = next(i for i in records(tab) if i.checkState() == Qt.CheckState.Checked)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item.data(FINDING_ROLE).id


def records(tab: CaseDataTab) -> list:
    """Every record item of the tree (source → table → record)."""
    model = tab.findings_model
    found = []
    for s in range(model.rowCount()):
        source = model.item(s, 0)
        for t in range(source.rowCount()):
            table = source.child(t, 0)
            found += [table.child(r, 0) for r in range(table.rowCount())]
    return found


def test_gathering_shows_progress_sources_and_records(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    reference: str,
    catalogue: Catalogue,
    register: Register,
) -> None:
    tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    assert "Aucune recherche" in tab.banner.text()
    assert not tab.save_button.isEnabled()
    told: list[object] = []
    tab.states_model.dataChanged.connect(lambda *_: told.append(1))
    qtbot.mouseClick(tab.gather_button, Qt.MouseButton.LeftButton)
    assert tab.cancel_button.isEnabled() and not tab.gather_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.busy and tab.data is not None and tab.data.gathered)
    assert told, "each source's progress reached the table"
    states = {
        tab.states_model.index(r, 0).data(): tab.states_model.index(r, 1).data()
        for r in range(tab.states_model.rowCount())
    }
    assert states["CRM clients"].startswith("✓") or any(v.startswith("✓") for v in states.values())
    assert any("recherche manuelle en attente" in v for v in states.values())
    assert "Données incomplètes" in tab.banner.text()
    items = records(tab)
    assert items and all(item.isCheckable() for item in items)
    assert tab.save_button.isEnabled()
    # The category column readable: no wider than about 42 characters, each category whole
    # in its tooltip (« Données contractuelles (durée, date d’effet, …) » is long).
    limit = tab.fontMetrics().averageCharWidth() * 42
    assert 0 < tab.tree.header().sectionSize(2) <= limit
    fields = [record.child(f, 2) for record in items for f in range(record.rowCount())]
    assert fields and all(f.toolTip() == f.text() for f in fields)


def test_an_incomplete_review_is_saved_only_once_the_dpo_confirms(
    qtbot: QtBot, tab: CaseDataTab
) -> None:
    gathered(qtbot, tab)
    assert tab.data is not None and not tab.data.complete
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    assert box is not None and box.isVisible()
    assert "Archives papier" in box.text() and "Aucune donnée ne pourra" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert tab.data is not None and not tab.data.snapshots  # nothing saved
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data is not None and bool(tab.data.snapshots))
    assert tab.data.snapshots[-1].complete is False


def test_excluding_a_record_asks_its_reason_and_keeps_it(qtbot: QtBot, tab: CaseDataTab) -> None:
    gathered(qtbot, tab)
    finding_id = uncheck_an_included_record(tab)
    dialog = tab.active_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
    qtbot.waitUntil(lambda: bool(dialog.error_text("reason")))
    text = dialog.findChild(QPlainTextEdit, "text")
    qtbot.keyClicks(text, "Homonyme sans lien avec la demande")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            tab.data is not None
            and not next(f for f in tab.data.findings if f.id == finding_id).included
        )
    )
    finding = next(f for f in tab.data.findings if f.id == finding_id)
    assert finding.exclusion_reason == "Homonyme sans lien avec la demande"
    unchecked = [i for i in records(tab) if i.data(FINDING_ROLE).id == finding_id]
    assert unchecked[0].checkState() == Qt.CheckState.Unchecked


def test_cancelling_the_reason_puts_the_check_back(qtbot: QtBot, tab: CaseDataTab) -> None:
    gathered(qtbot, tab)
    finding_id = uncheck_an_included_record(tab)
    dialog = tab.active_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(
        lambda: all(
            i.checkState() == Qt.CheckState.Checked
            for i in records(tab)
            if i.data(FINDING_ROLE).id == finding_id
        )
    )


def test_a_failed_source_is_shown_retried_alone_and_a_manual_answer_recorded(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    reference: str,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    billing = estate.out_dir / "billing.sqlite"
    billing.rename(billing.with_suffix(".away"))
    tab = open_tab(qtbot, gui_ctx, runner, reference, catalogue, register)
    tab.gather()
    qtbot.waitUntil(lambda: not tab.busy and tab.data is not None and tab.data.gathered)
    row = next(r for r, s in enumerate(tab.data.sources) if s.source_id == "billing")
    assert tab.states_model.index(row, 1).data().startswith("✗")
    assert "Facturation" in tab.banner.text() or "incomplètes" in tab.banner.text()
    billing.with_suffix(".away").rename(billing)
    tab.states_view.selectRow(row)
    assert tab.retry_button.isEnabled()
    qtbot.mouseClick(tab.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            not tab.busy
            and next(s for s in tab.data.sources if s.source_id == "billing").status == "answered"
        )
    )

    manual = next(r for r, s in enumerate(tab.data.sources) if s.kind == "manual")
    tab.states_view.selectRow(manual)
    assert tab.manual_button.isEnabled() and not tab.retry_button.isEnabled()
    qtbot.mouseClick(tab.manual_button, Qt.MouseButton.LeftButton)
    dialog = tab.active_dialog
    assert isinstance(dialog, ManualAnswerDialog)
    dialog.nothing.setChecked(True)
    qtbot.keyClicks(dialog.note, "Aucun dossier papier a ce nom")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.complete)
    assert "incomplètes" not in tab.banner.text()

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data is not None and bool(tab.data.snapshots))
    assert "SHA-256" in tab.banner.text()


def test_the_case_view_has_a_donnees_tab(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    reference: str,
    catalogue: Catalogue,
    register: Register,
) -> None:
    view = CaseView(gui_ctx, runner, reference, load_sources=lambda: (catalogue, register))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None)
    assert view.data_tab is not None
    index = view.tabs.indexOf(view.data_tab)
    assert view.tabs.tabText(index).replace("&", "") == "Données"
    view.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: view.data_tab.data is not None)
    view.data_tab.gather()
    # Gathering adds « données rassemblées » to the timeline.
    qtbot.waitUntil(
        lambda: any(
            "données rassemblées" in str(view.timeline_model.index(r, 1).data())
            for r in range(view.timeline_model.rowCount())
        ),
        timeout=10_000,
    )


def test_the_sources_page_lists_owners_and_tests_a_source(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    page = SourcesView(gui_ctx, runner)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(catalogue.sources))
    assert str(estate.catalogue) in page.catalogue_label.text()
    owners = [page.model.index(r, 4).data() for r in range(page.model.rowCount())]
    assert all("@" in owner for owner in owners)
    assert page.model.index(0, 2).data() == "jamais testée"
    (estate.out_dir / "portal.sqlite").unlink()
    qtbot.mouseClick(page.test_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(0, 2).data() != "jamais testée")
    results = {
        page.model.index(r, 0).data(): page.model.index(r, 2).data()
        for r in range(page.model.rowCount())
    }
    failing = [name for name, text in results.items() if text.startswith("✗")]
    assert failing == ["Espace client en ligne"]  # the portal's file was removed
    assert "Sources en échec" in page.message.text()


def test_the_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, tab: CaseDataTab
) -> None:
    gathered(qtbot, tab)
    qtmodeltester.check(tab.states_model)
    qtmodeltester.check(tab.findings_model)
    assert tab.findings_model.index(0, 0, QModelIndex()).isValid()


def test_including_a_record_tied_by_the_name_alone_asks_why_then_reads_included_by_the_dpo(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    pristine_estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    person = pristine_estate.hard_cases["homonyms"]
    reference = open_request(
        gui_ctx, name=f"{person['first_name']} {person['last_name']}", emails=(person["email"],)
    )
    case_steps.record_step(gui_ctx, reference, EventKind.ACKNOWLEDGED)
    tab = gathered(qtbot, open_tab(qtbot, gui_ctx, runner, reference, catalogue, register))
    homonym = next(
        i for i in records(tab) if i.data(FINDING_ROLE).match == "name_only"
    )  # left out by the program
    assert homonym.checkState() == Qt.CheckState.Unchecked
    # Named by its key's labels, not its column names (« customer_no=… » is the tooltip).
    assert homonym.text().startswith("N° client CL") and "=" not in homonym.text()
    homonym.setCheckState(Qt.CheckState.Checked)
    dialog = tab.active_dialog
    assert dialog is not None and "rattaché que par le nom" in dialog.intro.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason: refused
    qtbot.waitUntil(lambda: bool(dialog.error_text("reason")))
    assert dialog.text_edit is not None
    qtbot.keyClicks(dialog.text_edit, "Meme client, courrier signe recu")  # QTest types ASCII
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finding_id = homonym.data(FINDING_ROLE).id
    qtbot.waitUntil(
        lambda: (
            tab.data is not None
            and any(f.id == finding_id and f.included for f in tab.data.findings)
        )
    )
    shown = next(i for i in records(tab) if i.data(FINDING_ROLE).id == finding_id)
    row = shown.parent().child(shown.row(), 1)
    assert row.text() == "inclus par le DPO — Meme client, courrier signe recu"
