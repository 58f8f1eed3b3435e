"""The deadline alerts the DPO sees at start-up and every hour (LEGAL.md §1, end).

Pure rules over plain inputs: which open cases need attention today, and why.

* **J-7**: the deadline in force is 3 to 7 days away (``2 < days left ≤ 7``).
* **J-2**: it is 0 to 2 days away (``0 ≤ days left ≤ 2``; 0 means today).
* **Overdue**: it has passed (``days left < 0``).
* **Reminder due**: information was asked and no answer has come for ``reminder_days`` days
  (a setting, 15 by default; LEGAL.md §1.5): remind the person, or close for lack of answer.
* **Owner's task late**: a system's owner was asked to do something (erase paper archives,
  a file…) and the day their answer was due has passed (``owner_task_days``, a setting, 10 by
  default): remind them (a reminder is prepared as an e-mail).
* **Extension notice limit**: the case is not extended, an extension is still possible
  (today ≤ first deadline) and the first deadline — the limit for telling the person — is
  at most 3 days away (LEGAL.md §1.6).

While the clock is stopped (information asked, suspension enabled) the deadline moves every
day: no J-7, J-2 or extension-notice alert then, only the reminder. A deadline already passed
before the clock stopped stays passed, so "overdue" is still said.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .french import NBSP, fr_date, typography
from .workflow import Status

#: An alert for the extension notice when the first deadline is this close (days).
EXTENSION_NOTICE_WARNING_DAYS = 3
J7_DAYS = 7
J2_DAYS = 2


class AlertKind(StrEnum):
    """Declared from the most to the least urgent: alerts are sorted in this order."""

    OVERDUE = "overdue"
    DUE_J2 = "due_j2"
    EXTENSION_NOTICE = "extension_notice"
    DUE_J7 = "due_j7"
    TASK_LATE = "task_late"
    REMINDER_DUE = "reminder_due"

    @property
    def label_fr(self) -> str:
        return ALERT_LABELS_FR[self]

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {kind: n for n, kind in enumerate(AlertKind)}

ALERT_LABELS_FR: dict[AlertKind, str] = {
    AlertKind.OVERDUE: "en retard",
    AlertKind.DUE_J2: "J-2",
    AlertKind.EXTENSION_NOTICE: "limite de prolongation",
    AlertKind.DUE_J7: "J-7",
    AlertKind.TASK_LATE: "tâche en retard",
    AlertKind.REMINDER_DUE: "relance due",
}


@dataclass(frozen=True, slots=True)
class WatchedCase:
    """What the alert rules need to know of a case."""

    reference: str
    person_name: str
    status: Status
    first_due: date  # the first deadline (also the limit for the extension notice)
    due: date  # the deadline in force (extended or not, live while the clock is stopped)
    extended: bool
    clock_stopped: bool
    info_requested_on: date | None = None  # the request for information still unanswered


@dataclass(frozen=True, slots=True)
class LateTask:
    """An owner's task still open after the day its answer was due."""

    reference: str
    person_name: str
    task_id: int
    source_name: str  # the system (« Archives papier »)
    owner: str  # the team that holds it
    due_on: date


@dataclass(frozen=True, slots=True)
class Alert:
    kind: AlertKind
    reference: str
    person_name: str
    on: date  # the deadline; the notice limit; for a reminder, the day information was asked
    days: int  # days left before ``on`` (negative: late); for a reminder, days waited
    message: str  # French, without the reference: « Échéance le 27/03/2025, dans 2 jours. »

    @property
    def text(self) -> str:
        """The whole sentence, for a notification or a log-free status line."""
        return typography(f"{self.reference} ({self.person_name}) : {self.message}")


def alerts_for(
    cases: Iterable[WatchedCase],
    today: date,
    reminder_days: int = 15,
    late_tasks: Iterable[LateTask] = (),
) -> list[Alert]:
    """Every alert of the open cases among ``cases`` and of the owners' tasks late, the most
    urgent first, then by date."""
    found: list[Alert] = []
    for case in cases:
        if not case.status.is_open:
            continue
        found += _alerts_of(case, today)
        reminder = _reminder(case, today, reminder_days)
        if reminder is not None:
            found.append(reminder)
    found += [_task_late(task, today) for task in late_tasks if task.due_on < today]
    return sorted(found, key=lambda a: (a.kind.rank, a.on, a.reference))


def _task_late(task: LateTask, today: date) -> Alert:
    late = (today - task.due_on).days
    return Alert(
        AlertKind.TASK_LATE,
        task.reference,
        task.person_name,
        task.due_on,
        -late,
        f"Tâche n°{NBSP}{task.task_id} ({task.source_name}, {task.owner}) attendue le "
        f"{fr_date(task.due_on)}, en retard de {_days(late)}{NBSP}: relancer son propriétaire.",
    )


def _alerts_of(case: WatchedCase, today: date) -> list[Alert]:
    alerts = []
    days_left = (case.due - today).days
    if days_left < 0:
        alerts.append(
            _alert(
                AlertKind.OVERDUE,
                case,
                case.due,
                days_left,
                f"En retard de {_days(-days_left)}{NBSP}: l’échéance était le {fr_date(case.due)}.",
            )
        )
    elif not case.clock_stopped and days_left <= J7_DAYS:
        kind = AlertKind.DUE_J2 if days_left <= J2_DAYS else AlertKind.DUE_J7
        alerts.append(
            _alert(
                kind,
                case,
                case.due,
                days_left,
                f"Échéance le {fr_date(case.due)}, {_when(days_left)}.",
            )
        )
    notice_left = (case.first_due - today).days
    if (
        not case.extended
        and not case.clock_stopped
        and 0 <= notice_left <= EXTENSION_NOTICE_WARNING_DAYS
    ):
        alerts.append(
            _alert(
                AlertKind.EXTENSION_NOTICE,
                case,
                case.first_due,
                notice_left,
                "Pour prolonger, informer la personne au plus tard le "
                f"{fr_date(case.first_due)} ({_when(notice_left)}).",
            )
        )
    return alerts


def _reminder(case: WatchedCase, today: date, reminder_days: int) -> Alert | None:
    asked = case.info_requested_on
    if case.status is not Status.AWAITING_INFO or asked is None:
        return None
    waited = (today - asked).days
    if waited < reminder_days:
        return None
    return _alert(
        AlertKind.REMINDER_DUE,
        case,
        asked,
        waited,
        f"Informations demandées le {fr_date(asked)}, sans réponse depuis {_days(waited)}{NBSP}: "
        "relancer la personne, ou clôturer faute de réponse.",
    )


def _alert(kind: AlertKind, case: WatchedCase, on: date, days: int, message: str) -> Alert:
    """``message`` is written with its French spaces already (many alerts: no regex pass)."""
    return Alert(kind, case.reference, case.person_name, on, days, message)


def _days(n: int) -> str:
    """« 1 jour », « 3 jours » (French: singular below 2)."""
    return f"{n}{NBSP}jour" if n < 2 else f"{n}{NBSP}jours"


def _when(days_left: int) -> str:
    if days_left == 0:
        return "aujourd’hui"
    if days_left == 1:
        return "demain"
    return f"dans {_days(days_left)}"
