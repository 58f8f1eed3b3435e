"""A file sealed at rest: written under a temporary ``.partiel-`` name then renamed, owner-only,
bound to its place; read back exactly, or refused."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from oklima_dpo.documents.files import PARTIAL_PREFIX
from oklima_dpo.store.backup import archive_key
from oklima_dpo.store.sealed import MAGIC, SealError, sealed_size
from oklima_dpo.store.sealed_files import (
    PARTIAL,
    files_key,
    is_sealed,
    read_sealed,
    seal_to,
)
from oklima_dpo.store.vault import shred

KEY = files_key(bytes(range(32)))
PLAIN = "Maëlys Fontaine, née le 02/02/1990, maelys.fontaine@exemple.fr\n".encode() * 30_000


class Watching(io.BytesIO):
    """A source that looks at the folder while the seal is being written."""

    def __init__(self, data: bytes, folder: Path) -> None:
        super().__init__(data)
        self.folder, self.seen = folder, set[str]()

    def read(self, size: int | None = -1, /) -> bytes:
        self.seen.update(p.name for p in self.folder.iterdir())
        return super().read(size)


def test_a_sealed_file_is_written_aside_then_renamed_and_reads_back(tmp_path: Path) -> None:
    assert PARTIAL == PARTIAL_PREFIX  # the start-up sweep removes what a crash left
    target = tmp_path / "DR-2025-0001" / "001-justificatif.txt"
    target.parent.mkdir()
    source = Watching(PLAIN, target.parent)
    sealed = seal_to(target, source, len(PLAIN), KEY, b"DR-2025-0001/001-justificatif.txt")
    assert source.seen and all(name.startswith(PARTIAL) for name in source.seen)
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    raw = target.read_bytes()
    assert raw.startswith(MAGIC) and len(raw) == sealed_size(len(PLAIN)) and is_sealed(target)
    assert b"Fontaine" not in raw and b"exemple.fr" not in raw
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert read_sealed(target, KEY, b"DR-2025-0001/001-justificatif.txt") == PLAIN
    assert sealed.size == len(PLAIN)
    with pytest.raises(SealError):  # moved elsewhere in the store
        read_sealed(target, KEY, b"DR-2025-0002/001-justificatif.txt")


def test_a_source_shorter_than_said_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "doc.txt"
    target.write_bytes(b"the previous file")
    with pytest.raises(SealError):
        seal_to(target, io.BytesIO(b"short"), 100, KEY, b"doc.txt")
    assert [p.name for p in tmp_path.iterdir()] == ["doc.txt"]
    assert target.read_bytes() == b"the previous file"  # the old file or the new one


def test_the_files_key_is_its_own(tmp_path: Path) -> None:
    journal = bytes(range(32))
    assert files_key(journal) == KEY and len(KEY) == 32
    backups = (archive_key(journal, b""), archive_key(journal, b"\0" * 32))
    assert files_key(journal) not in (journal, *backups)
    assert files_key(bytes(reversed(journal))) != KEY
    clear = tmp_path / "clair.txt"
    clear.write_bytes(PLAIN[:100])
    assert not is_sealed(clear)
    shred(clear)
    assert not clear.exists()
