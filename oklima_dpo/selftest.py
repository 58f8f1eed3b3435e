"""``oklima-dpo --self-test``: start the real program once on a throw-away demo case base.

Checks the resources, the fonts, the migrations, the journal and the main window on the
offscreen platform, prints what it checked, and exits 0 (1 on any failure). CI runs it on the
frozen bundle, so it must need nothing but the program itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__

if TYPE_CHECKING:
    from .services.context import ServiceContext

DEMO_CASES = 40

# What the offscreen platform says of every window it cannot size or raise: not a fault.
PLATFORM_NOISE = ("does not support propagateSizeHints", "does not support raise")


def run_self_test(build_window: Callable[[ServiceContext], Any], out: TextIO | None = None) -> int:
    """``build_window`` makes the main window on a context (the application wires it)."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0

    def check(what: str, test: Callable[[], str]) -> None:
        nonlocal failures
        started = time.perf_counter()
        try:
            detail = test()
        except Exception as error:  # a self-test reports, it does not crash
            failures += 1
            out.write(f"ÉCHEC  {what} : {type(error).__name__}: {error}\n")
        else:
            elapsed = (time.perf_counter() - started) * 1000
            out.write(f"ok     {what} : {detail} ({elapsed:.0f} ms)\n")

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_warnings: list[str] = []

    def on_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(n in message for n in PLATFORM_NOISE):
            qt_warnings.append(message)

    previous_handler = qInstallMessageHandler(on_qt_message)
    out.write(f"OKLIMA DPO {__version__} — autotest\n")
    with tempfile.TemporaryDirectory(prefix="oklima-selftest-") as folder:
        state: dict[str, object] = {}
        check("ressources", _check_resources)
        check("base de cas et migrations", lambda: _check_store(Path(folder), state))
        check("démonstration et journal", lambda: _check_demo(state))
        check("polices", _check_fonts)
        check("formats français (Babel)", _check_formats)
        check("chiffrement (SQLCipher, Argon2id)", lambda: _check_encryption(Path(folder)))
        check("fenêtre principale", lambda: _check_window(state, build_window))
        check("messages de Qt", lambda: _no_warnings(qt_warnings))
        store = state.get("store")
        if store is not None:
            store.dispose()  # type: ignore[attr-defined]
    qInstallMessageHandler(previous_handler)
    out.write("autotest réussi\n" if not failures else f"autotest : {failures} échec(s)\n")
    return 0 if not failures else 1


def _no_warnings(warnings: list[str]) -> str:
    if warnings:
        raise RuntimeError(" | ".join(warnings[:5]))
    return "aucun avertissement"


def _check_resources() -> str:
    from .paths import REQUIRED_RESOURCES, missing_resources, resource_root

    missing = missing_resources()
    if missing:
        raise FileNotFoundError(", ".join(str(p) for p in missing))
    return f"{len(REQUIRED_RESOURCES)} fichiers dans {resource_root()}"


def _check_store(folder: Path, state: dict[str, object]) -> str:
    from .services.context import ServiceContext
    from .store.database import parse_target
    from .store.migrate import current_revision, head_revision, open_store

    store = open_store(parse_target(folder / "autotest.sqlite"))
    state["store"] = store
    revision = current_revision(store.engine)
    if revision != head_revision():
        raise RuntimeError(f"schéma {revision}, attendu {head_revision()}")
    state["ctx"] = ServiceContext(store, "autotest", folder / "documents")
    return f"schéma {revision}"


def _check_demo(state: dict[str, object]) -> str:
    from .demo import cases as demo
    from .services import audit
    from .services.context import ServiceContext

    ctx = state["ctx"]
    assert isinstance(ctx, ServiceContext)
    demo.fill_demo(ctx, cases=DEMO_CASES)
    check = audit.verify_journal(ctx)
    if not check.intact:
        raise RuntimeError(check.problem)
    return f"{DEMO_CASES} demandes, journal intact ({check.entries} entrées)"


def _check_formats() -> str:
    """Babel's locale data are in the bundle: amounts and dates as letters print them."""
    from .domain.values import ValueFormat, shown_value

    amount = shown_value("1234.5", ValueFormat.AMOUNT)
    day = shown_value("2026-10-08 00:00:00", ValueFormat.DATE)
    if (amount, day) != ("1\u00a0234,50\u00a0€", "08/10/2026"):
        raise RuntimeError(f"formats inattendus : {amount!r}, {day!r}")
    return amount.replace("\u00a0", " ") + ", " + day


def _check_encryption(folder: Path) -> str:
    """SQLCipher, Argon2id and AES-GCM are in the bundle: a key sealed by a passphrase opens
    an encrypted base, which holds nothing readable without it."""

    from .store.database import SQLITE_HEADER, sqlcipher_connect
    from .store.vault import KeyFile, VaultKeys

    keys = VaultKeys.random()  # the base's and the journal's, sealed together
    base = folder / "chiffree.sqlite"
    connection = sqlcipher_connect(base, keys.base)
    connection.execute("CREATE TABLE t (v TEXT)")
    connection.execute("INSERT INTO t VALUES ('autotest')")
    connection.commit()
    version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    connection.close()
    opened = KeyFile.sealing(keys, "PHRASE-DE-PASSE-AUTOTEST").open("PHRASE-DE-PASSE-AUTOTEST")
    written = base.read_bytes()
    if opened != keys or written.startswith(SQLITE_HEADER) or b"autotest" in written:
        raise RuntimeError("la base chiffrée se lit en clair, ou la clé ne se rouvre pas")
    return f"SQLCipher {version}"


def _check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from .paths import resource

    QApplication.instance() or QApplication(sys.argv[:1])
    families: set[str] = set()
    for font in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            raise RuntimeError(f"{font.name} illisible")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if "DejaVu Sans" not in families:
        raise RuntimeError("DejaVu Sans absente")
    return ", ".join(sorted(families))


def _check_window(state: dict[str, object], build_window: Callable[[ServiceContext], Any]) -> str:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from .services.context import ServiceContext

    ctx = state["ctx"]
    assert isinstance(ctx, ServiceContext)
    QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(ctx)
    window.resize(1366, 768)
    window.show()
    deadline = QDeadlineTimer(15_000)
    while not window.ready() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if not window.ready():
        raise TimeoutError("la file des demandes ne s’est pas affichée")
    image = window.grab().toImage()
    rows = window.queue_row_count()
    window.finish_work()  # the start-up's background work, done before the base goes
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.close()
    return f"file affichée, {rows} demandes ouvertes, {image.width()}×{image.height()}"
