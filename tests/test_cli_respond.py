"""The command line of the answers: respond, casefile — what was written, with its SHA-256."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from .test_cli import add, run, run_json


def test_respond_writes_a_letter_and_says_where_with_its_hash(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    reference = add(capsys, db)
    out = tmp_path / "envoi"
    result = run_json(
        capsys,
        "--db",
        str(db),
        "respond",
        reference,
        "--package",
        "acknowledgement",
        "--out",
        str(out),
    )
    assert isinstance(result, dict)
    (item,) = result["files"]
    path = Path(item["path"])
    assert path.parent == out and path.name == f"{reference}-AR-01.pdf"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == item["sha256"]
    assert reference in PdfReader(str(path)).pages[0].extract_text()


def test_respond_in_english_and_encrypted_prints_the_password_once(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    reference = add(capsys, db)
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "respond",
        reference,
        "--package",
        "acknowledgement",
        "--lang",
        "en",
        "--encrypt",
        "--out",
        str(tmp_path / "envoi"),
    )
    assert code == 0, err
    password = out.rsplit(":", 1)[1].strip()
    (letter,) = (tmp_path / "envoi").glob("*.pdf")
    reader = PdfReader(str(letter))
    assert reader.is_encrypted and reader.decrypt(password)
    assert "Data Protection Officer" in reader.pages[0].extract_text()


def test_respond_refuses_what_the_case_cannot_support(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    reference = add(capsys, db)
    code, _out, err = run(capsys, "--db", str(db), "respond", reference, "--package", "accès")
    assert code == 2 and "access, portability" in err
    code, _out, err = run(capsys, "--db", str(db), "respond", reference, "--package", "extension")
    assert code == 2 and "prolongation" in err
    assert not (tmp_path / "exports").exists() or not any((tmp_path / "exports").rglob("*.pdf"))


def test_casefile_writes_the_pdf_asked(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    reference = add(capsys, db)
    target = tmp_path / "dossier.pdf"
    result = run_json(capsys, "--db", str(db), "casefile", reference, "--out", str(target))
    assert isinstance(result, dict) and Path(result["path"]) == target
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert reference in text
    # Asked again, the existing file is kept and a new name chosen.
    again = run_json(capsys, "--db", str(db), "casefile", reference, "--out", str(target))
    assert isinstance(again, dict) and Path(again["path"]).name == "dossier (2).pdf"


def test_register_export_writes_a_workbook_never_over_another(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    add(capsys, db)
    add(capsys, db)
    target = tmp_path / "registre.xlsx"
    first = run_json(capsys, "--db", str(db), "register", "export", "--out", str(target))
    second = run_json(capsys, "--db", str(db), "register", "export", "--out", str(target))
    assert isinstance(first, dict) and isinstance(second, dict)
    assert Path(first["path"]) == target
    assert Path(second["path"]).name == "registre (2).xlsx"
    workbook = load_workbook(target, read_only=True)
    try:
        rows = list(workbook["Registre des demandes"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert len(rows) == 3  # the header and the two cases
