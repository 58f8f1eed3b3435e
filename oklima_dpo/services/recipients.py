"""Art. 19: telling each recipient of the person's data about a rectification, an erasure or a
restriction, and tracking each notice until the recipient acknowledges it.

The recipients are those the register names for the activities concerned: the activities of
the sources where included records were found, among those using the categories found. Only
processors and partners are notified: the internal departments are OKLIMA itself (the
execution reaches their systems), and public authorities receiving data for a particular
inquiry are not recipients (Art. 4(9)). Each recipient gets a task (kind ``notify``), produced
as a letter or as a prepared e-mail carrying it, marked sent, then acknowledged. The person's
answer can name the recipients (Art. 19, last sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from io import BytesIO
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..documents import letters
from ..documents.files import Written, write_bytes_new, write_new
from ..documents.pdf import Letterhead
from ..domain.case import Outcome
from ..domain.french import fr_date
from ..domain.register import Recipient, RecipientKind, Register, activities_using, recipients_of
from ..domain.rights import Right
from ..sources.catalogue import Catalogue
from ..store import journal
from ..store.models import Case, Execution, Finding, Task
from . import respond
from . import settings as settings_service
from .casework import load_case
from .context import ServiceContext
from .errors import DpoError, InvalidInput, NotFound

__all__ = [
    "ART19_RIGHTS",
    "NOTIFIED_KINDS",
    "NoticeProduced",
    "NoticeView",
    "RecipientLine",
    "acknowledge_notice",
    "list_notices",
    "mark_notice_sent",
    "plan_notices",
    "produce_notice",
    "recipients_for_person",
]

ART19_RIGHTS = (Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION)
NOTIFIED_KINDS = frozenset({RecipientKind.PROCESSOR, RecipientKind.PARTNER})
DONE_EXECUTIONS = ("applied", "partly", "verified")
STATUS_LABELS = {
    "open": "à envoyer",
    "sent": "envoyée, accusé de réception attendu",
    "acknowledged": "prise en compte par le destinataire",
    "cancelled": "annulée",
}
MEASURES = {
    "fr": {
        Right.RECTIFICATION: "Rectification des données inexactes ou incomplètes de la personne",
        Right.ERASURE: "Effacement des données de la personne, hors celles que la loi "
        "impose de conserver",
        Right.RESTRICTION: "Limitation du traitement : les données sont conservées mais ne "
        "doivent plus être utilisées",
    },
    "en": {
        Right.RECTIFICATION: "Rectification of the person’s inaccurate or incomplete data",
        Right.ERASURE: "Erasure of the person’s data, except those the law requires to keep",
        Right.RESTRICTION: "Restriction of processing: the data are kept but must no longer "
        "be used",
    },
}
WHEN = {
    "fr": ("réalisé le", "décidé le"),
    "en": ("carried out on", "decided on"),
}


@dataclass(frozen=True, slots=True)
class NoticeView:
    task_id: int
    recipient_id: str
    recipient_name: str
    status: str
    status_label: str
    document_id: int | None  # the notice produced (the letter, or the e-mail carrying it)
    answer: str | None  # how it was sent, then the recipient's acknowledgement
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class RecipientLine:
    """A recipient as the person's answer names it (Art. 19: on request)."""

    id: str
    name: str
    kind: str  # « sous-traitant », « partenaire »
    examples: str | None
    notice_status: str | None  # where its notice stands, when there is one


@dataclass(frozen=True, slots=True)
class NoticeProduced:
    task_id: int
    document_reference: str
    files: tuple[respond.ProducedFile, ...]  # the PDF letter, and the .eml when asked


# -- which rights and which recipients -----------------------------------------------------


def _measures(session: Session, case: Case) -> list[tuple[Right, str, date]]:
    """The Art. 19 rights of the case: (right, « réalisé » | « décidé », date).

    An execution carried out counts first; else a decision granting the right (in part).
    """
    done: dict[Right, tuple[str, date]] = {}
    executions = session.scalars(
        select(Execution)
        .where(Execution.case_id == case.id, Execution.status.in_(DONE_EXECUTIONS))
        .order_by(Execution.id)
    )
    for execution in executions:
        if execution.right in {r.value for r in ART19_RIGHTS} and execution.applied_at:
            done[Right(execution.right)] = ("done", execution.applied_at.date())
    for row in case.rights:
        right = Right(row.right)
        granted = row.outcome in (Outcome.GRANTED.value, Outcome.PARTLY_GRANTED.value)
        if right in ART19_RIGHTS and right not in done and granted and row.decided_at:
            done[right] = ("decided", row.decided_at.date())
    return [(right, *done[right]) for right in ART19_RIGHTS if right in done]


