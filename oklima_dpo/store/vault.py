"""The key of an encrypted case base (SQLCipher, AES-256), never on disk in clear.

The key is 32 random bytes. It is kept twice, wrapped:

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .database import SQLITE_HEADER
from .errors import CaseBaseError

__all__ = [
    "KEYRING_SERVICE",
    "PASSPHRASE_VARIABLE",
    "KeyFile",
    "VaultError",
    "is_encrypted",
    "key_file_path",
    "new_passphrase",
    "unlock",
]

KEYRING_SERVICE = "OKLIMA DPO"
PASSPHRASE_VARIABLE = "OKLIMA_DPO_PASSPHRASE_FILE"
KEY_BYTES = 32
# Argon2id: OWASP's second recommended set (m = 64 MiB, t = 3, p = 4) — about 0.2 s here.
ARGON2 = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
# A recovery passphrase as the program gives it: 6 groups of 5 from 32 unambiguous symbols
# (150 bits), easy to read aloud and to type from the printed sheet.
_SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class VaultError(CaseBaseError):
    """The key could not be had: said in words, never with the key or the passphrase."""


def is_encrypted(path: Path) -> bool:
    """A case base encrypted with SQLCipher: its file is no plain SQLite (it reads as random)
    and its key file lies beside it — anything else that is not SQLite is no case base."""
    return _not_plain_sqlite(path) and key_file_path(path).exists()


def _not_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER


def key_file_path(base: Path) -> Path:
    return base.with_name(base.name + ".cle")


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
    def sealing(cls, key: bytes, passphrase: str) -> KeyFile:
        salt, nonce = os.urandom(16), os.urandom(12)
        base_id = str(uuid.uuid4())
        wrapped = _aead(passphrase, salt, ARGON2).encrypt(nonce, key, base_id.encode())
        return cls(base_id, salt, nonce, wrapped, dict(ARGON2))

    def resealed(self, key: bytes, passphrase: str) -> KeyFile:
        """The same base (same id), its key wrapped by another passphrase."""
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapped = _aead(passphrase, salt, ARGON2).encrypt(nonce, key, self.base_id.encode())
        return KeyFile(self.base_id, salt, nonce, wrapped, dict(ARGON2))

    def open(self, passphrase: str) -> bytes:
        from cryptography.exceptions import InvalidTag

        try:
            key: bytes = _aead(passphrase, self.salt, self.argon2).decrypt(
                self.nonce, self.wrapped, self.base_id.encode()
            )
        except InvalidTag:
            raise VaultError(
                "Phrase de passe de récupération incorrecte : la base de cas reste fermée."
            ) from None
        return key

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "base_id": self.base_id,
            "kdf": {"name": "argon2id", "salt": _b64(self.salt), **self.argon2},
            "aead": {"name": "aes-256-gcm", "nonce": _b64(self.nonce)},
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text("utf-8"))
            kdf = data["kdf"]
            return cls(
                base_id=str(data["base_id"]),
                salt=base64.b64decode(kdf["salt"]),
                nonce=base64.b64decode(data["aead"]["nonce"]),
                wrapped=base64.b64decode(data["wrapped_key"]),
                argon2={k: int(kdf[k]) for k in ARGON2},
            )
        except FileNotFoundError:
            raise VaultError(
                f"La base de cas est chiffrée mais son fichier de clé « {path.name} » manque "
                "à côté d’elle : le restaurer depuis une sauvegarde."
            ) from None
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise VaultError(f"Le fichier de clé « {path} » est illisible ({error}).") from None

    def write(self, path: Path) -> None:
        """Written whole or not at all, for its owner only."""
        from ..paths import private_file

        partial = path.with_name(path.name + ".partiel")
        partial.write_text(json.dumps(self.to_json(), indent=2) + "\n", "utf-8")
        private_file(partial)
        os.replace(partial, path)


def keyring_key(base_id: str) -> bytes | None:
    """The key the OS keyring holds for this base; None when it holds none or has no backend."""
    import keyring
    from keyring.errors import KeyringError

    try:
        held = keyring.get_password(KEYRING_SERVICE, f"base {base_id}")
    except KeyringError:
        return None
    if not held:
        return None
    try:
        key = base64.b64decode(held, validate=True)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def keep_in_keyring(base_id: str, key: bytes) -> bool:
    """Store the key in the OS keyring; False where the OS offers none (said by the caller)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, f"base {base_id}", _b64(key))
    except KeyringError:
        return False
    return keyring_key(base_id) == key


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


def unlock(base: Path, passphrase: str | None = None) -> bytes:
    """The key of the encrypted base ``base``: from the passphrase given, or from the file
    ``OKLIMA_DPO_PASSPHRASE_FILE`` names; else from the OS keyring."""
    key_file = KeyFile.read(key_file_path(base))
    # A passphrase file named in the environment is the headless way in (CI, a server): then
    # the keyring, which such machines lack, is not even asked.
    passphrase = passphrase if passphrase is not None else passphrase_from_environment()
    if passphrase is None:
        held = keyring_key(key_file.base_id)
        if held is not None:
            return held
    if passphrase is None:
        raise VaultError(
            f"La base de cas « {base} » est chiffrée et le trousseau du système ne garde pas sa "
            f"clé pour cette session : donner la phrase de passe de récupération (fichier nommé "
            f"par {PASSPHRASE_VARIABLE})."
        )
    return key_file.open(passphrase)


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
