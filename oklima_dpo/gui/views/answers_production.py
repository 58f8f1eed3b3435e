"""What the Réponses tab produces: the letter or package, its language, encryption and the
DPO's edit of its wording, then « Produire »; and the legal team's case file.

Producing runs the service off the GUI thread; its refusals (a review not saved, a decision not
taken) are said with the service's words. An edit of the wording is kept here for the next
production of that letter in that language, then by the service in the case.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from ...documents.files import Written
from ...domain.answers import LetterKind, letters_for, next_letter
from ...domain.errors import DpoError
from ...domain.gates import Checklist
from ...services.answers import casefile, recording
from ...services.answers import produce as answers
from ...services.answers.recording import Produced
from ...services.cases.gates import case_checklist
from ...services.cases.views import CaseDetail
from ...services.context import ServiceContext
from ..alive import named_button
from ..dialogs.wording import WordingDialog
from ..labels import package_label
from ..steps import run_step
from ..workers import Runner

# The tab's shortcut for « Produire » (it works wherever the focus is in the tab).
PRODUCE_KEYS = "Ctrl+Shift+P"
_LANGUAGES = (
    ("fr", QT_TRANSLATE_NOOP("AnswersProduction", "Français")),
    ("en", QT_TRANSLATE_NOOP("AnswersProduction", "English")),
)


class AnswersProduction(QWidget):
    """``said(text)`` for the tab's banner; ``busy_changed(busy)`` while a file is made;
    ``produced(Produced)`` and ``case_file_built(Written)`` once one is."""

    said = Signal(str)
    busy_changed = Signal(bool)
    produced = Signal(object)
    case_file_built = Signal(object)
    checklist_ready = Signal(object)  # the gates before the chosen letter (domain.gates)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        reference: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._reference = ctx, runner, reference
        self._detail: CaseDetail | None = None
        self._suggested: LetterKind | None = None  # the letter preselected last
        self._wording: dict[tuple[LetterKind, str], list[str]] = {}  # kept for the next one
        self._busy = False
        self.wording_dialog: WordingDialog | None = None
        self.last_produced: Produced | None = None
        self._build()

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("packageKind")
        self.kind_combo.setAccessibleName(self.tr("Document à produire"))
        # Filled per case (show_detail): only the letters that fit its rights and state.
        kind_label = QLabel(self.tr("Document à produ&ire\u00a0:"))
        kind_label.setBuddy(self.kind_combo)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.setAccessibleName(self.tr("Langue"))
        for code, label in _LANGUAGES:
            self.language_combo.addItem(self.tr(label), code)
        language_label = QLabel(self.tr("&Langue\u00a0:"))
        language_label.setBuddy(self.language_combo)
        self.encrypt_check = QCheckBox(self.tr("Chi&ffrer (AES-256)"))
        self.encrypt_check.setObjectName("encrypt")
        self.encrypt_check.setAccessibleName(self.tr("Chiffrer (AES-256)"))
        self.encrypt_check.setToolTip(
            self.tr(
                "PDF ou archive zip chiffrés en AES-256\u00a0; le mot de passe est affiché une "
                "seule fois, à communiquer par un autre moyen."
            )
        )
        self.wording_button = named_button(
            "editWording", self.tr("&Modifier le texte…"), self.edit_wording
        )
        self.produce_button = named_button("produce", self.tr("Produire"), self.produce)
        self.produce_button.setDefault(False)
        self.produce_button.setToolTip(
            self.tr("Produire le document (%1)").replace(
                "%1", QKeySequence(PRODUCE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.casefile_button = named_button(
            "caseFile", self.tr("Dossier &juridique…"), self.build_case_file
        )
        self.casefile_button.setToolTip(
            self.tr(
                "Un PDF pour le service juridique\u00a0: résumé, chronologie, délai, décisions, "
                "documents envoyés et journal de la demande."
            )
        )
        self.wording_state = QLabel()
        self.wording_state.setObjectName("wordingState")
        # What to produce, then « Produire », read left to right; the case file stands apart.
        grid.addWidget(kind_label, 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(language_label, 0, 2)
        grid.addWidget(self.language_combo, 0, 3)
        grid.addWidget(self.encrypt_check, 0, 4)
        grid.addWidget(self.produce_button, 0, 5)
        grid.addWidget(self.wording_button, 1, 1)
        grid.addWidget(self.wording_state, 1, 2, 1, 4)
        grid.addWidget(self.casefile_button, 0, 7)
        grid.setColumnStretch(6, 1)
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.language_combo.currentIndexChanged.connect(self._choice_changed)

    # -- what the tab calls ---------------------------------------------------------------
    @property
    def kind(self) -> LetterKind:
        code = self.kind_combo.currentData()  # none before the case is read
        return LetterKind(code) if code else LetterKind.ACKNOWLEDGEMENT

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def busy(self) -> bool:
        return self._busy

    def choose(self, kind: LetterKind, language: str | None = None) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        if language is not None:
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    def show_detail(self, detail: CaseDetail) -> None:
        """The first time, what a DPO would produce next in the case's language; then
        whether the case keeps an edit of the chosen letter's wording."""
        first = self._detail is None
        self._detail = detail
        facts = detail.for_letters()
        fitting = letters_for(facts)
        current = self.kind if self.kind_combo.count() else None
        suggested = next_letter(facts)
        # One refresh below (the wording state, the checklist), not one per change here.
        for combo in (self.kind_combo, self.language_combo):
            combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in fitting:
            self.kind_combo.addItem(package_label(kind.value), kind.value)
        # The suggestion follows the case, unless the DPO chose another letter meanwhile.
        if first or current not in fitting or current is self._suggested:
            self.choose(suggested, detail.language if detail.language else "fr")
        else:
            self.choose(current)
        for combo in (self.kind_combo, self.language_combo):
            combo.blockSignals(False)
        self._suggested = suggested
        self._choice_changed()

    # -- producing ------------------------------------------------------------------------
    def produce(self) -> None:
        if self._busy:
            return
        ctx, reference = self._ctx, self._reference
        kind, language, encrypt = self.kind, self.language, self.encrypt_check.isChecked()
        wording = self._wording.get((kind, language))

        def work() -> Produced:
            return answers.produce(
                ctx,
                reference,
                kind,
                language=language,
                encrypt=encrypt,
                wording_override=wording,
            )

        self._set_busy(
            True,
            self.tr("Production de «\u00a0%1\u00a0»…").replace("%1", package_label(kind.value)),
        )
        run_step(
            self._runner,
            self,
            work,
            lambda produced: self._produced(produced, language),
            self._failed,
        )

    def _produced(self, produced: Produced, language: str) -> None:
        self._set_busy(False)
        self.last_produced = produced
        self._wording.pop((produced.kind, language), None)  # kept in the case now
        names = ", ".join(f.path.name for f in produced.files)
        text = (
            self.tr("Produit\u00a0: %1 (dans %2).")
            .replace("%1", names)
            .replace("%2", str(produced.files[0].path.parent))
        )
        if produced.redactions:
            text += " " + self.tr("%1 donnée(s) d’autres personnes masquée(s).").replace(
                "%1", str(produced.redactions)
            )
        self.said.emit(text)
        self.produced.emit(produced)

    # -- the wording ----------------------------------------------------------------------
    def edit_wording(self) -> None:
        kind, language = self.kind, self.language
        ctx, reference = self._ctx, self._reference
        kept = self._wording.get((kind, language))
        self._set_busy(True)

        def work() -> tuple[list[str], list[str]]:
            current = answers.default_wording(ctx, reference, kind, language)
            template = answers.default_wording(ctx, reference, kind, language, kept=False)
            return current, template

        def done(wordings: tuple[list[str], list[str]]) -> None:
            self._set_busy(False)
            current, template = wordings
            dialog = WordingDialog(
                self,
                package_label(kind.value),
                kept if kept is not None else current,
                default=template,
                edited=kept is not None or current != template,
            )
            dialog.kept.connect(lambda chosen: self._wording_kept(kind, language, chosen))
            self.wording_dialog = dialog
            dialog.open()

        run_step(self._runner, self, work, done, self._failed)

    def _wording_kept(self, kind: LetterKind, language: str, chosen: object) -> None:
        if chosen is None:
            self._wording.pop((kind, language), None)
        else:
            self._wording[(kind, language)] = list(chosen)  # type: ignore[call-overload]
        self._choice_changed()

    def _choice_changed(self, *_: object) -> None:
        key = (self.kind, self.language)
        if key in self._wording:
            self.wording_state.setText(
                self.tr("Texte modifié, utilisé pour la prochaine production.")
            )
        elif self._detail is not None and recording.keeps_wording_edit(
            self._detail.documents, self.kind
        ):
            self.wording_state.setText(
                self.tr(
                    "Texte du modèle\u00a0; une modification est gardée dans la demande\u00a0: "
                    "«\u00a0Modifier le texte…\u00a0» la reprend."
                )
            )
        else:
            self.wording_state.setText(self.tr("Texte du modèle."))
        if self._detail is not None:
            self.refresh_checklist()

    def refresh_checklist(self) -> None:
        """Ask the service what stands before the chosen letter; the tab shows it."""
        ctx, reference, kind = self._ctx, self._reference, self.kind

        def work() -> Checklist:
            return case_checklist(ctx, reference, letter=kind)

        run_step(self._runner, self, work, self._checklist_read, self._failed)

    def _checklist_read(self, checklist: Checklist) -> None:
        if checklist.title and self._detail is not None:
            self.checklist_ready.emit(checklist)

    # -- the legal team's case file -------------------------------------------------------
    def build_case_file(self) -> None:
        if self._busy:
            return
        ctx, reference = self._ctx, self._reference

        def work() -> Written:
            return casefile.build_case_file(ctx, reference)

        self._set_busy(True, self.tr("Production du dossier juridique…"))
        run_step(self._runner, self, work, self._case_file_built, self._failed)

    def _case_file_built(self, written: Written) -> None:
        self._set_busy(False)
        self.said.emit(self.tr("Dossier juridique\u00a0: %1").replace("%1", str(written.path)))
        self.case_file_built.emit(written)

    # -- helpers --------------------------------------------------------------------------
    def _failed(self, error: DpoError) -> None:
        self._set_busy(False)
        self.said.emit("⚠ " + str(error))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.said.emit(text)
        for widget in (
            self.kind_combo,
            self.language_combo,
            self.encrypt_check,
            self.wording_button,
            self.produce_button,
            self.casefile_button,
        ):
            widget.setEnabled(not busy)
        self.busy_changed.emit(busy)
