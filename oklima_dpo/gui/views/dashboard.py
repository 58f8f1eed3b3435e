"""The « Tableau de bord » page: the figures of the day, each a door to its queue, and the
next ten deadlines."""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DpoError
from ...domain.french import PARIS, fr_date
from ...services.backup import BackupState
from ...services.cases import dashboard
from ...services.cases.dashboard import FIGURE_FILTERS, DashboardFigures
from ...services.context import ServiceContext
from ..labels import weekday_label
from ..messages import show_error
from ..models.cases_table import CASE_ROLE, CasesTableModel
from ..workers import Runner

OVERDUE_COLOR = QColor("#b71c1c")
#: Six figures on one row when they fit (the table keeps room for its ten lines), else two
#: rows of three (125 %, 150 % on a small screen).
ALL_FIGURES = 6


def _scaled(base: QFont, factor: float, bold: bool = True) -> QFont:
    """A font bigger in points, so that it follows the system's scaling (125 %, 150 %)."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


class _Tile(QFrame):
    """A framed figure: the number, big, above its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("…", self)
        self.value.setFont(_scaled(self.font(), 2.4))
        # Lines broken by hand, not word-wrapped: the minimum size then holds the whole text
        # at any scaling, where a word-wrapped label in a button gets cut.
        self.caption = QLabel(caption, self)
        self.warning = QLabel(self)  # the words that go with the red, when there is red
        self.warning.setVisible(False)
        self.detail = QLabel(self)
        self.detail.setVisible(False)
        for label in (self.value, self.caption, self.warning, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        top = QHBoxLayout()
        top.addWidget(self.value)
        top.addWidget(self.warning, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_alarm(self, text: str | None) -> None:
        """Red number and a written warning; back to normal colours with None."""
        for label in (self.value, self.warning):
            palette = QPalette(self.palette())
            if text:
                # The role the label really paints with (ButtonText inside a button).
                palette.setColor(label.foregroundRole(), OVERDUE_COLOR)
            label.setPalette(palette)
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def value_color(self) -> QColor:
        return self.value.palette().color(self.value.foregroundRole())


class FigureTile(QPushButton):
    """A clickable figure: Tab reaches it, Space or Enter opens its queue."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        # Ignored across: the view, not the tiles' minimum, decides between one and two rows.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.tile = _Tile(caption, self)
        self.tile.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.tile.caption.setBuddy(self)  # the caption's mnemonic (Alt+letter) focuses it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tile)

    # A QPushButton sizes itself on its own text; this one has none: its layout decides.
    def sizeHint(self) -> QSize:
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().totalMinimumSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class DashboardView(QWidget):
    """Figures from ``dashboard.figures``; a click on one asks for its queue."""

    filter_requested = Signal(object)  # the CaseFilter of the figure clicked
    case_requested = Signal(str)  # a reference, from the next deadlines
    loaded = Signal(object)  # the DashboardFigures shown

    def __init__(self, ctx: ServiceContext, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._generation = 0
        self.figures: DashboardFigures | None = None

        self.title = QLabel(self.tr("Tableau de bord"), self)
        self.title.setFont(_scaled(self.font(), 1.5))
        self.day = QLabel(self)
        self.day.setObjectName("dashboardDay")
        self.backup = QLabel(self)  # the last backup; in red when too old, or none is made
        self.backup.setObjectName("dashboardBackup")
        self.backup.setWordWrap(True)
        self.backup.setVisible(False)

        # Captions with a mnemonic; the accessible names say the figure in words.
        captions = {
            "open": self.tr("Demandes &ouvertes"),
            "due_soon": self.tr("Échéance sous &7 jours\n(retards compris)"),
            "overdue": self.tr("En &retard"),
            "awaiting_info": self.tr("En &attente d’informations"),
            "extended": self.tr("&Prolongées"),
        }
        self.tiles: dict[str, FigureTile] = {}
        for key in FIGURE_FILTERS:
            tile = FigureTile(captions[key], self)
            tile.setObjectName(f"figure_{key}")
            tile.setToolTip(self.tr("Ouvrir la file des demandes correspondantes"))
            tile.clicked.connect(lambda _=False, key=key: self._open_figure(key))
            self.tiles[key] = tile
        self.on_time = _Tile(self.tr("Répondues dans les délais\n(12 derniers mois)"), self)
        self.on_time.setObjectName("figure_on_time")
        self.on_time.setFrameShape(QFrame.Shape.StyledPanel)
        self.on_time.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.model = CasesTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("nextDeadlines")
        self.table.setAccessibleName(self.tr("Prochaines échéances"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table_label = QLabel(self.tr("Prochaines é&chéances"), self)
        self.table_label.setFont(_scaled(self.font(), 1.15))
        self.table_label.setBuddy(self.table)
        self.empty = QLabel(self.tr("Aucune demande ouverte : aucune échéance à venir."), self)
        self.empty.setObjectName("noDeadlines")
        self.empty.setVisible(False)
        # Owners' tasks past their due day: each opens its case (Entrée, double clic).
        self.late_tasks = QListWidget(self)
        self.late_tasks.setObjectName("lateTasks")
        self.late_tasks.setAccessibleName(self.tr("Tâches des propriétaires en retard"))
        self.late_tasks.setMaximumHeight(self.fontMetrics().height() * 7)
        self.late_label = QLabel(self.tr("&Tâches des propriétaires en retard"), self)
        self.late_label.setFont(_scaled(self.font(), 1.15))
        self.late_label.setBuddy(self.late_tasks)
        self.late_tasks.itemActivated.connect(self._late_task_activated)
        for widget in (self.late_label, self.late_tasks):
            widget.setVisible(False)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.day)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self._columns = 0
        self._place_tiles(ALL_FIGURES)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.backup)
        layout.addLayout(self.grid)
        layout.addSpacing(8)
        layout.addWidget(self.table_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.late_label)
        layout.addWidget(self.late_tasks)

        previous: QWidget | None = None
        for widget in (*self.tiles.values(), self.table, self.late_tasks):
            if previous is not None:
                self.setTabOrder(previous, widget)
            previous = widget
        self.table.activated.connect(self._activated)

    # -- what the main window drives ------------------------------------------------------
    def reload(self) -> None:
        """Ask the services for the figures of today; the last answer asked for wins."""
        self._generation += 1
        generation = self._generation
        ctx = self._ctx
        self._runner.submit(
            lambda: dashboard.figures(ctx),
            lambda found: self._show(generation, found),
            lambda error: self._failed(generation, error),
        )

    # -- inside ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_tiles(ALL_FIGURES if event.size().width() >= self._one_row_width() else 3)
        super().resizeEvent(event)

    def _one_row_width(self) -> int:
        tiles: list[QWidget] = [*self.tiles.values(), self.on_time]
        margins = self.layout().contentsMargins()
        return (
            sum(tile.minimumSizeHint().width() for tile in tiles)
            + self.grid.spacing() * (len(tiles) - 1)
            + margins.left()
            + margins.right()
        )

    def _place_tiles(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        tiles: list[QWidget] = [*self.tiles.values(), self.on_time]
        for tile in tiles:
            self.grid.removeWidget(tile)
        for n, tile in enumerate(tiles):
            self.grid.addWidget(tile, n // columns, n % columns)
        for column in range(ALL_FIGURES):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _open_figure(self, key: str) -> None:
        self.filter_requested.emit(FIGURE_FILTERS[key])

    def _activated(self, index: QModelIndex) -> None:
        case = index.data(CASE_ROLE)
        if case is not None:
            self.case_requested.emit(case.reference)

    def _show(self, generation: int, found: DashboardFigures) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed meanwhile, or a newer reload is on its way
        self.figures = found
        day = f"{weekday_label(found.today)} {fr_date(found.today)}"
        self.day.setText(self.tr("Situation au %1").replace("%1", day))
        names = {
            "open": self.tr("Demandes ouvertes : %1"),
            "due_soon": self.tr("Demandes à échéance sous 7 jours, retards compris : %1"),
            "overdue": self.tr("Demandes en retard : %1"),
            "awaiting_info": self.tr("Demandes en attente d’informations : %1"),
            "extended": self.tr("Demandes prolongées : %1"),
        }
        for key, tile in self.tiles.items():
            count = found.count(key)
            tile.tile.value.setText(str(count))
            tile.setAccessibleName(names[key].replace("%1", str(count)))
        overdue = found.overdue
        self.tiles["overdue"].tile.set_alarm(self.tr("⚠ à traiter") if overdue else None)
        self._show_on_time(found)
        self._place_tiles(ALL_FIGURES if self.width() >= self._one_row_width() else 3)
        self.model.set_cases(found.next_deadlines, found.today)
        self.empty.setVisible(not found.next_deadlines)
        self.table.setVisible(bool(found.next_deadlines))
        self._show_late_tasks(found)
        self._show_backup(found.backup)
        self.loaded.emit(found)

    def _show_backup(self, state: BackupState | None) -> None:
        """A line under the day: the last backup; red when it is older than the settings'
        days, when none was ever made, or when the base is not encrypted (no backup made)."""
        if state is None or (not state.possible and not state.stale):
            self.backup.setVisible(False)  # the demo, a server base: not backed up here
            return
        if not state.possible:
            text = self.tr(
                "⚠ Base de cas non chiffrée\u00a0: aucune sauvegarde n’est faite. La chiffrer "
                "(oklima-dpo vault encrypt), puis Fichier → Sauvegarder maintenant."
            )
        elif state.last is None:
            text = self.tr(
                "⚠ Aucune sauvegarde n’a encore été faite\u00a0: Fichier → Sauvegarder "
                "maintenant (Ctrl+Maj+S)."
            )
        else:
            made = state.last.at.astimezone(PARIS)
            text = self.tr("Dernière sauvegarde\u00a0: le %1 à %2.")
            text = text.replace("%1", fr_date(made.date())).replace("%2", f"{made:%H:%M}")
            if state.stale:
                older = (
                    self.tr("Elle a plus d’un jour")
                    if state.warn_days == 1
                    else self.tr("Elle a plus de %1 jours").replace("%1", str(state.warn_days))
                )
                text = f"⚠ {text} {older}" + self.tr(
                    "\u00a0: Fichier → Sauvegarder maintenant (Ctrl+Maj+S)."
                )
        self.backup.setText(text)
        palette = QPalette(self.palette())
        if state.stale:
            palette.setColor(self.backup.foregroundRole(), OVERDUE_COLOR)
        self.backup.setPalette(palette)
        self.backup.setVisible(True)

    def _show_late_tasks(self, found: DashboardFigures) -> None:
        self.late_tasks.clear()
        for task in found.late_tasks:
            days = (found.today - task.due_on).days
            late = self.tr("%1 jour") if days == 1 else self.tr("%1 jours")
            text = (
                self.tr("%1 — tâche n° %2 « %3 » (%4)\u00a0: attendue le %5, en retard de %6")
                .replace("%1", task.reference)
                .replace("%2", str(task.task_id))
                .replace("%3", task.source_name)
                .replace("%4", task.owner)
                .replace("%5", fr_date(task.due_on))
                .replace("%6", late.replace("%1", str(days)))
            )
            item = QListWidgetItem(text, self.late_tasks)
            item.setData(Qt.ItemDataRole.UserRole, task.reference)
        for widget in (self.late_label, self.late_tasks):
            widget.setVisible(bool(found.late_tasks))

    def _late_task_activated(self, item: QListWidgetItem) -> None:
        reference = item.data(Qt.ItemDataRole.UserRole)
        if reference:
            self.case_requested.emit(str(reference))

    def _show_on_time(self, found: DashboardFigures) -> None:
        percent = found.on_time_percent
        if percent is None:
            value = "—"
            detail = self.tr("Aucune réponse envoyée")
        else:
            # Rounded down: one late answer in three hundred is not « 100 % ».
            value = self.tr("%1 %").replace("%1", str(math.floor(percent)))
            detail = (
                self.tr("%1 sur %2 réponses")
                .replace("%1", str(found.answered_on_time))
                .replace("%2", str(found.answered))
            )
        self.on_time.value.setText(value)
        self.on_time.detail.setText(detail)
        self.on_time.detail.setVisible(True)
        self.on_time.setAccessibleName(
            self.tr("Réponses dans les délais sur 12 mois\u00a0: %1 (%2)")
            .replace("%1", value)
            .replace("%2", detail)
        )

    def _failed(self, generation: int, error: DpoError) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            show_error(self, error, self.tr("Tableau de bord"))
