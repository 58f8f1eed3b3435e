"""The Délais tab of « Réglages »: the calendar of public holidays, the suspension of the
deadline while information is awaited, the reading of the extended date, the reminder.

Beside each choice, the dates it gives on an example: computed by the settings service
(``PolicyPreview``), only shown here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QButtonGroup, QWidget

from ...domain.deadlines import Calendar, DeadlinePolicy, ExtensionReading
from ...domain.french import fr_date
from ...services.settings.model import Settings
from ...services.settings.preview import PolicyPreview
from ..forms.ui_settings import Ui_SettingsDialog
from .settings_keeping import show_unit


class DeadlinesPage(QObject):
    """Lives as long as its dialog."""

    def __init__(self, ui: Ui_SettingsDialog, dialog: QWidget) -> None:
        super().__init__(dialog)  # the dialog is this object's parent, never an attribute
        self._ui = ui
        self._preview: PolicyPreview | None = None
        ui.calendarCombo.addItem(self.tr("National"), Calendar.NATIONAL.value)
        ui.calendarCombo.addItem(
            self.tr("Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)"),
            Calendar.ALSACE_MOSELLE.value,
        )
        self._readings = QButtonGroup(dialog)
        self._readings.addButton(ui.readingReceiptRadio)
        self._readings.addButton(ui.readingCarefulRadio)
        self._reading_buttons = {
            ExtensionReading.RECEIPT_PLUS_THREE_MONTHS: ui.readingReceiptRadio,
            ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS: ui.readingCarefulRadio,
        }
        for note in (
            ui.calendarNote,
            ui.suspensionExample,
            ui.readingReceiptExample,
            ui.readingCarefulExample,
            ui.reminderNote,
            ui.ownerTaskNote,
        ):
            note.setTextFormat(Qt.TextFormat.PlainText)
        ui.calendarCombo.currentIndexChanged.connect(self._show_examples)
        ui.reminderSpin.valueChanged.connect(self._show_reminder)
        one, many = self.tr(" jour"), self.tr(" jours")
        ui.reminderSpin.valueChanged.connect(lambda _value: show_unit(ui.reminderSpin, one, many))
        show_unit(ui.reminderSpin, one, many)
        ui.ownerTaskSpin.valueChanged.connect(self._show_owner_task)
        ui.ownerTaskSpin.valueChanged.connect(lambda _value: show_unit(ui.ownerTaskSpin, one, many))
        show_unit(ui.ownerTaskSpin, one, many)

    def fill(self, settings: Settings, preview: PolicyPreview) -> None:
        """The settings as stored, and the example dates of each choice."""
        self._preview = preview
        ui, policy = self._ui, settings.policy
        ui.calendarCombo.setCurrentIndex(ui.calendarCombo.findData(policy.calendar.value))
        ui.suspensionCheck.setChecked(policy.suspension_enabled)
        self._reading_buttons[policy.extension_reading].setChecked(True)
        ui.reminderSpin.setValue(settings.reminder_days)
        ui.ownerTaskSpin.setValue(settings.owner_task_days)
        self._show_examples()

    def typed(self, settings: Settings) -> Settings:
        """``settings`` with this page's choices, as typed: the service checks them."""
        ui = self._ui
        reading = next(r for r, b in self._reading_buttons.items() if b.isChecked())
        return replace(
            settings,
            policy=DeadlinePolicy(
                calendar=self._calendar(),
                suspension_enabled=ui.suspensionCheck.isChecked(),
                extension_reading=reading,
            ),
            reminder_days=ui.reminderSpin.value(),
            owner_task_days=ui.ownerTaskSpin.value(),
        )

    # -- the dates each choice gives ------------------------------------------------------------

    def _calendar(self) -> Calendar:
        return Calendar(self._ui.calendarCombo.currentData() or Calendar.NATIONAL.value)

    def _show_examples(self) -> None:
        preview = self._preview
        if preview is None:
            return
        ui, calendar = self._ui, self._calendar()
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
        self._show_owner_task()

    def _show_reminder(self) -> None:
        preview = self._preview
        if preview is None:
            return
        days = self._ui.reminderSpin.value()
        self._ui.reminderNote.setText(
            self.tr("Exemple : informations demandées le %1, sans réponse → relance le %2.")
            .replace("%1", fr_date(preview.asked))
            .replace("%2", fr_date(preview.reminder_date(days)))
        )

    def _show_owner_task(self) -> None:
        preview = self._preview
        if preview is None:
            return
        days = self._ui.ownerTaskSpin.value()
        self._ui.ownerTaskNote.setText(
            self.tr(
                "Exemple\u00a0: tâche ouverte le %1 (archives papier, fichier…) → réponse attendue "
                "le %2\u00a0; au-delà, elle est signalée en retard et un rappel est proposé."
            )
            .replace("%1", fr_date(preview.asked))
            .replace("%2", fr_date(preview.reminder_date(days)))
        )
