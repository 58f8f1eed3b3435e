"""« Réglages »: the settings shared by every user of the case base.

The form (``ui/settings.ui``) is only filled and read here. Every rule (what is required, what
an e-mail looks like, what a logo may be, which dates each deadline choice gives) is the
settings service's: its problems come back keyed by field and are shown beside that field,
and the example dates shown beside each deadline choice are computed by it. Nothing typed is
cleared on a failure. Once saved, the open cases whose deadline moved are listed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QMessageBox,
    QStyle,
    QWidget,
)

from ...domain.errors import DpoError
from ...domain.french import fr_date
from ...services.context import ServiceContext
from ...services.errors import InvalidInput
from ...services.settings import changes as settings_changes
from ...services.settings import preview as settings_preview
from ...services.settings.changes import SettingsChange
from ...services.settings.model import Settings
from ...services.settings.preview import EditableSettings
from ..field_problems import ERROR_STYLE, FieldProblems
from ..forms.ui_settings import Ui_SettingsDialog
from ..workers import Runner
from .settings_deadlines import DeadlinesPage
from .settings_keeping import KeepingPage
from .settings_organisation import OrganisationPage

MAX_LISTED = 15  # re-dated cases listed in the message; the rest in its details


class SettingsDialog(QDialog):
    """Edits the settings; emits ``saved(SettingsChange)`` once they are stored."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        default_export_folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self._loaded: Settings | None = None
        self._busy = False
        ui = self.ui
        # Problem key of the service → (the label beside the field, the field to focus).
        self._problems = FieldProblems(
            {
                "organisation.name": (ui.nameError, ui.nameEdit),
                "organisation.address": (ui.addressError, ui.addressEdit),
                "organisation.registration": (ui.registrationError, ui.registrationEdit),
                "organisation.dpo_name": (ui.dpoNameError, ui.dpoNameEdit),
                "organisation.dpo_email": (ui.dpoEmailError, ui.dpoEmailEdit),
                "organisation.dpo_phone": (ui.dpoPhoneError, ui.dpoPhoneEdit),
                "organisation.dpo_address": (ui.dpoAddressError, ui.dpoAddressEdit),
                "organisation.logo": (ui.logoError, ui.logoBrowseButton),
                "reminder_days": (ui.reminderError, ui.reminderSpin),
                "owner_task_days": (ui.ownerTaskError, ui.ownerTaskSpin),
                "closed_case_retention_years": (ui.closedRetentionError, ui.closedRetentionSpin),
                "journal_retention_years": (ui.journalRetentionError, ui.journalRetentionSpin),
                "gathered_data_days": (ui.gatheredDataError, ui.gatheredDataSpin),
                "suppression_years": (ui.suppressionError, ui.suppressionSpin),
                "export_folder": (ui.exportFolderError, ui.exportFolderEdit),
                "backup_folder": (ui.backupFolderError, ui.backupFolderEdit),
                "backup_keep": (ui.backupKeepError, ui.backupKeepSpin),
                "backup_warn_days": (ui.backupWarnError, ui.backupWarnSpin),
            }
        )
        ui.generalError.setStyleSheet(ERROR_STYLE)
        ui.generalError.setTextFormat(Qt.TextFormat.PlainText)
        ui.generalError.hide()
        # One object per tab: each fills, reads and helps with its own fields.
        self.organisation_page = OrganisationPage(ui, runner, self._problems, self)
        self.deadlines_page = DeadlinesPage(ui, self)
        self.keeping_page = KeepingPage(ui, self._problems, default_export_folder, self)
        self._set_up_buttons()
        self._set_sizes()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.organisation_page.logo_refused.connect(self._logo_refused)
        self._set_loading(True)
        runner.submit(
            lambda: settings_preview.settings_for_editing(ctx), self._on_loaded, self._on_failed
        )

    # -- set-up ---------------------------------------------------------------------------

    def _set_up_buttons(self) -> None:
        box = self.ui.buttonBox
        self._save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setText(self.tr("&Enregistrer"))
        self._save_button.setAccessibleName(self.tr("Enregistrer les réglages"))
        self._save_button.setDefault(True)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        cancel.setAccessibleName(self.tr("Annuler sans enregistrer"))
        self.setTabOrder(self.ui.exportBrowseButton, self._save_button)
        self.setTabOrder(self._save_button, cancel)

    def _set_sizes(self) -> None:
        """Sized in lines and characters of the current font, so that it scales with it."""
        self.organisation_page.set_sizes(self.fontMetrics().height())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 120)

    def _set_loading(self, loading: bool) -> None:
        self.ui.tabs.setEnabled(not loading)
        self._save_button.setEnabled(not loading)

    def _size_to_screen(self, grow_only: bool = False) -> None:
        """Wide enough for the examples, tall enough for the longest tab, where the screen
        allows; a tab that does not fit scrolls. ``grow_only``: errors appeared, never shrink."""
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        screen = self.screen().availableGeometry()
        width = min(max(self.sizeHint().width(), self.minimumWidth()), int(screen.width() * 0.95))
        if grow_only:
            width = self.width()
        ui = self.ui
        margins = self.layout().contentsMargins()
        inner = (
            width
            - margins.left()
            - margins.right()
            - 4 * ui.tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        )
        pages = (ui.organisationTabContent, ui.deadlinesTabContent, ui.keepingTabContent)
        # Wrapped labels need their height for the width they get: ask each page's layout.
        page_height = max(page.layout().totalHeightForWidth(inner) for page in pages)
        height = (
            page_height
            + ui.tabs.tabBar().sizeHint().height()
            + ui.buttonBox.sizeHint().height()
            + ui.generalError.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 3 * self.layout().spacing()
            + 16
        )
        height = min(height, int(screen.height() * 0.9))
        if grow_only:
            height = max(height, self.height())
        self.resize(width, height)

    # -- loading ---------------------------------------------------------------------------

    def _on_loaded(self, loaded: EditableSettings) -> None:
        if not shiboken6.isValid(self):
            return
        self._loaded = loaded.settings
        self.organisation_page.fill(loaded.settings.organisation)
        self.deadlines_page.fill(loaded.settings, loaded.preview)
        self.keeping_page.fill(loaded.settings)
        self._set_loading(False)
        self._size_to_screen()
        self.ui.nameEdit.setFocus()

    # -- reading the form ------------------------------------------------------------------

    def typed_settings(self) -> Settings:
        """What is in the form, as typed: the service checks and tidies it."""
        typed = self._loaded or Settings()
        for page in (self.organisation_page, self.deadlines_page, self.keeping_page):
            typed = page.typed(typed)
        return typed

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy or self._loaded is None:
            return
        typed = self.typed_settings()
        self._clear_problems()
        self._busy = True
        self._save_button.setEnabled(False)
        ctx = self._ctx
        self._runner.submit(
            lambda: settings_changes.update_settings(ctx, typed), self._on_saved, self._on_failed
        )

    def _on_saved(self, change: SettingsChange) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._loaded = change.settings
        self.saved.emit(change)
        if change.redated:
            self._show_redated(change)
        else:
            self.accept()

    def _show_redated(self, change: SettingsChange) -> None:
        """Which open cases moved, and from which date to which; closing it closes the dialog."""
        lines = [
            self.tr("%1 (%2) : %3 → %4")
            .replace("%1", r.reference)
            .replace("%2", r.person_name)
            .replace("%3", fr_date(r.old_due))
            .replace("%4", fr_date(r.new_due))
            for r in change.redated
        ]
        box = QMessageBox(self)
        box.setObjectName("redatedMessage")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Échéances recalculées"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        # Wide enough that a line « DR-… (name) : date → date » does not wrap; in em, so it
        # scales with the font.
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 32em; }")
        if len(lines) == 1:
            heading = self.tr("Réglages enregistrés. Une demande en cours change d’échéance :")
        else:
            heading = self.tr(
                "Réglages enregistrés. %1 demandes en cours changent d’échéance :"
            ).replace("%1", str(len(lines)))
        shown = lines[:MAX_LISTED]
        if len(lines) > MAX_LISTED:
            shown.append(
                self.tr("… et %1 autres (voir les détails)").replace(
                    "%1", str(len(lines) - MAX_LISTED)
                )
            )
            box.setDetailedText("\n".join(lines))
        box.setText("\n".join([heading, *shown]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(self.accept)
        box.open()

    def _on_failed(self, error: DpoError) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._save_button.setEnabled(self._loaded is not None)
        if self._loaded is None:  # the settings could not even be read
            self._show_general(str(error))
            return
        if isinstance(error, InvalidInput):
            self._show_problems(error.problems)
        else:
            self._show_general(str(error))

    # -- problems beside their fields ------------------------------------------------------

    def _clear_problems(self) -> None:
        self._problems.clear()
        self.ui.generalError.clear()
        self.ui.generalError.hide()

    def _show_problems(self, problems: dict[str, str], summary: bool = True) -> None:
        first, others = self._problems.show(problems)
        if summary:
            self._show_general(
                " ".join(
                    [self.tr("Rien n’a été enregistré : corriger ce qui est signalé."), *others]
                )
            )
        self._size_to_screen(grow_only=True)
        if first is not None:
            self._go_to(first)

    def _go_to(self, field: QWidget) -> None:
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            if tabs.widget(index).isAncestorOf(field):
                tabs.setCurrentIndex(index)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_general(self, text: str) -> None:
        self.ui.generalError.setText(text)
        self.ui.generalError.show()

    def _logo_refused(self, message: str) -> None:
        self._show_problems({"organisation.logo": message}, summary=False)
