"""``tasks``: what the program asked the owners of the systems it cannot write (a file, a
mailbox, paper archives), and the Art. 19 notices, as the Exécution tab lists them; ``--answer``
records an owner's answer; ``--remind`` prepares a reminder e-mail (.eml) to its owner.

    oklima-dpo tasks DR-2025-0001
    oklima-dpo tasks DR-2025-0001 --answer 3 --text "Ligne supprimée du fichier le 26/03"
    oklima-dpo tasks DR-2025-0001 --remind 3
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.errors import DpoError
from ...domain.french import counted, fr_date
from ..arguments import number_argument
from ..exits import EXIT_OK
from ..output import print_json, print_lines
from ..protocol import Parents, Subcommands
from .notices import notice_json, notice_lines

if TYPE_CHECKING:
    from ...services.context import ServiceContext
    from ...services.execution.views import TaskView

NAME = "tasks"


def add(commands: Subcommands, parents: Parents) -> None:
    tasks = commands.add_parser(
        NAME, parents=parents, help="the owners' tasks and the Art. 19 notices; --answer one"
    )
    tasks.add_argument("reference")
    tasks.add_argument(
        "--answer", type=number_argument, metavar="ID", help="record the answer to task ID"
    )
    tasks.add_argument("--text", metavar="TEXT", help="--answer: what the owner did")
    tasks.add_argument(
        "--remind",
        type=number_argument,
        metavar="ID",
        help="prepare a reminder e-mail (.eml) to the owner of task ID",
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.execution import notices
    from ...services.execution import tasks as owner_tasks
    from ...services.execution.task_reminder import prepare_task_reminder

    said = []
    if args.answer is not None and args.remind is not None:
        raise DpoError("--answer et --remind : l’un ou l’autre.")
    if args.remind is not None:
        reminder = prepare_task_reminder(ctx, args.reference, args.remind)
        said.append(
            f"Rappel préparé pour {reminder.to} (tâche n° {reminder.task_id}) : {reminder.path}"
        )
    if args.answer is not None:
        owner_tasks.complete_task(ctx, args.reference, args.answer, args.text or "")
        said.append(f"Réponse enregistrée (tâche n° {args.answer}).")
    elif args.text is not None:
        raise DpoError("--text ne vaut qu’avec --answer.")
    found = owner_tasks.list_tasks(ctx, args.reference)
    sent = notices.list_notices(ctx, args.reference)
    if args.json:
        print_json(
            {
                "reference": args.reference.strip().upper(),
                "tasks": [task_json(t, ctx.today()) for t in found],
                "notices": [notice_json(n) for n in sent],
            },
            out,
        )
        return EXIT_OK
    today = ctx.today()
    lines = [
        *said,
        *(line for task in found for line in task_lines(task, today)),
        *notice_lines(sent),
    ]
    print_lines(lines or ["Aucune tâche ni notification pour cette demande."], out)
    return EXIT_OK


def task_json(task: TaskView, today: date) -> dict[str, Any]:
    return {
        "id": task.id,
        "execution": task.execution_id,
        "kind": task.kind,
        "target": task.target,
        "target_name": task.target_name,
        "description": task.description,
        "status": task.status,
        "status_label": task.status_label,
        "answer": task.answer,
        "updated_at": task.updated_at.isoformat(),
        "updated_by": task.updated_by,
        "owner": task.owner,
        "due_on": task.due_on.isoformat() if task.due_on else None,
        "days_late": task.days_late(today),
        "reminded_at": task.reminded_at.isoformat() if task.reminded_at else None,
    }


def task_lines(task: TaskView, today: date) -> list[str]:
    state = task.status_label
    if task.may_complete and task.due_on is not None:
        late = task.days_late(today)
        state += f", attendue le {fr_date(task.due_on)}"
        state += f" — en retard de {counted(late, 'jour', 'jours')}" if late else ""
    lines = [f"– Tâche n° {task.id} — {task.target_name} : {state}"]
    lines += [f"    {line}".rstrip() for line in task.description.splitlines()]
    if task.answer:
        lines.append(f"    Réponse : {task.answer}")
    return lines
