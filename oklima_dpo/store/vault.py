"""The key of an encrypted case base (SQLCipher, AES-256), never on disk in clear.

The keys are random: 32 bytes for SQLCipher, 32 for the journal's HMAC (the journal's chain
cannot be recomputed without it; it is not rotated with the base's key, so that the anchors
kept in backups stay true). They are kept together, twice, wrapped:

* by the OS, in its keyring (the Windows Credential Manager; the Secret Service on Linux), so
  that the DPO's own session opens the base without typing anything;
* by a recovery passphrase, in a key file beside the base (``<base>.cle``): AES-256-GCM under a
  key derived from the passphrase with Argon2id. On another machine or account, or where the OS
  has no keyring (a server, CI), the passphrase opens it — typed, or read from the file that
  ``OKLIMA_DPO_PASSPHRASE_FILE`` names. Never from a plaintext key file.

The key file holds no secret in clear: its salt, its parameters, the wrapped key, the base's id
(the keyring's entry name).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .database import SQLITE_HEADER
from .errors import CaseBaseError

if TYPE_CHECKING:
    from .journal import Anchor

__all__ = [
    "KEYRING_SERVICE",
    "PASSPHRASE_VARIABLE",
    "KeyFile",
    "VaultError",
    "VaultKeys",
    "is_encrypted",
    "key_file_path",
    "new_passphrase",
    "unlock",
]

KEYRING_SERVICE = "OKLIMA DPO"
PASSPHRASE_VARIABLE = "OKLIMA_DPO_PASSPHRASE_FILE"
KEY_BYTES = 32
KEY_FILE_VERSION = 2  # two keys wrapped together (version 1 held the base's alone)
# Argon2id: OWASP's second recommended set (m = 64 MiB, t = 3, p = 4) — about 0.2 s here.
ARGON2 = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
# A recovery passphrase as the program gives it: 6 groups of 5 from 32 unambiguous symbols
# (150 bits), easy to read aloud and to type from the printed sheet.
_SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class VaultError(CaseBaseError):
    """The key could not be had: said in words, never with the key or the passphrase."""


@dataclass(frozen=True, slots=True)
class VaultKeys:
    """What unlocks a case base: SQLCipher's key and the journal's HMAC key."""

    base: bytes = field(repr=False)
    journal: bytes = field(repr=False)

    @classmethod
    def random(cls) -> VaultKeys:
        return cls(os.urandom(KEY_BYTES), os.urandom(KEY_BYTES))

    def rotated(self) -> VaultKeys:
        """A new key for the base; the journal's stays (see the module)."""
        return VaultKeys(os.urandom(KEY_BYTES), self.journal)

    def to_bytes(self) -> bytes:
        return self.base + self.journal

    @classmethod
    def from_bytes(cls, secret: bytes) -> VaultKeys | None:
        if len(secret) != 2 * KEY_BYTES:
            return None
        return cls(secret[:KEY_BYTES], secret[KEY_BYTES:])


def is_encrypted(path: Path) -> bool:
    """A case base encrypted with SQLCipher: its file is no plain SQLite (it reads as random)
    and its key file lies beside it — anything else that is not SQLite is no case base."""
    return _not_plain_sqlite(path) and key_file_path(path).exists()


def key_file_missing(path: Path) -> bool:
    """An encrypted base, by the look of it, whose key file is not beside it."""
    return _not_plain_sqlite(path) and not key_file_path(path).exists()


def _not_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER


def key_file_path(base: Path) -> Path:
    return base.with_name(base.name + ".cle")


def new_base_id() -> str:
    return str(uuid.uuid4())


def new_passphrase() -> str:
    groups = ("".join(secrets.choice(_SYMBOLS) for _ in range(5)) for _ in range(6))
    return "-".join(groups)


