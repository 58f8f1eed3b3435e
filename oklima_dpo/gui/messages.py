"""Telling the user something went wrong, without blocking the event loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DpoError


def show_error(
    parent: QWidget | None, error: DpoError | str, title: str | None = None
) -> QMessageBox:
    """A warning box opened with ``open()`` (window-modal, not a nested event loop)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "OKLIMA DPO"))
    box.setText(str(error))
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box
