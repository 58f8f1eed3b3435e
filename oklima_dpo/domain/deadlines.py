"""Legal deadlines of a request (GDPR Art. 12(3), Regulation 1182/71), see LEGAL.md §1.

1. The clock starts the day the request reaches the company; that day is not counted.
2. One month later is the same day number of the next month, capped to that month's end.
3. Days during which the clock was suspended (waiting for information) are added.
4. Only then a Saturday, a Sunday or a French public holiday moves to the next working day.
An extension gives receipt + 3 months (+ suspended days, then rule 4); the person must be told
before the first deadline, which is therefore also the limit for the extension notice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache

from dateutil.relativedelta import relativedelta

from .errors import DeadlineRuleError
from .french import fr_date, fr_weekday, paris_day, typography


class Calendar(StrEnum):
    """Which public holidays count (Code du travail L3133-1; L3134-13 for Alsace-Moselle)."""

    NATIONAL = "national"
    ALSACE_MOSELLE = "alsace-moselle"

    @property
    def label_fr(self) -> str:
        return {"national": "national", "alsace-moselle": "Alsace-Moselle"}[self.value]


class ExtensionReading(StrEnum):
    """How the extended deadline is read; LEGAL.md §1.6. The DPO's choice, never silent."""

    #: Receipt + 3 months (month-end capping), + suspended days, then rule 4. The default.
    RECEIPT_PLUS_THREE_MONTHS = "receipt_plus_3_months"
    #: The first deadline before rule 4, + 2 months: earlier after a capped month end.
    FIRST_DEADLINE_PLUS_TWO_MONTHS = "first_deadline_plus_2_months"


@dataclass(frozen=True, slots=True)
class Suspension:
    """The clock stops from the day information is asked to the day the answer arrives."""

    start: date
    end: date | None = None  # None: still waiting, counted up to today

    def days(self, today: date) -> int:
        return max(0, ((self.end or today) - self.start).days)


#: One year's public holidays of a calendar (day → French name), or None when it does not know
#: that year. The program's is the shipped file generated from ``holidays``.
HolidaySource = Callable[[int, Calendar], Mapping[date, str] | None]


class PublicHolidays:
    """Where deadlines read public holidays: ``table`` first (the shipped file, which spares
    start-up the ``holidays`` package), the ``holidays`` package for any year it does not
    know. Each year's answer is kept; compared by identity (it is part of a policy)."""

    __slots__ = ("_next", "_years", "table")

    def __init__(self, table: HolidaySource | None = None) -> None:
        self.table = table
        self._years: dict[tuple[int, Calendar], Mapping[date, str]] = {}
        self._next: dict[tuple[date, Calendar], date] = {}

    def of(self, year: int, calendar: Calendar) -> Mapping[date, str]:
        """The public holidays of ``year``: day → French name (« a; b » when two fall
        together)."""
        found = self._years.get((year, calendar))
        if found is None:
            found = self.table(year, calendar) if self.table is not None else None
            if found is None:
                import holidays  # only then: loading every country's rules costs ~80 ms

                subdivision = "57" if calendar is Calendar.ALSACE_MOSELLE else None
                found = dict(holidays.France(subdiv=subdivision, language="fr", years=year))
            self._years[year, calendar] = found
        return found

    def name(self, day: date, calendar: Calendar) -> str | None:
        """The French name of the public holiday falling on ``day``, or None."""
        return self.of(day.year, calendar).get(day)

    def is_working_day(self, day: date, calendar: Calendar) -> bool:
        return day.weekday() < 5 and self.name(day, calendar) is None

    def next_working_day(self, day: date, calendar: Calendar) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        found = self._next.get((day, calendar))
        if found is None:
            found = day
            while not self.is_working_day(found, calendar):
                found += timedelta(days=1)
            self._next[day, calendar] = found
        return found


#: The ``holidays`` package alone: what a policy reads unless given the shipped file.
PACKAGE_HOLIDAYS = PublicHolidays()


@dataclass(frozen=True, slots=True)
class DeadlinePolicy:
    """The rules a deadline is computed by: the settings' choices, and where public holidays
    come from (the composition root gives the shipped file; alone, the ``holidays``
    package)."""

    calendar: Calendar = Calendar.NATIONAL
    suspension_enabled: bool = True
    extension_reading: ExtensionReading = ExtensionReading.RECEIPT_PLUS_THREE_MONTHS
    holidays: PublicHolidays = field(default=PACKAGE_HOLIDAYS, repr=False)

    def holiday_name(self, day: date) -> str | None:
        return self.holidays.name(day, self.calendar)

    def next_working_day(self, day: date) -> date:
        return self.holidays.next_working_day(day, self.calendar)


