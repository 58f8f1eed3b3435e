"""The Sources page: the catalogue in use, each source's owner and last check, a test button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DpoError
from ...services import sources as sources_service
from ...services.context import ServiceContext
from ...services.sources import SourceOverview
from ..alive import if_alive, named_button, row_table
from ..models.sources_models import SourcesOverviewModel
from ..workers import Runner


class SourcesView(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesView")
        self._ctx = ctx
        self._runner = runner
        self._busy = False
        self.model = SourcesOverviewModel(self)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sources de données"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.catalogue_label = QLabel()
        self.catalogue_label.setObjectName("cataloguePath")
        self.catalogue_label.setWordWrap(True)
        self.catalogue_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.catalogue_label)
        self.message = QLabel()
        self.message.setObjectName("sourcesMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.test_button = named_button("testSource", self.tr("&Tester la source"), self.test)
        self.test_all_button = named_button(
            "testAll", self.tr("Tester to&utes les sources"), self.test_all
        )
        self.choose_button = named_button(
            "chooseCatalogue", self.tr("C&hoisir le catalogue…"), self.choose
        )
        for button in (self.test_button, self.test_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        layout.addLayout(buttons)

        self.table = row_table(self.model, "sources", self.tr("Sources du catalogue"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._update_buttons()

    # -- actions --------------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self._ctx

        def work() -> tuple[Path, list[SourceOverview]]:
            return _overview(ctx)

        self._run(work, self._show)

    def test(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._test([self.model.row_at(rows[0].row()).source_id])

    def test_all(self) -> None:
        self._test(None)

    def choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Catalogue des sources"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Catalogue YAML (*.yaml *.yml)"))
        dialog.fileSelected.connect(self.use_catalogue)
        dialog.open()

    def use_catalogue(self, path: str) -> None:
        """Check the chosen file and keep it for every user of the case base."""
        ctx = self._ctx

        def work() -> tuple[Path, list[SourceOverview]]:
            sources_service.set_catalogue(ctx, Path(path))
            return _overview(ctx)

        self._run(work, self._show)

    # -- helpers --------------------------------------------------------------------------

    def _test(self, only: list[str] | None) -> None:
        ctx = self._ctx

        def work() -> tuple[Path, list[SourceOverview]]:
            sources_service.check_sources(ctx, only)
            return _overview(ctx)

        self.message.setText(self.tr("Test en cours…"))
        self._run(work, self._show)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy = True
        self._update_buttons()
        self._runner.submit(work, if_alive(self, done), if_alive(self, self._failed))

    def _show(self, result: tuple[Path, list[SourceOverview]]) -> None:
        self._busy = False
        path, overview = result
        selected = self.table.selectionModel().selectedRows()
        self.model.set_rows(overview)
        if selected:
            self.table.selectRow(selected[0].row())
        self.catalogue_label.setText(self.tr("Catalogue\u00a0: %1").replace("%1", str(path)))
        failing = [o.name for o in overview if o.last_check is not None and not o.last_check.ok]
        if failing:
            self.message.setText(
                "⚠ " + self.tr("Sources en échec\u00a0: %1.").replace("%1", ", ".join(failing))
            )
        else:
            self.message.clear()
        self._update_buttons()

    def _failed(self, error: DpoError) -> None:
        self._busy = False
        self.message.setText("⚠ " + str(error))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.test_button.setEnabled(not self._busy and has_selection)
        self.test_all_button.setEnabled(not self._busy)
        self.choose_button.setEnabled(not self._busy)


def _overview(ctx: ServiceContext) -> tuple[Path, list[SourceOverview]]:
    """On a worker: the catalogue in use and where each of its sources stands."""
    return sources_service.catalogue_in_use(ctx).path, sources_service.sources_overview(ctx)
