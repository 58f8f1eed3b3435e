"""Start-up of the desktop program to its first painted queue, against a bare PySide6 window.

    uv run python bench/gui_startup.py [--runs N] [--warmup W] [--big] [--cases N]

Target (issue 3): start-up of ``oklima-dpo --demo`` to the first painted queue ≤ 2× the
start-up of a bare PySide6 window showing an empty table.

Each run is a new process, timed from outside: from just before it is spawned to the moment it
prints that it has painted. The two kinds run in turn (bare, program, bare, program…) and the
ratio is taken pair by pair, so that a drift of the machine's speed moves both alike.

- bare: QApplication, a QMainWindow holding an empty QTableView (8 columns, no rows), shown;
  done at the first paint of the table's viewport.
- program: ``oklima_dpo.app.main(["--demo", "--data-dir", …, "--no-err-windows"])``, the real
  start-up path (translations, crash handler, folders, logging, case base, writer lock, main
  window, event loop); ``build_main_window`` is wrapped only to watch the queue. Done at the
  first paint of the queue's viewport once the window is ``ready()`` with rows.

Both children then close their window and exit (not timed). The demo case base is filled once
before timing (a first start-up fills it; that fill is not in the figures), and one untimed
pair warms the caches and writes the interface settings a second start reads. ``--big`` also
times the program on a copy of the 100,000-case base (``--db``, real clock; the copy is in a
temporary folder, so nothing writes to bench/.cache).

The children run on the offscreen platform with a 1920×1080 screen (tests/offscreen-screen.json)
and can be run alone, for a profiler or an outside timer:

    python bench/gui_startup.py --child bare
    python bench/gui_startup.py --child program --demo --data-dir DIR
    python bench/gui_startup.py --child program --db BASE.sqlite --data-dir DIR
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argparse import Namespace

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
MARKER = "PAINTED"
CHILD_TIMEOUT_MS = 120_000


# -- the children (keep their imports inside: the bare child must not pay for ours) ----------


def _offscreen() -> None:
    screen = REPO / "tests" / "offscreen-screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def _report(phases: list[tuple[str, float]]) -> None:
    """Phases as wall-clock seconds (comparable with the parent's), then the marker."""
    for name, at in phases:
        sys.stdout.write(f"PHASE {name} {at:.6f}\n")
    sys.stdout.write(f"{MARKER}\n")
    sys.stdout.flush()


def child_bare() -> int:
    phases = [("script", time.time())]
    _offscreen()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    phases.append(("qt imported", time.time()))
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 8, table))
    window.setCentralWidget(table)
    window.resize(1280, 760)

    def done() -> None:
        phases.append(("painted", time.time()))
        _report(phases)
        window.close()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.parent() is not None:
                self.setParent(None)  # once
                watched.removeEventFilter(self)
                QTimer.singleShot(0, done)  # after this paint has been carried out
            return False

    probe = FirstPaint(window)
    table.viewport().installEventFilter(probe)
    QTimer.singleShot(CHILD_TIMEOUT_MS, lambda: app.exit(3))
    window.show()
    phases.append(("shown", time.time()))
    return app.exec()


