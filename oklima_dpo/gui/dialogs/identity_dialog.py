"""« Identité vérifiée »: how the requester's identity was established (the method, as
``domain.gates`` knows them), a note, the date, and for a representative whether the mandate
was checked. No copy of an identity document is kept: the dialog says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from ...domain.gates import IdentityMethod
from ...services.cases.views import IdentityCheck
from ..labels import identity_method_label
from .case_actions import StepDialog, TextSpec


@dataclass(frozen=True, slots=True)
class IdentityInput:
    on: date | None
    proof: IdentityCheck


class IdentityDialog(StepDialog):
    def __init__(self, parent: QWidget | None, today: date, representative: bool) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("CaseActions", "Identité vérifiée"),
            QCoreApplication.translate("CaseActions", "&Enregistrer la vérification"),
            intro=QCoreApplication.translate(
                "CaseActions",
                "Dire comment l’identité a été établie\u00a0: le moyen le moins intrusif qui lève "
                "un doute raisonnable (RGPD art. 12(6)). Ne conserver aucune copie de pièce "
                "d’identité.",
            ),
            date_label=QCoreApplication.translate("CaseActions", "&Vérifiée le\u00a0:"),
            today=today,
            text=TextSpec(
                "note",
                QCoreApplication.translate("CaseActions", "&Note\u00a0:"),
                placeholder=QCoreApplication.translate(
                    "CaseActions", "Par exemple\u00a0: numéro client et e-mail connus concordants"
                ),
            ),
        )
        self.method = QComboBox()
        self.method.setObjectName("method")
        self.method.addItem(QCoreApplication.translate("CaseActions", "— choisir —"), None)
        for method in IdentityMethod.chosen():
            self.method.addItem(identity_method_label(method), method.value)
        label = QLabel(QCoreApplication.translate("CaseActions", "&Méthode\u00a0:"))
        self.method.setAccessibleName(label.text().replace("&", "").rstrip(" :\u00a0"))
        self.add_field("method", label, self.method, row=1)
        self.mandate = QCheckBox(
            QCoreApplication.translate("CaseActions", "M&andat du représentant vérifié")
        )
        self.mandate.setObjectName("mandate")
        self.mandate.setVisible(representative)
        if representative:
            self.add_field("mandate", "", self.mandate, row=2)
        if self.date_edit is not None:
            self.setTabOrder(self.date_edit, self.method)
        self.setTabOrder(self.method, self.mandate if representative else self.text_edit)
        if representative:
            self.setTabOrder(self.mandate, self.text_edit)

    def values(self) -> IdentityInput:  # type: ignore[override]
        step = super().values()
        return IdentityInput(
            step.on, IdentityCheck(self.chosen_method(), step.text, self.mandate.isChecked())
        )

    def chosen_method(self) -> IdentityMethod | None:
        code = self.method.currentData()
        return IdentityMethod(code) if code else None
