"""Producing what leaves for a case (letters, the access package, the portability export) and
recording that it left.

Every file is written safely into the export folder (one sub-folder per case), copied into
the case's documents with its SHA-256, and journaled. An access or portability package needs
the case's reviewed data: only the included records of a complete review may leave. A
password for an encrypted delivery is returned once to the caller and kept nowhere.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from io import BytesIO
from pathlib import Path
from typing import Any

from ..documents import access as access_doc
from ..documents import letters
from ..documents.delivery import encrypt_pdf, encrypt_zip, generate_password
from ..documents.files import Written, write_bytes_new
from ..documents.pdf import Letterhead
from ..documents.portability import PortabilityExport, portability_files, write_portability_zip
from ..domain.case import Outcome
from ..domain.register import Register
from ..domain.workflow import EventKind, Status, is_allowed
from ..sources.catalogue import Catalogue
from ..sources.matching import IdentityKind
from ..store import journal
from ..store.models import Case, Document
from . import gather as gather_service
from . import settings as settings_service
from .access_content import PersonIdentity, access_content, included_findings
from .casefile import default_folder
from .cases import answer_sent_in
from .casework import detail_from_case, load_case, record_event
from .context import ServiceContext
from .documents import store_copy
from .errors import DpoError, InvalidInput
from .portability_scope import portable_records
from .views import CaseDetail, DocumentView

__all__ = [
    "PackageKind",
    "Produced",
    "ProducedFile",
    "default_wording",
    "export_folder",
    "mark_sent",
    "next_production_number",
    "produce",
    "produced_documents",
    "record_produced",
]

WORDING_ROLE = "wording"  # the DPO's edit of a letter's wording, kept in the case


class PackageKind(StrEnum):
    ACCESS = "access"
    PORTABILITY = "portability"
    ACKNOWLEDGEMENT = "acknowledgement"
    INFORMATION_REQUEST = "information-request"
    EXTENSION = "extension"
    REFUSAL = "refusal"
    NO_DATA = "no-data"
    RECTIFICATION = "rectification"  # the answers to the other rights: what was done, kept
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    CONSENT_WITHDRAWAL = "consent-withdrawal"
    RESTRICTION_LIFT_NOTICE = "restriction-lift-notice"  # before a restriction is lifted
    ART19_NOTICE = "art19-notice"  # to a recipient: produced by services.recipients

    @property
    def letter(self) -> letters.LetterKind:
        return letters.LetterKind(self.value.replace("-", "_"))

    @property
    def code(self) -> str:
        """In the documents' references: ``DR-2025-0001-ACCES-02``."""
        return _CODES[self]

    @property
    def is_answer(self) -> bool:
        """Sending it answers the request (the case moves to answered or refused)."""
        return self in (
            PackageKind.ACCESS,
            PackageKind.PORTABILITY,
            PackageKind.REFUSAL,
            PackageKind.NO_DATA,
            *EXECUTED,
        )


#: Answers that say what was carried out in the systems (an execution of that right).
EXECUTED = (
    PackageKind.RECTIFICATION,
    PackageKind.ERASURE,
    PackageKind.RESTRICTION,
    PackageKind.OBJECTION,
    PackageKind.CONSENT_WITHDRAWAL,
)

_CODES = {
    PackageKind.RECTIFICATION: "RECTIF",
    PackageKind.ERASURE: "EFFAC",
    PackageKind.RESTRICTION: "LIMIT",
    PackageKind.OBJECTION: "OPPOS",
    PackageKind.CONSENT_WITHDRAWAL: "RETRAIT",
    PackageKind.ACCESS: "ACCES",
    PackageKind.PORTABILITY: "PORTAB",
    PackageKind.ACKNOWLEDGEMENT: "AR",
    PackageKind.INFORMATION_REQUEST: "INFO",
    PackageKind.EXTENSION: "PROLONG",
    PackageKind.REFUSAL: "REFUS",
    PackageKind.NO_DATA: "NEANT",
    PackageKind.RESTRICTION_LIFT_NOTICE: "LEVEE",
    PackageKind.ART19_NOTICE: "ART19",
}


@dataclass(frozen=True, slots=True)
class ProducedFile:
    path: Path  # in the export folder
    sha256: str
    size: int
    document_id: int  # the copy kept in the case's documents


@dataclass(frozen=True, slots=True)
class Produced:
    reference: str
    kind: PackageKind
    document_reference: str
    files: tuple[ProducedFile, ...]
    password: str | None = None  # shown once to the DPO, to send by another channel
    redactions: int = 0


