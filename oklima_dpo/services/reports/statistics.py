"""The register of requests' statistics, counted as the cases stream past: per month of
receipt and per right (and for every right, and for every month), received, answered,
answered on time, and the median of the days to answer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...documents.register_xlsx import RegisterLine, StatisticsLine
from ...domain.rights import RIGHTS, Right
from ...store.repositories.reports import RegisterCase

__all__ = ["ALL_RIGHTS", "RegisterStatistics", "median_of", "short_label"]

ALL_RIGHTS = "Tous droits"
_RIGHT_ORDER = {right.value: n for n, right in enumerate(Right)}
_RIGHTS = {right.value: right for right in Right}


def short_label(code: str) -> str:
    right = _RIGHTS.get(code)
    return RIGHTS[right].short_fr if right is not None else code


@dataclass(slots=True)
class _Group:
    received: int = 0
    answered: int = 0
    on_time: int = 0
    days: dict[int, int] = field(default_factory=dict)  # days to answer → how many answers

    def add(self, days_to_answer: int | None, on_time: bool) -> None:
        self.received += 1
        if days_to_answer is None:
            return
        self.answered += 1
        self.on_time += on_time
        self.days[days_to_answer] = self.days.get(days_to_answer, 0) + 1


def median_of(counts: dict[int, int]) -> float | None:
    """The median of values given as value → how many times; None when there are none."""
    size = sum(counts.values())
    if not size:
        return None
    low_rank, high_rank = (size - 1) // 2, size // 2
    low = high = None
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if low is None and seen > low_rank:
            low = value
        if seen > high_rank:
            high = value
            break
    assert low is not None and high is not None
    return (low + high) / 2


@dataclass(slots=True)
class RegisterStatistics:
    """Per month of receipt and per right (and for every right, and for every month):
    received, answered, answered on time, days to answer. Small: one group per month and
    right, each holding at most a few hundred distinct numbers of days."""

    cases: int = 0
    groups: dict[tuple[date | None, str], _Group] = field(default_factory=dict)

    def add(self, case: RegisterCase, line: RegisterLine) -> None:
        self.cases += 1
        days = (line.answered_on - case.received_on).days if line.answered_on else None
        self._count(
            case.received_on.replace(day=1),
            [d.right for d in case.rights],
            days,
            line.days_late == 0,
        )

    def add_purged(self, kept: dict[str, Any]) -> None:
        """A closed case deleted after its retention still counts, from the anonymous
        statistics its purge kept (accountability over the years, Art. 5(2))."""
        month = date.fromisoformat(f"{kept['received_month']}-01")
        rights = [r["right"] for r in kept.get("rights", [])]
        self._count(month, rights, kept.get("days_to_answer"), bool(kept.get("answered_on_time")))

    def _count(self, month: date, rights: list[str], days: int | None, on_time: bool) -> None:
        keys = [ALL_RIGHTS, *dict.fromkeys(rights)]
        for key in keys:
            for period in (month, None):
                group = self.groups.get((period, key))
                if group is None:
                    group = self.groups[(period, key)] = _Group()
                group.add(days, on_time)

    def lines(self) -> Iterator[StatisticsLine]:
        """Month by month (then all months), every right first and then each right."""
        order = {ALL_RIGHTS: -1, **_RIGHT_ORDER}

        def sort_key(key: tuple[date | None, str]) -> tuple[int, date, int, str]:
            month, right = key
            return (month is None, month or date.min, order.get(right, len(order)), right)

        for key in sorted(self.groups, key=sort_key):
            month, right = key
            group = self.groups[key]
            yield StatisticsLine(
                month=month,
                right=right if right == ALL_RIGHTS else short_label(right),
                received=group.received,
                answered=group.answered,
                on_time_share=group.on_time / group.answered if group.answered else None,
                median_days=median_of(group.days),
            )
