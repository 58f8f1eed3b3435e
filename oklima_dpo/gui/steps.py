"""Running a piece of the DPO's work on the worker, and showing what came of it.

Every tab and window did the same dance by hand: the work runs off the GUI thread; on success
its dialog (if one asked for it) closes and the caller shows the result; a refusal goes beside
the dialog's fields while the dialog is open, else wherever the caller shows its errors.
Results reach only a widget still alive (``if_alive``), never a closed one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from ..domain.errors import DpoError
from .alive import if_alive
from .workers import Runner, Task

if TYPE_CHECKING:
    from .dialogs.case_actions import ActionDialog

Result = TypeVar("Result")


def run_step(
    runner: Runner,
    owner: QWidget,
    work: Callable[..., Result],
    on_done: Callable[[Result], None],
    on_error: Callable[[DpoError], None],
    *,
    dialog: ActionDialog | None = None,
    finished: Callable[[], None] | None = None,
    on_news: Callable[[object], None] | None = None,
) -> Task:
    """Run ``work()`` on the worker for ``owner`` (``work(progress)`` with ``on_news``, which
    receives what it tells on the way).

    ``finished()`` comes first whatever the outcome (a busy state ends). On success ``dialog``
    closes (``succeeded``), then ``on_done(result)``. On a refusal the error goes to
    ``dialog`` while it is still open, so that what was typed stays beside its message;
    otherwise to ``on_error``.
    """

    def done(result: Result) -> None:
        if finished is not None:
            finished()
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.succeeded()
        on_done(result)

    def failed(error: DpoError) -> None:
        if finished is not None:
            finished()
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.show_error(error)
        else:
            on_error(error)

    return runner.submit(
        work,
        if_alive(owner, done),
        if_alive(owner, failed),
        on_news=if_alive(owner, on_news) if on_news is not None else None,
    )