@dataclass(frozen=True, slots=True)
class KeyFile:
    """What ``<base>.cle`` holds: the base's id and the key wrapped by the passphrase."""

    base_id: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    argon2: dict[str, int]

    @classmethod
    def sealing(cls, keys: VaultKeys, passphrase: str, base_id: str | None = None) -> KeyFile:
        """A new base's key file (its id made here, or the one its recovery sheet printed)."""
        return cls._wrapping(base_id or new_base_id(), keys, passphrase)

    def resealed(self, keys: VaultKeys, passphrase: str) -> KeyFile:
        """The same base (same id), its keys wrapped by another passphrase."""
        return self._wrapping(self.base_id, keys, passphrase)

    @classmethod
    def _wrapping(cls, base_id: str, keys: VaultKeys, passphrase: str) -> KeyFile:
        salt, nonce = os.urandom(16), os.urandom(12)
        aead = _aead(passphrase, salt, ARGON2)
        wrapped = aead.encrypt(nonce, keys.to_bytes(), base_id.encode())
        return cls(base_id, salt, nonce, wrapped, dict(ARGON2))

    def open(self, passphrase: str) -> VaultKeys:
        from cryptography.exceptions import InvalidTag

        try:
            secret: bytes = _aead(passphrase, self.salt, self.argon2).decrypt(
                self.nonce, self.wrapped, self.base_id.encode()
            )
        except InvalidTag:
            raise VaultError(
                "Phrase de passe de récupération incorrecte : la base de cas reste fermée."
            ) from None
        keys = VaultKeys.from_bytes(secret)
        if keys is None:
            raise VaultError("Le fichier de clé n’est pas de cette version du programme.")
        return keys

    def to_json(self) -> dict[str, Any]:
        return {
            "version": KEY_FILE_VERSION,
            "base_id": self.base_id,
            "kdf": {"name": "argon2id", "salt": _b64(self.salt), **self.argon2},
            "aead": {"name": "aes-256-gcm", "nonce": _b64(self.nonce)},
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        """Raises ValueError, KeyError or TypeError on what is not a key file."""
        if data.get("version") != KEY_FILE_VERSION:
            raise ValueError(
                f"version {data.get('version')!r} ; celle de ce programme : {KEY_FILE_VERSION}"
            )
        kdf = data["kdf"]
        return cls(
            base_id=str(data["base_id"]),
            salt=base64.b64decode(kdf["salt"]),
            nonce=base64.b64decode(data["aead"]["nonce"]),
            wrapped=base64.b64decode(data["wrapped_key"]),
            argon2={k: int(kdf[k]) for k in ARGON2},
        )

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            return cls.from_json(json.loads(path.read_text("utf-8")))
        except FileNotFoundError:
            raise VaultError(
                f"La base de cas est chiffrée mais son fichier de clé « {path.name} » manque "
                "à côté d’elle : le restaurer depuis une sauvegarde."
            ) from None
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise VaultError(f"Le fichier de clé « {path} » est illisible ({error}).") from None

    def write(self, path: Path) -> None:
        """Written whole or not at all, for its owner only."""
        partial = self._written_aside(path)
        os.replace(partial, path)

    def write_checked(self, path: Path, passphrase: str, keys: VaultKeys) -> None:
        """Written whole, read back from the disk and opened with ``passphrase`` (it must give
        ``keys``) before it takes the name ``path``: a key file that would not open is never
        put in place of one that does."""
        partial = self._written_aside(path)
        try:
            if KeyFile.read(partial).open(passphrase) != keys:
                raise VaultError("Le fichier de clé relu ne rend pas les clés scellées.")
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        os.replace(partial, path)

    def _written_aside(self, path: Path) -> Path:
        """The key file under a temporary name beside ``path``, flushed to the disk."""
        from ..paths import private_file

        partial = path.with_name(path.name + ".partiel")
        with partial.open("w", encoding="utf-8") as file:
            file.write(json.dumps(self.to_json(), indent=2) + "\n")
            file.flush()
            os.fsync(file.fileno())
        private_file(partial)
        return partial


def keyring_keys(base_id: str) -> VaultKeys | None:
    """The keys the OS keyring holds for this base; None when it holds none or has no backend."""
    held = _keyring_get(f"base {base_id}")
    if not held:
        return None
    try:
        return VaultKeys.from_bytes(base64.b64decode(held, validate=True))
    except ValueError:
        return None


def keep_in_keyring(base_id: str, keys: VaultKeys) -> bool:
    """Store the keys in the OS keyring; False where the OS offers none (said by the caller)."""
    return _keyring_set(f"base {base_id}", _b64(keys.to_bytes())) and keyring_keys(base_id) == keys


def keep_pending_in_keyring(base_id: str, keys: VaultKeys) -> bool:
    """The keys a rotation is about to put in place, kept in their own entry until the swap
    is done (``store.rotating``): the keyring never holds only keys that do not open the base."""
    entry = _pending_entry(base_id)
    return _keyring_set(entry, _b64(keys.to_bytes())) and _keyring_get(entry) == _b64(
        keys.to_bytes()
    )


def promote_pending_keys(base_id: str) -> bool:
    """The rotation's keys become the base's in the keyring (the swap is done); False when
    no keys wait (already promoted, or no keyring)."""
    held = _keyring_get(_pending_entry(base_id))
    if not held:
        return False
    done = _keyring_set(f"base {base_id}", held)
    drop_pending_keys(base_id)
    return done


def drop_pending_keys(base_id: str) -> None:
    """A rotation undone: the keys it had put aside forgotten."""
    import keyring
    from keyring.errors import KeyringError

    with suppress(KeyringError):  # none held, or no keyring
        keyring.delete_password(KEYRING_SERVICE, _pending_entry(base_id))


def _pending_entry(base_id: str) -> str:
    return f"base {base_id} rotation"


def keyring_anchor(base_id: str) -> Anchor | None:
    """The journal head the OS keyring keeps beside the keys (written at backups, at
    closing, at encryption): the chain must still hold it."""
    from .journal import Anchor

    held = _keyring_get(f"journal {base_id}")
    seq, _, digest = (held or "").partition(" ")
    if not seq.isdigit() or len(digest) != 64:
        return None
    return Anchor(int(seq), digest, "la tête gardée par le trousseau du système")


def keep_anchor(base_id: str, seq: int, digest: str) -> bool:
    return _keyring_set(f"journal {base_id}", f"{seq} {digest}")


def _keyring_get(entry: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, entry)
    except KeyringError:
        return None


def _keyring_set(entry: str, value: str) -> bool:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, entry, value)
    except KeyringError:
        return False
    return True


