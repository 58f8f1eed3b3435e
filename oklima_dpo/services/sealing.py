"""Sealing the files of a case base that was in clear, once it is encrypted.

``encrypt_case_base`` calls :func:`seal_existing_files` with the new journal key: every
document kept in clear is sealed in place and every index of the file sources' cache is sealed
under its sealed name; the plaintext is then overwritten and removed. The program calls
:func:`finish_sealing` at each start (in a worker): what a sealing cut short left in clear is
sealed then.

Crash-safe file by file: the sealed copy is written beside the file under a temporary name and
checked (unsealed again, its SHA-256 and size the plaintext's); the plaintext gets a second
name, the sealed copy takes the document's name in one rename, and only then is the plaintext
shredded. Interrupted at any moment, each document is whole, in clear or sealed, under its
name. Idempotent: a file already sealed is recognised by its header and left; what a cut run
left (temporary copies, a plaintext's second name) is cleared by the next one. To be run while
nothing else writes these folders (the writer lock held).
"""

from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..documents.files import PARTIAL_PREFIX
from ..sources.connectors.index_seal import SEALED_SUFFIX
from ..store.sealed_files import (
    SealError,
    files_key,
    is_sealed,
    seal_temporary,
    unseal_file,
)
from ..store.vault import shred
from .context import ServiceContext
from .document_store import bound_to
from .errors import DpoError

__all__ = ["SealReport", "finish_sealing", "seal_existing_files"]

_CLEAR = f"{PARTIAL_PREFIX}clair-"  # a plaintext's second name while its sealed copy replaces it
_HOLDER = ".redaction"  # where an older version wrote a wording edit before keeping it


@dataclass(frozen=True, slots=True)
class SealReport:
    documents_sealed: int  # sealed by this run
    documents_already: int  # found sealed, left
    indexes_sealed: int  # cache indexes sealed under their sealed name
    shredded: int  # plaintext overwritten and removed (documents, indexes, leftovers)


class _Discard(io.RawIOBase):
    """Where a check unseals to: ``unseal`` gives the SHA-256 and size; the bytes go nowhere."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(data)


def seal_existing_files(documents_dir: Path, cache_dir: Path, journal_key: bytes) -> SealReport:
    """Seal the documents in ``documents_dir`` and the indexes in ``cache_dir`` that are in
    clear, under the files' key derived from ``journal_key``. Raises :class:`DpoError` naming
    the file that could not be sealed (the files before it are sealed; run it again)."""
    key = files_key(journal_key)
    shredded = _clear_leftovers(documents_dir) + _clear_leftovers(cache_dir)
    sealed = already = 0
    for path in _files(documents_dir):
        if _HOLDER in path.parts:  # an older version's wording edit, written in clear first
            shred(path)
            shredded += 1
            with contextlib.suppress(OSError):
                path.parent.rmdir()
            continue
        if is_sealed(path):
            already += 1
            continue
        relative = path.relative_to(documents_dir).as_posix()
        _seal_in_place(path, key, bound_to(relative), relative)
        sealed, shredded = sealed + 1, shredded + 1
    indexes = 0
    for path in _files(cache_dir):
        if path.suffix == SEALED_SUFFIX and is_sealed(path):
            continue
        if path.name.startswith("index-") and path.suffix == ".sqlite":
            target = path.with_suffix(SEALED_SUFFIX)
            _seal_beside(path, target, key, target.name.encode("utf-8"))
            indexes += 1
        shred(path)  # an index now sealed, or what else is in clear in the cache: rebuilt
        shredded += 1
    return SealReport(sealed, already, indexes, shredded)


def finish_sealing(ctx: ServiceContext) -> SealReport | None:
    """At start-up, beside an encrypted base: the files still in clear sealed (a sealing cut
    short); None for a base in clear, whose files stay in clear."""
    target = ctx.store.target
    if target.key is None or target.journal_key is None:
        return None
    return seal_existing_files(ctx.documents_dir, ctx.cache_dir, target.journal_key)


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.name.startswith(PARTIAL_PREFIX)
    )


def _clear_leftovers(folder: Path) -> int:
    """What a cut run or write left: a plaintext's second name whose first name still holds
    it is only unlinked (shredding it would zero the document); the rest is shredded."""
    count = 0
    if not folder.is_dir():
        return 0
    for leftover in sorted(folder.rglob(f"{PARTIAL_PREFIX}*")):
        with contextlib.suppress(OSError):
            if not leftover.is_file():
                continue
            if leftover.stat().st_nlink > 1:
                leftover.unlink()
            else:
                shred(leftover)
                count += 1
    for leftover in sorted(folder.glob(".index-*.tmp")):  # an index built in clear, cut short
        with contextlib.suppress(OSError):
            shred(leftover)
            count += 1
    return count


def _sealed_checked(path: Path, key: bytes, associated: bytes, shown: str) -> Path:
    """A sealed copy of ``path`` in its folder, checked: unsealed again, the plaintext's."""
    try:
        with path.open("rb") as reader:
            size = os.fstat(reader.fileno()).st_size
            temporary, sealed = seal_temporary(path.parent, reader, size, key, associated)
        try:
            with _Discard() as nowhere:
                again = unseal_file(temporary, nowhere, key, associated)  # type: ignore[arg-type]
            if (again.sha256, again.size) != (sealed.sha256, sealed.size):
                raise SealError("la copie scellée ne redonne pas le fichier")
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except (OSError, SealError) as error:
        why = error.strerror if isinstance(error, OSError) else str(error)
        raise DpoError(f"« {shown} » n’a pas pu être scellé ({why}) : il reste en clair.") from None
    return temporary


def _seal_in_place(path: Path, key: bytes, associated: bytes, shown: str) -> None:
    temporary = _sealed_checked(path, key, associated, shown)
    clear = path.with_name(f"{_CLEAR}{path.name}")
    try:
        try:
            os.link(path, clear)  # the plaintext keeps a name, to be shredded
            linked = True
        except OSError:
            linked = False  # a file system without hard links: the plaintext is only removed
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DpoError(
            f"« {shown} » n’a pas pu être scellé ({error.strerror}) : il reste en clair."
        ) from None
    if linked:
        shred(clear)


def _seal_beside(path: Path, target: Path, key: bytes, associated: bytes) -> None:
    temporary = _sealed_checked(path, key, associated, path.name)
    try:
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DpoError(
            f"« {path.name} » n’a pas pu être scellé ({error.strerror}) : il reste en clair."
        ) from None
