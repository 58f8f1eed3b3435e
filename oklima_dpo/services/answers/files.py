"""Writing a package's files into the export folder: the letter (PDF) and its side files,
as they are, or locked with one generated password (AES-256 PDF, AES-256 zip) that is
returned once and kept nowhere."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from ...documents.access_content import Redaction
from ...documents.delivery import encrypt_pdf, encrypt_zip, generate_password
from ...documents.files import Written, write_bytes_new
from ...documents.portability import PortabilityExport, portability_files, write_portability_zip
from .recording import json_bytes

__all__ = ["redactions_json", "write_letter_files", "write_portability_files"]


def write_letter_files(
    folder: Path,
    document_reference: str,
    letter: bytes,
    side_files: Sequence[tuple[str, bytes]],
    *,
    encrypt: bool,
) -> tuple[list[Written], str | None]:
    """The letter and its side files (the data as JSON, the masking); with ``encrypt``, an
    AES-256 PDF and the side files in an AES-256 zip, and the password."""
    letter_name = f"{document_reference}.pdf"
    if not encrypt:
        return [
            write_bytes_new(folder, letter_name, letter),
            *(write_bytes_new(folder, name, data) for name, data in side_files),
        ], None
    password = generate_password()
    locked = encrypt_pdf(letter, folder, letter_name, password=password)  # from memory
    written = [locked.written]
    if side_files:
        zipped = encrypt_zip(
            dict(side_files), folder, f"{document_reference}-donnees.zip", password=password
        )
        written.append(zipped.written)
    return written, password


def write_portability_files(
    folder: Path,
    document_reference: str,
    letter: bytes,
    export: PortabilityExport,
    *,
    encrypt: bool,
) -> tuple[list[Written], str | None]:
    """The letter and the export (JSON, one CSV per table, a manifest) in a zip; with
    ``encrypt``, all of it in one AES-256 zip, and the password."""
    letter_name = f"{document_reference}.pdf"
    if encrypt:
        password = generate_password()
        members: Mapping[str, bytes] = {letter_name: letter, **portability_files(export)}
        zipped = encrypt_zip(
            members,
            folder,
            f"{document_reference}.zip",
            password=password,
            date_time=export.generated_at,
        )
        return [zipped.written], password
    return [
        write_bytes_new(folder, letter_name, letter),
        write_portability_zip(folder, export, f"{document_reference}-donnees.zip"),
    ], None


def redactions_json(redactions: Sequence[Redaction]) -> bytes:
    """What was masked in which record (the case keeps it; the person's file lists it)."""
    return json_bytes(
        [
            {
                "source": r.source,
                "table": r.table,
                "record": r.key,
                "field": r.field,
                "masked": r.count,
            }
            for r in redactions
        ]
    )
