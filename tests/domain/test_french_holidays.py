"""The French public holidays computed by their rules agree with the `holidays` package, day
for day and name for name, over every year the rules answer for."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from oklima_dpo.domain.deadlines import Calendar, holiday_name
from oklima_dpo.domain.french_holidays import RULE_YEARS, holidays_of


@pytest.mark.parametrize(("alsace_moselle", "subdivision"), [(False, None), (True, "57")])
def test_the_rules_give_the_packages_days_and_names(
    alsace_moselle: bool, subdivision: str | None
) -> None:
    package = dict(holidays.France(subdiv=subdivision, language="fr", years=RULE_YEARS))
    ours: dict[date, str] = {}
    for year in RULE_YEARS:
        ours.update(holidays_of(year, alsace_moselle))
    assert ours == package


def test_two_holidays_on_one_day_are_both_named() -> None:
    assert holidays_of(2008, False)[date(2008, 5, 1)] == "Ascension; Fête du Travail"


@pytest.mark.parametrize("day", [date(1980, 5, 8), date(1981, 12, 25), date(2101, 1, 1)])
def test_other_years_come_from_the_package(day: date) -> None:
    for calendar, subdivision in ((Calendar.NATIONAL, None), (Calendar.ALSACE_MOSELLE, "57")):
        package = holidays.France(subdiv=subdivision, language="fr", years=day.year)
        assert holiday_name(day, calendar) == package.get(day)
