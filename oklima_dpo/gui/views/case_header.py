"""The header of a case window: who asked, which rights and how far each is decided, the
status, and the deadline in large type with what it means today.

It only shows the CaseDetail it is given: the deadline, its explanation and whether it may
still be extended are the services' (``DeadlineView``, ``CaseDetail.may_extend``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.deadlines import Urgency, urgency_of
from ...domain.french import fr_date
from ...services.cases.views import CaseDetail, DeadlineView
from ..labels import (
    channel_by_label,
    fr_moment,
    identifier_label,
    outcome_label,
    right_label,
    status_label,
)

# Colour adds to the words (« en retard de 3 j », « délai suspendu »), never replaces them.
_COLOURS = {
    Urgency.OVERDUE: "#b00020",
    Urgency.DUE_IN_2: "#a84300",
    Urgency.SUSPENDED: "#1f5fa8",
}


def _scaled_font(base: QFont, factor: float, bold: bool = True) -> QFont:
    """A bigger font in points, so that it follows the system's scaling (125 %, 150 %)."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def _plain_label(object_name: str, wrap: bool = True) -> QLabel:
    """A label for text that may come from a person: never read as HTML; selectable."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DeadlinePanel(QFrame):
    """The due date in large type, the days left (or why the clock stopped), a note on the
    first deadline or the extension still possible; the explanation of the computation is
    placed by the header, full width below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadline")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        self.due_caption = QLabel(self.tr("Échéance"))
        self.due_caption.setObjectName("dueCaption")
        self.due_label = QLabel("—")
        self.due_label.setObjectName("due")
        self.due_label.setFont(_scaled_font(self.font(), 2.2))
        self.days_label = QLabel()
        self.days_label.setObjectName("daysLeft")
        self.days_label.setFont(_scaled_font(self.font(), 1.5))
        big = QHBoxLayout()
        big.addWidget(self.due_label)
        big.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        big.addWidget(self.days_label, 0, Qt.AlignmentFlag.AlignBaseline)
        big.addStretch(1)
        self.due_note_label = _plain_label("dueNote")
        column.addWidget(self.due_caption)
        column.addLayout(big)
        column.addWidget(self.due_note_label)
        column.addStretch(1)
        # Full width under the header: the explanation can be long (suspensions, holidays).
        self.explanation_label = _plain_label("explanation")

    def show_deadline(self, detail: CaseDetail) -> None:
        deadline = detail.deadline
        self.due_label.setText(fr_date(deadline.due))
        urgency = urgency_of(
            deadline.days_left,
            is_open=detail.status.is_open,
            clock_stopped=deadline.clock_stopped,
        )
        if urgency is Urgency.DONE:
            caption = self.tr("Échéance")
            days = self.tr("demande %1").replace("%1", status_label(detail.status))
        elif urgency is Urgency.SUSPENDED:
            caption = self.tr("Échéance provisoire")
            days = self.tr("délai suspendu")
        else:
            caption = self.tr("Échéance prolongée") if deadline.extended else self.tr("Échéance")
            days = self._days_left_text(deadline.days_left)
        colour = _COLOURS.get(urgency)
        self.due_caption.setText(caption)
        self.days_label.setText(days)
        # Read as one sentence by a screen reader: « Échéance : 16/04/2025, J-22 ».
        self.due_label.setAccessibleName(
            self.tr("%1\u00a0: %2, %3")
            .replace("%1", caption)
            .replace("%2", fr_date(deadline.due))
            .replace("%3", days)
        )
        self._set_colour(self.days_label, colour)
        self._set_colour(self.due_label, colour)
        self.due_note_label.setText(self._due_note(detail, deadline))
        self.due_note_label.setVisible(bool(self.due_note_label.text()))
        self.explanation_label.setText(
            self.tr("Calcul du délai\u00a0: %1").replace("%1", deadline.explanation)
        )
        self.explanation_label.setToolTip(
            self.tr("Si prolongé\u00a0: %1").replace("%1", deadline.explanation_extended)
        )

    def _due_note(self, detail: CaseDetail, deadline: DeadlineView) -> str:
        if deadline.extended:
            return self.tr("Premier délai\u00a0: %1").replace("%1", fr_date(deadline.first_due))
        if detail.may_extend:
            return (
                self.tr("Prolongation possible jusqu’au %1 (nouvelle échéance\u00a0: %2)")
                .replace("%1", fr_date(deadline.extension_notice_by))
                .replace("%2", fr_date(deadline.extended_due))
            )
        return ""

    def _days_left_text(self, days: int) -> str:
        if days > 0:
            return self.tr("J-%1").replace("%1", str(days))
        if days == 0:
            return self.tr("aujourd’hui")
        return self.tr("en retard de %1\u00a0j").replace("%1", str(-days))

    @staticmethod
    def _set_colour(label: QLabel, colour: str | None) -> None:
        if colour is None:
            label.setPalette(QPalette())  # nothing set: the application's own colours
            return
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)


