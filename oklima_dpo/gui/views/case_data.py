"""The Données tab of a case: gathering from the sources, each source's state, the review.

Gathering runs off the GUI thread with each source's progress and a cancel button. The DPO
includes or excludes each record (a reason for exclusions), retries a failed source alone or
skips it with a reason, records a manual source's answer, and saves the reviewed result.
Every change goes through the services; this widget only shows what they return.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import Catalogue
from ...domain.errors import DpoError
from ...domain.register import Register
from ...services.context import ServiceContext
from ...services.gathering import gather as gathering
from ...services.gathering import review
from ...services.gathering.views import CaseData
from ..alive import if_alive, named_button, row_table
from ..dialogs.case_actions import ActionDialog
from ..dialogs.review_dialogs import (
    ManualAnswer,
    ManualAnswerDialog,
    exclude_record_dialog,
    include_record_dialog,
    skip_source_dialog,
)
from ..labels import fr_moment
from ..models.sources_models import FindingsTreeModel, SourceStatesModel
from ..steps import run_step
from ..workers import Progress, Runner, Task
from .case_tab import CaseTab, SourcesLoader


class CaseDataTab(CaseTab):
    """``changed`` follows every change of the case (its timeline has a new line)."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        load_sources: SourcesLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, runner, reference, load_sources, parent)
        self.setObjectName("caseData")
        self._data: CaseData | None = None
        self._task: Task | None = None
        self._dialog: ActionDialog | None = None
        self._showing = False  # filling the tree: check boxes set by us are not the DPO's
        self.confirm_box: QMessageBox | None = None  # the question before an incomplete save

        self.states_model = SourceStatesModel(self)
        self.findings_model = FindingsTreeModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_buttons())
        self.banner = self._new_banner("dataBanner")
        layout.addWidget(self.banner)
        self._splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_states())
        splitter.addWidget(self._build_tree())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([160, 480])  # the records matter most
        layout.addWidget(splitter, 1)
        self.explanation = QLabel()
        self.explanation.setObjectName("matchExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)
        self._update_buttons()

    # -- building -----------------------------------------------------------------------

    def _build_buttons(self) -> QHBoxLayout:
        self.gather_button = named_button(
            "gather", self.tr("&Rechercher dans les sources"), lambda: self.gather()
        )
        self.gather_button.setToolTip(self.tr("Ctrl+Maj+R"))
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.gather())
        self.cancel_button = named_button(
            "cancelGather", self.tr("A&nnuler la recherche"), self.cancel
        )
        self.retry_button = named_button(
            "retrySource", self.tr("Réessa&yer cette source"), self.retry
        )
        self.skip_button = named_button("skipSource", self.tr("É&carter cette source…"), self.skip)
        self.manual_button = named_button(
            "manualAnswer", self.tr("Réponse &manuelle…"), self.manual_answer
        )
        self.save_button = named_button("saveReview", self.tr("Enre&gistrer la revue"), self.save)
        row = QHBoxLayout()
        for button in (
            self.gather_button,
            self.cancel_button,
            self.retry_button,
            self.skip_button,
            self.manual_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        return row

    def _build_states(self) -> QWidget:
        self.states_view = row_table(self.states_model, "sourceStates", self.tr("État des sources"))
        header = self.states_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.states_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return self.states_view

    def _build_tree(self) -> QWidget:
        self.tree = QTreeView()
        self.tree.setObjectName("findings")
        self.tree.setAccessibleName(self.tr("Données trouvées"))
        self.tree.setModel(self.findings_model)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentChanged.connect(self._explain)
        self.findings_model.itemChanged.connect(self._check_changed)
        return self.tree

    # -- public ---------------------------------------------------------------------------

    @property
    def data(self) -> CaseData | None:
        return self._data

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def active_dialog(self) -> ActionDialog | None:
        dialog = self._dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            return dialog
        return None

    def reload(self) -> None:
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded
        self._runner.submit(
            lambda: self._with_sources(sources(), ctx, reference),
            if_alive(self, self._show),
            if_alive(self, self._failed),
        )

    def gather(self, only: list[str] | None = None) -> None:
        if self._task is not None:
            return
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work(progress: Progress) -> tuple[tuple[Catalogue, Register], CaseData]:
            loaded = sources()
            data = gathering.gather_case(
                ctx,
                reference,
                only=only,
                progress=lambda source_id, status: progress.tell((source_id, status)),
                cancelled=lambda: progress.cancelled,
            )
            return loaded, data

        self._task = self._runner.submit(
            work,
            if_alive(self, self._gathered),
            if_alive(self, self._gather_failed),
            on_news=if_alive(self, self._news),
        )
        self.banner.setText(self.tr("Recherche en cours dans les sources…"))
        self._update_buttons()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.banner.setText(self.tr("Annulation demandée…"))

    def retry(self) -> None:
        state = self._selected_state()
        if state is not None:
            self.gather([state.source_id])

    def skip(self) -> None:
        state = self._selected_state()
        if state is None:
            return
        dialog = skip_source_dialog(self, state.name)
        source_id = state.source_id
        self._open(
            dialog,
            lambda value: self._call(
                lambda c, r: review.skip_source(c, r, source_id, value.text),
                dialog,
            ),
        )

    def manual_answer(self) -> None:
        state = self._selected_state()
        if state is None or not state.manual or self._sources is None:
            return
        task = self._sources[0].source(state.source_id).task or ""
        dialog = ManualAnswerDialog(self, state.name, task)
        source_id = state.source_id

        def submit(value: Any) -> None:
            answer: ManualAnswer = value
            self._call(
                lambda c, r: review.record_manual_answer(
                    c,
                    r,
                    source_id,
                    found=answer.found,
                    note=answer.note,
                    attachment=answer.attachment,
                ),
                dialog,
            )

        self._open(dialog, submit)

    def save(self) -> None:
        """« Enregistrer la revue »: an incomplete review is saved only once the DPO has read
        what is missing and confirmed (nothing can leave from it until it is complete)."""
        data = self._data
        if data is not None and not data.complete:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Revue incomplète"),
                self.tr(
                    "Des sources n’ont pas répondu\u00a0:\n%1\n\nEnregistrer la revue "
                    "quand même\u00a0? Aucune donnée ne pourra être communiquée tant qu’elle "
                    "n’est pas complète (relancer, ou écarter chaque source avec une raison)."
                ).replace("%1", "\n".join(f"– {line}" for line in data.incomplete_reasons)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.setObjectName("incompleteReview")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            box.finished.connect(
                lambda answer: (
                    self._save_now()
                    if answer == QMessageBox.StandardButton.Save and shiboken6.isValid(self)
                    else None
                )
            )
            self.confirm_box = box
            box.open()
            return
        self._save_now()

    def _save_now(self) -> None:
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work() -> CaseData:
            sources()  # the names the tab shows
            review.save_review(ctx, reference)
            return review.case_data(ctx, reference)

        self._runner.submit(work, if_alive(self, self._changed), if_alive(self, self._failed))

    # -- results --------------------------------------------------------------------------

    @staticmethod
    def _with_sources(
        sources: tuple[Catalogue, Register], ctx: ServiceContext, reference: str
    ) -> CaseData:
        return review.case_data(ctx, reference)

    def _news(self, news: object) -> None:
        source_id, status = news  # type: ignore[misc]
        self.states_model.set_live_status(source_id, status)

    def _gathered(self, result: tuple[tuple[Catalogue, Register], CaseData]) -> None:
        self._task = None
        self._changed(result[1])

    def _gather_failed(self, error: DpoError) -> None:
        self._task = None
        self._failed(error)

    def _changed(self, data: CaseData) -> None:
        self._show(data)
        self.changed.emit()

    def _show(self, data: CaseData) -> None:
        self._data = data
        selected = self._selected_state()
        self.states_model.set_rows(data.sources)
        self._show_every_source()
        self._showing = True
        try:
            self.findings_model.show(data)
        finally:
            self._showing = False
        self.tree.expandToDepth(1)
        self._fit_columns()
        if selected is not None:
            for row, state in enumerate(data.sources):
                if state.source_id == selected.source_id:
                    self.states_view.selectRow(row)
        self.banner.setText(self._banner_text(data))
        self._update_buttons()

    def _show_every_source(self) -> None:
        """Every source and its state in sight (the pending ones come first), as long as the
        records keep at least half of the room."""
        view = self.states_view
        view.resizeRowsToContents()
        needed = (
            view.horizontalHeader().height()
            + view.verticalHeader().length()
            + 2 * view.frameWidth()
            + 2
        )
        total = sum(self._splitter.sizes())
        if total > 0:
            top = min(needed, total // 2)
            self._splitter.setSizes([top, total - top])

    def _fit_columns(self) -> None:
        """Each column to its content, but a long value (an e-mail's text) or a long category
        never pushes the others out of sight: capped, elided, read whole in its tooltip."""
        header = self.tree.header()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        # Records start folded: their fields' values and categories are not measured then.
        char = self.fontMetrics().averageCharWidth()
        narrowest, widest = char * 24, char * 42
        for column in (1, 2):  # the value, the category
            header.resizeSection(column, max(narrowest, min(widest, header.sectionSize(column))))

    def _banner_text(self, data: CaseData) -> str:
        if not data.gathered:
            return self.tr("Aucune recherche dans les sources pour cette demande.")
        found = (
            self.tr("1 enregistrement trouvé")
            if data.found == 1
            else self.tr("%1 enregistrements trouvés").replace("%1", str(data.found))
        )
        text = found + self.tr(", %1 inclus.").replace("%1", str(data.included))
        if not data.complete:
            names = "\u00a0; ".join(s.name for s in data.unsettled)
            text = "⚠ " + self.tr("Données incomplètes (%1).").replace("%1", names) + " " + text
        if data.retention_exceeded:
            text += " " + self.tr("⚠ %1 au-delà de leur durée de conservation.").replace(
                "%1", str(data.retention_exceeded)
            )
        if data.snapshots:
            last = data.snapshots[-1]
            text += " " + self.tr("Revue enregistrée le %1 (SHA-256 %2…).").replace(
                "%1", fr_moment(last.created_at.replace(tzinfo=UTC))
            ).replace("%2", last.sha256[:12])
        return text

    def _failed(self, error: DpoError) -> None:
        self.banner.setText("⚠ " + str(error))
        self._update_buttons()

    def _explain(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.findings_model.finding_at(self.findings_model.itemFromIndex(current))
        if finding is None:
            self.explanation.clear()
            return
        lines = [m.explanation for m in finding.matches]
        if finding.exclusion_reason:
            lines.append(self.tr("Écarté\u00a0: %1").replace("%1", finding.exclusion_reason))
        self.explanation.setText("\n".join(lines))

    def _check_changed(self, item: QStandardItem) -> None:
        if self._showing or not item.isCheckable():
            return
        finding = self.findings_model.finding_at(item)
        if finding is None:
            return
        include = item.checkState() == Qt.CheckState.Checked
        if include == finding.included:
            return
        finding_id = finding.id
        if include and not finding.inclusion_needs_reason:
            self._call(lambda c, r: review.review_finding(c, r, finding_id, included=True))
            return
        # Excluding, or including what the program left out (name alone, another name): the
        # DPO says why; the service asks it too.
        dialog = (
            include_record_dialog(self, finding.key)
            if include
            else exclude_record_dialog(self, finding.key)
        )
        dialog.rejected.connect(lambda: self._restore() if shiboken6.isValid(self) else None)
        self._open(
            dialog,
            lambda value: self._call(
                lambda c, r: review.review_finding(
                    c, r, finding_id, included=include, reason=value.text
                ),
                dialog,
            ),
        )

    def _restore(self) -> None:
        if self._data is not None:
            self._show(self._data)

    # -- helpers --------------------------------------------------------------------------

    def _call(
        self,
        step: Callable[[ServiceContext, str], CaseData],
        dialog: ActionDialog | None = None,
    ) -> None:
        ctx, reference, sources = self._ctx, self._reference, self._sources_loaded

        def work() -> CaseData:
            sources()  # the names the tab shows
            return step(ctx, reference)

        def failed(error: DpoError) -> None:
            self._failed(error)
            self._restore()  # the check box the DPO changed goes back

        run_step(self._runner, self, work, self._changed, failed, dialog=dialog)

    def _open(self, dialog: ActionDialog, on_submit: Callable[[Any], None]) -> None:
        self._dialog = dialog
        dialog.submitted.connect(on_submit)
        dialog.open()

    def _selected_state(self) -> Any:
        rows = self.states_view.selectionModel().selectedRows()
        return self.states_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        running = self._task is not None
        state = self._selected_state()
        self.gather_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.retry_button.setEnabled(not running and state is not None and state.can_retry)
        self.skip_button.setEnabled(not running and state is not None and state.can_skip)
        self.manual_button.setEnabled(not running and state is not None and state.manual)
        self.save_button.setEnabled(not running and self._data is not None and self._data.gathered)
