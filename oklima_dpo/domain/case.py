"""What a request is made of, beyond rights and statuses: channels, decisions, and how the
deadline follows from the events of its timeline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .deadlines import Deadline, DeadlinePolicy, Suspension, compute_deadline
from .workflow import EventKind


class Channel(StrEnum):
    EMAIL = "email"
    POST = "post"
    WEB = "web"
    PHONE = "phone"
    IN_PERSON = "in_person"

    @property
    def label_fr(self) -> str:
        return {
            "email": "e-mail",
            "post": "courrier",
            "web": "formulaire web",
            "phone": "téléphone",
            "in_person": "en personne",
        }[self.value]


class Outcome(StrEnum):
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"

    @property
    def label_fr(self) -> str:
        return {
            "granted": "accordé",
            "partly_granted": "partiellement accordé",
            "refused": "refusé",
        }[self.value]

    @property
    def needs_ground(self) -> bool:
        """A refusal, total or partial, must give its legal ground (Art. 12(4))."""
        return self is not Outcome.GRANTED


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """The part of an event that the deadline depends on."""

    kind: EventKind
    on: date


_ENDS_SUSPENSION = {EventKind.INFO_RECEIVED, EventKind.CLOSED, EventKind.WITHDRAWN}


def suspensions_from(events: Iterable[TimelineEvent]) -> list[Suspension]:
    """Pair each request for information with the answer (or the end of the case) after it."""
    suspensions: list[Suspension] = []
    started: date | None = None
    for event in events:
        if event.kind is EventKind.INFO_REQUESTED and started is None:
            started = event.on
        elif event.kind in _ENDS_SUSPENSION and started is not None:
            suspensions.append(Suspension(started, event.on))
            started = None
    if started is not None:
        suspensions.append(Suspension(started, None))
    return suspensions


def deadline_from(
    received: date,
    events: Iterable[TimelineEvent],
    policy: DeadlinePolicy,
    today: date | None = None,
) -> Deadline:
    """The deadline follows from the timeline; it is never typed by hand."""
    events = list(events)
    return compute_deadline(
        received,
        suspensions=suspensions_from(events),
        extended=any(e.kind is EventKind.EXTENDED for e in events),
        policy=policy,
        today=today,
    )
