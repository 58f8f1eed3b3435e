"""Qt models of a right carried out: the plan as a tree (source → record, with what is done and
what the verification found), and the tasks of the case (owners' tasks, Art. 19 notices).

Words only: the services decide; these models say what an ExecutionView holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ...domain.french import fr_date
from ...domain.plan import Action, Plan, RecordPlan, SourcePlan
from ...services.execution.notices import NoticeView
from ...services.execution.views import ExecutionView, TaskView
from ..labels import (
    REMAINING,
    STATE,
    TASK_KIND,
    code_label,
    fr_moment,
    plan_action_count,
    plan_action_label,
)
from .rows import ROW_ROLE, RowsTableModel

FAILED = QColor("#b91c1c")
KEPT = QColor("#1f5fa8")
#: On a source's item: its SourcePlan; on a record's: its RecordPlan.
PLAN_ROLE = ROW_ROLE
#: States of the verification that say something is wrong.
BAD_STATES = frozenset({"unexpected", "not_applied", "not_found", "source_failed"})
HASH_SHOWN = 8  # characters of a SHA-256 in the tree (the journal keeps it whole)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def short_hash(sha256: str | None) -> str:
    return (sha256 or "")[:HASH_SHOWN] + "…" if sha256 else "—"


def grounds(source: SourcePlan) -> list[str]:
    """The legal grounds of the records kept in ``source``, each once."""
    return list(dict.fromkeys(r.ground for r in source.records if r.ground))


def source_summary(source: SourcePlan) -> str:
    """« 3 suppressions, 1 pseudonymisation, 7 conservés (Code de commerce L123-22) »; a source
    the program cannot write: « tâche pour Marketing (marketing@…) »."""
    parts = []
    for action in Action:
        records = [r for r in source.records if r.action is action]
        if not records or action is Action.TASK:
            continue
        if action is Action.KEEP:
            held = sum(1 for r in records if r.ground)
            if held:
                text = plan_action_count("keep", held)
                parts.append(text + " (" + "\u00a0; ".join(grounds(source)) + ")")
            if len(records) > held:
                parts.append(plan_action_count("covered", len(records) - held))
            continue
        parts.append(plan_action_count(action.value, len(records)))
    if source.task is not None:
        parts.append(
            QCoreApplication.translate("PlanTreeModel", "tâche pour %1").replace("%1", source.owner)
        )
    return ", ".join(parts)


def record_detail(record: RecordPlan, owner: str) -> str:
    """What is done to one record, in words: old → new for a change."""
    match record.action:
        case Action.KEEP if record.ground:
            return QCoreApplication.translate("PlanTreeModel", "conservé\u00a0: %1").replace(
                "%1", record.ground
            )
        case Action.KEEP:
            return record.reason
        case Action.TASK:
            text = QCoreApplication.translate("PlanTreeModel", "tâche pour %1").replace("%1", owner)
            if record.changes:
                text += " — " + _changes(record.changes)
            return text
        case Action.DELETE:
            return QCoreApplication.translate("PlanTreeModel", "l’enregistrement est supprimé")
        case Action.EMPTY:
            names = ", ".join(c.field for c in record.changes)
            return QCoreApplication.translate("PlanTreeModel", "champs vidés\u00a0: %1").replace(
                "%1", names
            )
        case Action.PSEUDONYMISE:
            names = ", ".join(c.field for c in record.changes)
            return QCoreApplication.translate(
                "PlanTreeModel", "remplacés par un pseudonyme\u00a0: %1"
            ).replace("%1", names)
        case _:
            return _changes(record.changes)


def _changes(changes: Iterable[Any]) -> str:
    return ", ".join(
        QCoreApplication.translate("PlanTreeModel", "%1\u00a0: «\u00a0%2\u00a0» → «\u00a0%3\u00a0»")
        .replace("%1", c.field)
        .replace("%2", _text(c.old))
        .replace("%3", _text(c.new))
        for c in changes
    )


def source_result(
    view: ExecutionView, source: SourcePlan, tasks: Mapping[str, TaskView]
) -> tuple[str, bool]:
    """What became of a source once applied, and whether it failed."""
    result = view.result or {}
    outcome = (result.get("sources") or {}).get(source.source)
    parts: list[str] = []
    failed = False
    if outcome is not None:
        if outcome.get("status") == "applied":
            before, after = outcome.get("before") or {}, outcome.get("after") or {}
            parts.append(
                QCoreApplication.translate(
                    "PlanTreeModel",
                    "✓ %1 écriture(s)\u00a0; avant %2 ligne(s) (%3) → après %4 ligne(s) (%5)",
                )
                .replace("%1", str(outcome.get("statements", 0)))
                .replace("%2", str(before.get("count", "?")))
                .replace("%3", short_hash(before.get("sha256")))
                .replace("%4", str(after.get("count", "?")))
                .replace("%5", short_hash(after.get("sha256")))
            )
        else:
            failed = True
            parts.append(
                QCoreApplication.translate(
                    "PlanTreeModel", "✗ échec, rien n’a été modifié\u00a0: %1"
                ).replace("%1", outcome.get("message") or "")
            )
    elif source.source in result.get("not_run", ()):
        failed = True
        parts.append(
            QCoreApplication.translate(
                "PlanTreeModel", "✗ non exécutée (annulation)\u00a0: rien n’a été modifié"
            )
        )
    task = tasks.get(source.source)
    if task is not None:
        parts.append(
            QCoreApplication.translate("PlanTreeModel", "tâche n°\u00a0%1\u00a0: %2")
            .replace("%1", str(task.id))
            .replace("%2", code_label(STATE, task.status))
        )
    return " — ".join(parts), failed


class PlanTreeModel(QStandardItemModel):
    """Source → record: the action, its detail (old → new, the ground of what is kept, the
    owner's task) and, once applied, the result and what the verification found."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PlanTreeModel", "Système / enregistrement"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Action"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Détail"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Résultat"),
    )
    RESULT_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers()

    def _headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("PlanTreeModel", text) for text in self.COLUMNS]
        )

    def show(self, view: ExecutionView | None) -> None:
        self.clear()
        self._headers()
        if view is None:
            return
        applied = view.status != "planned"
        remaining = {
            (item["source"], item["table"], item["key"]): item
            for item in (view.verification or {}).get("remaining", ())
        }
        tasks = {t.target: t for t in view.tasks if t.execution_id == view.id}
        for source in view.plan.sources:
            result, failed = source_result(view, source, tasks) if applied else ("", False)
            head = _item(source.name, bold=True)
            head.setData(source, PLAN_ROLE)
            head.setToolTip(source.owner)
            summary = _item(source_summary(source))
            summary.setToolTip(summary.text())
            # The widest column holds the source's result (counts and hashes), else its owner.
            owner = (
                QCoreApplication.translate("PlanTreeModel", "tâche pour %1").replace(
                    "%1", source.owner
                )
                if source.task
                else ""
            )
            detail = _item(result or owner)
            detail.setToolTip(source.task or result)
            state = _item("")
            if failed:
                state.setText("✗ " + QCoreApplication.translate("PlanTreeModel", "échec"))
            elif applied and source.writes:
                state.setText("✓ " + QCoreApplication.translate("PlanTreeModel", "appliqué"))
            for item in (detail, state):
                if failed:
                    item.setForeground(QBrush(FAILED))
            self.appendRow([head, summary, detail, state])
            for record in source.records:
                head.appendRow(self._record_row(view, source, record, remaining, applied))

    def _record_row(
        self,
        view: ExecutionView,
        source: SourcePlan,
        record: RecordPlan,
        remaining: Mapping[tuple[str, str, str], Mapping[str, Any]],
        applied: bool,
    ) -> list[QStandardItem]:
        name = _item(
            QCoreApplication.translate("PlanTreeModel", "%1 · %2")
            .replace("%1", record.table_label)
            .replace("%2", record.key)
        )
        name.setData(record, PLAN_ROLE)
        code = record.action.value
        if record.action is Action.KEEP and not record.ground:
            code = "covered"
        action = _item(plan_action_label(code))
        if record.action is Action.KEEP:
            action.setForeground(QBrush(KEPT))
        detail = _item(record_detail(record, source.owner))
        detail.setToolTip(record.reason)
        state = _item(self._state(view, source, record, remaining) if applied else "")
        if state.text().startswith("✗"):
            state.setForeground(QBrush(FAILED))
        state.setToolTip(
            str((remaining.get((source.source, record.table, record.key)) or {}).get("reason", ""))
        )
        return [name, action, detail, state]

    @staticmethod
    def _state(
        view: ExecutionView,
        source: SourcePlan,
        record: RecordPlan,
        remaining: Mapping[tuple[str, str, str], Mapping[str, Any]],
    ) -> str:
        found = remaining.get((source.source, record.table, record.key))
        if view.verification is None:
            return ""
        if found is not None:
            state = str(found["state"])
            mark = (
                "✗ " if state in BAD_STATES else ("✓ " if state in ("corrected", "marked") else "")
            )
            return mark + code_label(REMAINING, state)
        if record.action.writes:
            if source.source in (view.verification.get("failed_sources") or ()):
                return "✗ " + code_label(REMAINING, "source_failed")
            return QCoreApplication.translate("PlanTreeModel", "✓ plus trouvé")
        return ""

    def source_at(self, row: int) -> SourcePlan | None:
        item = self.item(row, 0)
        value = item.data(PLAN_ROLE) if item is not None else None
        return value if isinstance(value, SourcePlan) else None


