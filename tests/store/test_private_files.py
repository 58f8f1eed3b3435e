"""The case base, its documents and caches are their owner's only (POSIX modes 0600 / 0700)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from oklima_dpo.paths import DataDirs, private_dir
from oklima_dpo.services.document_store import store_copy
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: the ACL)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_case_base_and_its_wal_are_for_their_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask: files readable by all unless the program narrows
    try:
        path = tmp_path / "cases.sqlite"
        store = open_store(parse_target(path))
        store.dispose()
        assert mode(path) == 0o600
        for sibling in tmp_path.glob("cases.sqlite-*"):
            assert mode(sibling) == 0o600, sibling
        path.chmod(0o644)  # an older base, created readable by all: narrowed when opened
        open_store(parse_target(path)).dispose()
        assert mode(path) == 0o600
    finally:
        os.umask(old)


def test_the_data_folders_and_the_documents_are_closed_to_others(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        dirs = DataDirs(tmp_path / "data", tmp_path / "exports")
        dirs.create()
        for folder in (dirs.root, dirs.documents, dirs.logs):
            assert mode(folder) == 0o700, folder
        received = tmp_path / "piece.pdf"
        received.write_bytes(b"%PDF-1.4 synthetic")
        relative, _sha, _size = store_copy(received, dirs.documents, "DR-2026-0001", 1)
        assert mode(dirs.documents / "DR-2026-0001") == 0o700
        assert mode(dirs.documents / relative) == 0o600
        opened = private_dir(tmp_path / "open")
        opened.chmod(0o755)
        assert mode(private_dir(opened)) == 0o700
    finally:
        os.umask(old)
