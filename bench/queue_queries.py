"""Queue queries through the service ``list_cases`` on the synthetic case base.

    uv run python bench/queue_queries.py [--cases N] [--runs R] [--name SURNAME] [--real-clock]

Each filter is run once to warm up, then R times; min / median / max wall time in ms and the
rows returned are printed, with the target where there is one. The clock is pinned to when the
base was filled (see make_base.py) unless --real-clock.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable

from make_base import DEFAULT_CASES, bench_context, ensure_base, generated_at
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oklima_dpo.services.cases.queue import list_cases
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.models import Person


def common_surname(ctx: ServiceContext) -> str:
    """The most frequent last word (5 letters or more) of the names in the base."""
    with Session(ctx.store.engine) as session:
        names = session.scalars(select(Person.display_name)).all()
    counts = Counter(name.split()[-1] for name in names if len(name.split()[-1]) >= 5)
    return counts.most_common(1)[0][0]


def timed(action: Callable[[], list], runs: int) -> tuple[list[float], int]:
    rows = len(action())  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(1000 * (time.perf_counter() - start))
        rows = len(result)
    return times, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--name", help="surname to search (default: the most common one)")
    parser.add_argument(
        "--real-clock", action="store_true", help="today is today, not the fill day"
    )
    args = parser.parse_args()

    path = ensure_base(args.cases)
    ctx = bench_context(path, None if args.real_clock else generated_at(path))
    try:
        surname = args.name or common_surname(ctx)
        with Session(ctx.store.engine) as session:
            total = session.scalar(select(func.count(Person.id)))
        print(f"base {path.name}: {total:,} cases; today = {ctx.today()}; {args.runs} runs each")
        print()
        filters: list[tuple[str, CaseFilter, str]] = [
            ("due within 7 days (open)", CaseFilter(due_within_days=7), "≤ 200 ms"),
            (f"text « {surname} »", CaseFilter(text=surname), "≤ 200 ms"),
            ("overdue", CaseFilter(overdue=True), ""),
            ("open only", CaseFilter(open_only=True), ""),
        ]
        header = f"{'query':<28}{'rows':>8}{'min ms':>9}{'median':>9}{'max ms':>9}   target"
        print(header)
        print("-" * len(header))
        for label, wanted, target in filters:
            times, rows = timed(lambda wanted=wanted: list_cases(ctx, wanted), args.runs)
            print(
                f"{label:<28}{rows:>8,}{min(times):>9.1f}{statistics.median(times):>9.1f}"
                f"{max(times):>9.1f}   {target}"
            )
    finally:
        ctx.store.dispose()


if __name__ == "__main__":
    main()
