"""The French public holidays shipped as data (``resources/holidays/france.json``).

The file is generated from the ``holidays`` package by ``tools/build_holidays.py``: the same
days and names, without importing the package at start-up (it loads every country's rules,
about 80 ms). Years the file does not cover are left to the package (see
``domain.deadlines.PublicHolidays``, which the program's service context holds).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .. import paths
from ..domain.deadlines import Calendar

__all__ = ["HolidayFile", "load_holiday_file", "shipped_holiday_file"]

SHIPPED = ("holidays", "france.json")


@dataclass(frozen=True, slots=True)
class HolidayFile:
    """A holiday source for the domain: one year's holidays, or None outside ``years``."""

    years: range
    by_year: Mapping[tuple[Calendar, int], Mapping[date, str]]

    def __call__(self, year: int, calendar: Calendar) -> Mapping[date, str] | None:
        if year not in self.years:
            return None
        return self.by_year.get((calendar, year), {})


def load_holiday_file(path: Path) -> HolidayFile:
    """Read a file written by ``tools/build_holidays.py``; a malformed one raises ValueError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        years = range(int(data["first_year"]), int(data["last_year"]) + 1)
        by_year: dict[tuple[Calendar, int], dict[date, str]] = {}
        for calendar in Calendar:
            for iso, name in data["calendars"][calendar.value].items():
                day = date.fromisoformat(iso)
                by_year.setdefault((calendar, day.year), {})[day] = str(name)
    except (OSError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"jours fériés illisibles dans {path}\u00a0: {error}") from error
    return HolidayFile(years, by_year)


def shipped_holiday_file() -> HolidayFile:
    return load_holiday_file(paths.resource(*SHIPPED))
