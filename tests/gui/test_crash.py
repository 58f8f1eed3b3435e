"""Unexpected errors are logged without their message and shown with copyable details."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.errors import DpoError
from oklima_dpo.gui.crash import CrashDialog, CrashHandler


def raised(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_a_bug_opens_a_dialog_with_copyable_details(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    handler = CrashHandler(no_err_windows=False)
    with caplog.at_level(logging.ERROR, logger="oklima_dpo.crash"):
        handler(*raised(KeyError("elodie.legall@exemple.fr")))
    [dialog] = handler.dialogs
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert "KeyError" in dialog.details.toPlainText()
    assert "test_crash.py" in dialog.details.toPlainText()  # where it was raised
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert "KeyError" in QGuiApplication.clipboard().text()
    assert "KeyError" in caplog.text
    # The report leaves the office (a ticket): never the message, nor in the log.
    for report in (dialog.details.toPlainText(), QGuiApplication.clipboard().text(), caplog.text):
        assert "elodie" not in report and "message omis" in report


def test_a_crash_report_names_each_error_of_a_chain_never_its_values() -> None:
    from oklima_dpo.gui.crash import crash_report

    def look_up(person: dict[str, str]) -> str:
        return person["iban"]  # the bug: a KeyError while handling another error

    person = {"email": "zoe.herve@exemple.fr", "compte": "FR76 3000 6000 0112 3456 7890 189"}
    try:
        try:
            int(person["compte"])  # a value read from a system: its message quotes it
        except ValueError:
            look_up({"email": person["email"]})
    except KeyError as caught:
        report = crash_report(caught, caught.__traceback__)
    assert "builtins.ValueError (message omis)" in report
    assert "builtins.KeyError (message omis)" in report
    assert report.index("ValueError") < report.index("KeyError")  # the first cause first
    assert 'return person["iban"]' in report  # the code of the frame
    for value in ("FR76", "zoe.herve", "3000 6000"):
        assert value not in report


def test_no_err_windows_prints_instead(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    handler = CrashHandler(no_err_windows=True)
    handler(*raised(ZeroDivisionError("division by zero")))
    assert handler.dialogs == []
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_an_error_the_user_can_act_on_is_a_plain_message(qtbot: QtBot) -> None:
    handler = CrashHandler(no_err_windows=False)
    handler(*raised(DpoError("Base de cas verrouillée.")))
    [box] = handler.dialogs
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Base de cas verrouillée."
    assert box.icon() is QMessageBox.Icon.Warning
    box.close()


def test_install_sets_the_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = CrashHandler(no_err_windows=True)
    handler.install()
    assert sys.excepthook is handler
