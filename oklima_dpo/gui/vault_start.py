"""Before the main window: the case base's lock opened, or made.

- First start (no case base yet): the base is created encrypted; the recovery passphrase the
  program made is shown once, and the DPO confirms having noted it (or saves the recovery
  sheet) before anything is created.
- A plaintext base (made by an older version): encrypting it is offered, once.
- An encrypted base whose key this session's keyring does not hold (another machine or
  account): the recovery passphrase is asked; wrong ones are counted and slowed
  (``store.attempts``); once right, the keys are kept in this session's keyring, so that
  the next start asks nothing.

The demo base (synthetic people) and a server base are left as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DpoError
from ..services import vault_setup
from ..services.vault_setup import VaultKeys

OFFERED_KEY = "vault/encryption_offered"


class Quit(Exception):
    """The DPO chose to quit rather than create, encrypt or open the base."""


class FirstStartDialog(QDialog):
    """The passphrase shown once, its recovery sheet to save; « Créer la base chiffrée »
    only once it is noted. Nothing is made before: the base's id and passphrase are chosen
    here, so that the sheet printed is the sheet of the base made."""

    def __init__(
        self,
        base: Path,
        passphrase: str,
        converting: bool,
        user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("OKLIMA DPO — base de cas chiffrée"))
        self.base, self.passphrase, self.user = base, passphrase, user
        self.base_id = vault_setup.new_base_id()
        intro = QLabel(
            self.tr(
                "La base de cas n’est pas chiffrée\u00a0: ce qu’elle contient se lit sans clé "
                "sur le disque. Chiffrée (AES-256), sa clé est gardée par le trousseau "
                "du système pour votre session\u00a0: le programme s’ouvre sans rien demander. "
                "Sur un autre poste ou un autre compte, ou pour restaurer une sauvegarde, il "
                "faut la phrase de passe de récupération ci-dessous."
            )
            if converting
            else self.tr(
                "Première ouverture\u00a0: la base de cas est créée chiffrée (AES-256). Sa clé "
                "est gardée par le trousseau du système pour votre session\u00a0: le "
                "programme s’ouvre sans rien demander. Sur un autre poste ou un autre compte, "
                "ou pour restaurer une sauvegarde, il faut la phrase de passe de récupération "
                "ci-dessous."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.shown = QLabel(passphrase, self)
        self.shown.setObjectName("passphraseShown")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.shown.setFont(font)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setAccessibleName(self.tr("Phrase de passe de récupération"))
        advice = QLabel(
            self.tr(
                "Elle n’est affichée qu’une fois. La noter sur papier (ou imprimer la feuille "
                "de récupération) et la garder sous clé, loin de l’ordinateur\u00a0; jamais "
                "dans un fichier à côté de la base ni par courriel."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.sheet_button = QPushButton(
            self.tr("Enregistrer la &feuille de récupération (PDF)…"), self
        )
        self.sheet_button.setAutoDefault(False)
        self.sheet_button.clicked.connect(self._choose_sheet)
        self.sheet_said = QLabel(self)
        self.sheet_said.setObjectName("sheetSaid")
        self.sheet_said.setWordWrap(True)
        self.sheet_said.hide()
        self.noted = QCheckBox(
            self.tr("J’ai &noté la phrase de passe et je la garde en lieu sûr"), self
        )
        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(
            self.tr("&Chiffrer la base") if converting else self.tr("&Créer la base chiffrée"),
            self,
        )
        self.create_button.setEnabled(False)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(
            self.tr("Plus &tard") if converting else self.tr("&Quitter"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.noted.toggled.connect(self.create_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            intro,
            self.shown,
            advice,
            self.sheet_button,
            self.sheet_said,
            self.noted,
            buttons,
        ):
            layout.addWidget(widget)
        _fit_wrapped(self, 620)

    def _choose_sheet(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Feuille de récupération"), str(Path.home()), "PDF (*.pdf)"
        )
        dialog.setObjectName("sheetFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.tr("feuille-de-recuperation-oklima-dpo.pdf"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.fileSelected.connect(lambda name: self.save_sheet(Path(name)))
        dialog.open()

    def save_sheet(self, out: Path) -> None:
        """The sheet written to ``out`` (or the next free name beside it); said below."""
        try:
            written = vault_setup.write_sheet_before(
                self.base, self.base_id, self.passphrase, out, self.user
            )
        except DpoError as error:
            self.sheet_said.setText(str(error))
        else:
            self.sheet_said.setText(
                self.tr(
                    "Feuille enregistrée\u00a0: %1. L’imprimer, puis effacer le fichier\u00a0: "
                    "une phrase de passe ne se garde pas sur l’ordinateur."
                ).replace("%1", str(written))
            )
        self.sheet_said.show()
        _fit_wrapped(self, self.width())


class PassphraseDialog(QDialog):
    """Asks the recovery passphrase; each try is checked by ``try_keys``."""

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("OKLIMA DPO — phrase de passe de récupération"))
        self.base = base
        self.keys: VaultKeys | None = None
        said = QLabel(
            self.tr(
                "La base de cas «\u00a0%1\u00a0» est chiffrée et le trousseau de cette session "
                "ne garde pas sa clé (autre poste ou autre compte). Taper la phrase de passe "
                "de récupération\u00a0:"
            ).replace("%1", str(base)),
            self,
        )
        said.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Phrase de passe de récupération"))
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("&Ouvrir"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("&Quitter"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_keys)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (said, self.edit, self.error, buttons):
            layout.addWidget(widget)
        _fit_wrapped(self, 560)

    def try_keys(self) -> None:
        typed = self.edit.text().strip()
        if not typed:
            return
        try:
            self.keys = vault_setup.keys_from_passphrase(self.base, typed)
        except vault_setup.TooSoon as error:
            self._refused(str(error), error.seconds)
            return
        except DpoError as error:
            self.edit.clear()
            failures = vault_setup.failures_so_far(self.base)
            self._refused(str(error), vault_setup.wait_after(failures))
            return
        self.accept()

    def _refused(self, message: str, seconds: float) -> None:
        self.error.setText(message)
        self.error.show()
        _fit_wrapped(self, self.width())
        self.open_button.setEnabled(False)  # the delay the failures impose, then again
        QTimer.singleShot(int(seconds * 1000) + 50, lambda: self.open_button.setEnabled(True))


def _fit_wrapped(dialog: QDialog, width: int) -> None:
    """``width`` wide, each wrapped label as tall as its text needs at that width (a dialog's
    layout does not ask its labels' height for a width by itself)."""
    layout = dialog.layout()
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    for label in dialog.findChildren(QLabel):
        if label.wordWrap() and label.isVisibleTo(dialog):
            label.setMinimumHeight(label.heightForWidth(inner))
    dialog.setFixedWidth(width)
    dialog.adjustSize()


def prepare_case_base(
    base: Path, user: str, interface: QSettings, *, dialogs: bool = True
) -> VaultKeys | None:
    """The keys the window opens the base with when they had to be asked (else None: the
    keyring or the passphrase file gives them as the base opens). Raises :class:`Quit`."""
    vault_setup.finish_interrupted_work(base)
    if not base.exists():
        if not dialogs:
            raise vault_setup.VaultError(
                "Première ouverture du programme\u00a0: la base de cas chiffrée se crée dans "
                "la fenêtre, avec sa phrase de passe de récupération à noter. Relancer sans "
                "--no-err-windows."
            )
        shown = FirstStartDialog(base, vault_setup.new_passphrase(), False, user)
        if shown.exec() != QDialog.DialogCode.Accepted:
            raise Quit
        vault_setup.create_encrypted_base(base, user, shown.passphrase, shown.base_id)
        return None
    if not vault_setup.is_encrypted(base):
        if dialogs and base.is_file() and not interface.value(OFFERED_KEY, False, bool):
            interface.setValue(OFFERED_KEY, True)
            _offer_encryption(base, user)
        return None
    try:
        return vault_setup.keys_without_asking(base)  # the keyring, or the passphrase file
    except vault_setup.VaultError:
        if not dialogs:
            raise
    asking = PassphraseDialog(base)
    if asking.exec() != QDialog.DialogCode.Accepted or asking.keys is None:
        raise Quit
    vault_setup.remember_in_keyring(base, asking.keys)
    return asking.keys


def _offer_encryption(base: Path, user: str) -> None:
    """Once: the dialog says the base is not encrypted and shows the passphrase it would
    have; « Chiffrer la base » encrypts it in place, « Plus tard » leaves it."""
    from ..services.vault import encrypt_case_base

    shown = FirstStartDialog(base, vault_setup.new_passphrase(), True, user)
    if shown.exec() == QDialog.DialogCode.Accepted:
        encrypt_case_base(base, user, shown.passphrase, shown.base_id)
