"""Writing output files safely: to a temporary name, then renamed; never over an existing file.

A crash leaves either no file or the whole file. When the name is taken, the next free one is
chosen (``lettre.pdf`` → ``lettre (2).pdf``): a document already sent is never replaced.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import DpoError

MAX_TRIES = 1000


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    sha256: str
    size: int


def safe_name(name: str) -> str:
    """A file name harmless on every file system, still readable."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:150] or "document"


def write_new(folder: Path, name: str, write: Callable[[BinaryIO], object]) -> Written:
    """Write a new file in ``folder`` named ``name`` (or the next free name) with ``write``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=PARTIAL_PREFIX, suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            try:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
            except BaseException:
                handle.close()
                temporary.unlink(missing_ok=True)
                raise
    except OSError as error:
        raise DpoError(
            f"Impossible d’écrire « {name} » dans « {folder} » : {error.strerror}."
        ) from None
    try:
        target = _place(temporary, folder, safe_name(name))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    digest, size = file_digest(target)
    return Written(target, digest, size)


#: The name a file has while it is written, before it is renamed into place.
PARTIAL_PREFIX = ".partiel-"


def sweep_partial_writes(folder: Path) -> int:
    """Remove what a write cut short by a crash left in ``folder`` (its temporary files, never
    a finished one); how many. Run at start-up, while no other write is under way."""
    removed = 0
    if not folder.is_dir():
        return 0
    for leftover in folder.rglob(f"{PARTIAL_PREFIX}*"):
        try:
            if leftover.is_file():
                leftover.unlink()
                removed += 1
        except OSError:
            pass  # in use or not ours: left, said by nothing
    return removed


def write_bytes_new(folder: Path, name: str, data: bytes) -> Written:
    return write_new(folder, name, lambda handle: handle.write(data))


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def candidates(name: str) -> list[str]:
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    ending = f".{suffix}" if suffix else ""
    return [name] + [f"{stem} ({number}){ending}" for number in range(2, MAX_TRIES + 1)]


def _place(temporary: Path, folder: Path, name: str) -> Path:
    """Rename ``temporary`` to the first free candidate; never replaces a file."""
    for candidate in candidates(name):
        target = folder / candidate
        try:
            _rename_no_clobber(temporary, target)
        except FileExistsError:
            continue
        except OSError as error:
            raise DpoError(
                f"Impossible d’écrire « {candidate} » dans « {folder} » : {error.strerror}."
            ) from None
        return target
    raise DpoError(f"Trop de fichiers nommés « {name} » dans « {folder} ».")


def _rename_no_clobber(source: Path, target: Path) -> None:
    if os.name == "nt":
        os.rename(source, target)  # Windows refuses an existing target
        return
    os.link(source, target)  # POSIX: link fails on an existing target, rename would replace it
    source.unlink()
