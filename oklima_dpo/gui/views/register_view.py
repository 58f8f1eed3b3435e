"""The Registre page: the register of processing, read-only, as the charter describes it.

The activities are listed in a table (filterable) and the selected one is detailed below:
purposes, data categories, retention, recipients, transfers outside the EU, sources. A second
tab shows the controller, the rights and where to exercise them, and the remarks on what the
charter leaves unsaid. If the file cannot be loaded, its error is shown in the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
from ...domain.register import Activity, Recipient, Register, Retention, Source, Transfer
from ..models.register_model import ACTIVITY_ROLE, ActivitiesTableModel, ActivityFilterProxy
from ..workers import Runner


def _items(entries: Iterable[str], spaced: bool = False) -> str:
    # Entries of several lines read better with a gap between them.
    item = '<li style="margin-bottom: 6px">' if spaced else "<li>"
    return "<ul>" + "".join(f"{item}{entry}</li>" for entry in entries) + "</ul>"


def _quoted(part: str, whole: str) -> bool:
    """Whether ``whole`` already says ``part`` (the charter's sentence often does)."""
    return part.rstrip(" .").casefold() in whole.casefold()


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
            QKeySequence(QKeySequence.StandardKey.Find),
            self,
            self._focus_filter,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
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

    def _focus_filter(self) -> None:
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
        self.intro.setText(self._intro_text(register))
        self.overview.setHtml(self._overview_html(register))
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
        self.error_label.setText(
            "<p><b>"
            + escape(self.tr("Le registre des traitements n’a pas pu être chargé."))
            + "</b></p><p>"
            + escape(message).replace("\n", "<br>")
            + "</p>"
            + self._file_html(error)
            + "<p>"
            + escape(self.tr("Corrigez le fichier puis choisissez « Recharger » (F5)."))
            + "</p>"
        )
        self.error_label.show()
        self._update_count()
        self.failed.emit(message)

    def _file_html(self, error: DpoError) -> str:
        from ...config.register_file import RegisterError

        if not isinstance(error, RegisterError):
            return ""
        label = self.tr("Fichier :")
        return f"<p>{escape(label)} {escape(str(error.path))}</p>"

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
    def _intro_text(self, register: Register) -> str:
        return (
            self.tr("Consultation seule, d’après la « %1 ». Responsable du traitement : %2.")
            .replace("%1", register.charter_title)
            .replace("%2", register.controller.name)
        )

    def _show_activity(self, activity: Activity | None) -> None:
        register = self.model.register
        if activity is None or register is None:
            self.details.setHtml(
                "<p>"
                + escape(
                    self.tr("Sélectionnez un traitement dans la liste pour en voir le détail.")
                )
                + "</p>"
            )
            return
        self.details.setHtml(self._activity_html(register, activity))

    def _activity_html(self, register: Register, activity: Activity) -> str:
        basis = escape(activity.legal_basis.label_fr)
        if activity.legitimate_interest:
            basis += " — " + escape(activity.legitimate_interest.fr)
        parts = [
            f"<h3>{escape(activity.name.fr)}</h3>",
            self._line(self.tr("Base légale :"), basis),
            self._section(self.tr("Finalités"), (escape(p.fr) for p in activity.purposes)),
            self._section(
                self.tr("Catégories de données (%1)").replace("%1", str(len(activity.categories))),
                (
                    f"{escape(c.label.fr)} — <i>{escape(c.origin.label_fr)}</i> "
                    f"<small>({escape(c.key)})</small>"
                    for c in register.categories_of(activity)
                ),
            ),
            self._section(
                self.tr("Conservation"), map(self._rule_html, activity.retention), spaced=True
            ),
            self._section(
                self.tr("Destinataires"),
                (self._recipient_html(r) for r in activity.recipients),
                self.tr("Aucun destinataire indiqué."),
                spaced=True,
            ),
            self._section(
                self.tr("Transferts hors de l’Union européenne"),
                (self._transfer_html(t) for t in activity.transfers),
                self.tr("Aucun transfert indiqué."),
                spaced=True,
            ),
            self._section(
                self.tr("Origine des données"),
                (self._source_html(s) for s in activity.sources),
                self.tr("Aucune source indiquée."),
                spaced=True,
            ),
            self._line(
                self.tr("Décisions automatisées :"),
                escape(activity.automated_decisions.label_fr)
                + (
                    " — " + escape(activity.automated_decisions_text.fr)
                    if activity.automated_decisions_text
                    else ""
                ),
            ),
        ]
        if activity.note:
            parts.append(self._line(self.tr("Remarque :"), escape(activity.note.fr)))
        return "".join(parts)

    @staticmethod
    def _line(label: str, html: str) -> str:
        return f"<p><b>{escape(label)}</b> {html}</p>"

    @staticmethod
    def _section(title: str, entries: Iterable[str], empty: str = "", spaced: bool = False) -> str:
        listed = list(entries)
        body = _items(listed, spaced) if listed else f"<p>{escape(empty)}</p>"
        return f"<p><b>{escape(title)}</b></p>{body}"

    def _rule_html(self, rule: Retention) -> str:
        html = f"<b>{escape(rule.summary_fr)}</b>"
        if rule.data:
            html += " — " + escape(rule.data.fr)
        html += "<br>" + escape(rule.text.fr)
        if rule.extension and not _quoted(rule.extension.fr, rule.text.fr):
            html += "<br>" + escape(rule.extension.fr)
        if rule.archive:
            html += "<br>" + escape(rule.archive.fr)
        if rule.legal_ground:
            html += "<br><i>" + escape(self.tr("Fondement :")) + "</i> "
            html += escape(rule.legal_ground.fr)
        return html

    def _recipient_html(self, recipient: Recipient) -> str:
        html = f"<b>{escape(recipient.name.fr)}</b> — <i>{escape(recipient.kind.label_fr)}</i>"
        if recipient.examples:
            html += "\u00a0: " + escape(recipient.examples.fr)
        if recipient.condition:
            html += "<br>" + escape(recipient.condition.fr)
        return html

    def _transfer_html(self, transfer: Transfer) -> str:
        countries = (
            ", ".join(transfer.countries)
            if transfer.countries
            else self.tr("pays non nommés par la charte")
        )
        safeguards = ", ".join(s.label_fr for s in transfer.safeguards)
        html = f"<b>{escape(transfer.destination.fr)}</b> ({escape(countries)})"
        html += "<br><i>" + escape(self.tr("Garanties :")) + "</i> " + escape(safeguards)
        html += "<br>" + escape(transfer.text.fr)
        if transfer.copy:
            html += "<br>" + escape(transfer.copy.fr)
        return html

    def _source_html(self, source: Source) -> str:
        html = f"{escape(source.label.fr)} — <i>{escape(source.kind.label_fr)}</i>"
        if source.condition:
            html += " (" + escape(source.condition.fr) + ")"
        return html

    def _overview_html(self, register: Register) -> str:
        controller = register.controller
        dpo = (
            escape(register.dpo.contact or "")
            if register.dpo.designated
            else escape(self.tr("non désigné dans la charte"))
        )
        if register.dpo.note:
            dpo += "<br>" + escape(register.dpo.note.fr)
        channels = []
        for channel in register.rights.channels:
            label = (
                self.tr("Par e-mail :") if channel.kind == "email" else self.tr("Par courrier :")
            )
            channels.append(f"{escape(label)} {escape(channel.address)}")
        controller_title = self.tr("Responsable du traitement")
        parts = [
            f"<h3>{escape(controller_title)}</h3>",
            f"<p><b>{escape(controller.name)}</b><br>{escape(controller.address)}"
            f"<br>{escape(controller.email)}</p>",
            self._line(self.tr("Délégué à la protection des données :"), dpo),
            self._section(
                self.tr("Droits que la charte annonce"),
                (f"{escape(r.label_fr)} ({escape(r.article)})" for r in register.rights.rights),
            ),
            self._section(self.tr("Où exercer ces droits"), channels),
            self._line(
                self.tr("Réclamation :"),
                escape(self.tr("auprès de la %1").replace("%1", register.rights.complaint.fr)),
            ),
            self._section(
                self.tr("Remarques sur la charte"),
                (escape(r.fr) for r in register.remarks),
                self.tr("Aucune remarque."),
            ),
            self._line(self.tr("Source :"), escape(register.charter_file)),
        ]
        return "".join(parts)
