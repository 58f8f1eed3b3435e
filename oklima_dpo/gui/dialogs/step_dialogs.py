"""The dialogs of the case's plain steps, with their words: each a date (today by default,
never later) and/or a text, built on ``StepDialog``. Extending and deciding have dialogs of
their own (``extend_dialog``, ``decide_dialog``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .case_actions import StepDialog, TextSpec


def acknowledge_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Accuser réception"),
        QCoreApplication.translate("CaseActions", "&Enregistrer l’accusé de réception"),
        intro=QCoreApplication.translate(
            "CaseActions",
            "L’accusé de réception confirme à la personne que sa demande est prise en compte.",
        ),
        date_label=QCoreApplication.translate("CaseActions", "&Envoyé le\u00a0:"),
        today=today,
    )


def request_information_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Demander des informations"),
        QCoreApplication.translate("CaseActions", "&Demander"),
        intro=QCoreApplication.translate(
            "CaseActions",
            "Le délai est suspendu du jour de la demande jusqu’à la réception de la réponse.",
        ),
        date_label=QCoreApplication.translate("CaseActions", "&Demandées le\u00a0:"),
        today=today,
        text=TextSpec(
            "what",
            QCoreApplication.translate("CaseActions", "&Informations demandées\u00a0:"),
            placeholder=QCoreApplication.translate(
                "CaseActions", "Ce qui manque pour identifier la personne ou comprendre la demande"
            ),
        ),
    )


def information_received_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Informations reçues"),
        QCoreApplication.translate("CaseActions", "&Enregistrer la réception"),
        intro=QCoreApplication.translate(
            "CaseActions", "Le délai repart à la date de réception de la réponse."
        ),
        date_label=QCoreApplication.translate("CaseActions", "&Reçues le\u00a0:"),
        today=today,
        text=TextSpec("note", QCoreApplication.translate("CaseActions", "&Note\u00a0:")),
    )


def answer_sent_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Réponse envoyée"),
        QCoreApplication.translate("CaseActions", "&Enregistrer l’envoi"),
        date_label=QCoreApplication.translate("CaseActions", "&Envoyée le\u00a0:"),
        today=today,
        text=TextSpec(
            "how",
            QCoreApplication.translate("CaseActions", "&Moyen d’envoi\u00a0:"),
            multiline=False,
        ),
    )


def close_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Clôturer la demande"),
        QCoreApplication.translate("CaseActions", "&Clôturer"),
        date_label=QCoreApplication.translate("CaseActions", "&Clôturée le\u00a0:"),
        today=today,
        text=TextSpec("reason", QCoreApplication.translate("CaseActions", "&Motif\u00a0:")),
    )


def withdraw_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Demande retirée"),
        QCoreApplication.translate("CaseActions", "&Enregistrer le retrait"),
        intro=QCoreApplication.translate("CaseActions", "La personne a retiré sa demande."),
        date_label=QCoreApplication.translate("CaseActions", "&Retirée le\u00a0:"),
        today=today,
        text=TextSpec("reason", QCoreApplication.translate("CaseActions", "&Précisions\u00a0:")),
    )


def reopen_dialog(parent: QWidget | None, today: date) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Rouvrir la demande"),
        QCoreApplication.translate("CaseActions", "&Rouvrir"),
        date_label=QCoreApplication.translate("CaseActions", "&Rouverte le\u00a0:"),
        today=today,
        text=TextSpec(
            "reason", QCoreApplication.translate("CaseActions", "&Raison (obligatoire)\u00a0:")
        ),
    )


def note_dialog(parent: QWidget | None) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Ajouter une note"),
        QCoreApplication.translate("CaseActions", "&Ajouter la note"),
        text=TextSpec("text", QCoreApplication.translate("CaseActions", "&Note\u00a0:")),
    )


def assign_dialog(parent: QWidget | None, current: str | None) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Attribuer la demande"),
        QCoreApplication.translate("CaseActions", "&Attribuer"),
        intro=QCoreApplication.translate(
            "CaseActions", "Laisser vide pour ne l’attribuer à personne."
        ),
        text=TextSpec(
            "assignee",
            QCoreApplication.translate("CaseActions", "&Chargé(e) de la demande\u00a0:"),
            multiline=False,
            initial=current or "",
        ),
    )


def override_dialog(parent: QWidget | None, warning: str) -> StepDialog:
    return StepDialog(
        parent,
        QCoreApplication.translate("CaseActions", "Passer outre un avertissement"),
        QCoreApplication.translate("CaseActions", "&Passer outre"),
        intro=warning
        + "\n\n"
        + QCoreApplication.translate(
            "CaseActions",
            "Dire pourquoi cet avertissement ne s’applique pas à cette demande\u00a0: la raison "
            "est journalisée et figure au dossier juridique.",
        ),
        text=TextSpec(
            "reason", QCoreApplication.translate("CaseActions", "&Raison (obligatoire)\u00a0:")
        ),
    )
