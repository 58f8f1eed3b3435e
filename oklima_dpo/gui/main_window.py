"""The main window: the pages, the alerts, the status bar, and what ties them together.

It owns no business rule and never opens the case base: each page calls the services through
the runner. It composes its parts (``main_pages``, ``main_menus``, ``case_windows``,
``register_export``, ``purge_flow``) and wires them: a dashboard figure opens the queue
filtered on it; a case changed in its window refreshes the queue, the dashboard and the alerts.

Only the queue (the first page shown) and the alerts are built with the window; the other
pages, the dialogs and case windows are built, and their modules imported, when first needed,
so that start-up pays for the queue alone. Once the queue has loaded, the services behind the
other pages (and SQLAlchemy) are imported on a worker, then the dashboard is built and filled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QPushButton

from ..services.cases.views import CaseFilter
from ..services.context import ServiceContext
from .backup_flow import BackupFlow
from .case_windows import CaseWindow, CaseWindows
from .main_menus import build_menus, build_navigation
from .main_pages import QUEUE, REGISTER, MainPages
from .paint_watch import after_paint
from .purge_flow import PurgeFlow
from .register_export import RegisterExport
from .views.alerts_panel import AlertsPanel
from .views.queue import QueueView
from .workers import Runner

if TYPE_CHECKING:
    from ..services.execution.recovery import Recovered
    from .views.case_tab import SourcesLoader
    from .views.dashboard import DashboardView
    from .views.journal_view import JournalView
    from .views.register_view import RegisterView
    from .views.sources_view import SourcesView

ALERTS_EVERY_MS = 3_600_000  # every hour while open


def _recover_interrupted(ctx: ServiceContext) -> list[Recovered]:
    """In a worker, what a crash may have left: the files an encrypted base still has in
    clear sealed, the temporary files of writes cut short removed, the executions left
    « applying » recovered."""
    from ..services.document_store import sweep_interrupted_writes
    from ..services.execution.recovery import interrupted_executions, recover_interrupted
    from ..services.sealing import finish_sealing

    finish_sealing(ctx)  # first: it shreds what it left in clear, the sweep only unlinks
    sweep_interrupted_writes(ctx)
    if not interrupted_executions(ctx):
        return []
    return recover_interrupted(ctx)


def _import_services() -> None:
    """On a worker: the services of the pages not yet shown, and SQLAlchemy under them, so
    that building those pages on the GUI thread later does not stall it."""
    from ..services.cases import dashboard, intake  # noqa: F401


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
        self._default_export_folder = default_export_folder
        self._queue_loaded = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OKLIMA DPO"))

        self.queue = QueueView(ctx, runner, self, settings=settings)
        self.pages = MainPages(ctx, runner, self.queue, self)
        self.setCentralWidget(self.pages)

        self.alerts = AlertsPanel(ctx, runner, self)
        self.alerts_dock = QDockWidget(self.tr("Alertes"), self)
        self.alerts_dock.setObjectName("alertsDock")
        self.alerts_dock.setWidget(self.alerts)
        # Below the pages: the alerts are a table as wide as the queue.
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.alerts_dock)

        self._case_windows = CaseWindows(ctx, runner, open_document, load_sources, self)
        self._export = RegisterExport(ctx, runner, self)
        self._purge = PurgeFlow(ctx, runner, self)
        self._backups = BackupFlow(ctx, runner, self)
        # Set when a checked restore is confirmed: the application restores once this window
        # has closed (the base closed with it), then opens a new one.
        self.pending_restore: tuple[Path, str] | None = None
        self._closing_backup_done = False

        self.nav, self.page_actions = build_navigation(self)
        actions = build_menus(self, self.page_actions, str(settings.value("language", "fr")))
        self.new_request_action = actions.new_request
        self.settings_action = actions.settings
        self.export_register_action = actions.export_register
        self.purge_action = actions.purge
        self.backup_action = actions.backup_now
        self.restore_action = actions.restore
        self._build_status_bar(case_base_label)

        self.queue.case_requested.connect(self.open_case)
        self.queue.loaded.connect(self._on_queue_loaded)
        self.pages.case_requested.connect(self.open_case)
        self.pages.filter_requested.connect(self.show_queue_filtered)
        self.alerts.case_requested.connect(self.open_case)
        self.alerts.alerts_changed.connect(self._on_alerts_changed)
        self._case_windows.case_changed.connect(self._case_changed)
        self._case_windows.settings_requested.connect(self.open_settings)
        self._export.said.connect(self.statusBar().showMessage)
        self._purge.said.connect(self.statusBar().showMessage)
        self._purge.purged.connect(self.refresh)
        self._backups.said.connect(self.statusBar().showMessage)
        self._backups.made.connect(self._backup_made)
        self._backups.restore_asked.connect(self._restore_on_close)

        self._restore_layout()
        self.show_page(QUEUE)
        # First loads once the event loop runs, so the window paints at once.
        QTimer.singleShot(0, self._first_load)

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

    def mark_demo(self) -> None:
        """The demo base (``--demo``): said in the title and, in colour, in the status bar, so
        that no one takes its synthetic people for real ones, nor works on it by mistake."""
        self.setWindowTitle(self.tr("OKLIMA DPO — DÉMONSTRATION (personnes fictives)"))
        self.demo_label = QLabel(
            self.tr("Démonstration\u00a0: personnes fictives, rien n’est réel"), self
        )
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet(
            "QLabel { background: #e65100; color: white; padding: 2px 8px; }"
        )
        self.statusBar().addPermanentWidget(self.demo_label)

    # -- pages --------------------------------------------------------------------------------
    @property
    def dashboard(self) -> DashboardView:
        return self.pages.dashboard

    @property
    def register(self) -> RegisterView:
        return self.pages.register

    @property
    def journal(self) -> JournalView:
        return self.pages.journal

    @property
    def sources_page(self) -> SourcesView:
        return self.pages.sources

    def show_page(self, number: int) -> None:
        self.pages.show_page(number)
        self.page_actions[number].setChecked(True)

    def show_queue_filtered(self, wanted: CaseFilter) -> None:
        self.show_page(QUEUE)
        self.queue.apply_filter(wanted)

    def find(self) -> None:
        """Ctrl+F: the register's filter on the register page, else the queue's search (one
        binding for the window: a second one on a page would make the key do nothing)."""
        if self.pages.currentIndex() == REGISTER:
            self.register.focus_filter()
            return
        self.show_page(QUEUE)
        self.queue.focus_search()

    def refresh(self) -> None:
        self.queue.reload()
        self.pages.reload_dashboard()
        self.alerts.refresh()
        self.pages.reload_journal_if_shown()

    # -- cases --------------------------------------------------------------------------------
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
        self._case_windows.open(reference)

    def case_windows(self) -> dict[str, CaseWindow]:
        return self._case_windows.windows()

    def _case_changed(self, _reference: str) -> None:
        self.refresh()

    # -- settings, exports, purge ---------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        """Remembered per user; Qt cannot switch the words of open windows in place."""
        self._settings.setValue("language", code)
        self.statusBar().showMessage(
            self.tr("La langue choisie s’appliquera au prochain démarrage."), 10_000
        )

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        dialog = SettingsDialog(
            self._ctx, self._runner, self, default_export_folder=self._default_export_folder
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(lambda _change: self.refresh())
        dialog.open()

    def export_register(self) -> None:
        """Every case and the statistics to a new workbook, off the GUI thread, cancellable."""
        self._export.start()

    def purge(self) -> None:
        """Show what is due for purging (nothing removed), then purge on confirmation."""
        self._purge.start()

    # -- backups ------------------------------------------------------------------------------
    def backup_now(self) -> None:
        self._backups.now()

    def restore_backup(self) -> None:
        self._backups.restore()

    def _backup_made(self) -> None:
        self.pages.reload_dashboard()

    def _restore_on_close(self, archive: Path, passphrase: str) -> None:
        self.pending_restore = (archive, passphrase)
        self._closing_backup_done = True  # the restore replaces the base: no backup of it now
        self.close()

    # -- loading, alerts ----------------------------------------------------------------------
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
        # An execution interrupted by a crash: recovered and recorded before anything else.
        ctx = self._ctx
        self._runner.submit(
            lambda: _recover_interrupted(ctx),
            self._interrupted_recovered,
            lambda error: self.statusBar().showMessage(str(error)),
        )
        # The day's backup, at the first start of the day.
        if self._ctx.store.target.key is not None:
            self._backups.daily()
        # Then the dashboard, ready before the DPO turns to it.
        self._runner.submit(_import_services, lambda _none: self._services_imported())

    def _interrupted_recovered(self, found: list[Recovered]) -> None:
        if not found or not shiboken6.isValid(self):
            return
        self.statusBar().showMessage(
            self.tr(
                "Exécution interrompue reprise et enregistrée\u00a0: %1 "
                "(voir son onglet Exécution)."
            ).replace("%1", ", ".join(f"{r.reference} n° {r.execution_id}" for r in found))
        )

    def _services_imported(self) -> None:
        if shiboken6.isValid(self) and self.isVisible():  # closed meanwhile: nothing to fill
            self.dashboard  # noqa: B018 (built and filled)

    def finish_work(self) -> None:
        """Wait for the tasks the window started on its workers (the self-test does, before
        its temporary case base goes)."""
        self._runner.wait()

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

    # -- layout remembered per user -----------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        state = self._settings.value("main/state")
        if state is None or not self.restoreState(state):
            # First start: the alerts a strip below the pages, not half of every page; the
            # DPO resizes or hides it (Ctrl+Maj+A), and that is remembered.
            self.resizeDocks(
                [self.alerts_dock], [max(140, self.height() // 5)], Qt.Orientation.Vertical
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        # An encrypted base is backed up at closing when it changed since its last backup:
        # the window stays until that is done (a plaintext base, the demo: no backup).
        if self._ctx.store.target.key is not None and not self._closing_backup_done:
            self._closing_backup_done = True
            event.ignore()
            self._backups.at_closing(self.close)
            return
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/state", self.saveState())
        self.queue.save_columns()
        self._settings.sync()
        self._case_windows.close_all()
        self.alerts.stop_hourly()
        self._runner.wait()
        super().closeEvent(event)
