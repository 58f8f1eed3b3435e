"""Backups in the program, driven through the real window on a real encrypted base: the day's
backup at the first start, « Sauvegarder maintenant », the one at closing after a change, the
dashboard's line, and a restore checked in the program then handed to the application."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from oklima_dpo.app import build_main_window
from oklima_dpo.gui.main_window import MainWindow
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.backup import last_backup, make_backup
from oklima_dpo.services.context import ServiceContext

from ..keyrings import failing_keyring, keyring_in_use
from ..services.helpers import open_request
from ..vaults import encrypted_base, opened

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.fixture
def base(tmp_path: Path) -> Iterator[Path]:
    with keyring_in_use(failing_keyring()):
        yield encrypted_base(tmp_path / "poste")


MOMENT = [NOW]  # the clock of the encrypted base's context; a test moves it


@pytest.fixture
def enc_ctx(base: Path) -> Iterator[ServiceContext]:
    MOMENT[0] = NOW
    with opened(base) as ctx:
        yield type(ctx)(ctx.store, ctx.actor, ctx.documents_dir, clock=lambda: MOMENT[0])


def closed(qtbot: QtBot, window: MainWindow) -> None:
    """Closed as the DPO closes it: the backup at closing (when due) first."""
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)


def shown(qtbot: QtBot, ctx: ServiceContext, runner: Runner, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat)
    window = build_main_window(ctx, runner, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.ready, timeout=10_000)
    return window


def box_named(name: str) -> QMessageBox | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    return found[0] if found and isinstance(found[0], QMessageBox) else None


def test_the_days_backup_is_made_at_start_and_the_dashboard_says_it(
    qtbot: QtBot, enc_ctx: ServiceContext, runner: Runner, base: Path, tmp_path: Path
) -> None:
    window = shown(qtbot, enc_ctx, runner, tmp_path)
    qtbot.waitUntil(lambda: last_backup(enc_ctx) is not None, timeout=20_000)
    folder = base.parent / "sauvegardes"
    (archive,) = folder.glob("*.okdpo-sauvegarde")
    qtbot.waitUntil(lambda: "Sauvegarde du jour faite" in window.statusBar().currentMessage())
    window.show_page(0)
    qtbot.waitUntil(
        lambda: (
            window.dashboard.backup.text() == "Dernière sauvegarde\u00a0: le 08/12/2026 à 10:00."
        ),
        timeout=20_000,
    )
    # Closed with nothing changed since, started again the same day: no other backup.
    closed(qtbot, window)
    again = shown(qtbot, enc_ctx, runner, tmp_path)
    qtbot.wait(300)
    runner.wait()
    closed(qtbot, again)
    assert list(folder.glob("*.okdpo-sauvegarde")) == [archive]


def test_backup_now_and_at_closing_after_a_change(
    qtbot: QtBot, enc_ctx: ServiceContext, runner: Runner, base: Path, tmp_path: Path
) -> None:
    make_backup(enc_ctx)  # today's already made: the start makes none
    window = shown(qtbot, enc_ctx, runner, tmp_path)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: box_named("backupMade") is not None, timeout=20_000)
    made = box_named("backupMade")
    assert made is not None and "Sauvegarde chiffrée faite" in made.text()
    assert "1 demande, 1 document," in made.text()
    made.close()
    count = len(list((base.parent / "sauvegardes").glob("*.okdpo-sauvegarde")))
    open_request(enc_ctx, name="Lucas Petit", emails=("lucas.petit@exemple.fr",))
    MOMENT[0] = datetime(2026, 12, 8, 9, 0, 5, tzinfo=UTC)  # another second, another name
    closed(qtbot, window)  # a change since the last backup: one more at closing
    assert len(list((base.parent / "sauvegardes").glob("*.okdpo-sauvegarde"))) == count + 1


def test_without_a_backup_or_without_encryption_the_dashboard_warns_in_red(
    qtbot: QtBot,
    gui_ctx: ServiceContext,
    enc_ctx: ServiceContext,
    runner: Runner,
    tmp_path: Path,
) -> None:
    open_request(gui_ctx)  # a real plaintext base (not the demo's, which is never backed up)
    (tmp_path / "clair").mkdir()
    plain = shown(qtbot, gui_ctx, runner, tmp_path / "clair")
    plain.show_page(0)
    qtbot.waitUntil(lambda: plain.dashboard.backup.isVisible(), timeout=20_000)
    assert "Base de cas non chiffrée" in plain.dashboard.backup.text()
    closed(qtbot, plain)
    # An encrypted base whose backup folder (a share) is gone: said, red, none made.
    from oklima_dpo.services.settings import model as settings_model
    from oklima_dpo.services.settings.changes import update_settings

    share = tmp_path / "partage"
    share.mkdir()
    update_settings(enc_ctx, settings_model.Settings(backup_folder=str(share)))
    share.rmdir()
    share.write_text("plus un dossier")
    (tmp_path / "autre").mkdir()
    other = shown(qtbot, enc_ctx, runner, tmp_path / "autre")
    qtbot.waitUntil(
        lambda: "Sauvegarde du jour impossible" in other.statusBar().currentMessage(),
        timeout=20_000,
    )
    other.show_page(0)
    qtbot.waitUntil(lambda: other.dashboard.backup.isVisible(), timeout=20_000)
    assert other.dashboard.backup.text().startswith("⚠ Aucune sauvegarde")
    color = other.dashboard.backup.palette().color(other.dashboard.backup.foregroundRole())
    assert color.name() == "#b71c1c"
    closed(qtbot, other)


def test_a_restore_is_checked_in_the_program_then_done_with_the_base_closed(
    qtbot: QtBot, enc_ctx: ServiceContext, runner: Runner, base: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer

    from oklima_dpo.gui.backup_flow import restore_with_base_closed
    from oklima_dpo.services.cases import queue as case_queue
    from oklima_dpo.services.cases.views import CaseFilter

    archive = make_backup(enc_ctx).archive
    open_request(enc_ctx, name="Lucas Petit", emails=("lucas.petit@exemple.fr",))
    window = shown(qtbot, enc_ctx, runner, tmp_path)
    window._backups.check(archive)
    # No keyring here: the passphrase in force at the backup is asked, then the check runs.
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    def asking() -> QInputDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: asking() is not None, timeout=20_000)
    dialog = asking()
    assert dialog is not None and dialog.textEchoMode() == QLineEdit.EchoMode.Password
    dialog.setTextValue("CORRECT-CHEVAL-PILE-AGRAFE")
    dialog.accept()
    qtbot.waitUntil(lambda: box_named("restoreConfirm") is not None, timeout=20_000)
    confirm = box_named("restoreConfirm")
    assert confirm is not None
    assert "1 demande, 1 document, journal" in confirm.text()
    assert "avant-restauration-" in confirm.informativeText()
    (restore,) = [b for b in confirm.buttons() if b.text() == "&Restaurer"]
    restore.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert window.pending_restore == (archive, "CORRECT-CHEVAL-PILE-AGRAFE")
    # The application, once the window and its base are closed: restores, says so.
    enc_ctx.store.dispose()
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    with keyring_in_use(failing_keyring()):
        restore_with_base_closed(base, *window.pending_restore)
    assert said and said[0].startswith("Base de cas restaurée\u00a0: 1 demande, 1 document.")
    assert "avant-restauration-" in said[0]
    with opened(base) as ctx:
        assert [c.person_name for c in case_queue.list_cases(ctx, CaseFilter())] == ["Zoé Hervé"]


def test_a_new_machine_restores_the_backup_over_its_first_empty_base(
    qtbot: QtBot, enc_ctx: ServiceContext, runner: Runner, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from oklima_dpo.gui.backup_flow import restore_with_base_closed
    from oklima_dpo.services.cases import queue as case_queue
    from oklima_dpo.services.cases.views import CaseFilter
    from oklima_dpo.services.vault_setup import create_encrypted_base

    archive = make_backup(enc_ctx).archive
    # The new machine: its first start made an empty base of its own (another id).
    with keyring_in_use(failing_keyring()):
        fresh = create_encrypted_base(tmp_path / "neuf" / "oklima-dpo.sqlite", "dpo.test")
    with opened(fresh.base, fresh.passphrase) as new_ctx:
        window = shown(qtbot, new_ctx, runner, tmp_path / "neuf")
        window._backups.check(archive)
        qtbot.waitUntil(
            lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=20_000
        )
        asking = QApplication.activeModalWidget()
        assert isinstance(asking, QInputDialog)
        asking.setTextValue("CORRECT-CHEVAL-PILE-AGRAFE")  # the passphrase of the backup's base
        asking.accept()
        qtbot.waitUntil(lambda: box_named("restoreConfirm") is not None, timeout=20_000)
        confirm = box_named("restoreConfirm")
        assert confirm is not None and "autre base de cas" in confirm.informativeText()
        (restore,) = [b for b in confirm.buttons() if b.text() == "&Restaurer"]
        restore.click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert window.pending_restore is not None

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.accept()
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    with keyring_in_use(failing_keyring()):
        restore_with_base_closed(fresh.base, *window.pending_restore)
    with opened(fresh.base) as ctx:
        assert [c.person_name for c in case_queue.list_cases(ctx, CaseFilter())] == ["Zoé Hervé"]
