"""The encrypted case base (SQLCipher, AES-256): its key wrapped by the OS keyring and by a
recovery passphrase, a plaintext base encrypted in place, opened again only with its key."""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from oklima_dpo.services import audit
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.configuration import Configuration
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.vault import encrypt_case_base, vault_status
from oklima_dpo.store import attempts
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.errors import CaseBaseError
from oklima_dpo.store.migrate import open_store
from oklima_dpo.store.vault import (
    KeyFile,
    VaultError,
    VaultKeys,
    is_encrypted,
    key_file_path,
    new_passphrase,
    unlock,
)

from ..keyrings import MemoryKeyring, failing_keyring, keyring_in_use
from ..services.helpers import open_request

PASSPHRASE = "CORRECT-CHEVAL-PILE-AGRAFE"
EMAIL = "zoe.herve@exemple.fr"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    with keyring_in_use(failing_keyring()):
        yield


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def plaintext_base(tmp_path: Path) -> Path:
    """A plaintext case base holding one request (an e-mail in it)."""
    path = tmp_path / "cases.sqlite"
    store = open_store(parse_target(path))
    ctx = ServiceContext(store, "dpo.test", tmp_path / "documents", configuration=Configuration())
    open_request(ctx, name="Zoé Hervé", emails=(EMAIL,))
    store.dispose()
    assert EMAIL.encode() in path.read_bytes()
    return path


def test_the_key_file_holds_the_key_only_wrapped() -> None:
    key = VaultKeys(bytes(range(32)), bytes(range(32, 64)))
    sealed = KeyFile.sealing(key, PASSPHRASE)
    text = str(sealed.to_json())
    for secret in (key.base, key.journal, key.to_bytes()):
        assert secret.hex() not in text and base64.b64encode(secret).decode() not in text
    assert sealed.open(PASSPHRASE) == key
    with pytest.raises(VaultError, match="incorrecte"):
        sealed.open("UNE-AUTRE-PHRASE")
    assert sealed.resealed(key, "NOUVELLE-PHRASE-LONGUE").open("NOUVELLE-PHRASE-LONGUE") == key
    made = new_passphrase()
    assert len(made.split("-")) == 6 and all(len(g) == 5 for g in made.split("-"))


def test_a_plaintext_base_is_encrypted_in_place_and_opens_with_its_passphrase(
    tmp_path: Path, no_keyring: None
) -> None:
    path = plaintext_base(tmp_path)
    done = encrypt_case_base(path, "dpo.test", PASSPHRASE)
    assert done.passphrase is None and not done.in_keyring  # given by the DPO; no keyring
    assert done.tables >= 10 and done.rows > 0
    raw = path.read_bytes()
    assert is_encrypted(path) and EMAIL.encode() not in raw and b"SQLite format 3" not in raw
    assert not list(tmp_path.glob("*.clair-a-effacer")) and not list(tmp_path.glob("*.partiel"))
    assert key_file_path(path).exists()
    # Without the passphrase, nothing opens; with it, the request is there, the journal intact.
    with pytest.raises(VaultError, match="OKLIMA_DPO_PASSPHRASE_FILE"):
        unlock(path)
    with pytest.raises(VaultError, match="incorrecte"):
        unlock(path, "PAS-LA-BONNE-PHRASE")
    assert attempts.before_trying(path, time.time() + 1.01) == 1  # a second later: allowed
    attempts.succeeded(path)  # as if that second had passed with the right passphrase
    with pytest.raises(CaseBaseError):
        open_store(parse_target(path))  # not a plain SQLite file any more
    target = parse_target(path)
    keys = unlock(path, PASSPHRASE)
    store = open_store(type(target)(target.url, path, keys.base, keys.journal))
    try:
        ctx = ServiceContext(store, "dpo.test", tmp_path / "documents")
        (summary,) = case_queue.list_cases(ctx, CaseFilter())
        assert summary.person_name == "Zoé Hervé"
        # The queue's first screenful, read without SQLAlchemy, reads the encrypted file too.
        assert case_queue.quick_list(ctx, CaseFilter(open_only=True)) == [summary]
        assert audit.verify_journal(ctx).intact
    finally:
        store.dispose()
    status = vault_status(path)
    assert status.encrypted and status.key_file == key_file_path(path) and not status.in_keyring
    with pytest.raises(VaultError, match="déjà chiffrée"):
        encrypt_case_base(path, "dpo.test", PASSPHRASE)