def passphrase_from_environment() -> str | None:
    """The passphrase in the file ``OKLIMA_DPO_PASSPHRASE_FILE`` names, if set."""
    named = os.environ.get(PASSPHRASE_VARIABLE)
    if not named:
        return None
    try:
        return Path(named).read_text("utf-8").strip()
    except OSError as error:
        raise VaultError(
            f"{PASSPHRASE_VARIABLE} nomme « {named} », illisible : {error.strerror}."
        ) from None


def unlock(base: Path, passphrase: str | None = None) -> VaultKeys:
    """The keys of the encrypted base ``base``: from the passphrase given, or from the file
    ``OKLIMA_DPO_PASSPHRASE_FILE`` names; else from the OS keyring."""
    key_file = KeyFile.read(key_file_path(base))
    # A passphrase file named in the environment is the headless way in (CI, a server): then
    # the keyring, which such machines lack, is not even asked.
    passphrase = passphrase if passphrase is not None else passphrase_from_environment()
    if passphrase is None:
        held = keyring_keys(key_file.base_id)
        if held is not None:
            return held
    if passphrase is None:
        raise VaultError(
            f"La base de cas « {base} » est chiffrée et le trousseau du système ne garde pas sa "
            f"clé pour cette session : donner la phrase de passe de récupération (fichier nommé "
            f"par {PASSPHRASE_VARIABLE})."
        )
    return _opened_counting(base, key_file, passphrase)


def _opened_counting(base: Path, key_file: KeyFile, passphrase: str) -> VaultKeys:
    """The key file opened with ``passphrase``; a failure counted and slowed (``attempts``)."""
    from .attempts import before_trying, failed, succeeded, wait_after

    before_trying(base)
    try:
        keys = key_file.open(passphrase)
    except VaultError:
        failures = failed(base)
        raise VaultError(
            f"Phrase de passe de récupération incorrecte : la base de cas reste fermée "
            f"(essais manqués de suite : {failures} ; le prochain dans "
            f"{int(wait_after(failures))}\u00a0s)."
        ) from None
    succeeded(base)
    return keys


