"""The main window's navigation bar, menus and shortcuts, and the help they open.

Their words keep the main window's translation context ("MainWindow"): they are the window's
own words, wherever the code that builds them lives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QWidget

from .. import __version__

if TYPE_CHECKING:
    from .main_window import MainWindow


@dataclass(frozen=True, slots=True)
class MainActions:
    """The actions other parts of the window use (checked page, tests, the self-test)."""

    pages: list[QAction]  # in the navigation's order: Ctrl+1 … Ctrl+5
    new_request: QAction
    settings: QAction
    export_register: QAction
    purge: QAction
    backup_now: QAction
    restore: QAction


def build_navigation(window: MainWindow) -> tuple[QToolBar, list[QAction]]:
    """The pages, as a bar on the left, one checkable action each."""
    nav = QToolBar(QCoreApplication.translate("MainWindow", "Navigation"), window)
    nav.setObjectName("navigation")
    nav.setMovable(False)
    nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.addToolBar(Qt.ToolBarArea.LeftToolBarArea, nav)
    group = QActionGroup(window)
    actions: list[QAction] = []
    for number, label in enumerate(
        (
            QCoreApplication.translate("MainWindow", "Tableau de &bord"),
            QCoreApplication.translate("MainWindow", "&Demandes"),
            QCoreApplication.translate("MainWindow", "&Registre"),
            QCoreApplication.translate("MainWindow", "&Journal"),
            QCoreApplication.translate("MainWindow", "&Sources"),
        )
    ):
        action = QAction(label, window)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
        action.triggered.connect(lambda _=False, n=number: window.show_page(n))
        group.addAction(action)
        nav.addAction(action)
        actions.append(action)
    return nav, actions


def build_menus(window: MainWindow, pages: list[QAction], language: str) -> MainActions:
    """Fichier, Demande, Affichage, Aide; ``language`` is the one chosen now."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Fichier"))
    new_request = _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Nouvelle demande…"),
        QKeySequence.StandardKey.New,
        window.new_request,
    )
    settings = _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Réglages…"),
        QKeySequence("Ctrl+,"),
        window.open_settings,
    )
    export_register = _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "E&xporter le registre des demandes…"),
        QKeySequence("Ctrl+Shift+E"),
        window.export_register,
    )
    purge = _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Purger les données échues…"),
        None,
        window.purge,
    )
    file_menu.addSeparator()
    backup_now = _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Sauvegarder maintenant"),
        QKeySequence("Ctrl+Shift+S"),
        window.backup_now,
    )
    restore = _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "Res&taurer une sauvegarde…"),
        None,
        window.restore_backup,
    )
    file_menu.addSeparator()
    _action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Quitter"),
        QKeySequence.StandardKey.Quit,
        window.close,
    )

    case_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "De&mande"))
    _action(
        window,
        case_menu,
        QCoreApplication.translate("MainWindow", "&Ouvrir la demande sélectionnée"),
        QKeySequence("Ctrl+O"),
        window.open_selected_case,
    )
    _action(
        window,
        case_menu,
        QCoreApplication.translate("MainWindow", "&Rechercher…"),
        QKeySequence.StandardKey.Find,
        window.find,
    )
    _action(
        window,
        case_menu,
        QCoreApplication.translate("MainWindow", "Ac&tualiser"),
        QKeySequence.StandardKey.Refresh,
        window.refresh,
    )

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Affichage"))
    for action in pages:
        view_menu.addAction(action)
    view_menu.addSeparator()
    toggle = window.alerts_dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("MainWindow", "&Alertes"))
    toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
    view_menu.addAction(toggle)
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Langue"))
    languages = QActionGroup(window)
    for code, name in (("fr", "&Français"), ("en", "&English")):
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == language)
        action.triggered.connect(lambda _=False, c=code: window.choose_language(c))
        languages.addAction(action)
        language_menu.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "A&ide"))
    _action(
        window,
        help_menu,
        QCoreApplication.translate("MainWindow", "&Raccourcis clavier"),
        QKeySequence.StandardKey.HelpContents,
        lambda: show_shortcuts(window),
    )
    _action(
        window,
        help_menu,
        QCoreApplication.translate("MainWindow", "À &propos d’OKLIMA DPO"),
        None,
        lambda: show_about(window),
    )
    return MainActions(pages, new_request, settings, export_register, purge, backup_now, restore)


def _action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    window.addAction(action)  # shortcuts work whichever page has the focus
    return action


# -- help ------------------------------------------------------------------------------------


def show_shortcuts(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Raccourcis clavier"))
    box.setText(
        QCoreApplication.translate(
            "MainWindow",
            "Ctrl+N\u00a0: nouvelle demande\nCtrl+F\u00a0: rechercher\n"
            "Entrée ou Ctrl+O\u00a0: ouvrir la demande sélectionnée\nF5\u00a0: actualiser\n"
            "Ctrl+1 à Ctrl+4\u00a0: tableau de bord, demandes, registre, journal\n"
            "Ctrl+Maj+A\u00a0: alertes\nCtrl+,\u00a0: réglages\n"
            "Ctrl+Maj+S\u00a0: sauvegarder maintenant\n"
            "Ctrl+W\u00a0: fermer une demande\n"
            "Ctrl+Q\u00a0: quitter",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "À propos d’OKLIMA DPO"))
    box.setText(
        QCoreApplication.translate(
            "MainWindow", "OKLIMA DPO %1 — les demandes d’exercice des droits des personnes."
        ).replace("%1", __version__)
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
