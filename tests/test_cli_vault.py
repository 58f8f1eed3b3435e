"""``vault`` on the command line: status, encrypting a plaintext base in place, and every later
command opening it with the passphrase file; bad input refused with nothing changed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .keyrings import failing_keyring, keyring_in_use
from .test_cli import run, run_json


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """As on a server or CI: the OS offers no keyring, the passphrase is the way in."""
    with keyring_in_use(failing_keyring()):
        yield


def test_a_base_is_encrypted_then_opened_with_the_passphrase_file(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _out, err = run(
        capsys,
        "--db",
        str(db),
        "cases",
        "add",
        "--name",
        "Zoé Hervé",
        "--email",
        "zoe.herve@exemple.fr",
        "--right",
        "access",
        "--received",
        "2025-03-20",
        "--channel",
        "email",
    )
    assert code == 0, err
    status = run_json(capsys, "--db", str(db), "vault", "status")
    assert isinstance(status, dict) and status["exists"] and not status["encrypted"]

    short = tmp_path / "courte"
    short.write_text("trop court\n", "utf-8")
    code, _out, err = run(
        capsys, "--db", str(db), "vault", "encrypt", "--passphrase-file", str(short)
    )
    assert code == 2 and "12 caractères" in err
    assert b"zoe.herve" in db.read_bytes()  # refused: nothing changed

    code, out, err = run(capsys, "--db", str(db), "vault", "encrypt")
    assert code == 0, err
    assert "PHRASE DE PASSE DE RÉCUPÉRATION" in out and "non (pas de trousseau ici)" in out
    made = out.split("PHRASE DE PASSE DE RÉCUPÉRATION (affichée une seule fois)\u00a0:")[1]
    passphrase = made.split()[0]
    assert b"zoe.herve" not in db.read_bytes()

    code, _out, err = run(capsys, "--db", str(db), "cases", "list")
    assert code == 2 and "OKLIMA_DPO_PASSPHRASE_FILE" in err
    wrong = tmp_path / "fausse"
    wrong.write_text("PAS-LA-BONNE-PHRASE\n", "utf-8")
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(wrong))
    code, _out, err = run(capsys, "--db", str(db), "cases", "list")
    assert code == 2 and "incorrecte" in err and passphrase not in err
    right = tmp_path / "phrase"
    right.write_text(passphrase + "\n", "utf-8")
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(right))
    # Right after a wrong one, even the right passphrase waits its turn (a script tries no
    # faster than a person).
    code, _out, err = run(capsys, "--db", str(db), "cases", "list")
    assert code == 2 and "nouvel essai possible dans 1\u00a0s" in err
    time.sleep(1.05)
    code, out, err = run(capsys, "--db", str(db), "cases", "list")
    assert code == 0 and "Zoé Hervé" in out, err
    status = run_json(capsys, "--db", str(db), "vault", "status")
    assert isinstance(status, dict) and status["encrypted"] and not status["in_keyring"]
    code, _out, err = run(capsys, "--db", str(db), "vault", "encrypt")
    assert code == 2 and "déjà chiffrée" in err
    # Its key file lost: said, not taken for any other kind of file.
    key_file = db.with_name(db.name + ".cle")
    key_file.rename(tmp_path / "ailleurs.cle")
    code, _out, err = run(capsys, "--db", str(db), "cases", "list")
    assert code == 2 and f"{db.name}.cle" in err


def test_the_demo_base_stays_in_clear(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "--data-dir", str(tmp_path), "--demo", "vault", "encrypt")
    assert code == 2 and "fictives" in err
