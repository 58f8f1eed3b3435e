"""The public holidays shipped as data (``resources/holidays/france.json``) are exactly what the
installed ``holidays`` package gives, and the deadlines come out the same from either."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from oklima_dpo import app, paths
from oklima_dpo.config.holidays_file import HolidayFile, load_holiday_file
from oklima_dpo.domain.deadlines import (
    Calendar,
    DeadlinePolicy,
    ExtensionReading,
    PublicHolidays,
    Suspension,
    compute_deadline,
    due_dates,
    holiday_name,
)
from tools import build_holidays

REBUILD = "run `uv run python tools/build_holidays.py` and commit resources/holidays/france.json"


@pytest.fixture
def shipped() -> HolidayFile:
    """The shipped file."""
    return load_holiday_file(paths.resource("holidays", "france.json"))


def test_the_shipped_file_is_what_the_installed_package_gives() -> None:
    shipped = json.loads(paths.resource("holidays", "france.json").read_text(encoding="utf-8"))
    assert shipped == build_holidays.build(), (
        "The holidays package no longer gives the days or names of the shipped file: " + REBUILD
    )


@pytest.mark.parametrize("calendar", list(Calendar))
def test_every_covered_year_reads_back_as_the_package_gives_it(
    shipped: HolidayFile, calendar: Calendar
) -> None:
    assert shipped.years == build_holidays.YEARS
    subdivision = build_holidays.SUBDIVISIONS[calendar.value]
    package = build_holidays.from_package(subdivision)
    ours: dict[date, str] = {}
    for year in shipped.years:
        found = shipped(year, calendar)
        assert found is not None
        ours.update(found)
    assert ours == package, REBUILD


def test_two_holidays_on_one_day_are_both_named(shipped: HolidayFile) -> None:
    from_file = PublicHolidays(shipped)
    assert holiday_name(date(2008, 5, 1), Calendar.NATIONAL, from_file) == (
        "Ascension; Fête du Travail"
    )


@pytest.mark.parametrize("day", [date(1980, 5, 8), date(1981, 12, 25), date(2101, 1, 1)])
def test_years_the_file_does_not_cover_come_from_the_package(
    shipped: HolidayFile, day: date
) -> None:
    assert shipped(day.year, Calendar.NATIONAL) is None
    for calendar in Calendar:
        subdivision = build_holidays.SUBDIVISIONS[calendar.value]
        package = build_holidays.from_package(subdivision, range(day.year, day.year + 1))
        assert holiday_name(day, calendar, PublicHolidays(shipped)) == package.get(day)


def _sample() -> list[date]:
    """Every fourth day of the years covered, and some past their end (the package's)."""
    first, last = date(1981, 11, 1), date(2101, 2, 1)
    return [first + timedelta(days=n) for n in range(0, (last - first).days, 4)]


def _deadlines(holidays: PublicHolidays) -> list[object]:
    found: list[object] = []
    for calendar in Calendar:
        for reading in ExtensionReading:
            policy = DeadlinePolicy(calendar=calendar, extension_reading=reading, holidays=holidays)
            found += [due_dates(day, day.day % 3, policy) for day in _sample()]
            for day in _sample()[::25]:  # the explanation names every holiday passed over
                stop = Suspension(day + timedelta(days=3), day + timedelta(days=5))
                deadline = compute_deadline(day, suspensions=[stop], policy=policy, today=day)
                found += [deadline.explanation_first, deadline.explanation_extended]
    return found


def test_the_deadlines_are_the_same_from_the_file_and_from_the_package(
    shipped: HolidayFile,
) -> None:
    from_package = _deadlines(PublicHolidays())
    from_file = _deadlines(PublicHolidays(shipped))
    assert from_file == from_package


def test_the_program_takes_its_holidays_from_the_shipped_file(tmp_path: Path) -> None:
    holidays = app.shipped_holidays()
    assert isinstance(holidays.table, HolidayFile)
    national = Calendar.NATIONAL
    assert holidays.of(2025, national) is holidays.table.by_year[(national, 2025)]
    args = app.cli.parse(["--data-dir", str(tmp_path), "cases", "list"])
    ctx = app.open_context(args)
    try:  # every deadline of the program's services reads them
        assert ctx.holidays is holidays
    finally:
        ctx.store.dispose()


@pytest.mark.parametrize(
    "text",
    ["{", '{"first_year": 1982}', '{"first_year": 1982, "last_year": 1983, "calendars": {}}'],
)
def test_a_malformed_file_is_refused_naming_it(tmp_path: Path, text: str) -> None:
    path = tmp_path / "france.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(str(path))):
        load_holiday_file(path)