def _concerned(
    session: Session, case: Case, catalogue: Catalogue, register: Register
) -> tuple[Recipient, ...]:
    """Recipients of the activities of the sources where included records were found, among
    the activities using the categories found; only those notified (see the module)."""
    rows = session.scalars(
        select(Finding).where(
            Finding.case_id == case.id, Finding.included.is_(True), Finding.change != "gone"
        )
    ).all()
    source_activities = {
        activity
        for row in rows
        if row.source_id in catalogue.sources
        for activity in catalogue.sources[row.source_id].activities
    }
    categories = {f.get("category") for row in rows for f in row.fields if f.get("category")}
    # Fields purged (minimisation): the sources' activities alone say where the data went.
    using = (
        {a.id for a in activities_using(register, categories)} if categories else source_activities
    )
    activities = [a for a in register.activities if a.id in source_activities & using]
    return tuple(r for r in recipients_of(activities) if r.kind in NOTIFIED_KINDS)


def _view(task: Task, names: dict[str, str]) -> NoticeView:
    return NoticeView(
        task.id,
        task.target,
        names.get(task.target, task.target),
        task.status,
        STATUS_LABELS.get(task.status, task.status),
        task.document_id,
        task.answer,
        task.updated_at,
    )


def _notify_tasks(session: Session, case: Case) -> list[Task]:
    return list(
        session.scalars(
            select(Task).where(Task.case_id == case.id, Task.kind == "notify").order_by(Task.id)
        )
    )


def _names(register: Register | None) -> dict[str, str]:
    if register is None:
        return {}
    return {r.id: r.name.fr for a in register.activities for r in a.recipients}


def plan_notices(
    ctx: ServiceContext, reference: str, *, catalogue: Catalogue, register: Register
) -> list[NoticeView]:
    """A ``notify`` task per recipient concerned (idempotent: one per recipient and case)."""
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        measures = _measures(session, case)
        if not measures:
            raise DpoError(
                f"La demande {case.reference} ne comporte ni rectification, ni effacement, ni "
                "limitation décidés ou réalisés : aucune notification de l’article 19."
            )
        tasks = _notify_tasks(session, case)
        have = {t.target for t in tasks if t.status != "cancelled"}
        now = ctx.now().replace(tzinfo=None)
        words = ", ".join(MEASURES["fr"][right].split(" ")[0].lower() for right, _, _ in measures)
        created = []
        for recipient in _concerned(session, case, catalogue, register):
            if recipient.id in have:
                continue
            task = Task(
                case_id=case.id,
                kind="notify",
                target=recipient.id,
                description=(
                    f"Notifier à « {recipient.name.fr} » ({recipient.kind.label_fr}) les "
                    f"mesures de la demande {case.reference} ({words}), article 19 du RGPD, "
                    "et obtenir sa confirmation."
                ),
                status="open",
                created_at=now,
                updated_at=now,
                updated_by=ctx.actor,
            )
            session.add(task)
            tasks.append(task)
            created.append(recipient.id)
        session.flush()
        if created:
            journal.append(
                session,
                at=ctx.now(),
                actor=ctx.actor,
                action="case.notices_planned",
                case_reference=case.reference,
                details={"recipients": created, "rights": [r.value for r, _, _ in measures]},
            )
        session.commit()
        return [_view(t, _names(register)) for t in tasks]


def list_notices(
    ctx: ServiceContext, reference: str, register: Register | None = None
) -> list[NoticeView]:
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        return [_view(t, _names(register)) for t in _notify_tasks(session, case)]


def recipients_for_person(
    ctx: ServiceContext,
    reference: str,
    *,
    register: Register,
    catalogue: Catalogue | None = None,
) -> list[RecipientLine]:
    """The recipients the person's answer can name: those notified (planned) for the case,
    else, with the ``catalogue``, those concerned by what was found."""
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference, for_update=False)
        tasks = {t.target: t for t in _notify_tasks(session, case) if t.status != "cancelled"}
        known = {r.id: r for a in register.activities for r in a.recipients}
        if tasks:
            chosen = [known[i] for i in tasks if i in known]
        elif catalogue is not None:
            chosen = list(_concerned(session, case, catalogue, register))
        else:
            chosen = []
        return [
            RecipientLine(
                r.id,
                r.name.fr,
                r.kind.label_fr,
                r.examples.fr if r.examples else None,
                tasks[r.id].status if r.id in tasks else None,
            )
            for r in chosen
        ]


# -- the notice ----------------------------------------------------------------------------


