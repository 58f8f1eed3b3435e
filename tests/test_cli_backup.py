"""``backup``, ``restore`` and ``audit verify --against`` on the command line, with the
recovery passphrase in the file ``OKLIMA_DPO_PASSPHRASE_FILE`` names (no keyring, as on CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli import run, run_json
from .vaults import encrypted_base

pytestmark = pytest.mark.usefixtures("headless_vault")


def test_backup_verify_against_and_restore(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = encrypted_base(tmp_path / "poste")
    db = ("--db", str(base))
    made = run_json(capsys, *db, "backup", "--to", str(tmp_path / "partage"))
    assert isinstance(made, dict) and made["cases"] == 1 and made["documents"] == 1
    archive = made["archive"]
    code, out, _err = run(capsys, *db, "audit", "verify", "--against", archive)
    assert code == 0 and "Journal intact" in out
    checked = run_json(capsys, *db, "restore", archive, "--check")
    assert isinstance(checked, dict) and checked["replaced"] is False and checked["cases"] == 1
    code, out, err = run(capsys, *db, "restore", archive)
    assert code == 0, err
    assert "Base restaurée" in out and "avant-restauration-" in out
    assert "vérifiée (sceaux, empreintes SHA-256, intégrité SQLite, chaîne du journal)" in out
    code, out, _err = run(capsys, *db, "audit", "verify")
    assert code == 0


def test_bad_archives_and_the_demo_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = encrypted_base(tmp_path / "poste")
    code, _out, err = run(capsys, "--db", str(base), "restore", str(tmp_path / "absente"))
    assert code == 2 and "Aucune sauvegarde" in err
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "--demo", "backup")
    assert code == 2 and "démonstration" in err
    plain = tmp_path / "clair.sqlite"
    assert run(capsys, "--db", str(plain), "cases", "list")[0] == 0
    code, _out, err = run(capsys, "--db", str(plain), "backup", "--to", str(tmp_path / "p"))
    assert code == 2 and "vault encrypt" in err


def test_vault_status_says_when_the_last_backup_was_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = encrypted_base(tmp_path / "poste")
    code, out, _err = run(capsys, "--db", str(base), "vault", "status")
    assert code == 0 and "Dernière sauvegarde\u00a0: AUCUNE" in out
    made = run_json(capsys, "--db", str(base), "backup", "--to", str(tmp_path / "partage"))
    status = run_json(capsys, "--db", str(base), "vault", "status")
    assert isinstance(made, dict) and isinstance(status, dict)
    assert status["last_backup_archive"] == Path(made["archive"]).name
    code, out, _err = run(capsys, "--db", str(base), "vault", "status")
    assert Path(made["archive"]).name in out
