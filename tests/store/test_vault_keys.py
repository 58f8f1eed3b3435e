"""Changing the recovery passphrase (the key file only) and rotating the key (the base
re-encrypted under a new key, the journal's kept): real SQLCipher files, the OS keyring in
memory or absent; a rotation cut short before its marker or midway through its swap."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from oklima_dpo.app import unlocked
from oklima_dpo.services import audit
from oklima_dpo.services import vault as vault_service
from oklima_dpo.services.backup import make_backup, restore_archive
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.vault import change_passphrase, rotate_key
from oklima_dpo.store.database import parse_target, sqlcipher_connect
from oklima_dpo.store.migrate import backup_sqlite
from oklima_dpo.store.rotating import (
    STAGING_PREFIX,
    finish_rotation,
    marker_path,
    old_base_path,
)
from oklima_dpo.store.vault import (
    KeyFile,
    VaultError,
    key_file_path,
    opens,
    table_counts,
    unlock,
)

from ..keyrings import MemoryKeyring, failing_keyring, keyring_in_use
from ..vaults import PASSPHRASE, encrypted_base, opened, time_passes

NEW = "UNE-AUTRE-PHRASE-DE-PASSE"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def no_keyring() -> Iterator[None]:
    with keyring_in_use(failing_keyring()):
        yield


def leftovers(base: Path) -> list[str]:
    """What a change or a rotation may leave beside the base while under way."""
    names = [p.name for p in base.parent.iterdir()]
    return [
        n
        for n in names
        if n.startswith(STAGING_PREFIX)
        or n.endswith((".partiel", ".rotation", ".ancienne-cle-a-effacer", ".bak"))
    ]


def cases_in(base: Path, passphrase: str | None = PASSPHRASE) -> int:
    with opened(base, passphrase) as ctx:
        assert audit.verify_journal(ctx).intact
        return len(case_queue.list_cases(ctx, CaseFilter()))


# --- the passphrase ----------------------------------------------------------------------


def test_a_new_passphrase_opens_the_base_the_old_one_no_longer_does(
    tmp_path: Path, no_keyring: None
) -> None:
    base = encrypted_base(tmp_path / "base")
    keys, data = unlock(base, PASSPHRASE), base.read_bytes()
    base_id = KeyFile.read(key_file_path(base)).base_id
    done = change_passphrase(base, PASSPHRASE, f"  {NEW}\n")
    assert done.passphrase is None and not done.in_keyring and done.base_id == base_id
    assert base.read_bytes() == data  # the base untouched: the key file only
    with pytest.raises(VaultError, match="incorrecte"):
        unlock(base, PASSPHRASE)
    time_passes(base)  # the delay a wrong passphrase imposes, over
    assert unlock(base, NEW) == keys  # the same keys, wrapped otherwise
    assert KeyFile.read(key_file_path(base)).base_id == base_id
    assert cases_in(base, NEW) == 1
    assert not leftovers(base)


def test_the_keyring_opens_it_still_and_the_program_makes_the_passphrase(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    base = encrypted_base(tmp_path / "base")
    keys = unlock(base)  # the keyring's
    done = change_passphrase(base, None, None)  # the old one not given: the keyring opens
    assert done.in_keyring and done.passphrase is not None
    assert [len(group) for group in done.passphrase.split("-")] == [5] * 6
    assert unlock(base) == keys == unlock(base, done.passphrase)
    with pytest.raises(VaultError, match="incorrecte"):
        unlock(base, PASSPHRASE)


def test_a_bad_change_leaves_the_key_file_as_it_was(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = encrypted_base(tmp_path / "base")
    key_file = key_file_path(base)
    before = key_file.read_bytes()
    refusals = [
        ((PASSPHRASE, "trop court"), "12 caractères"),
        (("PAS-LA-BONNE-PHRASE", NEW), "incorrecte"),
        ((None, NEW), "OKLIMA_DPO_PASSPHRASE_FILE"),  # no keyring, nothing given
        ((PASSPHRASE, PASSPHRASE), "déjà en vigueur"),
    ]
    for (old, new), said in refusals:
        with pytest.raises(VaultError, match=said):
            change_passphrase(base, old, new)
        assert key_file.read_bytes() == before
    phrase = tmp_path / "phrase"
    phrase.write_text(PASSPHRASE, "utf-8")
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(phrase))
    with pytest.raises(VaultError, match="déjà en vigueur"):
        change_passphrase(base, None, PASSPHRASE)  # the environment's is the one in force
    key_file.rename(tmp_path / "ailleurs.cle")
    with pytest.raises(VaultError, match=r"cases\.sqlite\.cle\W+manque"):
        change_passphrase(base, PASSPHRASE, NEW)
    assert not leftovers(base)


# --- the key -----------------------------------------------------------------------------


def test_a_rotated_base_opens_with_its_new_key_only_rows_and_journal_kept(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    base = encrypted_base(tmp_path / "base")
    old = unlock(base, PASSPHRASE)
    counts = table_counts(base, old.base)
    with opened(base) as ctx:
        archive = make_backup(ctx, tmp_path / "sauvegardes").archive
    counts = table_counts(base, old.base)  # the backup is journaled
    migrated = backup_sqlite(base, "0007", old.base)  # a migration's copy, under the old key

    done = rotate_key(base, "dpo.test", PASSPHRASE)

    new = unlock(base, PASSPHRASE)  # the same passphrase, the new keys
    assert new.base != old.base and new.journal == old.journal
    assert unlock(base) == new  # the keyring holds them, and nothing else waits there
    assert sorted(
        entry.split()[0] + str(len(entry.split())) for _s, entry in memory_keyring.held
    ) == [
        "base2",
        "journal2",
    ]
    connection = sqlcipher_connect(base, old.base)
    try:
        with pytest.raises(Exception, match="not a database"):
            connection.execute("SELECT count(*) FROM cases").fetchone()
    finally:
        connection.close()
    after = table_counts(base, new.base)
    assert after == {**counts, "audit_entries": counts["audit_entries"] + 1}
    assert (done.tables, done.rows) == (len(counts), sum(counts.values()))
    with opened(base) as ctx:
        assert audit.verify_journal(ctx).intact
        assert len(case_queue.list_cases(ctx, CaseFilter())) == 1
        assert audit.verify_journal(ctx, against=archive).intact  # its anchor still in the chain
    assert done.in_keyring and done.journal_seq == after["audit_entries"]
    assert migrated in done.shredded and not migrated.exists()
    assert not leftovers(base)
    # A backup made before the rotation keeps its own key and still restores whole.
    report = restore_archive(archive, base, "dpo.test", PASSPHRASE, check_only=True)
    assert report.cases == 1


def test_a_rotation_needs_the_passphrase_in_force(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    base = encrypted_base(tmp_path / "base")
    data, key_file = base.read_bytes(), key_file_path(base).read_bytes()
    with pytest.raises(VaultError, match="phrase de passe de récupération en vigueur"):
        rotate_key(base, "dpo.test")  # the keyring opens, but cannot seal
    with pytest.raises(VaultError, match="incorrecte"):
        rotate_key(base, "dpo.test", "PAS-LA-BONNE-PHRASE")
    assert base.read_bytes() == data and key_file_path(base).read_bytes() == key_file
    assert not leftovers(base)


def test_a_rotation_cut_short_before_its_marker_is_undone_at_the_next_opening(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    base = encrypted_base(tmp_path / "base")
    old = unlock(base)
    data, key_file = base.read_bytes(), key_file_path(base).read_bytes()
    # What a rotation killed just before its marker leaves: the staging folder, whole, and
    # the new keys waiting in the keyring.
    vault_service._staged(base, "dpo.test", PASSPHRASE, old, old.rotated())
    assert leftovers(base) and len(memory_keyring.held) == 3
    target = unlocked(parse_target(base))  # the program's way in
    assert target.key == old.base
    assert base.read_bytes() == data and key_file_path(base).read_bytes() == key_file
    assert not leftovers(base) and len(memory_keyring.held) == 2
    assert cases_in(base) == 1


def test_a_rotation_cut_between_its_two_renames_is_finished_at_the_next_opening(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    base = encrypted_base(tmp_path / "base")
    old = unlock(base)
    rotation, _counts, _entry = vault_service._staged(
        base, "dpo.test", PASSPHRASE, old, old.rotated()
    )
    # Killed after the marker and the base's rename, before the key file's: the two disagree.
    marker_path(base).write_text(rotation.to_json(), "utf-8")
    os.link(base, old_base_path(base))
    os.replace(rotation.staged_base, base)
    assert not opens(base, unlock(base, PASSPHRASE).base)
    assert finish_rotation(base)
    new = unlock(base, PASSPHRASE)
    assert new != old and opens(base, new.base) and not opens(base, old.base)
    assert unlock(base) == new  # the waiting keys became the base's in the keyring
    assert not leftovers(base)
    assert cases_in(base) == 1
    assert not finish_rotation(base)  # nothing left to do
