"""The recovery sheet: one A4 page read back with pypdf — the base, the date, the passphrase
(in its six groups, and whole), what to do with it, in French with its accents — and drawn by
poppler as a person would see it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from oklima_dpo.documents.recovery_sheet import RecoverySheet, recovery_sheet_pdf

from .pdf_reading import flat, pages_text, reader_of

MADE = "7299C-2LPRH-B9SZ3-ZKY3E-4M5B7-VS9A8"
BASE_ID = "3f2b9c1e-8d4a-4c7e-9b1f-2a6d5e8c0f13"
BASE = r"C:\Users\jmartin\AppData\Local\OKLIMA\OKLIMA DPO\cases.sqlite"


def sheet(passphrase: str = MADE) -> RecoverySheet:
    return RecoverySheet(BASE_ID, BASE, date(2025, 3, 28), passphrase, "jmartin")


def test_the_sheet_says_which_base_when_and_the_passphrase_in_six_groups() -> None:
    reader = reader_of(recovery_sheet_pdf(sheet()))
    assert len(reader.pages) == 1
    (text,) = pages_text(reader)
    assert "Feuille de récupération — base de cas OKLIMA DPO" in text
    assert BASE_ID in text and BASE.replace(" ", "") in flat(text)
    assert "28/03/2025, par jmartin" in text
    for number, group in enumerate(MADE.split("-"), start=1):
        assert f"groupe {number}" in text and group in flat(text)
    assert MADE in flat(text)  # whole, with its dashes, as it is typed
    assert "jamais de I, de O, de 0 ni de 1" in text
    # Nothing in the file's own description gives it away.
    assert all(MADE not in str(value) for value in (reader.metadata or {}).values())


def test_the_sheet_says_what_it_opens_where_to_keep_it_and_what_to_do() -> None:
    (text,) = pages_text(reader_of(recovery_sheet_pdf(sheet())))
    for said in (
        # What it opens.
        "sur un autre poste ou un autre compte",
        "là où le trousseau du système ne garde pas sa clé",
        "faites tant que cette phrase de passe est en vigueur",
        # Where it is kept.
        "sous clé, loin de l’ordinateur : par exemple dans le coffre du DPO",
        "Jamais dans un fichier à côté de la base ou des sauvegardes, jamais par e-mail",
        "supprimer ce fichier une fois la feuille imprimée",
        # A new machine.
        "oklima-dpo restore ARCHIVE --passphrase-file phrase.txt",
        "Supprimer aussitôt le fichier texte",
        # A change, and the backups made before it.
        "oklima-dpo vault passphrase --sheet FEUILLE.pdf",
        "détruire cette feuille-ci (déchiqueteuse) : elle n’ouvre plus la base",
        "ne s’ouvrent qu’avec celle qui était en vigueur le jour où elles ont été faites",
        "oklima-dpo vault rekey",
    ):
        assert said in text, said
    raw = reader_of(recovery_sheet_pdf(sheet())).pages[0].extract_text()
    assert "Ã" not in raw and "â€" not in raw  # no UTF-8 read as Latin-1
    assert "\x7f" not in raw  # the bullets drawn with the embedded font, read back as « • »
    assert raw.count("•") == 11


def test_a_passphrase_of_the_dpos_own_is_printed_as_typed_its_spaces_shown() -> None:
    own = "Le coffre de Zoé est rangé & fermé <à clé>"
    reader = reader_of(recovery_sheet_pdf(sheet(own)))
    (text,) = pages_text(reader)
    assert own.replace(" ", "\u2423") in flat(text)
    assert "« ␣ » marque une espace" in text
    assert "groupe 1" not in text and "jamais de I" not in text  # not the program's kind
    # Long, under a long path: still one page (the characters get smaller).
    long = ("une très longue phrase de passe choisie par la déléguée " * 4)[:200]
    deep = "/" + "dossier-partage-du-service-juridique/" * 6 + "cases.sqlite"
    made = RecoverySheet(BASE_ID, deep, date(2025, 3, 28), long, "jmartin")
    assert len(reader_of(recovery_sheet_pdf(made)).pages) == 1


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_the_sheet_is_drawn_on_one_a4_page(tmp_path: Path) -> None:
    pdf = tmp_path / "feuille.pdf"
    pdf.write_bytes(recovery_sheet_pdf(sheet()))
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    width, height = _png_size(png.read_bytes())
    assert abs(width - 661) <= 2 and abs(height - 935) <= 2  # A4 at 80 dpi, one page


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
