"""Something to do once a widget is on screen: start-up waits for the queue's first paint
before it starts the work that would compete with that paint (imports, the alerts)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaintWatch(QObject):
    """Calls ``then`` once, after the watched widget's next paint (at once when it cannot
    paint, hidden; after a second if no paint comes)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._then = widget, then
        widget.installEventFilter(self)
        QTimer.singleShot(1000, self, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._done)  # once this paint is over
        return False

    def _done(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def after_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """``then()`` once ``widget`` has next been painted."""
    if widget.isVisible():
        _PaintWatch(widget, then)
    else:
        then()
