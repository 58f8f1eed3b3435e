"""Secure delivery: an AES-256 encrypted PDF (pypdf) or zip (pyzipper, WinZip AES).

The password is generated here, returned once to the caller (who shows it to the DPO, to be
sent by another channel) and kept nowhere else: these functions log nothing, write only the
encrypted file (which holds salted hashes and key checks, never the password), and the
result's ``repr`` hides it. Whoever receives :class:`Encrypted` must not store or log
``password`` either.

A zip encrypts its members' contents, not their names: member names say nothing personal
(``donnees.json``, ``crm-customers.csv``).
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pyzipper
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from ..domain.errors import DpoError
from .files import Written, write_new

__all__ = [
    "ALPHABET",
    "PASSWORD_BITS",
    "Encrypted",
    "encrypt_pdf",
    "encrypt_zip",
    "generate_password",
]

#: 32 symbols with no look-alikes (no 0/O, 1/I): each one carries exactly 5 bits.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
GROUPS = 5
GROUP_SIZE = 4
#: 20 symbols × 5 bits: the hyphens add nothing.
PASSWORD_BITS = 100


@dataclass(frozen=True, slots=True)
class Encrypted:
    """The encrypted file, and its password to show once (hidden from ``repr``)."""

    written: Written
    password: str = field(repr=False)


def generate_password() -> str:
    """``K7QM-3XWD-…``: 5 groups of 4 symbols from :data:`ALPHABET`, drawn with ``secrets``.

    32 ** 20 = 2 ** 100 possible passwords: 100 bits of entropy, read aloud or typed from a
    letter without confusing 0 and O, or 1 and I.
    """
    return "-".join(
        "".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS)
    )


def encrypt_pdf(source: Path | bytes, folder: Path, name: str, *, password: str = "") -> Encrypted:
    """An AES-256 (PDF 2.0, /V 5 /R 6) copy of the PDF ``source`` (a file, or the PDF made in
    memory: its plaintext then never touches the disk), as ``folder/name``.

    The copy opens only with the password (generated when not given); the source is left as
    it is.
    """
    password = password or generate_password()
    what = "produit" if isinstance(source, bytes) else f"« {source} »"
    try:
        with io.BytesIO(source) if isinstance(source, bytes) else source.open("rb") as stream:
            reader = PdfReader(stream)
            if reader.is_encrypted:
                raise DpoError(f"Le PDF {what} est déjà chiffré.")
            writer = PdfWriter(clone_from=reader)
            writer.encrypt(user_password=password, algorithm="AES-256")
            written = write_new(folder, name, writer.write)
    except OSError as error:
        raise DpoError(f"Impossible de lire le PDF {what} : {error.strerror}.") from None
    except PdfReadError as error:
        raise DpoError(f"Le PDF {what} n’est pas lisible ({error}).") from None
    return Encrypted(written, password)


def encrypt_zip(
    files: Mapping[str, bytes | Path] | Iterable[Path],
    folder: Path,
    name: str,
    *,
    password: str = "",
    date_time: datetime | None = None,
) -> Encrypted:
    """An AES-256 zip (WinZip AES, 256-bit key) of ``files``, as ``folder/name``.

    ``files`` maps each member's name to its content (bytes, or a file to copy); a plain list
    of paths keeps each file's own name. ``date_time`` stamps every member (now by default).
    """
    password = password or generate_password()
    members = _members(files)
    stamp = (date_time or datetime.now()).replace(tzinfo=None)
    stamp = max(stamp, datetime(1980, 1, 1))  # the zip format starts in 1980

    def write(handle: Any) -> None:
        with pyzipper.AESZipFile(
            handle, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as archive:
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            for member, content in members.items():
                info = archive.zipinfo_cls(member, stamp.timetuple()[:6])  # AES-aware
                info.compress_type = pyzipper.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, _read(content))

    return Encrypted(write_new(folder, name, write), password)


def _members(files: Mapping[str, bytes | Path] | Iterable[Path]) -> dict[str, bytes | Path]:
    if isinstance(files, Mapping):
        members = dict(files)
    else:
        members = {}
        for path in files:
            if path.name in members:
                raise DpoError(f"Deux fichiers nommés « {path.name} » dans la même archive.")
            members[path.name] = path
    if not members:
        raise DpoError("Aucun fichier à mettre dans l’archive chiffrée.")
    return members


def _read(content: bytes | Path) -> bytes:
    if isinstance(content, bytes):
        return content
    try:
        return content.read_bytes()
    except OSError as error:
        raise DpoError(f"Impossible de lire « {content} » : {error.strerror}.") from None
