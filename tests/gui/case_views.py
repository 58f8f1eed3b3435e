"""A case's window for the GUI tests: built, shown at 1366×768, its case read."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext


def shown_case_view(
    qtbot: QtBot,
    ctx: ServiceContext,
    runner: Runner,
    reference: str,
    sources: tuple[Catalogue, Register] | None = None,
) -> CaseView:
    """The case view of ``reference``, with the Données and Exécution tabs when ``sources``
    (the catalogue and register in use) are given."""
    view = CaseView(
        ctx, runner, reference, load_sources=(lambda: sources) if sources is not None else None
    )
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None)
    return view