def test_on_the_dpos_session_the_keyring_opens_it_without_typing(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = plaintext_base(tmp_path)
    done = encrypt_case_base(path, "dpo.test")
    assert done.in_keyring and done.passphrase  # made by the program, shown once
    # The keys, and the journal's head as an anchor beside them; nothing else.
    assert sorted(user.split()[0] for _service, user in memory_keyring.held) == ["base", "journal"]
    key = unlock(path)  # no passphrase: the keyring's
    assert key == unlock(path, done.passphrase)
    assert vault_status(path).in_keyring


def test_an_encrypted_base_serves_many_threads_at_once(tmp_path: Path, no_keyring: None) -> None:
    """The program's workers, the backup and the alerts query at once: each thread its own
    connection from a pool, none closed under another's query."""
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy.pool import SingletonThreadPool

    from ..vaults import encrypted_base, opened

    base = encrypted_base(tmp_path / "poste")
    with opened(base) as ctx:
        # Not the in-memory database's pool (one connection per thread, the oldest closed
        # when a sixth thread comes, whatever it is doing): what made the window's alerts fail.
        assert not isinstance(ctx.store.engine.pool, SingletonThreadPool)

        def names(_n: int) -> set[str]:
            return {
                c.person_name for _ in range(30) for c in case_queue.list_cases(ctx, CaseFilter())
            }

        with ThreadPoolExecutor(max_workers=12) as pool:
            found = list(pool.map(names, range(24)))
    assert found == [{"Zoé Hervé"}] * 24


def test_wrong_passphrases_are_counted_and_slowed(tmp_path: Path, no_keyring: None) -> None:
    import json

    path = plaintext_base(tmp_path)
    encrypt_case_base(path, "dpo.test", PASSPHRASE)
    now = time.time()
    for failures, wait in ((1, 1), (2, 2), (3, 4)):
        with pytest.raises(VaultError, match=f"de suite\u00a0: {failures}") as said:
            unlock(path, "PAS-LA-BONNE-PHRASE")
        assert PASSPHRASE not in str(said.value)
        with pytest.raises(attempts.TooSoon, match="nouvel essai possible"):
            unlock(path, PASSPHRASE)  # too soon, even right
        assert attempts.wait_after(failures) == wait
        # Time passes (the delay the count imposes), as the file beside the base says.
        raw = attempts.attempts_path(path)
        data = json.loads(raw.read_text())
        data["last"] = now - wait - 0.01
        raw.write_text(json.dumps(data))
    assert attempts.wait_after(30) == attempts.MAX_WAIT_SECONDS
    assert unlock(path, PASSPHRASE).base  # the right one, once allowed: opens, count cleared
    assert not attempts.attempts_path(path).exists()


def test_an_encryption_cut_short_while_it_shreds_leaves_no_plaintext_after_the_next_opening(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from oklima_dpo.app import unlocked
    from oklima_dpo.store.migrate import backup_sqlite
    from oklima_dpo.store.vault import plaintext_aside

    path = plaintext_base(tmp_path)
    plaintext = path.read_bytes()
    encrypt_case_base(path, "dpo.test", PASSPHRASE)
    # Killed while shredding: the plaintext's second name and a plaintext migration backup
    # still there; a later migration's backup (under the key) beside them.
    clear = plaintext_aside(path)
    clear.write_bytes(plaintext)
    old_backup = path.with_name(f"{path.name}.avant-migration-0005-20250101-000000.bak")
    old_backup.write_bytes(plaintext)
    kept = backup_sqlite(path, "0007", unlock(path).base)
    target = unlocked(parse_target(path))  # the program's way in
    assert target.key == unlock(path).base
    assert not clear.exists() and not old_backup.exists() and kept.exists()
    assert all(EMAIL.encode() not in p.read_bytes() for p in tmp_path.iterdir() if p.is_file())


def test_an_encryption_cut_short_before_its_swap_leaves_the_plaintext_base_whole(
    tmp_path: Path, no_keyring: None
) -> None:
    from oklima_dpo.app import unlocked
    from oklima_dpo.store.vault import plaintext_aside

    path = plaintext_base(tmp_path)
    plaintext = path.read_bytes()
    os.link(path, plaintext_aside(path))  # killed between the second name and the rename
    assert unlocked(parse_target(path)).key is None  # still the plaintext base
    assert not plaintext_aside(path).exists() and path.read_bytes() == plaintext


def test_encrypting_seals_the_documents_beside_the_base(tmp_path: Path, no_keyring: None) -> None:
    from oklima_dpo.store.sealed_files import is_sealed

    from ..vaults import PROOF, encrypted_base

    base = encrypted_base(tmp_path / "poste")  # a proof attached in clear, then encrypted
    (proof,) = (base.parent / "documents").rglob("*.pdf")
    assert is_sealed(proof) and PROOF not in proof.read_bytes()
    assert vault_status(base).documents_encrypted
