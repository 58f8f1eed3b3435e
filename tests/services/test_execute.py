"""Carrying rights out on a fresh demo estate: erasure with legal holds, a failure injected in
the middle of a source, rectification, restriction and its lifting, owners' tasks."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.gates import GateRefused
from oklima_dpo.domain.plan import Action
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.answers.produce import produce
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import InvalidInput
from oklima_dpo.services.execution import applying, planning, restriction
from oklima_dpo.services.execution import tasks as owner_tasks
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review
from oklima_dpo.store.models import AuditEntry
from tests.db import raw_session

from ..conftest import Clock
from .helpers import open_request, planned_erasure, ready_to_answer, reviewed_case, rows


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def journal_text(ctx: ServiceContext) -> str:
    with raw_session(ctx.store) as session:
        return "\n".join(
            f"{e.action} {e.details}" for e in session.query(AuditEntry).order_by(AuditEntry.seq)
        )


# -- Erasure ---------------------------------------------------------------------------------


def test_erasure_keeps_the_invoices_and_gathering_again_proves_the_rest_is_gone(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    customer = person["customer_no"]
    invoices = rows(
        estate, "billing", "SELECT invoice_no FROM invoices WHERE customer_no = ?", customer
    )
    assert invoices, "a customer with invoices"
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))

    planned = planning.plan_execution(ctx, reference, "erasure")
    assert planned.status == "planned" and len(planned.plan_sha256) == 64
    billing = planned.plan.source("billing")
    assert {r.action for r in billing.records} == {Action.KEEP}
    assert {r.table for r in billing.records} == {"invoices", "payments"}
    assert all("L123-22" in (r.ground or "") for r in billing.records)
    crm = planned.plan.source("crm")
    assert {(r.table, r.action) for r in crm.records} >= {("customers", Action.DELETE)}
    assert planned.plan.source("paper_archives").task  # asked to search and erase
    # The preview runs nothing.
    assert rows(
        estate, "crm", "SELECT count(*) FROM customers WHERE customer_no = ?", customer
    ) == [(1,)]
    counts = {(line.source, line.action): line.count for line in planned.preview}
    assert counts[("billing", Action.KEEP)] == len(billing.records)

    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.result is not None
    for source in ("crm", "portal"):
        outcome = done.result["sources"][source]
        assert outcome["status"] == "applied", outcome["message"]
        assert outcome["before"]["count"] > 0 and len(outcome["before"]["sha256"]) == 64
    assert done.result["sources"]["crm"]["after"]["count"] == sum(
        1 for r in crm.records if r.action is Action.PSEUDONYMISE
    )
    assert rows(
        estate, "crm", "SELECT count(*) FROM customers WHERE customer_no = ?", customer
    ) == [(0,)]
    assert rows(
        estate, "crm", "SELECT count(*) FROM contracts WHERE customer_no = ?", customer
    ) == [(0,)]
    assert rows(
        estate, "crm", "SELECT count(*) FROM interactions WHERE customer_no = ?", customer
    ) == [(0,)]
    assert rows(
        estate, "portal", "SELECT count(*) FROM accounts WHERE customer_no = ?", customer
    ) == [(0,)]
    kept = rows(
        estate, "billing", "SELECT invoice_no FROM invoices WHERE customer_no = ?", customer
    )
    assert kept == invoices

    assert done.status == "verified", done.verification
    assert done.verification is not None
    remaining = done.verification["remaining"]
    # Kept with their ground: the invoices; awaiting its owner: the paper folder.
    assert {(i["source"], i["table"], i["state"]) for i in remaining} == {
        ("billing", "invoices", "kept"),
        ("billing", "payments", "kept"),
        ("paper_archives", "réponse", "task"),
    }
    assert len([i for i in remaining if i["table"] == "invoices"]) == len(invoices)
    (task,) = done.tasks
    assert task.target == "paper_archives" and task.status == "open" and task.kind == "erase"
    # The journal has counts and hashes, never the person's data.
    text = journal_text(ctx)
    assert "case.execution_applied" in text and "case.execution_verified" in text
    assert customer not in text and person["email"] not in text
    # Applied once: a second run is refused.
    with pytest.raises(DpoError, match="déjà"):
        applying.apply_execution(ctx, reference, planned.id)


def test_a_failure_in_the_middle_of_a_source_leaves_it_as_it_was(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))
    planned = planning.plan_execution(ctx, reference, "erasure")
    assert len(planned.plan.source("crm").writes) >= 2
    crm_file = estate.out_dir / "crm.sqlite"
    before, before_bytes = dump(crm_file), crm_file.read_bytes()

    def fail_in_crm(source: str, count: int) -> None:
        if source == "crm" and count == 2:
            raise RuntimeError("panne simulée au milieu de la source")

    done = applying.apply_execution(ctx, reference, planned.id, after_statement=fail_in_crm)
    assert dump(crm_file) == before
    assert crm_file.read_bytes() == before_bytes
    assert done.result is not None
    crm = done.result["sources"]["crm"]
    assert crm["status"] == "failed" and "panne simulée" in crm["message"]
    assert done.result["sources"]["portal"]["status"] == "applied"
    customer = person["customer_no"]
    assert rows(
        estate, "portal", "SELECT count(*) FROM accounts WHERE customer_no = ?", customer
    ) == [(0,)]
    assert done.status == "partly"
    assert done.verification is not None
    states = {(i["source"], i["state"]) for i in done.verification["remaining"]}
    assert ("crm", "source_failed") in states
    assert done.verification["failed_sources"] == ["crm"]


def test_non_writable_sources_get_tasks_that_owners_complete(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = dict(estate.hard_cases["prospect_newsletter_only"])
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))
    planned = planning.plan_execution(ctx, reference, "erasure")
    newsletter = planned.plan.source("newsletter")
    assert [r.action for r in newsletter.records] == [Action.TASK]
    assert newsletter.task is not None and "Liste des abonnés" in newsletter.task
    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.status == "verified"
    assert done.verification is not None
    assert {i["state"] for i in done.verification["remaining"]} == {"task"}
    tasks = {t.target: t for t in owner_tasks.list_tasks(ctx, reference)}
    assert set(tasks) == {"newsletter", "paper_archives"}
    assert all(t.status == "open" for t in tasks.values())
    with pytest.raises(InvalidInput):
        owner_tasks.complete_task(ctx, reference, tasks["newsletter"].id, "  ")
    answered = owner_tasks.complete_task(
        ctx, reference, tasks["newsletter"].id, "Ligne supprimée du fichier le 26/03/2025."
    )
    assert answered.status == "done" and answered.answer.startswith("Ligne supprimée")
    with pytest.raises(DpoError, match="déjà"):
        owner_tasks.complete_task(ctx, reference, tasks["newsletter"].id, "encore")
    assert "Ligne supprimée" not in journal_text(ctx)


# -- Rectification ---------------------------------------------------------------------------


def test_rectification_changes_only_the_named_fields(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["phone_formats"]
    reference = reviewed_case(ctx, catalogue, register, person, ("rectification",))
    files = {name: estate.out_dir / f"{name}.sqlite" for name in ("crm", "billing", "portal")}
    before = {name: dump(path) for name, path in files.items()}
    corrections = {"crm.customers.city": "Villeneuve-d’Ascq", "crm.customers.phone": "0199009999"}
    planned = planning.plan_execution(ctx, reference, "rectification", corrections=corrections)
    (record,) = planned.plan.source("crm").records
    assert record.action is Action.CORRECT
    assert {f"crm.customers.{c.field}": c.new for c in record.changes} == corrections
    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.status == "verified", done.verification
    after = {name: dump(path) for name, path in files.items()}
    assert after["billing"] == before["billing"] and after["portal"] == before["portal"]
    changed = [
        (old, new) for old, new in zip(before["crm"], after["crm"], strict=True) if old != new
    ]
    assert len(changed) == 1
    old_line, new_line = changed[0]
    assert person["customer_no"] in old_line
    expected = old_line.replace("'Lille'", "'Villeneuve-d’Ascq'").replace(
        f"'{person['phone']}'", "'0199009999'"
    )
    assert new_line == expected


def test_rectification_needs_known_fields(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["phone_formats"]
    reference = reviewed_case(ctx, catalogue, register, person, ("rectification",))
    with pytest.raises(DpoError, match="inconnu"):
        planning.plan_execution(
            ctx, reference, "rectification", corrections={"crm.customers.shoe_size": "44"}
        )
    with pytest.raises(InvalidInput, match="ne porte pas"):
        planning.plan_execution(ctx, reference, "erasure")


# -- Restriction -----------------------------------------------------------------------------


def test_restriction_marks_the_records_and_lifting_waits_for_the_notice(
    ctx: ServiceContext,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    clock: Clock,
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    customer = person["customer_no"]
    reference = reviewed_case(ctx, catalogue, register, person, ("restriction",))
    planned = planning.plan_execution(ctx, reference, "restriction")
    marked = {(s.source, r.table) for s in planned.plan.sources for r in s.writes}
    assert marked == {("crm", "customers"), ("portal", "accounts")}
    assert planned.plan.source("billing").task  # no mark there: its owner is asked
    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.status == "verified", done.verification
    restricted = "SELECT restricted FROM {} WHERE customer_no = ?"
    assert rows(estate, "crm", restricted.format("customers"), customer) == [(1,)]
    assert rows(estate, "portal", restricted.format("accounts"), customer) == [(1,)]

    with pytest.raises(DpoError, match="informée avant"):
        restriction.lift_restriction(ctx, reference, done.id)
    lift_on = ctx.today() + timedelta(days=15)
    restriction.announce_restriction_lift(
        ctx, reference, done.id, lift_on=lift_on, reasons="Exactitude des données vérifiée."
    )
    with pytest.raises(DpoError, match="courrier"):
        restriction.lift_restriction(ctx, reference, done.id)
    produced = produce(ctx, reference, LetterKind.RESTRICTION_LIFT_NOTICE)
    assert "-LEVEE-" in produced.document_reference
    with pytest.raises(DpoError, match="pas avant"):
        restriction.lift_restriction(ctx, reference, done.id)
    assert rows(estate, "crm", restricted.format("customers"), customer) == [(1,)]

    clock.advance(days=15)
    lifted = restriction.lift_restriction(ctx, reference, done.id)
    assert lifted.lifted
    assert rows(estate, "crm", restricted.format("customers"), customer) == [(0,)]
    assert rows(estate, "portal", restricted.format("accounts"), customer) == [(0,)]
    assert any(t.kind == "lift_restriction" and t.target == "billing" for t in lifted.tasks)
    with pytest.raises(DpoError, match="déjà levée"):
        restriction.lift_restriction(ctx, reference, done.id)


def test_objection_sets_the_marketing_opt_out(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("objection",))
    planned = planning.plan_execution(ctx, reference, "objection")
    assert [(r.table, r.action) for r in planned.plan.source("crm").writes] == [
        ("customers", Action.OPTOUT)
    ]
    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.status == "verified", done.verification
    assert rows(
        estate,
        "crm",
        "SELECT marketing_optout, restricted FROM customers WHERE customer_no = ?",
        person["customer_no"],
    ) == [(1, 0)]


# -- Withdrawal of consent ---------------------------------------------------------------------


def test_a_withdrawal_of_consent_sets_the_marks_and_asks_the_file_owners(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    from oklima_dpo.services.objection import consent

    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("consent_withdrawal",))
    planned = planning.plan_execution(ctx, reference, "consent_withdrawal")
    customers = [r for r in planned.plan.source("crm").records if r.table == "customers"]
    assert [r.action for r in customers] == [Action.OPTOUT]
    assert {c.field: c.new for c in customers[0].changes} == {"marketing_optout": 1}
    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.result is not None and done.result["sources"]["crm"]["status"] == "applied"
    assert rows(
        estate,
        "crm",
        "SELECT marketing_optout FROM customers WHERE customer_no = ?",
        person["customer_no"],
    ) == [(1,)]
    # The sources the program cannot write get a task, which the case's task list shows.
    consent.record_consent_withdrawal(ctx, reference)
    kinds = {t.kind for t in owner_tasks.list_tasks(ctx, reference)}
    assert "stop_consent" in kinds
    task = next(t for t in owner_tasks.list_tasks(ctx, reference) if t.kind == "stop_consent")
    answered = owner_tasks.complete_task(ctx, reference, task.id, "Désinscrit de la liste d’envoi")
    assert answered.status == "done"


def test_the_plan_is_shown_before_the_decision_but_nothing_runs_before_the_gates(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    name = f"{person['first_name']} {person['last_name']}"
    reference = open_request(ctx, name=name, rights=("erasure",), emails=(person["email"],))
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    review.save_review(ctx, reference)
    # The DPO sees what a total grant would do before choosing between total and partial.
    planned = planning.plan_execution(ctx, reference, "erasure")
    assert planned.plan.source("crm").records
    with pytest.raises(GateRefused) as refused:
        applying.apply_execution(ctx, reference, planned.id)
    assert {i.code for i in refused.value.checklist.items} == {
        "identity",
        "decision:erasure",
        "review_incomplete",
    }
    assert all(i.blocking for i in refused.value.checklist.items)
    customer = person["customer_no"]
    still = rows(estate, "crm", "SELECT count(*) FROM customers WHERE customer_no = ?", customer)
    assert still == [(1,)]  # nothing ran
    assert planning_status(ctx, reference, planned.id) == "planned"  # the plan may still run

    ready_to_answer(ctx, reference)  # saves the review again: the first plan is stale
    case_steps.decide(ctx, reference, Right.ERASURE, Outcome.GRANTED)
    with pytest.raises(DpoError, match="préparer un nouveau plan"):
        applying.apply_execution(ctx, reference, planned.id)
    planned = planning.plan_execution(ctx, reference, "erasure")
    done = applying.apply_execution(ctx, reference, planned.id)
    assert done.status in ("verified", "partly")
    gone = rows(estate, "crm", "SELECT count(*) FROM customers WHERE customer_no = ?", customer)
    assert gone == [(0,)]


def test_a_plan_older_than_the_review_in_force_is_not_applied(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))
    stale = planning.plan_execution(ctx, reference, "erasure")
    data = review.case_data(ctx, reference)
    kept_back = next(f for f in data.findings if f.included and f.source_id == "crm")
    review.review_finding(
        ctx, reference, kept_back.id, included=False, reason="Pas à cette personne"
    )
    review.save_review(ctx, reference)  # the review changed since the plan
    with pytest.raises(DpoError, match="préparer un nouveau plan"):
        applying.apply_execution(ctx, reference, stale.id)
    assert planning_status(ctx, reference, stale.id) == "planned"  # nothing ran
    fresh = planning.plan_execution(ctx, reference, "erasure")
    assert applying.apply_execution(ctx, reference, fresh.id).status in ("verified", "partly")


def planning_status(ctx: ServiceContext, reference: str, execution_id: int) -> str:
    from oklima_dpo.services.execution.views import list_executions

    return next(e.status for e in list_executions(ctx, reference) if e.id == execution_id)


def test_the_case_file_shows_each_execution_with_its_hashes(
    ctx: ServiceContext,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    from oklima_dpo.services.answers.casefile import build_case_file

    person = estate.hard_cases["email_in_capitals"]
    reference = reviewed_case(ctx, catalogue, register, person, ("erasure",))
    planned = planning.plan_execution(ctx, reference, "erasure")
    done = applying.apply_execution(ctx, reference, planned.id)
    written = build_case_file(ctx, reference, out=tmp_path / "dossier.pdf")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(str(written.path)).pages
    ).replace("\u00a0", " ")
    assert "Exécution — Droit à l’effacement" in text
    assert planned.plan_sha256[:32] in text.replace(" ", "")
    assert done.result is not None
    crm = done.result["sources"]["crm"]
    assert crm["before"]["sha256"][:16] in text.replace(" ", "")
    assert "Vérification : seul ce qui devait être conservé demeure." in text


# -- Stopping and crashing ---------------------------------------------------------------------


class _Crash(BaseException):
    """The program dying in the middle of a source: nothing after it runs."""


def test_stopping_after_a_system_says_what_was_not_run(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    """« Arrêter après ce système »: the source under way finishes, the others are not run."""
    reference, planned = planned_erasure(ctx, catalogue, register, estate)
    written = [s.source for s in planned.plan.sources if s.writes]
    assert len(written) >= 2, "a plan writing in several systems"
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # asked before each source: stop after the first

    done = applying.apply_execution(ctx, reference, planned.id, cancelled=cancelled)
    assert set(done.result["sources"]) == {written[0]}
    assert done.result["not_run"] == written[1:]
    assert done.status == "partly"
    entries = journal_text(ctx)
    assert "case.execution_started" in entries and "case.execution_source_done" in entries


def test_a_crash_inside_a_source_is_recovered_as_not_applied_there(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    from oklima_dpo.services.execution import recovery

    reference, planned = planned_erasure(ctx, catalogue, register, estate)
    first, second = [s.source for s in planned.plan.sources if s.writes][:2]

    def crash(source: str, _count: int) -> None:
        if source == second:
            raise _Crash

    with pytest.raises(_Crash):
        applying.apply_execution(ctx, reference, planned.id, after_statement=crash)
    (left,) = recovery.interrupted_executions(ctx)
    assert left == (reference, planned.id)
    (found,) = recovery.recover_interrupted(ctx)
    assert (
        found.found == {second: "unchanged", **found.found} and found.found[second] == "unchanged"
    )
    assert second in found.not_applied
    view = found.view
    assert view.result["sources"][first]["status"] == "applied"
    assert second in view.result["not_run"] and view.result["recovered"] is True
    assert view.status == "partly"
    assert recovery.interrupted_executions(ctx) == []
    assert "case.execution_recovered" in journal_text(ctx)
