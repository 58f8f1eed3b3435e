"""« Purger les données échues… »: what the purge would remove today, case by case, before it
runs. The dialog only shows the plan and asks; the main window runs the purge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ...domain.french import fr_date
from ...services.minimisation.purge import PurgeItem, PurgeReport
from ..labels import COUNTED, PURGE_KIND, code_label
from ..models.rows import RowsTableModel
from .case_actions import ActionDialog


class PurgeItemsModel(RowsTableModel[PurgeItem]):
    CONTEXT = "PurgeItemsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("PurgeItemsModel", "Demande"),
        QT_TRANSLATE_NOOP("PurgeItemsModel", "Purge"),
        QT_TRANSLATE_NOOP("PurgeItemsModel", "Due depuis le"),
        QT_TRANSLATE_NOOP("PurgeItemsModel", "Éléments"),
    )

    def cell(self, item: PurgeItem, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return item.reference
            case 1:
                return code_label(PURGE_KIND, item.kind)
            case 2:
                return fr_date(item.since)
            case _:
                return ", ".join(
                    QCoreApplication.translate("PurgeItemsModel", "%1\u00a0: %2")
                    .replace("%1", code_label(COUNTED, key))
                    .replace("%2", str(count))
                    for key, count in item.counts.items()
                )


class PurgeDialog(ActionDialog):
    """The purge's plan (nothing removed yet); « Purger » emits ``submitted``."""

    def __init__(self, parent: QWidget | None, report: PurgeReport) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("PurgeDialog", "Purger les données échues"),
            QCoreApplication.translate("PurgeDialog", "&Purger"),
        )
        self.setObjectName("purgeDialog")
        self.report = report
        if report.empty:
            text = QCoreApplication.translate(
                "PurgeDialog", "Rien n’est à purger aujourd’hui dans la base de cas."
            )
        else:
            text = QCoreApplication.translate(
                "PurgeDialog",
                "Ce qui est échu aujourd’hui (réglages de minimisation). La preuve reste\u00a0: "
                "empreintes SHA-256, comptes, décisions\u00a0; chaque purge est journalisée. "
                "Les données purgées ne peuvent pas être rétablies.",
            )
        intro = QLabel(text)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.model = PurgeItemsModel(self)
        self.model.set_rows(report.items)
        self.view = QTableView()
        self.view.setObjectName("purgeItems")
        self.view.setAccessibleName(QCoreApplication.translate("PurgeDialog", "Purges prévues"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setVisible(bool(report.items))
        self.layout_.addWidget(self.view, 1)
        self.suppressions = QLabel(
            QCoreApplication.translate(
                "PurgeDialog", "Liste d’opposition\u00a0: %1 entrée(s) échue(s) à retirer."
            ).replace("%1", str(report.suppressions_removed))
        )
        self.suppressions.setObjectName("suppressions")
        self.suppressions.setVisible(bool(report.suppressions_removed))
        self.layout_.addWidget(self.suppressions)
        self.finish_layout()
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 24)
        self.set_busy(False)

    def can_submit(self) -> bool:
        return not self.report.empty

    def values(self) -> PurgeReport:
        return self.report
