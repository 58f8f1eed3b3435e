"""The pages of the main window, one shown at a time: the dashboard, the queue, the register,
the journal and the sources.

Only the queue (the first page shown) is built with the window; each other page, and its
module, is built when first needed, in place of an empty stand-in, so that start-up pays for
the queue alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..services.context import ServiceContext
from .views.queue import QueueView
from .workers import Runner

if TYPE_CHECKING:
    from .views.dashboard import DashboardView
    from .views.journal_view import JournalView
    from .views.register_view import RegisterView
    from .views.sources_view import SourcesView

DASHBOARD, QUEUE, REGISTER, JOURNAL, SOURCES = range(5)  # the pages, in the navigation's order
Page = TypeVar("Page", bound=QWidget)


class MainPages(QStackedWidget):
    """``case_requested(reference)`` and ``filter_requested(CaseFilter)`` come from the pages
    built later (a dashboard figure, a journal line)."""

    case_requested = Signal(str)
    filter_requested = Signal(object)

    def __init__(
        self, ctx: ServiceContext, runner: Runner, queue: QueueView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._dashboard: DashboardView | None = None
        self._register: RegisterView | None = None
        self._journal: JournalView | None = None
        self._sources: SourcesView | None = None
        for number in range(5):  # an empty stand-in for each page until it is first shown
            self.addWidget(queue if number == QUEUE else QWidget(self))

    # -- the pages, built when first needed ---------------------------------------------------
    @property
    def dashboard(self) -> DashboardView:
        if self._dashboard is None:
            from .views.dashboard import DashboardView

            page = DashboardView(self._ctx, self._runner, self)
            page.filter_requested.connect(self.filter_requested)
            page.case_requested.connect(self.case_requested)
            self._dashboard = self._place(DASHBOARD, page)
            page.reload()
        return self._dashboard

    @property
    def register(self) -> RegisterView:
        if self._register is None:
            from .views.register_view import RegisterView

            self._register = self._place(REGISTER, RegisterView(self._runner, parent=self))
            self._register.reload()  # the register file changes only between runs
        return self._register

    @property
    def journal(self) -> JournalView:
        if self._journal is None:
            from .views.journal_view import JournalView

            self._journal = self._place(JOURNAL, JournalView(self._ctx, self._runner, self))
            self._journal.case_requested.connect(self.case_requested)
        return self._journal

    @property
    def sources(self) -> SourcesView:
        if self._sources is None:
            from .views.sources_view import SourcesView

            page = SourcesView(self._ctx, self._runner, self)
            self._sources = self._place(SOURCES, page)
            page.reload()
        return self._sources

    def _place(self, number: int, page: Page) -> Page:
        """Put a page built at last in place of its stand-in (the current page stays)."""
        stand_in = self.widget(number)
        was_current = self.currentIndex() == number
        self.insertWidget(number, page)
        self.removeWidget(stand_in)
        stand_in.deleteLater()
        if was_current:
            self.setCurrentIndex(number)
        return page

    # -- showing and refreshing ---------------------------------------------------------------
    def show_page(self, number: int) -> None:
        built = {
            DASHBOARD: lambda: self.dashboard,
            REGISTER: lambda: self.register,
            SOURCES: lambda: self.sources,
        }
        if number in built:
            built[number]()  # before it shows
        if number == JOURNAL:
            self.journal.reload()  # at every visit: the journal grows with every action
        self.setCurrentIndex(number)

    def reload_dashboard(self) -> None:
        if self._dashboard is not None:  # one not built yet fills itself when it is
            self._dashboard.reload()

    def reload_journal_if_shown(self) -> None:
        if self.currentIndex() == JOURNAL:
            self.journal.reload()