def export_copy(source: Path, source_key: bytes | None, copy: Path, copy_key: bytes) -> None:
    """A consistent encrypted copy of ``source`` (plain, or encrypted with ``source_key``) in
    the new file ``copy``, under ``copy_key`` (SQLCipher's ``sqlcipher_export``)."""
    from .database import sqlcipher_connect

    if copy.exists():
        copy.unlink()
    connection = _open(source, source_key)
    try:
        connection.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{copy_key.hex()}'\"", (str(copy),))
        connection.execute("SELECT sqlcipher_export('copy')")
        connection.execute("DETACH DATABASE copy")
    finally:
        connection.close()
    check = sqlcipher_connect(copy, copy_key)
    try:
        if check.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise VaultError(f"La copie chiffrée « {copy} » ne passe pas le contrôle d’intégrité.")
    finally:
        check.close()


def opens(base: Path, key: bytes) -> bool:
    """``key`` opens the encrypted file ``base`` (SQLCipher reads its first page with it).
    A wrong key is an answer here, not an error: SQLCipher is asked not to log it."""
    try:
        connection = _open(base, key)
    except Exception:  # sqlcipher3's errors: a file that cannot be opened at all
        return False
    try:
        (level,) = connection.execute("PRAGMA cipher_log_level").fetchone()
        connection.execute("PRAGMA cipher_log_level = NONE")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.execute(f"PRAGMA cipher_log_level = {level}")
    except Exception:  # sqlcipher3's DatabaseError: « file is not a database »
        return False
    finally:
        connection.close()
    return True


def checkpoint(base: Path, key: bytes | None) -> None:
    """Everything written is in the main file: no write-ahead log left to lose in a swap."""
    connection = _open(base, key)
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy:
        raise VaultError(
            f"La base de cas « {base} » est en cours d’écriture par un autre programme : "
            "rien n’a changé. Réessayer quand il aura fini."
        )


def write_ahead_files(base: Path) -> list[Path]:
    """SQLite's files beside a base while it is written (the WAL, its index, a rollback journal)."""
    return [base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def shred(path: Path) -> None:
    """Overwrite with zeros, flush, remove — as far as the OS allows: an SSD or a journaling
    file system may keep old blocks. Never on a second name of a file still in use: its
    zeros would be that file's."""
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


def plaintext_aside(base: Path) -> Path:
    """The plaintext's second name while a base is encrypted in place, until it is shredded."""
    return base.with_name(base.name + ".clair-a-effacer")


def finish_encryption(base: Path) -> bool:
    """The shredding of an encryption cut short after its swap, done: the plaintext's second
    name and the plaintext migration backups overwritten and removed (killed there, they would
    stay on the disk in clear); True when it was done. Cut short before the swap, the base is
    still that plaintext: only its second name goes. An encryption still running in another
    copy of the program (it holds the writer lock) is left to it."""
    clear = plaintext_aside(base)
    if not clear.exists():
        return False  # the usual case: one look, no lock taken
    from .lock import acquire_writer_lock

    try:
        lock = acquire_writer_lock(base, "chiffrement")
    except CaseBaseError:
        return False
    try:
        if base.exists() and os.path.samefile(clear, base):
            clear.unlink()
            return False
        for backup in sorted(base.parent.glob(f"{base.name}.avant-migration-*.bak")):
            if not _not_plain_sqlite(backup):
                shred(backup)
        shred(clear)
        return True
    finally:
        lock.release()


def table_counts(base: Path, key: bytes | None) -> dict[str, int]:
    """Rows per table: a copy is checked against its source with them."""
    connection = _open(base, key)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }
    finally:
        connection.close()


def _open(base: Path, key: bytes | None) -> Any:
    from sqlcipher3 import dbapi2

    from .database import sqlcipher_connect

    if key is not None:
        return sqlcipher_connect(base, key)
    return dbapi2.connect(str(base), check_same_thread=False)


def _aead(passphrase: str, salt: bytes, params: dict[str, int]) -> Any:
    from argon2.low_level import Type, hash_secret_raw
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = hash_secret_raw(
        unicodedata.normalize("NFC", passphrase.strip()).encode("utf-8"),
        salt,
        hash_len=32,
        type=Type.ID,
        **params,
    )
    return AESGCM(kek)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