# -- Producing -------------------------------------------------------------------------------


def produce(
    ctx: ServiceContext,
    reference: str,
    kind: PackageKind,
    *,
    catalogue: Catalogue | None = None,
    register: Register | None = None,
    language: str | None = None,
    encrypt: bool = False,
    out: Path | None = None,
    wording_override: Sequence[str] | None = None,
) -> Produced:
    """Write the package ``kind`` for the case; ``wording_override`` is the DPO's edit."""
    if kind is PackageKind.ART19_NOTICE:
        raise DpoError(
            "La notification de l’article 19 s’adresse à un destinataire : la produire depuis "
            "sa tâche (destinataires de la demande)."
        )
    if kind in (PackageKind.ACCESS, PackageKind.PORTABILITY, PackageKind.NO_DATA) and (
        catalogue is None or register is None
    ):
        raise DpoError("Le catalogue des sources et le registre sont nécessaires à cette réponse.")
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        case = load_case(session, reference, for_update=False)
        detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
        number = next_production_number(case)
    language = language or detail.language or "fr"
    if language not in ("fr", "en"):
        raise InvalidInput({"language": f"Langue « {language} » inconnue : fr ou en."})
    document_reference = f"{detail.reference}-{kind.code}-{number:02d}"
    folder = Path(out) if out else export_folder(ctx, detail.reference)
    data = _letter_data(ctx, detail, kind, settings.organisation, language)
    letterhead = Letterhead(
        settings.organisation.name,
        settings.organisation.address,
        settings.organisation.registration,
        settings.organisation.logo,
    )
    extra: list[Any] = []
    annex: list[Any] = []
    side_files: list[tuple[str, bytes]] = []
    redactions = 0
    if kind is PackageKind.ACCESS:
        content = _access(ctx, detail, catalogue, register, language)  # type: ignore[arg-type]
        if not content.records:
            raise DpoError(
                "Aucun enregistrement n’est inclus dans la revue : répondre par le courrier "
                "« aucune donnée » (no-data), ou revoir les enregistrements."
            )
        extra = access_doc.information_sections(content)
        annex = access_doc.data_annex(content)
        side_files.append(
            (f"{document_reference}-donnees.json", _json_bytes(access_doc.access_json(content)))
        )
        redactions = sum(r.count for r in content.redactions)
        if content.redactions:
            side_files.append(
                (f"{document_reference}-caviardages.json", _redactions_json(content.redactions))
            )
    elif kind is PackageKind.NO_DATA:
        _check_nothing_found(ctx, detail, catalogue)  # type: ignore[arg-type]
    letter_pdf = BytesIO()
    letters.write_letter(
        letter_pdf,
        kind.letter,
        data,
        letterhead=letterhead,
        document_reference=document_reference,
        extra=extra,
        annex=annex,
        wording_override=wording_override,
    )
    written, password = _write_files(
        ctx,
        detail,
        kind,
        folder,
        document_reference,
        letter_pdf.getvalue(),
        side_files,
        encrypt,
        catalogue,
        register,
    )
    return record_produced(
        ctx,
        detail.reference,
        kind,
        document_reference,
        written,
        password,
        redactions,
        wording_override,
        encrypt,
        language,
    )


def next_production_number(case: Case) -> int:
    """Productions are numbered in the case: ``…-AR-01``, then ``…-ACCES-02`` (one number
    for a package of several files)."""
    pattern = re.compile(rf"^{re.escape(case.reference)}-[A-Z]+-(\d+)")
    numbers = [
        int(found.group(1))
        for d in case.documents
        if d.role == "produced" and (found := pattern.match(d.filename))
    ]
    return max(numbers, default=0) + 1


def default_wording(
    ctx: ServiceContext,
    reference: str,
    kind: PackageKind,
    language: str | None = None,
    *,
    kept: bool = True,
) -> list[str]:
    """The editable paragraphs of the letter: the DPO's last edit for this kind and language
    (unless ``kept`` is false), else the default wording filled in for the case."""
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        case = load_case(session, reference, for_update=False)
        detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
        edits = [
            d for d in case.documents if d.role == WORDING_ROLE and f"-{kind.code}-" in d.filename
        ]
        if edits and kept:
            latest = max(edits, key=lambda d: d.id)
            stored = json.loads((ctx.documents_dir / latest.stored_as).read_text("utf-8"))
            if stored.get("language") == (language or detail.language):
                return list(stored["paragraphs"])
    data = _letter_data(ctx, detail, kind, settings.organisation, language or detail.language)
    return letters.editable_paragraphs(kind.letter, data)


