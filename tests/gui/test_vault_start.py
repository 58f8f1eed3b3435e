"""Before the window: the first start creates the base encrypted (the passphrase shown once,
noted before anything is made); a plaintext base is offered encryption once; an encrypted base
whose key this session does not hold asks its passphrase, counting and slowing wrong ones."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from oklima_dpo.gui.vault_start import FirstStartDialog, PassphraseDialog, Quit, prepare_case_base
from oklima_dpo.store.vault import KeyFile, is_encrypted, key_file_path, keyring_keys, unlock

from ..keyrings import MemoryKeyring, failing_keyring, keyring_in_use
from ..services.helpers import open_request
from ..vaults import PASSPHRASE, encrypted_base, plain_context
from .looking import grab


@pytest.fixture
def interface(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def when_shown(kind: type[QDialog], then: Callable[[QDialog], None]) -> None:
    """Answer the modal dialog of ``kind`` once it shows (it runs its own event loop)."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            then(modal)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_the_first_start_creates_the_base_encrypted_once_the_passphrase_is_noted(
    qtbot: QtBot, tmp_path: Path, interface: QSettings, memory: MemoryKeyring
) -> None:
    base = tmp_path / "donnees" / "oklima-dpo.sqlite"
    seen: dict[str, object] = {}

    def note_then_create(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        seen["passphrase"] = dialog.shown.text()
        seen["disabled_first"] = not dialog.create_button.isEnabled()
        seen["base_id"] = dialog.base_id
        dialog.save_sheet(tmp_path / "feuille.pdf")  # what « Enregistrer la feuille… » does
        seen["sheet_said"] = dialog.sheet_said.text()
        grab(dialog, "premier-demarrage")
        dialog.noted.setChecked(True)
        dialog.create_button.click()

    when_shown(FirstStartDialog, note_then_create)
    assert prepare_case_base(base, "dpo.test", interface) is None
    passphrase = str(seen["passphrase"])
    assert seen["disabled_first"] and len(passphrase.split("-")) == 6
    assert is_encrypted(base) and key_file_path(base).exists()
    assert not list(base.parent.glob("*.partiel*"))
    base_id = KeyFile.read(key_file_path(base)).base_id
    assert keyring_keys(base_id) == unlock(base, passphrase)  # the session opens it as is
    # The sheet saved before anything was made is the sheet of the base made.
    from pypdf import PdfReader

    text = PdfReader(tmp_path / "feuille.pdf").pages[0].extract_text()
    assert base_id == seen["base_id"] and base_id in text
    assert all(group in text for group in passphrase.split("-"))
    assert str(tmp_path / "feuille.pdf") in str(seen["sheet_said"])
    # The next start asks nothing: the keyring's keys open it.
    assert prepare_case_base(base, "dpo.test", interface) == unlock(base, passphrase)


def test_quitting_at_the_first_start_creates_nothing(
    qtbot: QtBot, tmp_path: Path, interface: QSettings, memory: MemoryKeyring
) -> None:
    base = tmp_path / "oklima-dpo.sqlite"
    when_shown(FirstStartDialog, lambda dialog: dialog.reject())
    with pytest.raises(Quit):
        prepare_case_base(base, "dpo.test", interface)
    assert not base.exists() and not key_file_path(base).exists()


def test_a_plaintext_base_is_offered_encryption_once(
    qtbot: QtBot, tmp_path: Path, interface: QSettings, memory: MemoryKeyring
) -> None:
    base = tmp_path / "oklima-dpo.sqlite"
    ctx = plain_context(base)
    open_request(ctx)
    ctx.store.dispose()
    offered: list[str] = []

    def later(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        offered.append(dialog.create_button.text())
        dialog.reject()  # « Plus tard »

    when_shown(FirstStartDialog, later)
    assert prepare_case_base(base, "dpo.test", interface) is None
    assert offered == ["&Chiffrer la base"] and not is_encrypted(base)
    assert prepare_case_base(base, "dpo.test", interface) is None  # not offered again
    assert offered == ["&Chiffrer la base"]


def test_another_session_types_the_passphrase_wrong_ones_slowed(
    qtbot: QtBot, tmp_path: Path, interface: QSettings
) -> None:
    with keyring_in_use(failing_keyring()):
        base = encrypted_base(tmp_path / "poste")
    steps: list[str] = []

    def wrong_then_right(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        dialog.edit.setText("PAS-LA-BONNE-PHRASE")
        dialog.open_button.click()
        steps.append(dialog.error.text())
        assert not dialog.open_button.isEnabled()  # the delay the failure imposes
        grab(dialog, "phrase-de-passe")

        def right() -> None:
            dialog.edit.setText(PASSPHRASE)
            dialog.open_button.click()

        QTimer.singleShot(1100, right)

    with keyring_in_use(MemoryKeyring()) as held:
        assert isinstance(held, MemoryKeyring)
        when_shown(PassphraseDialog, wrong_then_right)
        started = time.monotonic()
        keys = prepare_case_base(base, "dpo.test", interface)
        assert time.monotonic() - started >= 1.0
        assert keys == unlock(base, PASSPHRASE)
        assert "incorrecte" in steps[0] and PASSPHRASE not in steps[0]
        # Kept in this session's keyring: the next start asks nothing.
        assert keyring_keys(KeyFile.read(key_file_path(base)).base_id) == keys


def test_without_dialogs_a_first_start_is_refused_with_what_to_do(
    tmp_path: Path, interface: QSettings
) -> None:
    from oklima_dpo.store.vault import VaultError

    with pytest.raises(VaultError, match="sans --no-err-windows"):
        prepare_case_base(tmp_path / "b.sqlite", "dpo.test", interface, dialogs=False)
    assert not (tmp_path / "b.sqlite").exists()
