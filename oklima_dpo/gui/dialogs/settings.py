"""« Réglages »: the settings shared by every user of the case base.

The form (``ui/settings.ui``) is only filled and read here. Every rule (what is required, what
an e-mail looks like, what a logo may be, which dates each deadline choice gives) is the
settings service's: its problems come back keyed by field and are shown beside that field,
and the example dates shown beside each deadline choice are computed by it. Nothing typed is
cleared on a failure. Once saved, the open cases whose deadline moved are listed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QDir, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLayout,
    QMessageBox,
    QSpinBox,
    QStyle,
    QWidget,
)

from ...domain.deadlines import Calendar, DeadlinePolicy, ExtensionReading
from ...domain.errors import DpoError
from ...domain.french import fr_date
from ...services.context import ServiceContext
from ...services.errors import InvalidInput
from ...services.settings import changes as settings_changes
from ...services.settings import checks as settings_checks
from ...services.settings import preview as settings_preview
from ...services.settings.changes import SettingsChange
from ...services.settings.model import Logo, Organisation, Settings
from ...services.settings.preview import EditableSettings, PolicyPreview
from ..field_problems import ERROR_STYLE, FieldProblems
from ..forms.ui_settings import Ui_SettingsDialog
from ..workers import Runner

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
        self._default_export_folder = default_export_folder
        self._loaded: Settings | None = None
        self._preview: PolicyPreview | None = None
        self._logo: Logo | None = None
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
                "closed_case_retention_years": (ui.closedRetentionError, ui.closedRetentionSpin),
                "journal_retention_years": (ui.journalRetentionError, ui.journalRetentionSpin),
                "gathered_data_days": (ui.gatheredDataError, ui.gatheredDataSpin),
                "suppression_years": (ui.suppressionError, ui.suppressionSpin),
                "export_folder": (ui.exportFolderError, ui.exportFolderEdit),
            }
        )
        ui.generalError.setStyleSheet(ERROR_STYLE)
        ui.generalError.setTextFormat(Qt.TextFormat.PlainText)
        ui.generalError.hide()
        self._set_up_choices()
        self._set_up_buttons()
        self._set_sizes()
        self._connect()
        self._set_loading(True)
        runner.submit(
            lambda: settings_preview.settings_for_editing(ctx), self._on_loaded, self._on_failed
        )

    # -- set-up ---------------------------------------------------------------------------

    def _set_up_choices(self) -> None:
        ui = self.ui
        ui.calendarCombo.addItem(self.tr("National"), Calendar.NATIONAL.value)
        ui.calendarCombo.addItem(
            self.tr("Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)"),
            Calendar.ALSACE_MOSELLE.value,
        )
        self._readings = QButtonGroup(self)
        self._readings.addButton(ui.readingReceiptRadio)
        self._readings.addButton(ui.readingCarefulRadio)
        self._reading_buttons = {
            ExtensionReading.RECEIPT_PLUS_THREE_MONTHS: ui.readingReceiptRadio,
            ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS: ui.readingCarefulRadio,
        }
        ui.logoPreview.setText(self.tr("Aucun logo"))
        if self._default_export_folder:
            native = QDir.toNativeSeparators(self._default_export_folder)
            ui.exportFolderEdit.setPlaceholderText(native)
            ui.exportFolderNote.setText(
                self.tr("Vide : le dossier par défaut du programme, %1.").replace("%1", native)
            )
        else:
            ui.exportFolderNote.setText(self.tr("Vide : le dossier par défaut du programme."))
        for note in self._example_labels():
            note.setTextFormat(Qt.TextFormat.PlainText)

    def _example_labels(self) -> list[QLabel]:
        ui = self.ui
        return [
            ui.calendarNote,
            ui.suspensionExample,
            ui.readingReceiptExample,
            ui.readingCarefulExample,
            ui.reminderNote,
        ]

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
        """Text areas and the logo sized in lines of the current font, so they scale with it."""
        ui = self.ui
        for edit in (ui.addressEdit, ui.dpoAddressEdit):
            frame = 2 * edit.frameWidth() + 8
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + frame)
        line = self.fontMetrics().height()
        ui.logoPreview.setMinimumSize(line * 9, line * 4)
        self._logo_box = (line * 9, line * 4)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 120)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.logoBrowseButton.clicked.connect(self._browse_logo)
        ui.logoRemoveButton.clicked.connect(self._remove_logo)
        ui.exportBrowseButton.clicked.connect(self._browse_export_folder)
        ui.calendarCombo.currentIndexChanged.connect(self._show_examples)
        ui.reminderSpin.valueChanged.connect(self._show_reminder)
        for spin, one, many in (
            (ui.reminderSpin, self.tr(" jour"), self.tr(" jours")),
            (ui.closedRetentionSpin, self.tr(" an"), self.tr(" ans")),
            (ui.journalRetentionSpin, self.tr(" an"), self.tr(" ans")),
            (ui.gatheredDataSpin, self.tr(" jour"), self.tr(" jours")),
            (ui.suppressionSpin, self.tr(" an"), self.tr(" ans")),
        ):
            spin.valueChanged.connect(lambda value, s=spin, a=one, b=many: self._unit(s, a, b))
            self._unit(spin, one, many)

    @staticmethod
    def _unit(spin: QSpinBox, one: str, many: str) -> None:
        spin.setSuffix(one if spin.value() <= 1 else many)  # French: « 1 an », « 2 ans »

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
        self._preview = loaded.preview
        self._fill(loaded.settings)
        self._set_loading(False)
        self._size_to_screen()
        self.ui.nameEdit.setFocus()

    def _fill(self, current: Settings) -> None:
        self._loaded = current
        ui, org = self.ui, current.organisation
        ui.nameEdit.setText(org.name)
        ui.addressEdit.setPlainText(org.address)
        ui.registrationEdit.setText(org.registration)
        ui.dpoNameEdit.setText(org.dpo_name)
        ui.dpoEmailEdit.setText(org.dpo_email)
        ui.dpoPhoneEdit.setText(org.dpo_phone)
        ui.dpoAddressEdit.setPlainText(org.dpo_address)
        self._set_logo(Logo(org.logo, org.logo_type) if org.logo else None)
        ui.calendarCombo.setCurrentIndex(ui.calendarCombo.findData(current.policy.calendar.value))
        ui.suspensionCheck.setChecked(current.policy.suspension_enabled)
        self._reading_buttons[current.policy.extension_reading].setChecked(True)
        ui.reminderSpin.setValue(current.reminder_days)
        ui.closedRetentionSpin.setValue(current.closed_case_retention_years)
        ui.journalRetentionSpin.setValue(current.journal_retention_years)
        ui.gatheredDataSpin.setValue(current.gathered_data_days)
        ui.suppressionSpin.setValue(current.suppression_years)
        ui.exportFolderEdit.setText(QDir.toNativeSeparators(current.export_folder))
        self._show_examples()

    # -- the dates each choice gives --------------------------------------------------------

    def _calendar(self) -> Calendar:
        return Calendar(self.ui.calendarCombo.currentData() or Calendar.NATIONAL.value)

    def _show_examples(self) -> None:
        preview = self._preview
        if preview is None:
            return
        ui, calendar = self.ui, self._calendar()
        holidays = ", ".join(f"{h.name} ({fr_date(h.day)})" for h in preview.alsace_moselle_only)
        ui.calendarNote.setText(
            self.tr(
                "L’Alsace-Moselle ajoute en %1 : %2. Changer de calendrier recalcule, "
                "à l’enregistrement, les échéances des demandes en cours."
            )
            .replace("%1", str(preview.year))
            .replace("%2", holidays)
        )
        on = preview.suspension_example(calendar, True)
        off = preview.suspension_example(calendar, False)
        ui.suspensionExample.setText(
            self.tr(
                "Exemple : reçue le %1, informations demandées le %2 et reçues le %3 "
                "→ échéance le %4 (sans suspension : %5)."
            )
            .replace("%1", fr_date(on.received))
            .replace("%2", fr_date(preview.asked))
            .replace("%3", fr_date(preview.answered))
            .replace("%4", fr_date(on.due))
            .replace("%5", fr_date(off.due))
        )
        ui.suspensionExample.setToolTip(on.explanation)
        for reading, label in (
            (ExtensionReading.RECEIPT_PLUS_THREE_MONTHS, ui.readingReceiptExample),
            (ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS, ui.readingCarefulExample),
        ):
            example = preview.extension_example(calendar, reading)
            label.setText(
                self.tr("Exemple : échéance prolongée le %1 — %2.")
                .replace("%1", fr_date(example.due))
                .replace("%2", example.explanation)
            )
        self._show_reminder()

    def _show_reminder(self) -> None:
        preview = self._preview
        if preview is None:
            return
        days = self.ui.reminderSpin.value()
        self.ui.reminderNote.setText(
            self.tr("Exemple : informations demandées le %1, sans réponse → relance le %2.")
            .replace("%1", fr_date(preview.asked))
            .replace("%2", fr_date(preview.reminder_date(days)))
        )

    # -- reading the form ------------------------------------------------------------------

    def typed_settings(self) -> Settings:
        """What is in the form, as typed: the service checks and tidies it."""
        ui = self.ui
        reading = next(r for r, b in self._reading_buttons.items() if b.isChecked())
        logo = self._logo
        return replace(
            self._loaded or Settings(),
            policy=DeadlinePolicy(
                calendar=self._calendar(),
                suspension_enabled=ui.suspensionCheck.isChecked(),
                extension_reading=reading,
            ),
            reminder_days=ui.reminderSpin.value(),
            organisation=Organisation(
                name=ui.nameEdit.text(),
                address=ui.addressEdit.toPlainText(),
                registration=ui.registrationEdit.text(),
                dpo_name=ui.dpoNameEdit.text(),
                dpo_email=ui.dpoEmailEdit.text(),
                dpo_phone=ui.dpoPhoneEdit.text(),
                dpo_address=ui.dpoAddressEdit.toPlainText(),
                logo=logo.data if logo else None,
                logo_type=logo.mime_type if logo else "",
            ),
            closed_case_retention_years=ui.closedRetentionSpin.value(),
            journal_retention_years=ui.journalRetentionSpin.value(),
            gathered_data_days=ui.gatheredDataSpin.value(),
            suppression_years=ui.suppressionSpin.value(),
            export_folder=QDir.fromNativeSeparators(ui.exportFolderEdit.text().strip())
            if ui.exportFolderEdit.text().strip()
            else "",
        )

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

    # -- logo and export folder ------------------------------------------------------------

    def _file_dialog(self, title: str, mode: QFileDialog.FileMode, folder: str) -> QFileDialog:
        dialog = QFileDialog(self, title, folder or QDir.homePath())
        dialog.setObjectName("fileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(mode)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        return dialog

    def _browse_logo(self) -> None:
        dialog = self._file_dialog(
            self.tr("Logo de l’organisation"), QFileDialog.FileMode.ExistingFile, ""
        )
        dialog.setNameFilters(
            [self.tr("Images (*.png *.jpg *.jpeg *.svg)"), self.tr("Tous les fichiers (*)")]
        )
        dialog.fileSelected.connect(self._logo_chosen)
        dialog.open()

    def _logo_chosen(self, path: str) -> None:
        if not path:
            return
        self._problems.clear("organisation.logo")
        chosen = Path(path)
        self._runner.submit(
            lambda: settings_checks.read_logo(chosen), self._logo_read, self._logo_failed
        )

    def _logo_read(self, logo: Logo) -> None:
        if shiboken6.isValid(self):
            self._set_logo(logo)

    def _logo_failed(self, error: DpoError) -> None:
        if not shiboken6.isValid(self):
            return
        problems = error.problems if isinstance(error, InvalidInput) else {}
        message = problems.get("organisation.logo", str(error))
        self._show_problems({"organisation.logo": message}, summary=False)

    def _remove_logo(self) -> None:
        self._problems.clear("organisation.logo")
        self._set_logo(None)

    def _set_logo(self, logo: Logo | None) -> None:
        self._logo = logo
        preview = self.ui.logoPreview
        self.ui.logoRemoveButton.setEnabled(logo is not None)
        if logo is None:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("Aucun logo"))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(QByteArray(logo.data)):
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("Aperçu impossible"))
            return
        width, height = self._logo_box
        preview.setPixmap(
            pixmap.scaled(
                width,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _browse_export_folder(self) -> None:
        typed = QDir.fromNativeSeparators(self.ui.exportFolderEdit.text().strip())
        dialog = self._file_dialog(
            self.tr("Dossier d’export"),
            QFileDialog.FileMode.Directory,
            typed or self._default_export_folder,
        )
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self._export_folder_chosen)
        dialog.open()

    def _export_folder_chosen(self, folder: str) -> None:
        if folder:
            self.ui.exportFolderEdit.setText(QDir.toNativeSeparators(folder))
            self._problems.clear("export_folder")
