"""The Registre page: the register of processing, read-only, as the charter describes it.

The activities are listed in a table (filterable) and the selected one is detailed below:
purposes, data categories, retention, recipients, transfers outside the EU, sources. A second
tab shows the controller, the rights and where to exercise them, and the remarks on what the
charter leaves unsaid. If the file cannot be loaded, its error is shown in the page.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import shiboken6
from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DpoError
from ...domain.register import Activity, Register
from ..models.register_model import ACTIVITY_ROLE, ActivitiesTableModel, ActivityFilterProxy
from ..workers import Runner
from .register_html import RegisterHtml


def _load_shipped_register() -> Register:
    # Imported on first use: YAML and pydantic would otherwise slow every start-up.
    from ...config.register_file import load_register

    return load_register()


class RegisterView(QWidget):
    """Read-only page over ``load()`` (by default the register shipped with the program)."""

    loaded = Signal()  # the register is shown
    failed = Signal(str)  # the message now shown in the page

    def __init__(
        self,
        runner: Runner,
        load: Callable[[], Register] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self._runner = runner
        self._load = load or _load_shipped_register
        self._generation = 0  # results of an older reload are ignored
        self.html = RegisterHtml(self)  # what the page says, as HTML

        self.model = ActivitiesTableModel(self)
        self.proxy = ActivityFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel("<h2>" + escape(self.tr("Registre des traitements")) + "</h2>", self)
        self.intro = QLabel(self)
        self.intro.setObjectName("registerIntro")
        self.intro.setWordWrap(True)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("registerFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Nom, finalité, catégorie de données, base légale…")
        )
        self.filter_edit.setAccessibleName(self.tr("Filtrer les traitements"))
        filter_label = QLabel(self.tr("Fil&trer :"), self)
        filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")
        self.reload_button = QPushButton(self.tr("&Recharger"), self)
        self.reload_button.setObjectName("registerReload")
        self.reload_button.setAccessibleName(self.tr("Recharger le registre"))
        self.reload_button.setToolTip(self.tr("Relire le fichier du registre (F5)"))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Refresh),
            self,
            self.reload,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.error_label = QLabel(self)
        self.error_label.setObjectName("registerError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.error_label.setAccessibleName(self.tr("Erreur de chargement du registre"))
        self.error_label.hide()

        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setAccessibleName(self.tr("Traitements du registre"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the charter's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.details = self._browser("registerDetails", self.tr("Détail du traitement"))
        self.overview = self._browser("registerOverview", self.tr("Responsable et droits"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registerTabs")
        self.tabs.addTab(self.details, self.tr("&Détail du traitement"))
        self.tabs.addTab(self.overview, self.tr("Responsable, droits et re&marques"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)

        QWidget.setTabOrder(self.filter_edit, self.reload_button)
        QWidget.setTabOrder(self.reload_button, self.table)
        QWidget.setTabOrder(self.table, self.tabs)
        QWidget.setTabOrder(self.tabs, self.details)
        QWidget.setTabOrder(self.details, self.overview)

        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload_button.clicked.connect(self.reload)
        self._show_activity(None)
        self._update_count()
        self.reload()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _browser(self, name: str, accessible: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setObjectName(name)
        browser.setAccessibleName(accessible)
        browser.setOpenLinks(False)
        return browser

    # -- Loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the register again (off the GUI thread); the page updates when it arrives."""
        self._generation += 1
        generation = self._generation
        self.reload_button.setEnabled(False)
        self.count_label.setText(self.tr("Chargement…"))
        self._runner.submit(
            self._load,  # a plain callable: nothing of the widget runs off the GUI thread
            lambda register: self._loaded(generation, register),
            lambda error: self._failed(generation, error),
        )

    def _current(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._generation

    def _loaded(self, generation: int, register: Register) -> None:
        if not self._current(generation):
            return
        self.reload_button.setEnabled(True)
        self.error_label.hide()
        selected = self.selected_activity()
        self.model.set_register(register)
        self.intro.setText(self.html.intro(register))
        self.overview.setHtml(self.html.overview(register))
        self.table.resizeColumnsToContents()
        self._reselect(selected.id if selected else None)
        self._update_count()
        self.loaded.emit()

    def _failed(self, generation: int, error: DpoError) -> None:
        if not self._current(generation):
            return
        self.reload_button.setEnabled(True)
        self.model.set_register(None)  # never show a register that no longer loads
        self.intro.setText("")
        self.overview.clear()
        self._show_activity(None)
        message = str(error)
        self.error_label.setText(self.html.failure(error))
        self.error_label.show()
        self._update_count()
        self.failed.emit(message)

    # -- Selection and filter ------------------------------------------------------------
    def selected_activity(self) -> Activity | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ACTIVITY_ROLE) if rows else None

    def select_activity(self, activity_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ACTIVITY_ROLE).id == activity_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _reselect(self, activity_id: str | None) -> None:
        if activity_id is None or not self.select_activity(activity_id):
            self._show_activity(None)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
        if self.selected_activity() is None:
            self._show_activity(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_activity(self.selected_activity())

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.model.register is None:
            self.count_label.setText("")
        elif shown == total:
            self.count_label.setText(self.tr("%n traitement(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 sur %2 traitements").replace("%1", str(shown)).replace("%2", str(total))
            )

    # -- What the page says --------------------------------------------------------------
    def _show_activity(self, activity: Activity | None) -> None:
        register = self.model.register
        if activity is None or register is None:
            self.details.setHtml(self.html.no_selection())
            return
        self.details.setHtml(self.html.activity(register, activity))
