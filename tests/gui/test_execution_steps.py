"""The one helper every step of the Exécution tab runs through: busy meanwhile, the result in
the banner above where the right stands, the state read again, ``changed``; a refusal beside
its field in the dialog that asked, else in the banner; after a step stopped half-way, the
state read again all the same."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.errors import DpoError
from oklima_dpo.gui.dialogs.case_actions import StepDialog, TextSpec
from oklima_dpo.gui.views.execution.steps import ExecutionState, Steps
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.errors import InvalidInput

STATE = ExecutionState((), ())


class Host:
    """What the tab gives the helper: a banner, the state shown, where the right stands."""

    def __init__(self, qtbot: QtBot, runner: Runner) -> None:
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.banner = ""
        self.shown: list[ExecutionState] = []
        self.reads = 0
        self.steps = Steps(
            self.widget,
            runner,
            self.read,
            self.shown.append,
            lambda: "Où en est le droit.",
            self.say,
        )
        self.busy_seen: list[bool] = []
        self.steps.busy_changed.connect(lambda: self.busy_seen.append(self.steps.busy))

    def read(self) -> ExecutionState:
        self.reads += 1
        return STATE

    def say(self, text: str) -> None:
        self.banner = text


def refuse(message: str) -> None:
    raise DpoError(message)


def test_a_step_done_says_so_above_the_status_and_reads_the_state(
    qtbot: QtBot, runner: Runner
) -> None:
    host = Host(qtbot, runner)
    results: list[int] = []
    with qtbot.waitSignal(host.steps.changed):
        host.steps.run(
            lambda: 3, busy="En cours…", said=lambda n: f"{n} faits.", then=results.append
        )
        assert host.steps.busy and host.banner == "En cours…"
    assert host.busy_seen == [True, False]
    assert host.shown == [STATE] and host.reads == 1
    assert host.banner == "3 faits.\nOù en est le droit."
    assert results == [3]


def test_a_step_that_changes_nothing_reads_nothing(qtbot: QtBot, runner: Runner) -> None:
    host = Host(qtbot, runner)
    results: list[str] = []
    changed: list[bool] = []
    host.steps.changed.connect(lambda: changed.append(True))
    host.steps.run(lambda: "champs", then=results.append, reads_state=False)
    qtbot.waitUntil(lambda: results == ["champs"])
    assert not host.steps.busy and host.reads == 0 and host.shown == [] and not changed


def test_a_refusal_goes_beside_its_field_in_the_dialog_that_asked(
    qtbot: QtBot, runner: Runner
) -> None:
    host = Host(qtbot, runner)
    dialog = StepDialog(
        host.widget, "Titre", "&OK", today=date(2025, 3, 25), text=TextSpec("answer", "Texte")
    )
    host.steps.ask(dialog, lambda _value: None)
    qtbot.waitUntil(dialog.isVisible)
    host.banner = "avant"

    def work() -> None:
        raise InvalidInput({"answer": "Indiquer la réponse."})

    host.steps.run(work, dialog=dialog)
    qtbot.waitUntil(lambda: bool(dialog.error_text("answer")))
    assert "Indiquer la réponse." in dialog.error_text("answer")
    assert dialog.isVisible() and not host.steps.busy
    assert host.banner == "avant" and host.shown == []


def test_a_refusal_without_a_dialog_goes_in_the_banner(qtbot: QtBot, runner: Runner) -> None:
    host = Host(qtbot, runner)
    host.steps.run(lambda: refuse("Pas maintenant."), busy="En cours…")
    qtbot.waitUntil(lambda: not host.steps.busy)
    assert host.banner == "⚠ Pas maintenant." and host.reads == 0


def test_a_step_stopped_half_way_shows_the_state_since(qtbot: QtBot, runner: Runner) -> None:
    host = Host(qtbot, runner)
    finished: list[bool] = []
    host.steps.run(
        lambda: refuse("Source injoignable."),
        finished=lambda: finished.append(True),
        read_on_error=True,
    )
    qtbot.waitUntil(lambda: not host.steps.busy)
    assert finished == [True] and host.shown == [STATE]
    assert host.banner == "⚠ Source injoignable.\nOù en est le droit."
