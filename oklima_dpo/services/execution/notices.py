"""Art. 19: telling each recipient of the person's data about a rectification, an erasure or a
restriction, and tracking each notice until the recipient acknowledges it.

The recipients are those the register names for the activities concerned: the activities of
the sources where included records were found, among those using the categories found. Only
processors and partners are notified: the internal departments are OKLIMA itself (the
execution reaches their systems), and public authorities receiving data for a particular
inquiry are not recipients (Art. 4(9)). Each recipient gets a task (kind ``notify``), produced
as a letter or as a prepared e-mail carrying it (``notice_letter``), marked sent, then
acknowledged. The person's answer can name the recipients (Art. 19, last sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ...domain.case import Outcome
from ...domain.catalogue import Catalogue
from ...domain.french import fr_date
from ...domain.register import Recipient, RecipientKind, Register
from ...domain.register_queries import activities_using, recipients_of
from ...domain.rights import ART19_RIGHTS, Right
from ...store.models import Case, Task
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import load_case
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput, NotFound
from .views import APPLIED

__all__ = [
    "ART19_RIGHTS",
    "MEASURES",
    "NOTIFIED_KINDS",
    "NoticeView",
    "RecipientLine",
    "acknowledge_notice",
    "list_notices",
    "mark_notice_sent",
    "measures_in",
    "notice_task",
    "plan_notices",
    "recipient_names",
    "recipients_for_person",
]

NOTIFY = "notify"  # the kind of a notice's task
NOTIFIED_KINDS = frozenset({RecipientKind.PROCESSOR, RecipientKind.PARTNER})
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

    # What may be done now, as ``notice_letter.produce_notice``, ``mark_notice_sent`` and
    # ``acknowledge_notice`` accept it.
    @property
    def may_produce(self) -> bool:
        return self.status in ("open", "sent")

    @property
    def may_mark_sent(self) -> bool:
        """Produced and not sent yet."""
        return self.status == "open" and self.document_id is not None

    @property
    def may_acknowledge(self) -> bool:
        return self.status == "sent"


@dataclass(frozen=True, slots=True)
class RecipientLine:
    """A recipient as the person's answer names it (Art. 19: on request)."""

    id: str
    name: str
    kind: str  # « sous-traitant », « partenaire »
    examples: str | None
    notice_status: str | None  # where its notice stands, when there is one


# -- which rights and which recipients -----------------------------------------------------


def measures_in(uow: UnitOfWork, case: Case) -> list[tuple[Right, str, date]]:
    """The Art. 19 rights of the case: (right, « réalisé » | « décidé », date).

    An execution carried out counts first; else a decision granting the right (in part).
    """
    done: dict[Right, tuple[str, date]] = {}
    for execution in uow.executions.for_case(case.id, statuses=APPLIED):
        if execution.right in {r.value for r in ART19_RIGHTS} and execution.applied_at:
            done[Right(execution.right)] = ("done", execution.applied_at.date())
    for row in case.rights:
        right = Right(row.right)
        granted = row.outcome in (Outcome.GRANTED.value, Outcome.PARTLY_GRANTED.value)
        if right in ART19_RIGHTS and right not in done and granted and row.decided_at:
            done[right] = ("decided", row.decided_at.date())
    return [(right, *done[right]) for right in ART19_RIGHTS if right in done]


def _concerned(
    uow: UnitOfWork, case: Case, catalogue: Catalogue, register: Register
) -> tuple[Recipient, ...]:
    """Recipients of the activities of the sources where included records were found, among
    the activities using the categories found; only those notified (see the module)."""
    rows = uow.findings.included(case.id)
    source_activities = {
        activity
        for row in rows
        if row.source_id in catalogue.sources
        for activity in catalogue.sources[row.source_id].activities
    }
    categories = {str(f["category"]) for row in rows for f in row.fields if f.get("category")}
    # Fields purged (minimisation): the sources' activities alone say where the data went.
    using = (
        {a.id for a in activities_using(register, categories)} if categories else source_activities
    )
    activities = [a for a in register.activities if a.id in source_activities & using]
    return tuple(r for r in recipients_of(activities) if r.kind in NOTIFIED_KINDS)


def notice_view(task: Task, names: dict[str, str]) -> NoticeView:
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


def notify_tasks(uow: UnitOfWork, case: Case) -> list[Task]:
    return uow.tasks.for_case(case.id, kinds=[NOTIFY])


def recipient_names(register: Register | None, language: str = "fr") -> dict[str, str]:
    """Each recipient of the register by its id, as a letter in ``language`` names it."""
    if register is None:
        return {}
    return {
        r.id: (r.name.en if language == "en" else r.name.fr)
        for a in register.activities
        for r in a.recipients
    }