class CaseHeader(QFrame):
    """Who and what, on the left; the deadline on the right; how it was computed below."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        outer.addLayout(row)

        who = QVBoxLayout()
        self.title_label = _plain_label("title")
        self.title_label.setText(reference)
        self.title_label.setFont(_scaled_font(self.font(), 1.5))
        self.status_label = QLabel(self.tr("Chargement…"))
        self.status_label.setObjectName("status")
        self.received_label = _plain_label("received")
        self.identifiers_label = _plain_label("identifiers")
        self.representative_label = _plain_label("representative")
        self.rights_caption = QLabel(self.tr("Droits exercés\u00a0:"))
        self.rights_caption.setFont(_scaled_font(self.font(), 1.0))
        self.rights_box = QVBoxLayout()
        indent = self.fontMetrics().averageCharWidth() * 2  # in characters: follows scaling
        self.rights_box.setContentsMargins(indent, 0, 0, 0)
        self.right_labels: dict[str, QLabel] = {}  # by right, filled once the case is read
        for widget in (
            self.title_label,
            self.status_label,
            self.received_label,
            self.identifiers_label,
            self.representative_label,
            self.rights_caption,
        ):
            who.addWidget(widget)
        who.addLayout(self.rights_box)
        who.addStretch(1)
        row.addLayout(who, 3)

        self.deadline = DeadlinePanel()
        row.addWidget(self.deadline, 2)
        outer.addWidget(self.deadline.explanation_label)

    def show_detail(self, detail: CaseDetail) -> None:
        self.title_label.setText(
            self.tr("%1 — %2").replace("%1", detail.reference).replace("%2", detail.person_name)
        )
        self.status_label.setText(
            self.tr("Statut\u00a0: <b>%1</b>").replace("%1", status_label(detail.status))
        )
        self.status_label.setAccessibleName(
            self.tr("Statut\u00a0: %1").replace("%1", status_label(detail.status))
        )
        self.received_label.setText(self._received_text(detail))
        self.identifiers_label.setText(
            " ; ".join(
                self.tr("%1\u00a0: %2")
                .replace("%1", identifier_label(i.kind))
                .replace("%2", i.value)
                for i in detail.identifiers
            ).replace(" ;", "\u00a0;")
        )
        self.identifiers_label.setVisible(bool(detail.identifiers))
        self.representative_label.setText(self._representative_text(detail))
        self.representative_label.setVisible(bool(detail.representative_name))
        self._show_rights(detail)
        self.deadline.show_deadline(detail)

    def show_failure(self, message: str) -> None:
        """The case could not be read: said where its status goes."""
        self.status_label.setText("⚠ " + message)

    def _received_text(self, detail: CaseDetail) -> str:
        day, time = fr_moment(detail.received_at).split(" ")
        text = (
            self.tr("Reçue le %1 à %2 %3")
            .replace("%1", day)
            .replace("%2", time)
            .replace("%3", channel_by_label(detail.channel))
        )
        if detail.assignee:
            return text + " · " + self.tr("attribuée à %1").replace("%1", detail.assignee)
        return text + " · " + self.tr("non attribuée")

    def _representative_text(self, detail: CaseDetail) -> str:
        if not detail.representative_name:
            return ""
        text = self.tr("Représentée par %1").replace("%1", detail.representative_name)
        if detail.mandate_note:
            text += " — " + self.tr("mandat\u00a0: %1").replace("%1", detail.mandate_note)
        return text

    def _show_rights(self, detail: CaseDetail) -> None:
        while self.rights_box.count():
            item = self.rights_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.right_labels = {}
        for view in detail.rights:
            state = outcome_label(view.outcome) if view.outcome else self.tr("à décider")
            text = (
                self.tr("%1 (%2)\u00a0: %3")
                .replace("%1", right_label(view.right))
                .replace("%2", view.right.article)
                .replace("%3", state)
            )
            if view.legal_ground:
                text += " — " + self.tr("fondement\u00a0: %1").replace("%1", view.legal_ground)
            label = _plain_label(f"right_{view.right.value}")
            label.setText("• " + text)
            self.rights_box.addWidget(label)
            self.right_labels[view.right.value] = label
