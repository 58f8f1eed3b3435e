"""Backup and restore of an encrypted case base with its documents: time and peak memory.

    uv run python bench/backup.py [--cases N] [--documents-gb G] [--files F]

A copy of ``bench/.cache/cases-<N>.sqlite`` (``make_base.py``) is encrypted in a temporary
folder, beside a document store of G GB of random bytes in F files (random: they do not
compress, as scans and PDFs barely do). Then, each in a new process as the DPO's command line
runs it (the recovery passphrase in the file ``OKLIMA_DPO_PASSPHRASE_FILE`` names):

- ``backup`` with no documents, then with all of them;
- ``restore --check`` of the big archive (every part unsealed and hashed, the base's integrity
  and journal checked; nothing replaced);
- ``restore`` of it in place (the current base kept aside).

Printed: wall time from outside, the child's own peak resident memory (``wait4``), the
archive's size and the throughput. Memory that stays flat from 0 to G GB is what "streamed"
means here. Everything is made in a temporary folder and removed (bench/.cache is only read).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PASSPHRASE = "PHRASE-DE-BANC-D-ESSAI-LONGUE"


def fill_documents(folder: Path, total_bytes: int, files: int) -> int:
    """``files`` files of random bytes under ``folder/DR-…/``, ``total_bytes`` in all."""
    size = max(1, total_bytes // max(1, files))
    written = 0
    block = os.urandom(1 << 20)  # one random MiB, shifted per file: incompressible, quick
    for number in range(files):
        case = folder / f"DR-2026-{number // 3 + 1:04d}"
        case.mkdir(parents=True, exist_ok=True)
        with (case / f"{number % 3 + 1:03d}-piece.pdf").open("wb") as out:
            remaining = size
            shift = number % 4096
            while remaining > 0:
                piece = (block[shift:] + block[:shift])[: min(remaining, len(block))]
                out.write(piece)
                remaining -= len(piece)
        written += size
    return written


def timed(command: list[str], env: dict[str, str], out: Path) -> tuple[float, int, str]:
    """Seconds, this child's own peak resident memory in MiB (``wait4``), its stdout."""
    with out.open("w") as stdout, out.with_suffix(".err").open("w") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(
            f"failed ({child.returncode}): {' '.join(command)}\n"
            + out.with_suffix(".err").read_text()
        )
    return seconds, usage.ru_maxrss // 1024, out.read_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--documents-gb", type=float, default=5.0)
    parser.add_argument("--files", type=int, default=5000)
    args = parser.parse_args()

    sys.path.insert(0, str(BENCH))
    import keyring
    from keyring.backends.fail import Keyring as Failing
    from make_base import ensure_base

    from oklima_dpo.services.vault import encrypt_case_base

    source = ensure_base(args.cases)
    with tempfile.TemporaryDirectory(prefix="oklima-backup-bench-") as folder:
        tmp = Path(folder)
        base = tmp / "poste" / "cases.sqlite"
        base.parent.mkdir()
        shutil.copyfile(source, base)
        keyring.set_keyring(Failing())  # as on a server: the passphrase file is the way in
        started = time.perf_counter()
        encrypt_case_base(base, "banc", PASSPHRASE)
        encrypting = time.perf_counter() - started
        phrase = tmp / "phrase"
        phrase.write_text(PASSPHRASE, "utf-8")
        env = {**os.environ, "OKLIMA_DPO_PASSPHRASE_FILE": str(phrase)}
        env.pop("DISPLAY", None)
        program = [sys.executable, "-m", "oklima_dpo", "--db", str(base)]

        print(
            f"Backup bench: {args.cases:,} cases (base {base.stat().st_size / 1e6:,.0f} MB "
            f"encrypted in {encrypting:.1f} s), {os.cpu_count()} cores"
        )
        small_seconds, small_peak, out = timed(
            [*program, "backup", "--to", str(tmp / "vide"), "--json"], env, tmp / "out"
        )
        small = json.loads(out)
        print(
            f"  backup, no documents      {small_seconds:7.1f} s   peak {small_peak:6,d} MiB"
            f"   archive {small['size'] / 1e6:8,.0f} MB"
        )
        started = time.perf_counter()
        total = fill_documents(base.parent / "documents", int(args.documents_gb * 1e9), args.files)
        print(
            f"  ({args.files:,} documents, {total / 1e9:.2f} GB of random bytes written in "
            f"{time.perf_counter() - started:.1f} s, not timed)"
        )
        big_seconds, big_peak, out = timed(
            [*program, "backup", "--to", str(tmp / "partage"), "--json"], env, tmp / "out"
        )
        big = json.loads(out)
        rate = big["size"] / 1e6 / big_seconds
        print(
            f"  backup, {total / 1e9:.1f} GB documents    {big_seconds:7.1f} s   peak "
            f"{big_peak:6,d} MiB   archive {big['size'] / 1e6:8,.0f} MB   {rate:6,.0f} MB/s"
        )
        check_seconds, check_peak, _ = timed(
            [*program, "restore", big["archive"], "--check", "--json"], env, tmp / "out"
        )
        print(f"  restore --check           {check_seconds:7.1f} s   peak {check_peak:6,d} MiB")
        restore_seconds, restore_peak, _ = timed(
            [*program, "restore", big["archive"], "--json"], env, tmp / "out"
        )
        print(f"  restore in place          {restore_seconds:7.1f} s   peak {restore_peak:6,d} MiB")
        print("  (peak: each child's largest resident set — flat from 0 to all the documents")
        print("   is a streamed backup)")


if __name__ == "__main__":
    main()
