"""The crash path: an unexpected error is logged and shown with copyable details.

Errors the user can act on (DpoError) are shown as a plain message. Everything else is a bug:
its report — the program's version, each exception's type and where it was raised, the code of
each frame — goes to the log and to a dialog whose details the user copies into a ticket (or
to standard error with ``--no-err-windows``: tests, CI, smoke runs). Never an exception's
message nor a variable's value: they may quote personal data, and a ticket leaves the DPO's
office.
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


def crash_report(error: BaseException, tb: TracebackType | None) -> str:
    """What a bug report says: versions, then each exception of the chain (the first cause
    first) by its type and its stack — the code of each frame, never a message or a value."""
    chain: list[tuple[BaseException, TracebackType | None]] = [(error, tb)]
    seen = {id(error)}
    while (earlier := chain[0][0].__cause__ or chain[0][0].__context__) and id(earlier) not in seen:
        seen.add(id(earlier))
        chain.insert(0, (earlier, earlier.__traceback__))
    lines = [f"OKLIMA DPO {__version__} — Python {sys.version.split()[0]}"]
    for number, (each, each_tb) in enumerate(chain):
        if number:
            lines.append("\nPendant son traitement, une autre erreur\u00a0:")
        lines.append("Traceback (most recent call last):")
        lines.append("".join(traceback.format_tb(each_tb)).rstrip())
        lines.append(f"{type(each).__module__}.{type(each).__qualname__} (message omis)")
    return "\n".join(lines) + "\n"


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
        details = crash_report(error, tb)
        log.error("unexpected %s\n%s", kind.__name__, details)
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
