"""The keyboard: no shortcut bound twice where both could fire (Qt then fires neither), and
the shortcuts the README names do what it says."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.gui.dialogs.new_request import NewRequestDialog
from oklima_dpo.gui.dialogs.settings import SettingsDialog
from oklima_dpo.gui.main_window import MainWindow
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext

from ..services.helpers import open_request
from .case_views import shown_case_view


def bindings(top: QWidget) -> dict[str, list[tuple[QWidget | None, str]]]:
    """Every key sequence bound in ``top``: its QShortcuts (with the widget whose focus
    scope they cover) and its actions (window-wide), by text."""
    found: dict[str, list[tuple[QWidget | None, str]]] = defaultdict(list)
    for shortcut in top.findChildren(QShortcut):
        key = shortcut.key().toString()
        if key:
            owner = shortcut.parent()
            found[key].append((owner if isinstance(owner, QWidget) else None, "QShortcut"))
    for action in top.findChildren(QAction):
        for key in action.shortcuts():
            found[key.toString()].append((None, f"action {action.text()!r}"))
    return found


def overlapping(top: QWidget) -> list[str]:
    """Key sequences bound twice where both may fire: same widget, one inside the other, or
    a window-wide action."""
    clashes = []
    for key, owners in bindings(top).items():
        for i, (first, what_first) in enumerate(owners):
            for second, what_second in owners[i + 1 :]:
                nested = (
                    first is None
                    or second is None
                    or first is second
                    or first.isAncestorOf(second)
                    or second.isAncestorOf(first)
                )
                if nested:
                    clashes.append(f"{key}: {what_first} / {what_second}")
    return clashes


def test_no_shortcut_is_bound_twice_in_any_window_or_dialog(
    qtbot: QtBot,
    window: MainWindow,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
) -> None:
    assert overlapping(window) == []
    reference = open_request(gui_ctx)
    view = shown_case_view(qtbot, gui_ctx, runner, reference, (catalogue, register))
    assert overlapping(view) == []
    for dialog in (NewRequestDialog(gui_ctx, runner), SettingsDialog(gui_ctx, runner)):
        qtbot.addWidget(dialog)
        assert overlapping(dialog) == [], type(dialog).__name__
    for key in list(view.actions):
        button = view.actions[key]
        button.setEnabled(True)
        button.click()
        dialog = view.active_dialog
        if dialog is not None:
            assert overlapping(dialog) == [], key
            dialog.reject()


def test_ctrl_f_finds_on_the_page_shown(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_3, ctrl)
    register = window.register
    qtbot.waitUntil(lambda: register.model.rowCount() > 0)
    register.table.setFocus()
    qtbot.keyClick(register.table, Qt.Key.Key_F, ctrl)
    assert register.filter_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, ctrl)  # the journal: Ctrl+F goes to the queue
    qtbot.keyClick(window, Qt.Key.Key_F, ctrl)
    assert window.pages.currentWidget() is window.queue and window.queue.search.hasFocus()


def readme_keys() -> set[str]:
    """The shortcuts the README names (« Ctrl+… »), as Qt writes them."""
    import re

    text = (Path(__file__).parents[2] / "README.md").read_text("utf-8")
    named = set(re.findall(r"Ctrl\+(?:Shift\+)?[A-Z0-9,]", text))
    return {QKeySequence(k).toString() for k in named}


def test_every_shortcut_the_readme_names_is_bound_once(
    qtbot: QtBot,
    window: MainWindow,
    gui_ctx: ServiceContext,
    runner: Runner,
    catalogue: Catalogue,
    register: Register,
) -> None:
    reference = open_request(gui_ctx)
    case_steps.acknowledge(gui_ctx, reference)  # taken in charge: its sources may be asked
    view = shown_case_view(qtbot, gui_ctx, runner, reference, (catalogue, register))
    bound = set(bindings(window)) | set(bindings(view))
    missing = readme_keys() - bound
    assert not missing, f"the README names shortcuts nothing binds: {sorted(missing)}"
    # Ctrl+Shift+R in the Données tab searches the sources (it once did nothing: bound twice).
    assert view.data_tab is not None
    view.tabs.setCurrentWidget(view.data_tab)
    view.activateWindow()
    qtbot.waitActive(view)
    view.data_tab.gather_button.setFocus()
    qtbot.keyClick(
        view.data_tab.gather_button,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    tab = view.data_tab
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.gathered, timeout=20_000)