def holiday_name(
    day: date, calendar: Calendar, holidays: PublicHolidays = PACKAGE_HOLIDAYS
) -> str | None:
    """The French name of the public holiday falling on ``day``, or None."""
    return holidays.name(day, calendar)


def is_working_day(
    day: date, calendar: Calendar = Calendar.NATIONAL, holidays: PublicHolidays = PACKAGE_HOLIDAYS
) -> bool:
    return holidays.is_working_day(day, calendar)


def next_working_day(
    day: date, calendar: Calendar = Calendar.NATIONAL, holidays: PublicHolidays = PACKAGE_HOLIDAYS
) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    return holidays.next_working_day(day, calendar)


@cache
def add_months(day: date, months: int) -> date:
    """Same day number ``months`` later, capped to the end of a shorter month.

    Cached: a queue of 100,000 cases holds a few thousand distinct receipt dates, and
    relativedelta costs microseconds per call.
    """
    return day + relativedelta(months=months)


@dataclass(frozen=True, slots=True)
class Deadline:
    """The deadlines of one request, with every intermediate date kept for the explanation."""

    received: date
    policy: DeadlinePolicy
    suspensions: tuple[Suspension, ...]
    today: date
    suspended_days: int
    one_month: date  # rule 2
    first_before_rollover: date  # rules 2 + 3
    due: date  # the first deadline: rules 2 + 3 + 4
    extended_before_rollover: date
    extended_due: date  # the date an extension gives (whether or not it was granted)
    extended: bool = False
    clock_stopped: bool = field(default=False)

    @property
    def extension_notice_by(self) -> date:
        """The person must be told of an extension before the first deadline passes."""
        return self.due

    @property
    def effective_due(self) -> date:
        return self.extended_due if self.extended else self.due

    def can_extend(self, on: date) -> bool:
        return not self.extended and on <= self.extension_notice_by

    @property
    def explanation_first(self) -> str:
        return typography(" ; ".join(self._first_steps()))

    @property
    def explanation_extended(self) -> str:
        return typography(" ; ".join(self._extended_steps()))

    @property
    def explanation(self) -> str:
        """The deadline in force, in words, e.g. « reçue le 05/03/2025 ; un mois → … »."""
        steps = self._first_steps()
        if self.extended:
            steps += self._extended_steps(repeat_receipt=False)
        return typography(" ; ".join(steps))

    # -- the words ----------------------------------------------------------------------
    def _first_steps(self) -> list[str]:
        steps = [f"reçue le {fr_date(self.received)}"]
        capped = self.one_month.day != self.received.day
        step = f"un mois → {fr_date(self.one_month)}"
        if capped:
            step += f" (pas de {self.received.day} dans ce mois : dernier jour du mois)"
        steps.append(step)
        steps += self._suspension_steps(self.first_before_rollover)
        steps += _rollover_steps(self.first_before_rollover, self.due, self.policy)
        return steps

    def _extended_steps(self, repeat_receipt: bool = True) -> list[str]:
        steps = [f"reçue le {fr_date(self.received)}"] if repeat_receipt else []
        reading = self.policy.extension_reading
        if reading is ExtensionReading.RECEIPT_PLUS_THREE_MONTHS:
            three = add_months(self.received, 3)
            step = f"prolongation de deux mois : réception + trois mois → {fr_date(three)}"
            if three.day != self.received.day:
                step += " (dernier jour du mois)"
            steps.append(step)
            steps += self._suspension_steps(self.extended_before_rollover)
        else:
            steps.append(
                "prolongation de deux mois comptés depuis le premier délai avant report "
                f"({fr_date(self.first_before_rollover)})"
                f" → {fr_date(self.extended_before_rollover)}"
            )
        steps += _rollover_steps(self.extended_before_rollover, self.extended_due, self.policy)
        return steps

    def _suspension_steps(self, result: date) -> list[str]:
        if not self.suspensions:
            return []
        if not self.policy.suspension_enabled:
            return ["suspension pendant l’attente d’informations désactivée dans les réglages"]
        periods = []
        for suspension in self.suspensions:
            if suspension.end is None:
                periods.append(
                    f"du {fr_date(suspension.start)} à aujourd’hui {fr_date(self.today)}, "
                    "réponse toujours attendue"
                )
            else:
                periods.append(f"du {fr_date(suspension.start)} au {fr_date(suspension.end)}")
        days = self.suspended_days
        unit = "jour" if days <= 1 else "jours"  # French: « 0 jour », « 1 jour »
        return [f"+ {days} {unit} de suspension ({', '.join(periods)}) → {fr_date(result)}"]


