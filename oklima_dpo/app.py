"""The one place that wires the program: arguments → folders → logging → case base → face.

Start-up is a short list of steps in a fixed order. Importing this module does nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from functools import cache
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from . import cli
from .paths import DataDirs, current_user, default_data_dirs, private_dir

if TYPE_CHECKING:  # Qt, SQLAlchemy and the services load only when a face needs them
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .domain.deadlines import PublicHolidays
    from .gui.main_window import MainWindow
    from .gui.workers import Runner
    from .services.context import ServiceContext
    from .store.database import Target
    from .store.vault import VaultKeys

log = logging.getLogger("oklima_dpo")

DEMO_CASES = 150


def data_dirs(args: argparse.Namespace) -> DataDirs:
    dirs = default_data_dirs(args.data_dir)
    return dirs.demo() if args.demo or args.command == "demo" else dirs


def case_base_target(
    args: argparse.Namespace, dirs: DataDirs, keys: VaultKeys | None = None
) -> Target:
    from .store.database import parse_target

    if args.db:
        return unlocked(parse_target(args.db), keys)
    private_dir(dirs.root)
    return unlocked(parse_target(dirs.case_base), keys)


def case_base_path(args: argparse.Namespace, dirs: DataDirs) -> Path | None:
    """The SQLite file the program opens (None for a server)."""
    from .store.database import parse_target

    return parse_target(args.db).sqlite_path if args.db else dirs.case_base


def unlocked(target: Target, keys: VaultKeys | None = None) -> Target:
    """An encrypted SQLite case base with its keys: ``keys`` when the window has them already
    (the passphrase typed), else the OS keyring's or the passphrase file's."""
    from dataclasses import replace

    from .services.vault_setup import finish_interrupted_work
    from .store.vault import is_encrypted, unlock

    path = target.sqlite_path
    for finished in finish_interrupted_work(path) if path is not None else []:
        log.warning("a %s cut short was finished before opening the case base", finished)
    if path is None or not is_encrypted(path):
        return target
    keys = keys or unlock(path)
    return replace(target, key=keys.base, journal_key=keys.journal)


def documents_dir(target: Target, dirs: DataDirs) -> Path:
    """Documents live beside a SQLite case base, so that the two move and back up together."""
    if target.sqlite_path is not None:
        return target.sqlite_path.parent / "documents"
    return dirs.documents


@cache
def shipped_holidays() -> PublicHolidays:
    """Deadlines read public holidays from the shipped file (generated from ``holidays``), so
    that start-up does not import the ``holidays`` package; the years the file does not
    cover, or all of them when it cannot be read (logged), are left to the package."""
    from .config.holidays_file import shipped_holiday_file
    from .domain.deadlines import PublicHolidays

    try:
        return PublicHolidays(shipped_holiday_file())
    except ValueError as error:
        log.warning("%s; the holidays package answers instead", error)
        return PublicHolidays()


def open_context(args: argparse.Namespace, keys: VaultKeys | None = None) -> ServiceContext:
    from .services.configuration import Configuration
    from .services.context import ServiceContext
    from .store.migrate import open_store

    dirs = data_dirs(args)
    target = case_base_target(args, dirs, keys)
    store = open_store(target)
    return ServiceContext(
        store,
        current_user(),
        documents_dir(target, dirs),
        exports_folder=dirs.exports,
        holidays=shipped_holidays(),
        configuration=Configuration(catalogue_override=args.catalogue),
    )


def configure_logging(dirs: DataDirs) -> None:
    """A rotating log file in the data folder. Only references and counts are ever logged."""
    private_dir(dirs.logs)
    handler = RotatingFileHandler(
        dirs.logs / "oklima-dpo.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def checked_context(
    args: argparse.Namespace, dirs: DataDirs, keys: VaultKeys | None = None
) -> ServiceContext | None:
    """The context of an up-to-date SQLite case base checked with the standard library alone:
    its engine, and SQLAlchemy with it, come with the first unit of work, on a worker. None
    when the full opening must decide: a new or older case base, a file that is not one, a
    server, a demo case base not filled yet."""
    import sqlite3

    from .services.configuration import Configuration
    from .services.context import ServiceContext
    from .services.settings.keys import DEMO
    from .store import quick
    from .store.database import Store, make_engine
    from .store.migrate import head_revision

    target = case_base_target(args, dirs, keys)
    path = target.sqlite_path
    if path is None or quick.schema_revision(path, target.key) != head_revision():
        return None
    try:
        if args.demo and not quick.read_settings(path, [DEMO], target.key).get(DEMO, False):
            return None
    except sqlite3.Error:
        return None
    store = Store.deferred(target, lambda: make_engine(target))
    return ServiceContext(
        store,
        current_user(),
        documents_dir(target, dirs),
        exports_folder=dirs.exports,
        holidays=shipped_holidays(),
        configuration=Configuration(catalogue_override=args.catalogue),
    )


def open_gui_context(
    args: argparse.Namespace, checked: bool = False, keys: VaultKeys | None = None
) -> ServiceContext:
    """Folders → logging → case base; a new demo case base is filled first. ``checked``: an
    up-to-date SQLite case base is only checked (see :func:`checked_context`)."""
    dirs = data_dirs(args)
    dirs.create()
    configure_logging(dirs)
    if checked and (ctx := checked_context(args, dirs, keys)) is not None:
        return ctx
    from .services.settings import model as settings_model

    ctx = open_context(args, keys)
    if args.demo and not settings_model.get_settings(ctx).demo:
        from .demo.sources import fill_demo_base

        log.info("filling a new demo case base with %d cases", DEMO_CASES)
        fill_demo_base(ctx, dirs.root / "estate", DEMO_CASES)
    return ctx


def interface_settings(folder: Path) -> QSettings:
    """Window geometry and column layout, per user, in the user's data folder."""
    from PySide6.QtCore import QSettings

    return QSettings(str(folder / "interface.ini"), QSettings.Format.IniFormat)


