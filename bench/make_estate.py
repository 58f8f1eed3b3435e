"""Build (or reuse) the demo estate of N synthetic customers and say how long it took.

    uv run python bench/make_estate.py [PERSONS] [--out DIR] [--seed S] [--rebuild]

The estate goes to ``bench/.cache/estate-<N>`` unless ``--out`` says otherwise, written by
the real generator (``oklima_dpo.demo.estate.write_demo_estate``). An estate already
there (its catalogue is written last) is reused unless ``--rebuild``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from oklima_dpo.demo.estate import CATALOGUE_NAME, FILES, write_demo_estate

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache"
DEFAULT_PERSONS = 100_000


def estate_dir(persons: int) -> Path:
    return CACHE / f"estate-{persons}"


def _ready(folder: Path) -> bool:
    return all((folder / name).is_file() for name in (*FILES, CATALOGUE_NAME))


def ensure_estate(persons: int = DEFAULT_PERSONS, out: Path | None = None, seed: int = 0) -> Path:
    """The folder of a finished estate of ``persons`` customers, built when missing."""
    folder = out or estate_dir(persons)
    if not _ready(folder):
        write_demo_estate(folder, persons, seed, progress=_progress(time.perf_counter()))
    return folder


def _progress(start: float):
    def report(line: str) -> None:
        sys.stderr.write(f"  {time.perf_counter() - start:7.1f} s  {line}\n")
        sys.stderr.flush()

    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("persons", type=int, nargs="?", default=DEFAULT_PERSONS)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rebuild", action="store_true", help="build even if it exists")
    args = parser.parse_args()
    folder = args.out or estate_dir(args.persons)
    if _ready(folder) and not args.rebuild:
        print(f"reusing {folder}")
        return
    start = time.perf_counter()
    summary = write_demo_estate(folder, args.persons, args.seed, progress=_progress(start))
    seconds = time.perf_counter() - start
    print(f"{'estate':<24}{folder}")
    print(f"{'persons':<24}{args.persons:,}")
    print(f"{'generation':<24}{seconds:.1f} s  ({1e6 * seconds / args.persons:.0f} µs/person)")
    for name, count in summary.rows.items():
        print(f"{name:<24}{count:>12,}")
    for name in FILES:
        print(f"{name:<24}{(folder / name).stat().st_size / 1e6:>10.1f} MB")


if __name__ == "__main__":
    main()
