"""« Avant de produire / d’exécuter »: the gates shown in the case's tabs, each item with the
button that fixes it; nothing leaves while a blocking item stands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.gates import IdentityLevel, IdentityMethod
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.gui.dialogs.case_actions import StepDialog
from oklima_dpo.gui.dialogs.identity_dialog import IdentityDialog
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import IdentityCheck
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review
from oklima_dpo.services.settings.by_key import with_setting
from oklima_dpo.services.settings.changes import update_settings
from oklima_dpo.services.settings.model import get_settings

from ..services.helpers import open_request, settle_sources
from .case_views import shown_case_view
from .looking import grab


def gathered_case(ctx: ServiceContext, estate: EstateSummary, rights: tuple[str, ...]) -> str:
    person = estate.hard_cases["email_in_capitals"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        rights=rights,
        emails=(person["email"],),
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    return reference


def codes(panel_buttons: dict[str, object]) -> set[str]:
    return set(panel_buttons)


def test_the_access_answer_lists_what_stands_before_it_and_opens_each_fix(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    reference = gathered_case(gui_ctx, estate, ("access",))
    view = shown_case_view(qtbot, gui_ctx, runner, reference, (catalogue, register))
    tab = view.answers_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.kind is LetterKind.ACCESS
    panel = tab.checklist
    qtbot.waitUntil(lambda: panel.isVisible() and bool(panel.buttons), timeout=10_000)
    assert codes(panel.buttons) == {"identity", "decision:access", "review"}
    assert "3 points à régler" in panel.title.text()
    assert any("identité du demandeur" in text for text in panel.item_texts())
    grab(view, "checklist-access-1366")
    view.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.width() == 1920)
    grab(view, "checklist-access-1920")
    view.resize(1366, 768)

    # « Vérifier l’identité… » opens the identity dialog of the case's steps.
    qtbot.mouseClick(panel.buttons["identity"], Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, IdentityDialog) and dialog.isVisible()
    dialog.method.setCurrentIndex(dialog.method.findData(IdentityMethod.KNOWN_ADDRESS.value))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "identity" not in panel.buttons, timeout=10_000)

    # « Aller aux données » shows the Données tab, where the review is saved.
    qtbot.mouseClick(panel.buttons["review"], Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.data_tab
    qtbot.waitUntil(lambda: view.data_tab.data is not None)
    grab(view, "donnees-1366")
    view.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.width() == 1920)
    grab(view, "donnees-1920")

    # Once decided and reviewed, nothing stands in the way.
    settle_sources(gui_ctx, reference)
    review.save_review(gui_ctx, reference)
    case_steps.decide(gui_ctx, reference, Right.ACCESS, Outcome.GRANTED)
    view.reload()
    qtbot.waitUntil(lambda: not panel.buttons and "rien ne s’y oppose" in panel.title.text())


@pytest.mark.unconfigured
def test_a_letter_without_the_dpos_contact_points_to_the_settings(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    reference = open_request(gui_ctx)
    view = shown_case_view(qtbot, gui_ctx, runner, reference, (catalogue, register))
    tab = view.answers_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.kind is LetterKind.ACKNOWLEDGEMENT
    panel = tab.checklist
    qtbot.waitUntil(lambda: bool(panel.buttons), timeout=10_000)
    assert codes(panel.buttons) == {"settings:dpo_name", "settings:dpo_contact"}
    with qtbot.waitSignal(view.settings_requested):
        qtbot.mouseClick(panel.buttons["settings:dpo_name"], Qt.MouseButton.LeftButton)
    # « Produire » is refused in the banner, listing the same items; nothing is written.
    qtbot.mouseClick(tab.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "⚠" in tab.banner.text(), timeout=10_000)
    assert "Nom du DPO" in tab.banner.text() and tab.model.rowCount() == 0


def test_the_erasure_plan_is_shown_before_the_decision_and_a_warning_is_lifted_with_a_reason(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    # The DPO asks a document for erasures; this identity was established by the address.
    settings = with_setting(get_settings(gui_ctx), "identity.erasure", "3")
    update_settings(gui_ctx, settings)
    assert get_settings(gui_ctx).identity.erasure is IdentityLevel.DOCUMENT
    reference = gathered_case(gui_ctx, estate, ("erasure",))
    settle_sources(gui_ctx, reference)
    review.save_review(gui_ctx, reference)
    case_steps.record_identity_verified(
        gui_ctx, reference, IdentityCheck(IdentityMethod.KNOWN_ADDRESS, "")
    )
    view = shown_case_view(qtbot, gui_ctx, runner, reference, (catalogue, register))
    tab = view.execution_tab
    assert tab is not None
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.state is not None)
    panel = tab.checklist
    qtbot.waitUntil(lambda: bool(panel.buttons), timeout=10_000)
    assert codes(panel.buttons) == {"decision:erasure", "identity_level"}
    assert not tab.execute_button.isEnabled()  # a blocking item stands

    # The plan is prepared before the decision: the DPO sees what a grant would do.
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current is not None and not tab.busy, timeout=20_000)
    assert tab.plan_model.rowCount() > 0
    grab(view, "checklist-erasure-plan-1366")

    # « Passer outre… » asks for a reason; an empty one is refused beside its field.
    qtbot.mouseClick(panel.buttons["identity_level"], Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, StepDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_text("reason")))
    assert dialog.text_edit is not None
    qtbot.keyClicks(dialog.text_edit, "Client connu, demande depuis son adresse habituelle")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "identity_level" not in panel.buttons, timeout=10_000)
    assert codes(panel.buttons) == {"decision:erasure"}  # a blocking item stays
    lifted = [e for e in case_steps.show_case(gui_ctx, reference).timeline]
    assert lifted[-1].kind is EventKind.GATE_OVERRIDDEN
    assert lifted[-1].text == "Client connu, demande depuis son adresse habituelle"
    # Decided: nothing stands in the way any more, « Exécuter… » is offered.
    qtbot.mouseClick(panel.buttons["decision:erasure"], Qt.MouseButton.LeftButton)
    decide = view.active_dialog
    assert decide is not None and decide.isVisible()
    decide.close()
    case_steps.decide(gui_ctx, reference, Right.ERASURE, Outcome.GRANTED)
    view.reload()
    qtbot.waitUntil(lambda: not panel.buttons and tab.execute_button.isEnabled(), timeout=10_000)
