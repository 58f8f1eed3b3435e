"""``documents REF --all`` and ``--copy ID --out FILE`` on an encrypted case base whose files
are sealed: the copy is the plaintext, checked; a file changed on disk is refused (exit 2,
the case and the document named); a backup restored gives back sealed files that still open.
The recovery passphrase comes from ``OKLIMA_DPO_PASSPHRASE_FILE`` (no keyring, as on CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from oklima_dpo.services.sealing import seal_existing_files
from oklima_dpo.store.sealed import MAGIC

from .test_cli import run, run_json
from .vaults import PROOF, encrypted_base, opened

pytestmark = pytest.mark.usefixtures("headless_vault")


@pytest.fixture
def base(tmp_path: Path) -> Path:
    made = encrypted_base(tmp_path / "poste")
    with opened(made) as ctx:
        assert ctx.store.target.journal_key is not None
        seal_existing_files(ctx.documents_dir, ctx.cache_dir, ctx.store.target.journal_key)
    return made


def test_a_sealed_document_is_copied_in_clear_on_request(
    capsys: pytest.CaptureFixture[str], base: Path, tmp_path: Path
) -> None:
    db = ("--db", str(base))
    (case,) = run_json(capsys, *db, "cases", "list")
    reference = case["reference"]
    assert run_json(capsys, *db, "documents", reference) == []  # nothing produced
    (proof,) = run_json(capsys, *db, "documents", reference, "--all")
    stored = Path(proof["path"])
    assert stored.read_bytes().startswith(MAGIC) and PROOF not in stored.read_bytes()

    out_file = tmp_path / "copie.pdf"
    code, out, err = run(
        capsys, *db, "documents", reference, "--copy", str(proof["id"]), "--out", str(out_file)
    )
    assert code == 0, err
    assert out_file.read_bytes() == PROOF and proof["sha256"] in out

    code, _out, err = run(capsys, *db, "documents", reference, "--copy", str(proof["id"]))
    assert code == 2 and "--out" in err

    archive = run_json(capsys, *db, "backup", "--to", str(tmp_path / "partage"))["archive"]
    raw = bytearray(stored.read_bytes())
    raw[-5] ^= 0x01
    stored.write_bytes(bytes(raw))
    again = tmp_path / "encore.pdf"
    code, _out, err = run(
        capsys, *db, "documents", reference, "--copy", str(proof["id"]), "--out", str(again)
    )
    assert code == 2 and reference in err and "justificatif" in err and "modifié" in err
    assert not again.exists()

    code, _out, err = run(capsys, *db, "restore", archive)
    assert code == 0, err
    assert stored.read_bytes().startswith(MAGIC)  # restored as it was kept: sealed
    code, _out, err = run(
        capsys, *db, "documents", reference, "--copy", str(proof["id"]), "--out", str(again)
    )
    assert code == 0, err
    assert again.read_bytes() == PROOF
