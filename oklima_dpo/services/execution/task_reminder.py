"""A reminder to a system's owner whose task is still open: a prepared e-mail (.eml, unsent)
to the owner's address in the catalogue, which the DPO sends from the mail program.

The e-mail repeats what is asked (the task's text names the records: the owner needs them)
and the day the answer was due; the journal keeps only that a reminder was prepared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...documents.files import file_digest
from ...domain.french import NBSP, fr_date
from ...store.models import Case, Task
from ..answers.recording import export_folder
from ..cases.casework import load_case
from ..context import ServiceContext
from ..errors import DpoError, NotFound
from ..mail_drafts import draft, write_draft
from ..settings.model import Organisation
from ..settings.model import read as read_settings
from .notices import NOTIFY

__all__ = ["PreparedReminder", "prepare_task_reminder"]


@dataclass(frozen=True, slots=True)
class PreparedReminder:
    task_id: int
    path: Path  # the .eml, in the case's export folder
    to: str


def prepare_task_reminder(
    ctx: ServiceContext, reference: str, task_id: int, *, out: Path | None = None
) -> PreparedReminder:
    """Write the reminder e-mail for the owner of the open task ``task_id``."""
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference)
        task = uow.tasks.get(case.id, task_id)
        if task is None or task.kind == NOTIFY:
            raise NotFound(
                f"Aucune tâche de propriétaire n° {task_id} dans la demande {reference}."
            )
        if task.status != "open":
            raise DpoError(f"La tâche n° {task.id} n’est plus à faire : aucun rappel à préparer.")
        catalogue = ctx.configuration.catalogue_if_any(uow)
        spec = catalogue.sources.get(task.target) if catalogue is not None else None
        if spec is None or "@" not in spec.owner.contact:
            raise DpoError(
                f"Le catalogue des sources ne donne pas d’adresse e-mail au propriétaire de "
                f"« {task.target} » : compléter « owner.contact » de cette source."
            )
        folder = Path(out) if out else export_folder(ctx, settings, case.reference)
        message = draft(
            sender=settings.organisation.dpo_email,
            to=spec.owner.contact,
            subject=_subject(case, task),
            body=_body(case, task, spec.name, settings.organisation, ctx),
            now=ctx.now(),
        )
        written = write_draft(folder, f"{case.reference}-rappel-tache-{task.id}.eml", message)
        task.reminded_at = ctx.now().replace(tzinfo=None)
        digest, _size = file_digest(written.path)
        uow.journal.record(
            "case.task_reminder_prepared",
            case_reference=case.reference,
            details={"task": task.id, "target": task.target, "sha256": digest},
        )
        uow.commit()
        return PreparedReminder(task.id, written.path, spec.owner.contact)


def _subject(case: Case, task: Task) -> str:
    due = f" — réponse attendue le {fr_date(task.due_on)}" if task.due_on else ""
    return f"Rappel : tâche n°{NBSP}{task.id} de la demande {case.reference}{due}"


def _body(
    case: Case, task: Task, source_name: str, organisation: Organisation, ctx: ServiceContext
) -> str:
    opened = fr_date(task.created_at.date())
    if task.due_on is not None and task.due_on < ctx.today():
        when = (
            f"Votre réponse était attendue le {fr_date(task.due_on)} ; elle ne nous est pas "
            "encore parvenue."
        )
    elif task.due_on is not None:
        when = f"Votre réponse est attendue le {fr_date(task.due_on)}."
    else:
        when = "Votre réponse ne nous est pas encore parvenue."
    signature = "\n".join(
        line
        for line in (
            organisation.dpo_name,
            "Délégué à la protection des données",
            organisation.name,
            organisation.dpo_email,
        )
        if line
    )
    return (
        f"Bonjour,\n\n"
        f"Le {opened}, pour la demande {case.reference} (exercice de ses droits par une "
        f"personne, RGPD), nous vous avons demandé d’intervenir dans « {source_name} ». "
        f"{when}\n\n"
        f"Ce qui est demandé :\n\n{task.description}\n\n"
        f"Merci de nous indiquer ce qui a été fait en répondant à ce message : la personne "
        f"doit recevoir notre réponse dans le délai légal.\n\n"
        f"{signature}\n"
    )
