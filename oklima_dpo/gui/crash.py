"""The crash path: an unexpected error is logged and shown with copyable details.

Errors the user can act on (DpoError) are shown as a plain message. Everything else is a bug:
the log gets its type and stack (never its message, which may quote personal data), the user
gets a dialog with the full details to copy into a ticket, or standard error with
``--no-err-windows`` (tests, CI, smoke runs).
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.errors import DpoError
from .messages import show_error

log = logging.getLogger("oklima_dpo.crash")


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("OKLIMA DPO — erreur inattendue"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        text = QLabel(
            self.tr(
                "Une erreur inattendue s’est produite. Ce que vous avez saisi et enregistré est "
                "conservé. Copiez les détails ci-dessous pour le support informatique."
            ),
            self,
        )
        text.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Détails de l’erreur"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = QPushButton(self.tr("&Copier les détails"), self)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy.clicked.connect(self.copy_details)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 20)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashHandler:
    """Installed as ``sys.excepthook`` by the application."""

    def __init__(self, no_err_windows: bool) -> None:
        self.no_err_windows = no_err_windows
        self.dialogs: list[QDialog] = []  # shown, kept alive while visible

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, DpoError):
            self._tell(str(error))
            return
        # The stack without the message: the message may quote what the user typed.
        log.error("unexpected %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)).rstrip())
        details = f"OKLIMA DPO {__version__} — Python {sys.version.split()[0]}\n" + "".join(
            traceback.format_exception(kind, error, tb)
        )
        if self.no_err_windows or QApplication.instance() is None:
            sys.stderr.write(details)
            return
        dialog = CrashDialog(details, QApplication.activeWindow())
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()

    def _tell(self, message: str) -> None:
        if self.no_err_windows or QApplication.instance() is None:
            sys.stderr.write(f"oklima-dpo : {message}\n")
        else:
            box = show_error(QApplication.activeWindow(), message)
            self.dialogs = [d for d in self.dialogs if d.isVisible()] + [box]
