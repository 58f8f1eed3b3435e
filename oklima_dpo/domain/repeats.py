"""One person, all their requests: the rule that points repeats out (Art. 12(5)).

A person may ask again; only the DPO decides that a request is manifestly unfounded or
excessive (« en particulier en raison de leur caractère répétitif »), with the ground, and the
refusal letter then says it. The program only points out the requests of the same person
received within twelve months before this one, so that the DPO can consider it.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

__all__ = ["REPEAT_WINDOW_MONTHS", "is_repeat"]

REPEAT_WINDOW_MONTHS = 12


def is_repeat(earlier: date, this: date) -> bool:
    """``earlier`` was received within the twelve months before ``this``."""
    return this - relativedelta(months=REPEAT_WINDOW_MONTHS) <= earlier <= this
