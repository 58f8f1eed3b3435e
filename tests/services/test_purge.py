"""Minimisation of the case base: the gathered data purged after the delay, the proof kept;
identity documents at once; closed cases past their retention, except anonymous statistics."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.answers import produce as answers
from oklima_dpo.services.answers import sending
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import DpoError
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review
from oklima_dpo.services.gathering import snapshot as snapshots
from oklima_dpo.services.minimisation import purge
from oklima_dpo.services.objection import suppression as suppression_list
from oklima_dpo.store.models import (
    AuditEntry,
    Case,
    Document,
    Execution,
    Finding,
    Person,
    PersonIdentifier,
    Purge,
    ReviewSnapshotRow,
    SourceState,
    Suppression,
    Task,
)
from tests.db import raw_session

from ..conftest import Clock
from .helpers import establish_identity, open_request, ready_to_answer


def answered_case(
    ctx: ServiceContext,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    tmp_path: Path,
) -> tuple[str, dict[str, str]]:
    """An access request gathered, reviewed, answered by the access package on 25/03/2025;
    the paper archives answered with a scanned contract."""
    person = estate.hard_cases["email_in_capitals"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        emails=(person["email"],),
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    scan = tmp_path / f"contrat-{person['last_name']}.pdf"
    scan.write_bytes(b"%PDF-1.4 contrat signe")
    review.record_manual_answer(
        ctx,
        reference,
        "paper_archives",
        found=True,
        note=f"Contrat signé de {person['first_name']} {person['last_name']}, boîte 12",
        attachment=scan,
    )
    establish_identity(ctx, reference)
    review.save_review(ctx, reference)
    case_steps.decide(ctx, reference, Right.ACCESS, Outcome.GRANTED)
    produced = answers.produce(ctx, reference, LetterKind.ACCESS, out=tmp_path / "exports")
    sending.mark_sent(ctx, reference, [f.document_id for f in produced.files], channel="e-mail")
    return reference, person


def table_dump(ctx: ServiceContext) -> str:
    """Every value the gathering tables hold, as text: what must no longer name the person."""
    with raw_session(ctx.store) as session:
        findings = [
            [f.record_key, f.fields, f.matched_on] for f in session.scalars(select(Finding))
        ]
        snapshots = [s.content for s in session.scalars(select(ReviewSnapshotRow))]
        states = [s.message for s in session.scalars(select(SourceState))]
    return json.dumps([findings, snapshots, states], ensure_ascii=False, default=str)


def test_gathered_data_are_purged_after_the_delay_and_the_proof_stays(
    ctx: ServiceContext,
    clock: Clock,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    tmp_path: Path,
) -> None:
    reference, person = answered_case(ctx, catalogue, register, estate, tmp_path)
    with raw_session(ctx.store) as session:
        before = {
            (f.source_id, f.table_name, f.id): f.fingerprint
            for f in session.scalars(select(Finding))
        }
        snapshot_sha = session.scalars(select(ReviewSnapshotRow.sha256)).one()
        stored = session.scalars(select(Document)).all()
        roles = {d.role for d in stored}
        hashes = {d.sha256 for d in stored}
        files = [ctx.documents_dir / d.stored_as for d in stored]
    assert person["customer_no"] in table_dump(ctx)
    assert all(path.is_file() for path in files) and roles == {"gathered", "produced"}

    clock.advance(days=29)
    assert purge.purge_plan(ctx).items == ()
    clock.advance(days=1)
    plan = purge.purge_plan(ctx)
    assert [(i.reference, i.kind) for i in plan.items] == [(reference, "gathered_data")]
    assert plan.items[0].counts["records"] == len(before)
    assert person["customer_no"] in table_dump(ctx), "a dry run changes nothing"

    report = purge.run_purge(ctx)

    assert [i.kind for i in report.items] == ["gathered_data"]
    dump = table_dump(ctx)
    for value in (person["customer_no"], person["email"], person["last_name"]):
        assert value.lower() not in dump.lower()
    with raw_session(ctx.store) as session:
        rows = session.scalars(select(Finding)).all()
        assert {(f.source_id, f.table_name, f.id): f.fingerprint for f in rows} == before
        assert all(f.fields == [] and f.matched_on == [] for f in rows)
        assert all(f.record_key.startswith("sha256:") for f in rows)
        snapshot = session.scalars(select(ReviewSnapshotRow)).one()
        assert (snapshot.content, snapshot.sha256) == ("", snapshot_sha)
        documents = session.scalars(select(Document)).all()
        assert all(d.stored_as == "" for d in documents)
        assert {d.filename for d in documents if d.role == "gathered"} == {
            "document rassemblé purgé"
        }
        kept = session.scalars(select(Purge)).one()
        case = session.scalars(select(Case)).one()
        assert case.person.display_name  # the case itself stays until its retention ends
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "case.purged.gathered_data")
        ).one()
    assert not any(path.exists() for path in files)
    assert (kept.case_reference, kept.kind, kept.by) == (reference, "gathered_data", "dpo.test")
    assert kept.kept["snapshots"][0]["sha256"] == snapshot_sha
    assert kept.kept["answered_on"] == "2025-03-25"
    assert kept.kept["records"]["crm"]["customers"] == {"records": 1, "included": 1}
    assert sum(t["records"] for s in kept.kept["records"].values() for t in s.values()) == len(
        before
    )
    assert {d["sha256"] for d in kept.kept["documents"]} == hashes
    assert all(d["filename"] is None for d in kept.kept["documents"] if d["role"] == "gathered")
    assert kept.kept["decisions"][0]["right"] == "access"
    assert kept.kept["decisions"][0]["outcome"] == "granted"
    assert json.loads(entry.details)["counts"]["records"] == len(before)
    # The review says it was purged, not that it was altered.
    with pytest.raises(DpoError, match="purgée le 24/04/2025"):
        snapshots.reviewed_snapshot(ctx, reference)
    assert purge.run_purge(ctx).items == ()


def test_a_closed_case_past_its_retention_leaves_anonymous_statistics_only(
    ctx: ServiceContext,
    clock: Clock,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    tmp_path: Path,
) -> None:
    reference, person = answered_case(ctx, catalogue, register, estate, tmp_path)
    case_steps.close(ctx, reference)
    other = open_request(ctx, name="Jean Martin", emails=("jean.martin@exemple.fr",))
    clock.advance(days=5 * 366)

    report = purge.run_purge(ctx)

    assert [(i.reference, i.kind) for i in report.items] == [(reference, "closed_case")]
    with raw_session(ctx.store) as session:
        assert session.scalars(select(Case.reference)).all() == [other]
        for table in (Person, PersonIdentifier, Document, Finding, ReviewSnapshotRow, SourceState):
            count = session.scalar(select(func.count()).select_from(table))
            assert count == (1 if table in (Person, PersonIdentifier) else 0), table
        purges = session.scalars(select(Purge)).all()
    assert not (ctx.documents_dir / reference).exists()
    assert [(p.case_reference, p.kind) for p in purges] == [(reference, "closed_case")]
    statistics = purges[0].kept
    assert statistics == {
        "received_month": "2025-03",
        "channel": "email",
        "status": "closed",
        "rights": [{"right": "access", "outcome": "granted"}],
        "extended": False,
        "representative": False,
        "answered_on_time": True,
        "days_to_answer": 15,
        "demo": False,
    }
    assert person["last_name"] not in json.dumps(statistics, ensure_ascii=False)
    # The register of requests still counts it, among its statistics only.
    from oklima_dpo.services.reports.register import export_register

    from .test_reports import read_sheets

    sheets = read_sheets(export_register(ctx, tmp_path / "registre").path)
    assert [line[0] for line in sheets["Registre des demandes"][1:]] == [other]
    overall = next(row for row in sheets["Statistiques"] if row[:2] == ("Toutes", "Tous droits"))
    assert overall[2:4] == (2, 1)  # received: the purged case and the open one; answered: one


def test_an_identity_document_is_removed_at_once(ctx: ServiceContext, tmp_path: Path) -> None:
    reference = open_request(ctx)
    folder = ctx.documents_dir / reference
    folder.mkdir(parents=True)
    (folder / "001-cni.jpg").write_bytes(b"\xff\xd8\xff identity")
    with raw_session(ctx.store) as session:
        case = session.scalars(select(Case)).one()
        case.documents.append(
            Document(
                role="identity",
                filename="cni.jpg",
                stored_as=f"{reference}/001-cni.jpg",
                sha256="a" * 64,
                size=12,
                added_at=datetime(2025, 3, 25, 9),
                added_by="dpo.test",
            )
        )
        session.commit()

    report = purge.run_purge(ctx)

    assert [(i.reference, i.kind) for i in report.items] == [(reference, "identity_documents")]
    assert not (folder / "001-cni.jpg").exists()
    with raw_session(ctx.store) as session:
        document = session.scalars(select(Document)).one()
        kept = session.scalars(select(Purge)).one()
    assert (document.stored_as, document.filename) == ("", "pièce d’identité supprimée")
    assert kept.kept == {"documents": [{"sha256": "a" * 64, "size": 12}]}


def test_the_purge_removes_expired_suppressions(ctx: ServiceContext, clock: Clock) -> None:
    reference = open_request(ctx, rights=("objection",))
    suppression_list.record_objection(ctx, reference)
    clock.advance(days=3 * 366)
    assert purge.purge_plan(ctx).suppressions_removed == 1
    assert purge.run_purge(ctx).suppressions_removed == 1
    with raw_session(ctx.store) as session:
        assert session.scalar(select(func.count()).select_from(Suppression)) == 0


def test_the_command_line_says_what_is_due(
    ctx: ServiceContext,
    clock: Clock,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The command line reads the real clock: the case is answered 60 days before the real
    # today, past the 30 days after which its gathered data go, far from the 5 years after
    # which the whole case would.
    clock.now = datetime.now(UTC) - timedelta(days=60)
    reference, _ = answered_case(ctx, catalogue, register, estate, tmp_path)
    answered = ctx.today()
    from oklima_dpo.app import main

    target = ctx.store.target
    database = str(target.sqlite_path or target.url)
    data = tmp_path / "cli-data"
    code = main(["purge", "--dry-run", "--json", "--db", database, "--data-dir", str(data)])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["dry_run"] is True
    (due,) = result["purged"]
    assert (due["reference"], due["kind"]) == (reference, "gathered_data")
    assert due["since"] == (answered + timedelta(days=30)).isoformat()
    with raw_session(ctx.store) as session:
        assert session.scalar(select(func.count()).select_from(Purge)) == 0


def test_execution_plans_and_owner_tasks_are_purged_with_the_gathered_data(
    ctx: ServiceContext,
    clock: Clock,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
) -> None:
    from oklima_dpo.services.execution import applying, planning
    from oklima_dpo.services.execution import views as execution_views

    person = estate.hard_cases["email_in_capitals"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        rights=("erasure",),
        emails=(person["email"],),
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    ready_to_answer(ctx, reference)
    case_steps.decide(ctx, reference, Right.ERASURE, Outcome.GRANTED)
    planned = planning.plan_execution(ctx, reference, "erasure")
    applying.apply_execution(ctx, reference, planned.id)
    produced = answers.produce(ctx, reference, LetterKind.ERASURE)
    sending.mark_sent(ctx, reference, [f.document_id for f in produced.files], channel="e-mail")
    clock.advance(days=31)
    purge.run_purge(ctx)
    with raw_session(ctx.store) as session:
        execution = session.scalars(select(Execution)).one()
        tasks = session.scalars(select(Task)).all()
        purged = session.scalars(select(Purge)).one()
    assert execution.plan == "" and execution.plan_sha256 == planned.plan_sha256
    assert person["customer_no"] not in json.dumps(execution.verification or {})
    assert all(person["customer_no"] not in (t.description + (t.answer or "")) for t in tasks)
    assert purged.kept["executions"][0]["plan_sha256"] == planned.plan_sha256
    # The case's executions still read, as purged.
    (view,) = execution_views.list_executions(ctx, reference)
    assert view.plan.sources == () and "purgé" in view.plan.warnings[0]


def test_a_report_counts_the_cases_its_purges_touch() -> None:
    day = datetime(2025, 4, 24, tzinfo=UTC).date()
    report = purge.PurgeReport(
        dry_run=True,
        items=(
            purge.PurgeItem("DR-2025-0001", "identity_documents", day),
            purge.PurgeItem("DR-2025-0001", "gathered_data", day),
            purge.PurgeItem("DR-2025-0002", "closed_case", day),
        ),
        suppressions_removed=0,
    )
    assert report.case_count == 2
    assert purge.PurgeReport(dry_run=True, items=(), suppressions_removed=3).case_count == 0
