"""One way to run a service off the GUI thread, with progress and cancel.

``Runner.submit`` runs a function on Qt's thread pool and hands its result, or its error, back
on the GUI thread. Workers never touch widgets. Errors the user can act on (DpoError) go to
the caller's ``on_error``; anything else is a bug and goes to ``sys.excepthook`` (the crash
dialog), so it is never swallowed.
"""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..domain.errors import DpoError


class Cancelled(Exception):
    """Raised inside a task by :meth:`Progress.check` once the user has cancelled it."""


@dataclass
class Progress:
    """Handed to a task that reports progress; thread-safe."""

    _emit: Callable[[int, int], None]
    _cancel: threading.Event = field(default_factory=threading.Event)
    _tell: Callable[[object], None] = lambda news: None

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    def tell(self, news: object) -> None:
        """Hand a piece of news (e.g. one source answered) to the GUI thread."""
        self._tell(news)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


@dataclass
class Task:
    """What ``submit`` returns: a handle to cancel the work."""

    id: int
    progress: Progress

    def cancel(self) -> None:
        self.progress._cancel.set()


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)
    told = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.task_id, self.work, self.signals = task_id, work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # handed to the GUI thread, never lost
            self.signals.failed.emit(self.task_id, error)
        else:
            self.signals.finished.emit(self.task_id, result)


@dataclass
class _Callbacks:
    on_done: Callable[[Any], None]
    on_error: Callable[[DpoError], None] | None
    on_progress: Callable[[int, int], None] | None
    on_news: Callable[[object], None] | None = None


class Runner(QObject):
    """Lives on the GUI thread; the only way widgets start work that might take time."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._signals = _Signals(self)
        # Bound slots of an object living on the GUI thread: queued delivery there.
        self._signals.finished.connect(self._deliver)
        self._signals.failed.connect(self._fail)
        self._signals.progressed.connect(self._progress)
        self._signals.told.connect(self._news)

    def submit(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[DpoError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_news: Callable[[object], None] | None = None,
    ) -> Task:
        """Run ``work()`` off the GUI thread; ``work(progress)`` when ``on_progress`` or
        ``on_news`` is given (progress counts, or news such as « this source answered »)."""
        task_id = next(self._ids)
        progress = Progress(
            lambda done, total: self._signals.progressed.emit(task_id, done, total),
            _tell=lambda news: self._signals.told.emit(task_id, news),
        )
        self._pending[task_id] = _Callbacks(on_done, on_error, on_progress, on_news)
        call = (lambda: work(progress)) if on_progress or on_news else work
        self._pool.start(_Job(task_id, call, self._signals))
        return Task(task_id, progress)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _deliver(self, task_id: int, result: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        if callbacks is not None:
            callbacks.on_done(result)

    @Slot(int, object)
    def _fail(self, task_id: int, error: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        if isinstance(error, Cancelled):
            return
        if isinstance(error, DpoError) and callbacks and callbacks.on_error:
            callbacks.on_error(error)
            return
        assert isinstance(error, BaseException)
        sys.excepthook(type(error), error, error.__traceback__)

    @Slot(int, int, int)
    def _progress(self, task_id: int, done: int, total: int) -> None:
        callbacks = self._pending.get(task_id)
        if callbacks and callbacks.on_progress:
            callbacks.on_progress(done, total)

    @Slot(int, object)
    def _news(self, task_id: int, news: object) -> None:
        callbacks = self._pending.get(task_id)
        if callbacks and callbacks.on_news:
            callbacks.on_news(news)
