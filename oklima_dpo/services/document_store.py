"""The document store of cases: files copied in with their SHA-256, written atomically; sealed
one by one when the case base is encrypted (``store.sealed_files``), in clear otherwise.

Each stored file is bound to its place: its path relative to the store, the associated data of
its seal. The SHA-256 recorded is always the plaintext's (the case file quotes it).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..documents.files import PARTIAL_PREFIX, sweep_partial_writes
from ..domain.errors import DpoError
from ..paths import private_dir, private_file
from ..store.sealed_files import is_sealed, seal_to, unseal_file
from .context import ServiceContext
from .errors import InvalidInput

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Stored:
    """What a stored file is: where (relative to the store), its plaintext's SHA-256 and size."""

    relative: str
    sha256: str
    size: int


def safe_filename(name: str) -> str:
    """Keep the original name readable but harmless on every file system."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:150] or "document"


def check_readable(path: Path, field: str) -> None:
    if not path.is_file():
        raise InvalidInput({field: f"Le fichier « {path} » est introuvable."})
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput({field: f"Le fichier « {path.name} » dépasse 200 Mo."})


def bound_to(relative: str) -> bytes:
    """A stored file's associated data: its place in the store (moved elsewhere, refused)."""
    return relative.encode("utf-8")


def store_copy(
    source: Path, documents_dir: Path, reference: str, number: int, key: bytes | None = None
) -> tuple[str, str, int]:
    """Copy ``source`` into the case's folder (sealed under ``key`` when given); returns
    (relative path, SHA-256 of the plaintext, size).

    The copy is hashed as it is written, then renamed into place, so a crash leaves either no
    file or the whole file.
    """
    try:
        with source.open("rb") as reader:
            size = os.fstat(reader.fileno()).st_size
            stored = _store(reader, size, source.name, documents_dir, reference, number, key)
    except OSError as error:
        raise DpoError(
            f"Impossible de copier « {source.name} » dans le dossier des documents "
            f"« {documents_dir / reference} » : {error.strerror}."
        ) from None
    return stored.relative, stored.sha256, stored.size


def store_bytes(
    data: bytes, name: str, documents_dir: Path, reference: str, number: int, key: bytes | None
) -> Stored:
    """Keep ``data`` in the case's folder as ``name`` (made in memory: never in clear on disk
    when ``key`` is given)."""
    try:
        return _store(io.BytesIO(data), len(data), name, documents_dir, reference, number, key)
    except OSError as error:
        raise DpoError(
            f"Impossible d’écrire « {name} » dans le dossier des documents "
            f"« {documents_dir / reference} » : {error.strerror}."
        ) from None


def _store(
    reader: BinaryIO,
    size: int,
    name: str,
    documents_dir: Path,
    reference: str,
    number: int,
    key: bytes | None,
) -> Stored:
    folder = private_dir(documents_dir / reference)
    relative = f"{reference}/{number:03d}-{safe_filename(name)}"
    if key is not None:
        sealed = seal_to(documents_dir / relative, reader, size, key, bound_to(relative))
        return Stored(relative, sealed.sha256, sealed.size)
    digest, written = hashlib.sha256(), 0
    with tempfile.NamedTemporaryFile(
        "wb", dir=folder, prefix=PARTIAL_PREFIX, delete=False
    ) as writer:
        try:
            while chunk := reader.read(1 << 20):
                digest.update(chunk)
                writer.write(chunk)
                written += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        except BaseException:
            writer.close()
            Path(writer.name).unlink(missing_ok=True)
            raise
    private_file(Path(writer.name))
    os.replace(writer.name, documents_dir / relative)
    return Stored(relative, digest.hexdigest(), written)


def copy_out(
    documents_dir: Path, relative: str, target: BinaryIO, key: bytes | None
) -> tuple[str, int]:
    """Write the plaintext of a stored file to ``target``; returns its SHA-256 and size (for
    the caller to check against the case's record). Unsealed chunk by checked chunk when it is
    sealed (``SealError`` when it does not open); as it is otherwise (a base in clear, or a
    file kept before the base was encrypted, whose SHA-256 then says it is the one recorded).
    The caller throws ``target`` away on an error."""
    path = documents_dir / relative
    if key is not None and is_sealed(path):
        unsealed = unseal_file(path, target, key, bound_to(relative))
        return unsealed.sha256, unsealed.size
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
            target.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def remove_quietly(documents_dir: Path, relatives: list[str]) -> None:
    """Undo copies when the case base refused the change they belonged to."""
    for relative in relatives:
        (documents_dir / relative).unlink(missing_ok=True)


def sweep_interrupted_writes(ctx: ServiceContext) -> int:
    """At start-up: the temporary files that writes cut short by a crash left in the case's
    documents and in the export folder, removed; how many."""
    return sum(
        sweep_partial_writes(folder) for folder in (ctx.documents_dir, ctx.default_exports_dir)
    )
