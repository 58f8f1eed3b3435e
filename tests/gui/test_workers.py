"""Work runs off the GUI thread; its result, error or progress comes back on the GUI thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.errors import DpoError
from oklima_dpo.gui.workers import Progress, Runner


def test_results_come_back_on_the_gui_thread(qtbot: QtBot, runner: Runner) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is QCoreApplication.instance().thread()

    runner.submit(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["gui"] is True
    assert seen["worker"] != threading.get_ident()
    assert not runner.busy


def test_a_dpo_error_goes_to_the_caller(qtbot: QtBot, runner: Runner) -> None:
    errors: list[DpoError] = []

    def work() -> None:
        raise DpoError("Base de cas verrouillée.")

    runner.submit(work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "Base de cas verrouillée."


def test_a_bug_goes_to_the_crash_path(
    qtbot: QtBot, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: crashes.append(error))

    def work() -> None:
        raise KeyError("bug")

    runner.submit(work, lambda _: None, lambda _: None)
    qtbot.waitUntil(lambda: bool(crashes))
    assert isinstance(crashes[0], KeyError)


def test_progress_and_cancel(qtbot: QtBot, runner: Runner) -> None:
    steps: list[tuple[int, int]] = []
    finished: list[object] = []
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> str:
        progress.report(1, 3)
        started.set()
        release.wait(5)
        progress.check()  # cancelled meanwhile: stops here
        return "not reached"

    task = runner.submit(work, finished.append, on_progress=lambda d, t: steps.append((d, t)))
    assert started.wait(5)
    task.cancel()
    release.set()
    runner.wait()
    qtbot.waitUntil(lambda: not runner.busy)
    assert steps == [(1, 3)]
    assert finished == []


def test_many_tasks_returning_none_in_parallel(qtbot: QtBot, runner: Runner) -> None:
    """PySide6 6.12.0 lost a reference to None at every QRunnable run and cross-thread
    signal, until the interpreter aborted: this fails (or crashes) on such a release."""
    results: list[object] = []
    for _ in range(200):
        runner.submit(lambda: None, results.append)
    qtbot.waitUntil(lambda: len(results) == 200, timeout=10_000)
    assert results == [None] * 200
