"""The queue: the cases matching a filter, soonest deadline first; what each filter admits;
a row turned into a queue line; and the first screenful of a SQLite case base.

The desktop program imports this module at start-up (the queue model filters with
:func:`filter_summaries`, the first screenful comes from :func:`first_page`): it imports
nothing of SQLAlchemy; the store's SQLAlchemy side loads with the first full listing, off the
GUI thread. Both paths use the same functions, so they never disagree.
"""

from __future__ import annotations

import gc
import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ...domain.case import Channel
from ...domain.deadlines import DeadlinePolicy, due_dates
from ...domain.identity import fold_name
from ...domain.rights import Right
from ...domain.workflow import OPEN_STATUSES, Status
from ..context import ServiceContext
from ..errors import InvalidInput
from ..settings.keys import POLICY_KEYS, policy_from
from .views import CaseFilter, CaseSummary

if TYPE_CHECKING:  # SQLAlchemy: not at start-up
    from ...store.repositories.queue import CaseQuery
    from ...store.unit_of_work import UnitOfWork


# -- filters --------------------------------------------------------------------------------


def allowed_statuses(wanted: CaseFilter) -> set[Status] | None:
    """The statuses a filter admits; None for any. An empty set: the parts contradict."""
    statuses: set[Status] | None = set(wanted.statuses) or None
    if wanted.open_only or wanted.overdue or wanted.due_within_days is not None:
        statuses = (statuses or set(OPEN_STATUSES)) & OPEN_STATUSES
    if wanted.awaiting_info:
        statuses = (statuses or {Status.AWAITING_INFO}) & {Status.AWAITING_INFO}
    return statuses


def deadline_bound(wanted: CaseFilter, today: date) -> date | None:
    """The latest deadline a filter admits (overdue: before today; due within N days)."""
    bounds = []
    if wanted.overdue:
        bounds.append(today - timedelta(days=1))
    if wanted.due_within_days is not None:
        bounds.append(today + timedelta(days=wanted.due_within_days))
    return min(bounds, default=None)


def filter_summaries(
    summaries: Iterable[CaseSummary], wanted: CaseFilter, today: date
) -> list[CaseSummary]:
    """The summaries that ``wanted`` admits, in their order; the one definition of each filter.

    One pass per part that filters, each with its own test alone: on a hundred thousand
    summaries that takes a third of one pass testing every part (the queue filters on the GUI
    thread, as the DPO types)."""
    found = list(summaries)
    statuses = allowed_statuses(wanted)
    if statuses is not None:
        found = [s for s in found if s.status in statuses]
    right = wanted.right
    if right is not None:
        found = [s for s in found if right in s.rights]
    bound = deadline_bound(wanted, today)
    if bound is not None:
        found = [s for s in found if s.due <= bound]
    extended = wanted.extended
    if extended is not None:
        found = [s for s in found if s.extended is extended]
    text = wanted.text.strip()
    if text:
        folded, reference = fold_name(text), text.casefold()
        if folded in reference:  # then a text holding the reference holds the folded name
            found = [s for s in found if folded in s.search_text]
        else:
            found = [s for s in found if folded in s.search_text or reference in s.search_text]
    return found


# Sorting a hundred thousand summaries in one call holds the interpreter for 30 to 50 ms, and so
# the window, even on a worker; runs of this many hold it a few ms each.
SORT_RUN = 8192


def sort_in_runs(items: list[Any], key: Callable[[Any], Any]) -> None:
    """``items.sort(key=key)``, stable, in runs merged by a generator (see SORT_RUN)."""
    if len(items) <= SORT_RUN:
        items.sort(key=key)
        return
    runs = [sorted(items[at : at + SORT_RUN], key=key) for at in range(0, len(items), SORT_RUN)]
    items[:] = heapq.merge(*runs, key=key)  # ties: the earlier run first, so still stable


def soonest_first(summaries: list[CaseSummary]) -> None:
    """Sort by deadline, then reference: grouped by day (deadlines share a few thousand days),
    each day's few cases sorted by reference. Many short steps rather than one sort of them
    all, which would hold the interpreter, and so the window, for 30 to 50 ms."""
    by_day: dict[date, list[CaseSummary]] = {}
    for summary in summaries:
        day = by_day.get(summary.due)
        if day is None:
            by_day[summary.due] = [summary]
        else:
            day.append(summary)
    reference = attrgetter("reference")
    for day in by_day.values():
        day.sort(key=reference)
    summaries[:] = [summary for due in sorted(by_day) for summary in by_day[due]]


