"""Exporting the register of requests from the window: off the GUI thread, with progress."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from oklima_dpo.app import build_main_window
from oklima_dpo.demo import cases as demo
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext


def test_the_register_is_exported_from_the_file_menu(
    qtbot: QtBot, gui_ctx: ServiceContext, runner: Runner, tmp_path: Path
) -> None:
    demo.fill_demo(gui_ctx, cases=12, seed=3)
    settings = QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat)
    window = build_main_window(gui_ctx, runner, settings, exports_folder=tmp_path / "exports")
    qtbot.addWidget(window)
    window.show()
    window.export_register_action.trigger()
    qtbot.waitUntil(
        lambda: "Registre exporté" in window.statusBar().currentMessage(), timeout=20_000
    )
    path = Path(window.statusBar().currentMessage().split("\u00a0: ", 1)[1])
    assert path.parent == gui_ctx.default_exports_dir and path.suffix == ".xlsx"
    workbook = load_workbook(path, read_only=True)
    try:
        rows = list(workbook["Registre des demandes"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert len(rows) == 13  # the header and the twelve requests
