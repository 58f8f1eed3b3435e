"""Qt models of the company's systems: the catalogue's sources, a case's source states, and
the records found for a case as a tree (source → table → record → fields)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ...services.gathering.views import CaseData, FindingView, SourceStateView
from ...services.sources import SourceOverview
from ..labels import FINDING_CHANGE, MATCH_HOW, SOURCE_KIND, SOURCE_STATUS, code_label, fr_moment
from .rows import ROW_ROLE, RowsTableModel

WARNING = QColor("#b45309")  # amber: retention exceeded, data incomplete
FAILED = QColor("#b91c1c")


class SourcesOverviewModel(RowsTableModel[SourceOverview]):
    CONTEXT = "SourcesOverviewModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("SourcesOverviewModel", "Source"),
        QT_TRANSLATE_NOOP("SourcesOverviewModel", "Type"),
        QT_TRANSLATE_NOOP("SourcesOverviewModel", "Résultat"),
        QT_TRANSLATE_NOOP("SourcesOverviewModel", "Dernier test"),
        QT_TRANSLATE_NOOP("SourcesOverviewModel", "Propriétaire"),
        QT_TRANSLATE_NOOP("SourcesOverviewModel", "Traitements"),
    )
    RESULT_COLUMN = 2

    def cell(self, item: SourceOverview, column: int, role: int) -> Any:
        check = item.last_check
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT_COLUMN:
            return QBrush(FAILED) if check is not None and not check.ok else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RESULT_COLUMN and check:
            return "\n".join(check.problems) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return "\n".join(item.activities)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return item.name
            case 1:
                return code_label(SOURCE_KIND, item.kind)
            case 3:
                return fr_moment(check.checked_at) if check else "—"
            case 4:
                return f"{item.owner_team} ({item.owner_contact})"
            case 5:
                return ", ".join(item.activities)
            case _:
                if item.kind == "manual":
                    return QCoreApplication.translate("SourcesOverviewModel", "sans objet")
                if check is None:
                    return QCoreApplication.translate("SourcesOverviewModel", "jamais testée")
                if check.ok:
                    return QCoreApplication.translate("SourcesOverviewModel", "✓ conforme")
                return "✗ " + "\u00a0; ".join(check.problems)


class SourceStatesModel(RowsTableModel[SourceStateView]):
    """Where each source stands for one case; a source being asked shows « interrogation… »."""

    CONTEXT = "SourceStatesModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("SourceStatesModel", "Source"),
        QT_TRANSLATE_NOOP("SourceStatesModel", "État"),
        QT_TRANSLATE_NOOP("SourceStatesModel", "Enregistrements"),
        QT_TRANSLATE_NOOP("SourceStatesModel", "Détail"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._live: dict[str, str] = {}  # source id → status told while gathering

    def set_live_status(self, source_id: str, status: str) -> None:
        self._live[source_id] = status
        for row, item in enumerate(self._rows):
            if item.source_id == source_id:
                self.dataChanged.emit(self.index(row, 1), self.index(row, 1))

    def set_rows(self, rows: Any) -> None:
        self._live.clear()
        super().set_rows(rows)

    def cell(self, item: SourceStateView, column: int, role: int) -> Any:
        status = self._live.get(item.source_id, item.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(FAILED) if status == "failed" else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return item.message
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return item.name
            case 1:
                mark = {"failed": "✗ ", "answered": "✓ ", "skipped": "– "}.get(status, "… ")
                return mark + code_label(SOURCE_STATUS, status)
            case 2:
                return str(item.records) if item.status == "answered" else ""
            case _:
                return (item.message or "").replace("\n", " ")


FINDING_ROLE = ROW_ROLE  # on a record's item: its FindingView


class FindingsTreeModel(QStandardItemModel):
    """Source → table → record → fields. A record's check box is « included »; toggling it is
    a request (``inclusion_requested``) that the view sends to the service, never a change here.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Élément"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Valeur / rattachement"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Catégorie"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Conservation"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Changement"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("FindingsTreeModel", text) for text in self.COLUMNS]
        )

    def show(self, data: CaseData) -> None:
        self.clear()
        self._set_headers()
        by_source: dict[str, QStandardItem] = {}
        by_table: dict[tuple[str, str], QStandardItem] = {}
        for finding in data.findings:
            source = by_source.get(finding.source_id)
            if source is None:
                source = _text_item(finding.source_name, bold=True)
                self.appendRow([source, *(_text_item("") for _ in range(4))])
                by_source[finding.source_id] = source
            table = by_table.get((finding.source_id, finding.table))
            if table is None:
                table = _text_item(finding.table_label)
                source.appendRow([table, *(_text_item("") for _ in range(4))])
                by_table[(finding.source_id, finding.table)] = table
            table.appendRow(_record_row(finding))
        for source in by_source.values():
            count = sum(source.child(r).rowCount() for r in range(source.rowCount()))
            label = (
                QCoreApplication.translate("FindingsTreeModel", "%1 (1 enregistrement)")
                if count == 1
                else QCoreApplication.translate("FindingsTreeModel", "%1 (%2 enregistrements)")
            )
            source.setText(label.replace("%1", source.text()).replace("%2", str(count)))

    def finding_at(self, item: QStandardItem | None) -> FindingView | None:
        while item is not None:
            value = item.data(FINDING_ROLE)
            if isinstance(value, FindingView):
                return value
            item = item.parent()
        return None


