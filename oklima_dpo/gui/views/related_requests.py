"""« Demandes liées »: the other requests of the same person (sharing an identifier), open and
past, with their outcome; the repeats within twelve months pointed out so that the DPO can
consider Art. 12(5). What is shown comes from ``services.cases.related``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.french import fr_date
from ...services.cases.related import RelatedRequest
from ..labels import status_label


class RelatedRequestsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedRequests")
        self.note = QLabel()
        self.note.setObjectName("repeatNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("relatedTable")
        self.table.setAccessibleName(self.tr("Autres demandes de la personne"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Référence"),
                self.tr("Reçue le"),
                self.tr("Statut"),
                self.tr("Droits et décisions"),
                self.tr("En commun"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.requests: list[RelatedRequest] = []
        self.repeats = 0  # those received within the twelve months before this request

    def show_requests(self, requests: list[RelatedRequest]) -> None:
        self.requests = list(requests)
        self.table.setRowCount(len(requests))
        for row, request in enumerate(requests):
            cells = (
                request.reference + (self.tr(" (moins de 12 mois)") if request.repeat else ""),
                fr_date(request.received_on),
                status_label(request.status),
                request.outcome_words,
                ", ".join(request.shared),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.repeats = repeats = sum(1 for r in requests if r.repeat)
        if not requests:
            self.note.setText(self.tr("Aucune autre demande de cette personne."))
        elif repeats:
            counted = (
                self.tr("Une autre demande de cette personne a été reçue")
                if repeats == 1
                else self.tr("%1 autres demandes de cette personne ont été reçues").replace(
                    "%1", str(repeats)
                )
            )
            self.note.setText(
                "⚠ "
                + counted
                + self.tr(
                    " dans les 12 mois précédant celle-ci. Si la demande est manifestement "
                    "infondée ou excessive, notamment par son caractère répétitif, le DPO peut "
                    "la refuser ou demander des frais (article 12(5) du RGPD), en le "
                    "motivant\u00a0: la décision lui revient."
                )
            )
        else:
            self.note.setText(
                self.tr("Autres demandes de cette personne, toutes reçues plus de 12 mois avant.")
            )
