"""The « Demandes » page on the big case base: opening, filtering, scrolling, GUI-thread stalls.

    uv run python bench/gui_queue.py [--cases N] [--rounds R] [--runs L] [--size WxH]
                                     [--name SURNAME] [--real-clock] [--profile]

Targets (issue 3): with 100,000 cases the queue opens in ≤ 300 ms and a filter applies in
≤ 100 ms; no single stall of the GUI thread over 50 ms while scrolling or filtering.

The real main window (``build_main_window``) runs on a copy of the base in a temporary folder
(nothing writes to bench/.cache), with the real worker runner, on the offscreen platform
(1920×1080 screen, tests/offscreen-screen.json). Every figure is wall time on the GUI thread,
from the change (a reload, a click, a key) to the end of the first repaint of the table's
viewport after it (after the load arrives, for a load):

- open: the first opening of the window (show → queue painted, while the dashboard and the
  alerts load after the queue, as at start-up), then ``reload()`` L times; the same for every case
  (status box « Toutes les demandes »), which the DPO can ask for;
- filters: each check box on and off, each right of the right box and back, one open status,
  and a name typed one key at a time into the search field then erased (each key a figure);
  R rounds; on the open cases, then again once every case is loaded;
- scrolling: the scroll bar moved a page at a time and to random places, Page Down pressed;
  a sort by name and back (no target);
- stalls: a 5 ms timer on the GUI thread records the gaps between its ticks; the longest gap
  during an action, minus the 5 ms period, is that action's longest stall. The idle line shows
  what the timer alone gives.

Columns: ``rows`` shown after the action (the fewest over its samples: what the filter
leaves); ``n`` samples; ``sync`` the median time spent in the handler before the event loop
runs again; ``median`` / ``max`` change → repaint; ``stall`` the longest stall over the
samples; ``gc`` the longest pause of Python's garbage collector over the samples, and on
which thread (w a worker, g the GUI thread: either way it holds the GIL, so it stalls the GUI
thread). A load row adds its split:
``list_cases`` on the worker, ``set_prepared`` (the filter in the model; the sorting is done on
the worker) on the GUI thread. A load that shows the first screenful (the soonest deadlines, the
exact head of the queue) before the rest adds when that screenful was painted, and its own
line (« first screenful painted ») held to the opening target; the load's line keeps the time to
the whole queue painted (« complete »).
- sort: a click on a column's header to the repaint in the new order (the order is computed on a
  worker: the time runs until it has arrived and been painted).
``--profile`` adds cProfile of the GUI thread (worker threads are not profiled; time spent
waiting for them shows under the event loop).

Byte code is cached in a folder of the temporary directory (the first run on a machine fills
it and says so: run again), as an installed program has it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Before Qt is imported: the offscreen platform, with a big screen.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={REPO / 'tests' / 'offscreen-screen.json'}"
# Before anything else is imported: byte code cached outside the tree, as an installed program
# has it, even where PYTHONDONTWRITEBYTECODE is set (modules imported lazily while timing
# would otherwise be compiled from source each time).
PYCACHE = Path(tempfile.gettempdir()) / "oklima-bench-pycache"
PYCACHE_WAS_EMPTY = not (PYCACHE.is_dir() and any(PYCACHE.iterdir()))
sys.pycache_prefix, sys.dont_write_bytecode = str(PYCACHE), False

import argparse  # noqa: E402
import cProfile  # noqa: E402
import gc  # noqa: E402
import pstats  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

from make_base import DEFAULT_CASES, base_path, ensure_base, generated_at  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from queue_queries import common_surname  # noqa: E402

from oklima_dpo.app import build_main_window, interface_settings  # noqa: E402
from oklima_dpo.gui.main_window import MainWindow  # noqa: E402
from oklima_dpo.gui.views.queue import ALL_CASES, ALL_OPEN, FIRST_PAGE  # noqa: E402
from oklima_dpo.gui.workers import Runner  # noqa: E402
from oklima_dpo.services.cases import queue as case_queue  # noqa: E402
from oklima_dpo.services.context import ServiceContext  # noqa: E402
from oklima_dpo.store.database import parse_target  # noqa: E402
from oklima_dpo.store.migrate import open_store  # noqa: E402

TICK_MS = 5
TIMEOUT_MS = 60_000
OPEN_TARGET, FILTER_TARGET, STALL_TARGET = 300.0, 100.0, 50.0


class StallMonitor(QObject):
    """A timer ticking every 5 ms on the GUI thread; the gaps between ticks, per action."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.gaps: list[float] = []

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.gaps = time.perf_counter(), []

    def longest_ms(self) -> float:
        """The longest gap since the reset, the one still open included."""
        return 1000 * max([*self.gaps, time.perf_counter() - self.last])