def export_folder(ctx: ServiceContext, reference: str) -> Path:
    """Where a case's documents go: the export folder, one sub-folder per case."""
    return default_folder(ctx) / reference


def _json_bytes(content: Any) -> bytes:
    return json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")


def _redactions_json(redactions: Sequence[access_doc.Redaction]) -> bytes:
    return _json_bytes(
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


def _person(detail: CaseDetail) -> PersonIdentity:
    return PersonIdentity(
        detail.reference,
        detail.person_name,
        tuple((IdentityKind(i.kind.value), i.normalized) for i in detail.identifiers),
    )


def _access(
    ctx: ServiceContext,
    detail: CaseDetail,
    catalogue: Catalogue,
    register: Register,
    language: str,
) -> access_doc.AccessContent:
    snapshot = gather_service.snapshot_content(ctx, detail.reference)
    return access_content(
        _person(detail), snapshot, catalogue, register, language=language, generated_at=ctx.now()
    )


def _check_nothing_found(ctx: ServiceContext, detail: CaseDetail, catalogue: Catalogue) -> None:
    snapshot = gather_service.snapshot_content(ctx, detail.reference)
    if included_findings(snapshot, detail.reference):
        raise DpoError(
            "Des enregistrements sont inclus dans la revue : la réponse « aucune donnée » "
            "ne convient pas ; produire la réponse d’accès."
        )


def _write_files(
    ctx: ServiceContext,
    detail: CaseDetail,
    kind: PackageKind,
    folder: Path,
    document_reference: str,
    letter: bytes,
    side_files: list[tuple[str, bytes]],
    encrypt: bool,
    catalogue: Catalogue | None,
    register: Register | None,
) -> tuple[list[Written], str | None]:
    letter_name = f"{document_reference}.pdf"
    if kind is PackageKind.PORTABILITY:
        export = _portability_export(ctx, detail, catalogue, register)  # type: ignore[arg-type]
        if encrypt:
            password = generate_password()
            members = {letter_name: letter, **portability_files(export)}
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
    if not encrypt:
        return [
            write_bytes_new(folder, letter_name, letter),
            *(write_bytes_new(folder, name, data) for name, data in side_files),
        ], None
    password = generate_password()
    plain = write_bytes_new(folder / ".clair", letter_name, letter)
    try:
        locked = encrypt_pdf(plain.path, folder, letter_name, password=password)
    finally:
        plain.path.unlink(missing_ok=True)
        _remove_empty(folder / ".clair")
    written = [locked.written]
    if side_files:
        zipped = encrypt_zip(
            dict(side_files), folder, f"{document_reference}-donnees.zip", password=password
        )
        written.append(zipped.written)
    return written, password


def _remove_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty, or already gone: leave it
        folder.rmdir()


def _portability_export(
    ctx: ServiceContext, detail: CaseDetail, catalogue: Catalogue, register: Register
) -> PortabilityExport:
    snapshot = gather_service.snapshot_content(ctx, detail.reference)
    included_findings(snapshot, detail.reference)  # complete review, or a clear refusal
    selection = portable_records(snapshot or {}, catalogue, register)
    return PortabilityExport(
        reference=detail.reference,
        person=detail.person_name,
        controller=register.controller,
        generated_at=ctx.now(),
        records=selection.records,
    )


def record_produced(
    ctx: ServiceContext,
    reference: str,
    kind: PackageKind,
    document_reference: str,
    written: list[Written],
    password: str | None,
    redactions: int,
    wording_override: Sequence[str] | None,
    encrypted: bool,
    language: str,
) -> Produced:
    """Copy each file into the case's documents and journal the production."""
    files: list[ProducedFile] = []
    copied: list[str] = []
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        for item in written:
            number = len(case.documents) + 1
            relative, digest, size = store_copy(
                item.path, ctx.documents_dir, case.reference, number
            )
            copied.append(relative)
            document = _document(ctx, "produced", item.path.name, relative, digest, size)
            case.documents.append(document)
            session.flush()
            files.append(ProducedFile(item.path, item.sha256, item.size, document.id))
        if wording_override is not None:
            _keep_wording(ctx, case, document_reference, wording_override, copied, language)
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.package_produced",
            case_reference=case.reference,
            details={
                "package": kind.value,
                "document": document_reference,
                "files": [{"name": f.path.name, "sha256": f.sha256} for f in files],
                "encrypted": encrypted,
                "redactions": redactions,
            },
        )
        session.commit()
    return Produced(reference, kind, document_reference, tuple(files), password, redactions)


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
    ctx: ServiceContext,
    case: Case,
    document_reference: str,
    paragraphs: Sequence[str],
    copied: list[str],
    language: str,
) -> None:
    """The letter's language with the edit: an English letter's edit is not a French one."""
    content = _json_bytes({"language": language, "paragraphs": list(paragraphs)})
    name = f"{document_reference}-redaction.json"
    holder = write_bytes_new(ctx.documents_dir / case.reference / ".redaction", name, content)
    try:
        number = len(case.documents) + 1
        relative, digest, size = store_copy(holder.path, ctx.documents_dir, case.reference, number)
    finally:
        holder.path.unlink(missing_ok=True)
        _remove_empty(holder.path.parent)
    copied.append(relative)
    case.documents.append(_document(ctx, WORDING_ROLE, name, relative, digest, size))