def _text_item(text: str, bold: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _record_row(finding: FindingView) -> list[QStandardItem]:
    record = _text_item(finding.title)
    record.setToolTip(finding.key)  # the key as the system stores it
    record.setData(finding, FINDING_ROLE)
    record.setCheckable(finding.change != "gone")
    record.setCheckState(Qt.CheckState.Checked if finding.included else Qt.CheckState.Unchecked)
    record.setToolTip(
        "\n".join(m.explanation for m in finding.matches)
        + (f"\n{finding.exclusion_reason}" if finding.exclusion_reason else "")
    )
    how = _text_item(code_label(MATCH_HOW, finding.match))
    if finding.included and finding.inclusion_reason:  # no longer « à confirmer »
        how.setText(
            QCoreApplication.translate("FindingsTreeModel", "inclus par le DPO")
            + " — "
            + finding.inclusion_reason
        )
    if not finding.included and finding.exclusion_reason:
        excluded = QCoreApplication.translate("FindingsTreeModel", "écarté\u00a0: %1")
        how.setText(how.text() + " — " + excluded.replace("%1", finding.exclusion_reason))
    how.setData(finding, FINDING_ROLE)
    retention = _text_item(("⚠ " + finding.retention_text) if finding.retention_exceeded else "")
    if finding.retention_exceeded:
        retention.setForeground(QBrush(WARNING))
    if finding.retention_text and not finding.retention_exceeded:
        retention.setText(finding.retention_text)
    change = _text_item(code_label(FINDING_CHANGE, finding.change))
    for item in (retention, change):
        item.setData(finding, FINDING_ROLE)
    category = _text_item("")
    if finding.suppressed:  # on the marketing suppression list: never a prospect again
        category.setText(
            "⚠ " + QCoreApplication.translate("FindingsTreeModel", "opposé à la prospection")
        )
        category.setForeground(QBrush(WARNING))
        category.setToolTip(
            QCoreApplication.translate(
                "FindingsTreeModel",
                "La personne s’est opposée à la prospection (liste d’opposition) : ne plus "
                "l’utiliser pour la prospection.",
            )
        )
    category.setData(finding, FINDING_ROLE)
    for field in finding.fields:
        value = field.shown or ("" if field.value is None else str(field.value))
        category_item = _text_item(field.category_label)
        category_item.setToolTip(field.category_label)  # a long category, read in full
        value_item = _text_item(value)
        value_item.setToolTip(value)  # a long value (an e-mail's text), read in full
        record.appendRow(
            [
                _text_item(field.label),
                value_item,
                category_item,
                _text_item(""),
                _text_item(""),
            ]
        )
    return [record, how, category, retention, change]