def _rollover_steps(raw: date, due: date, policy: DeadlinePolicy) -> list[str]:
    """« samedi → lundi 07/04/2025 »; every public holiday passed over is named."""
    if raw == due:
        return []
    holiday = policy.holiday_name(raw)
    reason = fr_weekday(raw)
    if holiday:
        reason = f"{reason} {fr_date(raw)} férié ({holiday})"
    step = f"{reason} → {fr_weekday(due)} {fr_date(due)}"
    skipped = (raw + timedelta(days=n) for n in range(1, (due - raw).days))
    later = [
        f"{fr_weekday(d)} {fr_date(d)} férié aussi ({name})"
        for d in skipped
        if (name := policy.holiday_name(d))
    ]
    if later:
        step += " — " + ", ".join(later)
    return [step]


def compute_deadline(
    received: date,
    *,
    suspensions: Iterable[Suspension] = (),
    extended: bool = False,
    policy: DeadlinePolicy = DeadlinePolicy(),
    today: date | None = None,
) -> Deadline:
    """The first and extended deadlines of a request received on ``received``.

    ``today`` only matters for a suspension still open (its days run up to today).
    """
    today = today or paris_day(datetime.now(UTC))
    suspensions = tuple(sorted(suspensions, key=lambda s: s.start))
    for suspension in suspensions:
        if suspension.start < received or (suspension.end and suspension.end < suspension.start):
            raise DeadlineRuleError(
                f"Suspension du {fr_date(suspension.start)}"
                + (f" au {fr_date(suspension.end)}" if suspension.end else "")
                + f" : elle doit commencer après la réception ({fr_date(received)}) et finir "
                "après avoir commencé."
            )
    suspended_days = sum(s.days(today) for s in suspensions) if policy.suspension_enabled else 0
    one_month = add_months(received, 1)
    first_raw = one_month + timedelta(days=suspended_days)
    due = policy.next_working_day(first_raw)
    if policy.extension_reading is ExtensionReading.RECEIPT_PLUS_THREE_MONTHS:
        extended_raw = add_months(received, 3) + timedelta(days=suspended_days)
    else:
        extended_raw = add_months(first_raw, 2)
    return Deadline(
        received=received,
        policy=policy,
        suspensions=suspensions,
        today=today,
        suspended_days=suspended_days,
        one_month=one_month,
        first_before_rollover=first_raw,
        due=due,
        extended_before_rollover=extended_raw,
        extended_due=policy.next_working_day(extended_raw),
        extended=extended,
        clock_stopped=policy.suspension_enabled and any(s.end is None for s in suspensions),
    )


@cache
def due_dates(
    received: date,
    suspended_days: int,
    policy: DeadlinePolicy = DeadlinePolicy(),
) -> tuple[date, date]:
    """The first and the extended deadlines alone, for queues of many cases (cached: many
    cases share a receipt date)."""
    days = suspended_days if policy.suspension_enabled else 0
    first_raw = add_months(received, 1) + timedelta(days=days)
    if policy.extension_reading is ExtensionReading.RECEIPT_PLUS_THREE_MONTHS:
        extended_raw = add_months(received, 3) + timedelta(days=days)
    else:
        extended_raw = add_months(first_raw, 2)
    return policy.next_working_day(first_raw), policy.next_working_day(extended_raw)


class Urgency(StrEnum):
    """How pressing an open request is; the queue shows it by colour AND icon."""

    OVERDUE = "overdue"  # the deadline has passed
    DUE_IN_2 = "due_in_2"  # 0 to 2 days left (J-2)
    DUE_IN_7 = "due_in_7"  # 3 to 7 days left (J-7)
    SUSPENDED = "suspended"  # waiting for information: the clock is stopped
    ON_TRACK = "on_track"
    DONE = "done"  # answered, refused, closed or withdrawn: no clock


def urgency_of(days_left: int, *, is_open: bool, clock_stopped: bool) -> Urgency:
    if not is_open:
        return Urgency.DONE
    if clock_stopped:
        return Urgency.SUSPENDED
    if days_left < 0:
        return Urgency.OVERDUE
    if days_left <= 2:
        return Urgency.DUE_IN_2
    if days_left <= 7:
        return Urgency.DUE_IN_7
    return Urgency.ON_TRACK


def describe_days_left(days: int) -> str:
    """« J-5 », « aujourd’hui », « en retard de 3 j »: how queues show the time left."""
    if days > 0:
        return f"J-{days}"
    if days == 0:
        return "aujourd’hui"
    return f"en retard de {-days}\u00a0j"


def check_extension_allowed(deadline: Deadline, on: date) -> None:
    """Raise unless an extension decided on ``on`` is still lawful (before the first deadline)."""
    if deadline.extended:
        raise DeadlineRuleError(
            "La demande est déjà prolongée : une seule prolongation de deux mois."
        )
    if on > deadline.extension_notice_by:
        raise DeadlineRuleError(
            f"Prolongation impossible le {fr_date(on)} : la personne doit en être informée "
            f"avant l’expiration du premier délai, le {fr_date(deadline.due)}."
        )