def build_main_window(
    ctx: ServiceContext,
    runner: Runner | None = None,
    settings: QSettings | None = None,
    exports_folder: Path | None = None,
) -> MainWindow:
    from .gui.main_window import MainWindow
    from .gui.workers import Runner

    runner = runner or Runner()
    settings = settings or interface_settings(ctx.documents_dir.parent)
    return MainWindow(
        ctx,
        runner,
        settings,
        ctx.store.target.display,
        default_export_folder=str(exports_folder) if exports_folder else "",
    )


def install_translation(app: QApplication, language: str) -> None:
    """French is the source language of our texts; English comes from the Qt Linguist file.
    Qt's own texts (context menus, standard buttons) come from Qt's translations."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from .paths import resource

    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    qt_texts = QTranslator(app)
    if qt_texts.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_texts)
    if language == "fr":
        return
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"oklima_dpo_{language}.qm"))):
        app.installTranslator(ours)
    else:
        log.warning("no %s translation built; the interface stays in French", language)


def run_gui(args: argparse.Namespace) -> int:
    """Qt application → crash path → case base (one writing copy) → window → event loop.

    An up-to-date SQLite case base is only checked before the window shows: the queue's first
    screenful is read without SQLAlchemy, which loads on a worker afterwards."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .gui.crash import CrashHandler
    from .gui.vault_start import Quit
    from .gui.workers import Runner
    from .paths import resource
    from .store.lock import acquire_writer_lock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OKLIMA DPO")
    app.setOrganizationName("OKLIMA")
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    dirs = data_dirs(args)
    interface = interface_settings(dirs.root)
    install_translation(app, args.lang or str(interface.value("language", "fr")))
    CrashHandler(args.no_err_windows).install()
    while True:
        lock = None
        try:
            keys = _prepared_keys(args, dirs, interface)
            ctx = open_gui_context(args, checked=True, keys=keys)
            if ctx.store.target.sqlite_path is not None:
                lock = acquire_writer_lock(ctx.store.target.sqlite_path, ctx.actor)
        except Quit:  # the DPO quit before the base was opened (first start, passphrase)
            return cli.EXIT_OK
        except cli.DpoError as error:
            if args.no_err_windows:
                sys.stderr.write(f"oklima-dpo : {error}\n")
            else:  # no window yet: a modal box before the event loop starts is the only way
                QMessageBox.critical(None, "OKLIMA DPO", str(error))
            return cli.EXIT_BAD_INPUT
        try:
            runner = Runner(app)
            window = build_main_window(ctx, runner, interface, dirs.exports)
            if args.demo:
                window.mark_demo()
            window.show()
            code = app.exec()
            pending = window.pending_restore
        finally:
            if lock is not None:
                lock.release()
            ctx.store.dispose()
        if pending is None or ctx.store.target.sqlite_path is None:
            return code
        from .gui.backup_flow import restore_with_base_closed

        restore_with_base_closed(ctx.store.target.sqlite_path, *pending)  # then open again


def _prepared_keys(
    args: argparse.Namespace, dirs: DataDirs, interface: QSettings
) -> VaultKeys | None:
    """A real SQLite case base's lock, opened or made before the window (``gui.vault_start``)."""
    from .gui.vault_start import prepare_case_base

    base = case_base_path(args, dirs)
    if args.demo or base is None:
        return None
    return prepare_case_base(base, current_user(), interface, dialogs=not args.no_err_windows)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = cli.parse(argv)
    except SystemExit as done:  # --help, or a bad argument (already explained on stderr)
        return int(done.code or 0)
    try:
        if args.self_test:
            from .selftest import run_self_test

            return run_self_test(build_main_window)
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
