"""The one place that wires the program: arguments → folders → logging → case base → face.

Start-up is a short list of steps in a fixed order. Importing this module does nothing.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import traceback
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from . import cli
from .paths import DataDirs, default_data_dirs
from .services.context import ServiceContext
from .store.database import Target, parse_target
from .store.migrate import open_store

if TYPE_CHECKING:  # Qt is imported only when the desktop face starts
    from .gui.main_window import MainWindow

log = logging.getLogger("oklima_dpo")

DEMO_CASES = 150


def current_user() -> str:
    """The OS login: who the journal says acted."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): say so rather than guess
        return "utilisateur-inconnu"


def data_dirs(args: argparse.Namespace) -> DataDirs:
    dirs = default_data_dirs(args.data_dir)
    return dirs.demo() if args.demo or args.command == "demo" else dirs


def case_base_target(args: argparse.Namespace, dirs: DataDirs) -> Target:
    if args.db:
        return parse_target(args.db)
    dirs.root.mkdir(parents=True, exist_ok=True)
    return parse_target(dirs.case_base)


def documents_dir(target: Target, dirs: DataDirs) -> Path:
    """Documents live beside a SQLite case base, so that the two move and back up together."""
    if target.sqlite_path is not None:
        return target.sqlite_path.parent / "documents"
    return dirs.documents


def open_context(args: argparse.Namespace) -> ServiceContext:
    dirs = data_dirs(args)
    target = case_base_target(args, dirs)
    store = open_store(target)
    return ServiceContext(store, current_user(), documents_dir(target, dirs))


def configure_logging(dirs: DataDirs) -> None:
    """A rotating log file in the data folder. Only references and counts are ever logged."""
    dirs.logs.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        dirs.logs / "oklima-dpo.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def open_gui_context(args: argparse.Namespace) -> ServiceContext:
    """Folders → logging → case base; a new demo case base is filled first."""
    from .services import demo, settings

    dirs = data_dirs(args)
    dirs.create()
    configure_logging(dirs)
    ctx = open_context(args)
    if args.demo and not settings.get_settings(ctx).demo:
        log.info("filling a new demo case base with %d cases", DEMO_CASES)
        demo.fill_demo(ctx, cases=DEMO_CASES)
    return ctx


def build_main_window(ctx: ServiceContext) -> MainWindow:
    from .gui.main_window import MainWindow
    from .services import cases
    from .services.views import CaseFilter

    # The DPO's work: the open requests, soonest deadline first.
    open_cases = CaseFilter(open_only=True)
    return MainWindow(lambda: cases.list_cases(ctx, open_cases), ctx.store.target.display)


def run_gui(args: argparse.Namespace) -> int:
    """… → Qt application → window → event loop."""
    from PySide6.QtWidgets import QApplication  # Qt only for the desktop face

    ctx = open_gui_context(args)
    try:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("OKLIMA DPO")
        app.setOrganizationName("OKLIMA")
        window = build_main_window(ctx)
        window.show()
        return app.exec()
    finally:
        ctx.store.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = cli.parse(argv)
    except SystemExit as done:  # --help, or a bad argument (already explained on stderr)
        return int(done.code or 0)
    try:
        if args.command:
            return cli.run(args, open_context)
        return run_gui(args)
    except cli.DpoError as error:
        sys.stderr.write(f"oklima-dpo : {error}\n")
        return cli.EXIT_BAD_INPUT
    except Exception:  # a bug: say so, with what a developer needs
        sys.stderr.write("oklima-dpo : erreur interne.\n")
        traceback.print_exc()
        return cli.EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
