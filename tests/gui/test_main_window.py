"""The desktop program's first window: the queue of requests over a demo case base."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from oklima_dpo.app import build_main_window, open_gui_context
from oklima_dpo.cli import parse
from oklima_dpo.domain.case import Channel
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import Status
from oklima_dpo.gui.models.cases_table import CASE_ROLE, SORT_ROLE, CasesTableModel
from oklima_dpo.services import cases
from oklima_dpo.services.views import CaseFilter, CaseSummary


def summary(
    reference: str,
    due: date,
    days_left: int,
    status: Status = Status.IN_PROGRESS,
    clock_stopped: bool = False,
) -> CaseSummary:
    return CaseSummary(
        reference=reference,
        person_name="Élodie Le Gall",
        rights=(Right.ACCESS, Right.ERASURE),
        received_on=date(2025, 3, 5),
        status=status,
        channel=Channel.EMAIL,
        assignee=None,
        first_due=due,
        due=due,
        days_left=days_left,
        extended=False,
        clock_stopped=clock_stopped,
    )


def test_the_model_shows_french_dates_and_days_left(qtmodeltester) -> None:
    model = CasesTableModel()
    model.set_cases(
        [
            summary("DR-2025-0001", date(2025, 4, 7), 5),
            summary("DR-2025-0002", date(2025, 3, 25), 0),
            summary("DR-2025-0003", date(2025, 3, 22), -3),
            summary(
                "DR-2025-0004", date(2025, 4, 30), 36, Status.AWAITING_INFO, clock_stopped=True
            ),
            summary("DR-2025-0005", date(2025, 4, 30), -300, Status.CLOSED),
        ]
    )
    qtmodeltester.check(model)
    cells = [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert cells[0] == [
        "DR-2025-0001",
        "Élodie Le Gall",
        "Accès, Effacement",
        "05/03/2025",
        "07/04/2025",
        "J-5",
        "en cours",
    ]
    assert cells[1][5] == "aujourd’hui"
    assert cells[2][5] == "en retard de 3\u00a0j"
    assert cells[3][5].endswith("⏸") and cells[3][6] == "en attente d’informations"
    assert cells[4][5] == "—"
    assert model.index(3, 5).data(Qt.ItemDataRole.ToolTipRole).startswith("Délai suspendu")
    assert model.index(0, 4).data(SORT_ROLE) == date(2025, 4, 7).toordinal()
    assert model.index(2, 0).data(CASE_ROLE).reference == "DR-2025-0003"


def test_the_demo_opens_on_the_queue(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = open_gui_context(parse(["--demo", "--data-dir", str(tmp_path)]))
    try:
        window = build_main_window(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        queue = window.findChild(QTableView, "queue")
        assert queue is not None
        proxy = queue.model()
        open_cases = cases.list_cases(ctx, CaseFilter(open_only=True))
        assert 0 < proxy.rowCount() == len(open_cases) < 150
        shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
        assert shown == {c.reference for c in open_cases}
        headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        assert headers == [
            "Référence",
            "Personne",
            "Droits",
            "Reçue le",
            "Échéance",
            "Délai",
            "Statut",
        ]
        # Sorted on the due date as dates, not as JJ/MM/AAAA text.
        dues = [proxy.index(r, 4).data(SORT_ROLE) for r in range(proxy.rowCount())]
        assert dues == sorted(dues)
        queue.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        received = [proxy.index(r, 3).data(CASE_ROLE).received_on for r in range(proxy.rowCount())]
        assert received == sorted(received, reverse=True)
        assert str(tmp_path / "demo") in window.case_base_label.text()
        assert not (tmp_path / "oklima-dpo.sqlite").exists()
    finally:
        ctx.store.dispose()


@pytest.mark.parametrize("size", [(1366, 768)])
def test_a_grab_of_the_window_is_not_empty(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    ctx = open_gui_context(parse(["--demo", "--data-dir", str(tmp_path)]))
    try:
        window = build_main_window(ctx)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        image = window.grab().toImage()
        assert (image.width(), image.height()) == size
        assert len({image.pixel(x, 200) for x in range(0, size[0], 7)}) > 2  # text was drawn
    finally:
        ctx.store.dispose()
