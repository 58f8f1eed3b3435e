"""``vault`` on the command line: status, encrypting a plaintext base in place, and every later
command opening it with the passphrase file; changing the passphrase (with its recovery
sheet) and rotating the key; bad input refused with nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .documents.pdf_reading import flat, pages_text, reader_of
from .keyrings import failing_keyring, keyring_in_use
from .test_cli import run, run_json
from .vaults import PASSPHRASE, encrypted_base, time_passes


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
    time_passes(db)
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


def test_the_passphrase_changes_on_the_command_line_with_its_recovery_sheet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = encrypted_base(tmp_path / "base")
    key_file = base.with_name(base.name + ".cle")
    before = key_file.read_bytes()
    old, new, short = tmp_path / "ancienne", tmp_path / "nouvelle", tmp_path / "courte"
    old.write_text(PASSPHRASE + "\n", "utf-8")
    new.write_text("UNE-NOUVELLE-PHRASE-DE-PASSE\n", "utf-8")
    short.write_text("trop court\n", "utf-8")
    wrong = tmp_path / "fausse"
    wrong.write_text("PAS-LA-BONNE-PHRASE\n", "utf-8")
    sheet = tmp_path / "feuille.pdf"
    change = ("--db", str(base), "vault", "passphrase")
    for argv, said in (
        (("--passphrase-file", str(tmp_path / "absente")), "n’existe pas"),
        (("--passphrase-file", str(wrong), "--new-passphrase-file", str(new)), "incorrecte"),
        (("--passphrase-file", str(old), "--new-passphrase-file", str(short)), "12 caractères"),
        (("--passphrase-file", str(old), "--sheet", str(tmp_path / "absent" / "f.pdf")), "absent"),
        (("--passphrase-file", str(old), "--sheet", str(tmp_path)), "est un dossier"),
        (("--passphrase-file", str(tmp_path)), "illisible"),
    ):
        code, _out, err = run(capsys, *change, *argv)
        assert code == 2 and said in err, (argv, err)
        assert key_file.read_bytes() == before  # refused: nothing changed
        assert not sheet.exists()
        time_passes(base)  # a wrong passphrase's delay, over
    for action in ("rekey", "status"):
        code, _out, err = run(capsys, "--db", str(base), "vault", action, "--sheet", str(sheet))
        assert code == 2 and "--sheet" in err
    code, _out, err = run(
        capsys, "--db", str(base), "vault", "rekey", "--new-passphrase-file", str(new)
    )
    assert code == 2 and "--new-passphrase-file" in err

    code, out, err = run(
        capsys, *change, "--passphrase-file", str(old), "--new-passphrase-file", str(new),
        "--sheet", str(sheet),
    )  # fmt: skip
    assert code == 0, err
    assert "Phrase de passe de récupération changée" in out and str(sheet) in out
    assert "PHRASE DE PASSE DE RÉCUPÉRATION" not in out  # the DPO's own: not shown again
    assert sheet.stat().st_mode & 0o777 == 0o600
    (text,) = pages_text(reader_of(sheet.read_bytes()))
    assert "UNE-NOUVELLE-PHRASE-DE-PASSE" in flat(text) and "Feuille de récupération" in text
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(old))
    code, _out, err = run(capsys, "--db", str(base), "cases", "list")
    assert code == 2 and "incorrecte" in err
    time_passes(base)
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(new))
    code, out, err = run(capsys, "--db", str(base), "cases", "list")
    assert code == 0 and "Zoé Hervé" in out, err

    # The program makes the next one (the old one read from the environment), shows it once,
    # and the sheet takes the next free name: never over the first.
    done = run_json(capsys, *change, "--sheet", str(sheet))
    assert isinstance(done, dict) and done["changed"] and done["passphrase"]
    made = done["passphrase"]
    assert done["sheet"] == str(tmp_path / "feuille (2).pdf")
    (text,) = pages_text(reader_of((tmp_path / "feuille (2).pdf").read_bytes()))
    assert made in flat(text)
    (tmp_path / "faite").write_text(made, "utf-8")
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(tmp_path / "faite"))
    code, _out, err = run(capsys, "--db", str(base), "cases", "list")
    assert code == 0, err


def test_the_key_rotates_on_the_command_line_and_the_journal_still_verifies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = encrypted_base(tmp_path / "base")
    data = base.read_bytes()
    code, _out, err = run(capsys, "--db", str(base), "vault", "rekey")
    assert code == 2 and "phrase de passe de récupération en vigueur" in err
    assert base.read_bytes() == data
    phrase = tmp_path / "phrase"
    phrase.write_text(PASSPHRASE, "utf-8")
    code, out, err = run(
        capsys, "--db", str(base), "vault", "rekey", "--passphrase-file", str(phrase)
    )
    assert code == 0, err
    assert "Clé de la base de cas changée" in out and "sa feuille reste valable" in out
    done = run_json(capsys, "--db", str(base), "vault", "rekey", "--passphrase-file", str(phrase))
    assert isinstance(done, dict) and done["rotated"] and done["rows"] > 0
    monkeypatch.setenv("OKLIMA_DPO_PASSPHRASE_FILE", str(phrase))
    code, out, err = run(capsys, "--db", str(base), "audit", "verify")
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(base), "cases", "list")
    assert code == 0 and "Zoé Hervé" in out, err
    base.with_name(base.name + ".cle").rename(tmp_path / "ailleurs.cle")
    code, _out, err = run(capsys, "--db", str(base), "vault", "rekey")
    assert code == 2 and "manque" in err


def test_encrypting_writes_the_sheet_of_the_passphrase_it_made(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys, "--db", str(db), "cases", "add", "--name", "Zoé Hervé", "--right", "access",
        "--email", "zoe.herve@exemple.fr", "--received", "2025-03-20", "--channel", "email",
    )  # fmt: skip
    assert code == 0, err
    sheet = tmp_path / "feuille.pdf"
    code, out, err = run(capsys, "--db", str(db), "vault", "encrypt", "--sheet", str(sheet))
    assert code == 0, err
    made = out.split("(affichée une seule fois)\u00a0:")[1].split()[0]
    (text,) = pages_text(reader_of(sheet.read_bytes()))
    assert made in flat(text) and f"Feuille de récupération\u00a0: {sheet}" in out


def test_the_demo_base_and_a_server_are_refused_every_key_action(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for action in ("passphrase", "rekey"):
        code, _out, err = run(capsys, "--data-dir", str(tmp_path), "--demo", "vault", action)
        assert code == 2 and "fictives" in err
        url = "postgresql+psycopg://dpo@localhost/oklima"
        code, _out, err = run(capsys, "--db", url, "vault", action)
        assert code == 2 and "PostgreSQL" in err
