"""Gathering one person across every source of the demo estate, timed per person.

    uv run python bench/gather_persons.py [PERSONS] [--sample 200] [--reread 3]

Builds (or reuses) the estate of PERSONS customers (bench/make_estate.py; default 1,000,000),
opens a throw-away case base with one request per sampled customer (their e-mail, or their
customer number for one in three), then runs the real service ``gather_case`` for each and
prints the median and 95th percentile. Also printed: the first look-up in each file source
(its index is built then), the same gathering when every file is re-read for each request
(a fresh index folder each time; measured on --reread persons), their ratio, and the peak
memory of the process.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from make_estate import ensure_estate

from oklima_dpo.config.catalogue_file import load_catalogue
from oklima_dpo.config.register_file import load_register
from oklima_dpo.domain.identity import IdentifierKind
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.cases import intake
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import NewCase
from oklima_dpo.services.configuration import Configuration
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.gathering.gather import gather_case
from oklima_dpo.sources.connectors import open_connector
from oklima_dpo.store.database import parse_target
from oklima_dpo.store.migrate import open_store


def sample_customers(estate: Path, count: int, seed: int = 1) -> list[tuple[str, str, str]]:
    """(name, e-mail, customer number) of ``count`` customers picked at random."""
    with closing(sqlite3.connect(estate / "crm.sqlite")) as db:
        total = db.execute("SELECT max(rowid) FROM customers").fetchone()[0]
        rng = random.Random(seed)
        picked: list[tuple[str, str, str]] = []
        while len(picked) < count:
            row = db.execute(
                "SELECT first_name, last_name, email, customer_no FROM customers WHERE rowid = ?",
                (rng.randint(1, total),),
            ).fetchone()
            if row and row[2]:
                picked.append((f"{row[0]} {row[1]}", row[2], row[3]))
    return picked


def open_cases(ctx: ServiceContext, people: list[tuple[str, str, str]]) -> list[str]:
    references = []
    for number, (name, email, customer_no) in enumerate(people):
        by_number = number % 3 == 2
        reference = intake.open_case(
            ctx,
            NewCase(
                name=name,
                rights=("access",),
                received_at=datetime.now(UTC),
                channel="email",
                emails=() if by_number else (email,),
                customer_numbers=(customer_no,) if by_number else (),
            ),
        )
        case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
        references.append(reference)
    return references


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("persons", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--reread", type=int, default=3)
    args = parser.parse_args()

    estate = ensure_estate(args.persons)
    register = load_register()
    catalogue = load_catalogue(estate / "catalogue.yaml", register)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        store = open_store(parse_target(str(work / "cases.sqlite")))
        ctx = ServiceContext(
            store,
            "bench",
            work / "documents",
            cache_folder=work / "cache",
            configuration=Configuration(catalogue_override=estate / "catalogue.yaml"),
        )
        people = sample_customers(estate, args.sample + args.reread)
        references = open_cases(ctx, people)

        print(f"estate: {estate} ({args.persons:,} customers)".replace(",", " "))
        # First look-up in each file source: its index is built (or found from an earlier run).
        for source_id, spec in catalogue.sources.items():
            if spec.kind not in ("spreadsheet", "mail"):
                continue
            connector = open_connector(catalogue, source_id, ctx.cache_dir)
            table, spec_table = next(iter(spec.tables.items()))
            field, kind = next(
                (name, kind)
                for name, kind in spec_table.identity_fields()
                if kind is IdentifierKind.EMAIL
            )
            start = time.perf_counter()
            connector.find(table, field, kind, ["nobody@nowhere.example"])
            first = time.perf_counter() - start
            start = time.perf_counter()
            connector.find(table, field, kind, ["nobody@nowhere.example"])
            again = time.perf_counter() - start
            connector.close()
            print(
                f"  {source_id:<12} first look-up {first * 1000:9.1f} ms (index built), "
                f"next {again * 1000:6.2f} ms"
            )

        timings, records = [], []
        for reference in references[: args.sample]:
            start = time.perf_counter()
            data = gather_case(ctx, reference)
            timings.append(time.perf_counter() - start)
            records.append(len(data.findings))
        median, p95 = statistics.median(timings), percentile(timings, 0.95)
        print(
            f"gathering, {args.sample} persons: median {median * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms (target p95 ≤ 250 ms), max {max(timings) * 1000:.1f} ms; "
            f"records per person: median {statistics.median(records):.0f}, max {max(records)}"
        )

        reread = []
        for number, reference in enumerate(references[args.sample :]):
            fresh = ServiceContext(
                store,
                "bench",
                work / "documents",
                cache_folder=work / f"fresh-{number}",
                configuration=ctx.configuration,
            )
            start = time.perf_counter()
            gather_case(fresh, reference)
            reread.append(time.perf_counter() - start)
        if reread:
            per_request = statistics.median(reread)
            print(
                f"re-reading every file for each request: median {per_request:.2f} s per person "
                f"({len(reread)} persons) — {per_request / median:,.0f}× the indexed gathering"
            )
        store.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    unit = 1 if sys.platform == "darwin" else 1024
    print(f"peak memory (max RSS): {peak * unit / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
