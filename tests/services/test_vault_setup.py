"""A new case base, encrypted from its first start: created whole or not at all, never
without its key file, never over an existing base or key file."""

from __future__ import annotations

from pathlib import Path

import pytest

from oklima_dpo.services import audit
from oklima_dpo.services.vault_setup import create_encrypted_base
from oklima_dpo.store.vault import VaultError, is_encrypted, key_file_path, unlock

from ..keyrings import failing_keyring, keyring_in_use
from ..vaults import opened


def test_a_new_base_is_created_encrypted_with_its_key_file(tmp_path: Path) -> None:
    base = tmp_path / "donnees" / "oklima-dpo.sqlite"
    with keyring_in_use(failing_keyring()):
        made = create_encrypted_base(base, "dpo.test")
    assert len(made.passphrase.split("-")) == 6 and not made.in_keyring
    assert is_encrypted(base) and key_file_path(base).exists()
    assert b"SQLite format 3" not in base.read_bytes()
    with opened(base, made.passphrase) as ctx:
        check = audit.verify_journal(ctx)
        assert check.intact and check.entries == 1  # « base.created », HMAC-chained
    with pytest.raises(VaultError, match="existe déjà"):
        create_encrypted_base(base, "dpo.test")
    with pytest.raises(VaultError, match="au moins 12"):
        create_encrypted_base(tmp_path / "autre.sqlite", "dpo.test", "court")


def test_a_creation_cut_short_is_begun_again_and_an_orphan_key_file_kept(tmp_path: Path) -> None:
    base = tmp_path / "oklima-dpo.sqlite"
    # What a creation killed after its key file, before its rename, leaves: a key file and a
    # partial base, no base.
    key_file_path(base).write_text("{}", "utf-8")
    (tmp_path / "oklima-dpo.sqlite.nouvelle.partiel").write_bytes(b"moitie")
    with keyring_in_use(failing_keyring()):
        made = create_encrypted_base(base, "dpo.test", "UNE-PHRASE-CHOISIE-LONGUE")
    assert made.passphrase == ""  # the DPO's own: nothing to show
    assert unlock(base, "UNE-PHRASE-CHOISIE-LONGUE").base
    (kept,) = tmp_path.glob("oklima-dpo.sqlite.cle.sans-base-*")
    assert kept.read_text("utf-8") == "{}"
    assert not list(tmp_path.glob("*.partiel*"))