def _task(session: Session, case: Case, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.case_id != case.id or task.kind != "notify":
        raise NotFound(f"Aucune notification n° {task_id} dans la demande {case.reference}.")
    return task


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
    register: Register,
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
    known = {r.id: r for a in register.activities for r in a.recipients}
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        organisation = settings.organisation
        case = load_case(session, reference, for_update=False)
        task = _task(session, case, task_id)
        if task.status in ("acknowledged", "cancelled"):
            raise DpoError(
                f"La notification n° {task.id} est {STATUS_LABELS[task.status]} : rien à produire."
            )
        recipient = known.get(task.target)
        if recipient is None:
            raise DpoError(f"Destinataire « {task.target} » absent du registre.")
        measures = _measures(session, case)
        number = respond.next_production_number(case)
        data = letters.LetterData(
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
                f"{MEASURES[language][right]} ({_when(language, how)} "
                f"{letters.format_date(on, language)})"
                for right, how, on in measures
            ),
        )
        case_reference = case.reference
    kind = respond.PackageKind.ART19_NOTICE
    document_reference = f"{case_reference}-{kind.code}-{number:02d}"
    folder = Path(out) if out else respond.export_folder(ctx, case_reference)
    pdf = BytesIO()
    letters.write_letter(
        pdf,
        letters.LetterKind.ART19_NOTICE,
        data,
        letterhead=Letterhead(
            organisation.name, organisation.address, organisation.registration, organisation.logo
        ),
        document_reference=document_reference,
    )
    written = [write_bytes_new(folder, f"{document_reference}.pdf", pdf.getvalue())]
    if as_email:
        message = _email(data, document_reference, pdf.getvalue(), ctx.now())
        written.append(_write_eml(folder, f"{document_reference}.eml", message))
    produced = respond.record_produced(
        ctx, case_reference, kind, document_reference, written, None, 0, None, False, language
    )
    with ctx.store.unit_of_work() as session:
        case = load_case(session, case_reference)
        task = _task(session, case, task_id)
        task.document_id = produced.files[-1].document_id  # the e-mail when there is one
        task.updated_at = ctx.now().replace(tzinfo=None)
        task.updated_by = ctx.actor
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action="case.notice_produced",
            case_reference=case.reference,
            details={
                "task": task.id,
                "recipient": task.target,
                "document": document_reference,
                "email": as_email,
            },
        )
        session.commit()
    return NoticeProduced(task_id, document_reference, produced.files)


def _when(language: str, how: str) -> str:
    done, decided = WHEN[language]
    return done if how == "done" else decided


def _email(
    data: letters.LetterData, document_reference: str, pdf: bytes, now: datetime
) -> EmailMessage:
    """A draft the DPO opens in the mail program and sends (``X-Unsent``): the letter is
    attached, the body says the measures again."""
    subject = letters.letter_subject(letters.LetterKind.ART19_NOTICE, data)
    message = EmailMessage()
    message["Subject"] = f"{subject} — {data.reference}"
    if data.dpo_email:
        message["From"] = data.dpo_email
    message["To"] = data.recipient_email
    message["Date"] = format_datetime(now.astimezone(UTC))
    message["Message-ID"] = make_msgid(domain="oklima-dpo.invalid")
    message["X-Unsent"] = "1"
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
    message.set_content(body)
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=f"{document_reference}.pdf"
    )
    return message


def _write_eml(folder: Path, name: str, message: EmailMessage) -> Written:
    return write_new(folder, name, lambda handle: handle.write(message.as_bytes()))


# -- tracking ------------------------------------------------------------------------------


def _update(
    ctx: ServiceContext,
    reference: str,
    task_id: int,
    *,
    allowed: Sequence[str],
    status: str,
    answer: str,
    action: str,
    why_not: str,
) -> NoticeView:
    answer = " ".join(answer.split())
    with ctx.store.unit_of_work() as session:
        case = load_case(session, reference)
        task = _task(session, case, task_id)
        if task.status not in allowed:
            raise DpoError(
                f"La notification n° {task.id} est {STATUS_LABELS.get(task.status, task.status)} "
                f": {why_not}."
            )
        task.status = status
        task.answer = answer
        task.updated_at = ctx.now().replace(tzinfo=None)
        task.updated_by = ctx.actor
        journal.append(
            session,
            at=ctx.now(),
            actor=ctx.actor,
            action=action,
            case_reference=case.reference,
            details={"task": task.id, "recipient": task.target, "status": status},
        )
        session.commit()
        return _view(task, {})


def mark_notice_sent(
    ctx: ServiceContext, reference: str, task_id: int, *, channel: str, on: date | None = None
) -> NoticeView:
    """The notice left by ``channel`` (« courrier », « e-mail à … »); it must be produced."""
    channel = " ".join(channel.split())
    if not channel:
        raise InvalidInput({"channel": "Indiquer comment la notification est partie."})
    with ctx.store.unit_of_work() as session:
        task = _task(session, load_case(session, reference, for_update=False), task_id)
        if task.document_id is None:
            raise DpoError(f"Produire d’abord la notification n° {task.id} (lettre ou e-mail).")
    day = on or ctx.today()
    return _update(
        ctx,
        reference,
        task_id,
        allowed=("open",),
        status="sent",
        answer=f"Envoyée le {fr_date(day)} : {channel}",
        action="case.notice_sent",
        why_not="seule une notification à envoyer peut partir",
    )


def acknowledge_notice(
    ctx: ServiceContext, reference: str, task_id: int, *, answer: str, on: date | None = None
) -> NoticeView:
    """The recipient confirmed it applied the measures: the notice is done."""
    answer = " ".join(answer.split())
    if not answer:
        raise InvalidInput({"answer": "Indiquer la réponse du destinataire."})
    with ctx.store.unit_of_work() as session:
        task = _task(session, load_case(session, reference, for_update=False), task_id)
        previous = task.answer or ""
    day = on or ctx.today()
    text = f"{previous} — confirmée le {fr_date(day)} : {answer}".lstrip(" —")
    return _update(
        ctx,
        reference,
        task_id,
        allowed=("sent",),
        status="acknowledged",
        answer=text,
        action="case.notice_acknowledged",
        why_not="seule une notification envoyée peut être confirmée",
    )
