"""The document store of cases: files copied in with their SHA-256, written atomically."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from ..documents.files import PARTIAL_PREFIX, sweep_partial_writes
from ..domain.errors import DpoError
from ..paths import private_dir
from .context import ServiceContext
from .errors import InvalidInput

MAX_FILE_BYTES = 200 * 1024 * 1024


def safe_filename(name: str) -> str:
    """Keep the original name readable but harmless on every file system."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:150] or "document"


def check_readable(path: Path, field: str) -> None:
    if not path.is_file():
        raise InvalidInput({field: f"Le fichier « {path} » est introuvable."})
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput({field: f"Le fichier « {path.name} » dépasse 200 Mo."})


def store_copy(
    source: Path, documents_dir: Path, reference: str, number: int
) -> tuple[str, str, int]:
    """Copy ``source`` into the case's folder; returns (relative path, SHA-256, size).

    The copy is hashed as it is written, then renamed into place, so a crash leaves either no
    file or the whole file.
    """
    folder = documents_dir / reference
    try:
        private_dir(folder)
        relative = f"{reference}/{number:03d}-{safe_filename(source.name)}"
        digest = hashlib.sha256()
        size = 0
        with (
            source.open("rb") as reader,
            tempfile.NamedTemporaryFile(
                "wb", dir=folder, prefix=PARTIAL_PREFIX, delete=False
            ) as writer,
        ):
            while chunk := reader.read(1 << 20):
                digest.update(chunk)
                writer.write(chunk)
                size += len(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(writer.name, documents_dir / relative)
    except OSError as error:
        raise DpoError(
            f"Impossible de copier « {source.name} » dans le dossier des documents "
            f"« {folder} » : {error.strerror}."
        ) from None
    return relative, digest.hexdigest(), size


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
