"""How the indexes of file sources are kept sealed when the case base is encrypted.

An index holds every person of the file it indexes: beside an encrypted case base it must not
be in clear on disk. The use cases give the connector an :class:`IndexSeal` (the sources know
nothing of keys nor of the cipher); the index is then built in memory and written sealed, and
read back whole into memory (``sqlite3``'s serialize / deserialize), never as a SQLite file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

__all__ = ["SEALED_SUFFIX", "IndexSeal"]

#: A sealed index's name ends so (a clear one's ``.sqlite``): neither is taken for the other.
SEALED_SUFFIX = ".scelle"


class IndexSeal(Protocol):
    def write(self, path: Path, data: bytes) -> None:
        """Keep ``data`` sealed as ``path`` (atomically, owner-only); ``OSError`` if refused."""

    def read(self, path: Path) -> bytes | None:
        """What ``path`` holds, checked; None when it is missing, changed, cut short or not
        this base's (the index is then built again from the file)."""
