"""Legal deadlines (LEGAL.md §1: GDPR Art. 12(3), Regulation 1182/71).

The worked examples of LEGAL.md are tests, word for word; the rules behind them are then
checked as properties over a century of receipt dates.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oklima_dpo.domain.deadlines import (
    Calendar,
    Deadline,
    DeadlinePolicy,
    ExtensionReading,
    Suspension,
    add_months,
    check_extension_allowed,
    compute_deadline,
    describe_days_left,
    due_dates,
    holiday_name,
    is_working_day,
    next_working_day,
)
from oklima_dpo.domain.errors import DeadlineRuleError, DomainError
from oklima_dpo.domain.french import fr_date

NATIONAL = DeadlinePolicy()
ALSACE = DeadlinePolicy(calendar=Calendar.ALSACE_MOSELLE)
#: Far in the future: only an open suspension depends on "today", and it is given explicitly.
TODAY = date(2030, 1, 1)

D = date.fromisoformat


def deadline(
    received: str,
    *suspensions: Suspension,
    policy: DeadlinePolicy = NATIONAL,
    extended: bool = False,
    today: date = TODAY,
) -> Deadline:
    return compute_deadline(
        D(received), suspensions=suspensions, extended=extended, policy=policy, today=today
    )


# -- LEGAL.md §1, worked examples -------------------------------------------------------------

WORKED_EXAMPLES = [
    # received, policy, suspensions, due, due if extended
    pytest.param("2025-03-05", NATIONAL, (), "2025-04-07", "2025-06-05", id="5-apr-saturday"),
    pytest.param("2025-01-31", NATIONAL, (), "2025-02-28", "2025-04-30", id="no-31-feb"),
    pytest.param("2026-01-30", NATIONAL, (), "2026-03-02", "2026-04-30", id="capped-saturday"),
    pytest.param("2025-06-14", NATIONAL, (), "2025-07-15", "2025-09-15", id="14-july"),
    pytest.param("2025-10-01", NATIONAL, (), "2025-11-03", "2026-01-02", id="1-nov-1-jan"),
    pytest.param("2025-11-25", NATIONAL, (), "2025-12-26", "2026-02-25", id="christmas"),
    pytest.param("2025-11-25", ALSACE, (), "2025-12-29", "2026-02-25", id="alsace-26-dec"),
    pytest.param(
        "2025-03-10",
        NATIONAL,
        (Suspension(D("2025-03-12"), D("2025-03-20")),),
        "2025-04-18",
        "2025-06-18",
        id="8-days-suspended",
    ),
]


@pytest.mark.parametrize(
    ("received", "policy", "suspensions", "due", "extended_due"), WORKED_EXAMPLES
)
def test_worked_examples(
    received: str,
    policy: DeadlinePolicy,
    suspensions: tuple[Suspension, ...],
    due: str,
    extended_due: str,
) -> None:
    """Every row of the LEGAL.md §1 table: first deadline, extended one, notice limit."""
    first = deadline(received, *suspensions, policy=policy)
    assert first.due == D(due)
    assert first.extended_due == D(extended_due)
    # The extension must be notified before the first deadline passes (§1.6).
    assert first.extension_notice_by == D(due)
    assert first.effective_due == D(due)
    assert not first.extended

    extended = deadline(received, *suspensions, policy=policy, extended=True)
    assert extended.extended
    assert extended.due == D(due)
    assert extended.effective_due == D(extended_due)
    assert extended.extension_notice_by == D(due)


@pytest.mark.parametrize(
    ("received", "policy", "suspensions", "due", "extended_due"), WORKED_EXAMPLES
)
def test_due_dates_agrees_on_worked_examples(
    received: str,
    policy: DeadlinePolicy,
    suspensions: tuple[Suspension, ...],
    due: str,
    extended_due: str,
) -> None:
    """The fast path used by queues gives the same dates as the full computation."""
    suspended = sum(s.days(TODAY) for s in suspensions)
    assert due_dates(D(received), suspended, policy) == (D(due), D(extended_due))


def test_capped_month_end_then_rollover() -> None:
    """30 Jan 2026: capped to Saturday 28 Feb (rule 2), then Monday 2 March (rule 4)."""
    d = deadline("2026-01-30")
    assert d.one_month == D("2026-02-28")
    assert d.first_before_rollover == D("2026-02-28")
    assert d.due == D("2026-03-02")


def test_suspension_is_added_before_the_rollover() -> None:
    """Rule 3 before rule 4: 10 Apr + 8 days = Friday 18 Apr, a working day nationally."""
    d = deadline("2025-03-10", Suspension(D("2025-03-12"), D("2025-03-20")))
    assert d.one_month == D("2025-04-10")
    assert d.suspended_days == 8
    assert d.first_before_rollover == D("2025-04-18")
    assert d.extended_before_rollover == D("2025-06-18")


def test_receipt_on_a_weekend_starts_the_clock() -> None:
    """Rule 1: a request arriving on a Saturday counts from that Saturday."""
    assert D("2025-06-14").weekday() == 5
    assert deadline("2025-06-14").one_month == D("2025-07-14")


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2025-08-31", 1, "2025-09-30"),
        ("2025-03-05", 1, "2025-04-05"),
        ("2025-01-31", 3, "2025-04-30"),
        ("2025-11-30", 3, "2026-02-28"),
    ],
)
def test_add_months_caps_to_month_end(day: str, months: int, expected: str) -> None:
    """Rule 2: same day number, or the last day of a shorter month."""
    assert add_months(D(day), months) == D(expected)


# -- explanations in words ----------------------------------------------------------------------


def test_explanation_of_legal_example() -> None:
    """LEGAL.md: « reçue le 05/03/2025 ; un mois → 05/04/2025, samedi → lundi 07/04/2025 »."""
    d = deadline("2025-03-05")
    assert d.explanation_first == (
        "reçue le 05/03/2025\u00a0; un mois → 05/04/2025\u00a0; samedi → lundi 07/04/2025"
    )
    assert "samedi → lundi 07/04/2025" in d.explanation_first
    assert d.explanation == d.explanation_first
    assert d.explanation_extended == (
        "reçue le 05/03/2025\u00a0; "
        "prolongation de deux mois\u00a0: réception + trois mois → 05/06/2025"
    )


def test_explanation_of_capped_month() -> None:
    """A capped month end says why the day number changed."""
    d = deadline("2025-01-31")
    assert d.explanation_first == (
        "reçue le 31/01/2025\u00a0; un mois → 28/02/2025 "
        "(pas de 31 dans ce mois\u00a0: dernier jour du mois)"
    )
    assert d.explanation_extended == (
        "reçue le 31/01/2025\u00a0; prolongation de deux mois\u00a0: "
        "réception + trois mois → 30/04/2025 (dernier jour du mois)"
    )


def test_explanation_of_public_holiday() -> None:
    """A holiday is named, with its date, in the rollover step."""
    d = deadline("2025-06-14")
    assert d.explanation_first == (
        "reçue le 14/06/2025\u00a0; un mois → 14/07/2025\u00a0; "
        "lundi 14/07/2025 férié (Fête nationale) → mardi 15/07/2025"
    )
    assert d.explanation_extended == (
        "reçue le 14/06/2025\u00a0; prolongation de deux mois\u00a0: "
        "réception + trois mois → 14/09/2025\u00a0; dimanche → lundi 15/09/2025"
    )


def test_explanation_of_alsace_moselle_holiday() -> None:
    """In Alsace-Moselle, 26 Dec is a holiday too: Christmas Thursday → Monday."""
    d = deadline("2025-11-25", policy=ALSACE)
    assert d.explanation_first == (
        "reçue le 25/11/2025\u00a0; un mois → 25/12/2025\u00a0; "
        "jeudi 25/12/2025 férié (Noël) → lundi 29/12/2025"
        " — vendredi 26/12/2025 férié aussi (Saint-Étienne)"
    )


def test_explanation_of_extended_deadline_with_suspension() -> None:
    """The deadline in force, extended, repeats the suspension for the three months."""
    d = deadline("2025-03-10", Suspension(D("2025-03-12"), D("2025-03-20")), extended=True)
    assert d.explanation == (
        "reçue le 10/03/2025\u00a0; un mois → 10/04/2025\u00a0; "
        "+ 8 jours de suspension (du 12/03/2025 au 20/03/2025) → 18/04/2025\u00a0; "
        "prolongation de deux mois\u00a0: réception + trois mois → 10/06/2025\u00a0; "
        "+ 8 jours de suspension (du 12/03/2025 au 20/03/2025) → 18/06/2025"
    )


def test_explanation_of_open_suspension() -> None:
    """An unanswered request for information is counted up to today, and says so."""
    d = deadline("2025-03-10", Suspension(D("2025-03-12")), today=D("2025-03-15"))
    assert d.explanation_first == (
        "reçue le 10/03/2025\u00a0; un mois → 10/04/2025\u00a0; "
        "+ 3 jours de suspension (du 12/03/2025 à aujourd’hui 15/03/2025, "
        "réponse toujours attendue) → 13/04/2025\u00a0; dimanche → lundi 14/04/2025"
    )


def test_explanation_when_suspension_is_switched_off() -> None:
    """A suspension ignored by the settings is not silent: the explanation says so."""
    d = deadline(
        "2025-03-10",
        Suspension(D("2025-03-12"), D("2025-03-20")),
        policy=DeadlinePolicy(suspension_enabled=False),
    )
    assert d.explanation_first == (
        "reçue le 10/03/2025\u00a0; un mois → 10/04/2025\u00a0; "
        "suspension pendant l’attente d’informations désactivée dans les réglages"
    )


def test_explanation_of_first_deadline_plus_two_months_reading() -> None:
    """The careful reading of §1.6 names the date it starts from."""
    d = deadline(
        "2025-01-31",
        policy=DeadlinePolicy(extension_reading=ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS),
    )
    assert d.explanation_extended == (
        "reçue le 31/01/2025\u00a0; prolongation de deux mois comptés depuis le premier "
        "délai avant report (28/02/2025) → 28/04/2025"
    )


# -- suspensions ------------------------------------------------------------------------------


def test_several_suspensions_add_up() -> None:
    """8 + 3 suspended days: 10 Apr + 11 = Easter Monday 21 Apr 2025 → Tuesday 22."""
    d = deadline(
        "2025-03-10",
        # given out of order: the computation sorts them
        Suspension(D("2025-03-25"), D("2025-03-28")),
        Suspension(D("2025-03-12"), D("2025-03-20")),
    )
    assert d.suspended_days == 11
    assert d.first_before_rollover == D("2025-04-21")
    assert d.due == D("2025-04-22")
    assert [s.start for s in d.suspensions] == [D("2025-03-12"), D("2025-03-25")]
    assert d.explanation_first == (
        "reçue le 10/03/2025\u00a0; un mois → 10/04/2025\u00a0; + 11 jours de suspension "
        "(du 12/03/2025 au 20/03/2025, du 25/03/2025 au 28/03/2025) → 21/04/2025\u00a0; "
        "lundi 21/04/2025 férié (Lundi de Pâques) → mardi 22/04/2025"
    )


@pytest.mark.parametrize(
    ("today", "days", "due"),
    [
        ("2025-03-12", 0, "2025-04-10"),
        ("2025-03-15", 3, "2025-04-14"),
        ("2025-03-20", 8, "2025-04-18"),
    ],
)
def test_open_suspension_counts_up_to_today(today: str, days: int, due: str) -> None:
    """No answer yet: the days waited so far are added, and the clock is shown stopped."""
    d = deadline("2025-03-10", Suspension(D("2025-03-12")), today=D(today))
    assert d.suspended_days == days
    assert d.due == D(due)
    assert d.clock_stopped


def test_closed_suspension_does_not_stop_the_clock() -> None:
    d = deadline("2025-03-10", Suspension(D("2025-03-12"), D("2025-03-20")))
    assert not d.clock_stopped


def test_suspension_switched_off_is_ignored() -> None:
    """Setting off (§1.5): the clock never stops, the plain one-month date stands."""
    policy = DeadlinePolicy(suspension_enabled=False)
    d = deadline("2025-03-10", Suspension(D("2025-03-12"), D("2025-03-20")), policy=policy)
    assert d.suspended_days == 0
    assert d.due == D("2025-04-10")
    assert d.extended_due == D("2025-06-10")
    assert due_dates(D("2025-03-10"), 8, policy) == (D("2025-04-10"), D("2025-06-10"))


def test_suspension_switched_off_never_stops_the_clock() -> None:
    policy = DeadlinePolicy(suspension_enabled=False)
    d = deadline("2025-03-10", Suspension(D("2025-03-12")), policy=policy, today=D("2025-03-20"))
    assert d.due == D("2025-04-10")
    assert not d.clock_stopped


def test_suspension_days() -> None:
    """Calendar days from the question to the answer; never negative."""
    assert Suspension(D("2025-03-12"), D("2025-03-20")).days(TODAY) == 8
    assert Suspension(D("2025-03-12"), D("2025-03-12")).days(TODAY) == 0
    assert Suspension(D("2025-03-12")).days(D("2025-03-14")) == 2
    assert Suspension(D("2025-03-12")).days(D("2025-03-01")) == 0


# -- extension ----------------------------------------------------------------------------------


def test_extension_readings_differ_after_capped_month_end() -> None:
    """§1.6: receipt + 3 months (default) vs first deadline before rule 4 + 2 months."""
    careful = DeadlinePolicy(extension_reading=ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS)
    assert deadline("2025-01-31").extended_due == D("2025-04-30")
    assert deadline("2025-01-31", policy=careful).extended_due == D("2025-04-28")
    assert deadline("2025-01-31", policy=careful).due == D("2025-02-28")
    assert due_dates(D("2025-01-31"), 0, careful) == (D("2025-02-28"), D("2025-04-28"))
    assert DeadlinePolicy().extension_reading is ExtensionReading.RECEIPT_PLUS_THREE_MONTHS


def test_extension_allowed_up_to_the_last_day() -> None:
    """The person can be told on the day of the first deadline itself (end of that day)."""
    d = deadline("2025-03-05")
    check_extension_allowed(d, D("2025-03-06"))
    check_extension_allowed(d, D("2025-04-07"))
    assert d.can_extend(D("2025-04-07"))


def test_extension_refused_after_first_deadline() -> None:
    """After the first deadline an extension is unlawful; the message gives both dates."""
    d = deadline("2025-03-05")
    with pytest.raises(DeadlineRuleError) as raised:
        check_extension_allowed(d, D("2025-04-08"))
    assert str(raised.value) == (
        "Prolongation impossible le 08/04/2025\u00a0: la personne doit en être informée "
        "avant l’expiration du premier délai, le 07/04/2025."
    )
    assert isinstance(raised.value, DomainError)
    assert not d.can_extend(D("2025-04-08"))


def test_extension_refused_when_already_extended() -> None:
    """One extension of two months, not two."""
    d = deadline("2025-03-05", extended=True)
    with pytest.raises(DeadlineRuleError, match="déjà prolongée"):
        check_extension_allowed(d, D("2025-03-06"))
    assert not d.can_extend(D("2025-03-06"))


# -- queue wording --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (5, "J-5"),
        (1, "J-1"),
        (0, "aujourd’hui"),
        (-1, "en retard de 1\u00a0j"),
        (-3, "en retard de 3\u00a0j"),
    ],
)
def test_describe_days_left(days: int, text: str) -> None:
    assert describe_days_left(days) == text


# -- holidays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "national", "alsace"),
    [
        ("2025-06-09", False, False),  # Whit Monday
        ("2025-05-29", False, False),  # Ascension Thursday
        ("2025-04-21", False, False),  # Easter Monday
        ("2025-05-08", False, False),  # 8 May
        ("2025-12-25", False, False),
        ("2025-04-18", True, False),  # Good Friday: Alsace-Moselle only
        ("2025-12-26", True, False),  # Saint-Étienne: Alsace-Moselle only
        ("2025-04-17", True, True),  # an ordinary Thursday
        ("2025-04-05", False, False),  # a Saturday
        ("2025-04-06", False, False),  # a Sunday
    ],
)
def test_working_days(day: str, national: bool, alsace: bool) -> None:
    """French public holidays (L3133-1), plus Good Friday and 26 Dec in Alsace-Moselle."""
    assert is_working_day(D(day), Calendar.NATIONAL) is national
    assert is_working_day(D(day), Calendar.ALSACE_MOSELLE) is alsace


def test_holiday_names_are_french() -> None:
    assert holiday_name(D("2025-07-14"), Calendar.NATIONAL) == "Fête nationale"
    assert holiday_name(D("2025-04-18"), Calendar.NATIONAL) is None
    assert holiday_name(D("2025-04-18"), Calendar.ALSACE_MOSELLE) is not None


@pytest.mark.parametrize(
    ("calendar", "subdivision"), [(Calendar.NATIONAL, None), (Calendar.ALSACE_MOSELLE, "57")]
)
def test_holidays_come_from_the_holidays_package(
    calendar: Calendar, subdivision: str | None
) -> None:
    """No hand-made list: every day of 2024-2027 agrees with the `holidays` package."""
    table = holidays.France(subdiv=subdivision, years=range(2024, 2028))
    day = date(2024, 1, 1)
    while day < date(2028, 1, 1):
        assert is_working_day(day, calendar) is (day.weekday() < 5 and day not in table), day
        day += timedelta(days=1)


def test_next_working_day() -> None:
    assert next_working_day(D("2025-04-07")) == D("2025-04-07")
    assert next_working_day(D("2025-04-05")) == D("2025-04-07")
    assert next_working_day(D("2025-04-18"), Calendar.ALSACE_MOSELLE) == D("2025-04-22")


def test_calendar_labels() -> None:
    assert Calendar.NATIONAL.label_fr == "national"
    assert Calendar.ALSACE_MOSELLE.label_fr == "Alsace-Moselle"


# -- properties ----------------------------------------------------------------------------------

PROPERTY = settings(deadline=None)

RECEIPTS = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
POLICIES = st.builds(
    DeadlinePolicy,
    calendar=st.sampled_from(Calendar),
    suspension_enabled=st.booleans(),
    extension_reading=st.sampled_from(ExtensionReading),
)
#: (days after the receipt or the previous answer, days waited), at most three questions.
SHAPES = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 45)), max_size=3)
SHAPE = st.tuples(st.integers(0, 60), st.integers(0, 45))

_TABLES = {
    Calendar.NATIONAL: holidays.France(),
    Calendar.ALSACE_MOSELLE: holidays.France(subdiv="57"),
}


def make_suspensions(received: date, shapes: list[tuple[int, int]]) -> list[Suspension]:
    """Closed suspensions one after the other, starting after the receipt."""
    suspensions = []
    cursor = received
    for gap, length in shapes:
        start = cursor + timedelta(days=gap)
        cursor = start + timedelta(days=length)
        suspensions.append(Suspension(start, cursor))
    return suspensions


def compute(received: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy) -> Deadline:
    return compute_deadline(
        received, suspensions=make_suspensions(received, shapes), policy=policy, today=TODAY
    )


@PROPERTY
@given(RECEIPTS, SHAPES, POLICIES)
def test_deadline_is_a_working_day(
    received: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy
) -> None:
    """Rule 4: a deadline never falls on a weekend or a holiday of its calendar."""
    d = compute(received, shapes, policy)
    for day in (d.due, d.extended_due):
        assert day.weekday() < 5
        assert day not in _TABLES[policy.calendar]


@PROPERTY
@given(RECEIPTS, SHAPES, POLICIES)
def test_deadline_never_before_one_month(
    received: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy
) -> None:
    """Nothing brings the deadline before the raw one-month date."""
    d = compute(received, shapes, policy)
    assert d.due >= add_months(received, 1)
    assert d.one_month == add_months(received, 1)
    if policy.extension_reading is ExtensionReading.RECEIPT_PLUS_THREE_MONTHS:
        assert d.extended_due >= add_months(received, 3)


@PROPERTY
@given(RECEIPTS, RECEIPTS, SHAPES, POLICIES)
def test_later_receipt_never_gives_earlier_deadline(
    a: date, b: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy
) -> None:
    """Monotone: a request received later is never due earlier (first or extended)."""
    earlier, later = sorted((a, b))
    first, second = compute(earlier, shapes, policy), compute(later, shapes, policy)
    assert first.due <= second.due
    assert first.extended_due <= second.extended_due


@PROPERTY
@given(RECEIPTS, SHAPES, SHAPE, POLICIES)
def test_suspension_never_brings_deadline_forward(
    received: date,
    shapes: list[tuple[int, int]],
    extra: tuple[int, int],
    policy: DeadlinePolicy,
) -> None:
    """Waiting for the person's answer can only give more time, never less."""
    before = compute(received, shapes, policy)
    after = compute(received, [*shapes, extra], policy)
    assert after.due >= before.due
    assert after.extended_due >= before.extended_due


