"""« Exporter le registre des demandes… »: every case and the statistics to a new workbook,
off the GUI thread, with a progress dialog that can cancel it.

The services behind it (and SQLAlchemy) are imported on the worker, when first used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import DpoError
from ..services.context import ServiceContext
from .alive import if_alive
from .messages import show_error
from .workers import Progress, Runner


class RegisterExport(QObject):
    """Lives as long as its window, over which the progress shows; ``said(text, msecs)`` for
    the window's status bar once the workbook is written."""

    said = Signal(str, int)

    def __init__(self, ctx: ServiceContext, runner: Runner, window: QWidget) -> None:
        super().__init__(window)  # the window is this object's parent, never an attribute
        self._ctx, self._runner = ctx, runner
        self._progress: QProgressDialog | None = None

    def start(self) -> None:
        if self._progress is not None:  # one export at a time
            return
        window = self._window()
        progress = QProgressDialog(
            self.tr("Export du registre des demandes…"), self.tr("Annuler"), 0, 0, window
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Registre des demandes"))
        progress.setMinimumDuration(0)
        self._progress = progress
        ctx = self._ctx

        def work(task_progress: Progress) -> object:
            from ..services.reports.register import export_register

            return export_register(
                ctx,
                progress=task_progress.report,
                cancelled=lambda: task_progress.cancelled,
            )

        def advanced(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(written: object) -> None:
            self._end()
            path = str(written.path)  # type: ignore[attr-defined]
            self.said.emit(self.tr("Registre exporté\u00a0: %1").replace("%1", path), 15_000)

        def failed(error: DpoError) -> None:
            self._end()
            show_error(window, error)

        task = self._runner.submit(
            work,
            if_alive(window, finished),
            if_alive(window, failed),
            on_progress=advanced,
        )
        progress.canceled.connect(task.cancel)
        progress.show()

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    def _end(self) -> None:
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()
