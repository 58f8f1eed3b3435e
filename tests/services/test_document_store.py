"""What a crash leaves of a write cut short is removed at the next start, and only that."""

from __future__ import annotations

from pathlib import Path

from oklima_dpo.documents.files import write_bytes_new
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.document_store import sweep_interrupted_writes


def test_the_temporary_files_of_cut_writes_are_removed_and_nothing_else(
    ctx: ServiceContext,
) -> None:
    exports = ctx.default_exports_dir / "DR-2025-0001"
    finished = write_bytes_new(exports, "DR-2025-0001-ACCES-01.pdf", b"%PDF-1.4 fini").path
    cut = exports / ".partiel-abc123.tmp"  # what a kill during the write leaves
    cut.write_bytes(b"%PDF-1.4 coup")
    document = ctx.documents_dir / "DR-2025-0001" / ".partiel-xyz"
    document.parent.mkdir(parents=True)
    document.write_bytes(b"moiti")
    assert sweep_interrupted_writes(ctx) == 2
    assert not cut.exists() and not document.exists()
    assert finished.exists() and Path(finished).read_bytes() == b"%PDF-1.4 fini"
    assert sweep_interrupted_writes(ctx) == 0
