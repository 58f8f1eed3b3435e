"""« Décider… »: the outcome of one right at a time, and its legal ground unless granted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.case import Outcome
from ...domain.rights import Right
from ...services.cases.views import RightView
from ..labels import outcome_label, right_label
from .case_actions import ActionDialog


@dataclass(frozen=True, slots=True)
class DecisionInput:
    right: Right
    outcome: Outcome
    legal_ground: str


class DecideDialog(ActionDialog):
    """One right at a time: its outcome, and the legal ground unless it is granted."""

    def __init__(self, parent: QWidget | None, rights: Sequence[RightView]) -> None:
        super().__init__(parent, self.tr("Décider"), self.tr("&Enregistrer la décision"))
        self._rights = list(rights)
        self.right_combo = QComboBox()
        self.right_combo.setObjectName("right")
        self.right_combo.setAccessibleName(self.tr("Droit"))
        for view in self._rights:
            state = outcome_label(view.outcome) if view.outcome else self.tr("à décider")
            self.right_combo.addItem(
                self.tr("%1 (%2) — %3")
                .replace("%1", right_label(view.right))
                .replace("%2", view.right.article)
                .replace("%3", state),
                view.right.value,
            )
        right_label_widget = QLabel(self.tr("&Droit\u00a0:"))
        self.add_field("right", right_label_widget, self.right_combo)

        self.outcomes = QButtonGroup(self)
        outcome_box = QWidget()
        outcome_column = QVBoxLayout(outcome_box)
        outcome_column.setContentsMargins(0, 0, 0, 0)
        self.radios: dict[Outcome, QRadioButton] = {}
        for outcome, text in (
            (Outcome.GRANTED, self.tr("&Accordé")),
            (Outcome.PARTLY_GRANTED, self.tr("&Partiellement accordé")),
            (Outcome.REFUSED, self.tr("&Refusé")),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"outcome_{outcome.value}")
            radio.setAccessibleName(text.replace("&", ""))
            self.outcomes.addButton(radio)
            self.radios[outcome] = radio
            outcome_column.addWidget(radio)
        self.add_field("outcome", QLabel(self.tr("Décision\u00a0:")), outcome_box)

        self.ground_label = QLabel()
        self.ground_edit = QPlainTextEdit()
        self.ground_edit.setObjectName("legalGround")
        self.ground_edit.setAccessibleName(self.tr("Fondement juridique"))
        self.ground_edit.setTabChangesFocus(True)
        self.ground_edit.setPlaceholderText(
            self.tr(
                "Par exemple\u00a0: art. 17(3)(b) RGPD — factures conservées dix ans "
                "(Code de commerce, art. L123-22)"
            )
        )
        self.add_field("legal_ground", self.ground_label, self.ground_edit)
        self.finish_layout()

        self.outcomes.buttonToggled.connect(self._outcome_changed)
        self.right_combo.currentIndexChanged.connect(self._right_changed)
        undecided = next((i for i, v in enumerate(self._rights) if v.outcome is None), 0)
        self.right_combo.setCurrentIndex(undecided)
        self._right_changed(undecided)
        order = [self.right_combo, *self.radios.values(), self.ground_edit, self.ok_button]
        order.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        for before, after in pairwise(order):
            self.setTabOrder(before, after)
        self.right_combo.setFocus()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def outcome(self) -> Outcome | None:
        return next((o for o, radio in self.radios.items() if radio.isChecked()), None)

    def choose(self, right: Right) -> None:
        self.right_combo.setCurrentIndex(self.right_combo.findData(right.value))

    def can_submit(self) -> bool:
        return self.outcome() is not None

    def values(self) -> DecisionInput:
        outcome = self.outcome()
        assert outcome is not None
        return DecisionInput(
            Right(self.right_combo.currentData()), outcome, self.ground_edit.toPlainText()
        )

    def _right_changed(self, row: int) -> None:
        """Show the decision already taken on that right, if any, to revise it."""
        if not 0 <= row < len(self._rights):
            return
        view = self._rights[row]
        self.outcomes.setExclusive(False)
        for outcome, radio in self.radios.items():
            radio.setChecked(outcome is view.outcome)
        self.outcomes.setExclusive(True)
        self.ground_edit.setPlainText(view.legal_ground or "")
        self.clear_errors()
        self._outcome_changed()

    def _outcome_changed(self, *_: object) -> None:
        outcome = self.outcome()
        # The domain says which outcomes need a ground; the label only tells the DPO.
        if outcome is not None and not outcome.needs_ground:
            self.ground_label.setText(self.tr("&Fondement juridique (facultatif)\u00a0:"))
        else:
            self.ground_label.setText(self.tr("&Fondement juridique (obligatoire)\u00a0:"))
        self.set_busy(self._busy)
