"""Secure delivery: AES-256 PDF and zip, a strong readable password kept nowhere."""

from __future__ import annotations

import logging
import math
import re
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import pyzipper
from pypdf import PasswordType, PdfReader
from reportlab.pdfgen import canvas

from oklima_dpo.documents import pdf
from oklima_dpo.documents.delivery import (
    ALPHABET,
    PASSWORD_BITS,
    Encrypted,
    encrypt_pdf,
    encrypt_zip,
    generate_password,
)
from oklima_dpo.documents.portability import PortabilityExport, portability_files
from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.register import Controller

TEXT = "Réponse à Élodie Le Gall — données « accès »"


def make_pdf(path: Path, text: str = TEXT) -> Path:
    pdf.register_fonts()
    page = canvas.Canvas(str(path))
    page.setFont(pdf.FONT, 12)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return path


def page_text(path: Path, password: str | None = None) -> str:
    with path.open("rb") as handle:
        reader = PdfReader(handle)
        if password is not None:
            assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
        return reader.pages[0].extract_text().strip()


# -- password ---------------------------------------------------------------------------------


def test_the_password_is_readable_and_carries_100_bits() -> None:
    passwords = {generate_password() for _ in range(200)}
    assert len(passwords) == 200
    for password in passwords:
        assert re.fullmatch(r"[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){4}", password)
    assert not set("01IO") & set(ALPHABET) and len(set(ALPHABET)) == 32
    assert PASSWORD_BITS == 20 * math.log2(len(ALPHABET)) >= 100


# -- PDF --------------------------------------------------------------------------------------


def test_the_encrypted_pdf_opens_with_its_password_only(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "lettre.pdf")
    result = encrypt_pdf(source, tmp_path / "envoi", "DR-2025-0042-acces.pdf")
    target = result.written.path
    assert target == tmp_path / "envoi" / "DR-2025-0042-acces.pdf"
    assert page_text(source) == TEXT  # the source is left as it was

    with target.open("rb") as handle:
        reader = PdfReader(handle)
        assert reader.is_encrypted
        assert reader.decrypt("AAAA-BBBB-CCCC-DDDD-EEEE") == PasswordType.NOT_DECRYPTED
    with target.open("rb") as handle, pytest.raises(Exception, match=r"decrypt|password"):
        PdfReader(handle).pages[0].extract_text()
    assert page_text(target, result.password) == TEXT  # accents intact


def test_the_pdf_encryption_is_aes_256(tmp_path: Path) -> None:
    result = encrypt_pdf(make_pdf(tmp_path / "lettre.pdf"), tmp_path, "chiffré.pdf")
    with result.written.path.open("rb") as handle:
        encrypt = PdfReader(handle).trailer["/Encrypt"].get_object()
        assert (encrypt["/Filter"], encrypt["/V"], encrypt["/R"]) == ("/Standard", 5, 6)
        filter_ = encrypt["/CF"]["/StdCF"]
        assert filter_["/CFM"] == "/AESV3" and filter_["/Length"] == 32  # 256-bit key
        assert encrypt["/StmF"] == encrypt["/StrF"] == "/StdCF"


def test_an_encrypted_pdf_never_overwrites_a_file(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "lettre.pdf")
    (tmp_path / "out").mkdir()
    taken = tmp_path / "out" / "envoi.pdf"
    taken.write_bytes(b"already sent")
    result = encrypt_pdf(source, tmp_path / "out", "envoi.pdf")
    assert result.written.path.name == "envoi (2).pdf" and taken.read_bytes() == b"already sent"


def test_a_pdf_already_encrypted_or_not_a_pdf_is_refused(tmp_path: Path) -> None:
    first = encrypt_pdf(make_pdf(tmp_path / "lettre.pdf"), tmp_path, "une.pdf")
    with pytest.raises(DpoError, match="déjà chiffré"):
        encrypt_pdf(first.written.path, tmp_path, "deux.pdf")
    junk = tmp_path / "faux.pdf"
    junk.write_bytes(b"not a pdf at all")
    with pytest.raises(DpoError, match=r"faux\.pdf"):
        encrypt_pdf(junk, tmp_path, "trois.pdf")
    assert not (tmp_path / "deux.pdf").exists() and not (tmp_path / "trois.pdf").exists()


# -- zip --------------------------------------------------------------------------------------


