"""The register of requests to xlsx (``services.reports.export_register``) at several sizes.

    uv run python bench/register_export.py [--cases N] [--sizes 10000,100000] [--no-tracemalloc]

Works on copies of ``bench/.cache/cases-<N>.sqlite`` in a temporary folder (the store migrates
a base it opens; the cached one is never touched), cut down to each size by deleting the
cases after the first ones. Each size runs in its own process: wall time and peak resident
memory (VmHWM) of the export, then again under tracemalloc for the peak of Python's heap
(slower: its time is not the figure). The file written is read back with openpyxl
(read-only) to count its rows. Target: ≤ 30 s for 100,000 cases; memory flat across sizes.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from contextlib import closing
from pathlib import Path

from make_base import DEFAULT_CASES, base_path, bench_context, ensure_base, generated_at
from sqlalchemy.orm import Session

TARGET_S = 30.0


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM on Linux; exec resets it)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cut_copy(source: Path, folder: Path, size: int) -> Path:
    """A copy of the base holding its first ``size`` cases (deleting cascades to the rest)."""
    copy = folder / f"cases-{size}.sqlite"
    shutil.copyfile(source, copy)
    with closing(sqlite3.connect(copy)) as connection:
        (total,) = connection.execute("SELECT count(*) FROM cases").fetchone()
        if size > total:
            raise SystemExit(f"the base holds {total:,} cases, fewer than {size:,}")
        if size < total:
            (last,) = connection.execute(
                "SELECT id FROM cases ORDER BY id LIMIT 1 OFFSET ?", (size - 1,)
            ).fetchone()
            # Table by table rather than by cascade: person_identifiers has no index on
            # person_id, and a cascade scans it once per person deleted.
            connection.execute(
                "DELETE FROM person_identifiers WHERE person_id IN "
                "(SELECT id FROM persons WHERE case_id > ?)",
                (last,),
            )
            tables = [name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]  # fmt: skip
            for table in tables:
                columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
                if "case_id" in columns:
                    connection.execute(f"DELETE FROM {table} WHERE case_id > ?", (last,))
            connection.execute("DELETE FROM cases WHERE id > ?", (last,))
            connection.commit()
    return copy


def count_rows(path: Path) -> dict[str, int]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return {sheet.title: sum(1 for _ in sheet.iter_rows()) for sheet in workbook.worksheets}
    finally:
        workbook.close()


def child(base: Path, out: Path, traced: bool) -> dict[str, float]:
    """One export of ``base`` in this process; its figures as a dict."""
    from oklima_dpo.services.reports.register import export_register

    ctx = bench_context(base, generated_at(base))
    try:
        with Session(ctx.store.engine) as session:  # the engine and its pool, before measuring
            session.connection()
        before_mb = peak_rss_mb()
        if traced:
            tracemalloc.start()
        started = time.perf_counter()
        written = export_register(ctx, out)
        seconds = time.perf_counter() - started
        heap_mb = tracemalloc.get_traced_memory()[1] / 1e6 if traced else 0.0
        tracemalloc.stop()
        return {
            "seconds": seconds,
            "rss_before_mb": before_mb,
            "rss_peak_mb": peak_rss_mb(),
            "heap_peak_mb": heap_mb,
            "file_mb": written.size / 1e6,
            "path": str(written.path),
        }
    finally:
        ctx.store.dispose()


def run_child(base: Path, out: Path, traced: bool) -> dict:
    command = [sys.executable, __file__, "--child", str(base), "--out", str(out)]
    if traced:
        command.append("--traced")
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES, help="the cached base")
    parser.add_argument("--sizes", default="10000,100000", help="cases exported, comma separated")
    parser.add_argument("--no-tracemalloc", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.out, args.traced)))
        return

    source = base_path(args.cases)
    if not source.exists():
        source = ensure_base(args.cases)
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="register-bench-") as temporary:
        folder = Path(temporary)
        header = (
            f"{'cases':>8}{'time s':>9}{'per case':>10}{'RSS before':>12}{'RSS peak':>10}"
            f"{'growth':>9}{'heap peak':>11}{'file':>9}{'rows':>9}   target"
        )
        print(f"base {source.name}; each size in its own process, on a copy")
        print(header)
        print("-" * len(header))
        for size in sizes:
            base = cut_copy(source, folder, size)
            plain = run_child(base, folder / f"registre-{size}.xlsx", traced=False)
            traced = (
                {"heap_peak_mb": float("nan")}
                if args.no_tracemalloc
                else run_child(base, folder / f"registre-{size}-traced.xlsx", traced=True)
            )
            rows = count_rows(Path(plain["path"]))
            cases = rows["Registre des demandes"] - 1  # the header
            check = "" if cases == size else f"  ROWS ≠ {size:,}!"
            target = f"≤ {TARGET_S:.0f} s" if size >= 100_000 else ""
            print(
                f"{size:>8,}{plain['seconds']:>9.1f}{1e6 * plain['seconds'] / size:>8.0f}µs"
                f"{plain['rss_before_mb']:>10.0f}MB{plain['rss_peak_mb']:>8.0f}MB"
                f"{plain['rss_peak_mb'] - plain['rss_before_mb']:>7.0f}MB"
                f"{traced['heap_peak_mb']:>9.1f}MB{plain['file_mb']:>7.1f}MB"
                f"{cases:>9,}   {target}{check}"
            )
            print(f"{'':>8}statistics sheet: {rows['Statistiques'] - 1} rows")
            base.unlink()
    print(
        "RSS before: the process with Python, SQLAlchemy, openpyxl and the open base; growth: "
        "what the export added; heap peak: Python's allocations during the export (tracemalloc)"
    )


if __name__ == "__main__":
    main()