class GcWatch:
    """The longest pause of Python's cyclic garbage collector since the reset, on any thread:
    it holds the GIL, so a long one on a worker stalls the GUI thread as well."""

    def __init__(self) -> None:
        self.gui_thread = threading.get_ident()
        self.started: dict[int, float] = {}
        self.longest, self.where = 0.0, ""
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info: dict[str, int]) -> None:
        now = time.perf_counter()
        thread = threading.get_ident()
        if phase == "start":
            self.started[thread] = now
        elif thread in self.started:
            pause = 1000 * (now - self.started.pop(thread))
            if pause > self.longest:
                self.longest, self.where = pause, "g" if thread == self.gui_thread else "w"

    def reset(self) -> None:
        self.longest, self.where = 0.0, ""


class PaintProbe(QObject):
    """Notes when a paint of the watched widget has been carried out, once armed."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.armed = False
        self.painted_at: float | None = None
        self.loop: QEventLoop | None = None
        self.condition: Callable[[], bool] | None = None  # a paint counts once it holds
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.armed
            and event.type() == QEvent.Type.Paint
            and (self.condition is None or self.condition())
        ):
            self.armed = False
            QTimer.singleShot(0, self._painted)  # runs once this paint is over
        return False

    def arm(self) -> None:
        self.painted_at, self.armed = None, True

    def _painted(self) -> None:
        self.painted_at = time.perf_counter()
        if self.loop is not None:
            self.loop.quit()

    def wait(self, timeout_ms: int = TIMEOUT_MS) -> bool:
        if self.painted_at is None:
            self.loop = QEventLoop()
            QTimer.singleShot(timeout_ms, self.loop.quit)
            self.loop.exec()
            self.loop = None
        return self.painted_at is not None


@dataclass
class Row:
    label: str
    target: float | None = None
    times: list[float] = field(default_factory=list)
    sync: list[float] = field(default_factory=list)
    stalls: list[float] = field(default_factory=list)
    gc: list[tuple[float, str]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    split_worker: list[float] = field(default_factory=list)  # list_cases on the worker, ms
    split_model: list[float] = field(default_factory=list)  # set_cases on the GUI thread, ms
    first_page: list[float] = field(default_factory=list)  # the soonest deadlines shown, ms
    first_paint: list[float] = field(default_factory=list)  # …and painted, ms
    first_stalls: list[float] = field(default_factory=list)  # longest stall until then, ms

    def add(
        self, total_ms: float, sync_ms: float, gap_ms: float, gc: tuple[float, str], rows: int
    ) -> None:
        self.times.append(total_ms)
        self.sync.append(sync_ms)
        self.stalls.append(max(0.0, gap_ms - TICK_MS))
        self.gc.append(gc)
        self.rows.append(rows)


class Bench:
    def __init__(self, app: QApplication, window: MainWindow, runner: Runner) -> None:
        self.app, self.window, self.runner = app, window, runner
        self.queue = window.queue
        self.table = self.queue.table
        self.monitor = StallMonitor(window)
        self.gc = GcWatch()
        self.probe = PaintProbe(self.table.viewport())
        self.first_probe = PaintProbe(self.table.viewport())  # the first screenful painted
        self.expect_load = False
        self.rows: list[Row] = []
        self.first_page_at: float | None = None
        self.queue.loaded.connect(self._loaded)
        self.queue.first_page_shown.connect(self._first_page)

    def _first_page(self, _count: int) -> None:
        self.first_page_at = time.perf_counter()
        if self.expect_load:
            self.first_probe.arm()

    def _loaded(self, _count: int) -> None:
        if self.expect_load:
            self.expect_load = False
            self.probe.arm()

    def row(self, label: str, target: float | None = None) -> Row:
        found = Row(label, target)
        self.rows.append(found)
        return found

    def settle(self, ms: int = 30) -> None:
        """Let the workers finish and the event loop go idle."""
        deadline = time.perf_counter() + TIMEOUT_MS / 1000
        while self.runner.busy and time.perf_counter() < deadline:
            QTest.qWait(5)
        QTest.qWait(ms)

    def measure(
        self,
        row: Row,
        action: Callable[[], object],
        load: bool = False,
        settle: bool = True,
        until: Callable[[], bool] | None = None,
    ) -> float:
        """Time ``action`` to the next repaint of the table (after the load, for a load; once
        ``until()`` holds, when given)."""
        if settle:
            self.settle()
        self.probe.painted_at, self.probe.armed = None, not load
        self.probe.condition = until
        self.first_probe.painted_at, self.first_probe.armed = None, False
        self.expect_load = load
        self.monitor.reset()
        self.gc.reset()
        self.first_page_at = None
        start = time.perf_counter()
        action()
        synced = time.perf_counter()
        painted = self.probe.wait()
        gap = self.monitor.longest_ms()
        if not painted or self.probe.painted_at is None:
            row.notes.append("no repaint")
            return float("nan")
        total = 1000 * (self.probe.painted_at - start)
        if load and self.first_page_at is not None:
            row.first_page.append(1000 * (self.first_page_at - start))
            if self.first_probe.painted_at is not None:
                row.first_paint.append(1000 * (self.first_probe.painted_at - start))
        rows = self.queue.model.rowCount()
        row.add(total, 1000 * (synced - start), gap, (self.gc.longest, self.gc.where), rows)
        return total


@contextmanager
def profiled(enabled: bool, title: str) -> Iterator[None]:
    if not enabled:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        print(f"\n--- cProfile, GUI thread: {title} (top 25 by own time) ---")
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(25)


class Timings:
    """Wraps the worker's ``list_cases`` and the model's ``set_prepared`` to split a load."""

    def __init__(self, bench: Bench) -> None:
        self.worker: list[float] = []
        self.set_cases: list[float] = []
        real_list = case_queue.list_cases
        model = bench.queue.model
        real_set = model.set_prepared

        def list_cases(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return real_list(*args, **kwargs)
            finally:
                self.worker.append(1000 * (time.perf_counter() - start))

        def set_cases(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return real_set(*args, **kwargs)
            finally:
                self.set_cases.append(1000 * (time.perf_counter() - start))

        case_queue.list_cases = list_cases  # the queue calls it through the module
        model.set_prepared = set_cases  # type: ignore[method-assign]


def open_rows(
    bench: Bench,
    timings: Timings,
    scope: str,
    runs: int,
    first_label: str,
    first: Callable[[], object],
    first_of_window: bool = False,
) -> None:
    """The first opening of a scope, then ``reload()`` ``runs`` times."""
    opened = bench.row(f"{scope}: {first_label}", OPEN_TARGET)
    reloaded = bench.row(f"{scope}: reload()", OPEN_TARGET)
    for row, action, settle in (
        (opened, first, not first_of_window),
        *((reloaded, bench.queue.reload, True) for _ in range(runs)),
    ):
        worker, model = len(timings.worker), len(timings.set_cases)
        bench.measure(row, action, load=True, settle=settle)
        row.split_worker += timings.worker[worker:]
        row.split_model += timings.set_cases[model:]
    if opened.first_paint:
        # What the DPO sees first: the head of the new queue; the line above waits for all of it.
        first = bench.row(f"{scope}: {first_label}, first screenful painted", OPEN_TARGET)
        first.times = list(opened.first_paint)
        first.rows = [FIRST_PAGE]


def filter_rows(bench: Bench, scope: str, rounds: int, surname: str) -> None:
    queue = bench.queue
    boxes = (
        ("overdue", queue.overdue),
        ("due within 7 days", queue.due_week),
        ("awaiting information", queue.awaiting),
        ("extended", queue.extended),
    )
    checks = {name: bench.row(f"{scope}: « {name} » on / off", FILTER_TARGET) for name, _ in boxes}
    rights = bench.row(f"{scope}: right box, each right and back", FILTER_TARGET)
    status = bench.row(f"{scope}: status « en attente d’informations »", FILTER_TARGET)
    typed = bench.row(f"{scope}: « {surname} » typed, a key at a time", FILTER_TARGET)
    erased = bench.row(f"{scope}: …then erased, a key at a time", FILTER_TARGET)
    box = queue.status_box
    scope_index = box.currentIndex()
    awaiting_index = box.findData("awaiting_info")

    def measure(row: Row, action: Callable[[], object]) -> None:
        # A large queue filters on a worker: the time runs to the paint of its rows.
        bench.measure(row, action, until=lambda: not queue.model.filtering)

    for _ in range(rounds):
        for name, check in boxes:
            measure(checks[name], check.click)
            measure(checks[name], check.click)
        for index in range(1, queue.right_box.count()):
            measure(rights, lambda i=index: queue.right_box.setCurrentIndex(i))
        measure(rights, lambda: queue.right_box.setCurrentIndex(0))
        measure(status, lambda: box.setCurrentIndex(awaiting_index))
        measure(status, lambda: box.setCurrentIndex(scope_index))
        queue.search.setFocus()
        for char in surname:
            measure(typed, lambda c=char: QTest.keyClicks(queue.search, c))
        for _char in surname:
            measure(erased, lambda: QTest.keyClick(queue.search, Qt.Key.Key_Backspace))


def scroll_rows(bench: Bench, scope: str, rounds: int) -> None:
    table = bench.table
    bar = table.verticalScrollBar()
    pages = bench.row(f"{scope}: scroll bar, a page at a time (×40)", None)
    jumps = bench.row(f"{scope}: scroll bar to random places (×40)", None)
    keys = bench.row(f"{scope}: Page Down pressed (×40)", None)
    sort = bench.row(f"{scope}: sort by name, then by deadline again", None)
    chance = random.Random(3)
    for _ in range(rounds):
        bar.setValue(0)
        for _step in range(40):
            if bar.value() + bar.pageStep() > bar.maximum():
                break
            bench.measure(pages, lambda: bar.setValue(bar.value() + bar.pageStep()))
        for _step in range(40):
            target = chance.randrange(bar.maximum() + 1)
            if target != bar.value():
                bench.measure(jumps, lambda t=target: bar.setValue(t))
        bar.setValue(0)
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        bench.settle()
        for _step in range(40):
            if bar.value() + bar.pageStep() > bar.maximum():
                break
            bench.measure(keys, lambda: QTest.keyClick(table, Qt.Key.Key_PageDown))
        model = bench.queue.model
        for column in (1, 4):
            bench.measure(
                sort,
                lambda c=column: table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
                until=lambda m=model: not m.sorting,
            )
        bar.setValue(0)


def idle_row(bench: Bench) -> None:
    row = bench.row("idle, 1 s (what the timer alone gives)", None)
    bench.settle()
    bench.monitor.reset()
    bench.gc.reset()
    QTest.qWait(1000)
    row.stalls.append(max(0.0, bench.monitor.longest_ms() - TICK_MS))
    row.gc.append((bench.gc.longest, bench.gc.where))


def fmt(value: float | None, width: int = 8) -> str:
    return f"{'':>{width}}" if value is None else f"{value:>{width}.0f}"


def gc_cell(row: Row) -> str:
    """The longest collector pause, and where: w on a worker thread, g on the GUI thread."""
    if not row.gc:
        return f"{'':>7}"
    pause, where = max(row.gc)
    return f"{pause:>6.0f}{where or ' '}"


def print_rows(rows: list[Row]) -> None:
    width = max(len(r.label) for r in rows) + 2
    header = (
        f"{'action':<{width}}{'rows':>8}{'n':>5}{'sync':>8}{'median':>8}{'max':>8}"
        f"{'stall':>8}{'gc':>7}   target (change → repaint)"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        verdict = ""
        if r.target is not None and r.times:
            verdict = f"≤ {r.target:.0f} ms: " + ("met" if max(r.times) <= r.target else "MISSED")
        print(
            f"{r.label:<{width}}{min(r.rows) if r.rows else '':>8}{len(r.times) or '':>5}"
            f"{fmt(statistics.median(r.sync) if r.sync else None)}"
            f"{fmt(statistics.median(r.times) if r.times else None)}"
            f"{fmt(max(r.times) if r.times else None)}"
            f"{fmt(max(r.stalls) if r.stalls else None)}"
            f"{gc_cell(r)}   {verdict}"
        )
        if r.split_worker and r.split_model:
            print(
                f"{'':<4}of which: list_cases on the worker, median "
                f"{statistics.median(r.split_worker):.0f} ms; "
                f"set_prepared on the GUI thread, median {statistics.median(r.split_model):.0f} ms"
            )
        if r.first_page:
            print(
                f"{'':<4}the first screenful (soonest deadlines) was shown after, median "
                f"{statistics.median(r.first_page):.0f} ms, max {max(r.first_page):.0f} ms"
                + (
                    f"; painted after, median {statistics.median(r.first_paint):.0f} ms, "
                    f"max {max(r.first_paint):.0f} ms"
                    if r.first_paint
                    else ""
                )
            )
        for note in r.notes:
            print(f"{'':<4}{note}")


def summary(rows: list[Row]) -> None:
    def worst(kind: str, pick: Callable[[Row], bool], of: Callable[[Row], list[float]]) -> str:
        chosen = [(max(of(r)), r.label) for r in rows if pick(r) and of(r)]
        if not chosen:
            return f"{kind}: no figure"
        value, label = max(chosen)
        return f"{kind}: worst {value:.0f} ms ({label})"

    def is_open(r: Row) -> bool:
        return r.target == OPEN_TARGET

    def is_first_screenful(r: Row) -> bool:
        return is_open(r) and "first screenful" in r.label

    def is_complete(r: Row) -> bool:
        return is_open(r) and not is_first_screenful(r)

    def is_filter(r: Row) -> bool:
        return r.target == FILTER_TARGET

    def is_scroll(r: Row) -> bool:
        return "scroll" in r.label or "Page Down" in r.label

    def is_sort(r: Row) -> bool:
        return "sort" in r.label

    print()
    print(f"target: queue opens ≤ {OPEN_TARGET:.0f} ms      {worst('open', is_open, _times)}")
    print(f"    {worst('first screenful painted', is_first_screenful, _times)}")
    print(f"    {worst('whole queue painted (complete)', is_complete, _times)}")
    print(f"target: a filter applies ≤ {FILTER_TARGET:.0f} ms {worst('filter', is_filter, _times)}")
    print(f"target: no stall > {STALL_TARGET:.0f} ms")
    print(f"    {worst('opening', is_open, _stalls)}")
    print(f"    {worst('filtering', is_filter, _stalls)}")
    print(f"    {worst('scrolling', is_scroll, _stalls)}")
    print(f"    {worst('sorting (no target of its own)', is_sort, _stalls)}")


def _times(r: Row) -> list[float]:
    return r.times


def _stalls(r: Row) -> list[float]:
    return r.stalls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of filters and scrolling")
    parser.add_argument("--runs", type=int, default=5, help="loads of each scope")
    parser.add_argument("--size", default="1280x760", help="window size (the first start's)")
    parser.add_argument("--name", help="surname to type (default: the most common one)")
    parser.add_argument(
        "--real-clock", action="store_true", help="today is today, not the fill day"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile of the GUI thread")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))

    source = ensure_base(args.cases)
    with tempfile.TemporaryDirectory(prefix="oklima-gui-queue-") as folder:
        tmp = Path(folder)
        copy = tmp / base_path(args.cases).name
        shutil.copyfile(source, copy)
        at = None if args.real_clock else generated_at(copy)
        store = open_store(parse_target(copy))
        ctx = ServiceContext(store, "bench", tmp / "documents")
        if at is not None:
            ctx = ServiceContext(store, "bench", tmp / "documents", clock=lambda: at)
        surname = args.name or common_surname(ctx)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        runner = Runner(app)
        load = os.getloadavg()
        print(
            f"base {source.name} (copied to a temporary folder); today = {ctx.today()}; "
            f"window {width}×{height}; {os.cpu_count()} cores, "
            f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
        )
        print(
            f"byte code cached in {PYCACHE}"
            + (
                " (empty at start: modules first imported while timing were compiled from "
                "source; run again)"
                if PYCACHE_WAS_EMPTY
                else ""
            )
        )

        started = time.perf_counter()
        window = build_main_window(ctx, runner, interface_settings(tmp))
        built = 1000 * (time.perf_counter() - started)
        window.resize(width, height)
        bench = Bench(app, window, runner)
        timings = Timings(bench)
        bench.monitor.start()
        try:
            with profiled(args.profile, "first opening, reloads"):
                open_rows(
                    bench,
                    timings,
                    "open",
                    args.runs,
                    "first opening of the window (show → painted)",
                    window.show,
                    first_of_window=True,  # its first load starts once the event loop runs
                )
                bench.rows[-2].notes.append(
                    f"the main window was built in {built:.0f} ms before; the dashboard and "
                    "the alerts load once the queue has"
                )
            idle_row(bench)
            with profiled(args.profile, "filters on the open cases"):
                filter_rows(bench, "open", args.rounds, surname)
            with profiled(args.profile, "scrolling the open cases"):
                scroll_rows(bench, "open", args.rounds)
            box = bench.queue.status_box
            with profiled(args.profile, "loading every case"):
                open_rows(
                    bench,
                    timings,
                    "all",
                    args.runs,
                    "status « Toutes les demandes »",
                    lambda: box.setCurrentIndex(box.findData(ALL_CASES)),
                )
            with profiled(args.profile, "filters on every case"):
                filter_rows(bench, "all", args.rounds, surname)
            with profiled(args.profile, "scrolling every case"):
                scroll_rows(bench, "all", args.rounds)
            back = bench.row("all loaded → status « Demandes ouvertes » (in memory)", FILTER_TARGET)
            for _ in range(args.rounds):
                for scope in (ALL_OPEN, ALL_CASES):
                    bench.measure(
                        back,
                        lambda s=scope: box.setCurrentIndex(box.findData(s)),
                        until=lambda: not bench.queue.model.filtering,
                    )
        finally:
            bench.monitor.timer.stop()
            window.close()
            runner.wait()
            store.dispose()
        print()
        print_rows(bench.rows)
        summary(bench.rows)
        load = os.getloadavg()
        print(f"\nload at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
