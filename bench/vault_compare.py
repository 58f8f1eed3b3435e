"""The encrypted case base against the plaintext one, side by side in one run.

    uv run python bench/vault_compare.py [--cases N] [--runs R] [--startup-runs S]

The plaintext base is ``bench/.cache/cases-<N>.sqlite`` (``make_base.py``); its encrypted twin
(SQLCipher, same rows, journal re-chained under its HMAC key) is made once beside it as
``cases-<N>-chiffree.sqlite`` with its key file, and reused while it is newer than the
plaintext base. Measured, each pair in turn (plain, encrypted, plain, encrypted…) and the
ratio taken pair by pair, so that a drift of the machine's speed moves both alike:

- the queue through the services: its first screenful read without SQLAlchemy (the start-up
  path), the whole queue of N cases, a search by surname, the dashboard's figures;
- the desktop program's start-up to its first painted queue (``gui_startup.py``'s child, a
  new process each time, on copies of both bases), the encrypted base's keys coming from the
  OS keyring as on the DPO's own session (held in memory by the child), and — for the
  record — from the recovery passphrase file, as on a server without a keyring (Argon2id's
  cost on top).

Target (issue 15): each ≤ 1.15× the plaintext figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PASSPHRASE = "PHRASE-DE-BANC-D-ESSAI-LONGUE"


def encrypted_twin(plain: Path) -> tuple[Path, dict[str, str]]:
    """The encrypted copy of ``plain`` (made when missing or older) and the keyring entries
    that open it."""
    import keyring

    from oklima_dpo.services.vault import encrypt_case_base
    from oklima_dpo.store.vault import KEYRING_SERVICE, KeyFile, key_file_path, unlock

    twin = plain.with_name(plain.stem + "-chiffree.sqlite")
    if not twin.exists() or twin.stat().st_mtime < plain.stat().st_mtime:
        for old in twin.parent.glob(twin.name + "*"):
            old.unlink()
        partial = twin.with_name("encrypting-" + twin.name)
        shutil.copyfile(plain, partial)
        from keyring.backends.fail import Keyring as Failing

        keyring.set_keyring(Failing())
        started = time.perf_counter()
        encrypt_case_base(partial, "banc", PASSPHRASE)
        print(f"(encrypted twin made in {time.perf_counter() - started:.1f} s, once)")
        os.replace(key_file_path(partial), key_file_path(twin))
        os.replace(partial, twin)
        partial.with_name(partial.name + ".lock").unlink(missing_ok=True)
    keys = unlock(twin, PASSPHRASE)
    base_id = KeyFile.read(key_file_path(twin)).base_id
    import base64

    entry = f"{KEYRING_SERVICE}\0base {base_id}"
    return twin, {entry: base64.b64encode(keys.to_bytes()).decode("ascii")}


def paired(
    label: str, plain: Callable[[], object], encrypted: Callable[[], object], runs: int
) -> None:
    plain(), encrypted()  # warm-up
    p_times, e_times, ratios = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        plain()
        p = time.perf_counter() - start
        start = time.perf_counter()
        encrypted()
        e = time.perf_counter() - start
        p_times.append(p)
        e_times.append(e)
        ratios.append(e / p)
    print(
        f"  {label:<34}{1000 * statistics.median(p_times):>10.1f}"
        f"{1000 * statistics.median(e_times):>10.1f}{statistics.median(ratios):>9.2f}×"
    )


def queue_figures(plain: Path, twin: Path, runs: int) -> None:
    from make_base import bench_context, generated_at

    from oklima_dpo.services.cases import dashboard
    from oklima_dpo.services.cases.queue import list_cases, quick_list
    from oklima_dpo.services.cases.views import CaseFilter
    from oklima_dpo.services.context import ServiceContext
    from oklima_dpo.store.database import Target, parse_target
    from oklima_dpo.store.migrate import open_store
    from oklima_dpo.store.vault import unlock

    clock_at = generated_at(plain)
    plain_ctx = bench_context(plain, clock_at)
    keys = unlock(twin, PASSPHRASE)
    target = Target(parse_target(twin).url, twin, keys.base, keys.journal)
    enc_ctx = ServiceContext(
        open_store(target),
        "banc",
        twin.parent / "documents-chiffree",
        clock=plain_ctx.clock,
        configuration=plain_ctx.configuration,
    )
    surname = "Martin"
    print(f"  {'queue (services)':<34}{'plain ms':>10}{'enc. ms':>10}{'ratio':>10}")
    try:
        for label, call in (
            (
                "first screenful (start-up path)",
                lambda c: quick_list(c, CaseFilter(open_only=True)),
            ),
            ("whole queue", lambda c: list_cases(c, CaseFilter())),
            (f"search « {surname} »", lambda c: list_cases(c, CaseFilter(text=surname))),
            ("dashboard figures", dashboard.figures),
        ):
            paired(label, lambda call=call: call(plain_ctx), lambda call=call: call(enc_ctx), runs)
    finally:
        plain_ctx.store.dispose()
        enc_ctx.store.dispose()


def startup_figures(plain: Path, twin: Path, held: dict[str, str], runs: int) -> None:
    from gui_startup import child_env, spawn

    from oklima_dpo.store.vault import key_file_path

    me = [sys.executable, str(BENCH / "gui_startup.py"), "--child", "program"]
    with tempfile.TemporaryDirectory(prefix="oklima-vault-bench-") as folder:
        tmp = Path(folder)
        copies = {}
        for name, source in (("plain", plain), ("enc", twin)):
            (tmp / name).mkdir()
            copies[name] = tmp / name / "cases.sqlite"
            shutil.copyfile(source, copies[name])
        shutil.copyfile(key_file_path(twin), key_file_path(copies["enc"]))
        keyring_file = tmp / "keyring.json"
        keyring_file.write_text(json.dumps(held))
        keyring_file.chmod(0o600)
        phrase = tmp / "phrase"
        phrase.write_text(PASSPHRASE)
        env = child_env(tmp / "pycache", write_bytecode=True)
        with_keyring = {**env, "OKLIMA_BENCH_KEYRING": str(keyring_file)}
        with_phrase = {**env, "OKLIMA_DPO_PASSPHRASE_FILE": str(phrase)}
        commands = {
            "plain": ([*me, "--db", str(copies["plain"]), "--data-dir", str(tmp / "d1")], env),
            "keyring": (
                [*me, "--db", str(copies["enc"]), "--data-dir", str(tmp / "d2")],
                with_keyring,
            ),
            "phrase": (
                [*me, "--db", str(copies["enc"]), "--data-dir", str(tmp / "d3")],
                with_phrase,
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for number in range(runs + 1):
            for name, (command, child) in commands.items():
                painted, _ended, _phases = spawn(command, child, tmp / "child.err")
                if number:  # the first round writes byte code and interface settings
                    times[name].append(painted)
    plain_ms = [1000 * t for t in times["plain"]]
    print(f"  {'start-up to the painted queue':<34}{'plain ms':>10}{'enc. ms':>10}{'ratio':>10}")
    for name, label in (
        ("keyring", "key from the OS keyring"),
        ("phrase", "key from the passphrase file"),
    ):
        ratios = [e / p for e, p in zip(times[name], times["plain"], strict=True)]
        print(
            f"  {label:<34}{statistics.median(plain_ms):>10.0f}"
            f"{1000 * statistics.median(times[name]):>10.0f}{statistics.median(ratios):>9.2f}×"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="pairs of each queue query")
    parser.add_argument("--startup-runs", type=int, default=5, help="start-ups of each kind")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from make_base import ensure_base

    plain = ensure_base(args.cases)
    twin, held = encrypted_twin(plain)
    load = os.getloadavg()
    print(
        f"Encrypted against plaintext: {args.cases:,} cases; {os.cpu_count()} cores, load "
        f"{load[0]:.2f}; medians, ratio pair by pair (target ≤ 1.15×)"
    )
    queue_figures(plain, twin, args.runs)
    startup_figures(plain, twin, held, args.startup_runs)


if __name__ == "__main__":
    main()
