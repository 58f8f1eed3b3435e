"""The program's backups: the daily one at the first start of the day, « Sauvegarder
maintenant », the one at closing when something changed; and « Restaurer une sauvegarde… »,
which checks the archive whole in the program, then, confirmed, closes the window so that the
restore runs with the base closed, and opens the program again on the restored base.

The services behind it are imported when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ..domain.errors import DpoError
from ..domain.french import PARIS, fr_date, fr_size
from ..services.context import ServiceContext
from .file_dialogs import file_dialog
from .messages import show_error
from .steps import run_step
from .workers import Progress, Runner

if TYPE_CHECKING:
    from ..services.backup import BackupMade, RestoreReport

ARCHIVE_PATTERN = "*.okdpo-sauvegarde"


class BackupFlow(QObject):
    """Lives as long as its window. ``said(text, msecs)`` for the status bar; ``made()`` after
    each backup (the dashboard's line); ``restore_asked(archive, passphrase)`` once a checked
    restore is confirmed (the application restores with the base closed)."""

    said = Signal(str, int)
    made = Signal()
    restore_asked = Signal(Path, str)

    def __init__(self, ctx: ServiceContext, runner: Runner, window: QWidget) -> None:
        super().__init__(window)
        self._ctx, self._runner = ctx, runner
        self._busy = False

    def _window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    # -- backing up -------------------------------------------------------------------------
    def daily(self) -> None:
        """At start-up, quietly: the day's backup if none was made today."""
        ctx = self._ctx

        def work() -> BackupMade | None:
            from ..services.backup import daily_backup

            return daily_backup(ctx)

        run_step(self._runner, self._window(), work, self._done_quietly, self._failed_quietly)

    def now(self) -> None:
        """« Sauvegarder maintenant »: with a progress window, the result said."""
        if self._busy:
            return
        ctx = self._ctx

        def work(progress: Progress) -> BackupMade:
            from ..services.backup import make_backup

            return make_backup(ctx, progress=lambda done, total: progress.tell((done, total)))

        dialog = self._progress(self.tr("Sauvegarde de la base de cas…"))
        self._busy = True
        run_step(
            self._runner,
            self._window(),
            work,
            lambda made: self._done_loudly(made),
            lambda error: show_error(self._window(), error),
            finished=lambda: self._finished(dialog),
            on_news=lambda news: _advance(dialog, news),
        )

    def at_closing(self, then: Callable[[], None]) -> None:
        """At closing: a backup when the base changed since the last one, the journal's head
        kept in the OS keyring; then ``then()`` whatever came of it."""
        ctx = self._ctx

        def work() -> BackupMade | None:
            from ..services.audit import remember_journal_head
            from ..services.backup import daily_backup

            try:
                return daily_backup(ctx, at_closing=True)
            finally:
                remember_journal_head(ctx)

        dialog = self._progress(self.tr("Sauvegarde avant fermeture…"))
        dialog.setCancelButton(None)
        run_step(
            self._runner,
            self._window(),
            work,
            lambda _made: None,
            lambda _error: None,  # closing goes on; the next start warns of an old backup
            finished=lambda: (self._finished(dialog), then()),
        )

    def _progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self._window())
        dialog.setObjectName("backupProgress")
        dialog.setWindowTitle(self.tr("Sauvegarde"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        return dialog

    def _finished(self, dialog: QProgressDialog) -> None:
        self._busy = False
        dialog.close()
        dialog.deleteLater()

    def _done_quietly(self, made: BackupMade | None) -> None:
        if made is not None:
            self.said.emit(
                self.tr("Sauvegarde du jour faite\u00a0: %1.").replace("%1", made.archive.name),
                10_000,
            )
            self.made.emit()

    def _failed_quietly(self, error: DpoError) -> None:
        self.said.emit(
            self.tr("Sauvegarde du jour impossible\u00a0: %1").replace("%1", str(error)), 0
        )

    def _done_loudly(self, made: BackupMade) -> None:
        self.made.emit()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sauvegarde faite"),
            self.tr("Sauvegarde chiffrée faite\u00a0: %1\n%2, %3, %4.")
            .replace("%1", str(made.archive))
            .replace("%2", cases_held(made.cases))
            .replace("%3", documents_held(made.documents))
            .replace("%4", fr_size(made.size)),
            QMessageBox.StandardButton.Ok,
            self._window(),
        )
        box.setObjectName("backupMade")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()

    # -- restoring ----------------------------------------------------------------------------
    def restore(self) -> None:
        """Choose an archive, check it whole (nothing replaced), confirm, then restore."""
        dialog = file_dialog(
            self._window(), self.tr("Restaurer une sauvegarde"), QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilter(self.tr("Sauvegardes OKLIMA DPO (%1)").replace("%1", ARCHIVE_PATTERN))
        dialog.fileSelected.connect(lambda name: self.check(Path(name)))
        dialog.open()

    def check(self, archive: Path, passphrase: str = "") -> None:
        ctx = self._ctx
        base = ctx.store.target.sqlite_path
        if base is None:
            show_error(self._window(), self.tr("Une base PostgreSQL se restaure sur son serveur."))
            return

        def work() -> RestoreReport:
            from ..paths import current_user
            from ..services.backup import restore_archive

            # Another base's backup (a new machine's first base, say) is checked too: the
            # confirmation says so before anything is replaced.
            return restore_archive(
                archive,
                base,
                current_user(),
                passphrase or None,
                other_base=True,
                check_only=True,
            )

        progress = self._progress(self.tr("Vérification de la sauvegarde…"))
        run_step(
            self._runner,
            self._window(),
            work,
            lambda report: self._confirm(report, passphrase),
            lambda error: self._check_failed(archive, passphrase, error),
            finished=lambda: self._finished(progress),
        )

    def _check_failed(self, archive: Path, passphrase: str, error: DpoError) -> None:
        from ..services.backup import VaultError

        if isinstance(error, VaultError) and "phrase de passe" in str(error) and not passphrase:
            asking = QInputDialog(self._window())
            asking.setObjectName("passphraseDialog")
            asking.setWindowTitle(self.tr("Phrase de passe de récupération"))
            asking.setLabelText(
                self.tr(
                    "Cette sauvegarde s’ouvre avec la phrase de passe de récupération en "
                    "vigueur quand elle a été faite\u00a0:"
                )
            )
            asking.setTextEchoMode(QLineEdit.EchoMode.Password)
            asking.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            asking.textValueSelected.connect(
                lambda typed: self.check(archive, typed.strip()) if typed.strip() else None
            )
            asking.open()
            return
        show_error(self._window(), error)

    def _confirm(self, report: RestoreReport, passphrase: str) -> None:
        made = report.created.astimezone(PARIS)
        box = QMessageBox(self._window())
        box.setObjectName("restoreConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        box.setText(
            self.tr(
                "Sauvegarde du %1 à %2, vérifiée en entier (sceaux, empreintes SHA-256, "
                "intégrité, chaîne du journal)\u00a0: %3, %4, journal "
                "jusqu’à l’entrée n° %5."
            )
            .replace("%1", fr_date(made.date()))
            .replace("%2", f"{made:%H:%M}")
            .replace("%3", cases_held(report.cases))
            .replace("%4", documents_held(report.documents))
            .replace("%5", str(report.journal_seq))
        )
        informative = self.tr(
            "La restaurer remplace la base de cas actuelle, qui est gardée à côté "
            "(«\u00a0avant-restauration-…\u00a0»). Le programme se ferme, restaure, puis "
            "se rouvre sur la base restaurée."
        )
        if report.other_base:
            informative = (
                self.tr(
                    "⚠ Cette sauvegarde est celle d’une autre base de cas que celle ouverte "
                    "ici (un autre poste, ou la base vide d’une première ouverture)."
                )
                + "\n\n"
                + informative
            )
        box.setInformativeText(informative)
        restore = box.addButton(self.tr("&Restaurer"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.buttonClicked.connect(
            lambda button: (
                self.restore_asked.emit(report.archive, passphrase) if button is restore else None
            )
        )
        box.open()


def cases_held(count: int) -> str:
    """« 1 demande », « 12 demandes »: French says the plural, never « (s) »."""
    if count == 1:
        return QCoreApplication.translate("BackupFlow", "1 demande")
    return QCoreApplication.translate("BackupFlow", "%1 demandes").replace("%1", str(count))


def documents_held(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("BackupFlow", "1 document")
    return QCoreApplication.translate("BackupFlow", "%1 documents").replace("%1", str(count))


def _advance(dialog: QProgressDialog, news: object) -> None:
    if isinstance(news, tuple) and len(news) == 2:
        done, total = news
        dialog.setMaximum(int(total))
        dialog.setValue(int(done))


def restore_with_base_closed(base: Path, archive: Path, passphrase: str) -> None:
    """The restore a window asked for, once its base is closed; its outcome in a box."""
    from PySide6.QtGui import QGuiApplication

    from ..paths import current_user
    from ..services.backup import restore_archive

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # Confirmed in the window, which said when the archive is another base's.
        report = restore_archive(archive, base, current_user(), passphrase or None, other_base=True)
    except DpoError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(None, "OKLIMA DPO", str(error))
        return
    QGuiApplication.restoreOverrideCursor()
    said = QCoreApplication.translate("Application", "Base de cas restaurée\u00a0: %1, %2.")
    said = said.replace("%1", cases_held(report.cases)).replace(
        "%2", documents_held(report.documents)
    )
    if report.aside:
        said += "\n" + QCoreApplication.translate(
            "Application", "La base remplacée est gardée dans «\u00a0%1\u00a0»."
        ).replace("%1", str(report.aside))
    QMessageBox.information(None, "OKLIMA DPO", said)
