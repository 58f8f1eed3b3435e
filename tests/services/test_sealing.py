"""Sealing the files of a base that was in clear, once it is encrypted: in place, file by file,
checked before the swap, the plaintext shredded; idempotent; what a cut run left is cleared
without ever zeroing a document."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oklima_dpo.services.sealing import SealReport, finish_sealing, seal_existing_files
from oklima_dpo.store.sealed import MAGIC
from oklima_dpo.store.sealed_files import files_key, read_sealed

from ..vaults import PROOF, encrypted_base, opened, plain_context
from .helpers import open_request

JOURNAL_KEY = bytes(range(100, 132))
INDEX = b"SQLite format 3\x00 un index en clair de clients: yvonne.tessier@exemple.fr"


def documents_in_clear(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A base in clear with two requests and their files, a cache with an index in clear."""
    files = {"justificatif Yvonne.pdf": PROOF, "courrier.txt": b"Yvonne Tessier, 3 rue Haute"}
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "poste").mkdir(parents=True)
    ctx = plain_context(tmp_path / "poste" / "cases.sqlite")
    first = open_request(ctx, attachments=(tmp_path / "justificatif Yvonne.pdf",))
    second = open_request(ctx, attachments=(tmp_path / "courrier.txt",))
    ctx.store.dispose()
    cache = ctx.cache_dir
    cache.mkdir()
    (cache / "index-0123abcd.sqlite").write_bytes(INDEX)
    (cache / ".index-cut.tmp").write_bytes(INDEX)  # an index build cut short
    kept = {
        f"{first}/001-justificatif Yvonne.pdf": PROOF,
        f"{second}/001-courrier.txt": files["courrier.txt"],
    }
    return ctx.documents_dir, cache, kept


def test_the_files_in_clear_are_sealed_in_place_then_left(tmp_path: Path) -> None:
    documents, cache, kept = documents_in_clear(tmp_path)
    report = seal_existing_files(documents, cache, JOURNAL_KEY)
    assert report == SealReport(
        documents_sealed=2, documents_already=0, indexes_sealed=1, shredded=4
    )
    key = files_key(JOURNAL_KEY)
    for relative, data in kept.items():
        raw = (documents / relative).read_bytes()
        assert raw.startswith(MAGIC) and data not in raw and b"Yvonne" not in raw
        assert read_sealed(documents / relative, key, relative.encode()) == data
    assert sorted(p.name for p in cache.iterdir()) == ["index-0123abcd.scelle"]
    index = cache / "index-0123abcd.scelle"
    assert read_sealed(index, key, index.name.encode()) == INDEX
    leftovers = [p for p in tmp_path.rglob(".partiel-*")]
    assert leftovers == []

    again = seal_existing_files(documents, cache, JOURNAL_KEY)
    assert again == SealReport(0, 2, 0, 0)
    for relative, data in kept.items():
        assert read_sealed(documents / relative, key, relative.encode()) == data


@pytest.mark.skipif(not hasattr(os, "link"), reason="hard links")
def test_what_a_cut_run_left_is_cleared_and_no_document_is_lost(tmp_path: Path) -> None:
    documents, cache, kept = documents_in_clear(tmp_path)
    (first, data), (second, _data) = kept.items()
    # Cut after the plaintext got its second name, before the swap: the document is whole in
    # clear under its name; its second name must only be unlinked, not shredded.
    linked = documents / first
    os.link(linked, linked.with_name(".partiel-clair-" + linked.name))
    # Cut after the swap, before the shredding: a lone plaintext under a temporary name.
    lone = documents / second
    orphan = lone.with_name(".partiel-clair-ancien.txt")
    orphan.write_bytes(b"Yvonne Tessier en clair")
    # Cut while a sealed copy was written.
    (lone.parent / ".partiel-abcdef").write_bytes(MAGIC + b"moitie")
    # An older version's wording edit, left in clear beside the case's documents.
    holder = lone.parent / ".redaction" / "DR-2025-0002-AR-01-redaction.json"
    holder.parent.mkdir()
    holder.write_bytes(b'{"paragraphs": ["Madame Tessier"]}')

    report = seal_existing_files(documents, cache, JOURNAL_KEY)
    assert report.documents_sealed == 2
    key = files_key(JOURNAL_KEY)
    for relative, content in kept.items():
        assert read_sealed(documents / relative, key, relative.encode()) == content
    assert data == PROOF
    assert list(documents.rglob(".partiel-*")) == [] and not holder.parent.exists()


def test_the_program_finishes_sealing_at_start_up_and_leaves_a_base_in_clear(
    tmp_path: Path,
) -> None:
    base = encrypted_base(tmp_path / "poste")
    with opened(base) as ctx:
        proof = next((ctx.documents_dir).rglob("*justificatif*"))
        if not proof.read_bytes().startswith(MAGIC):  # as a sealing cut short left it
            assert proof.read_bytes() == PROOF
        report = finish_sealing(ctx)
        assert report is not None and report.documents_sealed + report.documents_already == 1
        assert proof.read_bytes().startswith(MAGIC)
        assert finish_sealing(ctx) == SealReport(0, 1, 0, 0)
    documents, _cache, kept = documents_in_clear(tmp_path / "clair")
    ctx = plain_context(documents.parent / "cases.sqlite")
    try:
        assert finish_sealing(ctx) is None
    finally:
        ctx.store.dispose()
    for relative, data in kept.items():
        assert (documents / relative).read_bytes() == data
