"""The main window: navigation between the pages, menus and shortcuts, the status bar.

It owns no business rule and never opens the case base: each page calls the services through
the runner. It only wires pages together (a dashboard figure opens the queue filtered on it,
a case changed in its window refreshes the queue, the dashboard and the alerts).

Only the queue (the first page shown) and the alerts are built with the window; the other
pages, the dialogs and case windows are built, and their modules imported, when first needed,
so that start-up pays for the queue alone. Once the queue has loaded, the services behind the
other pages (and SQLAlchemy) are imported on a worker, then the dashboard is built and filled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..services.cases.views import CaseFilter
from ..services.context import ServiceContext
from .alive import if_alive
from .messages import show_error
from .steps import run_step
from .views.alerts_panel import AlertsPanel
from .views.queue import QueueView
from .workers import Runner

if TYPE_CHECKING:
    from ..domain.catalogue import Catalogue
    from ..domain.register import Register
    from .dialogs.purge import PurgeDialog
    from .views.case_data import SourcesLoader
    from .views.case_view import CaseView
    from .views.dashboard import DashboardView
    from .views.journal_view import JournalView
    from .views.register_view import RegisterView
    from .views.sources_view import SourcesView

ALERTS_EVERY_MS = 3_600_000  # every hour while open
DASHBOARD, QUEUE, REGISTER, JOURNAL, SOURCES = range(5)  # the pages, in the navigation's order
Page = TypeVar("Page", bound=QWidget)


def _import_services() -> None:
    """On a worker: the services of the pages not yet shown, and SQLAlchemy under them, so
    that building those pages on the GUI thread later does not stall it."""
    from ..services.cases import dashboard, intake  # noqa: F401


class _PaintWatch(QObject):
    """Calls ``then`` once, after the watched widget's next paint (at once when it cannot
    paint, hidden; after a second if no paint comes)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._then = widget, then
        widget.installEventFilter(self)
        QTimer.singleShot(1000, self, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._done)  # once this paint is over
        return False

    def _done(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def after_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """``then()`` once ``widget`` has next been painted."""
    if widget.isVisible():
        _PaintWatch(widget, then)
    else:
        then()


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


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        settings: QSettings,
        case_base_label: str,
        open_document: Callable | None = None,
        default_export_folder: str = "",
        load_sources: SourcesLoader | None = None,
    ) -> None:
        super().__init__()
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self._load_sources = load_sources
        self._open_document = open_document
        self._default_export_folder = default_export_folder
        self._case_windows: dict[str, CaseWindow] = {}
        self._queue_loaded = False
        self._dashboard: DashboardView | None = None
        self._register: RegisterView | None = None
        self._journal: JournalView | None = None
        self._sources: SourcesView | None = None
        self._export_progress: QProgressDialog | None = None
        self._purge_dialog: QWidget | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OKLIMA DPO"))

        self.queue = QueueView(ctx, runner, self, settings=settings)
        self.pages = QStackedWidget(self)
        for number in range(5):  # an empty stand-in for each page until it is first shown
            self.pages.addWidget(self.queue if number == QUEUE else QWidget(self.pages))
        self.setCentralWidget(self.pages)

        self.alerts = AlertsPanel(ctx, runner, self)
        self.alerts_dock = QDockWidget(self.tr("Alertes"), self)
        self.alerts_dock.setObjectName("alertsDock")
        self.alerts_dock.setWidget(self.alerts)
        # Below the pages: the alerts are a table as wide as the queue.
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.alerts_dock)

        self._build_navigation()
        self._build_menus()
        self._build_status_bar(case_base_label)

        self.queue.case_requested.connect(self.open_case)
        self.queue.loaded.connect(self._on_queue_loaded)
        self.alerts.case_requested.connect(self.open_case)
        self.alerts.alerts_changed.connect(self._on_alerts_changed)

        self._restore_layout()
        self.show_page(QUEUE)
        # First loads once the event loop runs, so the window paints at once.
        QTimer.singleShot(0, self._first_load)

    # -- building ------------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.nav = QToolBar(self.tr("Navigation"), self)
        self.nav.setObjectName("navigation")
        self.nav.setMovable(False)
        self.nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.nav)
        group = QActionGroup(self)
        self.page_actions: list[QAction] = []
        for number, label in enumerate(
            (
                self.tr("Tableau de &bord"),
                self.tr("&Demandes"),
                self.tr("&Registre"),
                self.tr("&Journal"),
                self.tr("&Sources"),
            )
        ):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.show_page(n))
            group.addAction(action)
            self.nav.addAction(action)
            self.page_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self.new_request_action = self._action(
            file_menu, self.tr("&Nouvelle demande…"), QKeySequence.StandardKey.New, self.new_request
        )
        self.settings_action = self._action(
            file_menu, self.tr("&Réglages…"), QKeySequence("Ctrl+,"), self.open_settings
        )
        self.export_register_action = self._action(
            file_menu,
            self.tr("E&xporter le registre des demandes…"),
            QKeySequence("Ctrl+Shift+E"),
            self.export_register,
        )
        self.purge_action = self._action(
            file_menu, self.tr("&Purger les données échues…"), None, self.purge
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.close)

        case_menu = bar.addMenu(self.tr("De&mande"))
        self._action(
            case_menu,
            self.tr("&Ouvrir la demande sélectionnée"),
            QKeySequence("Ctrl+O"),
            self.open_selected_case,
        )
        self._action(case_menu, self.tr("&Rechercher…"), QKeySequence.StandardKey.Find, self.find)
        self._action(
            case_menu, self.tr("Ac&tualiser"), QKeySequence.StandardKey.Refresh, self.refresh
        )

        view_menu = bar.addMenu(self.tr("&Affichage"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        toggle = self.alerts_dock.toggleViewAction()
        toggle.setText(self.tr("&Alertes"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        view_menu.addAction(toggle)
        language_menu = view_menu.addMenu(self.tr("&Langue"))
        languages = QActionGroup(self)
        current = str(self._settings.value("language", "fr"))
        for code, name in (("fr", "&Français"), ("en", "&English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            languages.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("A&ide"))
        self._action(
            help_menu,
            self.tr("&Raccourcis clavier"),
            QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
        )
        self._action(help_menu, self.tr("À &propos d’OKLIMA DPO"), None, self.show_about)

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work whichever page has the focus
        return action

    def _build_status_bar(self, case_base_label: str) -> None:
        self.case_base_label = QLabel(
            self.tr("Base de cas\u00a0: %1").replace("%1", case_base_label)
        )
        self.case_base_label.setObjectName("caseBaseLabel")
        self.alerts_button = QPushButton(self)
        self.alerts_button.setObjectName("alertsButton")
        self.alerts_button.setFlat(True)
        self.alerts_button.clicked.connect(self._show_alerts)
        self.statusBar().addWidget(self.alerts_button)
        self.statusBar().addPermanentWidget(self.case_base_label)
        self._on_alerts_changed(0)

    # -- pages, built when first needed ------------------------------------------------------
    @property
    def dashboard(self) -> DashboardView:
        if self._dashboard is None:
            from .views.dashboard import DashboardView

            page = DashboardView(self._ctx, self._runner, self)
            page.filter_requested.connect(self.show_queue_filtered)
            page.case_requested.connect(self.open_case)
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
            self._journal.case_requested.connect(self.open_case)
        return self._journal

    @property
    def sources_page(self) -> SourcesView:
        if self._sources is None:
            from .views.sources_view import SourcesView

            page = SourcesView(self._ctx, self._runner, self)
            self._sources = self._place(SOURCES, page)
            page.reload()
        return self._sources

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

    def _place(self, number: int, page: Page) -> Page:
        """Put a page built at last in place of its stand-in (the current page stays)."""
        stand_in = self.pages.widget(number)
        was_current = self.pages.currentIndex() == number
        self.pages.insertWidget(number, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if was_current:
            self.pages.setCurrentIndex(number)
        return page

    def show_page(self, number: int) -> None:
        built = {
            DASHBOARD: lambda: self.dashboard,
            REGISTER: lambda: self.register,
            SOURCES: lambda: self.sources_page,
        }
        if number in built:
            built[number]()  # before it shows
        if number == JOURNAL:
            self.journal.reload()  # at every visit: the journal grows with every action
        self.pages.setCurrentIndex(number)
        self.page_actions[number].setChecked(True)

    def show_queue_filtered(self, wanted: CaseFilter) -> None:
        self.show_page(QUEUE)
        self.queue.apply_filter(wanted)

    def find(self) -> None:
        self.show_page(QUEUE)
        self.queue.focus_search()

    def refresh(self) -> None:
        self.queue.reload()
        if self._dashboard is not None:  # one not built yet fills itself when it is
            self._dashboard.reload()
        self.alerts.refresh()
        if self.pages.currentIndex() == JOURNAL:
            self.journal.reload()

    # -- cases -----------------------------------------------------------------------------
    def new_request(self) -> None:
        from .dialogs.new_request import NewRequestDialog

        dialog = NewRequestDialog(self._ctx, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.created.connect(self._created)
        dialog.open()

    def _created(self, reference: str) -> None:
        self.statusBar().showMessage(
            self.tr("Demande %1 enregistrée.").replace("%1", reference), 10_000
        )
        self.refresh()
        self.open_case(reference)

    def open_selected_case(self) -> None:
        reference = self.queue.selected_reference()
        if reference:
            self.open_case(reference)

    def open_case(self, reference: str) -> None:
        window = self._case_windows.get(reference)
        if window is None:
            from .views.case_view import CaseView

            kwargs = {"open_document": self._open_document} if self._open_document else {}
            view = CaseView(
                self._ctx, self._runner, reference, load_sources=self._sources_loader(), **kwargs
            )
            view.changed.connect(self._case_changed)
            window = CaseWindow(view)
            window.destroyed.connect(lambda _=None, r=reference: self._case_windows.pop(r, None))
            self._case_windows[reference] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def case_windows(self) -> dict[str, CaseWindow]:
        return dict(self._case_windows)

    def _case_changed(self, _reference: str) -> None:
        self.refresh()

    def choose_language(self, code: str) -> None:
        """Remembered per user; Qt cannot switch the words of open windows in place."""
        self._settings.setValue("language", code)
        self.statusBar().showMessage(
            self.tr("La langue choisie s’appliquera au prochain démarrage."), 10_000
        )

    # -- settings, help --------------------------------------------------------------------
    def export_register(self) -> None:
        """Every case and the statistics to a new workbook, off the GUI thread, cancellable."""
        if self._export_progress is not None:
            return
        progress = QProgressDialog(
            self.tr("Export du registre des demandes…"), self.tr("Annuler"), 0, 0, self
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Registre des demandes"))
        progress.setMinimumDuration(0)
        self._export_progress = progress
        ctx = self._ctx

        def work(task_progress: object) -> object:
            from ..services.reports.register import export_register

            return export_register(
                ctx,
                progress=task_progress.report,  # type: ignore[attr-defined]
                cancelled=lambda: task_progress.cancelled,  # type: ignore[attr-defined]
            )

        def advanced(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(written: object) -> None:
            self._end_export()
            path = str(written.path)  # type: ignore[attr-defined]
            message = self.tr("Registre exporté\u00a0: %1").replace("%1", path)
            self.statusBar().showMessage(message, 15_000)

        def failed(error: object) -> None:
            self._end_export()
            show_error(self, error)  # type: ignore[arg-type]

        task = self._runner.submit(
            work,
            if_alive(self, finished),
            if_alive(self, failed),
            on_progress=advanced,
        )
        progress.canceled.connect(task.cancel)
        progress.show()

    def purge(self) -> None:
        """Show what is due for purging (nothing removed), then purge on confirmation."""
        if self._purge_dialog is not None and shiboken6.isValid(self._purge_dialog):
            self._purge_dialog.raise_()
            return
        ctx = self._ctx

        def plan() -> object:
            from ..services.minimisation.purge import purge_plan

            return purge_plan(ctx)

        def planned(report: object) -> None:
            from .dialogs.purge import PurgeDialog

            dialog = PurgeDialog(self, report)  # type: ignore[arg-type]
            self._purge_dialog = dialog
            dialog.submitted.connect(lambda _report: self._run_purge(dialog))
            dialog.open()

        self.statusBar().showMessage(self.tr("Recherche de ce qui est à purger…"), 5_000)
        run_step(self._runner, self, plan, planned, self._failed)

    def _run_purge(self, dialog: PurgeDialog) -> None:
        ctx = self._ctx

        def work() -> object:
            from ..services.minimisation.purge import run_purge

            return run_purge(ctx)

        def done(report: object) -> None:
            items = report.items  # type: ignore[attr-defined]
            removed = report.suppressions_removed  # type: ignore[attr-defined]
            message = (
                self.tr(
                    "Purge faite : %1 purge(s) sur %2 demande(s), %3 entrée(s) échue(s) "
                    "retirée(s) de la liste d’opposition ; chaque purge est au journal."
                )
                .replace("%1", str(len(items)))
                .replace("%2", str(report.case_count))  # type: ignore[attr-defined]
                .replace("%3", str(removed))
            )
            self.statusBar().showMessage(message, 20_000)
            self.refresh()

        run_step(self._runner, self, work, done, self._failed, dialog=dialog)

    def _failed(self, error: object) -> None:
        show_error(self, error)  # type: ignore[arg-type]

    def _end_export(self) -> None:
        progress, self._export_progress = self._export_progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        dialog = SettingsDialog(
            self._ctx, self._runner, self, default_export_folder=self._default_export_folder
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(lambda _change: self.refresh())
        dialog.open()

    def show_shortcuts(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Raccourcis clavier"))
        box.setText(
            self.tr(
                "Ctrl+N\u00a0: nouvelle demande\nCtrl+F\u00a0: rechercher\n"
                "Entrée ou Ctrl+O\u00a0: ouvrir la demande sélectionnée\nF5\u00a0: actualiser\n"
                "Ctrl+1 à Ctrl+4\u00a0: tableau de bord, demandes, registre, journal\n"
                "Ctrl+Maj+A\u00a0: alertes\nCtrl+,\u00a0: réglages\n"
                "Ctrl+W\u00a0: fermer une demande\n"
                "Ctrl+Q\u00a0: quitter"
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("À propos d’OKLIMA DPO"))
        box.setText(
            self.tr("OKLIMA DPO %1 — les demandes d’exercice des droits des personnes.").replace(
                "%1", __version__
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()

    # -- loading, alerts --------------------------------------------------------------------
    def _first_load(self) -> None:
        # The queue first: the dashboard and the alerts would compete with it for the
        # interpreter, and the DPO's first look is at the queue.
        self.queue.reload()

    def _on_queue_loaded(self, _count: int) -> None:
        if not self._queue_loaded:
            self._queue_loaded = True
            # Once the queue is on screen: the work below (SQLAlchemy's import, the alerts)
            # would compete with its painting for the interpreter.
            after_paint(self.queue.table.viewport(), self._start_background)

    def _start_background(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.alerts.start_hourly(ALERTS_EVERY_MS)  # refreshes now, then every hour
        # Then the dashboard, ready before the DPO turns to it.
        self._runner.submit(_import_services, lambda _none: self._services_imported())

    def _services_imported(self) -> None:
        if shiboken6.isValid(self) and self.isVisible():  # closed meanwhile: nothing to fill
            self.dashboard  # noqa: B018 (built and filled)

    def ready(self) -> bool:
        """The queue has been filled once (start-up measurements, self-test)."""
        return self._queue_loaded

    def queue_row_count(self) -> int:
        return self.queue.model.rowCount()

    def _on_alerts_changed(self, count: int) -> None:
        self.alerts_button.setText(
            self.tr("%n alerte(s)", "", count) if count else self.tr("Aucune alerte")
        )
        self.alerts_button.setAccessibleName(self.alerts_button.text())

    def _show_alerts(self) -> None:
        self.alerts_dock.show()
        self.alerts_dock.raise_()
        self.alerts.setFocus()

    # -- layout remembered per user ----------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        state = self._settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/state", self.saveState())
        self.queue.save_columns()
        self._settings.sync()
        for window in list(self._case_windows.values()):
            window.close()
        self.alerts.stop_hourly()
        self._runner.wait()
        super().closeEvent(event)
