"""« Purger les données échues… »: what the purge would remove today (nothing removed), shown
case by case; on confirmation the purge runs, each purge journaled.

The services behind it (and SQLAlchemy) and the dialog are imported when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..domain.errors import DpoError
from ..services.context import ServiceContext
from .messages import show_error
from .steps import run_step
from .workers import Runner

if TYPE_CHECKING:
    from ..services.minimisation.purge import PurgeReport
    from .dialogs.purge import PurgeDialog


class PurgeFlow(QObject):
    """Lives as long as its window, over which the dialog opens; ``said(text, msecs)`` for
    the window's status bar; ``purged()`` once the purge has run."""

    said = Signal(str, int)
    purged = Signal()

    def __init__(self, ctx: ServiceContext, runner: Runner, window: QWidget) -> None:
        super().__init__(window)  # the window is this object's parent, never an attribute
        self._ctx, self._runner = ctx, runner
        self._dialog: PurgeDialog | None = None

    def start(self) -> None:
        """Show what is due for purging (nothing removed), then purge on confirmation."""
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.raise_()
            return
        ctx = self._ctx

        def plan() -> PurgeReport:
            from ..services.minimisation.purge import purge_plan

            return purge_plan(ctx)

        self.said.emit(self.tr("Recherche de ce qui est à purger…"), 5_000)
        run_step(self._runner, self._window(), plan, self._planned, self._failed)

    def _planned(self, report: PurgeReport) -> None:
        from .dialogs.purge import PurgeDialog

        dialog = PurgeDialog(self._window(), report)
        self._dialog = dialog
        dialog.submitted.connect(lambda _report: self._run(dialog))
        dialog.open()

    def _run(self, dialog: PurgeDialog) -> None:
        ctx = self._ctx

        def work() -> PurgeReport:
            from ..services.minimisation.purge import run_purge

            return run_purge(ctx)

        def done(report: PurgeReport) -> None:
            message = (
                self.tr(
                    "Purge faite : %1 purge(s) sur %2 demande(s), %3 entrée(s) échue(s) "
                    "retirée(s) de la liste d’opposition ; chaque purge est au journal."
                )
                .replace("%1", str(len(report.items)))
                .replace("%2", str(report.case_count))
                .replace("%3", str(report.suppressions_removed))
            )
            self.said.emit(message, 20_000)
            self.purged.emit()

        run_step(self._runner, self._window(), work, done, self._failed, dialog=dialog)

    def _failed(self, error: DpoError) -> None:
        show_error(self._window(), error)

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window
