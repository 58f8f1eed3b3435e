"""Statuses of a request and the steps allowed between them.

Every change of a case is an event; an event may move the case to another status. The table
below is the whole workflow: a step not listed for a status is refused with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import ForbiddenTransition


class Status(StrEnum):
    RECEIVED = "received"
    AWAITING_INFO = "awaiting_info"
    IN_PROGRESS = "in_progress"
    IN_REVIEW = "in_review"
    ANSWERED = "answered"
    CLOSED = "closed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"

    @property
    def label_fr(self) -> str:
        return STATUS_LABELS_FR[self]

    @property
    def is_open(self) -> bool:
        """The legal clock runs (or is suspended) until an answer leaves or the case ends."""
        return self in OPEN_STATUSES


STATUS_LABELS_FR: dict[Status, str] = {
    Status.RECEIVED: "reçue",
    Status.AWAITING_INFO: "en attente d’informations",
    Status.IN_PROGRESS: "en cours",
    Status.IN_REVIEW: "à valider",
    Status.ANSWERED: "répondue",
    Status.CLOSED: "clôturée",
    Status.REFUSED: "refusée",
    Status.WITHDRAWN: "retirée",
}

OPEN_STATUSES = frozenset(
    {Status.RECEIVED, Status.AWAITING_INFO, Status.IN_PROGRESS, Status.IN_REVIEW}
)


class EventKind(StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    INFO_REQUESTED = "info_requested"
    INFO_RECEIVED = "info_received"
    IDENTITY_VERIFIED = "identity_verified"
    EXTENDED = "extended"
    DATA_GATHERED = "data_gathered"
    DECISION = "decision"
    SENT = "sent"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    REOPENED = "reopened"
    NOTE = "note"
    GATE_OVERRIDDEN = "gate_overridden"  # a warning of a checklist lifted, with a reason

    @property
    def label_fr(self) -> str:
        return EVENT_LABELS_FR[self]


EVENT_LABELS_FR: dict[EventKind, str] = {
    EventKind.RECEIVED: "demande reçue",
    EventKind.ACKNOWLEDGED: "accusé de réception",
    EventKind.INFO_REQUESTED: "informations demandées",
    EventKind.INFO_RECEIVED: "informations reçues",
    EventKind.IDENTITY_VERIFIED: "identité vérifiée",
    EventKind.EXTENDED: "délai prolongé",
    EventKind.DATA_GATHERED: "données rassemblées",
    EventKind.DECISION: "décision",
    EventKind.SENT: "réponse envoyée",
    EventKind.CLOSED: "clôture",
    EventKind.WITHDRAWN: "retrait de la demande",
    EventKind.REOPENED: "réouverture",
    EventKind.NOTE: "note",
    EventKind.GATE_OVERRIDDEN: "avertissement levé",
}

_OPEN = tuple(OPEN_STATUSES)
_DONE = (Status.ANSWERED, Status.REFUSED, Status.CLOSED, Status.WITHDRAWN)


@dataclass(frozen=True, slots=True)
class Step:
    """What an event does: from which statuses it is allowed, and where it leads."""

    allowed_from: tuple[Status, ...]
    leads_to: Status | None  # None: the status stays as it is
    why_not: str  # said when the event is refused


STEPS: dict[EventKind, Step] = {
    EventKind.ACKNOWLEDGED: Step(
        (Status.RECEIVED,), Status.IN_PROGRESS, "l’accusé de réception se fait à l’arrivée"
    ),
    EventKind.INFO_REQUESTED: Step(
        # From review too: the legal team may find that the request needs clarifying.
        (Status.RECEIVED, Status.IN_PROGRESS, Status.IN_REVIEW),
        Status.AWAITING_INFO,
        "une demande d’informations part d’une demande ouverte, et une seule à la fois",
    ),
    EventKind.INFO_RECEIVED: Step(
        (Status.AWAITING_INFO,),
        Status.IN_PROGRESS,
        "aucune demande d’informations n’attend de réponse",
    ),
    EventKind.IDENTITY_VERIFIED: Step(
        (Status.RECEIVED, Status.AWAITING_INFO, Status.IN_PROGRESS, Status.IN_REVIEW),
        None,
        "l’identité se vérifie tant que la demande est ouverte",
    ),
    EventKind.EXTENDED: Step(
        (Status.RECEIVED, Status.AWAITING_INFO, Status.IN_PROGRESS, Status.IN_REVIEW),
        None,
        "seule une demande ouverte peut être prolongée",
    ),
    EventKind.DATA_GATHERED: Step(
        (Status.IN_PROGRESS, Status.IN_REVIEW),
        None,
        "les données se rassemblent une fois la demande prise en charge",
    ),
    EventKind.DECISION: Step(
        (Status.RECEIVED, Status.IN_PROGRESS, Status.IN_REVIEW),
        None,  # the service moves to IN_REVIEW once every right asked is decided
        "on décide sur une demande ouverte qui n’attend pas d’informations",
    ),
    EventKind.SENT: Step(
        (Status.IN_REVIEW,),
        None,  # ANSWERED, or REFUSED when every right was refused: see status_after_answer
        "la réponse part une fois chaque droit décidé et validé",
    ),
    EventKind.CLOSED: Step(
        (Status.ANSWERED, Status.REFUSED, Status.AWAITING_INFO),
        Status.CLOSED,
        "une demande se clôture une fois répondue ou refusée, "
        "ou faute de réponse à une demande d’informations",
    ),
    EventKind.WITHDRAWN: Step(
        _OPEN, Status.WITHDRAWN, "seule une demande encore ouverte peut être retirée"
    ),
    EventKind.REOPENED: Step(
        _DONE,
        Status.IN_PROGRESS,
        "seule une demande répondue, refusée, clôturée ou retirée se rouvre",
    ),
    EventKind.NOTE: Step(tuple(Status), None, ""),
    EventKind.GATE_OVERRIDDEN: Step(
        _OPEN, None, "un avertissement se lève tant que la demande est ouverte"
    ),
}


def check_allowed(status: Status, event: EventKind) -> None:
    """Raise :class:`ForbiddenTransition` unless ``event`` may happen in ``status``."""
    step = STEPS.get(event)
    if step is None:
        raise ForbiddenTransition(f"L’étape « {event.label_fr} » ne s’enregistre pas à la main.")
    if status not in step.allowed_from:
        raise ForbiddenTransition(
            f"Impossible d’enregistrer « {event.label_fr} » : la demande est "
            f"« {status.label_fr} », et {step.why_not}."
        )


def is_allowed(status: Status, event: EventKind) -> bool:
    step = STEPS.get(event)
    return step is not None and status in step.allowed_from


def next_status(status: Status, event: EventKind) -> Status:
    """The status after ``event``; raises when the event is not allowed."""
    check_allowed(status, event)
    return STEPS[event].leads_to or status


def status_after_decision(status: Status, all_rights_decided: bool) -> Status:
    """A decision starts the work; the last one sends the case to review before it leaves."""
    if all_rights_decided:
        return Status.IN_REVIEW
    return Status.IN_PROGRESS if status is Status.RECEIVED else status


def status_after_answer(all_refused: bool) -> Status:
    return Status.REFUSED if all_refused else Status.ANSWERED
