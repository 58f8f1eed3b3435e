"""French as the DPO reads it: dates JJ/MM/AAAA, weekday names, typography; the legal time zone."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

#: Deadlines are dates in Paris: a request that arrives at 23:30 Paris time arrives that day.
PARIS = ZoneInfo("Europe/Paris")

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def fr_date(day: date) -> str:
    """``05/03/2025``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def fr_weekday(day: date) -> str:
    return WEEKDAYS_FR[day.weekday()]


def paris_day(moment: datetime) -> date:
    """The calendar day in Paris of an aware date-time (naive ones are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(PARIS).date()


NBSP = "\u00a0"

_BEFORE_PUNCTUATION = re.compile(r" ([:;?!»])")
_AFTER_GUILLEMET = re.compile(r"« ")


def typography(text: str) -> str:
    """French spacing: a non-breaking space before « : ; ? ! » » and after « « »."""
    text = _BEFORE_PUNCTUATION.sub(NBSP + r"\1", text)
    return _AFTER_GUILLEMET.sub("«" + NBSP, text).replace("'", "’")


def counted(number: int, one: str, many: str) -> str:
    """« 1 enregistrement », « 3 enregistrements »: the plural written, never « (s) »."""
    return f"{number}{NBSP}{one if number == 1 else many}"


def fr_number(number: float, pattern: str = "#,##0") -> str:
    """« 1 234 », « 12,5 »: French digits grouping and decimal comma (Babel's CLDR data)."""
    from babel.numbers import format_decimal

    return str(format_decimal(number, format=pattern, locale="fr_FR"))


def fr_size(size: int) -> str:
    """A file's size as a person reads it: « 812 Ko », « 12,3 Mo », « 4,71 Go »."""
    for unit, scale, pattern in (("Go", 1e9, "#,##0.00"), ("Mo", 1e6, "#,##0.0")):
        if size >= scale:
            return f"{fr_number(size / scale, pattern)}{NBSP}{unit}"
    return f"{fr_number(max(1, round(size / 1e3)))}{NBSP}Ko"


def record_title(key: str, labels: Mapping[str, str]) -> str:
    """A record named by its key's labelled values (« N° de contrat CT00020021 »), not by the
    key's column names (« contract_no=CT00020021 »), which a person cannot read."""
    parts = []
    for part in key.split(", "):
        name, sep, value = part.partition("=")
        parts.append(f"{labels.get(name, name)} {value}" if sep else part)
    return ", ".join(parts)
