"""« Avant de produire / d’exécuter »: the checklist of the gates (``domain.gates``) shown above
the button it guards, each item with the button that fixes it. The panel only shows what the
service said; the rules are in the domain.

``fix_requested(fix, code)`` asks the case view for the step that clears an item (verify the
identity, decide, the Données tab, the settings); a warning's « Passer outre… » asks for a
reason and lifts it through the service, then ``overridden`` is emitted.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.gates import Checklist, Fix, GateItem

_FIX_BUTTONS = {
    Fix.VERIFY_IDENTITY: QT_TRANSLATE_NOOP("ChecklistPanel", "Vérifier l’identité…"),
    Fix.DECIDE: QT_TRANSLATE_NOOP("ChecklistPanel", "Décider…"),
    Fix.REVIEW: QT_TRANSLATE_NOOP("ChecklistPanel", "Aller aux données"),
    Fix.SETTINGS: QT_TRANSLATE_NOOP("ChecklistPanel", "Paramètres…"),
}


class ChecklistPanel(QFrame):
    fix_requested = Signal(str, str)  # Fix value, item code
    override_requested = Signal(str, str)  # item code, its text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("checklistTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self._grid)
        self.buttons: dict[str, QPushButton] = {}  # by item code: the tests press them
        self.checklist: Checklist | None = None
        self.hide()

    def show_checklist(self, checklist: Checklist | None) -> None:
        """The items left (blocking first), or one line saying nothing stands in the way."""
        self.checklist = checklist
        self._clear()
        if checklist is None:
            self.hide()
            return
        if checklist.clear:
            self.title.setText(
                self.tr("✓ %1\u00a0: rien ne s’y oppose.").replace("%1", checklist.title)
            )
        else:
            count = len(checklist.items)
            # Two sentences, not « point(s) »: the source language has no plural forms loaded.
            words = (
                self.tr("%1\u00a0: 1 point à régler.")
                if count == 1
                else self.tr("%1\u00a0: %2 points à régler.").replace("%2", str(count))
            )
            self.title.setText(words.replace("%1", checklist.title))
        for row, item in enumerate(checklist.items):
            self._add_row(row, item)
        self.show()

    def item_texts(self) -> list[str]:
        """What each row says, as shown (for the tests and the screen reader)."""
        texts = []
        for row in range(self._grid.rowCount()):
            cell = self._grid.itemAtPosition(row, 1)
            if cell is not None and isinstance(cell.widget(), QLabel):
                texts.append(cell.widget().text())
        return texts

    def _add_row(self, row: int, item: GateItem) -> None:
        # Words, not a colour or a glyph alone: what kind of item it is.
        mark = QLabel(self.tr("Bloquant") if item.blocking else self.tr("⚠ Avertissement"))
        font = mark.font()
        font.setBold(True)
        mark.setFont(font)
        text = QLabel(item.text)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(text, row, 1)
        if item.blocking:
            words = _FIX_BUTTONS.get(item.fix, "")
            button = QPushButton(QCoreApplication.translate("ChecklistPanel", words))
            button.clicked.connect(
                lambda _=False, f=item.fix.value, c=item.code: self.fix_requested.emit(f, c)
            )
        else:
            button = QPushButton(self.tr("Passer outre…"))
            button.setToolTip(
                self.tr("Lever cet avertissement en disant pourquoi (la raison est journalisée).")
            )
            button.clicked.connect(
                lambda _=False, c=item.code, t=item.text: self.override_requested.emit(c, t)
            )
        button.setObjectName(f"fix_{item.code}")
        self.buttons[item.code] = button
        self._grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)

    def _clear(self) -> None:
        self.buttons.clear()
        while self._grid.count():
            child = self._grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