@PROPERTY
@given(RECEIPTS, SHAPES, POLICIES)
def test_extended_deadline_never_before_first(
    received: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy
) -> None:
    """Under either reading of §1.6, an extension gives at least two months more."""
    d = compute(received, shapes, policy)
    assert d.extended_due >= d.due
    assert d.extended_before_rollover >= d.first_before_rollover + timedelta(days=59)


@PROPERTY
@given(RECEIPTS, SHAPES, POLICIES)
def test_rollover_is_bounded(
    received: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy
) -> None:
    """Rules 3 and 4: exactly the suspended days are added, then at most a long weekend."""
    d = compute(received, shapes, policy)
    waited = sum(length for _, length in shapes) if policy.suspension_enabled else 0
    assert d.suspended_days == waited
    raw = add_months(received, 1) + timedelta(days=waited)
    assert d.first_before_rollover == raw
    assert 0 <= (d.due - raw).days <= 5
    assert 0 <= (d.extended_due - d.extended_before_rollover).days <= 5


@PROPERTY
@given(RECEIPTS, SHAPES, POLICIES)
def test_due_dates_agrees_with_compute_deadline(
    received: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy
) -> None:
    """Queues use due_dates(); the case page uses compute_deadline(): same dates."""
    d = compute(received, shapes, policy)
    waited = sum(length for _, length in shapes)
    assert due_dates(received, waited, policy) == (d.due, d.extended_due)