def plan_notices(ctx: ServiceContext, reference: str) -> list[NoticeView]:
    """A ``notify`` task per recipient concerned (idempotent: one per recipient and case)."""
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue(uow)
        case = load_case(uow, reference)
        measures = measures_in(uow, case)
        if not measures:
            raise DpoError(
                f"La demande {case.reference} ne comporte ni rectification, ni effacement, ni "
                "limitation décidés ou réalisés : aucune notification de l’article 19."
            )
        tasks = notify_tasks(uow, case)
        have = {t.target for t in tasks if t.status != "cancelled"}
        now = ctx.now().replace(tzinfo=None)
        words = ", ".join(MEASURES["fr"][right].split(" ")[0].lower() for right, _, _ in measures)
        created = []
        for recipient in _concerned(uow, case, catalogue, register):
            if recipient.id in have:
                continue
            task = Task(
                case_id=case.id,
                kind=NOTIFY,
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
            tasks.append(uow.tasks.add(task))
            created.append(recipient.id)
        if created:
            uow.journal.record(
                "case.notices_planned",
                case_reference=case.reference,
                details={"recipients": created, "rights": [r.value for r, _, _ in measures]},
            )
        uow.commit()
        return [notice_view(t, recipient_names(register)) for t in tasks]


def list_notices(ctx: ServiceContext, reference: str) -> list[NoticeView]:
    """The case's Art. 19 notices, named from the register."""
    names = recipient_names(ctx.configuration.register())
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        return [notice_view(t, names) for t in notify_tasks(uow, case)]


def recipients_for_person(ctx: ServiceContext, reference: str) -> list[RecipientLine]:
    """The recipients the person's answer can name: those notified (planned) for the case,
    else, with a catalogue in use, those concerned by what was found."""
    register = ctx.configuration.register()
    with ctx.unit_of_work() as uow:
        catalogue = ctx.configuration.catalogue_if_any(uow)
        case = load_case(uow, reference, for_update=False)
        tasks = {t.target: t for t in notify_tasks(uow, case) if t.status != "cancelled"}
        known = {r.id: r for a in register.activities for r in a.recipients}
        if tasks:
            chosen = [known[i] for i in tasks if i in known]
        elif catalogue is not None:
            chosen = list(_concerned(uow, case, catalogue, register))
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


def notice_task(uow: UnitOfWork, case: Case, task_id: int) -> Task:
    """The case's notice ``task_id``, or :class:`NotFound`."""
    task = uow.tasks.get(case.id, task_id)
    if task is None or task.kind != NOTIFY:
        raise NotFound(f"Aucune notification n° {task_id} dans la demande {case.reference}.")
    return task


def _update_in(
    uow: UnitOfWork,
    ctx: ServiceContext,
    case: Case,
    task: Task,
    *,
    allowed: Sequence[str],
    status: str,
    answer: str,
    action: str,
    why_not: str,
) -> NoticeView:
    if task.status not in allowed:
        raise DpoError(
            f"La notification n° {task.id} est {STATUS_LABELS.get(task.status, task.status)} "
            f": {why_not}."
        )
    task.status = status
    task.answer = " ".join(answer.split())
    task.updated_at = ctx.now().replace(tzinfo=None)
    task.updated_by = ctx.actor
    uow.journal.record(
        action,
        case_reference=case.reference,
        details={"task": task.id, "recipient": task.target, "status": status},
    )
    return notice_view(task, {})


def mark_notice_sent(
    ctx: ServiceContext, reference: str, task_id: int, *, channel: str, on: date | None = None
) -> NoticeView:
    """The notice left by ``channel`` (« courrier », « e-mail à … »); it must be produced."""
    channel = " ".join(channel.split())
    if not channel:
        raise InvalidInput({"channel": "Indiquer comment la notification est partie."})
    day = on or ctx.today()
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        task = notice_task(uow, case, task_id)
        if task.document_id is None:
            raise DpoError(f"Produire d’abord la notification n° {task.id} (lettre ou e-mail).")
        view = _update_in(
            uow,
            ctx,
            case,
            task,
            allowed=("open",),
            status="sent",
            answer=f"Envoyée le {fr_date(day)} : {channel}",
            action="case.notice_sent",
            why_not="seule une notification à envoyer peut partir",
        )
        uow.commit()
        return view


def acknowledge_notice(
    ctx: ServiceContext, reference: str, task_id: int, *, answer: str, on: date | None = None
) -> NoticeView:
    """The recipient confirmed it applied the measures: the notice is done."""
    answer = " ".join(answer.split())
    if not answer:
        raise InvalidInput({"answer": "Indiquer la réponse du destinataire."})
    day = on or ctx.today()
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        task = notice_task(uow, case, task_id)
        previous = task.answer or ""
        view = _update_in(
            uow,
            ctx,
            case,
            task,
            allowed=("sent",),
            status="acknowledged",
            answer=f"{previous} — confirmée le {fr_date(day)} : {answer}".lstrip(" —"),
            action="case.notice_acknowledged",
            why_not="seule une notification envoyée peut être confirmée",
        )
        uow.commit()
        return view
