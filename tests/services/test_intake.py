"""Opening a case: checks on what was typed, references, identifiers, documents, journal."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.identity import IdentifierKind
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind, Status
from oklima_dpo.services.cases import intake
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import InvalidInput
from oklima_dpo.store.models import AuditEntry, Case
from tests.db import raw_session

from .helpers import new_request, open_request


def count(ctx: ServiceContext, model: type) -> int:
    with raw_session(ctx.store) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_request_gets_a_yearly_reference_and_its_deadline(ctx: ServiceContext) -> None:
    first = open_request(ctx)
    second = open_request(ctx, name="Marc Durand", emails=("marc@exemple.fr",))
    later_year = open_request(ctx, received_at=datetime(2024, 12, 30, 9, 0, tzinfo=PARIS))
    assert (first, second, later_year) == ("DR-2025-0001", "DR-2025-0002", "DR-2024-0001")
    detail = case_steps.show_case(ctx, first)
    assert detail.status is Status.RECEIVED
    assert detail.deadline.due == date(2025, 4, 10)
    assert [e.kind for e in detail.timeline] == [EventKind.RECEIVED]
    assert detail.timeline[0].actor == "dpo.test"


def test_identifiers_are_normalised_and_kept_as_given(ctx: ServiceContext) -> None:
    reference = open_request(
        ctx,
        emails=(" Elodie.LeGall@Exemple.FR ", "e.legall@exemple.fr"),
        phones=("06 12 34 56 78",),
        customer_numbers=("cl 0042",),
    )
    detail = case_steps.show_case(ctx, reference)
    found = {(i.kind, i.value, i.normalized) for i in detail.identifiers}
    assert found == {
        (IdentifierKind.EMAIL, "Elodie.LeGall@Exemple.FR", "elodie.legall@exemple.fr"),
        (IdentifierKind.EMAIL, "e.legall@exemple.fr", "e.legall@exemple.fr"),
        (IdentifierKind.PHONE, "06 12 34 56 78", "+33612345678"),
        (IdentifierKind.CUSTOMER_NO, "cl 0042", "CL0042"),
    }


def test_a_request_received_late_in_the_evening_counts_in_paris(ctx: ServiceContext) -> None:
    """23:30 in Paris on 31/01 is 22:30 UTC: still received on the 31st."""
    reference = open_request(ctx, received_at=datetime(2025, 1, 31, 23, 30, tzinfo=PARIS))
    assert case_steps.show_case(ctx, reference).deadline.due == date(2025, 2, 28)


@pytest.mark.unconfigured  # counts every row the base holds
def test_every_problem_is_reported_at_once_and_nothing_is_written(ctx: ServiceContext) -> None:
    with pytest.raises(InvalidInput) as caught:
        intake.open_case(
            ctx,
            new_request(
                name="  ",
                rights=(),
                channel="fax",
                emails=("pas-un-email",),
                phones=("12",),
                received_at=datetime(2025, 3, 26, 9, 0, tzinfo=PARIS),
            ),
        )
    assert set(caught.value.problems) == {
        "name",
        "rights",
        "channel",
        "emails",
        "phones",
        "received_at",
    }
    assert "pas-un-email" in caught.value.problems["emails"]
    assert "dans le futur" in caught.value.problems["received_at"]
    assert count(ctx, Case) == 0
    assert count(ctx, AuditEntry) == 0


def test_an_unknown_right_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(InvalidInput, match="acces"):
        open_request(ctx, rights=("acces",))


def test_at_least_one_identifier_is_needed(ctx: ServiceContext) -> None:
    with pytest.raises(InvalidInput) as caught:
        open_request(ctx, emails=())
    assert "identifier la personne" in caught.value.problems["identifiers"]
    # A postal address alone is enough for a letter.
    assert open_request(ctx, emails=(), postal_address="3 rue des Lilas, 92200 Neuilly")


def test_a_representative_needs_a_mandate(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        open_request(ctx, representative_name="Maître Sophie Bernard")
    assert "mandat" in caught.value.problems["mandate"]
    assert open_request(
        ctx,
        representative_name="Maître Sophie Bernard",
        mandate_note="Mandat original vu au guichet",
    )


def test_documents_are_copied_with_their_sha256(ctx: ServiceContext, tmp_path: Path) -> None:
    mandate = tmp_path / "mandat signé.pdf"
    mandate.write_bytes(b"%PDF-1.4 mandat")
    letter = tmp_path / "courrier.eml"
    letter.write_bytes(b"From: x\n\nBonjour")
    reference = open_request(
        ctx, representative_name="Maître Bernard", mandate_file=mandate, attachments=(letter,)
    )
    documents = case_steps.show_case(ctx, reference).documents
    assert [(d.role, d.filename) for d in documents] == [
        ("mandate", "mandat signé.pdf"),
        ("received", "courrier.eml"),
    ]
    for document, source in zip(documents, (mandate, letter), strict=True):
        assert document.path.read_bytes() == source.read_bytes()
        assert document.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert document.path.parent.name == reference
    assert not list(ctx.documents_dir.rglob(".partiel-*"))


def test_a_missing_attachment_is_refused_before_anything_is_written(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="introuvable"):
        open_request(ctx, attachments=(tmp_path / "absent.pdf",))
    assert count(ctx, Case) == 0
    assert not ctx.documents_dir.exists() or not any(ctx.documents_dir.rglob("*"))


def test_possible_duplicates_are_open_cases_sharing_an_identifier(ctx: ServiceContext) -> None:
    first = open_request(ctx, phones=("0612345678",))
    other = open_request(ctx, name="Marc Durand", emails=("marc@exemple.fr",))
    assert intake.possible_duplicates(ctx, new_request(emails=("ELODIE.LEGALL@exemple.fr",))) == [
        first
    ]
    assert intake.possible_duplicates(
        ctx, new_request(emails=(), phones=("+33 6 12 34 56 78",))
    ) == [first]
    case_steps.withdraw(ctx, first)
    assert intake.possible_duplicates(ctx, new_request()) == []
    assert other  # a different person is never a duplicate


def test_a_request_is_checked_before_its_look_alikes_are_sought(ctx: ServiceContext) -> None:
    first = open_request(ctx)
    assert intake.checked_duplicates(ctx, new_request()) == [first]
    with pytest.raises(InvalidInput) as refused:  # the same e-mail, but no right asked
        intake.checked_duplicates(ctx, new_request(rights=()))
    assert "rights" in refused.value.problems


@pytest.mark.unconfigured  # counts every row the base holds
def test_opening_is_journaled_without_personal_data(ctx: ServiceContext) -> None:
    reference = open_request(ctx, rights=("access", "erasure"))
    with raw_session(ctx.store) as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert (entry.actor, entry.action, entry.case_reference) == (
        "dpo.test",
        "case.opened",
        reference,
    )
    assert "legall" not in entry.details.lower() and "Gall" not in entry.details
    assert '"rights":["access","erasure"]' in entry.details
    assert [r.right for r in case_steps.show_case(ctx, reference).rights] == [
        Right.ACCESS,
        Right.ERASURE,
    ]


def test_a_missing_file_does_not_hide_the_other_problems(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput) as caught:
        open_request(ctx, emails=("pas-un-email",), attachments=(tmp_path / "absent.pdf",))
    assert set(caught.value.problems) == {"emails", "attachments"}
