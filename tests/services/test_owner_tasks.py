"""Owners' tasks followed up: a due date from the setting, late tasks in the alerts and on the
dashboard, a reminder e-mail to the owner, and the answer held back while a task is open."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.alerts import AlertKind
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.gates import GateRefused
from oklima_dpo.domain.register import Register
from oklima_dpo.services import audit
from oklima_dpo.services.answers.produce import produce
from oklima_dpo.services.cases import dashboard
from oklima_dpo.services.cases.gates import case_checklist, override_warning
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import DpoError
from oklima_dpo.services.execution import applying
from oklima_dpo.services.execution import tasks as owner_tasks
from oklima_dpo.services.execution.task_reminder import prepare_task_reminder
from oklima_dpo.services.settings.by_key import with_setting
from oklima_dpo.services.settings.changes import update_settings
from oklima_dpo.services.settings.model import get_settings

from ..conftest import Clock
from .helpers import planned_erasure


def erased_with_paper_task(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> tuple[str, int]:
    """An erasure carried out: the paper archives' owner has a task (the folder found)."""
    reference, planned = planned_erasure(ctx, catalogue, register, estate)
    applying.apply_execution(ctx, reference, planned.id)
    (task,) = [t for t in owner_tasks.list_tasks(ctx, reference) if t.target == "paper_archives"]
    return reference, task.id


def test_a_task_is_due_after_the_days_the_settings_give(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    update_settings(ctx, with_setting(get_settings(ctx), "owner_task_days", "4"))
    reference, task_id = erased_with_paper_task(ctx, estate, catalogue, register)
    (task,) = [t for t in owner_tasks.list_tasks(ctx, reference) if t.id == task_id]
    assert task.due_on == ctx.today() + timedelta(days=4)
    assert task.days_late(ctx.today()) == 0
    assert task.owner.startswith("Services généraux")


def test_a_late_task_is_in_the_alerts_and_on_the_dashboard(
    ctx: ServiceContext,
    clock: Clock,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    reference, task_id = erased_with_paper_task(ctx, estate, catalogue, register)
    assert not [a for a in dashboard.alerts(ctx) if a.kind is AlertKind.TASK_LATE]
    clock.advance(days=12)  # ten days to answer, then two late
    (alert,) = [a for a in dashboard.alerts(ctx) if a.kind is AlertKind.TASK_LATE]
    assert alert.reference == reference and alert.days == -2
    assert f"Tâche n\u00a0{task_id}" in alert.message.replace("n°", "n")
    assert "Archives papier" in alert.message and "en retard de 2\u00a0jours" in alert.message
    (late,) = dashboard.figures(ctx).late_tasks
    assert (late.reference, late.task_id, late.source_name) == (
        reference,
        task_id,
        "Archives papier",
    )
    owner_tasks.complete_task(ctx, reference, task_id, "Dossier détruit le 07/12")
    assert dashboard.figures(ctx).late_tasks == ()


def test_a_reminder_is_an_unsent_email_to_the_owner(
    ctx: ServiceContext,
    clock: Clock,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
) -> None:
    reference, task_id = erased_with_paper_task(ctx, estate, catalogue, register)
    clock.advance(days=11)
    reminder = prepare_task_reminder(ctx, reference, task_id)
    raw = reminder.path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF, as RFC 5322
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["To"] == "services-generaux@oklima.example"
    assert message["X-Unsent"] == "1"
    assert reference in message["Subject"] and "Rappel" in message["Subject"]
    body = message.get_content()
    assert "était attendue le 04/04/2025" in body and "Effacer ces données" in body
    assert "réponse du 25/03/2025" in body  # the paper folder found, dated the French way
    entries = [e for e in audit.list_entries(ctx) if e.action == "case.task_reminder_prepared"]
    assert entries and entries[-1].details["task"] == task_id
    assert "services-generaux" not in str(entries[-1].details)  # the journal keeps no address
    (task,) = [t for t in owner_tasks.list_tasks(ctx, reference) if t.id == task_id]
    assert task.reminded_at is not None
    owner_tasks.complete_task(ctx, reference, task_id, "Fait")
    with pytest.raises(DpoError, match="n’est plus à faire"):
        prepare_task_reminder(ctx, reference, task_id)


def test_an_open_task_holds_the_answer_back_until_the_dpo_chooses(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    reference, task_id = erased_with_paper_task(ctx, estate, catalogue, register)
    checklist = case_checklist(ctx, reference, letter=LetterKind.ERASURE)
    (item,) = checklist.warnings
    assert item.code == "tasks:erasure" and f"{task_id} « Archives papier »" in item.text
    assert "réponse d’étape" in item.text
    with pytest.raises(GateRefused):
        produce(ctx, reference, LetterKind.ERASURE)
    override_warning(ctx, reference, "tasks:erasure", "Échéance proche : réponse d’étape")
    produced = produce(ctx, reference, LetterKind.ERASURE)
    assert produced.files[0].path.exists()
    # Once the owner has answered, nothing holds the answer back any more.
    owner_tasks.complete_task(ctx, reference, task_id, "Dossier détruit")
    assert not case_checklist(ctx, reference, letter=LetterKind.ERASURE).items