def _bench_keyring() -> None:
    """As on the DPO's own session: the OS keyring holds an encrypted base's keys. The entries
    come from the file ``OKLIMA_BENCH_KEYRING`` names (JSON), held in memory by this child."""
    named = os.environ.get("OKLIMA_BENCH_KEYRING")
    if not named:
        return
    import json

    import keyring
    from keyring.backend import KeyringBackend

    held = {tuple(k.split("\0")): v for k, v in json.loads(Path(named).read_text()).items()}

    class Held(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return held.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            held[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            held.pop((service, username), None)

    keyring.set_keyring(Held())


def child_program(argv: list[str]) -> int:
    phases = [("script", time.time())]
    _offscreen()
    _bench_keyring()
    import oklima_dpo.app as app_module

    phases.append(("oklima_dpo.app imported", time.time()))
    real_build = app_module.build_main_window

    def build_and_watch(*args: Any, **kwargs: Any) -> Any:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        phases.append(("case base open, building window", time.time()))
        window = real_build(*args, **kwargs)
        phases.append(("window built", time.time()))

        def done() -> None:
            phases.append(("queue painted", time.time()))
            _report(phases)
            window.close()

        class QueuePainted(QObject):
            seen = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and self.parent() is not None:
                    if not self.seen:
                        self.seen = True
                        phases.append(("first paint of the queue", time.time()))
                    if window.ready() and window.queue_row_count() > 0:
                        self.setParent(None)  # once
                        watched.removeEventFilter(self)
                        QTimer.singleShot(0, done)
                return False

        window.queue.loaded.connect(lambda _n: phases.append(("queue loaded", time.time())))
        window._bench_probe = QueuePainted(window)
        window.queue.table.viewport().installEventFilter(window._bench_probe)
        app = QApplication.instance()
        QTimer.singleShot(CHILD_TIMEOUT_MS, lambda: app.exit(3))
        return window

    app_module.build_main_window = build_and_watch
    return app_module.main([*argv, "--no-err-windows"])


# -- the parent ----------------------------------------------------------------------------


def spawn(
    command: list[str], env: dict[str, str], stderr_file: Path
) -> tuple[float, float, dict[str, float]]:
    """Run one child: seconds from spawn to its marker, to its exit, and its phases (s)."""
    import subprocess

    with stderr_file.open("w") as err:
        wall0 = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, text=True, env=env)
        painted = None
        phases: dict[str, float] = {}
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(MARKER):
                painted = time.perf_counter() - start
            elif line.startswith("PHASE "):
                name, at = line[len("PHASE ") :].rstrip("\n").rsplit(" ", 1)
                phases[name] = float(at) - wall0
        code = proc.wait(timeout=CHILD_TIMEOUT_MS / 1000)
        ended = time.perf_counter() - start
    if painted is None or code != 0:
        sys.stderr.write(stderr_file.read_text(errors="replace")[-3000:])
        raise SystemExit(f"child failed (exit {code}): {' '.join(command)}")
    return painted, ended, phases


def _stats(values: list[float]) -> str:
    import statistics

    ms = [1000 * v for v in values]
    return f"{min(ms):8.0f}{statistics.median(ms):8.0f}{max(ms):8.0f}"


def _phase_table(label: str, runs: list[dict[str, float]]) -> None:
    import statistics

    print(f"  {label}: median moment of each phase, ms after spawn")
    for name in runs[0]:
        values = [1000 * r[name] for r in runs if name in r]
        print(f"    {name:<36}{statistics.median(values):8.0f}")


def child_env(pycache: Path, write_bytecode: bool) -> dict[str, str]:
    """The children's environment: byte code cached under ``pycache`` (never in the tree), or
    compiled from source at every start (``write_bytecode`` False, ``pycache`` left empty)."""
    env = dict(os.environ)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def parent(args: Namespace) -> None:
    import shutil
    import statistics
    import tempfile

    from make_base import base_path, ensure_base

    from oklima_dpo import app as app_module
    from oklima_dpo import cli

    runs, warmup = args.runs, args.warmup
    me = [sys.executable, str(Path(__file__).resolve()), "--child"]
    with tempfile.TemporaryDirectory(prefix="oklima-startup-") as folder:
        tmp = Path(folder)
        demo_dir = tmp / "demo-data"
        started = time.perf_counter()
        ctx = app_module.open_gui_context(cli.parse(["--demo", "--data-dir", str(demo_dir)]))
        ctx.store.dispose()
        prepared = time.perf_counter() - started
        cached = child_env(tmp / "pycache", write_bytecode=True)
        program = [*me, "program", "--demo", "--data-dir", str(demo_dir)]
        commands: dict[str, tuple[list[str], dict[str, str]]] = {
            "bare": ([*me, "bare"], cached),
            "program --demo": (program, cached),
        }
        if args.uncached:
            (tmp / "empty-pycache").mkdir()
            uncached = child_env(tmp / "empty-pycache", write_bytecode=False)
            commands["program --demo, no .pyc"] = (program, uncached)
        if args.big:
            source = ensure_base(args.cases)
            copy = tmp / "big" / base_path(args.cases).name
            copy.parent.mkdir()
            shutil.copyfile(source, copy)
            big = [*me, "program", "--db", str(copy), "--data-dir", str(tmp / "big-data")]
            commands[f"program --db {args.cases:,} cases"] = (big, cached)

        load = os.getloadavg()
        print(
            f"GUI start-up: {runs} timed runs of each in turn, after {warmup} untimed; "
            f"{os.cpu_count()} cores, load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
        )
        print(
            f"demo case base filled once before timing, in {prepared:.1f} s (not timed); "
            "byte code cached (the untimed runs write it)"
            + ("; « no .pyc »: compiled from source at every start" if args.uncached else "")
        )
        print()
        painted: dict[str, list[float]] = {name: [] for name in commands}
        ended: dict[str, list[float]] = {name: [] for name in commands}
        phases: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for number in range(warmup + runs):
            for name, (command, env) in commands.items():
                p, e, ph = spawn(command, env, tmp / "child.err")
                if number >= warmup:
                    painted[name].append(p)
                    ended[name].append(e)
                    phases[name].append(ph)

        width = max(30, *(len(name) + 2 for name in commands))
        header = f"{'process':<{width}}{'min':>8}{'median':>8}{'max':>8}   ms, spawn → first paint"
        print(header)
        print("-" * len(header))
        for name in commands:
            print(f"{name:<{width}}{_stats(painted[name])}")
        print()
        print(f"{'process':<{width}}{'min':>8}{'median':>8}{'max':>8}   ms, spawn → exit")
        for name in commands:
            print(f"{name:<{width}}{_stats(ended[name])}")
        print()
        bare = painted["bare"]
        for name in list(commands)[1:]:
            ratios = [p / b for p, b in zip(painted[name], bare, strict=True)]
            of_medians = statistics.median(painted[name]) / statistics.median(bare)
            print(
                f"{name} / bare: median of the paired ratios {statistics.median(ratios):.2f} "
                f"(min {min(ratios):.2f}, max {max(ratios):.2f}), "
                f"ratio of the medians {of_medians:.2f}"
                + ("   target ≤ 2" if name == "program --demo" else "")
            )
        print()
        for name in commands:
            _phase_table(name, phases[name])
        load = os.getloadavg()
        print(f"\nload at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        if sys.argv[2] == "bare":
            return child_bare()
        if sys.argv[2] == "program":
            return child_program(sys.argv[3:])
        raise SystemExit(f"unknown child {sys.argv[2]!r}: bare or program")

    import argparse

    from make_base import DEFAULT_CASES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each (default 10)")
    parser.add_argument(
        "--warmup", type=int, default=1, help="untimed runs first, at least 1 (default 1)"
    )
    parser.add_argument(
        "--big", action="store_true", help="also the program on a copy of the big base"
    )
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES, help="size of that base")
    parser.add_argument(
        "--uncached",
        action="store_true",
        help="also the program with its byte code compiled at every start",
    )
    args = parser.parse_args()
    if args.warmup < 1 or args.runs < 1:
        parser.error("--runs and --warmup must be at least 1 (the warm-up writes the byte code)")
    parent(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
