"""Files at rest beside an encrypted case base, each one sealed on its own (``store.sealed``).

The documents of the cases and the indexes of the file sources hold personal data: when the
base is encrypted, each is written sealed (AES-256-GCM in authenticated chunks) under a key
derived from the journal key — which is never rotated, so the files outlive a change of the
base's key — and bound to its place by the associated data (its path under its folder): a
file changed, cut short, or swapped with another is refused when read, never shown.

A sealed file is written like every other: under a temporary name in its folder (owner-only
from its creation), flushed, then renamed into place; a crash leaves the old file or the new
one. The temporary name starts with the document store's ``.partiel-``, which the start-up
sweep removes.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Protocol

from ..paths import private_file
from .sealed import CHUNK, MAGIC, TAG, SealError, SealingReader, Unsealed, unseal

__all__ = [
    "FILES_INFO",
    "PARTIAL",
    "SealError",
    "Unsealed",
    "files_key",
    "is_sealed",
    "read_sealed",
    "seal_bytes_to",
    "seal_temporary",
    "seal_to",
    "unseal_file",
]

#: HKDF's ``info`` for the files' key: its own, so that no other key derived from the journal
#: key (a backup's) is ever the same.
FILES_INFO = b"oklima-dpo fichiers v1"

#: The prefix of a file being written (``documents.files.PARTIAL_PREFIX``: swept at start-up).
PARTIAL = ".partiel-"


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def files_key(journal_key: bytes) -> bytes:
    """The key that seals the files, derived from the journal key (stable across rotations)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, None, FILES_INFO).derive(journal_key)


def is_sealed(path: Path) -> bool:
    """Whether ``path`` starts as a sealed file does (what it holds is checked when read)."""
    try:
        with path.open("rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def seal_to(path: Path, source: _Readable, size: int, key: bytes, associated: bytes) -> Unsealed:
    """Seal ``size`` bytes read from ``source`` into ``path`` (replaced if it exists); returns
    the plaintext's SHA-256 and size. Raises :class:`SealError` when ``source`` is shorter than
    said, ``OSError`` when the folder refuses the write; nothing is left then."""
    temporary, sealed = seal_temporary(path.parent, source, size, key, associated)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return sealed


def seal_temporary(
    folder: Path, source: _Readable, size: int, key: bytes, associated: bytes
) -> tuple[Path, Unsealed]:
    """Seal ``size`` bytes of ``source`` into a new temporary file of ``folder``, flushed and
    owner-only, for the caller to rename into place; its plaintext's SHA-256 and size."""
    handle, name = tempfile.mkstemp(dir=folder, prefix=PARTIAL)  # 0600 from the start
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as writer:
            sealing = SealingReader(source, size, key, associated)
            while block := sealing.read(CHUNK + TAG):
                writer.write(block)
            writer.flush()
            os.fsync(writer.fileno())
        private_file(temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary, Unsealed(sealing.sha256, size)


def seal_bytes_to(path: Path, data: bytes, key: bytes, associated: bytes) -> Unsealed:
    return seal_to(path, io.BytesIO(data), len(data), key, associated)


def unseal_file(path: Path, target: BinaryIO, key: bytes, associated: bytes) -> Unsealed:
    """Write the plaintext of the sealed file ``path`` to ``target``, chunk by checked chunk.
    Raises :class:`SealError` (changed, cut short, moved, not sealed) or ``OSError``."""
    with path.open("rb") as source:
        return unseal(source, target, key, associated)


def read_sealed(path: Path, key: bytes, associated: bytes) -> bytes:
    """The plaintext of the sealed file ``path``, in memory only."""
    plain = io.BytesIO()
    unseal_file(path, plain, key, associated)
    return plain.getvalue()
