"""The frozen bundle: its size untrimmed and trimmed, its biggest parts, and the start-up of
its ``--self-test`` against the same self-test from source.

    uv run python bench/bundle.py                 # builds both bundles, then measures
    uv run python bench/bundle.py --no-build      # measures dist/oklima-dpo as it is
    uv run python bench/bundle.py --runs 10

The untrimmed bundle (``OKLIMA_BUILD_TRIM=0``) goes to ``bench/.cache/bundle-untrimmed``; the
trimmed one is the real ``dist/oklima-dpo``. Start-up runs A (frozen) and B (``python -m
oklima_dpo``) in turn, A B A B …, on the offscreen platform, and prints min / median / max
wall seconds of each and the median of the pair-by-pair ratios A/B (target ≤ 1.2).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
TRIMMED = ROOT / "dist" / "oklima-dpo"
UNTRIMMED = CACHE / "bundle-untrimmed" / "oklima-dpo"
EXE = "oklima-dpo.exe" if sys.platform == "win32" else "oklima-dpo"


def build(trim: bool) -> float:
    dist = TRIMMED.parent if trim else UNTRIMMED.parent
    work = ROOT / "build" if trim else CACHE / "build-untrimmed"
    env = {**os.environ, "OKLIMA_BUILD_TRIM": "1" if trim else "0"}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(count: int) -> str:
    return f"{count / 1e6:7.1f} Mo"


def biggest(bundle: Path, top: int) -> list[tuple[int, str]]:
    """The heaviest parts: top-level entries of _internal, PySide6 split one level further."""
    internal = bundle / "_internal"
    parts = [bundle / EXE, *internal.iterdir()]
    pyside = internal / "PySide6"
    if pyside.is_dir():
        parts.remove(pyside)
        qt = pyside / "Qt"
        parts += [p for p in pyside.iterdir() if p != qt]
        parts += list(qt.iterdir()) if qt.is_dir() else []
    measured = [(size(p), p.relative_to(bundle).as_posix()) for p in parts]
    return sorted(measured, reverse=True)[:top]


def report_size(name: str, bundle: Path, top: int) -> None:
    if not (bundle / EXE).is_file():
        print(f"{name}: absent ({bundle})")
        return
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    print(f"{name}: {mb(size(bundle))}, {files} fichiers ({bundle.relative_to(ROOT)})")
    for count, part in biggest(bundle, top):
        print(f"    {mb(count)}  {part}")


def timed(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def report_startup(runs: int) -> None:
    frozen = [str(TRIMMED / EXE), "--self-test"]
    source = [sys.executable, "-m", "oklima_dpo", "--self-test"]
    timed(frozen), timed(source)  # warm-up: file cache, fontconfig cache
    a, b = [], []
    for _ in range(runs):
        a.append(timed(frozen))
        b.append(timed(source))
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    for name, values in (("gelé  --self-test", a), ("source --self-test", b)):
        print(
            f"{name}: min {min(values):.2f} s, médiane {statistics.median(values):.2f} s, "
            f"max {max(values):.2f} s"
        )
    print(
        f"rapport gelé/source, médiane des paires : {statistics.median(ratios):.2f} "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f}) ; cible ≤ 1,2"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="measure what dist/ holds")
    parser.add_argument("--runs", type=int, default=5, help="pairs of start-ups (default 5)")
    parser.add_argument("--top", type=int, default=12, help="biggest parts listed")
    args = parser.parse_args()
    if not args.no_build:
        print(f"construction non élaguée : {build(trim=False):.0f} s")
        print(f"construction élaguée : {build(trim=True):.0f} s")
    report_size("non élagué", UNTRIMMED, args.top)
    report_size("élagué", TRIMMED, args.top)
    if (TRIMMED / EXE).is_file():
        report_startup(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
