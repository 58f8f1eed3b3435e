"""Printing results: JSON for scripts (``--json``), French text for people.

Text goes through ``typography`` (non-breaking spaces before « : ; ? ! »), as in the window.
The service views are only read here; their types are imported for the type checker alone, so
that importing the command line does not load the services.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..domain.deadlines import describe_days_left
from ..domain.french import fr_date, typography

if TYPE_CHECKING:
    from ..services.cases.views import CaseDetail, CaseSummary
    from ..services.execution.views import ExecutionView


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(jsonable(v) for v in value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any, out: TextIO) -> None:
    json.dump(jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_lines(lines: list[str], out: TextIO) -> None:
    """Lines for a person, with French spacing."""
    out.writelines(typography(line) + "\n" for line in lines)


def print_written(path: Path, sha256: str, out: TextIO) -> None:
    """A file written: where, and its SHA-256 (to quote when it is sent)."""
    out.write(f"{path}\n  SHA-256 {sha256}\n")


# -- cases -------------------------------------------------------------------------------------


def summary_line(case: CaseSummary) -> str:
    rights = ", ".join(r.info.short_fr for r in case.rights)
    left = describe_days_left(case.days_left) if case.status.is_open else "—"
    if case.clock_stopped:
        left += " (suspendu)"
    return (
        f"{case.reference}  {case.person_name:<28.28}  {fr_date(case.received_on)}  "
        f"{fr_date(case.due)}  {left:<18}  {case.status.label_fr:<26}  {rights}"
    )


def print_detail(case: CaseDetail, out: TextIO) -> None:
    d = case.deadline
    lines = [
        f"{case.reference} — {case.person_name} — {case.status.label_fr}",
        f"Reçue le {fr_date(d.received_on)} ({case.channel.label_fr})",
        f"Échéance : {fr_date(d.due)}"
        + (" (prolongée)" if d.extended else "")
        + (" — délai suspendu" if d.clock_stopped else ""),
        f"  {d.explanation}",
        "Droits : "
        + "; ".join(
            f"{r.right.label_fr} ({r.right.article})"
            + (f" : {r.outcome.label_fr}" if r.outcome else "")
            for r in case.rights
        ),
        "Identifiants : " + ", ".join(i.value for i in case.identifiers),
        "Historique :",
        *(
            f"  {fr_date(e.on)}  {e.kind.label_fr}" + (f" — {e.text}" if e.text else "")
            for e in case.timeline
        ),
    ]
    out.write(typography("\n".join(lines)) + "\n")


# -- executions of rights ----------------------------------------------------------------------


def execution_json(view: ExecutionView) -> dict[str, Any]:
    return {
        "reference": view.reference,
        "execution": view.id,
        "right": view.right.value,
        "status": view.status,
        "plan_sha256": view.plan_sha256,
        "preview": [
            {"source": line.source, "action": line.action.value, "count": line.count}
            for line in view.preview
        ],
        "plan": view.plan.to_json(),
        "result": view.result,
        "verification": view.verification,
        "tasks": [
            {"id": t.id, "kind": t.kind, "target": t.target, "status": t.status} for t in view.tasks
        ],
    }


def print_execution(view: ExecutionView, out: TextIO) -> None:
    lines = [
        f"Demande {view.reference} — {view.right.label_fr} : exécution n° {view.id}, "
        f"{view.status_label}",
        f"Plan SHA-256 {view.plan_sha256}",
    ]
    names = {s.source: s.name for s in view.plan.sources}
    for line in view.preview:
        lines.append(f"– {names[line.source]} : {line.action.label_fr} × {line.count}")
    lines += [f"  ⚠ {warning}" for warning in view.plan.warnings]
    for source_id, outcome in ((view.result or {}).get("sources") or {}).items():
        if outcome["status"] == "applied":
            before, after = outcome["before"], outcome["after"]
            lines.append(
                f"{names.get(source_id, source_id)} : appliqué ({outcome['statements']} "
                f"écriture(s) ; avant {before['count']} ligne(s) SHA-256 {before['sha256']}, "
                f"après {after['count']} ligne(s) SHA-256 {after['sha256']})"
            )
        else:
            lines.append(f"{names.get(source_id, source_id)} : ÉCHEC — {outcome['message']}")
    verification = view.verification or {}
    for item in verification.get("remaining", ()):
        lines.append(
            f"  reste {item['source']} › {item['table']} › {item['key']} : {item['reason']}"
        )
    lines += [f"Tâche n° {t.id} ({t.target}) : {t.status_label}" for t in view.tasks]
    out.write(typography("\n".join(lines)) + "\n")
