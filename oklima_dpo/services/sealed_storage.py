"""Which files beside the case base are sealed, and with which key.

An encrypted case base (its target holds the SQLCipher key and the journal key) has its
documents and its file sources' indexes sealed one by one under a key derived from the journal
key; a base in clear (the demo, the tests, PostgreSQL) keeps them in clear, as before.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..paths import private_dir
from ..sources.connectors import IndexSeal
from ..store.sealed_files import SealError, files_key, read_sealed, seal_bytes_to
from .context import ServiceContext

__all__ = ["SealedIndexes", "file_key", "index_seal"]


def file_key(ctx: ServiceContext) -> bytes | None:
    """The key sealing the files of ``ctx``'s base; None when the base is in clear."""
    journal_key = ctx.store.target.journal_key
    if ctx.store.target.key is None or journal_key is None:
        return None
    return files_key(journal_key)


class SealedIndexes:
    """The file sources' indexes of one cache folder, each sealed and bound to its name."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def write(self, path: Path, data: bytes) -> None:
        private_dir(path.parent)
        seal_bytes_to(path, data, self._key, path.name.encode("utf-8"))

    def read(self, path: Path) -> bytes | None:
        with contextlib.suppress(OSError, SealError):  # missing or not this base's: rebuilt
            return read_sealed(path, self._key, path.name.encode("utf-8"))
        return None


def index_seal(ctx: ServiceContext) -> IndexSeal | None:
    """How the connectors keep their indexes: sealed beside an encrypted base, else in clear."""
    key = file_key(ctx)
    return SealedIndexes(key) if key is not None else None