def _item(text: str, bold: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def plan_lines(plan: Plan) -> list[tuple[str, str]]:
    """(system, what is done there) for the confirmation: every source of the plan."""
    return [(source.name, source_summary(source)) for source in plan.sources]


# -- tasks --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskRow:
    """An owner's task or an Art. 19 notice, as the tasks' list shows it."""

    id: int
    notice: bool  # an Art. 19 notice (recipients), else an owner's task (execute)
    kind: str
    target: str
    target_name: str
    status: str
    description: str
    answer: str | None
    updated_at: datetime
    document_id: int | None = None
    due_on: date | None = None  # an owner's task: the day its answer is due
    days_late: int = 0  # past that day, still open
    # What may be done now, as the services say (``TaskView``, ``NoticeView``).
    may_answer: bool = False
    may_produce: bool = False
    may_mark_sent: bool = False
    may_acknowledge: bool = False

    @classmethod
    def of_task(cls, task: TaskView, names: Mapping[str, str], today: date) -> TaskRow:
        return cls(
            task.id,
            False,
            task.kind,
            task.target,
            names.get(task.target, task.target_name),
            task.status,
            task.description,
            task.answer,
            task.updated_at,
            due_on=task.due_on if task.may_complete else None,
            days_late=task.days_late(today),
            may_answer=task.may_complete,
        )

    @property
    def may_remind(self) -> bool:
        """An owner's task still open: a reminder may be prepared (``task_reminder``)."""
        return not self.notice and self.may_answer

    @classmethod
    def of_notice(cls, notice: NoticeView, description: str = "") -> TaskRow:
        return cls(
            notice.task_id,
            True,
            "notify",
            notice.recipient_id,
            notice.recipient_name,
            notice.status,
            description,
            notice.answer,
            notice.updated_at,
            notice.document_id,
            may_produce=notice.may_produce,
            may_mark_sent=notice.may_mark_sent,
            may_acknowledge=notice.may_acknowledge,
        )


LATE_COLOR = QColor("#b71c1c")


def _task_state(item: TaskRow) -> str:
    """« à faire, attendue le 30/11/2026 », « à faire, en retard depuis le 30/11/2026 »."""
    state = code_label(STATE, item.status)
    if item.due_on is None:
        return state
    if item.days_late:
        return (
            QCoreApplication.translate("TasksModel", "%1, en retard depuis le %2")
            .replace("%1", state)
            .replace("%2", fr_date(item.due_on))
        )
    return (
        QCoreApplication.translate("TasksModel", "%1, attendue le %2")
        .replace("%1", state)
        .replace("%2", fr_date(item.due_on))
    )


class TasksModel(RowsTableModel[TaskRow]):
    CONTEXT = "TasksModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("TasksModel", "N°"),
        QT_TRANSLATE_NOOP("TasksModel", "Tâche"),
        QT_TRANSLATE_NOOP("TasksModel", "Pour"),
        QT_TRANSLATE_NOOP("TasksModel", "État"),
        QT_TRANSLATE_NOOP("TasksModel", "Réponse, suivi"),
        QT_TRANSLATE_NOOP("TasksModel", "Mise à jour"),
    )
    STATE_COLUMN, ANSWER_COLUMN = 3, 4

    def cell(self, item: TaskRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ANSWER_COLUMN and item.answer:
                return item.answer
            return item.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and item.days_late:
            return QBrush(LATE_COLOR)  # never alone: the text says « en retard » too
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return str(item.id)
            case 1:
                return code_label(TASK_KIND, item.kind)
            case 2:
                return item.target_name
            case 3:
                return _task_state(item)
            case 4:
                if item.answer:
                    return " ".join(item.answer.split())
                if item.notice and item.document_id is not None:
                    return QCoreApplication.translate("TasksModel", "avis produit, à envoyer")
                return ""
            case _:
                return fr_moment(item.updated_at.replace(tzinfo=UTC))
