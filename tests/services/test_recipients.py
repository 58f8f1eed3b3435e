"""Art. 19 notices: one per recipient concerned, produced as a letter or a prepared e-mail,
tracked until acknowledged; the person's answer can name the recipients."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import DpoError
from oklima_dpo.services.execution import notice_letter
from oklima_dpo.services.execution import notices as art19
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.store.models import AuditEntry, Case, Document, Execution, Task
from tests.db import raw_session

from .helpers import open_request

PROCESSORS = ["it_providers", "debt_collection_providers", "customer_relations_providers"]


def erasure_case(
    ctx: ServiceContext,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    *,
    decide: bool = True,
) -> str:
    person = estate.hard_cases["email_in_capitals"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        rights=("erasure",),
        emails=(person["email"],),
        customer_numbers=(person["customer_no"],),
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    if decide:
        case_steps.decide(
            ctx, reference, Right.ERASURE, Outcome.PARTLY_GRANTED, "Factures : L123-22"
        )
    return reference


def test_each_processor_concerned_gets_one_notice_task(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    reference = erasure_case(ctx, catalogue, register, estate)
    notices = art19.plan_notices(ctx, reference)
    assert [n.recipient_id for n in notices] == PROCESSORS
    assert {n.status for n in notices} == {"open"}
    assert notices[0].recipient_name == "Prestataires informatiques"
    again = art19.plan_notices(ctx, reference)
    assert [n.task_id for n in again] == [n.task_id for n in notices]
    with raw_session(ctx.store) as session:
        tasks = session.scalars(select(Task)).all()
    assert [(t.kind, t.target) for t in tasks] == [("notify", r) for r in PROCESSORS]
    assert "effacement" in tasks[0].description
    lines = art19.recipients_for_person(ctx, reference)
    assert [(line.name, line.kind, line.notice_status) for line in lines] == [
        ("Prestataires informatiques", "sous-traitant", "open"),
        ("Prestataires de recouvrement", "sous-traitant", "open"),
        ("Prestataires de relation client", "sous-traitant", "open"),
    ]


def test_no_notice_without_rectification_erasure_or_restriction(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    reference = erasure_case(ctx, catalogue, register, estate, decide=False)
    with pytest.raises(DpoError, match="aucune notification de l’article 19"):
        art19.plan_notices(ctx, reference)
    # Before any notice, the answer can still name the recipients concerned.
    lines = art19.recipients_for_person(ctx, reference)
    assert [line.id for line in lines] == PROCESSORS


def test_an_execution_carried_out_is_what_the_notice_says(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    reference = erasure_case(ctx, catalogue, register, estate, decide=False)
    with raw_session(ctx.store) as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        session.add(
            Execution(
                case_id=case.id,
                right="restriction",
                status="verified",
                plan="{}",
                plan_sha256="0" * 64,
                created_at=datetime(2025, 3, 24, 9),
                created_by="dpo.test",
                applied_at=datetime(2025, 3, 24, 10),
                applied_by="dpo.test",
            )
        )
        session.commit()
    notices = art19.plan_notices(ctx, reference)
    produced = notice_letter.produce_notice(
        ctx, reference, notices[0].task_id, out=ctx.documents_dir.parent / "out"
    )
    text = " ".join(pdf_text(produced.files[0].path).split())
    assert "Limitation du traitement" in text and "réalisé le 24/03/2025" in text
    assert "Effacement" not in text  # asked, but neither decided nor carried out
    with raw_session(ctx.store) as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "case.notice_produced")
        ).one()
    assert json.loads(entry.details)["recipient"] == "it_providers"


def test_a_notice_is_produced_sent_and_acknowledged(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    reference = erasure_case(ctx, catalogue, register, estate)
    task_id = art19.plan_notices(ctx, reference)[1].task_id
    with pytest.raises(DpoError, match="Produire d’abord"):
        art19.mark_notice_sent(ctx, reference, task_id, channel="courrier")

    produced = notice_letter.produce_notice(
        ctx,
        reference,
        task_id,
        as_email=True,
        email="dpo@recouvrement.example",
        out=ctx.documents_dir.parent / "out",
    )

    assert produced.document_reference == f"{reference}-ART19-01"
    pdf, eml = (f.path for f in produced.files)
    assert pdf.name == f"{reference}-ART19-01.pdf" and eml.suffix == ".eml"
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "dpo@recouvrement.example" and message["X-Unsent"] == "1"
    assert message["Subject"] == f"Notification au titre de l’article 19 du RGPD — {reference}"
    body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Effacement des données de la personne" in body and "décidé le 25/03/2025" in body
    attachments = [part.get_filename() for part in message.iter_attachments()]
    assert attachments == [f"{reference}-ART19-01.pdf"]
    with raw_session(ctx.store) as session:
        documents = session.scalars(select(Document).where(Document.role == "produced")).all()
        task = session.get(Task, task_id)
        assert task is not None and task.document_id == documents[-1].id
    assert [d.filename for d in documents] == [pdf.name, eml.name]

    sent = art19.mark_notice_sent(ctx, reference, task_id, channel="e-mail")
    assert sent.status == "sent" and sent.answer == "Envoyée le 25/03/2025 : e-mail"
    with pytest.raises(DpoError, match="seule une notification à envoyer"):
        art19.mark_notice_sent(ctx, reference, task_id, channel="courrier")
    done = art19.acknowledge_notice(ctx, reference, task_id, answer="Fait, ticket 4521.")
    assert done.status == "acknowledged"
    assert (
        done.answer
        == "Envoyée le 25/03/2025 : e-mail — confirmée le 25/03/2025 : Fait, ticket 4521."
    )
    with pytest.raises(DpoError, match="rien à produire"):
        notice_letter.produce_notice(ctx, reference, task_id)
    statuses = {n.recipient_id: n.status for n in art19.list_notices(ctx, reference)}
    assert statuses == {
        "it_providers": "open",
        "debt_collection_providers": "acknowledged",
        "customer_relations_providers": "open",
    }


def test_the_notice_names_the_person_by_a_number_not_an_email(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> None:
    reference = erasure_case(ctx, catalogue, register, estate)
    task_id = art19.plan_notices(ctx, reference)[0].task_id
    produced = notice_letter.produce_notice(
        ctx,
        reference,
        task_id,
        language="en",
        address="Prestataire SI\n1 rue de l’Exemple\n75001 Paris",
        out=ctx.documents_dir.parent / "out",
    )
    assert len(produced.files) == 1
    text = pdf_text(produced.files[0].path)
    person = estate.hard_cases["email_in_capitals"]
    assert "Notification under Article 19 GDPR" in text
    assert person["customer_no"] in text and person["email"] not in text
    assert "Restriction" not in text and "Erasure of the person’s data" in text
    assert "IT service providers" in text and "75001 Paris" in text


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")
