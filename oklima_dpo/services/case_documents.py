"""Reading a document kept in a case, in memory only; and « Enregistrer une copie sous… ».

Every reading checks the file against the case's record: its seal (an encrypted base), then
the SHA-256 and size recorded when it was kept. A file changed on disk, cut short, or swapped
with another is refused, the case and the document named, and never shown; the refusal is
journaled. A reading is journaled as a consultation of the case's data, a copy saved as data
leaving the program (to the file the DPO chose, like a delivery).
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from ..documents.files import PARTIAL_PREFIX, Written
from ..sources.connectors.mail import parse_message
from ..store.models import Document
from ..store.sealed_files import SealError
from .answers.recording import export_folder
from .cases.casework import load_case
from .context import ServiceContext
from .document_store import copy_out
from .errors import DpoError, NotFound
from .sealed_storage import file_key
from .settings.model import get_settings

__all__ = [
    "DocumentContent",
    "DocumentRefused",
    "KeptDocument",
    "MailView",
    "ShownAs",
    "Written",
    "checked_bytes",
    "copy_suggestion",
    "kept_document",
    "read_document",
    "save_document_copy",
]

READ_ACTION = "case.document_read"
COPIED_ACTION = "case.document_copied"
REFUSED_ACTION = "case.document_refused"

_IMAGES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"})
_TEXTS = frozenset({".txt", ".text", ".json", ".csv", ".md", ".xml", ".log"})
_MAILS = frozenset({".eml"})


class DocumentRefused(DpoError):
    """A kept document that is not the one the case recorded: changed, cut short, swapped,
    missing or purged. Never shown."""


class ShownAs(StrEnum):
    """How the program shows a document in memory (any other: saved as a copy)."""

    PDF = "pdf"
    IMAGE = "image"
    TEXT = "text"
    MAIL = "mail"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class MailView:
    """An e-mail's headers and readable text."""

    sender: str
    to: str
    cc: str
    date: datetime | None
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class DocumentContent:
    reference: str
    document_id: int
    filename: str
    role: str
    sha256: str
    size: int
    shown_as: ShownAs
    data: bytes = field(repr=False)
    text: str = field(default="", repr=False)  # a text file's, decoded
    mail: MailView | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class KeptDocument:
    """A document as the case records it: where it is kept, its plaintext's SHA-256 and size."""

    reference: str
    id: int
    filename: str
    role: str
    stored_as: str
    sha256: str
    size: int


def read_document(ctx: ServiceContext, reference: str, document_id: int) -> DocumentContent:
    """The document ``document_id`` of the case, checked, in memory (journaled)."""
    kept = _kept(ctx, reference, document_id)
    data = _checked(ctx, kept)
    _journal(ctx, kept, READ_ACTION)
    return _content(kept, data)


