"""A new case base, encrypted from its first start.

The keys are made, wrapped by the recovery passphrase in the key file (written first), kept
in the OS keyring when there is one; the base is created under its key at a temporary name,
then renamed into place. Cut short anywhere, there is no base yet (the next start begins
again), never a base without its key file. The passphrase is the program's own (150 bits)
unless the DPO gives one; it is shown once, with the recovery sheet.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.french import PARIS
from ..paths import private_dir, private_file
from ..store.attempts import TooSoon, attempts_path, wait_after
from ..store.database import Target, parse_target
from ..store.migrate import open_store
from ..store.restoring import finish_restore
from ..store.rotating import finish_rotation
from ..store.vault import (
    KeyFile,
    VaultError,
    VaultKeys,
    finish_encryption,
    is_encrypted,
    keep_anchor,
    keep_in_keyring,
    key_file_path,
    new_base_id,
    new_passphrase,
    unlock,
)

__all__ = [
    "NewBase",
    "TooSoon",
    "VaultError",
    "VaultKeys",
    "create_encrypted_base",
    "failures_so_far",
    "finish_interrupted_work",
    "is_encrypted",
    "keys_from_passphrase",
    "keys_without_asking",
    "new_base_id",
    "new_passphrase",
    "remember_in_keyring",
    "wait_after",
    "write_sheet_before",
]

MIN_PASSPHRASE = 12


@dataclass(frozen=True, slots=True)
class NewBase:
    base: Path
    base_id: str
    passphrase: str = ""  # the program's, to be shown once; empty when the DPO gave one
    in_keyring: bool = False


def create_encrypted_base(
    base: Path, user: str, passphrase: str | None = None, base_id: str | None = None
) -> NewBase:
    """Create the encrypted case base ``base`` (see the module); refused where one exists."""
    if base.exists():
        raise VaultError(f"Une base de cas existe déjà à « {base} » : rien n’a été créé.")
    if passphrase is not None and len(passphrase.strip()) < MIN_PASSPHRASE:
        raise VaultError(
            f"La phrase de passe de récupération doit compter au moins {MIN_PASSPHRASE} caractères."
        )
    private_dir(base.parent)
    chosen = passphrase.strip() if passphrase is not None else new_passphrase()
    keys = VaultKeys.random()
    key_file = KeyFile.sealing(keys, chosen, base_id)
    _keep_an_orphan_key_file(base)
    key_file.write(key_file_path(base))
    in_keyring = keep_in_keyring(key_file.base_id, keys)
    partial = base.with_name(base.name + ".nouvelle.partiel")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()  # a creation cut short before: never a base, nothing to keep
    target = Target(parse_target(partial).url, partial, keys.base, keys.journal)
    store = open_store(target)
    try:
        with store.unit_of_work(user) as uow:
            uow.journal.record("base.created", details={"encrypted": True})
            head = uow.journal.head()
            uow.commit()
    finally:
        store.dispose()  # the last connection closed: the write-ahead log folded in
    private_file(partial)
    os.replace(partial, base)
    if in_keyring:
        keep_anchor(key_file.base_id, *head)
    return NewBase(base, key_file.base_id, "" if passphrase is not None else chosen, in_keyring)


def _keep_an_orphan_key_file(base: Path) -> None:
    """A key file with no base beside it (a creation cut short, a base moved away): kept
    under another name rather than overwritten — it may open a base that is elsewhere."""
    orphan = key_file_path(base)
    if orphan.exists():
        stamp = datetime.now(PARIS).strftime("%Y-%m-%d-%H%M%S")
        orphan.rename(orphan.with_name(f"{orphan.name}.sans-base-{stamp}"))


# -- opening a base before the window: what the start-up dialogs ask for -------------------


def finish_interrupted_work(base: Path) -> list[str]:
    """What a restore, a key rotation or an encryption cut short left, finished before
    anything reads the key file or opens the base (in that order: a rotation's key file goes
    in place before the key file is read); the names of those that were."""
    finishing = (
        ("restore", finish_restore),
        ("key rotation", finish_rotation),
        ("encryption", finish_encryption),
    )
    return [name for name, finish in finishing if finish(base)]


def keys_without_asking(base: Path) -> VaultKeys:
    """This session's keyring's keys, or the passphrase file's; VaultError otherwise."""
    return unlock(base)


def keys_from_passphrase(base: Path, passphrase: str) -> VaultKeys:
    """The keys the typed passphrase unwraps; a wrong one counted and slowed (TooSoon)."""
    return unlock(base, passphrase)


def failures_so_far(base: Path) -> int:
    """Wrong passphrases typed in a row for this base."""
    import json

    try:
        return int(json.loads(attempts_path(base).read_text("utf-8"))["failures"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def remember_in_keyring(base: Path, keys: VaultKeys) -> bool:
    """Keep the keys in this session's keyring, so that the next start asks nothing."""
    return keep_in_keyring(KeyFile.read(key_file_path(base)).base_id, keys)


def write_sheet_before(base: Path, base_id: str, passphrase: str, out: Path, made_by: str) -> Path:
    """The recovery sheet of a base about to be created or encrypted with ``base_id`` and
    ``passphrase`` (shown before anything is made, so that the DPO notes it first): written
    where the DPO asked, or the next free name beside it, for its owner only."""
    from ..documents.files import write_bytes_new
    from ..documents.recovery_sheet import RecoverySheet, recovery_sheet_pdf
    from .vault import check_sheet_destination

    check_sheet_destination(out)
    made = datetime.now(PARIS).date()
    pdf = recovery_sheet_pdf(RecoverySheet(base_id, str(base), made, passphrase, made_by))
    written = write_bytes_new(out.parent, out.name, pdf)
    private_file(written.path)
    return written.path
