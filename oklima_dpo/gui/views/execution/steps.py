"""The one way every panel of the Exécution tab runs a step: a service call on a worker, its
result or its error shown, the tab's state read again.

``Steps.run`` marks the tab busy (the banner may say what runs), calls the service off the GUI
thread (``gui/workers.Runner``) and reads the executions and tasks again in the same worker,
then, on the GUI thread: the dialog that asked for the step closes, the state is shown, the
banner says what was done above where the chosen right stands, and ``changed`` tells the case
window. A refusal (``DpoError``) goes beside its field in the dialog when one is open, else in
the banner; nothing typed is lost. The panels only say which service to call and in what words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ....domain.catalogue import Catalogue
from ....domain.errors import DpoError
from ....domain.rights import Right
from ....services.context import ServiceContext
from ....services.execution import notices
from ....services.execution import tasks as owner_tasks
from ....services.execution import views as execution_views
from ....services.execution.views import ExecutionView
from ...alive import if_alive
from ...dialogs.case_actions import ActionDialog
from ...dialogs.pdf_preview import PdfPreviewDialog
from ...models.execution_models import TaskRow
from ...steps import run_step
from ...workers import Progress, Runner, Task

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ExecutionState:
    """What the tab shows, read in one worker call."""

    executions: tuple[ExecutionView, ...]
    tasks: tuple[TaskRow, ...]

    def latest(self, right: Right | None) -> ExecutionView | None:
        """The latest execution of ``right``."""
        found = [e for e in self.executions if e.right is right]
        return found[-1] if found else None


def read_state(ctx: ServiceContext, reference: str, catalogue: Catalogue) -> ExecutionState:
    """In a worker: the case's executions, owners' tasks and Art. 19 notices."""
    executions = execution_views.list_executions(ctx, reference)
    names = {sid: spec.name for sid, spec in catalogue.sources.items()}
    today = ctx.today()
    tasks = [TaskRow.of_task(t, names, today) for t in owner_tasks.list_tasks(ctx, reference)]
    tasks += [TaskRow.of_notice(n) for n in notices.list_notices(ctx, reference)]
    return ExecutionState(executions, tuple(tasks))


class Scope(Protocol):
    """What a panel asks of the tab that holds it."""

    @property
    def ctx(self) -> ServiceContext: ...

    @property
    def reference(self) -> str: ...

    @property
    def steps(self) -> Steps: ...

    @property
    def right(self) -> Right | None: ...

    @property
    def current(self) -> ExecutionView | None: ...

    @property
    def language(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Refused:
    """A step refused after it may have written something: its error and the state since."""

    error: DpoError
    state: ExecutionState


class Steps(QObject):
    """Runs the tab's steps (see the module). ``busy_changed``: the buttons follow;
    ``changed``: a step changed the case (its journal, its timeline)."""

    busy_changed = Signal()
    changed = Signal()

    def __init__(
        self,
        owner: QWidget,
        runner: Runner,
        read: Callable[[], ExecutionState],
        show: Callable[[ExecutionState], None],
        status: Callable[[], str],
        say: Callable[[str], None],
    ) -> None:
        """``read`` runs in a worker; ``show`` shows a state read, ``status`` says where the
        chosen right stands, ``say`` puts a text in the banner."""
        super().__init__(owner)
        self.owner = owner  # the tab: what dialogs open over
        self.say = say
        self._runner = runner
        self._read, self._show, self._status = read, show, status
        self._busy = False
        self.dialog: ActionDialog | None = None
        self.preview: PdfPreviewDialog | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.say(text)
        self.busy_changed.emit()

    # -- running --------------------------------------------------------------------------
    def run(
        self,
        work: Callable[..., T],
        *,
        busy: str = "",
        dialog: ActionDialog | None = None,
        said: str | Callable[[T], str] = "",
        then: Callable[[T], None] | None = None,
        reads_state: bool = True,
        news: Callable[[object], None] | None = None,
        finished: Callable[[], None] | None = None,
        read_on_error: bool = False,
    ) -> Task:
        """Run ``work()`` on a worker (``work(progress)`` with ``news``), then show it.

        ``busy``: the banner meanwhile; ``dialog``: closed on success, the error beside its
        field; ``said``: the banner after (a text, or made from the result); ``then``: what
        follows on the GUI thread (open the file produced…); ``reads_state``: read the state
        again after (a step that changes nothing does not); ``finished``: called first on
        either outcome; ``read_on_error``: the state read again after a refusal too (an
        execution stopped half-way)."""
        read = self._read

        def job(*progress: Progress) -> tuple[T, ExecutionState | None] | _Refused:
            try:
                result = work(*progress)
            except DpoError as error:
                if not read_on_error:
                    raise
                return _Refused(error, read())
            return result, read() if reads_state else None

        def done(outcome: tuple[T, ExecutionState | None] | _Refused) -> None:
            if isinstance(outcome, _Refused):
                self.set_busy(False)
                self._show(outcome.state)
                self._refused(outcome.error, dialog, self._status())
                return
            result, state = outcome
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.succeeded()
            self.set_busy(False)
            if state is not None:
                self._show(state)
            text = said(result) if callable(said) else said
            if text:
                self.say(text + "\n" + self._status())
            if state is not None:
                self.changed.emit()
            if then is not None:
                then(result)

        def failed(error: DpoError) -> None:
            self.set_busy(False)
            self._refused(error, dialog)

        self.set_busy(True, busy)
        # The dialog is closed by ``done`` itself: a step stopped half-way is a refusal too.
        return run_step(
            self._runner, self.owner, job, done, failed, finished=finished, on_news=news
        )

    def reload(self) -> None:
        """The state read again, with no step (the tab shown, a refusal)."""
        self._runner.submit(
            self._read,
            if_alive(self.owner, self._show),
            if_alive(self.owner, lambda error: self._refused(error, None)),
        )

    def _refused(self, error: DpoError, dialog: ActionDialog | None, status: str = "") -> None:
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.show_error(error)
            return
        self.say("⚠ " + str(error) + ("\n" + status if status else ""))

    # -- what asks for a step, what shows its result --------------------------------------
    def ask(self, dialog: ActionDialog, on_submit: Callable[[Any], None]) -> None:
        """Open ``dialog`` (one at a time); its values go to ``on_submit``."""
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.reject()
        self.dialog = dialog
        dialog.submitted.connect(on_submit)
        dialog.open()

    def show_pdf(self, path: Path, sha256: str) -> None:
        """A document produced, shown at once (one preview at a time)."""
        if self.preview is not None and shiboken6.isValid(self.preview):
            self.preview.close()
        self.preview = PdfPreviewDialog(self.owner, path, sha256)
        self.preview.show()