def finish(
    summaries: list[CaseSummary], wanted: CaseFilter, today: date, ordered: bool = True
) -> list[CaseSummary]:
    """Summaries of the rows the base preselected (sorted on their cached deadline unless not
    ``ordered``) → exactly what ``wanted`` admits, soonest deadline first, at most
    ``wanted.limit``."""
    found = filter_summaries(summaries, wanted, today)
    # The base sorted on cached dates; a stopped clock's live date may be later.
    if not ordered or any(s.clock_stopped for s in found):
        soonest_first(found)
    return found[: wanted.limit] if wanted.limit else found


# -- rows → queue lines ---------------------------------------------------------------------


def live_dates(
    received_on: date,
    due_on: date,
    first_due_on: date,
    extended: bool,
    suspended_days: int,
    clock_stopped_since: date | None,
    policy: DeadlinePolicy,
    today: date,
) -> tuple[date, date]:
    """(first, in force) deadlines; a stopped clock adds the days waited up to today."""
    if clock_stopped_since is None:
        return first_due_on, due_on
    waited = max(0, (today - clock_stopped_since).days)
    first, extended_due = due_dates(received_on, suspended_days + waited, policy)
    return first, extended_due if extended else first


def row_dates(row: Any, policy: DeadlinePolicy, today: date) -> tuple[date, date]:
    """(first, in force) deadlines of a row holding the cached deadline columns."""
    if row.clock_stopped_since is None:
        return row.first_due_on, row.due_on
    return live_dates(
        row.received_on,
        row.due_on,
        row.first_due_on,
        row.extended,
        row.suspended_days,
        row.clock_stopped_since,
        policy,
        today,
    )


_RIGHT_ORDER = {right.value: n for n, right in enumerate(Right)}
_RIGHTS = {right.value: right for right in Right}
_STATUSES = {status.value: status for status in Status}
_CHANNELS = {channel.value: channel for channel in Channel}


@cache
def _rights_of(codes: str | None) -> tuple[Right, ...]:
    """``"erasure,access"`` → (ACCESS, ERASURE): cases share a few combinations of rights."""
    return (
        tuple(_RIGHTS[c] for c in sorted(codes.split(","), key=_RIGHT_ORDER.__getitem__))
        if codes
        else ()
    )


def summary_from_row(row: Sequence[Any], policy: DeadlinePolicy, today: date) -> CaseSummary:
    """A queue line from a row of ``QueueQueries.summaries`` (store) (or ``quick``'s same tuple),
    built for 100,000 rows: the row unpacked once, plain lookups rather than enum
    constructions, positional arguments."""
    (
        reference,
        name,
        folded_name,
        received_on,
        status,
        channel,
        assignee,
        first_due,
        due,
        extended,
        suspended_days,
        stopped_since,
        codes,
    ) = row
    if stopped_since is not None:
        first_due, due = live_dates(
            received_on, due, first_due, extended, suspended_days, stopped_since, policy, today
        )
    return CaseSummary(
        reference,
        name,
        _rights_of(codes),
        received_on,
        _STATUSES[status],
        _CHANNELS[channel],
        assignee,
        first_due,
        due,
        (due - today).days,
        extended,
        stopped_since is not None,
        f"{folded_name} {reference.casefold()}",
    )


@contextmanager
def paused_garbage_collector() -> Iterator[None]:
    """No collection while tens of thousands of summaries are built, and none rescanning them
    afterwards: each pass over them holds the interpreter, and so the window, for a tenth of
    a second. The summaries hold no reference cycles, so freezing them loses nothing: they
    are still freed as soon as the queue lets them go. (The price: a reference cycle that
    became garbage since the last collection is frozen too and never collected; queues are
    loaded a few times an hour, so that stays small.)"""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


# -- the first screenful --------------------------------------------------------------------


def quick_list(ctx: ServiceContext, wanted: CaseFilter) -> list[CaseSummary] | None:
    """``cases.list_cases(ctx, wanted)`` read with the standard library, when the case base is
    a SQLite file and ``wanted`` asks for statuses (and a limit) alone, as the queue's scopes
    do; None otherwise. It needs no SQLAlchemy, and skips its cost per row."""
    path = ctx.store.target.sqlite_path
    if path is None or replace(wanted, statuses=(), open_only=False, limit=None) != CaseFilter():
        return None
    statuses = allowed_statuses(wanted)
    if statuses is not None and not statuses:
        return []  # the filters contradict each other
    from ...store import quick

    today = ctx.today()
    codes = sorted(s.value for s in statuses or ())
    # No collection while 100,000 rows and summaries are made (see paused_garbage_collector).
    with paused_garbage_collector(), quick.reading(path, ctx.store.target.key) as reader:
        policy = policy_from(reader.settings(POLICY_KEYS), ctx.holidays)
        if wanted.limit:
            rows = reader.soonest_summary_rows(codes, wanted.limit)
        else:
            rows = reader.summary_rows(codes)  # in no order
        summaries = [summary_from_row(row, policy, today) for row in rows]
    return finish(summaries, wanted, today, ordered=bool(wanted.limit))