def aes_strength(path: Path, member: str) -> int:
    """The WinZip AES extra field (0x9901) of a member: its strength byte (3 = 256 bits)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    assert info.compress_type == 99  # AES: the real method is inside the extra field
    extra = info.extra
    while extra:
        header, size = struct.unpack("<HH", extra[:4])
        if header == 0x9901:
            return extra[4 + 4]  # version (2), vendor "AE" (2), then the strength
        extra = extra[4 + size :]
    raise AssertionError("no AES extra field")


def test_the_zip_opens_with_its_password_only(tmp_path: Path) -> None:
    letter = make_pdf(tmp_path / "lettre.pdf")
    result = encrypt_zip(
        {"donnees.json": '{"prénom": "Élodie"}'.encode(), "lettre.pdf": letter},
        tmp_path / "envoi",
        "DR-2025-0042.zip",
        date_time=datetime(2025, 3, 14, 10, 5, tzinfo=PARIS),
    )
    path = result.written.path
    assert aes_strength(path, "donnees.json") == 3 and aes_strength(path, "lettre.pdf") == 3
    with pyzipper.AESZipFile(path) as archive:
        assert archive.namelist() == ["donnees.json", "lettre.pdf"]
        with pytest.raises(RuntimeError, match="password"):
            archive.read("donnees.json")
        archive.setpassword(b"AAAA-BBBB-CCCC-DDDD-EEEE")
        with pytest.raises(RuntimeError, match="password"):
            archive.read("donnees.json")
        archive.setpassword(result.password.encode())
        assert archive.read("donnees.json").decode() == '{"prénom": "Élodie"}'
        assert archive.read("lettre.pdf") == letter.read_bytes()
        assert archive.getinfo("lettre.pdf").date_time == (2025, 3, 14, 10, 5, 0)
    # The standard library cannot read it without the key.
    with (
        zipfile.ZipFile(path) as plain,
        pytest.raises(RuntimeError, match=r"'donnees\.json' is encrypted, password required"),
    ):
        plain.read("donnees.json")


def test_a_list_of_files_keeps_their_names_and_a_taken_name_is_kept(tmp_path: Path) -> None:
    letter = make_pdf(tmp_path / "lettre.pdf")
    taken = tmp_path / "envoi.zip"
    taken.write_bytes(b"already sent")
    result = encrypt_zip([letter], tmp_path, "envoi.zip", password="MON-MOT-DE-PASSE-2025")
    assert result.written.path.name == "envoi (2).zip" and taken.read_bytes() == b"already sent"
    with pyzipper.AESZipFile(result.written.path) as archive:
        archive.setpassword(b"MON-MOT-DE-PASSE-2025")
        assert archive.read("lettre.pdf") == letter.read_bytes()
    with pytest.raises(DpoError, match="Aucun fichier"):
        encrypt_zip({}, tmp_path, "vide.zip")


def test_the_portability_export_goes_into_an_encrypted_zip(tmp_path: Path) -> None:
    export = PortabilityExport(
        "DR-2025-0042",
        "Élodie Le Gall",
        Controller("OKLIMA SAS", "Lyon", "dpo@oklima.example"),
        datetime(2025, 3, 14, 10, 5, tzinfo=PARIS),
        (),
    )
    members = portability_files(export)
    result = encrypt_zip(members, tmp_path, "DR-2025-0042-portabilite.zip")
    with pyzipper.AESZipFile(result.written.path) as archive:
        archive.setpassword(result.password.encode())
        assert {name: archive.read(name) for name in archive.namelist()} == members


# -- the password is kept nowhere -------------------------------------------------------------


def test_the_password_is_written_nowhere(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level
    (tmp_path / "source").mkdir()
    source = make_pdf(tmp_path / "source" / "lettre.pdf")
    out = tmp_path / "envoi"
    results: list[Encrypted] = [
        encrypt_pdf(source, out, "lettre.pdf"),
        encrypt_zip([source], out, "lettre.zip"),
    ]
    for result in results:
        password = result.password
        assert generate_password() != password
        assert password not in repr(result) and password not in str(result)
        forms = {password, password.replace("-", ""), password.lower()}
        encodings = ("utf-8", "utf-16-le", "utf-16-be")
        for path in tmp_path.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for form in forms:
                    for encoding in encodings:
                        assert form.encode(encoding) not in data, path
        for record in caplog.records:
            assert password not in record.getMessage() and password not in repr(record.args)
    # Only the encrypted files were written: no temporary left, no side file.
    assert sorted(p.name for p in out.iterdir()) == ["lettre.pdf", "lettre.zip"]
