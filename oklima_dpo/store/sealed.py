"""Sealed files: AES-256-GCM over a stream, in authenticated chunks (the STREAM construction).

A file of any size is cut into chunks of 1 MiB, each encrypted and authenticated with its
own nonce: a 7-byte random prefix, the chunk's number (4 bytes) and a last-chunk flag (1 byte).
So a chunk changed, swapped, dropped, or the file cut short at a chunk boundary, is refused;
and a chunk's plaintext is released only once its tag is checked, with memory flat however
large the file. The associated data (a member's name, an archive's salt) binds a sealed
part to its place: a part moved elsewhere is refused too.

Layout: ``MAGIC`` (8 bytes), the nonce prefix (7), then the chunks, each ciphertext + tag (16).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import BinaryIO, Protocol

__all__ = [
    "SealError",
    "SealingReader",
    "Unsealed",
    "sealed_size",
    "unseal",
]

MAGIC = b"OKSCEL1\0"
CHUNK = 1 << 20
TAG = 16
PREFIX = 7
HEADER = len(MAGIC) + PREFIX


class SealError(Exception):
    """A sealed part that does not open: changed, cut short, or under another key."""


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def sealed_size(plain_size: int) -> int:
    """The size of ``plain_size`` bytes once sealed (an empty file is one empty last chunk)."""
    chunks = max(1, -(-plain_size // CHUNK))
    return HEADER + plain_size + chunks * TAG


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class SealingReader:
    """Reads as the sealed form of ``size`` bytes read from ``source`` (what a tar member's
    ``addfile`` wants: the size known first, the bytes pulled as they are written). The
    plaintext's SHA-256 is known once everything was read."""

    def __init__(self, source: _Readable, size: int, key: bytes, associated: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._source, self._remaining = source, size
        self._aead, self._associated = AESGCM(key), associated
        self._prefix = os.urandom(PREFIX)
        self._number = 0
        # What is sealed and not yet read: one chunk at a time, read from an offset (no
        # copying of the rest at each small read: tar reads 16 KiB at a time).
        self._pending, self._offset = MAGIC + self._prefix, 0
        self._finished = False
        self._digest = hashlib.sha256()
        self.size = sealed_size(size)

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def read(self, size: int = -1, /) -> bytes:
        parts: list[bytes] = []
        wanted = size if size >= 0 else None
        while wanted is None or wanted > 0:
            if self._offset == len(self._pending):
                if self._finished:
                    break
                self._seal_next()
            end = len(self._pending) if wanted is None else self._offset + wanted
            part = self._pending[self._offset : end]
            self._offset += len(part)
            parts.append(part)
            if wanted is not None:
                wanted -= len(part)
        return b"".join(parts)

    def _seal_next(self) -> None:
        want = min(CHUNK, self._remaining)
        plain = self._source.read(want) if want else b""
        if len(plain) != want:
            raise SealError("le fichier a raccourci pendant sa lecture")
        self._remaining -= want
        self._digest.update(plain)
        last = self._remaining == 0
        nonce = _nonce(self._prefix, self._number, last)
        self._pending = self._aead.encrypt(nonce, plain, self._associated)
        self._offset = 0
        self._number += 1
        self._finished = last


@dataclass(frozen=True, slots=True)
class Unsealed:
    sha256: str
    size: int


def unseal(source: _Readable, target: BinaryIO, key: bytes, associated: bytes) -> Unsealed:
    """Write the plaintext of the sealed stream ``source`` to ``target``, chunk by checked
    chunk. Raises :class:`SealError` when any of it does not open; what was written to
    ``target`` is then to be thrown away by the caller."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = _read_exactly(source, HEADER)
    if len(header) < HEADER or not header.startswith(MAGIC):
        raise SealError("ce n’est pas une partie scellée par le programme")
    prefix, aead = header[len(MAGIC) :], AESGCM(key)
    digest, size, number = hashlib.sha256(), 0, 0
    chunk = _read_exactly(source, CHUNK + TAG)
    while True:
        after = _read_exactly(source, CHUNK + TAG) if len(chunk) == CHUNK + TAG else b""
        last = not after
        if len(chunk) < TAG:
            raise SealError("la partie est tronquée")
        try:
            plain = aead.decrypt(_nonce(prefix, number, last), chunk, associated)
        except InvalidTag:
            raise SealError(
                "la partie a été modifiée, tronquée, ou n’est pas de cette base"
            ) from None
        digest.update(plain)
        target.write(plain)
        size += len(plain)
        if last:
            return Unsealed(digest.hexdigest(), size)
        chunk, number = after, number + 1


def _read_exactly(source: _Readable, size: int) -> bytes:
    parts, remaining = [], size
    while remaining:
        part = source.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)
