"""Build (or reuse) a SQLite case base of N synthetic cases for the benchmarks.

    uv run python bench/make_base.py [--cases N] [--seed S] [--rebuild]

The base is ``bench/.cache/cases-<N>.sqlite``, filled by the real demo generator
(``oklima_dpo.demo.cases.fill_demo``). It is reused when it already holds exactly N cases
and a finished ``demo.filled`` journal entry for N; otherwise it is rebuilt. A build goes to a
``.partial`` file first, so an interrupted build never passes for a finished one.

While building, the clock is pinned to the moment the build started: the whole base then
agrees on one "today" (the demo dates cases relative to it). The other scripts pin their clock
to that same moment (read back from the journal), so that "due within 7 days" or "overdue"
mean the same thing whatever the day they are run.

Other scripts use ``ensure_base(n)`` and ``bench_context(path)``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oklima_dpo.demo.cases import DEFAULT_SEED, fill_demo
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store
from oklima_dpo.store.models import AuditEntry, Case

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache"
DOCUMENTS = CACHE / "documents"
DEFAULT_CASES = 100_000
ACTOR = "bench"


def base_path(n: int) -> Path:
    return CACHE / f"cases-{n}.sqlite"


def _sqlite_family(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def bench_context(path: Path, clock_at: datetime | None = None) -> ServiceContext:
    """A ServiceContext on ``path`` (actor "bench", documents under bench/.cache).

    ``clock_at``: an aware UTC moment the clock is pinned to; None for the real clock.
    """
    DOCUMENTS.mkdir(parents=True, exist_ok=True)
    store = open_store(parse_target(path))
    if clock_at is None:
        return ServiceContext(store, ACTOR, DOCUMENTS)
    return ServiceContext(store, ACTOR, DOCUMENTS, clock=lambda: clock_at)


def generated_at(path: Path) -> datetime | None:
    """When the base was filled (aware UTC), from its ``demo.filled`` journal entry."""
    ctx = bench_context(path)
    try:
        with Session(ctx.store.engine) as session:
            at = session.scalar(
                select(AuditEntry.at)
                .where(AuditEntry.action == "demo.filled")
                .order_by(AuditEntry.seq.desc())
                .limit(1)
            )
    finally:
        ctx.store.dispose()
    return at.replace(tzinfo=UTC) if at is not None else None


def _finished_with(path: Path, n: int) -> bool:
    """The base holds exactly n cases and its demo fill for n finished."""
    if not path.exists():
        return False
    ctx = bench_context(path)
    try:
        with Session(ctx.store.engine) as session:
            count = session.scalar(select(func.count(Case.id)))
            fills = session.scalars(
                select(AuditEntry.details).where(AuditEntry.action == "demo.filled")
            ).all()
    finally:
        ctx.store.dispose()
    return count == n and any(f'"cases":{n},' in details for details in fills)


class _Progress:
    """Prints to stderr at most every few seconds: done, rate, time to go."""

    def __init__(self, every_s: float = 10.0) -> None:
        self.start = time.perf_counter()
        self.every_s = every_s
        self.last = self.start
        self.last_done = 0

    def __call__(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if done == self.last_done or (now - self.last < self.every_s and done < total):
            return
        self.last, self.last_done = now, done
        elapsed = now - self.start
        per_case_ms = 1000 * elapsed / done
        left = (total - done) * per_case_ms / 1000
        sys.stderr.write(
            f"  {done:>8,} / {total:,} cases  {elapsed:7.1f} s  "
            f"{per_case_ms:5.2f} ms/case  ~{left:5.0f} s left\n"
        )
        sys.stderr.flush()


def build_base(n: int, seed: int = DEFAULT_SEED) -> tuple[Path, float]:
    """Build the base of n cases from scratch; returns its path and the seconds it took."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = base_path(n)
    partial = path.with_name(path.name + ".partial")
    for stale in _sqlite_family(partial):
        stale.unlink(missing_ok=True)
    started_at = datetime.now(UTC)
    ctx = bench_context(partial, clock_at=started_at)
    sys.stderr.write(f"building {path.name}: {n:,} cases, seed {seed}\n")
    start = time.perf_counter()
    try:
        fill_demo(ctx, cases=n, seed=seed, progress=_Progress())
    finally:
        ctx.store.dispose()
    seconds = time.perf_counter() - start
    for old in _sqlite_family(path):
        old.unlink(missing_ok=True)
    os.replace(partial, path)
    return path, seconds


def ensure_base(n: int = DEFAULT_CASES, seed: int = DEFAULT_SEED, rebuild: bool = False) -> Path:
    """The path of a finished base of n cases, building it when missing or wrong."""
    path = base_path(n)
    if not rebuild and _finished_with(path, n):
        return path
    path, seconds = build_base(n, seed)
    sys.stderr.write(f"built {path.name} in {seconds:.1f} s ({1000 * seconds / n:.2f} ms/case)\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rebuild", action="store_true", help="build even if a base exists")
    args = parser.parse_args()
    path = base_path(args.cases)
    if not args.rebuild and _finished_with(path, args.cases):
        print(
            f"reusing {path} ({args.cases:,} cases, filled {generated_at(path):%Y-%m-%d %H:%M} UTC)"
        )
        return
    path, seconds = build_base(args.cases, args.seed)
    size_mb = path.stat().st_size / 1e6
    print(f"{'base':<22}{path}")
    print(f"{'cases':<22}{args.cases:,}")
    print(f"{'generation':<22}{seconds:.1f} s")
    print(f"{'per case':<22}{1000 * seconds / args.cases:.2f} ms   (expected ~5 ms)")
    print(f"{'file size':<22}{size_mb:.1f} MB")


if __name__ == "__main__":
    main()
