"""Encrypting a plaintext case base in place, and saying how a base is protected.

The conversion never leaves the DPO without a base: a verified encrypted copy is made first
(same rows in every table, SQLCipher's integrity check), the key file written and the key
kept in the OS keyring, then the encrypted copy replaces the plaintext file in one atomic
rename; only then is the plaintext overwritten and removed (as far as the OS allows: an SSD
or a journaling file system may keep old blocks), with the plaintext copies the migrations
left beside it. Interrupted at any moment, the base is the old one or the new one.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from ..paths import private_file
from ..store.database import Store, Target, make_engine, parse_target
from ..store.lock import acquire_writer_lock
from ..store.migrate import open_store
from ..store.vault import (
    KeyFile,
    VaultError,
    VaultKeys,
    export_copy,
    is_encrypted,
    keep_anchor,
    keep_in_keyring,
    key_file_path,
    keyring_keys,
    new_passphrase,
    passphrase_from_environment,
    table_counts,
    unlock,
)

__all__ = ["Encrypted", "VaultStatus", "encrypt_case_base", "vault_status"]


@dataclass(frozen=True, slots=True)
class VaultStatus:
    base: Path
    exists: bool
    encrypted: bool
    key_file: Path | None  # beside the base, when encrypted
    in_keyring: bool  # this session opens it without the passphrase
    documents_encrypted: bool = False  # not yet: the next step of the work
    last_backup: datetime | None = None  # aware UTC; None: none, or the base stays closed
    last_backup_archive: str = ""
    backups_known: bool = False  # the journal could be read (the key was at hand)


@dataclass(frozen=True, slots=True)
class Encrypted:
    base: Path
    passphrase: str | None  # the one the program made, shown once; None when the DPO gave one
    in_keyring: bool
    tables: int
    rows: int
    shredded: tuple[Path, ...]  # plaintext files overwritten and removed


def vault_status(base: Path) -> VaultStatus:
    if not base.exists():
        return VaultStatus(base, False, False, None, False)
    if not is_encrypted(base):
        return VaultStatus(base, True, False, None, False)
    key_file = key_file_path(base)
    held = key_file.exists() and keyring_keys(KeyFile.read(key_file).base_id) is not None
    status = VaultStatus(base, True, True, key_file if key_file.exists() else None, held)
    try:
        keys = unlock(base)
    except VaultError:
        return status  # no key at hand here: when the last backup was made stays unknown
    from .backup import last_backup
    from .context import ServiceContext

    target = Target(parse_target(base).url, base, keys.base, keys.journal)
    store = open_store(target)
    try:
        last = last_backup(ServiceContext(store, "", base.parent / "documents"))
    finally:
        store.dispose()
    return replace(
        status,
        last_backup=last.at if last else None,
        last_backup_archive=last.archive if last else "",
        backups_known=True,
    )


def encrypt_case_base(base: Path, user: str, passphrase: str | None = None) -> Encrypted:
    """Encrypt the plaintext SQLite case base ``base`` in place (see the module)."""
    if not base.exists():
        raise VaultError(f"Aucune base de cas à « {base} ».")
    if is_encrypted(base):
        raise VaultError(f"La base de cas « {base} » est déjà chiffrée.")
    given = passphrase or passphrase_from_environment()
    if given is not None and len(given.strip()) < 12:
        raise VaultError("La phrase de passe de récupération doit compter au moins 12 caractères.")
    _check_journal(base)  # a case base, at the current schema, its journal intact
    lock = acquire_writer_lock(base, user)  # no other copy of the program has it open
    try:
        return _encrypt(base, given)
    finally:
        lock.release()


def _check_journal(base: Path) -> None:
    """Encrypting re-chains the journal under its new HMAC key: only an intact chain is
    carried over (a broken one stays as it is, the evidence of what happened)."""
    store = open_store(parse_target(base))
    try:
        with store.unit_of_work() as uow:
            check = uow.journal.verify()
    finally:
        store.dispose()
    if not check.intact:
        raise VaultError(
            f"Le journal n’est pas intact ({check.problem}) : la base reste en clair, telle "
            "quelle, pour que la preuve soit gardée. Vérifier : oklima-dpo audit verify."
        )


def _rechain(copy: Path, keys: VaultKeys) -> tuple[int, str]:
    """The encrypted copy's journal re-chained under the journal key; its head."""
    target = Target(parse_target(copy).url, copy, keys.base, keys.journal)
    store = Store(make_engine(target), target)
    try:
        with store.unit_of_work() as uow:
            uow.journal.rechain()
            check = uow.journal.verify()
            if not check.intact:
                raise VaultError(f"Journal de la copie chiffrée incohérent : {check.problem}.")
            head = uow.journal.head()
            uow.commit()
            return head
    finally:
        store.dispose()  # the last connection closed: its WAL folded into the file


def _encrypt(base: Path, given: str | None) -> Encrypted:
    keys = VaultKeys.random()
    chosen = given if given is not None else new_passphrase()
    copy = base.with_name(base.name + ".chiffree.partiel")
    _checkpoint(base)
    before = table_counts(base, None)
    export_copy(base, None, copy, keys.base)
    head = _rechain(copy, keys)
    after = table_counts(copy, keys.base)
    if after != before or any(journal.exists() for journal in _journals(copy)):
        copy.unlink(missing_ok=True)
        raise VaultError("La copie chiffrée ne contient pas les mêmes lignes : rien n’a changé.")
    key_file = KeyFile.sealing(keys, chosen)
    key_file.write(key_file_path(base))
    in_keyring = keep_in_keyring(key_file.base_id, keys)
    if in_keyring:
        keep_anchor(key_file.base_id, *head)
    # The swap: the plaintext keeps a second name to be shredded; the base's own name goes
    # from the plaintext to the encrypted file in one rename.
    clear = base.with_name(base.name + ".clair-a-effacer")
    clear.unlink(missing_ok=True)
    for journal in _journals(base):
        journal.unlink(missing_ok=True)  # emptied by the checkpoint; not the new file's
    private_file(copy)
    os.link(base, clear)
    os.replace(copy, base)
    shredded = [clear, *sorted(base.parent.glob(f"{base.name}.avant-migration-*.bak"))]
    for path in shredded:
        _shred(path)
    return Encrypted(
        base,
        None if given is not None else chosen,
        in_keyring,
        len(after),
        sum(after.values()),
        tuple(shredded),
    )


def _checkpoint(base: Path) -> None:
    """Everything written is in the main file (no WAL left to lose with the swap)."""
    with closing(sqlite3.connect(base)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _journals(base: Path) -> list[Path]:
    return [base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _shred(path: Path) -> None:
    """Overwrite with zeros, flush, remove: as far as the OS allows (see the module)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as file:
            remaining = size
            block = b"\0" * (1 << 20)
            while remaining > 0:
                written = file.write(block[: min(remaining, len(block))])
                remaining -= written
            file.flush()
            os.fsync(file.fileno())
        path.unlink()
    except FileNotFoundError:
        pass
