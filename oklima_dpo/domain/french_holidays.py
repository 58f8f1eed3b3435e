"""French public holidays by their rules (Code du travail L3133-1; L3134-13 for Alsace-Moselle).

The ``holidays`` package knows them too, but importing it loads every country's rules (about
80 ms), which the program's start-up cannot afford. For the years the rules below have held
unchanged (since 8 May became a holiday again, 1982) they are computed here; other years
still come from ``holidays``. A test checks that both give the same days and names.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter

#: The years these rules answer for; ``holidays`` answers for the others.
RULE_YEARS = range(1982, 2101)  # the package knows no holiday after 2100
#: Whit Monday was the « journée de solidarité » worked day from 2005 to 2007 (loi 2004-626).
NO_WHIT_MONDAY = frozenset({2005, 2006, 2007})


@cache
def holidays_of(year: int, alsace_moselle: bool) -> dict[date, str]:
    """Day → French name; two on one day are named as ``holidays`` does (« a; b », sorted)."""
    sunday = easter(year)
    days: list[tuple[date, str]] = [
        (date(year, 1, 1), "Jour de l'an"),
        (sunday + timedelta(days=1), "Lundi de Pâques"),
    ]
    if year not in NO_WHIT_MONDAY:
        days.append((sunday + timedelta(days=50), "Lundi de Pentecôte"))
    days += [
        (date(year, 5, 1), "Fête du Travail"),
        (date(year, 5, 8), "Fête de la Victoire"),
        (sunday + timedelta(days=39), "Ascension"),
        (date(year, 7, 14), "Fête nationale"),
        (date(year, 8, 15), "Assomption"),
        (date(year, 11, 1), "Toussaint"),
        (date(year, 11, 11), "Armistice"),
        (date(year, 12, 25), "Noël"),
    ]
    if alsace_moselle:
        days.append((sunday - timedelta(days=2), "Vendredi saint"))
        days.append((date(year, 12, 26), "Saint-Étienne"))
    names: dict[date, str] = {}
    for day, name in days:
        names[day] = "; ".join(sorted((names[day], name))) if day in names else name
    return names
