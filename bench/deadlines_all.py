"""The deadlines of every case of the synthetic base, computed in Python.

    uv run python bench/deadlines_all.py [--cases N] [--runs R] [--real-clock]

The inputs (received_on, events' kinds and dates, the cached suspension columns) are read once
through the store, outside the timing. Then, for all cases:

* ``deadline_from``: the full computation (Deadline objects with their suspensions, as the
  case page uses), without formatting the explanation text;
* the same, building the TimelineEvent objects from the raw rows inside the timing;
* ``due_dates``: the fast path the queues use (suspended days already known).

``holiday_name`` and ``next_working_day`` are functools caches: each line is run once cold
(their caches cleared, and the cached ``holidays`` table too), then R times warm. The one-time
cost of the first ``holidays.France`` table in the process (the package loading its data) is
measured apart, before, and is in none of the lines. The inputs are moved out of the cyclic
GC's reach (``gc.freeze``) so that collections do not rescan them during the timed loops.
The results are also checked against each other and against the deadline columns cached in
the base (mismatches are printed; they should be 0).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from make_base import DEFAULT_CASES, bench_context, ensure_base, generated_at
from sqlalchemy import select
from sqlalchemy.orm import Session

from oklima_dpo.domain import deadlines
from oklima_dpo.domain.case import TimelineEvent, deadline_from
from oklima_dpo.domain.deadlines import Deadline, DeadlinePolicy, due_dates
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.cases.queue import live_dates
from oklima_dpo.services.settings import model as settings_model
from oklima_dpo.store.models import Case, Event

TARGET_S = 1.0


def clear_caches() -> None:
    deadlines.due_dates.cache_clear()
    deadlines.add_months.cache_clear()


def seconds(action: Callable[[], object]) -> float:
    """Wall time of ``action``; its result is dropped after the clock stops."""
    start = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - start
    del result
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES)
    parser.add_argument("--runs", type=int, default=5, help="warm runs")
    parser.add_argument(
        "--real-clock", action="store_true", help="today is today, not the fill day"
    )
    args = parser.parse_args()

    path = ensure_base(args.cases)
    ctx = bench_context(path, None if args.real_clock else generated_at(path))
    today = ctx.today()
    start = time.perf_counter()
    try:
        with Session(ctx.store.engine) as session:
            policy: DeadlinePolicy = settings_model.read(session).policy
            cases = session.execute(
                select(
                    Case.id,
                    Case.received_on,
                    Case.first_due_on,
                    Case.due_on,
                    Case.extended,
                    Case.suspended_days,
                    Case.clock_stopped_since,
                ).order_by(Case.id)
            ).all()
            raw_events: dict[int, list[tuple[str, date]]] = defaultdict(list)
            for case_id, kind, on in session.execute(
                select(Event.case_id, Event.kind, Event.occurred_on).order_by(
                    Event.case_id, Event.id
                )
            ):
                raw_events[case_id].append((kind, on))
    finally:
        ctx.store.dispose()
    raw = [(c.received_on, raw_events[c.id]) for c in cases]
    timelines = [
        (received, [TimelineEvent(EventKind(k), on) for k, on in events])
        for received, events in raw
    ]
    live = [
        (c.received_on, c.suspended_days + max(0, (today - c.clock_stopped_since).days))
        if c.clock_stopped_since is not None
        else (c.received_on, c.suspended_days)
        for c in cases
    ]
    load_s = time.perf_counter() - start
    n_events = sum(len(events) for _, events in raw)

    def full() -> list[Deadline]:
        return [deadline_from(r, tl, policy, today) for r, tl in timelines]

    def full_from_rows() -> list[Deadline]:
        return [
            deadline_from(r, [TimelineEvent(EventKind(k), on) for k, on in evs], policy, today)
            for r, evs in raw
        ]

    def fast() -> list[tuple[date, date]]:
        return [due_dates(r, days, policy) for r, days in live]

    # The inputs live as long as the process: keep the cyclic GC from rescanning them at
    # every collection during the timed loops (it would in a bench, not in the app).
    gc.collect()
    gc.freeze()
    print(
        f"base {path.name}: {len(cases):,} cases, {n_events:,} events; today = {today}; "
        f"read in {load_s:.1f} s (not timed)"
    )
    first_table = seconds(lambda: deadlines.holiday_name(today, policy.calendar))
    print(f"first holidays table in this process: {first_table:.3f} s (one-time, not below)")
    print()
    header = (
        f"{'computation (all cases)':<34}{'cold':>8}"
        f"{'warm min':>10}{'median':>8}{'max':>8}   target"
    )
    print(header)
    print("-" * len(header))
    for label, action in (
        ("deadline_from (timelines built)", full),
        ("deadline_from + timeline build", full_from_rows),
        ("due_dates (fast path)", fast),
    ):
        clear_caches()
        cold = seconds(action)
        warm = [seconds(action) for _ in range(args.runs)]
        print(
            f"{label:<34}{cold:>7.3f}s{min(warm):>9.3f}s"
            f"{statistics.median(warm):>7.3f}s{max(warm):>7.3f}s   ≤ {TARGET_S:g} s"
        )
    print()
    print(
        f"caches after the runs: holiday_name {deadlines.holiday_name.cache_info().currsize} "
        f"days, next_working_day {deadlines.next_working_day.cache_info().currsize} days"
    )

    # Consistency (not timed): the three computations and the cached columns must agree.
    computed = full()
    full_dates = [(d.due, d.extended_due) for d in computed]
    fast_dates = fast()
    cached = [
        live_dates(
            c.received_on,
            c.due_on,
            c.first_due_on,
            c.extended,
            c.suspended_days,
            c.clock_stopped_since,
            policy,
            today,
        )
        for c in cases
    ]
    in_force = [(d.due, d.effective_due) for d in computed]
    print(
        "mismatches: deadline_from vs due_dates "
        f"{sum(a != b for a, b in zip(full_dates, fast_dates, strict=True))}, "
        "deadline_from vs cached columns "
        f"{sum(a != b for a, b in zip(in_force, cached, strict=True))}"
    )


if __name__ == "__main__":
    main()