def first_page(ctx: ServiceContext, wanted: CaseFilter) -> list[CaseSummary]:
    """:func:`list_cases` for the queue's first screenful: on a SQLite case base without
    SQLAlchemy (see :func:`quick_list`), so that the window shows its queue before SQLAlchemy
    has loaded."""
    found = quick_list(ctx, wanted)
    return found if found is not None else list_cases(ctx, wanted)


# -- the queue through the store (any case base, any filter) --------------------------------


#: A filter beyond these cannot mean anything (ten years ahead; a queue of a million rows).
MAX_DAYS_AHEAD = 3650
MAX_LIMIT = 1_000_000


def check_filter(wanted: CaseFilter) -> None:
    """A filter that could not mean what was typed is refused, naming the option."""
    problems = {}
    days = wanted.due_within_days
    if days is not None and not 0 <= days <= MAX_DAYS_AHEAD:
        problems["due_within"] = (
            f"Échéance dans {days} jours : un nombre entre 0 et {MAX_DAYS_AHEAD}."
        )
    if wanted.limit is not None and not 1 <= wanted.limit <= MAX_LIMIT:
        problems["limit"] = f"Limite {wanted.limit} : un nombre entre 1 et {MAX_LIMIT}."
    if len(wanted.text) > 200:
        problems["text"] = "Recherche : au plus 200 caractères."
    if problems:
        raise InvalidInput(problems)


def list_cases(ctx: ServiceContext, wanted: CaseFilter | None = None) -> list[CaseSummary]:
    """The queue: cases matching ``wanted``, soonest deadline first.

    The case base preselects on indexed columns; :func:`filter_summaries` then decides exactly
    (a stopped clock's deadline moves every day), so that a queue filtering the summaries it
    already holds and this function always agree.
    """
    wanted = wanted or CaseFilter()
    check_filter(wanted)
    found = quick_list(ctx, wanted)  # a SQLite base's queue scopes, at less cost per row
    if found is not None:
        return found
    from ..settings.model import read as read_settings

    with ctx.unit_of_work() as uow:
        return list_cases_in(uow, read_settings(uow, ctx.holidays).policy, ctx.today(), wanted)


def list_cases_in(
    uow: UnitOfWork, policy: DeadlinePolicy, today: date, wanted: CaseFilter
) -> list[CaseSummary]:
    """:func:`list_cases` inside the caller's transaction (the dashboard's, for one)."""
    statuses = allowed_statuses(wanted)
    if statuses is not None and not statuses:
        return []  # the filters contradict each other
    from ...store.repositories.queue import CaseQuery

    text = wanted.text.strip()
    query = CaseQuery(
        statuses=sorted(s.value for s in statuses or ()),
        right=wanted.right.value if wanted.right else None,
        due_on_or_before=deadline_bound(wanted, today),
        extended=wanted.extended,
        text_folded=fold_name(text) if text else None,
        reference_part=text.upper() if text else None,
    )
    with paused_garbage_collector():
        rows: Sequence[Any]
        if wanted.limit:
            rows = _soonest_rows(uow, query, wanted.limit)
        else:
            rows = uow.queue.summaries(query)
        summaries = [summary_from_row(row, policy, today) for row in rows]
    return finish(summaries, wanted, today)


def _soonest_rows(uow: UnitOfWork, query: CaseQuery, limit: int) -> list[Any]:
    """The first ``limit`` cases without loading them all: the first running clocks, and the
    stopped ones whose cached date comes before the last of those (a stopped clock's live
    date is never before its cached one, so no other can come earlier)."""
    running = uow.queue.summaries(replace(query, clock_stopped=False, limit=limit))
    bound = running[-1].due_on if len(running) == limit else query.due_on_or_before
    if query.due_on_or_before is not None and bound is not None:
        bound = min(bound, query.due_on_or_before)
    stopped = uow.queue.summaries(replace(query, clock_stopped=True, due_on_or_before=bound))
    return [*running, *stopped]
