"""Putting a case base re-encrypted under a new key in place of the old one, crash-safe.

The base and its key file are two files, and no file system renames two files at once; yet
they must never disagree (a base whose key file holds another key is lost to anyone without
the OS keyring). So a rotation is finished forward, as a restore is (``store.restoring``):

1. Before anything is replaced, the new base (a verified copy under the new key) and its new
   key file (read back and opened with the passphrase) wait, whole, in a staging folder
   beside the base (``.partiel-rotation-…``); the new keys wait in the keyring in an entry
   of their own, the old ones still in theirs. Cut short here, nothing has changed: the next
   opening removes the staging folder and forgets the waiting keys.
2. A marker beside the base (``<base>.rotation``), written whole in one rename, names the
   staging folder. From then on the rotation is done, only not yet in place: every later
   step can be done again, and the next opening that finds the marker does what is left
   (:func:`finish_rotation`), before it reads the key file.
3. The steps: the old base keeps a second name (to be shredded), the new base takes the
   base's name (one rename), then the new key file the key file's, then the keyring's waiting
   keys become the base's; the old base and its migration backups (encrypted under the old
   key, which nothing holds any more) are overwritten and removed; the marker goes last.

Between the two renames of step 3 the base is new and its key file old; the marker is there
and the program never reads that key file before it has finished the rotation. Keeping both
keys in one key file instead would have changed the key file's format (which backups carry)
and made every opening try two keys; the marker keeps the key file as it is and the opening
as it was, and follows the restore's pattern.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from .vault import (
    KeyFile,
    VaultError,
    drop_pending_keys,
    key_file_path,
    promote_pending_keys,
    shred,
    write_ahead_files,
)

__all__ = [
    "STAGING_PREFIX",
    "Rotation",
    "finish_rotation",
    "marker_path",
    "old_base_path",
    "settle_rotation",
    "swap_in",
]

STAGING_PREFIX = ".partiel-rotation-"
STAGED_BASE = "base"
STAGED_KEY_FILE = "cle.json"


def marker_path(base: Path) -> Path:
    return base.with_name(base.name + ".rotation")


def old_base_path(base: Path) -> Path:
    """The old base's second name during the swap, until it is shredded."""
    return base.with_name(base.name + ".ancienne-cle-a-effacer")


@dataclass(frozen=True, slots=True)
class Rotation:
    base: Path
    staging: Path  # beside the base; holds ``base`` (under the new key) and ``cle.json``
    base_id: str
    keyring: bool  # the new keys wait in the keyring's rotation entry
    shred: tuple[str, ...] = ()  # names beside the base under the old key: migration backups

    @property
    def staged_base(self) -> Path:
        return self.staging / STAGED_BASE

    @property
    def staged_key_file(self) -> Path:
        return self.staging / STAGED_KEY_FILE

    def to_json(self) -> str:
        return json.dumps(
            {
                "staging": self.staging.name,  # beside the base: the folder may move whole
                "base_id": self.base_id,
                "keyring": self.keyring,
                "shred": list(self.shred),
            }
        )

    @classmethod
    def from_json(cls, base: Path, text: str) -> Rotation:
        data = json.loads(text)
        return cls(
            base,
            base.parent / Path(str(data["staging"])).name,
            str(data["base_id"]),
            bool(data["keyring"]),
            tuple(str(name) for name in data["shred"]),
        )


def swap_in(rotation: Rotation) -> bool:
    """Write the marker (the rotation is done from here on), then every step; True when the
    keyring holds the new keys."""
    marker = marker_path(rotation.base)
    partial = marker.with_name(marker.name + ".partiel")
    with partial.open("w", encoding="utf-8") as file:
        file.write(rotation.to_json())
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, marker)
    return _steps(rotation)


def finish_rotation(base: Path) -> bool:
    """Finish a rotation that was interrupted after its marker, or clear what one cut short
    before it left; True when one was finished. One still running in another copy of the
    program (it holds the writer lock) is left to it."""
    if not _anything_left(base):
        return False  # the usual case: nothing to do, no lock taken
    from .errors import CaseBaseError
    from .lock import acquire_writer_lock

    try:
        lock = acquire_writer_lock(base, "changement de clé")
    except CaseBaseError:
        return False
    try:
        return settle_rotation(base)
    finally:
        lock.release()


def settle_rotation(base: Path) -> bool:
    """:func:`finish_rotation` for a caller that holds the writer lock."""
    marker = marker_path(base)
    marker.with_name(marker.name + ".partiel").unlink(missing_ok=True)
    key_file_path(base).with_name(key_file_path(base).name + ".partiel").unlink(missing_ok=True)
    try:
        rotation = Rotation.from_json(base, marker.read_text("utf-8"))
    except FileNotFoundError:
        _undo(base)
        return False
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise VaultError(
            f"Un changement de clé interrompu a laissé « {marker} » illisible ({error}) : "
            "la base de cas reste fermée. Ne rien supprimer ; garder ce fichier et son "
            "dossier « .partiel-rotation-… » pour le support."
        ) from None
    _steps(rotation)
    return True


def _anything_left(base: Path) -> bool:
    key_file = key_file_path(base)
    return (
        marker_path(base).exists()
        or key_file.with_name(key_file.name + ".partiel").exists()
        or any(base.parent.glob(f"{STAGING_PREFIX}*"))
    )


def _undo(base: Path) -> None:
    """A rotation cut short before its marker: its staging folder and waiting keys go; the
    base and its key file were never touched."""
    staged = list(base.parent.glob(f"{STAGING_PREFIX}*"))
    if not staged:
        return
    with suppress(VaultError):  # no key file: no entry of ours can be named
        drop_pending_keys(KeyFile.read(key_file_path(base)).base_id)
    for staging in staged:
        shutil.rmtree(staging, ignore_errors=True)


def _steps(rotation: Rotation) -> bool:
    base, old = rotation.base, old_base_path(rotation.base)
    # 1. The new base in place, the old one keeping a second name to be shredded.
    if rotation.staged_base.exists():
        if not old.exists():
            os.link(base, old)
        for leftover in write_ahead_files(base):
            leftover.unlink(missing_ok=True)  # emptied by the checkpoint; the old base's
        os.replace(rotation.staged_base, base)
    # 2. Its key file: until this rename the base opens with neither key; the marker stays.
    if rotation.staged_key_file.exists():
        os.replace(rotation.staged_key_file, key_file_path(base))
    # 3. The keyring: the waiting keys become the base's.
    in_keyring = rotation.keyring and promote_pending_keys(rotation.base_id)
    # 4. Nothing left on disk under the old key.
    if old.exists() and os.path.samefile(old, base):
        old.unlink()  # never the base itself
    shred(old)
    for name in rotation.shred:
        shred(base.with_name(name))
    shutil.rmtree(rotation.staging, ignore_errors=True)
    marker_path(base).unlink(missing_ok=True)
    return in_keyring
