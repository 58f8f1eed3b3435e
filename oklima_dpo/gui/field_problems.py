"""What the services refused, shown beside the field concerned (``InvalidInput.problems``).

Each message goes in the error label placed under its field, in reading order, and into the
field's accessible description, so that a screen reader says it too; nothing typed is touched.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"  # dark red: readable on the light window background

Place = tuple[QLabel, QWidget]  # the error label, the field it is about


def _set_visible(label: QLabel, visible: bool) -> None:
    label.setVisible(visible)


class FieldProblems:
    def __init__(
        self,
        places: Mapping[str, Place],
        set_visible: Callable[[QLabel, bool], None] = _set_visible,
    ) -> None:
        """``places`` in reading order; ``set_visible`` shows or hides a label (or its row)."""
        self.places = dict(places)
        self._set_visible = set_visible
        for label, _field in self.places.values():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            set_visible(label, False)

    def clear(self, key: str | None = None) -> None:
        """Every message, or the one of ``key``."""
        places = [self.places[key]] if key is not None else self.places.values()
        for label, field in places:
            label.clear()
            self._set_visible(label, False)
            field.setAccessibleDescription("")

    def show(self, problems: Mapping[str, str]) -> tuple[QWidget | None, list[str]]:
        """Place each message; returns the first field concerned and the messages that have
        no place of their own (for a summary line)."""
        first: QWidget | None = None
        for key, (label, field) in self.places.items():  # in reading order
            message = problems.get(key)
            if not message:
                continue
            shown = f"{label.text()}\n{message}" if label.text() else message  # shared label
            label.setText(shown)
            self._set_visible(label, True)
            field.setAccessibleDescription(shown)
            first = first or field
        return first, [text for key, text in problems.items() if key not in self.places]
