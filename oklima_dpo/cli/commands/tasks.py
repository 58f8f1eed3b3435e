"""``tasks``: what the program asked the owners of the systems it cannot write (a file, a
mailbox, paper archives), and the Art. 19 notices, as the Exécution tab lists them; ``--answer``
records an owner's answer.

    oklima-dpo tasks DR-2025-0001
    oklima-dpo tasks DR-2025-0001 --answer 3 --text "Ligne supprimée du fichier le 26/03"
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.errors import DpoError
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


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.execution import notices
    from ...services.execution import tasks as owner_tasks

    said = []
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
                "tasks": [task_json(t) for t in found],
                "notices": [notice_json(n) for n in sent],
            },
            out,
        )
        return EXIT_OK
    lines = [*said, *(line for task in found for line in task_lines(task)), *notice_lines(sent)]
    print_lines(lines or ["Aucune tâche ni notification pour cette demande."], out)
    return EXIT_OK


def task_json(task: TaskView) -> dict[str, Any]:
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
    }


def task_lines(task: TaskView) -> list[str]:
    lines = [f"– Tâche n° {task.id} — {task.target_name} : {task.status_label}"]
    lines += [f"    {line}".rstrip() for line in task.description.splitlines()]
    if task.answer:
        lines.append(f"    Réponse : {task.answer}")
    return lines
