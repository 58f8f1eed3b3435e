"""Small pieces the views share: results delivered only to a widget still alive, buttons,
read-only tables of rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView, QWidget


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


def row_table(
    model: QAbstractItemModel, name: str, accessible: str, *, several: bool = False
) -> QTableView:
    """A read-only table of rows, as every list of the program is shown: whole rows selected,
    no editing, Tab leaves the table (arrows move inside it), no row numbers."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view
