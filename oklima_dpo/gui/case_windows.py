"""The case windows: one per case, opened from the queue, the dashboard, the alerts or the
journal, raised again when already open, so that several cases can be compared side by side.

Each case window's view and its module are built when the first case is opened: start-up pays
for the queue alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..services.context import ServiceContext
from .workers import Runner

if TYPE_CHECKING:
    from ..domain.catalogue import Catalogue
    from ..domain.register import Register
    from .views.case_tab import SourcesLoader
    from .views.case_view import CaseView


class CaseWindow(QWidget):
    """One case in its own window, so that several can be compared side by side."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Demande %1 — OKLIMA DPO").replace("%1", view.reference))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 42)


class CaseWindows(QObject):
    """The open case windows by reference; ``case_changed(reference)`` follows every change
    made in one of them."""

    case_changed = Signal(str)
    settings_requested = Signal()  # a case's checklist asks for the settings

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        open_document: Callable | None = None,
        load_sources: SourcesLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._open_document = open_document
        self._load_sources = load_sources
        self._windows: dict[str, CaseWindow] = {}

    def open(self, reference: str) -> None:
        """The case's window, opened or brought to the front."""
        window = self._windows.get(reference)
        if window is None:
            from .views.case_view import CaseView

            kwargs = {"open_document": self._open_document} if self._open_document else {}
            view = CaseView(
                self._ctx, self._runner, reference, load_sources=self._sources_loader(), **kwargs
            )
            view.changed.connect(self.case_changed)
            view.settings_requested.connect(self.settings_requested)
            window = CaseWindow(view)
            window.destroyed.connect(lambda _=None, r=reference: self._windows.pop(r, None))
            self._windows[reference] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def windows(self) -> dict[str, CaseWindow]:
        return dict(self._windows)

    def close_all(self) -> None:
        for window in list(self._windows.values()):
            window.close()

    def _sources_loader(self) -> SourcesLoader:
        """What a case window's tabs read for their names and labels: the catalogue and the
        register in use (the services hold them)."""
        if self._load_sources is None:
            ctx = self._ctx

            def load() -> tuple[Catalogue, Register]:
                from ..services import sources

                return sources.catalogue_in_use(ctx), sources.register_in_use(ctx)

            self._load_sources = load
        return self._load_sources
