"""The files received with a new request, as the « Nouvelle demande » form lists them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QDir,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class AttachmentsModel(QAbstractListModel):
    """The files received with the request: the name shown, the full path in the tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.paths)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.paths):
            return None
        path = self.paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return QDir.toNativeSeparators(str(path))
        if role == PATH_ROLE:
            return path
        return None

    def add(self, paths: list[Path]) -> None:
        fresh = [p for p in dict.fromkeys(paths) if p not in self.paths]
        if fresh:
            first = len(self.paths)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.paths.extend(fresh)
            self.endInsertRows()

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.paths):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.paths[row]
                self.endRemoveRows()