# -- What the letters say ----------------------------------------------------------------------


def _letter_data(
    ctx: ServiceContext,
    detail: CaseDetail,
    kind: PackageKind,
    organisation: settings_service.Organisation,
    language: str,
) -> letters.LetterData:
    deadline = detail.deadline
    emails = [i.value for i in detail.identifiers if i.kind.value == "email"]
    fields: dict[str, Any] = {}
    if kind is PackageKind.ACKNOWLEDGEMENT:
        fields["due_on"] = deadline.due
    elif kind is PackageKind.INFORMATION_REQUEST:
        asked = _last_event_text(detail, EventKind.INFO_REQUESTED)
        if asked is None:
            raise DpoError(
                "Enregistrer d’abord la demande d’informations (ce qui est demandé) : "
                "le courrier en reprend le contenu."
            )
        fields["needed"] = tuple(
            line.strip("–- ").strip() for line in asked.splitlines() if line.strip()
        )
    elif kind is PackageKind.EXTENSION:
        reasons = _last_event_text(detail, EventKind.EXTENDED)
        if reasons is None or not deadline.extended:
            raise DpoError(
                "Enregistrer d’abord la prolongation et ses motifs : le courrier en reprend la "
                "nouvelle échéance et les raisons."
            )
        fields.update(new_due_on=deadline.due, reasons=reasons, due_on=deadline.first_due)
    elif kind is PackageKind.REFUSAL:
        refused = [
            r for r in detail.rights if r.outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED)
        ]
        if not refused:
            raise DpoError(
                "Aucun droit n’est refusé, même en partie : décider d’abord (avec le "
                "fondement juridique)."
            )
        fields.update(
            reasons=" ; ".join(r.legal_ground or "" for r in refused),
            legal_ground=" ; ".join(r.legal_ground or "" for r in refused),
            total=all(r.outcome is Outcome.REFUSED for r in detail.rights),
        )
    elif kind is PackageKind.RESTRICTION_LIFT_NOTICE:
        # Announced by services.execute.announce_restriction_lift (a note with its data).
        lifts = [e for e in detail.timeline if e.data and "restriction_lift" in e.data]
        if not lifts:
            raise DpoError(
                "Annoncer d’abord la levée de la limitation (date et motifs) : le courrier "
                "les reprend."
            )
        fields.update(
            lift_on=date.fromisoformat(lifts[-1].data["restriction_lift"]["on"]),  # type: ignore[index]
            reasons=lifts[-1].text or "",
        )
    elif kind in EXECUTED:
        fields.update(_what_was_done(ctx, detail, kind))
    return letters.LetterData(
        reference=detail.reference,
        received_on=deadline.received_on,
        today=ctx.today(),
        recipient_name=detail.representative_name or detail.person_name,
        organisation_name=organisation.name,
        language=language,
        recipient_address=detail.postal_address or "",
        recipient_email="" if detail.postal_address else (emails[0] if emails else ""),
        organisation_address=organisation.address,
        dpo_name=organisation.dpo_name,
        dpo_email=organisation.dpo_email,
        dpo_phone=organisation.dpo_phone,
        dpo_address=organisation.dpo_address,
        rights=tuple(r.right for r in detail.rights),
        subject_name=detail.person_name if detail.representative_name else "",
        **fields,
    )


_RIGHT_OF = {
    PackageKind.RECTIFICATION: "rectification",
    PackageKind.ERASURE: "erasure",
    PackageKind.RESTRICTION: "restriction",
    PackageKind.OBJECTION: "objection",
    PackageKind.CONSENT_WITHDRAWAL: "objection",  # carried out as an opt-out, like objection
}


