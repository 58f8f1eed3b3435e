"""The plan, previewed: which right to carry out, « Préparer le plan » (for a rectification,
the corrections asked first), and the tree of what would be done in each system — nothing is
written by a plan."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTreeView,
)

from ....domain.plan import EXECUTABLE_RIGHTS
from ....domain.rights import Right
from ....services.cases.views import RightView
from ....services.execution import planning
from ....services.execution.corrections import CorrectableField, correctable_fields
from ....services.execution.views import ExecutionView
from ...alive import named_button
from ...dialogs.case_actions import ActionDialog
from ...dialogs.execution import CorrectionsDialog
from ...labels import outcome_label, right_short_label
from ...models.execution_models import PlanTreeModel
from .steps import Scope

#: Of the tree's width, at most this share per column: room is left for the result.
COLUMN_SHARES = ((0, 0.25), (1, 0.22), (2, 0.36))


class PlanPanel(QObject):
    """``right_changed``: another right chosen (the other panels follow)."""

    right_changed = Signal()

    def __init__(self, scope: Scope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scope = scope
        self.right_combo = QComboBox()
        self.right_combo.setObjectName("executionRight")
        self.right_combo.setAccessibleName(self.tr("Droit à exécuter"))
        self.right_combo.currentIndexChanged.connect(lambda _index: self.right_changed.emit())
        self.right_label = QLabel(self.tr("Droit\u00a0:"))
        self.right_label.setBuddy(self.right_combo)
        self.plan_button = named_button("preparePlan", self.tr("Préparer le p&lan"), self.prepare)
        self.plan_button.setToolTip(
            self.tr("Le plan et ses comptes, sans rien modifier dans les systèmes")
        )
        self.model = PlanTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("plan")
        self.tree.setAccessibleName(self.tr("Plan d’exécution"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    @property
    def right(self) -> Right | None:
        value = self.right_combo.currentData()
        return Right(value) if value else None

    def choose(self, right: Right) -> None:
        self.right_combo.setCurrentIndex(self.right_combo.findData(right.value))

    def show_rights(self, rights: tuple[RightView, ...] | list[RightView]) -> bool:
        """The rights the case asks that are carried out in the systems, with where each
        decision stands; the choice kept. Whether the chosen right changed (no signal)."""
        chosen = self.right_combo.currentData()
        self.right_combo.blockSignals(True)
        self.right_combo.clear()
        for view in rights:
            if view.right not in EXECUTABLE_RIGHTS:
                continue
            state = outcome_label(view.outcome) if view.outcome else self.tr("à décider")
            self.right_combo.addItem(
                self.tr("%1 (%2) — %3")
                .replace("%1", right_short_label(view.right))
                .replace("%2", view.right.article)
                .replace("%3", state),
                view.right.value,
            )
        index = self.right_combo.findData(chosen) if chosen else 0
        self.right_combo.setCurrentIndex(max(index, 0))
        self.right_combo.blockSignals(False)
        return self.right_combo.currentData() != chosen

    def show(self, view: ExecutionView | None) -> None:
        """The plan of ``view`` as a tree, every system open, the columns fitted."""
        self.model.show(view)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        width = self.tree.viewport().width()
        for column, share in COLUMN_SHARES:
            if self.tree.columnWidth(column) > width * share:
                self.tree.setColumnWidth(column, int(width * share))

    def update_buttons(self, idle: bool) -> None:
        self.right_combo.setEnabled(idle)
        self.plan_button.setEnabled(idle and self.right in EXECUTABLE_RIGHTS)

    # -- steps ----------------------------------------------------------------------------
    def prepare(self) -> None:
        right = self.right
        steps = self._scope.steps
        if steps.busy or right is None or right not in EXECUTABLE_RIGHTS:
            return
        if right is Right.RECTIFICATION:
            self._ask_corrections()
        else:
            self._plan(right, None)

    def _ask_corrections(self) -> None:
        ctx, reference, steps = self._scope.ctx, self._scope.reference, self._scope.steps

        def ask(fields: list[CorrectableField]) -> None:
            dialog = CorrectionsDialog(steps.owner, fields)
            steps.ask(dialog, lambda values: self._plan(Right.RECTIFICATION, values, dialog))

        steps.run(
            lambda: correctable_fields(ctx, reference),
            busy=self.tr("Lecture des champs modifiables…"),
            then=ask,
            reads_state=False,
        )

    def _plan(
        self, right: Right, corrections: dict[str, str] | None, dialog: ActionDialog | None = None
    ) -> None:
        ctx, reference = self._scope.ctx, self._scope.reference
        self._scope.steps.run(
            lambda: planning.plan_execution(ctx, reference, right, corrections=corrections),
            busy=self.tr("Préparation du plan…"),
            dialog=dialog,
        )
