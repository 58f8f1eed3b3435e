"""The tabs offer what fits the case: its letters with the next one preselected, Art. 19
notices only for a rectification, an erasure or a restriction, « Réponse envoyée… » once an
answer was produced."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.answers.produce import produce
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.execution import applying, planning

from ..services.helpers import open_request, reviewed_case
from .case_views import shown_case_view


def offered(view: CaseView) -> list[LetterKind]:
    combo = view.answers_tab.kind_combo
    return [LetterKind(combo.itemData(i)) for i in range(combo.count())]


def test_an_executed_erasure_offers_its_answer_and_the_art19_notices(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(gui_ctx, catalogue, register, person, ("erasure",))
    planned = planning.plan_execution(gui_ctx, reference, "erasure")
    applying.apply_execution(gui_ctx, reference, planned.id)
    view = shown_case_view(qtbot, gui_ctx, runner, reference, (catalogue, register))
    assert view.answers_tab.kind is LetterKind.ERASURE  # not « Accusé de réception »
    kinds = offered(view)
    assert LetterKind.ERASURE in kinds
    for other in (LetterKind.ACCESS, LetterKind.PORTABILITY, LetterKind.RESTRICTION):
        assert other not in kinds
    assert not view.actions["answered"].isEnabled()  # nothing produced yet
    tab = view.execution_tab
    assert tab is not None
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.state is not None)
    assert tab.notices_button.isEnabled()


def test_an_objection_offers_no_art19_notice_and_sending_waits_for_a_letter(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    runner: Runner,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    reference = open_request(gui_ctx, rights=("objection",))
    view = shown_case_view(qtbot, gui_ctx, runner, reference, (catalogue, register))
    assert view.answers_tab.kind is LetterKind.ACKNOWLEDGEMENT  # just received
    assert offered(view) == [
        LetterKind.ACKNOWLEDGEMENT,
        LetterKind.INFORMATION_REQUEST,
        LetterKind.OBJECTION,
    ]
    tab = view.execution_tab
    assert tab is not None
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.state is not None)
    assert not tab.notices_button.isEnabled()  # Art. 19 is not for an objection
    # Refused with its ground, the case awaits its answer: « Réponse envoyée… » waits for the
    # refusal letter to exist.
    case_steps.decide(
        gui_ctx, reference, Right.OBJECTION, Outcome.REFUSED, "Art. 21(1) : motifs impérieux"
    )
    view.reload()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.status is Status.IN_REVIEW)
    assert view.answers_tab.kind is LetterKind.REFUSAL
    assert not view.actions["answered"].isEnabled()
    produce(gui_ctx, reference, LetterKind.REFUSAL)
    view.reload()
    qtbot.waitUntil(lambda: view.actions["answered"].isEnabled())


def test_the_case_window_lists_the_persons_other_requests_and_points_out_a_repeat(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner
) -> None:
    from datetime import datetime

    from oklima_dpo.domain.french import PARIS

    earlier = open_request(gui_ctx, received_at=datetime(2025, 1, 6, 10, tzinfo=PARIS))
    this = open_request(gui_ctx, received_at=datetime(2025, 3, 10, 9, tzinfo=PARIS))
    view = shown_case_view(qtbot, gui_ctx, runner, this)
    related = view.related_view
    qtbot.waitUntil(lambda: related.table.rowCount() == 1)
    assert related.table.item(0, 0).text() == f"{earlier} (moins de 12 mois)"
    assert related.table.item(0, 1).text() == "06/01/2025"
    assert "Une autre demande de cette personne" in related.note.text()
    assert "article 12(5)" in related.note.text()
    index = view.tabs.indexOf(related)
    assert view.tabs.tabText(index) == "Demandes &liées (1)"
