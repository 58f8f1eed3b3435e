"""The in-program preview of a produced PDF: pages, zoom, and the file's name and SHA-256.

The DPO reads what leaves before marking it sent; ``shown(path)`` tells the caller that the
document was opened and displayed. An encrypted PDF asks for its password (never kept: the
field is emptied once the document opens). A document kept in a case is given as its bytes,
read and checked in memory (it may be sealed on disk): it is shown from memory, never written
in clear, and « Enregistrer une copie sous… » (``copy_requested``) offers the file itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.25, 5.0


class PdfPreviewDialog(QDialog):
    """A window over one PDF. ``shown(path)`` once its pages are displayed."""

    shown = Signal(Path)
    copy_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        sha256: str,
        *,
        password: str | None = None,
        name: str | None = None,
        data: bytes | None = None,
    ) -> None:
        """``name``: the document's name when the file on disk is a numbered copy; ``data``:
        the PDF itself, shown from memory (``path`` then only names it)."""
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.path = path
        self.sha256 = sha256
        self._data = data
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Aperçu — %1").replace("%1", name or path.name))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Pages du document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        layout = QVBoxLayout(self)
        self.name_label = QLabel(name or path.name)
        self.name_label.setObjectName("pdfName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.name_label.font()
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.identity = QLabel(self.tr("SHA-256\u00a0: %1").replace("%1", sha256))
        self.identity.setObjectName("pdfIdentity")
        self.identity.setTextFormat(Qt.TextFormat.PlainText)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setToolTip(
            self.tr("L’empreinte du fichier, inscrite au journal quand il est envoyé.")
        )
        for label in (self.name_label, self.identity):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self._build_password_row())
        self.problem = QLabel()
        self.problem.setObjectName("pdfProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Fermer"))
        close.setAccessibleName(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        self.copy_button: QPushButton | None = None
        if data is not None:  # a document of the case: its file only through an explicit copy
            self.copy_button = buttons.addButton(
                self.tr("Enregistrer une &copie sous…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.copy_button.setObjectName("saveCopy")
            self.copy_button.setToolTip(
                self.tr("Écrire ce document en clair dans un fichier choisi (un envoi)")
            )
            self.copy_button.clicked.connect(self.copy_requested)
        layout.addWidget(buttons)

        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(self._zoom_changed)
        self.view.zoomModeChanged.connect(self._zoom_changed)
        self._size_to_screen()
        self._load(password)

    # -- building -------------------------------------------------------------------------
    def _tool(
        self, name: str, text: str, tip: str, keys: QKeySequence | None = None
    ) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(tip)
        if keys is not None and not keys.isEmpty():
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("%1 (%2)").replace("%1", tip).replace("%2", shown))
            QShortcut(keys, self).activated.connect(button.click)
        else:
            button.setToolTip(tip)
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = self._tool(
            "previousPage",
            "◀",
            self.tr("Page précédente"),
            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage),
        )
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("page")
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to(value - 1))
        page_label = QLabel(self.tr("&Page\u00a0:"))
        page_label.setBuddy(self.page_spin)
        self.page_count_label = QLabel()
        self.page_count_label.setObjectName("pageCount")
        self.next_button = self._tool(
            "nextPage",
            "▶",
            self.tr("Page suivante"),
            QKeySequence(QKeySequence.StandardKey.MoveToNextPage),
        )
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.fit_width_button = self._tool(
            "fitWidth", self.tr("&Largeur"), self.tr("Ajuster à la largeur"), QKeySequence("Ctrl+0")
        )
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button = self._tool(
            "fitPage", self.tr("Page &entière"), self.tr("Page entière dans la fenêtre")
        )
        self.fit_page_button.setCheckable(True)
        self.fit_page_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView)
        )
        self.zoom_out_button = self._tool(
            "zoomOut", "−", self.tr("Réduire"), QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / _ZOOM_STEP))
        self.zoom_in_button = self._tool(
            "zoomIn", "+", self.tr("Agrandir"), QKeySequence(QKeySequence.StandardKey.ZoomIn)
        )
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(_ZOOM_STEP))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom")
        for widget in (
            self.previous_button,
            page_label,
            self.page_spin,
            self.page_count_label,
            self.next_button,
        ):
            row.addWidget(widget)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        for widget in (
            self.fit_width_button,
            self.fit_page_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.zoom_label,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_password_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.password_label = QLabel(self.tr("&Mot de passe du document\u00a0:"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("pdfPassword")
        self.password_edit.setAccessibleName(self.tr("Mot de passe du document"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password_edit)
        self.unlock_button = QPushButton(self.tr("&Ouvrir"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setAccessibleName(self.tr("Ouvrir le document"))
        self.unlock_button.clicked.connect(lambda: self._load(self.password_edit.text()))
        self.password_edit.returnPressed.connect(self.unlock_button.click)
        row.addWidget(self.password_label)
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.unlock_button)
        self._password_widgets = (self.password_label, self.password_edit, self.unlock_button)
        for widget in self._password_widgets:
            widget.hide()
        return row

    def _size_to_screen(self) -> None:
        """A page at a readable width: most of the screen's height, an A4's proportions."""
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or (
            QGuiApplication.primaryScreen()
        )
        if screen is None:
            return
        available = screen.availableGeometry()
        height = int(available.height() * 0.9)
        width = min(int(available.width() * 0.9), max(int(height * 0.8), 700))
        self.resize(width, height)

    # -- loading --------------------------------------------------------------------------
    def _load(self, password: str | None) -> None:
        self.document.close()
        self.document.setPassword(password or "")
        if self._data is None:
            error = self.document.load(str(self.path))
        else:
            # From memory: a new buffer each time (a password retry reads it from the start).
            if self._buffer is not None:
                self._buffer.deleteLater()  # the document, closed, reads it no more
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(self._data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            error = self.document.error()
        if error == QPdfDocument.Error.None_ and self.document.status() == (
            QPdfDocument.Status.Ready
        ):
            self.password_edit.clear()  # the password is not kept
            self.document.setPassword("")
            for widget in self._password_widgets:
                widget.hide()
            self.problem.hide()
            count = self.document.pageCount()
            self.page_spin.setMaximum(max(count, 1))
            self.page_count_label.setText(self.tr("sur %1").replace("%1", str(count)))
            self._page_changed(0)
            self._zoom_changed()
            self.view.setFocus()
            self.shown.emit(self.path)
            return
        if error == QPdfDocument.Error.IncorrectPassword:
            for widget in self._password_widgets:
                widget.show()
            self.problem.setText(
                "⚠ "
                + (
                    self.tr("Mot de passe incorrect.")
                    if password
                    else self.tr("Ce document est chiffré\u00a0: saisir son mot de passe.")
                )
            )
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        else:
            self.problem.setText(
                "⚠ "
                + self.tr("Impossible d’afficher «\u00a0%1\u00a0» (%2).")
                .replace("%1", self.name_label.text())
                .replace("%2", self._error_words(error))
            )
        self.problem.show()

    def _error_words(self, error: QPdfDocument.Error) -> str:
        words = {
            QPdfDocument.Error.FileNotFound: self.tr("fichier introuvable"),
            QPdfDocument.Error.InvalidFileFormat: self.tr("ce n’est pas un PDF valide"),
            QPdfDocument.Error.UnsupportedSecurityScheme: self.tr("chiffrement non pris en charge"),
        }
        return words.get(error, self.tr("erreur inconnue"))

    # -- navigation and zoom ----------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if not self.ready:
            return
        page = max(0, min(page, self.document.pageCount() - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._zoom_changed()

    def zoom_by(self, factor: float) -> None:
        zoom = max(_ZOOM_MIN, min(_ZOOM_MAX, self.view.zoomFactor() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self._zoom_changed()

    def _page_changed(self, page: int) -> None:
        count = self.document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    def _zoom_changed(self, *_: object) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        if mode == QPdfView.ZoomMode.Custom:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}\u00a0%")
        else:
            self.zoom_label.setText("")

    def done(self, result: int) -> None:
        self.document.close()  # releases the file before the dialog goes
        self._data = self._buffer = None  # the plaintext kept no longer than the window
        super().done(result)
