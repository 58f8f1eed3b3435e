"""The Art. 19 notice to one recipient: a letter (PDF) kept in the case, and, when asked, a
prepared e-mail (.eml, unsent) carrying it, for the DPO to send from the mail program."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path

from ...documents import letters
from ...documents.files import write_bytes_new
from ...documents.letter_data import LetterData
from ...documents.letter_filling import format_date
from ...domain.answers import LetterKind
from ...store.models import Case
from ..answers.produce import letterhead_of
from ..answers.recording import (
    ProducedFile,
    export_folder,
    next_production_number,
    record_produced_in,
)
from ..cases.casework import load_case
from ..cases.gates import checklist_in
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput
from ..mail_drafts import draft, write_draft
from ..settings.model import read as read_settings
from .notices import MEASURES, STATUS_LABELS, WHEN, measures_in, notice_task

__all__ = ["NoticeProduced", "produce_notice"]


@dataclass(frozen=True, slots=True)
class NoticeProduced:
    task_id: int
    document_reference: str
    files: tuple[ProducedFile, ...]  # the PDF letter, and the .eml when asked


def _subject_identifier(case: Case) -> str:
    """What the recipient needs to find the person, and no more: a number rather than an
    e-mail, an e-mail rather than a phone."""
    by_kind: dict[str, list[str]] = {}
    for identifier in case.person.identifiers:
        by_kind.setdefault(identifier.kind, []).append(identifier.value)
    for kind in ("customer_no", "contract_no", "email", "phone"):
        if by_kind.get(kind):
            return ", ".join(by_kind[kind])
    return ""


def produce_notice(
    ctx: ServiceContext,
    reference: str,
    task_id: int,
    *,
    address: str = "",
    email: str = "",
    as_email: bool = False,
    language: str = "fr",
    out: Path | None = None,
) -> NoticeProduced:
    """The Art. 19 letter to the task's recipient (PDF), kept in the case; ``as_email`` also
    writes a prepared e-mail (.eml, unsent) to ``email`` carrying the letter."""
    if language not in ("fr", "en"):
        raise InvalidInput({"language": f"Langue « {language} » inconnue : fr ou en."})
    email = email.strip()
    if as_email and not email:
        raise InvalidInput({"email": "Indiquer l’adresse e-mail du destinataire."})
    register = ctx.configuration.register()
    known = {r.id: r for a in register.activities for r in a.recipients}
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        organisation = settings.organisation
        case = load_case(uow, reference)
        checklist_in(uow, ctx, case, settings, letter=LetterKind.ART19_NOTICE).check()
        task = notice_task(uow, case, task_id)
        if task.status in ("acknowledged", "cancelled"):
            raise DpoError(
                f"La notification n° {task.id} est {STATUS_LABELS[task.status]} : rien à produire."
            )
        recipient = known.get(task.target)
        if recipient is None:
            raise DpoError(f"Destinataire « {task.target} » absent du registre.")
        measures = measures_in(uow, case)
        number = next_production_number(case)
        data = LetterData(
            reference=case.reference,
            received_on=case.received_on,
            today=ctx.today(),
            recipient_name=recipient.name.en if language == "en" else recipient.name.fr,
            organisation_name=organisation.name,
            language=language,
            recipient_address=address.strip(),
            recipient_email=email,
            organisation_address=organisation.address,
            dpo_name=organisation.dpo_name,
            dpo_email=organisation.dpo_email,
            dpo_phone=organisation.dpo_phone,
            dpo_address=organisation.dpo_address,
            subject_name=case.person.display_name,
            subject_identifier=_subject_identifier(case),
            what_was_done=tuple(
                f"{MEASURES[language][right]} ({_when(language, how)} {format_date(on, language)})"
                for right, how, on in measures
            ),
        )
        kind = LetterKind.ART19_NOTICE
        document_reference = f"{case.reference}-{kind.code}-{number:02d}"
        folder = Path(out) if out else export_folder(ctx, settings, case.reference)
        pdf = BytesIO()
        letters.write_letter(
            pdf,
            kind,
            data,
            letterhead=letterhead_of(organisation),
            document_reference=document_reference,
        )
        written = [write_bytes_new(folder, f"{document_reference}.pdf", pdf.getvalue())]
        if as_email:
            message = _email(data, document_reference, pdf.getvalue(), ctx.now())
            written.append(write_draft(folder, f"{document_reference}.eml", message))
        produced = record_produced_in(
            uow, ctx, case, kind, document_reference, written, language=language
        )
        task.document_id = produced.files[-1].document_id  # the e-mail when there is one
        task.updated_at = ctx.now().replace(tzinfo=None)
        task.updated_by = ctx.actor
        uow.journal.record(
            "case.notice_produced",
            case_reference=case.reference,
            details={
                "task": task.id,
                "recipient": task.target,
                "document": document_reference,
                "email": as_email,
            },
        )
        uow.commit()
    return NoticeProduced(task_id, document_reference, produced.files)


def _when(language: str, how: str) -> str:
    done, decided = WHEN[language]
    return done if how == "done" else decided


def _email(data: LetterData, document_reference: str, pdf: bytes, now: datetime) -> EmailMessage:
    """A draft the DPO opens in the mail program and sends (``X-Unsent``): the letter is
    attached, the body says the measures again."""
    subject = letters.letter_subject(LetterKind.ART19_NOTICE, data)
    measures = "\n".join(f"– {line}" for line in data.what_was_done)
    if data.language == "en":
        body = (
            f"Hello,\n\nPlease find attached our notification under Article 19 GDPR "
            f"(reference {data.reference}). The following measures are to be applied in your "
            f"processing as well:\n{measures}\n\nPlease confirm by replying to this message.\n\n"
            f"{data.dpo_name or 'The Data Protection Officer'}\n{data.organisation_name}\n"
        )
    else:
        body = (
            f"Bonjour,\n\nVeuillez trouver ci-joint notre notification au titre de l’article 19 "
            f"du RGPD (référence {data.reference}). Les mesures suivantes sont à appliquer "
            f"également dans vos traitements :\n{measures}\n\nMerci de nous confirmer leur mise "
            f"en œuvre en répondant à ce message.\n\n"
            f"{data.dpo_name or 'Le délégué à la protection des données'}\n"
            f"{data.organisation_name}\n"
        )
    message = draft(
        sender=data.dpo_email,
        to=data.recipient_email,
        subject=f"{subject} — {data.reference}",
        body=body,
        now=now,
    )
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=f"{document_reference}.pdf"
    )
    return message
