"""What is produced for a case is kept in it: each file copied into the case's documents with
its SHA-256, the production journaled, the DPO's edit of a letter's wording kept beside it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...documents.files import Written
from ...domain.answers import LetterKind
from ...store.models import Case, Document
from ...store.unit_of_work import UnitOfWork
from ..cases.views import DocumentView
from ..context import ServiceContext
from ..document_store import remove_quietly, store_bytes, store_copy
from ..sealed_storage import file_key
from ..settings.model import Settings

__all__ = [
    "WORDING_ROLE",
    "Produced",
    "ProducedFile",
    "export_folder",
    "is_wording_edit",
    "json_bytes",
    "keeps_wording_edit",
    "next_production_number",
    "record_produced_in",
]

WORDING_ROLE = "wording"  # the DPO's edit of a letter's wording, kept in the case


def is_wording_edit(role: str, filename: str, kind: LetterKind) -> bool:
    """A document of the case that keeps the DPO's edit of the wording of ``kind``'s letter
    (named after the letter it went with: ``DR-2025-0001-AR-02-redaction.json``)."""
    return role == WORDING_ROLE and f"-{kind.code}-" in filename


def keeps_wording_edit(documents: Iterable[DocumentView], kind: LetterKind) -> bool:
    """The case keeps an edit of ``kind``'s wording, in any language (« Modifier le texte… »
    offers it again)."""
    return any(is_wording_edit(d.role, d.filename, kind) for d in documents)


@dataclass(frozen=True, slots=True)
class ProducedFile:
    path: Path  # in the export folder
    sha256: str
    size: int
    document_id: int  # the copy kept in the case's documents


@dataclass(frozen=True, slots=True)
class Produced:
    reference: str
    kind: LetterKind
    document_reference: str
    files: tuple[ProducedFile, ...]
    password: str | None = None  # shown once to the DPO, to send by another channel
    redactions: int = 0


def export_folder(ctx: ServiceContext, settings: Settings, reference: str | None = None) -> Path:
    """Where what leaves goes: the settings' export folder, else the program's
    (``Documents/OKLIMA DPO/exports``); one sub-folder per case."""
    chosen = settings.export_folder
    folder = Path(chosen).expanduser() if chosen.strip() else ctx.default_exports_dir
    return folder / reference if reference else folder


def next_production_number(case: Case) -> int:
    """Productions are numbered in the case: ``…-AR-01``, then ``…-ACCES-02`` (one number
    for a package of several files)."""
    pattern = re.compile(rf"^{re.escape(case.reference)}-[A-Z0-9]+-(\d+)")
    numbers = [
        int(found.group(1))
        for d in case.documents
        if d.role == "produced" and (found := pattern.match(d.filename))
    ]
    return max(numbers, default=0) + 1


def record_produced_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    kind: LetterKind,
    document_reference: str,
    written: Sequence[Written],
    *,
    password: str | None = None,
    redactions: int = 0,
    wording_override: Sequence[str] | None = None,
    encrypted: bool = False,
    language: str = "fr",
) -> Produced:
    """Copy each file into the case's documents and journal the production (committed by
    the caller); a copy is removed again if the unit of work fails."""
    files: list[ProducedFile] = []
    copied: list[str] = []
    key = file_key(ctx)
    try:
        for item in written:
            relative, digest, size = store_copy(
                item.path, ctx.documents_dir, case.reference, len(case.documents) + 1, key
            )
            copied.append(relative)
            document = uow.documents.add(
                case, _document(ctx, "produced", item.path.name, relative, digest, size)
            )
            files.append(ProducedFile(item.path, item.sha256, item.size, document.id))
        if wording_override is not None:
            _keep_wording(uow, ctx, case, document_reference, wording_override, copied, language)
        uow.journal.record(
            "case.package_produced",
            case_reference=case.reference,
            details={
                "package": kind.value,
                "document": document_reference,
                "files": [{"name": f.path.name, "sha256": f.sha256} for f in files],
                "encrypted": encrypted,
                "redactions": redactions,
            },
        )
    except BaseException:
        remove_quietly(ctx.documents_dir, copied)
        raise
    return Produced(case.reference, kind, document_reference, tuple(files), password, redactions)


def _document(
    ctx: ServiceContext, role: str, filename: str, relative: str, digest: str, size: int
) -> Document:
    return Document(
        role=role,
        filename=filename,
        stored_as=relative,
        sha256=digest,
        size=size,
        added_at=ctx.now().replace(tzinfo=None),
        added_by=ctx.actor,
    )


def _keep_wording(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    document_reference: str,
    paragraphs: Sequence[str],
    copied: list[str],
    language: str,
) -> None:
    """The letter's language with the edit: an English letter's edit is not a French one."""
    content = json_bytes({"language": language, "paragraphs": list(paragraphs)})
    name = f"{document_reference}-redaction.json"
    number = len(case.documents) + 1  # made in memory, kept as the case keeps every file
    kept = store_bytes(content, name, ctx.documents_dir, case.reference, number, file_key(ctx))
    copied.append(kept.relative)
    uow.documents.add(
        case, _document(ctx, WORDING_ROLE, name, kept.relative, kept.sha256, kept.size)
    )


def json_bytes(content: Any) -> bytes:
    return json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")
