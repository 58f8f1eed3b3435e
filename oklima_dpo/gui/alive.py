"""Small pieces the views share: results delivered only to a widget still alive, buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget


def if_alive(widget: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback`` unless ``widget`` was closed (deleted) before a worker's result came."""

    def call(value: Any) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return call


def named_button(name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    """A push button with its object name (tests, styles) and its accessible name."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.clicked.connect(lambda _checked=False: slot())
    return button