def _what_was_done(ctx: ServiceContext, detail: CaseDetail, kind: PackageKind) -> dict[str, Any]:
    """The answer quotes the execution: what was done per system, what was kept and why."""
    from ..actions.plan import Action
    from .execute import latest_execution

    execution = latest_execution(ctx, detail.reference, _RIGHT_OF[kind])
    if execution is None or execution.applied_at is None:
        raise DpoError(
            "Exécuter d’abord ce droit dans les systèmes (onglet Exécution, ou « oklima-dpo "
            "execute ») : la réponse dit ce qui a été fait et ce qui a été conservé."
        )
    done: list[str] = []
    kept: list[letters.Kept] = []
    for source in execution.plan.sources:
        counts: dict[Action, int] = {}
        grounds: dict[str, int] = {}
        for record in source.records:
            if record.action is Action.KEEP:
                ground = record.ground or record.reason
                grounds[ground] = grounds.get(ground, 0) + 1
            elif record.action is Action.CORRECT:  # the person reads what now stands
                done += [
                    f"{source.name} — {record.table_label} : {change.field} « {change.old} » "
                    f"→ « {change.new} »"
                    for change in record.changes
                ]
            else:
                counts[record.action] = counts.get(record.action, 0) + 1
        for action, count in counts.items():
            done.append(f"{source.name} : {action.label_fr} ({count} enregistrement(s))")
        for ground, count in grounds.items():
            kept.append(letters.Kept(f"{source.name} ({count} enregistrement(s))", ground))
    suppressed = kind in (PackageKind.OBJECTION, PackageKind.CONSENT_WITHDRAWAL) and _on_list(
        ctx, detail
    )
    return {"what_was_done": tuple(done), "kept": tuple(kept), "suppression_list": suppressed}


def _on_list(ctx: ServiceContext, detail: CaseDetail) -> bool:
    from .objection import is_suppressed

    identifiers = [(i.kind.value, i.normalized) for i in detail.identifiers]
    return bool(is_suppressed(ctx, identifiers))


def _last_event_text(detail: CaseDetail, kind: EventKind) -> str | None:
    texts = [e.text for e in detail.timeline if e.kind is kind and e.text]
    return texts[-1] if texts else None


def produced_documents(ctx: ServiceContext, reference: str) -> list[DocumentView]:
    """The files produced for the case (with their ids, for :func:`mark_sent`); no journal."""
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        case = load_case(session, reference, for_update=False)
        detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
    return [d for d in detail.documents if d.role == "produced"]


# -- Sent ------------------------------------------------------------------------------------------


def mark_sent(
    ctx: ServiceContext,
    reference: str,
    document_ids: Sequence[int],
    *,
    channel: str,
    on: date | None = None,
) -> CaseDetail:
    """The documents left by ``channel``: journaled with each file's SHA-256; an answer moves
    the case to answered (or refused), an acknowledgement takes it in charge."""
    channel = " ".join(channel.split())
    if not channel:
        raise InvalidInput({"channel": "Indiquer comment les documents sont partis."})
    if not document_ids:
        raise InvalidInput({"documents": "Choisir au moins un document envoyé."})
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        case = load_case(session, reference)
        produced = {d.id: d for d in case.documents if d.role == "produced"}
        unknown = [i for i in document_ids if i not in produced]
        if unknown:
            raise InvalidInput(
                {
                    "documents": f"Le document n° {unknown[0]} n’a pas été produit "
                    "pour cette demande."
                }
            )
        sent = [produced[i] for i in document_ids]
        kinds = {_kind_of(d.filename) for d in sent}
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.documents_sent",
            case_reference=case.reference,
            details={
                "channel": channel,
                "on": (on or ctx.today()).isoformat(),
                "files": [{"name": d.filename, "sha256": d.sha256} for d in sent],
            },
        )
        status = Status(case.status)
        if any(k is not None and k.is_answer for k in kinds):
            answer_sent_in(session, ctx, case, settings.policy, on, channel)
        elif PackageKind.ACKNOWLEDGEMENT in kinds and is_allowed(status, EventKind.ACKNOWLEDGED):
            record_event(
                session,
                ctx,
                case,
                EventKind.ACKNOWLEDGED,
                policy=settings.policy,
                on=on,
                text=channel,
            )
        session.commit()
        return detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)


def _kind_of(filename: str) -> PackageKind | None:
    for kind in PackageKind:
        if f"-{kind.code}-" in filename:
            return kind
    return None