@PROPERTY
@given(RECEIPTS, SHAPES, st.sampled_from(ExtensionReading), st.booleans())
def test_alsace_moselle_never_earlier_than_national(
    received: date, shapes: list[tuple[int, int]], reading: ExtensionReading, enabled: bool
) -> None:
    """Alsace-Moselle has every national holiday and two more."""
    national = DeadlinePolicy(Calendar.NATIONAL, enabled, reading)
    alsace = DeadlinePolicy(Calendar.ALSACE_MOSELLE, enabled, reading)
    n, a = compute(received, shapes, national), compute(received, shapes, alsace)
    assert n.due <= a.due
    assert n.extended_due <= a.extended_due


@PROPERTY
@given(RECEIPTS, SHAPES, POLICIES)
def test_explanation_shows_the_deadline_with_french_typography(
    received: date, shapes: list[tuple[int, int]], policy: DeadlinePolicy
) -> None:
    """Every deadline shown carries its explanation; spacing and apostrophes are French."""
    d = compute(received, shapes, policy)
    assert d.explanation_first.startswith(f"reçue le {fr_date(received)}\u00a0; un mois → ")
    assert fr_date(d.due) in d.explanation_first
    assert fr_date(d.extended_due) in d.explanation_extended
    for text in (d.explanation_first, d.explanation_extended):
        assert " ;" not in text
        assert " :" not in text
        assert "'" not in text
