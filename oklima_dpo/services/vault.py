"""The case base's encryption: encrypting a plaintext base in place, changing the recovery
passphrase, rotating the key, the recovery sheet, and saying how a base is protected.

**Encrypting.** The conversion never leaves the DPO without a base: a verified encrypted copy
is made first (same rows in every table, SQLCipher's integrity check), the key file written and
the key kept in the OS keyring, then the encrypted copy replaces the plaintext file in one
atomic rename; only then is the plaintext overwritten and removed (as far as the OS allows: an
SSD or a journaling file system may keep old blocks), with the plaintext copies the migrations
left beside it. Interrupted at any moment, the base is the old one or the new one.

**Changing the passphrase** touches the key file only: the same keys, wrapped under the new
passphrase, the new key file read back and opened with it before it replaces the old one in one
rename. The base is not touched (so nothing is journaled); the keyring keeps the same keys.

**Rotating the key** (a key that may have leaked): a new SQLCipher key, the journal's HMAC key
kept (the chain, and the anchors that backups and the keyring hold, stay true). The base is
re-encrypted into a verified copy (same rows, integrity check, the old key no longer opens it)
which records the rotation in its journal; the key file is resealed with the new keys under the
same passphrase (the passphrase is needed: the keyring alone cannot seal). Base and key file are
then swapped as ``store.rotating`` explains: a marker makes the rotation finish forward at the
next opening once both are ready, so that interrupted at any moment the base is the old one
with the old key file or the new one with the new key file. The old file and the migration
backups under the old key are then overwritten and removed: nothing left beside the base opens
with the old key. Backups made before keep their own key (their manifest holds it) and still
restore.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ..documents.files import write_bytes_new
from ..documents.recovery_sheet import RecoverySheet, recovery_sheet_pdf
from ..domain.errors import DpoError
from ..domain.french import PARIS
from ..paths import private_file
from ..store.database import Store, Target, make_engine, parse_target
from ..store.lock import acquire_writer_lock
from ..store.migrate import open_store
from ..store.rotating import (
    STAGING_PREFIX,
    Rotation,
    finish_rotation,
    old_base_path,
    settle_rotation,
    swap_in,
)
from ..store.sealed_files import is_sealed
from ..store.vault import (
    KeyFile,
    VaultError,
    VaultKeys,
    checkpoint,
    drop_pending_keys,
    export_copy,
    is_encrypted,
    keep_anchor,
    keep_in_keyring,
    keep_pending_in_keyring,
    key_file_missing,
    key_file_path,
    keyring_keys,
    new_passphrase,
    opens,
    passphrase_from_environment,
    plaintext_aside,
    shred,
    table_counts,
    unlock,
    write_ahead_files,
)
from .sealing import seal_existing_files

__all__ = [
    "KEY_ROTATED",
    "MIN_PASSPHRASE",
    "Encrypted",
    "KeyRotated",
    "PassphraseChanged",
    "VaultStatus",
    "change_passphrase",
    "check_sheet_destination",
    "encrypt_case_base",
    "recovery_sheet",
    "rotate_key",
    "vault_status",
    "write_recovery_sheet",
]

KEY_ROTATED = "base.key_rotated"
MIN_PASSPHRASE = 12  # characters, for a passphrase the DPO chooses


@dataclass(frozen=True, slots=True)
class VaultStatus:
    base: Path
    exists: bool
    encrypted: bool
    key_file: Path | None  # beside the base, when encrypted
    in_keyring: bool  # this session opens it without the passphrase
    documents_encrypted: bool = False  # every document beside it sealed
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
    documents_sealed: int = 0  # the documents beside it, sealed one by one after the swap
    indexes_sealed: int = 0  # the file sources' index cache, likewise


@dataclass(frozen=True, slots=True)
class PassphraseChanged:
    base: Path
    base_id: str
    passphrase: str | None  # the one the program made, shown once; None when the DPO gave one
    in_keyring: bool  # this session still opens the base without the passphrase


@dataclass(frozen=True, slots=True)
class KeyRotated:
    base: Path
    base_id: str
    in_keyring: bool  # the keyring holds the new keys
    tables: int
    rows: int  # every row of the base, the same in the re-encrypted copy
    journal_seq: int  # the journal's entry recording the rotation
    shredded: tuple[Path, ...]  # files under the old key, overwritten and removed
    seconds: float


def vault_status(base: Path) -> VaultStatus:
    finish_rotation(base)  # a rotation cut short: its key file is read only once finished
    if not base.exists():
        return VaultStatus(base, False, False, None, False)
    if not is_encrypted(base):
        return VaultStatus(base, True, False, None, False)
    key_file = key_file_path(base)
    held = key_file.exists() and keyring_keys(KeyFile.read(key_file).base_id) is not None
    sealed = _all_sealed(base.parent / "documents")
    status = VaultStatus(base, True, True, key_file if key_file.exists() else None, held, sealed)
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


def _all_sealed(documents: Path) -> bool:
    """Every document file beside the base sealed (read by its header: 8 bytes each)."""
    if not documents.is_dir():
        return True
    return all(
        is_sealed(path)
        for path in documents.rglob("*")
        if path.is_file() and not path.name.startswith(".partiel-")
    )


def encrypt_case_base(
    base: Path, user: str, passphrase: str | None = None, base_id: str | None = None
) -> Encrypted:
    """Encrypt the plaintext SQLite case base ``base`` in place (see the module)."""
    if not base.exists():
        raise VaultError(f"Aucune base de cas à « {base} ».")
    if is_encrypted(base):
        raise VaultError(f"La base de cas « {base} » est déjà chiffrée.")
    given = passphrase or passphrase_from_environment()
    _check_length(given)
    _check_journal(base)  # a case base, at the current schema, its journal intact
    lock = acquire_writer_lock(base, user)  # no other copy of the program has it open
    try:
        return _encrypt(base, given, base_id)
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


def _encrypt(base: Path, given: str | None, base_id: str | None = None) -> Encrypted:
    keys = VaultKeys.random()
    chosen = given if given is not None else new_passphrase()
    copy = base.with_name(base.name + ".chiffree.partiel")
    _checkpoint(base)
    before = table_counts(base, None)
    export_copy(base, None, copy, keys.base)
    head = _rechain(copy, keys)
    after = table_counts(copy, keys.base)
    if after != before or any(journal.exists() for journal in write_ahead_files(copy)):
        copy.unlink(missing_ok=True)
        raise VaultError("La copie chiffrée ne contient pas les mêmes lignes : rien n’a changé.")
    key_file = KeyFile.sealing(keys, chosen, base_id)
    key_file.write(key_file_path(base))
    in_keyring = keep_in_keyring(key_file.base_id, keys)
    if in_keyring:
        keep_anchor(key_file.base_id, *head)
    # The swap: the plaintext keeps a second name to be shredded; the base's own name goes
    # from the plaintext to the encrypted file in one rename.
    clear = plaintext_aside(base)
    clear.unlink(missing_ok=True)
    for journal in write_ahead_files(base):
        journal.unlink(missing_ok=True)  # emptied by the checkpoint; not the new file's
    private_file(copy)
    os.link(base, clear)
    os.replace(copy, base)
    # The plaintext's second name last: while it is there, the next opening knows that the
    # shredding was cut short and finishes it (``finish_encryption``).
    shredded = [*sorted(base.parent.glob(f"{base.name}.avant-migration-*.bak")), clear]
    for path in shredded:
        shred(path)
    # The files beside it: sealed one by one, each crash-safe (a run cut short is finished at
    # the next start, ``sealing.finish_sealing``).
    files = seal_existing_files(base.parent / "documents", base.parent / "cache", keys.journal)
    return Encrypted(
        base,
        None if given is not None else chosen,
        in_keyring,
        len(after),
        sum(after.values()),
        tuple(shredded),
        files.documents_sealed,
        files.indexes_sealed,
    )


def _checkpoint(base: Path) -> None:
    """Everything written is in the main file (no WAL left to lose with the swap)."""
    with closing(sqlite3.connect(base)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _check_length(passphrase: str | None) -> None:
    if passphrase is not None and len(passphrase.strip()) < MIN_PASSPHRASE:
        raise VaultError(
            f"La phrase de passe de récupération doit compter au moins {MIN_PASSPHRASE} "
            "caractères : rien n’a changé."
        )


def _encrypted_base(base: Path) -> None:
    if not base.exists():
        raise VaultError(f"Aucune base de cas à « {base} ».")
    if key_file_missing(base):
        KeyFile.read(key_file_path(base))  # says that it is missing, and what to do
    if not is_encrypted(base):
        raise VaultError(
            f"La base de cas « {base} » n’est pas chiffrée : la chiffrer d’abord "
            "(oklima-dpo vault encrypt)."
        )


def _keys_opening(base: Path, passphrase: str | None) -> VaultKeys:
    """The keys that open ``base`` now (see :func:`unlock`), checked against the file itself:
    keys that would not open it are never sealed into its key file."""
    keys = unlock(base, passphrase)
    if not opens(base, keys.base):
        raise VaultError(
            f"La clé obtenue (phrase de passe ou trousseau du système) n’ouvre pas « {base} » : "
            "rien n’a changé. Donner la phrase de passe de récupération en vigueur."
        )
    return keys


# --- the passphrase ---------------------------------------------------------------------


def change_passphrase(
    base: Path, old: str | None, new: str | None, *, user: str = ""
) -> PassphraseChanged:
    """Wrap the base's keys under ``new`` (else a passphrase the program makes) in place of
    ``old`` (else the file ``OKLIMA_DPO_PASSPHRASE_FILE`` names, else the keyring's keys)."""
    _encrypted_base(base)
    _check_length(new)
    chosen = new.strip() if new is not None else new_passphrase()
    known = old if old is not None else passphrase_from_environment()
    if known is not None and known.strip() == chosen:
        raise VaultError(
            "La nouvelle phrase de passe est celle qui est déjà en vigueur : rien n’a changé."
        )
    # Under the writer lock: a key rotation running elsewhere would otherwise put back a key
    # file sealed under the old passphrase after this one.
    lock = acquire_writer_lock(base, user or "changement de phrase de passe")
    try:
        settle_rotation(base)
        keys = _keys_opening(base, old)
        path = key_file_path(base)
        key_file = KeyFile.read(path)
        key_file.resealed(keys, chosen).write_checked(path, chosen, keys)
    finally:
        lock.release()
    return PassphraseChanged(
        base,
        key_file.base_id,
        None if new is not None else chosen,
        keyring_keys(key_file.base_id) == keys,
    )


# --- the key ---------------------------------------------------------------------------


def rotate_key(base: Path, user: str, passphrase: str | None = None) -> KeyRotated:
    """A new key for the base, the journal's kept (see the module); ``passphrase`` (else the
    file ``OKLIMA_DPO_PASSPHRASE_FILE`` names) is the one in force, which seals the new keys."""
    started = time.perf_counter()
    _encrypted_base(base)
    given = passphrase if passphrase is not None else passphrase_from_environment()
    if given is None:
        raise VaultError(
            "Changer la clé demande la phrase de passe de récupération en vigueur (fichier "
            "donné par --passphrase-file, ou nommé par OKLIMA_DPO_PASSPHRASE_FILE) : la "
            "nouvelle clé est scellée sous elle dans le fichier de clé. Rien n’a changé."
        )
    lock = acquire_writer_lock(base, user)  # no other copy of the program has it open
    try:
        settle_rotation(base)
        old = KeyFile.read(key_file_path(base)).open(given)
        if not opens(base, old.base):
            raise VaultError(
                f"Le fichier de clé ne correspond pas à « {base} » (sa clé ne l’ouvre pas) : "
                "rien n’a changé."
            )
        rotation, counts, entry = _staged(base, user, given, old, old.rotated())
        in_keyring = swap_in(rotation)  # from here on the rotation is done (store.rotating)
    finally:
        lock.release()
    if in_keyring:
        keep_anchor(rotation.base_id, *entry)
    return KeyRotated(
        base,
        rotation.base_id,
        in_keyring,
        len(counts),
        sum(counts.values()),
        entry[0],
        (old_base_path(base), *(base.with_name(name) for name in rotation.shred)),
        time.perf_counter() - started,
    )


def _staged(
    base: Path, user: str, passphrase: str, old: VaultKeys, new: VaultKeys
) -> tuple[Rotation, dict[str, int], tuple[int, str]]:
    """The new base and its key file made and checked in a staging folder; the new keys
    waiting in the keyring. Anything wrong: all of it removed, nothing changed."""
    base_id = KeyFile.read(key_file_path(base)).base_id
    staging = Path(tempfile.mkdtemp(dir=base.parent, prefix=STAGING_PREFIX))
    copy = staging / "base"
    waiting = False
    try:
        checkpoint(base, old.base)
        seen = _fingerprint(base)
        before = table_counts(base, old.base)
        export_copy(base, old.base, copy, new.base)
        if table_counts(copy, new.base) != before:
            raise VaultError(
                "La copie rechiffrée ne contient pas les mêmes lignes : rien n’a changé."
            )
        entry = _record_rotation(copy, new, user, len(before), sum(before.values()))
        if any(path.exists() for path in write_ahead_files(copy)) or opens(copy, old.base):
            raise VaultError(
                "La copie rechiffrée n’est pas close sous sa seule clé : rien n’a changé."
            )
        private_file(copy)
        rotation = Rotation(
            base,
            staging,
            base_id,
            False,
            tuple(p.name for p in sorted(base.parent.glob(f"{base.name}.avant-migration-*.bak"))),
        )
        KeyFile.read(key_file_path(base)).resealed(new, passphrase).write_checked(
            rotation.staged_key_file, passphrase, new
        )
        waiting = keep_pending_in_keyring(base_id, new)
        checkpoint(base, old.base)
        if _fingerprint(base) != seen:
            raise VaultError(
                f"La base de cas « {base} » a été modifiée pendant le changement de clé (un autre "
                "programme y écrivait ?) : rien n’a changé. Réessayer."
            )
    except BaseException:
        if waiting:
            drop_pending_keys(base_id)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return replace(rotation, keyring=waiting), before, entry


def _fingerprint(base: Path) -> tuple[int, int, bool]:
    """What changes when anything is written to the base: its size and time, a WAL."""
    stat = base.stat()
    wal = write_ahead_files(base)[0]
    return stat.st_size, stat.st_mtime_ns, wal.exists() and wal.stat().st_size > 0


def _record_rotation(
    copy: Path, keys: VaultKeys, user: str, tables: int, rows: int
) -> tuple[int, str]:
    """The rotation recorded in the new base's own journal (it is there only if the new base
    is); the entry's number and hash."""
    target = Target(parse_target(copy).url, copy, keys.base, keys.journal)
    store = Store(make_engine(target), target)
    try:
        with store.unit_of_work(user) as uow:
            entry = uow.journal.record(KEY_ROTATED, details={"tables": tables, "rows": rows})
            uow.commit()
            return entry.seq, entry.hash
    finally:
        store.dispose()  # the last connection closed: its WAL folded into the file


# --- the recovery sheet ----------------------------------------------------------------


def check_sheet_destination(out: Path) -> None:
    """Where the DPO asked for the recovery sheet: a file name in a folder that exists and
    accepts writing; said before anything changes."""
    if out.is_dir():
        raise DpoError(f"« {out} » est un dossier : donner le nom du fichier PDF de la feuille.")
    folder = out.parent
    if not folder.is_dir():
        raise DpoError(
            f"Le dossier « {folder} » de la feuille de récupération n’existe pas : rien n’a changé."
        )
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise DpoError(
            f"Le dossier « {folder} » n’accepte pas la feuille de récupération "
            f"({error.strerror}) : rien n’a changé."
        ) from None


def recovery_sheet(base: Path, passphrase: str, made_by: str, at: datetime | None = None) -> bytes:
    """The printable recovery sheet of ``base`` (PDF); only for a passphrase that opens its key
    file now — a sheet never prints a passphrase that would not work."""
    key_file = KeyFile.read(key_file_path(base))
    key_file.open(passphrase)
    made = (at or datetime.now(UTC)).astimezone(PARIS)
    return recovery_sheet_pdf(
        RecoverySheet(key_file.base_id, str(base), made.date(), passphrase.strip(), made_by)
    )


def write_recovery_sheet(base: Path, passphrase: str | None, out: Path, made_by: str) -> Path:
    """The recovery sheet written where the DPO asked (``out``, or the next free name beside
    it: never over a file), for its owner only; where it went. ``passphrase`` None: the one
    in the file ``OKLIMA_DPO_PASSPHRASE_FILE`` names."""
    check_sheet_destination(out)
    given = passphrase if passphrase is not None else passphrase_from_environment()
    if given is None:
        raise DpoError("Aucune phrase de passe à imprimer : la donner (--passphrase-file).")
    written = write_bytes_new(out.parent, out.name, recovery_sheet(base, given, made_by))
    private_file(written.path)
    return written.path
