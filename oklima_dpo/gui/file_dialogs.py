"""Choosing a file or a folder: Qt's own dialog, the same on every system (and driven by the
tests), opened with ``open()`` and deleted once closed."""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def file_dialog(
    parent: QWidget, title: str, mode: QFileDialog.FileMode, folder: str = ""
) -> QFileDialog:
    """A dialog showing ``folder`` first (the home folder when none is given)."""
    dialog = QFileDialog(parent, title, folder or QDir.homePath())
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(mode)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    return dialog
