"""Output files are written whole or not at all, and never replace an existing file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

import pytest

from oklima_dpo.documents.files import safe_name, write_bytes_new, write_new


def test_a_taken_name_gets_the_next_free_one(tmp_path: Path) -> None:
    first = write_bytes_new(tmp_path, "réponse.pdf", b"one")
    second = write_bytes_new(tmp_path, "réponse.pdf", b"two")
    third = write_bytes_new(tmp_path, "réponse.pdf", b"three")
    assert [w.path.name for w in (first, second, third)] == [
        "réponse.pdf",
        "réponse (2).pdf",
        "réponse (3).pdf",
    ]
    assert first.path.read_bytes() == b"one"  # never replaced
    assert second.sha256 == hashlib.sha256(b"two").hexdigest() and second.size == 3


def test_a_failing_writer_leaves_no_file(tmp_path: Path) -> None:
    def broken(handle: BinaryIO) -> None:
        handle.write(b"half a PDF")
        raise RuntimeError("the printer caught fire")

    with pytest.raises(RuntimeError):
        write_new(tmp_path, "lettre.pdf", broken)
    assert list(tmp_path.iterdir()) == []


def test_names_are_made_harmless() -> None:
    assert safe_name('DR-2025-0001 : accès/"copie"?.pdf') == "DR-2025-0001 _ accès__copie__.pdf"
    assert safe_name("...") == "document"


def test_an_unwritable_folder_says_where(tmp_path: Path) -> None:
    blocker = tmp_path / "exports"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(Exception, match="exports"):
        write_bytes_new(blocker / "DR-2025-0001", "lettre.pdf", b"x")
