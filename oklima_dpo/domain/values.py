"""A stored value as a person reads it, in French or English: one formatter for every face
(letters, the access annex, the Données tab, the case file, the register).

Numbers, amounts and dates go through Babel (CLDR): « 1 234,50 € » with its non-breaking
spaces, dates JJ/MM/AAAA with a time only when the value has one (a midnight is a date),
yes/no in words. What a field holds is said by the source catalogue (``format``); a value
without one is shown as stored, ISO dates aside.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from .french import fr_date

__all__ = ["ValueFormat", "shown_value"]

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
_YES = {"1", "true", "vrai", "oui", "yes", "y", "o"}
_NO = {"0", "false", "faux", "non", "no", "n"}
_WORDS = {"fr": ("oui", "non"), "en": ("yes", "no")}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?([+-]\d{2}:?\d{2}|Z)?$")


class ValueFormat(StrEnum):
    TEXT = "text"
    AMOUNT = "amount"  # euros
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    YES_NO = "yes_no"


def shown_value(value: object, kind: ValueFormat = ValueFormat.TEXT, language: str = "fr") -> str:
    """``value`` (as stored, or its text) for a person; unchanged when it is not what its
    format says (a wrong value is shown as it is, never hidden)."""
    if value is None:
        return ""
    text = str(value).strip()
    locale = _LOCALES.get(language, "fr_FR")
    match kind:
        case ValueFormat.AMOUNT | ValueFormat.NUMBER:
            number = _decimal(text)
            if number is None:
                return text
            from babel.numbers import format_currency, format_decimal

            shown = (
                format_currency(number, "EUR", locale=locale)
                if kind is ValueFormat.AMOUNT
                else format_decimal(number, locale=locale)
            )
            # CLDR's narrow no-break space, as the plain one every font of the program has.
            return shown.replace("\u202f", "\u00a0")
        case ValueFormat.YES_NO:
            yes, no = _WORDS.get(language, _WORDS["fr"])
            folded = text.casefold()
            return yes if folded in _YES else no if folded in _NO else text
        case _:
            return _day_or_moment(text) if _ISO.match(text) else text


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except InvalidOperation:
        return None


def _day_or_moment(text: str) -> str:
    """JJ/MM/AAAA (« 08/10/2026 »), with HH:MM only when the value has a time of day."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    day = moment.date()
    # JJ/MM/AAAA in French, and the same day-first order for British English readers.
    if len(text) <= 10 or moment.time() == datetime.min.time():
        return fr_date(day)
    return f"{fr_date(day)} {moment:%H:%M}"