def save_document_copy(
    ctx: ServiceContext, reference: str, document_id: int, target: Path
) -> Written:
    """A copy of the document, in clear, as ``target`` (the DPO's choice, replaced if it
    exists once the copy is whole and checked); journaled."""
    kept = _kept(ctx, reference, document_id)
    folder = target.parent
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=PARTIAL_PREFIX)
    except OSError as error:
        raise DpoError(
            f"Impossible d’écrire dans « {folder} » : {error.strerror}. Rien n’a été copié."
        ) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as writer:
            _checked(ctx, kept, writer)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, target)
    except OSError as error:
        raise DpoError(
            f"Impossible d’écrire « {target.name} » dans « {folder} » : {error.strerror}."
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
    _journal(ctx, kept, COPIED_ACTION, file=str(target))
    return Written(target, kept.sha256, kept.size)


def kept_document(reference: str, document: Document) -> KeptDocument:
    """What identifies a document of a case loaded in a unit of work."""
    return KeptDocument(
        reference,
        document.id,
        document.filename,
        document.role,
        document.stored_as,
        document.sha256,
        document.size,
    )


def copy_suggestion(ctx: ServiceContext, reference: str, filename: str) -> Path:
    """Where « Enregistrer une copie sous… » proposes to write: the case's export folder."""
    return export_folder(ctx, get_settings(ctx), reference.strip().upper()) / filename


def checked_bytes(ctx: ServiceContext, kept: KeptDocument) -> bytes:
    """A document, checked, in memory, for the program's own use (a wording edit read back,
    perhaps with a unit of work open: neither the reading nor a refusal is journaled)."""
    return _checked(ctx, kept, journal=False)


def _kept(ctx: ServiceContext, reference: str, document_id: int) -> KeptDocument:
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        found = [kept_document(case.reference, d) for d in case.documents if d.id == document_id]
        if not found:
            raise NotFound(f"La demande {case.reference} n’a pas de document n° {document_id}.")
        return found[0]


def _checked(
    ctx: ServiceContext,
    kept: KeptDocument,
    target: BinaryIO | None = None,
    *,
    journal: bool = True,
) -> bytes:
    """The plaintext, checked against the case's record (written to ``target`` when given,
    then not returned); :class:`DocumentRefused` (journaled) when it is not the one kept."""
    named = f"Le document « {kept.filename} » de la demande {kept.reference}"
    if not kept.stored_as:
        raise DocumentRefused(f"{named} a été effacé (minimisation) : seule son empreinte reste.")
    sink = target if target is not None else io.BytesIO()
    try:
        digest, size = copy_out(ctx.documents_dir, kept.stored_as, sink, file_key(ctx))
    except FileNotFoundError:
        where = ctx.documents_dir / kept.stored_as
        missing = f"{named} est introuvable dans le dossier des documents (« {where} »)."
        raise _refused(ctx, kept, missing, journal) from None
    except SealError:
        digest, size = "", -1  # changed, cut short, or another file's seal: refused below
    except OSError as error:
        raise DpoError(f"{named} ne se lit pas : {error.strerror}.") from None
    if (digest, size) != (kept.sha256, kept.size):
        raise _refused(
            ctx,
            kept,
            f"{named} a été modifié, tronqué ou remplacé sur le disque depuis qu’il a été "
            "rangé : il n’est pas montré. Le retrouver dans une sauvegarde.",
            journal,
        )
    return sink.getvalue() if isinstance(sink, io.BytesIO) else b""


def _refused(
    ctx: ServiceContext, kept: KeptDocument, message: str, journal: bool
) -> DocumentRefused:
    if journal:
        _journal(ctx, kept, REFUSED_ACTION)
    return DocumentRefused(message)


def _journal(ctx: ServiceContext, kept: KeptDocument, action: str, **extra: str) -> None:
    with ctx.unit_of_work() as uow:
        uow.journal.record(
            action,
            case_reference=kept.reference,
            details={"document": kept.filename, "sha256": kept.sha256, **extra},
        )
        uow.commit()


def _content(kept: KeptDocument, data: bytes) -> DocumentContent:
    shown_as = shown_as_of(kept.filename, data)
    text, mail = "", None
    if shown_as is ShownAs.TEXT:
        text = decoded(data)
    elif shown_as is ShownAs.MAIL:
        mail = mail_view(data)
        if mail is None:
            shown_as, text = ShownAs.TEXT, decoded(data)
    return DocumentContent(
        kept.reference,
        kept.id,
        kept.filename,
        kept.role,
        kept.sha256,
        kept.size,
        shown_as,
        data,
        text,
        mail,
    )


def shown_as_of(filename: str, data: bytes) -> ShownAs:
    """By its content's first bytes for a PDF, else by its name's ending."""
    suffix = Path(filename).suffix.lower()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return ShownAs.PDF
    if suffix in _IMAGES:
        return ShownAs.IMAGE
    if suffix in _MAILS:
        return ShownAs.MAIL
    if suffix in _TEXTS:
        return ShownAs.TEXT
    return ShownAs.OTHER


def decoded(data: bytes) -> str:
    """A text file's text: UTF-8 (with or without its mark), UTF-16 with its mark, else
    Windows' Western encoding (an old export)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def mail_view(data: bytes) -> MailView | None:
    parsed = parse_message(data)
    if parsed is None:
        return None
    fields, _addresses = parsed

    def text(name: str) -> str:
        value = fields.get(name)
        return str(value) if value else ""

    date = fields.get("date")
    return MailView(
        text("from"),
        text("to"),
        text("cc"),
        date if isinstance(date, datetime) else None,
        text("subject"),
        text("body"),
    )
